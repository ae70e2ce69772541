// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"

#include "contacts/ContactRepository.h"
#include "contacts/Countries.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString consentText(MarketingConsent consent)
{
    switch (consent) {
    case MarketingConsent::OptedIn:
        return ContactListModel::tr("Opted in");
    case MarketingConsent::OptedOut:
        return ContactListModel::tr("Opted out");
    case MarketingConsent::Unknown:
        break;
    }
    return ContactListModel::tr("No consent");
}

} // namespace

ContactListModel::ContactListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_countPool.setMaxThreadCount(1);
}

ContactListModel::~ContactListModel()
{
    m_countPool.waitForDone();
}

void ContactListModel::setDatabase(Database* database)
{
    m_database = database;
    m_workspaceCountKnown = false;
    reload();
}

ContactQuery ContactListModel::query() const
{
    return ContactQuery(m_filter, m_sortKey, m_descending);
}

void ContactListModel::setFilter(const ContactFilter& filter)
{
    m_filter = filter;
    reset(false);
}

bool ContactListModel::isSortable(int column)
{
    switch (Column(column)) {
    case NameColumn:
    case PhoneColumn:
    case CountryColumn:
    case ConsentColumn:
    case SpentColumn:
    case CreatedColumn:
        return true;
    default:
        return false;
    }
}

void ContactListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0) {
        m_sortKey = ContactQuery::SortKey::Id;
        m_descending = false;
        reset(false);
        return;
    }
    if (!isSortable(column)) {
        return;
    }
    static const QHash<int, ContactQuery::SortKey> keys = {
        {NameColumn, ContactQuery::SortKey::Name},
        {PhoneColumn, ContactQuery::SortKey::Phone},
        {CountryColumn, ContactQuery::SortKey::Country},
        {ConsentColumn, ContactQuery::SortKey::Consent},
        {SpentColumn, ContactQuery::SortKey::Spent},
        {CreatedColumn, ContactQuery::SortKey::Added},
    };
    m_sortKey = keys.value(column);
    m_descending = order == Qt::DescendingOrder;
    reset(false);
}

void ContactListModel::reload()
{
    reset(true);
}

void ContactListModel::reset(bool dataChanged)
{
    beginResetModel();
    m_contacts.clear();
    m_atEnd = true;
    ++m_generation;
    if (dataChanged) {
        m_workspaceCountKnown = false;
    }
    const bool filtered = !m_filter.isEmpty();
    std::optional<CountRequest> later;
    m_counting = false;
    if (m_database) {
        // The largest id bounds the number of contacts at the cost of one index lookup.
        auto largest = m_database->scalar(u"SELECT coalesce(max(id), 0) FROM contacts"_s);
        const QString path = m_database->path();
        const bool onDisk = !path.isEmpty() && !path.startsWith(u':') && !path.contains(u"mode=memory"_s);
        if (!largest) {
            emit loadFailed(largest.errorMessage());
        } else if (largest.value().toLongLong() > SyncCountLimit && onDisk) {
            const ContactQuery q = query();
            later = CountRequest {m_generation, path, q, filtered, !filtered || !m_workspaceCountKnown};
            m_counting = true;
            m_totalCount = 0;
            m_atEnd = false;
        } else {
            auto all = ContactRepository(*m_database).count();
            auto count = filtered ? query().count(*m_database) : all;
            if (all && count) {
                m_workspaceCount = all.value();
                m_workspaceCountKnown = true;
                m_totalCount = count.value();
                m_atEnd = m_totalCount == 0;
            } else {
                m_totalCount = 0;
                emit loadFailed(all ? count.errorMessage() : all.errorMessage());
            }
        }
    } else {
        m_totalCount = 0;
        m_workspaceCount = 0;
    }
    m_fetching = true; // observers of modelReset must not fetch before the reset is complete
    endResetModel();
    m_fetching = false;
    if (later) {
        startCount(*later);
    }
    emit totalCountChanged(m_totalCount);
}

namespace
{

// Runs on a worker thread, on a connection of its own.
struct CountOutcome
{
    qint64 total = 0;
    qint64 workspace = -1;
    QString error;
};

CountOutcome countOnWorker(const QString& path, const ContactQuery& query, bool filtered, bool workspaceToo)
{
    CountOutcome out;
    auto opened = Database::open(path);
    if (!opened) {
        out.error = opened.errorMessage();
        return out;
    }
    Database& database = *opened.value();
    if (!filtered || workspaceToo) {
        auto all = ContactRepository(database).count();
        if (!all) {
            out.error = all.errorMessage();
            return out;
        }
        out.workspace = all.value();
        out.total = all.value();
    }
    if (filtered) {
        auto n = query.count(database);
        if (!n) {
            out.error = n.errorMessage();
            return out;
        }
        out.total = n.value();
    }
    return out;
}

} // namespace

