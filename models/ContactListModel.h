// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/Contact.h"
#include "contacts/ContactQuery.h"

#include <QAbstractTableModel>
#include <QList>

namespace Herald
{

class Database;

// The workspace's contacts as a table, fetched in pages as the view scrolls.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactListModel)

public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        CountryColumn,
        ConsentColumn,
        TagsColumn,
        OrdersColumn,
        SpentColumn,
        CreatedColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawValueRole, // the unformatted value, for sorting and tests
        ConsentRole, // Herald::MarketingConsent as int
    };

    static constexpr int PageSize = 256;

    explicit ContactListModel(QObject* parent = nullptr);
    ~ContactListModel() override;

    // Shows the contacts of database (a GUI-thread connection), or nothing for nullptr.
    void setDatabase(Database* database);
    void reload();

    // Shows only the contacts matching filter (search, consent, tag).
    void setFilter(const ContactFilter& filter);
    const ContactFilter& filter() const
    {
        return m_filter;
    }
    // The query behind the list, e.g. to export what is shown.
    ContactQuery query() const;

    // Contacts matching the filter, whether fetched yet or not.
    qint64 totalCount() const
    {
        return m_totalCount;
    }
    // Every contact in the workspace.
    qint64 workspaceCount() const
    {
        return m_workspaceCount;
    }
    // Sorting is done by SQL on indexed columns; other columns keep the current order.
    static bool isSortable(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Contact contactAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void totalCountChanged(qint64 count);
    void loadFailed(const QString& message);

private:
    Database* m_database = nullptr;
    QList<Contact> m_contacts;
    qint64 m_totalCount = 0;
    qint64 m_workspaceCount = 0;
    ContactFilter m_filter;
    ContactQuery::SortKey m_sortKey = ContactQuery::SortKey::Id;
    bool m_descending = false;
    bool m_atEnd = true;
    bool m_fetching = false; // views may call back into fetchMore() while rows are being inserted
};

} // namespace Herald
