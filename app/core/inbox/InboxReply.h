// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conversation.h"
#include "Result.h"
#include "providers/ProviderAccount.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Herald
{

class Database;

// What a queued reply is.
struct QueuedReply
{
    qint64 messageId = 0; // the outbox row
    qint64 accountId = 0;
    QString accountName;
    QString phone;
    int segments = 1;
    QString encoding;
};

// Answers a conversation: a one-off TRANSACTIONAL outbox row (`messages` with no campaign,
// state pending) on the account the conversation came in on (the account of its newest reply;
// the default account if that one was removed). The send worker's Poller sends one-off rows
// after each polling round through the outbox states, exactly like the automatic answers to
// keywords, so a reply is as crash-safe as a campaign message.
//
// A number on the suppression list (it replied STOP, or was opted out or erased) gets nothing,
// not even a reply: the reply is refused with an explanation. Nothing else is special: consent
// for marketing is not needed for an answer to a message the person sent.
//
// Queuing a reply also marks the conversation read and handled, in the same transaction.
class InboxReply final
{
    Q_DECLARE_TR_FUNCTIONS(InboxReply)

public:
    // A reply longer than this is refused (the limit of Twilio and most providers).
    static constexpr int MaxCharacters = 1600;

    explicit InboxReply(Database& database);

    // The account a reply to key would be sent through.
    Result<ProviderAccount> accountFor(const ConversationKey& key) const;
    // Why a reply to key would be refused (suppressed number, no account), or an empty string.
    Result<QString> refusal(const ConversationKey& key) const;

    Result<QueuedReply> queue(const ConversationKey& key, const QString& body, const QDateTime& now = QDateTime());

private:
    Database& m_database;
};

} // namespace Herald
