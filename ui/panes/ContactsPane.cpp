// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactsPane.h"

#include "ContactListModel.h"
#include "Icons.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "contacts/ContactRepository.h"
#include "dialogs/BulkTagDialog.h"
#include "dialogs/ContactCardDialog.h"
#include "dialogs/ExportDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

int clampedCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

} // namespace

ContactsPane::ContactsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContactListModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_consentCombo(new QComboBox(this))
    , m_tagCombo(new QComboBox(this))
    , m_searchTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QTableView(m_stack))
    , m_emptyLabel(new QLabel(m_stack))
    , m_countLabel(new QLabel(this))
    , m_importButton(new QPushButton(Icons::icon(u"import"_s), tr("&Import CSV…"), this))
    , m_exportButton(new QPushButton(Icons::icon(u"export"_s), tr("E&xport…"), this))
    , m_tagButton(new QPushButton(tr("&Tags"), this))
    , m_deleteButton(new QPushButton(Icons::icon(u"delete"_s), tr("&Delete…"), this))
    , m_messageWidget(new MessageWidget(this))
    , m_openAction(new QAction(tr("&Open Contact"), this))
    , m_addTagAction(new QAction(tr("&Add Tag…"), this))
    , m_removeTagAction(new QAction(tr("&Remove Tag…"), this))
    , m_deleteAction(new QAction(Icons::icon(u"delete"_s), tr("&Delete Selected…"), this))
    , m_deleteAllAction(new QAction(tr("Delete All &Matching…"), this))
    , m_exportAction(new QAction(Icons::icon(u"export"_s), tr("E&xport…"), this))
    , m_findAction(new QAction(tr("&Find Contacts"), this))
{
    m_view->setObjectName(u"contactsView"_s);
    m_searchEdit->setObjectName(u"contactSearchEdit"_s);
    m_consentCombo->setObjectName(u"consentFilterCombo"_s);
    m_tagCombo->setObjectName(u"tagFilterCombo"_s);
    m_emptyLabel->setObjectName(u"contactsEmptyLabel"_s);
    m_countLabel->setObjectName(u"contactCountLabel"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_tagButton->setObjectName(u"tagButton"_s);
    m_deleteButton->setObjectName(u"deleteButton"_s);
    m_openAction->setObjectName(u"openContactAction"_s);
    m_addTagAction->setObjectName(u"addTagAction"_s);
    m_removeTagAction->setObjectName(u"removeTagAction"_s);
    m_deleteAction->setObjectName(u"deleteContactsAction"_s);
    m_deleteAllAction->setObjectName(u"deleteAllMatchingAction"_s);
    m_exportAction->setObjectName(u"exportContactsAction"_s);
    m_findAction->setObjectName(u"findContactsAction"_s);

    m_searchEdit->setPlaceholderText(tr("Search names, phone digits, emails, tags"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search contacts"));
    m_consentCombo->addItem(tr("Any consent"), -1);
    m_consentCombo->addItem(tr("Opted in"), int(MarketingConsent::OptedIn));
    m_consentCombo->addItem(tr("Opted out"), int(MarketingConsent::OptedOut));
    m_consentCombo->addItem(tr("No consent"), int(MarketingConsent::Unknown));
    m_consentCombo->setAccessibleName(tr("Filter by marketing consent"));
    m_tagCombo->setAccessibleName(tr("Filter by tag"));
    m_tagCombo->setMinimumContentsLength(12);
    m_tagCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    // Search as you type, without a query for every keystroke of a fast typist.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_importButton->setToolTip(tr("Import customers from a CSV export (you can also drop the file here)"));
    m_exportButton->setToolTip(tr("Save the selected contacts, the current view or a segment as a CSV file"));
    m_tagButton->setToolTip(tr("Add a tag to, or remove it from, the selected contacts or all that match"));
    m_deleteButton->setToolTip(tr("Delete the selected contacts, or all that match the search and filters"));

    auto* tagMenu = new QMenu(m_tagButton);
    tagMenu->addAction(m_addTagAction);
    tagMenu->addAction(m_removeTagAction);
    m_tagButton->setMenu(tagMenu);

    // Keyboard: Enter opens the card (QTableView::activated), Delete deletes the selection
    // (only while the list has focus, so Delete in the search field edits the text), Ctrl+F
    // goes to the search field (while the pane is shown).
    m_openAction->setShortcutContext(Qt::WidgetShortcut);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction);

    auto* title = new QLabel(tr("Contacts"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_countLabel);
    header->addStretch();
    header->addWidget(m_tagButton);
    header->addWidget(m_deleteButton);
    header->addWidget(m_exportButton);
    header->addWidget(m_importButton);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_consentCombo);
    filters->addWidget(m_tagCombo);

    m_view->setModel(m_model);
    // Clear the indicator first: enabling sorting sorts at once by the header's default,
    // which is the first column, descending. Unsorted means the order contacts were added.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Every row has the same height: the view need not ask each row for its size.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Widths for the values, never narrower than the column's title in the user's language
    // ("Zamówienia" does not fit where "Orders" does).
    const QList<std::pair<int, int>> widths = {{ContactListModel::NameColumn, 180},
        {ContactListModel::PhoneColumn, 140}, {ContactListModel::CountryColumn, 120},
        {ContactListModel::ConsentColumn, 130}, {ContactListModel::TagsColumn, 120},
        {ContactListModel::OrdersColumn, 60}, {ContactListModel::SpentColumn, 100}};
    for (const auto& [column, width] : widths) {
        m_view->setColumnWidth(column, qMax(width, m_view->horizontalHeader()->sectionSizeHint(column)));
    }

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messageWidget);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    setAcceptDrops(true);

    connect(m_importButton, &QPushButton::clicked, this, &ContactsPane::importRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &ContactsPane::showExportDialog);
    connect(m_exportAction, &QAction::triggered, this, &ContactsPane::showExportDialog);
    connect(m_deleteButton, &QPushButton::clicked, this,
        [this] { deleteContacts(selectedIds().isEmpty() ? Scope::AllMatching : Scope::Selection); });
    connect(m_openAction, &QAction::triggered, this, &ContactsPane::openCurrentContact);
    connect(m_addTagAction, &QAction::triggered, this, &ContactsPane::showAddTagDialog);
    connect(m_removeTagAction, &QAction::triggered, this, &ContactsPane::showRemoveTagDialog);
    connect(m_deleteAction, &QAction::triggered, this, [this] { deleteContacts(Scope::Selection); });
    connect(m_deleteAllAction, &QAction::triggered, this, [this] { deleteContacts(Scope::AllMatching); });
    connect(m_findAction, &QAction::triggered, this, &ContactsPane::focusSearch);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPane::applyFilter);
    connect(m_consentCombo, &QComboBox::currentIndexChanged, this, &ContactsPane::applyFilter);
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &ContactsPane::applyFilter);
    connect(m_view, &QTableView::activated, this, &ContactsPane::openCurrentContact);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ContactsPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContactsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ContactsPane::updateActions);
    // The view fetches as it scrolls, but only once it has laid itself out while shown: read the
    // first page as soon as the list is reset, so a workspace opened hidden shows rows at once.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_model->rowCount() == 0 && m_model->canFetchMore({})) {
                    m_model->fetchMore({});
                }
            },
            Qt::QueuedConnection);
    });
    connect(m_model, &ContactListModel::totalCountChanged, this, &ContactsPane::handleCountChanged);
    connect(m_model, &ContactListModel::loadFailed, this,
        [this](const QString& message) { m_messageWidget->showMessage(message, MessageWidget::Type::Error); });
    handleCountChanged(0);
}

