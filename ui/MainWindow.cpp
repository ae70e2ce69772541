// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "Application.h"
#include "Icons.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "Workspace.h"
#include "campaigns/CampaignSender.h"
#include "dialogs/AccountsDialog.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "logging/EventLog.h"
#include "logging/LogCategories.h"
#include "panes/AnalyticsPane.h"
#include "panes/CampaignsPane.h"
#include "panes/ContactsPane.h"
#include "panes/InboxPane.h"
#include "panes/LogPane.h"
#include "panes/SegmentsPane.h"
#include "panes/TemplatesPane.h"
#include "secrets/KeychainCredentialStore.h"
#include "sending/PollingSession.h"
#include "sending/SendService.h"
#include "settings/Settings.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QString s_geometryKey = u"MainWindow/geometry"_s;
const QString s_stateKey = u"MainWindow/state"_s;
const QString s_paneKey = u"MainWindow/pane"_s;

bool isImportableFile(const QUrl& url)
{
    if (!url.isLocalFile()) {
        return false;
    }
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s;
}

} // namespace

MainWindow::MainWindow(Application& app, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_app(app)
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    createPanes();
    createActions();
    createStatusBar();
    connect(&m_app, &Application::workspaceAboutToClose, this, &MainWindow::handleWorkspaceAboutToClose);
    connect(&m_app, &Application::workspaceChanged, this, &MainWindow::handleWorkspaceChanged);
    handleWorkspaceChanged();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    stopPolling();
}

void MainWindow::stopPolling()
{
    m_polling.reset(); // before the service it drives
    m_sendService.reset(); // quits the worker's thread and waits for it
    if (m_senderLabel) {
        updateSenderLabel();
    }
}

void MainWindow::restartPolling()
{
    Workspace* workspace = m_app.workspace();
    if (!workspace) {
        stopPolling();
        return;
    }
    if (!m_sendService) {
        m_sendService = std::make_unique<SendService>(workspace->path());
        connect(m_sendService.get(), &SendService::logLine, this,
            [](const QString& line) { qCInfo(lcSending).noquote() << line; });
    }
    if (!m_pollKeychain) {
        m_pollKeychain = std::make_unique<KeychainCredentialStore>();
    }
    if (!m_polling) {
        m_polling = std::make_unique<PollingSession>(workspace->database(), *m_sendService, *m_pollKeychain);
        connect(m_polling.get(), &PollingSession::stateChanged, this, &MainWindow::updateSenderLabel);
    }
    m_polling->restart();
}

void MainWindow::updateSenderLabel()
{
    // Quiet when nothing is polled: the label keeps saying that the sender is idle.
    const int accounts = m_polling && m_polling->isActive() ? int(m_polling->accountNames().size()) : 0;
    if (accounts == 0) {
        m_senderLabel->setText(tr("Sending: idle"));
        m_senderLabel->setToolTip(tr("State of the background sender: no campaign is sending."));
        return;
    }
    m_senderLabel->setText(tr("Sending: idle, checking replies of %Ln account(s)", nullptr, accounts));
    m_senderLabel->setToolTip(tr("Replies and delivery reports are checked in the background for: %1")
                                  .arg(QLocale().createSeparatedList(m_polling->accountNames())));
}

