// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"

#include "contacts/ContactRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QLocale>

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
}

ContactListModel::~ContactListModel() = default;

void ContactListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

ContactQuery ContactListModel::query() const
{
    return ContactQuery(m_filter, m_sortKey, m_descending);
}

void ContactListModel::setFilter(const ContactFilter& filter)
{
    m_filter = filter;
    reload();
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
    reload();
}

void ContactListModel::reload()
{
    beginResetModel();
    m_contacts.clear();
    m_totalCount = 0;
    m_workspaceCount = 0;
    m_atEnd = true;
    if (m_database) {
        auto all = ContactRepository(*m_database).count();
        auto count = m_filter.isEmpty() ? all : query().count(*m_database);
        if (all && count) {
            m_workspaceCount = all.value();
            m_totalCount = count.value();
            m_atEnd = m_totalCount == 0;
        } else {
            emit loadFailed(all ? count.errorMessage() : all.errorMessage());
        }
    }
    m_fetching = true; // observers of modelReset must not fetch before the reset is complete
    endResetModel();
    m_fetching = false;
    emit totalCountChanged(m_totalCount);
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
        return QLocale::territoryToString(QLocale::codeToTerritory(c.country));
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
}

} // namespace Herald