ContactsPane::~ContactsPane() = default;

void ContactsPane::setDatabase(Database* database)
{
    m_database = database;
    reloadTags();
    m_model->setDatabase(database);
}

void ContactsPane::reloadTags()
{
    const QSignalBlocker blocker(m_tagCombo);
    const QString current = m_tagCombo->currentData().toString();
    m_tagCombo->clear();
    m_tagCombo->addItem(tr("Any tag"), QString());
    if (m_database) {
        if (auto names = ContactRepository(*m_database).tagNames()) {
            for (const QString& name : names.value()) {
                m_tagCombo->addItem(name, name);
            }
        }
    }
    const int index = m_tagCombo->findData(current);
    m_tagCombo->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isEmpty()) {
        // The tag filtered on is gone (its last contact was untagged or deleted).
        QMetaObject::invokeMethod(this, &ContactsPane::applyFilter, Qt::QueuedConnection);
    }
}

void ContactsPane::applyFilter()
{
    m_searchTimer->stop();
    ContactFilter filter;
    filter.search = m_searchEdit->text();
    const int consent = m_consentCombo->currentData().toInt();
    if (consent >= 0) {
        filter.consent = MarketingConsent(consent);
    }
    filter.tag = m_tagCombo->currentData().toString();
    m_model->setFilter(filter);
}

void ContactsPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

bool ContactsPane::isImportableFile(const QUrl& url)
{
    if (!url.isLocalFile()) {
        return false;
    }
    const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"tsv"_s || suffix == u"txt"_s;
}

