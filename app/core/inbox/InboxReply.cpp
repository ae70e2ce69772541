// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InboxReply.h"

#include "Inbox.h"
#include "contacts/Suppression.h"
#include "logging/LogCategories.h"
#include "sms/SmsCounter.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

InboxReply::InboxReply(Database& database)
    : m_database(database)
{
}

Result<ProviderAccount> InboxReply::accountFor(const ConversationKey& key) const
{
    if (!key.isValid()) {
        return Error {tr("Choose a conversation to reply to.")};
    }
    QSqlQuery q = m_database.query();
    if (key.contactId > 0) {
        q.prepare(u"SELECT account_id FROM inbound WHERE contact_id = ? AND account_id IS NOT NULL "
                  "ORDER BY received_at DESC, id DESC LIMIT 1"_s);
        q.addBindValue(key.contactId);
    } else {
        q.prepare(u"SELECT account_id FROM inbound WHERE contact_id IS NULL AND from_phone = ? "
                  "AND account_id IS NOT NULL ORDER BY received_at DESC, id DESC LIMIT 1"_s);
        q.addBindValue(key.phone);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"account of a conversation"_s);
    }
    ProviderAccounts accounts(m_database);
    if (q.next()) {
        if (auto account = accounts.find(q.value(0).toLongLong())) {
            return account;
        }
    }
    // The account the replies came in on was removed: answer through the default one.
    auto fallback = accounts.defaultAccount();
    if (!fallback) {
        return Error {tr("There is no provider account to send the reply through. Add one in "
                         "File → Provider Accounts.")};
    }
    return fallback;
}

Result<QString> InboxReply::refusal(const ConversationKey& key) const
{
    if (!key.isValid()) {
        return Error {tr("Choose a conversation to reply to.")};
    }
    auto phone = Inbox(m_database).phoneOf(key);
    if (!phone) {
        return phone.error();
    }
    // The inbox answers people who wrote; writing first is what campaigns are for (with consent).
    if (auto conversation = Inbox(m_database).conversation(key); !conversation) {
        return tr("%1 has not written to you: the inbox only answers replies. To write first, create a "
                  "campaign.")
            .arg(phone.value());
    }
    auto suppressed = Suppression(m_database).isSuppressed(phone.value());
    if (!suppressed) {
        return suppressed.error();
    }
    if (suppressed.value()) {
        return tr("%1 is on the suppression list: this number replied STOP or was opted out, so Herald "
                  "sends it nothing, not even a reply. If the person texts START, they can be answered again.")
            .arg(phone.value());
    }
    auto account = accountFor(key);
    if (!account) {
        return account.errorMessage();
    }
    return QString();
}

Result<QueuedReply> InboxReply::queue(const ConversationKey& key, const QString& body, const QDateTime& now)
{
    const QString text = body.trimmed();
    if (text.isEmpty()) {
        return Error {tr("Write a reply first.")};
    }
    if (text.size() > MaxCharacters) {
        return Error {tr("The reply has %1 characters; at most %2 can be sent in one message.")
                          .arg(text.size())
                          .arg(MaxCharacters)};
    }
    auto refused = refusal(key);
    if (!refused) {
        return refused.error();
    }
    if (!refused.value().isEmpty()) {
        return Error {refused.value()};
    }
    auto phone = Inbox(m_database).phoneOf(key);
    if (!phone) {
        return phone.error();
    }
    auto account = accountFor(key);
    if (!account) {
        return account.error();
    }
    const qint64 time = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const SmsCount count = SmsCounter::count(text, account->counterOptions());

    QueuedReply reply;
    reply.accountId = account->id;
    reply.accountName = account->name;
    reply.phone = phone.value();
    reply.segments = count.segments;
    reply.encoding = count.encodingName();
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        // Checked again inside the transaction: a STOP stored meanwhile wins.
        auto suppressed = Suppression(m_database).isSuppressed(reply.phone);
        if (!suppressed) {
            return suppressed.error();
        }
        if (suppressed.value()) {
            return Error {tr("%1 has just been put on the suppression list; the reply was not sent.").arg(reply.phone)};
        }
        QSqlQuery q = m_database.query();
        q.prepare(u"INSERT INTO messages (campaign_id, contact_id, account_id, phone, kind, body, encoding, segments, "
                  "state, created_at, updated_at) VALUES (NULL, ?, ?, ?, 'transactional', ?, ?, ?, 'pending', ?, ?)"_s);
        q.addBindValue(key.contactId > 0 ? QVariant(key.contactId) : QVariant());
        q.addBindValue(reply.accountId);
        q.addBindValue(reply.phone);
        q.addBindValue(text);
        q.addBindValue(reply.encoding);
        q.addBindValue(reply.segments);
        q.addBindValue(time);
        q.addBindValue(time);
        if (!q.exec()) {
            return Database::errorFrom(q, u"queue a reply"_s);
        }
        reply.messageId = q.lastInsertId().toLongLong();
        QSqlQuery mark = m_database.query();
        if (key.contactId > 0) {
            mark.prepare(u"UPDATE inbound SET is_read = 1, handled = 1 WHERE contact_id = ? "
                         "AND (is_read = 0 OR handled = 0)"_s);
            mark.addBindValue(key.contactId);
        } else {
            mark.prepare(u"UPDATE inbound SET is_read = 1, handled = 1 WHERE contact_id IS NULL AND from_phone = ? "
                         "AND (is_read = 0 OR handled = 0)"_s);
            mark.addBindValue(key.phone);
        }
        if (!mark.exec()) {
            return Database::errorFrom(mark, u"mark a conversation answered"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    qCInfo(lcSending).noquote()
        << tr("Reply to %1 queued on “%2” (%n part(s)).", nullptr, reply.segments).arg(reply.phone, reply.accountName);
    return reply;
}

} // namespace Herald
