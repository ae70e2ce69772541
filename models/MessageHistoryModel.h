// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbox/Conversation.h"

#include <QAbstractTableModel>
#include <QList>

namespace Herald
{

class Database;

// The whole message history with one person, oldest first: replies received and outbox rows
// (campaign messages, automatic answers, replies typed in the inbox) with their states.
// The inbox shows a conversation (by contact, or by number without a contact); the contact card
// shows a contact (by id, and by its number for rows not linked to it).
class MessageHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageHistoryModel)

public:
    enum Column
    {
        TimeColumn,
        DirectionColumn,
        TextColumn,
        StateColumn,
        CampaignColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        InboundRole = Qt::UserRole + 1, // bool
        BodyRole,
        TimeRole, // qint64 unix seconds
        StateRole, // the outbox state ("delivered"…), empty for a reply received
        StateTextRole, // the state in words, or the keyword badge of a reply
        KeywordRole, // "stop", "start", "help" or ""
        CampaignRole, // the campaign's name, or empty
        DetailRole, // one line under a bubble: time, state, campaign, error
        ErrorRole,
        IdRole, // inbound.id or messages.id
        RawValueRole,
    };

    // At most this many messages are shown (the newest).
    static constexpr int Limit = 2000;

    explicit MessageHistoryModel(QObject* parent = nullptr);
    ~MessageHistoryModel() override;

    void setDatabase(Database* database);
    void setConversation(const ConversationKey& key);
    void setContact(qint64 contactId);
    void clear();
    const ConversationKey& conversation() const
    {
        return m_key;
    }
    // Reads again (rows are appended or updated in place when only the tail changed).
    void reload();
    QString errorMessage() const
    {
        return m_error;
    }
    const HistoryMessage& message(int row) const
    {
        return m_rows.at(row);
    }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void reloaded();

private:
    Database* m_database = nullptr;
    ConversationKey m_key;
    bool m_wholeContact = false;
    QList<HistoryMessage> m_rows;
    QString m_error;
};

} // namespace Herald