void ContactsPane::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), isImportableFile)) {
        event->acceptProposedAction();
    }
}

void ContactsPane::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (isImportableFile(url)) {
            event->acceptProposedAction();
            emit importFileDropped(url.toLocalFile());
            return;
        }
    }
}

QList<qint64> ContactsPane::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex& index : std::as_const(rows)) {
        ids << index.data(ContactListModel::IdRole).toLongLong();
    }
    return ids;
}

ContactsPane::Condition ContactsPane::conditionFor(Scope scope) const
{
    if (scope == Scope::Selection) {
        return {ContactRepository::idsWhere(selectedIds()), {}};
    }
    const ContactQuery q = m_model->query();
    return {q.whereClause(), q.bindings()};
}

qint64 ContactsPane::countFor(Scope scope) const
{
    if (scope == Scope::Selection) {
        return selectedIds().size();
    }
    if (!m_model->isCounting()) {
        return m_model->totalCount();
    }
    if (!m_database) {
        return 0;
    }
    const Condition c = conditionFor(scope);
    auto n = ContactRepository(*m_database).countWhere(c.where, c.bindings);
    return n ? n.value() : -1;
}

void ContactsPane::updateActions()
{
    const bool ready = m_database && !m_busy;
    const bool selected = m_view->selectionModel()->hasSelection();
    const bool any = m_model->rowCount() > 0;
    m_openAction->setEnabled(ready && m_view->currentIndex().isValid());
    m_addTagAction->setEnabled(ready && any);
    m_removeTagAction->setEnabled(ready && any && m_tagCombo->count() > 1);
    m_deleteAction->setEnabled(ready && selected);
    m_deleteAllAction->setEnabled(ready && any);
    m_exportAction->setEnabled(m_database && any);
    m_tagButton->setEnabled(ready && any);
    m_deleteButton->setEnabled(ready && any);
    m_exportButton->setEnabled(m_database && any);
    m_importButton->setEnabled(m_database != nullptr);
}

void ContactsPane::showContextMenu(const QPoint& position)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addSeparator();
    menu.addAction(m_addTagAction);
    menu.addAction(m_removeTagAction);
    menu.addSeparator();
    menu.addAction(m_exportAction);
    menu.addSeparator();
    menu.addAction(m_deleteAction);
    menu.addAction(m_deleteAllAction);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ContactsPane::openCurrentContact()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_database || !index.isValid()) {
        return;
    }
    const qint64 id = index.data(ContactListModel::IdRole).toLongLong();
    // Window-modal, not a nested event loop: the window keeps painting behind the card.
    auto* card = new ContactCardDialog(*m_database, id, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    connect(card, &ContactCardDialog::contactChanged, m_model, &ContactListModel::refreshContact);
    connect(card, &QDialog::finished, this, [this, card] {
        if (card->hasChanged()) {
            reloadTags();
        }
    });
    card->open();
}

void ContactsPane::showAddTagDialog()
{
    showTagDialog(true);
}

void ContactsPane::showRemoveTagDialog()
{
    showTagDialog(false);
}

void ContactsPane::showTagDialog(bool adding)
{
    if (!m_database || m_busy) {
        return;
    }
    QStringList tags;
    if (auto names = ContactRepository(*m_database).tagNames()) {
        tags = names.value();
    }
    auto* dialog = new BulkTagDialog(adding ? BulkTagDialog::Mode::Add : BulkTagDialog::Mode::Remove,
        selectedIds().size(), m_model->isCounting() ? -1 : m_model->totalCount(), tags, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, adding] {
        const Scope scope = dialog->scope() == BulkTagDialog::Scope::Selection ? Scope::Selection : Scope::AllMatching;
        if (adding) {
            addTag(dialog->tag(), scope);
        } else {
            removeTag(dialog->tag(), scope);
        }
    });
    dialog->open();
}

void ContactsPane::addTag(const QString& tag, Scope scope)
{
    runBulk(
        tr("Adding the tag “%1”…").arg(tag), conditionFor(scope),
        [tag](Database& database, const QString& where, const QVariantList& bindings) {
            return ContactRepository(database).addTagWhere(tag, where, bindings);
        },
        [tag](qint64 n) { return tr("Added the tag “%1” to %Ln contact(s).", nullptr, clampedCount(n)).arg(tag); });
}

void ContactsPane::removeTag(const QString& tag, Scope scope)
{
    runBulk(
        tr("Removing the tag “%1”…").arg(tag), conditionFor(scope),
        [tag](Database& database, const QString& where, const QVariantList& bindings) {
            return ContactRepository(database).removeTagWhere(tag, where, bindings);
        },
        [tag](qint64 n) { return tr("Removed the tag “%1” from %Ln contact(s).", nullptr, clampedCount(n)).arg(tag); });
}