void MainWindow::createPanes()
{
    struct PaneInfo
    {
        Pane pane;
        QString icon;
        QString name;
    };
    const QList<PaneInfo> panes = {
        {Pane::Contacts, u"contacts"_s, tr("Contacts")},
        {Pane::Segments, u"segments"_s, tr("Segments")},
        {Pane::Templates, u"templates"_s, tr("Templates")},
        {Pane::Campaigns, u"campaigns"_s, tr("Campaigns")},
        {Pane::Inbox, u"inbox"_s, tr("Inbox")},
        {Pane::Analytics, u"analytics"_s, tr("Analytics")},
    };

    m_contactsPane = new ContactsPane(this);
    m_contactsPane->setObjectName(u"contactsPane"_s);
    connect(m_contactsPane, &ContactsPane::importRequested, this, &MainWindow::handleImportCsv);
    connect(m_contactsPane, &ContactsPane::importFileDropped, this, &MainWindow::importCsv);
    connect(m_contactsPane, &ContactsPane::contactCountChanged, this, &MainWindow::handleContactCountChanged);

    for (const PaneInfo& info : panes) {
        const QIcon icon = Icons::directional(info.icon);
        auto* item = new QListWidgetItem(icon, info.name, m_ui->navigationList);
        item->setSizeHint(QSize(0, 40));
        QWidget* widget = nullptr;
        switch (info.pane) {
        case Pane::Contacts:
            widget = m_contactsPane;
            break;
        case Pane::Segments:
            m_segmentsPane = new SegmentsPane(this);
            widget = m_segmentsPane;
            break;
        case Pane::Templates:
            m_templatesPane = new TemplatesPane(this);
            widget = m_templatesPane;
            break;
        case Pane::Campaigns:
            m_campaignsPane = new CampaignsPane(this);
            widget = m_campaignsPane;
            break;
        case Pane::Inbox:
            m_inboxPane = new InboxPane(this);
            // A reply waits in the outbox for the next polling round: start one now.
            // Unread replies show on the navigation, whichever pane is open.
            connect(m_inboxPane, &InboxPane::unreadCountChanged, this, [item, name = info.name](int unread) {
                item->setText(unread > 0
                        ? tr("%1 (%2)", "pane name (unread replies)").arg(name, QLocale().toString(unread))
                        : name);
                item->setToolTip(unread > 0 ? tr("%Ln unread message(s)", nullptr, unread) : QString());
            });
            connect(m_inboxPane, &InboxPane::replyQueued, this, [this] {
                if (m_polling) {
                    m_polling->pollNow();
                }
            });
            widget = m_inboxPane;
            break;
        case Pane::Analytics:
            m_analyticsPane = new AnalyticsPane(this);
            widget = m_analyticsPane;
            break;
        }
        widget->setObjectName(
            u"%1Pane"_s.arg(QString::fromLatin1(QMetaEnum::fromType<Pane>().valueToKey(int(info.pane))).toLower()));
        m_ui->paneStack->addWidget(widget);
    }
    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->paneStack, &QStackedWidget::setCurrentIndex);
    m_ui->navigationList->setCurrentRow(0);

    m_logPane = new LogPane(EventLog::instance(), this);
    m_logPane->setObjectName(u"logPane"_s);
    m_logDock = new QDockWidget(tr("Log"), this);
    m_logDock->setObjectName(u"logDock"_s);
    m_logDock->setWidget(m_logPane);
    m_logDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    resizeDocks({m_logDock}, {140}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* newAction = fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::handleNewWorkspace);
    newAction->setObjectName(u"newWorkspaceAction"_s);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::handleOpenWorkspace);
    openAction->setObjectName(u"openWorkspaceAction"_s);
    openAction->setShortcut(QKeySequence::Open);
    fileMenu->addSeparator();
    QAction* importAction
        = fileMenu->addAction(Icons::icon(u"import"_s), tr("&Import CSV…"), this, &MainWindow::handleImportCsv);
    importAction->setObjectName(u"importCsvAction"_s);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    fileMenu->addSeparator();
    QAction* accountsAction = fileMenu->addAction(
        QIcon(u":/icons/test-connection.svg"_s), tr("Provider &Accounts…"), this, &MainWindow::handleAccounts);
    accountsAction->setObjectName(u"accountsAction"_s);
    QAction* settingsAction
        = fileMenu->addAction(Icons::icon(u"settings"_s), tr("&Settings…"), this, &MainWindow::handleSettings);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setShortcut(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
            ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
            : QKeySequence(QKeySequence::Preferences));
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_ui->navigationList->count(); ++row) {
        QAction* paneAction = viewMenu->addAction(m_ui->navigationList->item(row)->icon(),
            m_ui->navigationList->item(row)->text(), this, [this, row] { m_ui->navigationList->setCurrentRow(row); });
        paneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
    viewMenu->addSeparator();
    QAction* logAction = m_logDock->toggleViewAction();
    logAction->setObjectName(u"showLogAction"_s);
    logAction->setIcon(Icons::directional(u"log"_s));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    viewMenu->addAction(logAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* aboutAction = helpMenu->addAction(tr("&About Herald"), this, &MainWindow::handleAbout);
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    m_workspaceLabel = new QLabel(this);
    m_workspaceLabel->setObjectName(u"workspaceLabel"_s);
    m_contactsLabel = new QLabel(this);
    m_contactsLabel->setObjectName(u"contactsStatusLabel"_s);
    m_senderLabel = new QLabel(tr("Sending: idle"), this);
    m_senderLabel->setObjectName(u"senderLabel"_s);
    m_senderLabel->setToolTip(tr("State of the background sender: no campaign is sending."));
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addWidget(m_contactsLabel);
    statusBar()->addPermanentWidget(m_senderLabel);
}

bool MainWindow::maybeSaveAll()
{
    return m_templatesPane->maybeSave() && m_segmentsPane->maybeSave();
}

MainWindow::Pane MainWindow::currentPane() const
{
    return Pane(qMax(0, m_ui->navigationList->currentRow()));
}

void MainWindow::showPane(Pane pane)
{
    m_ui->navigationList->setCurrentRow(int(pane));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(s_geometryKey).toByteArray())) {
        resize(1180, 760);
    }
    restoreState(settings.value(s_stateKey).toByteArray());
    const int pane = settings.value(s_paneKey, 0).toInt();
    if (pane >= 0 && pane < m_ui->navigationList->count()) {
        m_ui->navigationList->setCurrentRow(pane);
    }
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState());
    settings.setValue(s_paneKey, m_ui->navigationList->currentRow());
    settings.sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    saveWindowState();
    stopPolling();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), isImportableFile)) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (isImportableFile(url)) {
            event->acceptProposedAction();
            importCsv(url.toLocalFile());
            return;
        }
    }
}