void ContactListModel::startCount(const CountRequest& request)
{
    if (m_countRunning) {
        // Counts cannot be interrupted: let the running one end, then count only the newest filter.
        m_pendingCount = request;
        return;
    }
    m_countRunning = true;
    QPointer<ContactListModel> self(this);
    m_countPool.start([self, request] {
        const CountOutcome outcome = countOnWorker(request.path, request.query, request.filtered, request.workspaceToo);
        const CountResult result {request.generation, outcome.total, outcome.workspace, outcome.error};
        // Back on the GUI thread; the model may be gone by then.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result] {
                if (self) {
                    self->handleCountFinished(result);
                }
            },
            Qt::QueuedConnection);
    });
}

void ContactListModel::handleCountFinished(const CountResult& result)
{
    m_countRunning = false;
    if (m_pendingCount) {
        const CountRequest next = *m_pendingCount;
        m_pendingCount.reset();
        if (next.generation == m_generation) {
            startCount(next);
        }
    }
    if (result.generation != m_generation) {
        return; // the filter changed meanwhile
    }
    m_counting = false;
    if (!result.error.isEmpty()) {
        emit loadFailed(result.error);
    } else {
        m_totalCount = result.total;
        if (result.workspace >= 0) {
            m_workspaceCount = result.workspace;
            m_workspaceCountKnown = true;
        }
    }
    emit totalCountChanged(m_totalCount);
}

int ContactListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

void ContactListModel::refreshContact(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0 || !m_database) {
        return;
    }
    auto found = ContactRepository(*m_database).find(id);
    if (!found) {
        return;
    }
    m_contacts[row] = found.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Contact ContactListModel::contactAt(int row) const
{
    return row >= 0 && row < m_contacts.size() ? m_contacts.at(row) : Contact();
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Contact& c = m_contacts.at(index.row());
    if (role == IdRole) {
        return c.id;
    }
    if (role == ConsentRole) {
        return int(c.marketingConsent);
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == OrdersColumn || index.column() == SpentColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole) {
        return {};
    }
    const bool raw = role == RawValueRole;
    const QLocale locale;
    switch (Column(index.column())) {
    case NameColumn:
        return c.displayName();
    case PhoneColumn:
        return c.phone;
    case CountryColumn:
        if (raw || c.country.isEmpty()) {
            return c.country;
        }
        return Countries::displayName(c.country);
    case ConsentColumn:
        return raw ? QVariant(int(c.marketingConsent)) : QVariant(consentText(c.marketingConsent));
    case TagsColumn:
        return c.tags.join(u", "_s);
    case OrdersColumn:
        return raw ? QVariant(c.ordersCount) : QVariant(locale.toString(c.ordersCount));
    case SpentColumn:
        if (raw) {
            return c.totalSpentMicros;
        }
        return locale.toCurrencyString(double(c.totalSpentMicros) / 1e6, c.currency);
    case CreatedColumn:
        return raw ? QVariant(c.createdAt)
                   : QVariant(locale.toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case CountryColumn:
        return tr("Country");
    case ConsentColumn:
        return tr("Marketing consent");
    case TagsColumn:
        return tr("Tags");
    case OrdersColumn:
        return tr("Orders");
    case SpentColumn:
        return tr("Total spent");
    case CreatedColumn:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return {};
}

bool ContactListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_database && !m_atEnd && !m_fetching;
}

void ContactListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const ContactQuery q = query();
    std::optional<ContactQuery::PageKey> after;
    if (!m_contacts.isEmpty()) {
        after = q.keyOf(m_contacts.constLast());
    }
    auto page = q.page(*m_database, after, PageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.errorMessage());
        return;
    }
    const QList<Contact>& rows = page.value();
    if (rows.size() < PageSize) {
        m_atEnd = true;
    }
    if (rows.isEmpty()) {
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_contacts.size()), int(m_contacts.size() + rows.size() - 1));
    m_contacts.append(rows);
    endInsertRows();
    m_fetching = false;
    if (m_counting) {
        m_totalCount = m_contacts.size();
    }
}

} // namespace Herald