void ContactsPane::deleteContacts(Scope scope)
{
    if (!m_database || m_busy) {
        return;
    }
    const qint64 count = countFor(scope);
    if (count <= 0) {
        return;
    }
    const QString question = scope == Scope::Selection
        ? tr("Delete the %Ln selected contact(s)?", nullptr, clampedCount(count))
        : m_model->filter().isEmpty()
        ? tr("Delete all %Ln contact(s) in the workspace?", nullptr, clampedCount(count))
        : tr("Delete all %Ln contact(s) that match the current search and filters?", nullptr, clampedCount(count));
    const QString details = tr("Their tags, custom fields, consent history and messages are deleted too, and this "
                               "cannot be undone. Numbers that opted out stay on the suppression list, so a later "
                               "import cannot subscribe them again.");
    const auto answer = MessageBox::question(this, tr("Delete Contacts"), u"%1\n\n%2"_s.arg(question, details),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    runBulk(
        tr("Deleting %Ln contact(s)…", nullptr, clampedCount(count)), conditionFor(scope),
        [](Database& database, const QString& where, const QVariantList& bindings) {
            return ContactRepository(database).deleteWhere(where, bindings);
        },
        [](qint64 n) { return tr("Deleted %Ln contact(s).", nullptr, clampedCount(n)); });
}

void ContactsPane::runBulk(const QString& busyText, const Condition& condition,
    const std::function<Result<qint64>(Database&, const QString&, const QVariantList&)>& job,
    const std::function<QString(qint64)>& done)
{
    if (!m_database || m_busy) {
        return;
    }
    m_busy = true;
    updateActions();
    // A change over a million contacts takes a while: it runs in SQL on a worker thread with
    // its own connection, in one transaction, while the window keeps painting.
    auto* progress = new QProgressDialog(busyText, QString(), 0, 0, this);
    progress->setObjectName(u"bulkProgressDialog"_s);
    progress->setWindowTitle(tr("Contacts"));
    progress->setCancelButton(nullptr);
    progress->setMinimumDuration(400);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);

    struct Outcome
    {
        qint64 count = 0;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, progress, done] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        m_busy = false;
        if (outcome.error.isEmpty()) {
            m_messageWidget->showMessage(done(outcome.count), MessageWidget::Type::Positive);
        } else {
            m_messageWidget->showMessage(outcome.error, MessageWidget::Type::Error);
        }
        reloadTags();
        m_model->reload();
        updateActions();
        emit bulkFinished();
    });
    const QString path = m_database->path();
    watcher->setFuture(QtConcurrent::run([path, condition, job]() -> Outcome {
        auto database = Database::open(path);
        if (!database) {
            return {0, database.errorMessage()};
        }
        auto n = job(*database.value(), condition.where, condition.bindings);
        if (!n) {
            return {0, n.errorMessage()};
        }
        return {n.value(), QString()};
    }));
}

void ContactsPane::showExportDialog()
{
    if (!m_database) {
        return;
    }
    const QList<qint64> ids = selectedIds();
    const ContactQuery q = m_model->query();
    const ExportDialog::Choice selection {ContactRepository::idsWhere(ids), {}, ids.size()};
    const ExportDialog::Choice view {q.whereClause(), q.bindings(), m_model->isCounting() ? -1 : m_model->totalCount()};
    auto* dialog = new ExportDialog(*m_database, selection, view, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ContactsPane::handleCountChanged(qint64 count)
{
    const int shown = clampedCount(count);
    const int all = clampedCount(m_model->workspaceCount());
    const bool filtered = !m_model->filter().isEmpty();
    if (m_model->isCounting()) {
        m_countLabel->setText(filtered ? tr("Counting matches…") : tr("Counting contacts…"));
    } else {
        m_countLabel->setText(filtered ? tr("%1 of %Ln contact(s)", nullptr, all).arg(QLocale().toString(shown))
                                       : tr("%Ln contact(s)", nullptr, shown));
        emit contactCountChanged(m_model->workspaceCount());
    }
    // The empty states: no contacts at all, or none matching.
    const bool empty = m_database && !m_model->isCounting() && count == 0;
    if (empty) {
        m_emptyLabel->setText(m_model->workspaceCount() == 0 || !filtered
                ? tr("No contacts yet.\n\nDrop a customer list (CSV) from Shopify, WooCommerce, Google Contacts, "
                     "Outlook or Excel here, or click Import CSV.")
                : tr("No contacts match the search and filters."));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_view);
    updateActions();
}

} // namespace Herald