void MainWindow::handleWorkspaceAboutToClose()
{
    // Nothing may reach into the closing workspace's database, not even a queued call.
    stopPolling();
    m_contactsPane->setDatabase(nullptr);
    m_templatesPane->setWorkspace(nullptr);
    m_segmentsPane->setWorkspace(nullptr);
    m_campaignsPane->setWorkspace(nullptr);
    m_inboxPane->setWorkspace(nullptr);
    m_analyticsPane->setWorkspace(nullptr);
}

void MainWindow::handleWorkspaceChanged()
{
    Workspace* workspace = m_app.workspace();
    m_contactsPane->setDatabase(workspace ? &workspace->database() : nullptr);
    m_templatesPane->setWorkspace(workspace);
    m_segmentsPane->setWorkspace(workspace);
    m_campaignsPane->setWorkspace(workspace);
    m_inboxPane->setWorkspace(workspace);
    m_analyticsPane->setWorkspace(workspace);
    // The previous workspace's polling ended with it; the new one's starts.
    stopPolling();
    restartPolling();
    if (workspace) {
        setWindowTitle(tr("%1 — Herald").arg(workspace->displayName()));
        m_workspaceLabel->setText(tr("Workspace: %1").arg(workspace->displayName()));
        m_workspaceLabel->setToolTip(QDir::toNativeSeparators(workspace->path()));
    } else {
        setWindowTitle(u"Herald"_s);
        m_workspaceLabel->setText(tr("No workspace open"));
        m_workspaceLabel->setToolTip(QString());
    }
}

