// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantList>

namespace Herald
{

class Database;

// The two-way inbox over `inbound` and `messages` (DESIGN §1.6): replies grouped by person,
// newest first, with unread and open counts, keyword badges and the campaign answered; the whole
// history with one person; read and handled marks.
//
// A conversation is every reply of one contact, or of one number without a contact. Listing reads
// inbox_conversations (schema version 5: one summary row per conversation, kept in step by
// triggers on `inbound`) newest first on its index, so it stays fast with hundreds of thousands of
// replies; the history of one person reads inbound_by_contact (or inbound_by_phone) and
// messages_by_contact.
class Inbox final
{
    Q_DECLARE_TR_FUNCTIONS(Inbox)

public:
    explicit Inbox(Database& database);

    Result<QList<Conversation>> conversations(const InboxFilter& filter = InboxFilter()) const;
    // The conversation of key as the list shows it (the filter ignored); an error if there is none.
    Result<Conversation> conversation(const ConversationKey& key) const;
    Result<InboxTotals> totals() const;

    // Replies received and messages sent, oldest first. limit > 0 keeps the newest limit.
    Result<QList<HistoryMessage>> history(const ConversationKey& key, int limit = 0) const;
    // The same for a contact: by contact id, and by its number for rows not linked to it.
    Result<QList<HistoryMessage>> contactHistory(qint64 contactId, int limit = 0) const;

    // Returns how many replies changed.
    Result<int> markRead(const ConversationKey& key, bool read = true);
    // Handled: every reply handled (and read). Not handled: the newest reply open again.
    Result<int> markHandled(const ConversationKey& key, bool handled = true);

    // A cheap fingerprint of everything the inbox shows (newest reply, read and handled marks):
    // when it changes, the list must reload.
    Result<QString> listStamp() const;
    // The same for one conversation's history, outbox states of the replies included.
    Result<QString> historyStamp(const ConversationKey& key) const;

    // The number of a conversation (the contact's phone, or the key's).
    Result<QString> phoneOf(const ConversationKey& key) const;

private:
    Result<QList<HistoryMessage>> historyWhere(
        const QString& inboundWhere, const QString& outboundWhere, const QVariantList& bindings, int limit) const;

    Database& m_database;
};

} // namespace Herald
