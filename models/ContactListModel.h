// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/Contact.h"
#include "contacts/ContactQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QThreadPool>
#include <QVariantList>

#include <optional>

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
    // Workspaces whose contact ids stay below this are counted at once; bigger ones are counted
    // on a worker thread with its own connection, so that typing a search never waits for a
    // count over a million rows.
    static constexpr qint64 SyncCountLimit = 50'000;

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

    // Contacts matching the filter, whether fetched yet or not. While isCounting(), the last
    // exact count is not known yet and this is the number of rows fetched so far.
    qint64 totalCount() const
    {
        return m_totalCount;
    }
    // Every contact in the workspace (the last count while isCounting()).
    qint64 workspaceCount() const
    {
        return m_workspaceCount;
    }
    // Whether a count runs in the background; totalCountChanged() follows when it ends.
    bool isCounting() const
    {
        return m_counting;
    }
    // Sorting is done by SQL on indexed columns; other columns keep the current order. Column
    // -1 restores the order in which contacts were added.
    static bool isSortable(int column);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Contact contactAt(int row) const;
    // The row of the contact with this id among the rows fetched, or -1.
    int rowOf(qint64 id) const;
    // Reads one contact again after an edit, in place, without moving the list.
    void refreshContact(qint64 id);

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
    struct CountRequest
    {
        quint64 generation = 0;
        QString path;
        ContactQuery query;
        bool filtered = false;
        bool workspaceToo = false;
    };
    struct CountResult
    {
        quint64 generation = 0;
        qint64 total = 0;
        qint64 workspace = -1;
        QString error;
    };
    void reset(bool dataChanged);
    void startCount(const CountRequest& request);
    void handleCountFinished(const CountResult& result);

    Database* m_database = nullptr;
    QList<Contact> m_contacts;
    qint64 m_totalCount = 0;
    qint64 m_workspaceCount = 0;
    ContactFilter m_filter;
    ContactQuery::SortKey m_sortKey = ContactQuery::SortKey::Id;
    bool m_descending = false;
    bool m_atEnd = true;
    bool m_fetching = false; // views may call back into fetchMore() while rows are being inserted
    bool m_counting = false;
    bool m_workspaceCountKnown = false;
    quint64 m_generation = 0; // bumped by every reload, so late counts of an old filter are dropped
    bool m_countRunning = false; // one background count at a time…
    std::optional<CountRequest> m_pendingCount; // …and only the newest one waits
    QThreadPool m_countPool; // waited for on destruction, so no count outlives the model
};

} // namespace Herald
