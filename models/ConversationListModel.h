// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbox/Conversation.h"

#include <QAbstractTableModel>
#include <QList>

namespace Herald
{

class Database;

// The inbox's conversations, newest reply first (Inbox::conversations): one row per person, with
// the unread and open counts, the keyword badges and the campaign answered.
class ConversationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Column
    {
        NameColumn,
        LastMessageColumn,
        TimeColumn,
        UnreadColumn,
        CampaignColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        ContactIdRole = Qt::UserRole + 1,
        PhoneRole, // the conversation's number
        KeyRole, // ConversationKey
        UnreadRole, // int: unread replies
        OpenRole, // int: replies not handled yet
        HandledRole, // bool
        KeywordsRole, // int: InboxKeyword flags
        LastKeywordRole, // "stop", "start", "help" or ""
        LastBodyRole,
        LastAtRole, // qint64 unix seconds
        CampaignRole, // the campaign's name, or empty
        MessagesRole, // int: replies received
        RawValueRole, // the unformatted value of the column, for sorting and tests
    };

    explicit ConversationListModel(QObject* parent = nullptr);
    ~ConversationListModel() override;

    // Shows the conversations of database (a GUI-thread connection), or nothing for nullptr.
    void setDatabase(Database* database);
    void setFilter(const InboxFilter& filter);
    const InboxFilter& filter() const
    {
        return m_filter;
    }
    // Reads the list again; rows that did not change keep their place in the views.
    void reload();
    // The last error of reading, or empty.
    QString errorMessage() const
    {
        return m_error;
    }

    const Conversation& conversation(int row) const
    {
        return m_rows.at(row);
    }
    // The row of key, or -1.
    int rowOf(const ConversationKey& key) const;

    // Rows are read a page (filter().limit) at a time as the view scrolls.
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // After every reload, with the rows read.
    void reloaded();

private:
    Database* m_database = nullptr;
    InboxFilter m_filter;
    QList<Conversation> m_rows;
    QString m_error;
    bool m_atEnd = true;
};

} // namespace Herald
