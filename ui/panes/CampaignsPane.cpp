// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignsPane.h"

#include "CampaignListModel.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "ViewSelection.h"
#include "Workspace.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignMonitor.h"
#include "campaigns/CampaignProgressDelegate.h"
#include "campaigns/CampaignSender.h"
#include "campaigns/PreflightDialog.h"
#include "campaigns/TestSendDialog.h"
#include "logging/LogCategories.h"
#include "secrets/KeychainCredentialStore.h"
#include "sending/Outbox.h"
#include "settings/Settings.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString localText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

LaunchOptions currentLaunchOptions()
{
    if (const Settings* settings = Settings::instance()) {
        return LaunchOptions::fromSettings(*settings);
    }
    const Settings settings;
    return LaunchOptions::fromSettings(settings);
}

QString defaultRegion()
{
    if (const Settings* settings = Settings::instance()) {
        return settings->defaultRegion();
    }
    return Settings().defaultRegion();
}

} // namespace

CampaignsPane::CampaignsPane(QWidget* parent)
    : QWidget(parent)
    , m_messageWidget(new MessageWidget(this))
    , m_model(new CampaignListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_monitor(new CampaignMonitor(this))
    , m_scheduleTimer(new QTimer(this))
    , m_monitorTimer(new QTimer(this))
{
    m_messageWidget->setObjectName(u"campaignsMessageWidget"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignListModel::RawValueRole);
    m_view->setObjectName(u"campaignsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // newest first, as the model lists them
    m_view->verticalHeader()->setVisible(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(CampaignListModel::ProgressColumn, new CampaignProgressDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CampaignListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CampaignListModel::ProgressColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->setColumnWidth(CampaignListModel::ProgressColumn, 160);
    m_view->setMinimumHeight(90);
    m_view->setAccessibleName(tr("Campaigns"));
    m_monitor->setObjectName(u"campaignMonitor"_s);

    auto* toolbar = new QToolBar(this);
    toolbar->setObjectName(u"campaignsToolBar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    createActions();
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_launchAction);
    toolbar->addSeparator();
    toolbar->addAction(m_duplicateAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(m_pauseAction);
    toolbar->addAction(m_resumeAction);
    toolbar->addAction(m_cancelAction);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"campaignsSplitter"_s);
    splitter->addWidget(m_view);
    // The open campaign scrolls rather than forcing a tall window.
    auto* monitorScroll = new QScrollArea(splitter);
    monitorScroll->setObjectName(u"campaignMonitorScroll"_s);
    monitorScroll->setWidgetResizable(true);
    monitorScroll->setFrameShape(QFrame::NoFrame);
    monitorScroll->setWidget(m_monitor);
    m_monitor->setMinimumHeight(360);
    splitter->addWidget(monitorScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 360});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_messageWidget);
    layout->addWidget(splitter, 1);

    // The list refreshes itself while something is sending; the open campaign follows.
    m_monitorTimer->setSingleShot(true);
    m_monitorTimer->setInterval(300);
    connect(m_monitorTimer, &QTimer::timeout, m_monitor, &CampaignMonitor::refresh);
    m_scheduleTimer->setInterval(15000);
    connect(m_scheduleTimer, &QTimer::timeout, this, &CampaignsPane::launchDueSchedules);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsPane::handleCurrentChanged);
    connect(m_view, &QTableView::activated, this, [this] {
        const qint64 id = currentCampaignId();
        if (m_model->campaignAt(m_model->rowOf(id)).state == CampaignState::Draft) {
            editCampaign(id);
        }
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &CampaignsPane::handleContextMenu);
    connect(m_model, &CampaignListModel::dataChanged, this, [this](const QModelIndex& topLeft) {
        if (topLeft.data(CampaignListModel::IdRole).toLongLong() == m_monitor->campaignId()) {
            refreshMonitorSoon();
        }
        updateActions();
    });
    connect(m_model, &CampaignListModel::loadFailed, this,
        [this](const QString& message) { m_messageWidget->showMessage(message, MessageWidget::Type::Error); });
    connect(m_monitor, &CampaignMonitor::editRequested, this, [this](qint64 id) { editCampaign(id); });
    connect(m_monitor, &CampaignMonitor::launchRequested, this, [this](qint64 id) { checkAndLaunch(id); });
    connect(m_monitor, &CampaignMonitor::testSendRequested, this, [this](qint64 id) { testSend(id); });
    connect(m_monitor, &CampaignMonitor::pauseRequested, this, &CampaignsPane::pauseCampaign);
    connect(m_monitor, &CampaignMonitor::resumeRequested, this, &CampaignsPane::resumeCampaign);
    connect(m_monitor, &CampaignMonitor::cancelRequested, this, &CampaignsPane::cancelCampaign);
    connect(m_monitor, &CampaignMonitor::retryFailedRequested, this, &CampaignsPane::retryFailed);
    setEnabled(false);
    updateActions();
}

CampaignsPane::~CampaignsPane()
{
    m_sender.reset(); // its thread ends before the store it reads secrets from
}

void CampaignsPane::createActions()
{
    const auto make = [this](const QString& name, const QString& text, const QKeySequence& shortcut) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        addAction(action);
        return action;
    };
    m_newAction = make(u"newCampaignAction"_s, tr("&New Campaign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAction = make(u"editCampaignAction"_s, tr("&Edit…"), QKeySequence(Qt::Key_F2));
    m_launchAction = make(u"launchCampaignAction"_s, tr("Check and &Launch…"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_duplicateAction = make(u"duplicateCampaignAction"_s, tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = make(u"deleteCampaignAction"_s, tr("&Delete Draft…"), QKeySequence::Delete);
    m_pauseAction = make(u"pauseCampaignAction"_s, tr("&Pause"), QKeySequence());
    m_resumeAction = make(u"resumeCampaignAction"_s, tr("&Resume"), QKeySequence());
    m_cancelAction = make(u"cancelCampaignAction"_s, tr("&Cancel Campaign…"), QKeySequence());
    connect(m_newAction, &QAction::triggered, this, [this] { newCampaign(); });
    connect(m_editAction, &QAction::triggered, this, [this] { editCampaign(currentCampaignId()); });
    connect(m_launchAction, &QAction::triggered, this, [this] { checkAndLaunch(currentCampaignId()); });
    connect(m_duplicateAction, &QAction::triggered, this, [this] { duplicateCampaign(currentCampaignId()); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteDraft(currentCampaignId()); });
    connect(m_pauseAction, &QAction::triggered, this, [this] { pauseCampaign(currentCampaignId()); });
    connect(m_resumeAction, &QAction::triggered, this, [this] { resumeCampaign(currentCampaignId()); });
    connect(m_cancelAction, &QAction::triggered, this, [this] { cancelCampaign(currentCampaignId()); });
}

void CampaignsPane::setCredentialStore(CredentialStore* store)
{
    m_store = store;
}

void CampaignsPane::setSendOptions(const SendOptions& options, const PollOptions& pollOptions)
{
    m_sendOptions = options;
    m_pollOptions = pollOptions;
}

CredentialStore& CampaignsPane::credentialStore()
{
    if (m_store) {
        return *m_store;
    }
    if (!m_ownStore) {
        m_ownStore = std::make_unique<KeychainCredentialStore>();
    }
    return *m_ownStore;
}

void CampaignsPane::setWorkspace(Workspace* workspace)
{
    if (workspace == m_workspace) {
        return;
    }
    m_sender.reset(); // the previous workspace's sending ends with it
    m_scheduleTimer->stop();
    m_workspace = workspace;
    m_messageWidget->hide();
    setEnabled(workspace != nullptr);
    m_monitor->setDatabase(workspace ? &workspace->database() : nullptr);
    m_model->setDatabase(workspace ? &workspace->database() : nullptr);
    if (!workspace) {
        updateActions();
        return;
    }
    m_sender = std::make_unique<CampaignSender>(*workspace, credentialStore(), m_sendOptions);
    m_sender->setPollOptions(m_pollOptions);
    connect(m_sender.get(), &CampaignSender::progressChanged, this, [this](qint64 id) {
        m_model->refreshActive();
        if (id == m_monitor->campaignId()) {
            refreshMonitorSoon();
        }
    });
    const auto settled = [this](qint64 id) {
        m_model->refreshActive();
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            // A finished campaign leaves the timer's list: read it once more.
            m_model->reload();
            selectCampaign(m_monitor->campaignId());
        }
        if (id == m_monitor->campaignId()) {
            m_monitor->refresh();
        }
        updateActions();
    };
    connect(m_sender.get(), &CampaignSender::campaignFinished, this, settled);
    connect(m_sender.get(), &CampaignSender::statusPollingFinished, this, settled);
    connect(m_sender.get(), &CampaignSender::repliesPolled, this, [this] { refreshMonitorSoon(); });
    connect(m_sender.get(), &CampaignSender::campaignPaused, this, [this, settled](qint64 id, const QString& reason) {
        if (!reason.isEmpty()) {
            m_messageWidget->showMessage(
                tr("Campaign %1 was paused: %2").arg(id).arg(reason), MessageWidget::Type::Warning);
        }
        settled(id);
    });
    connect(m_sender.get(), &CampaignSender::problem, this, [this](qint64 id, const QString& message) {
        if (id > 0) {
            m_messageWidget->showMessage(
                tr("Campaign %1 cannot be sent now: %2").arg(id).arg(message), MessageWidget::Type::Error);
        }
    });
    m_scheduleCheckedAt = QDateTime::currentDateTimeUtc();
    m_scheduleTimer->start();
    if (m_model->rowCount() > 0) {
        Herald::selectRow(m_view, 0);
    }
    updateActions();
    resumeInterruptedCampaigns();
    // Asked once the window is up.
    QTimer::singleShot(0, this, [this, workspace] {
        if (m_workspace == workspace) {
            checkMissedSchedules();
        }
    });
}

void CampaignsPane::resumeInterruptedCampaigns()
{
    // Campaigns that were sending when Herald closed go on: the outbox settles whatever was in
    // flight by lookup before sending anything again.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Campaign c = m_model->campaignAt(row);
        if (c.state == CampaignState::Sending) {
            qCInfo(lcSending).noquote() << tr("Campaign “%1” was sending when Herald closed; it goes on.").arg(c.name);
            m_sender->start(c.id);
        }
    }
}

qint64 CampaignsPane::currentCampaignId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(CampaignListModel::IdRole).toLongLong() : 0;
}

void CampaignsPane::selectCampaign(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->setCurrentIndex(index);
    Herald::selectRow(m_view, index.row());
    m_monitor->setCampaign(id);
}

void CampaignsPane::handleCurrentChanged()
{
    const qint64 id = currentCampaignId();
    if (id != m_monitor->campaignId()) {
        m_monitor->setCampaign(id);
    }
    updateActions();
}

void CampaignsPane::refreshMonitorSoon()
{
    if (!m_monitorTimer->isActive()) {
        m_monitorTimer->start();
    }
}

void CampaignsPane::updateActions()
{
    const Campaign c = m_model->campaignAt(m_model->rowOf(currentCampaignId()));
    const bool has = c.id > 0;
    m_newAction->setEnabled(m_workspace != nullptr);
    m_editAction->setEnabled(has && c.state == CampaignState::Draft);
    m_launchAction->setEnabled(has && (c.state == CampaignState::Draft || c.state == CampaignState::Scheduled));
    m_duplicateAction->setEnabled(has);
    m_deleteAction->setEnabled(has && c.state == CampaignState::Draft);
    m_pauseAction->setEnabled(has && c.state == CampaignState::Sending);
    m_resumeAction->setEnabled(has && c.state == CampaignState::Paused);
    m_cancelAction->setEnabled(has
        && (c.state == CampaignState::Sending || c.state == CampaignState::Paused
            || c.state == CampaignState::Scheduled));
}

void CampaignsPane::handleContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    }
    QMenu menu(this);
    menu.addAction(m_newAction);
    if (index.isValid()) {
        menu.addAction(m_editAction);
        menu.addAction(m_launchAction);
        menu.addSeparator();
        menu.addAction(m_duplicateAction);
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(m_pauseAction);
        menu.addAction(m_resumeAction);
        menu.addAction(m_cancelAction);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

CampaignComposer* CampaignsPane::newCampaign()
{
    return editCampaign(0);
}

CampaignComposer* CampaignsPane::editCampaign(qint64 id)
{
    if (!m_workspace) {
        return nullptr;
    }
    auto* composer = new CampaignComposer(*m_workspace, id, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &QDialog::accepted, this, [this, composer] {
        const qint64 saved = composer->campaignId();
        m_model->reload();
        selectCampaign(saved);
        m_messageWidget->showMessage(
            tr("Saved the draft “%1”. Check and launch it when you are ready.").arg(composer->draft().name),
            MessageWidget::Type::Positive);
    });
    composer->open();
    return composer;
}

PreflightDialog* CampaignsPane::checkAndLaunch(qint64 id)
{
    if (!m_workspace || id <= 0) {
        return nullptr;
    }
    auto* dialog = new PreflightDialog(*m_workspace, id, currentLaunchOptions(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreflightDialog::testSendRequested, this, [this](qint64 campaignId) { testSend(campaignId); });
    connect(dialog, &QDialog::accepted, this, [this, id] { launch(id); });
    dialog->open();
    dialog->start();
    return dialog;
}

TestSendDialog* CampaignsPane::testSend(qint64 id)
{
    if (!m_workspace || !m_sender) {
        return nullptr;
    }
    auto campaign = CampaignRepository(m_workspace->database()).find(id);
    if (!campaign) {
        m_messageWidget->showMessage(campaign.errorMessage(), MessageWidget::Type::Error);
        return nullptr;
    }
    auto* dialog = new TestSendDialog(campaign.value(), *m_sender, defaultRegion(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool CampaignsPane::launch(qint64 id)
{
    if (!m_workspace || !m_sender) {
        return false;
    }
    CampaignRepository campaigns(m_workspace->database());
    auto campaign = campaigns.find(id);
    if (!campaign) {
        m_messageWidget->showMessage(campaign.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool later = campaign->scheduleMode != ScheduleMode::Now && campaign->scheduledAt > now;
    if (later) {
        // Herald launches it when its time comes while it runs, never by itself after missing it.
        if (campaign->state == CampaignState::Draft) {
            if (auto scheduled = campaigns.schedule(id); !scheduled) {
                m_messageWidget->showMessage(scheduled.errorMessage(), MessageWidget::Type::Error);
                return false;
            }
        }
        m_model->reload();
        selectCampaign(id);
        m_messageWidget->showMessage(tr("“%1” is scheduled for %2. Keep Herald running: a campaign whose time "
                                        "passes while Herald is closed waits for your decision.")
                                         .arg(campaign->name, localText(campaign->scheduledAt)),
            MessageWidget::Type::Positive);
        return true;
    }
    auto launched = campaigns.launch(id, currentLaunchOptions());
    if (!launched) {
        m_messageWidget->showMessage(launched.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_sender->start(id);
    m_model->reload();
    selectCampaign(id);
    if (launched->held > 0) {
        m_messageWidget->showMessage(tr("Launched “%1”: %Ln message(s) wait for quiet hours to end or for their "
                                        "local send time; the last goes out at %2.",
                                         nullptr, launched->held)
                                         .arg(campaign->name, localText(launched->lastSendAt)),
            MessageWidget::Type::Positive);
    } else {
        m_messageWidget->showMessage(
            tr("Launched “%1”: %Ln message(s) are being sent.", nullptr, launched->pending).arg(campaign->name),
            MessageWidget::Type::Positive);
    }
    return true;
}

bool CampaignsPane::duplicateCampaign(qint64 id)
{
    if (!m_workspace || id <= 0) {
        return false;
    }
    CampaignRepository campaigns(m_workspace->database());
    auto campaign = campaigns.find(id);
    if (!campaign) {
        return false;
    }
    auto copy = campaigns.duplicate(id, tr("%1 (copy)").arg(campaign->name));
    if (!copy) {
        m_messageWidget->showMessage(copy.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_model->reload();
    selectCampaign(copy.value());
    return true;
}

bool CampaignsPane::deleteDraft(qint64 id)
{
    if (!m_workspace || id <= 0) {
        return false;
    }
    const Campaign c = m_model->campaignAt(m_model->rowOf(id));
    if (c.state != CampaignState::Draft) {
        return false;
    }
    if (MessageBox::question(this, tr("Delete Draft"), tr("Delete the draft “%1”? This cannot be undone.").arg(c.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return false;
    }
    if (auto removed = CampaignRepository(m_workspace->database()).removeDraft(id); !removed) {
        m_messageWidget->showMessage(removed.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_model->reload();
    m_monitor->setCampaign(currentCampaignId());
    updateActions();
    return true;
}

void CampaignsPane::pauseCampaign(qint64 id)
{
    if (m_sender && id > 0) {
        m_sender->pause(id);
    }
}

void CampaignsPane::resumeCampaign(qint64 id)
{
    if (!m_sender || id <= 0) {
        return;
    }
    m_sender->start(id);
    m_model->reload();
    selectCampaign(id);
}

void CampaignsPane::cancelCampaign(qint64 id)
{
    if (!m_sender || id <= 0) {
        return;
    }
    const Campaign c = m_model->campaignAt(m_model->rowOf(id));
    if (MessageBox::question(this, tr("Cancel Campaign"),
            tr("Cancel “%1”? Messages not sent yet will not be sent; those already sent stay sent.").arg(c.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    m_sender->cancel(id);
}

void CampaignsPane::retryFailed(qint64 id)
{
    if (!m_workspace || !m_sender || id <= 0) {
        return;
    }
    auto rows = CampaignRepository(m_workspace->database()).retryFailed(id);
    if (!rows) {
        m_messageWidget->showMessage(rows.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    if (rows.value() == 0) {
        m_messageWidget->showMessage(tr("No failed message to retry."), MessageWidget::Type::Information);
        return;
    }
    m_sender->start(id);
    m_model->reload();
    selectCampaign(id);
    m_messageWidget->showMessage(
        tr("Sending %Ln failed message(s) again.", nullptr, rows.value()), MessageWidget::Type::Information);
}

void CampaignsPane::launchDueSchedules()
{
    if (!m_workspace) {
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime since = m_scheduleCheckedAt;
    m_scheduleCheckedAt = now;
    auto due = CampaignRepository(m_workspace->database()).missedSchedules(now);
    if (!due) {
        return;
    }
    for (const Campaign& c : std::as_const(due.value())) {
        // Only what came due while Herald was running; anything older is the user's decision.
        if (c.scheduledAt > since) {
            qCInfo(lcSending).noquote() << tr("Campaign “%1” is due: launching it.").arg(c.name);
            launch(c.id);
        }
    }
}

void CampaignsPane::checkMissedSchedules()
{
    if (!m_workspace) {
        return;
    }
    CampaignRepository campaigns(m_workspace->database());
    auto missed = campaigns.missedSchedules(m_scheduleCheckedAt);
    if (!missed) {
        m_messageWidget->showMessage(missed.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    for (const Campaign& c : std::as_const(missed.value())) {
        const auto answer = MessageBox::question(this, tr("Missed Campaign"),
            tr("“%1” was scheduled for %2, but Herald was not running then, so it has not been sent.\n\n"
               "Yes: check it and send it now.\nNo: turn it back into a draft to choose another time.\n"
               "Ignore: leave it scheduled and ask again next time.")
                .arg(c.name, localText(c.scheduledAt)),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Ignore, QMessageBox::Ignore);
        if (answer == QMessageBox::Yes) {
            selectCampaign(c.id);
            checkAndLaunch(c.id);
            return; // one decision at a time: the rest are asked next time
        }
        if (answer == QMessageBox::No) {
            if (auto back = campaigns.setState(c.id, CampaignState::Draft); !back) {
                m_messageWidget->showMessage(back.errorMessage(), MessageWidget::Type::Error);
                continue;
            }
            m_model->reload();
            selectCampaign(c.id);
            m_messageWidget->showMessage(tr("“%1” is a draft again: edit it to choose another time.").arg(c.name),
                MessageWidget::Type::Information);
        }
    }
}

} // namespace Herald