void MainWindow::handleContactCountChanged(qint64 count)
{
    m_contactsLabel->setText(tr("%Ln contact(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
}

void MainWindow::handleNewWorkspace()
{
    if (!maybeSaveAll()) {
        return;
    }
    const QString filter = tr("Herald workspaces (*.%1)").arg(Workspace::fileSuffix());
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"),
        QFileInfo(Workspace::defaultPath()).absolutePath(), filter, nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u"."_s + Workspace::fileSuffix();
    }
    if (QFileInfo::exists(path)) {
        // Never overwrite a workspace: it holds customers and their consent records.
        MessageBox::critical(this, tr("New Workspace"),
            tr("“%1” already exists. Choose another name, or use Open Workspace to open it.")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (auto opened = m_app.openWorkspace(path); !opened) {
        MessageBox::critical(this, tr("New Workspace"), opened.errorMessage());
    }
}

void MainWindow::handleOpenWorkspace()
{
    if (!maybeSaveAll()) {
        return;
    }
    const QString filter = tr("Herald workspaces (*.%1);;All files (*)").arg(Workspace::fileSuffix());
    const QString start = m_app.workspace() ? QFileInfo(m_app.workspace()->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start, filter);
    if (path.isEmpty()) {
        return;
    }
    if (auto opened = m_app.openWorkspace(path); !opened) {
        MessageBox::critical(this, tr("Open Workspace"), opened.errorMessage());
    }
}

void MainWindow::handleImportCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Contacts"), QDir::homePath(), tr("Customer lists (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importCsv(path);
    }
}

void MainWindow::importCsv(const QString& path)
{
    showPane(Pane::Contacts);
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_contactsPane->messageWidget()->showMessage(
            tr("Cannot read “%1”.").arg(QDir::toNativeSeparators(path)), MessageWidget::Type::Error);
        return;
    }
    if (!m_app.workspace()) {
        return;
    }
    // Window-modal, not a nested event loop: the window keeps painting while the file is read.
    auto* dialog = new ImportDialog(*m_app.workspace(), path, m_app.settings().defaultRegion(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, name = info.fileName()] {
        if (!dialog->imported() || !m_app.workspace()) {
            return;
        }
        const ImportSummary& s = dialog->summary();
        m_contactsPane->setDatabase(&m_app.workspace()->database());
        m_contactsPane->messageWidget()->showMessage(tr("Imported %1: %2 new, %3 updated, %4 not imported.")
                                                         .arg(name)
                                                         .arg(s.imported)
                                                         .arg(s.updated)
                                                         .arg(s.invalid),
            s.invalid > 0 ? MessageWidget::Type::Warning : MessageWidget::Type::Positive);
        qCInfo(lcUi).noquote() << tr("Imported %1: %2 rows, %3 new, %4 updated, %5 duplicates, %6 not imported.")
                                      .arg(name)
                                      .arg(s.rows)
                                      .arg(s.imported)
                                      .arg(s.updated)
                                      .arg(s.duplicates)
                                      .arg(s.invalid);
    });
    dialog->open();
}

void MainWindow::handleAccounts()
{
    if (!m_app.workspace()) {
        return;
    }
    // Declared first, destroyed last: the dialog's keychain requests end with it.
    KeychainCredentialStore keychain;
    AccountsDialog dialog(m_app.workspace()->database(), keychain, this);
    dialog.exec();
    // Accounts may have been added, changed or removed.
    restartPolling();
    if (CampaignSender* sender = m_campaignsPane->sender()) {
        sender->accountsChanged();
    }
}

void MainWindow::handleSettings()
{
    SettingsDialog dialog(m_app.settings(), this);
    dialog.exec();
}

void MainWindow::handleAbout()
{
    QMessageBox::about(this, tr("About Herald"),
        tr("<h3>Herald %1</h3><p>SMS campaigns for small shops: import your customers, choose who "
           "gets a message, write it with a live character counter, and watch deliveries, replies "
           "and opt-outs come back.</p><p>Built with Qt %2.</p>")
            .arg(QStringLiteral(HERALD_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace Herald
