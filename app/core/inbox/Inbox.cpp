// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Inbox.h"

#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// The key of a conversation in inbox_conversations (schema version 5): "c<contact id>" or
// "p<number>" for a number without a contact.
QString keyOf(const ConversationKey& key)
{
    return key.contactId > 0 ? u"c%1"_s.arg(key.contactId) : u"p"_s + key.phone;
}

const QString s_inboundKey
    = u"(CASE WHEN i.contact_id IS NOT NULL THEN 'c' || i.contact_id ELSE 'p' || i.from_phone END)"_s;

// LIKE pattern for text anywhere, with the wildcards of the text itself escaped.
QString containsPattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u"%"_s + escaped + u"%"_s;
}

// The digits of a search text that looks like (part of) a phone number, else empty.
QString phoneDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        } else if (c != u' ' && c != u'+' && c != u'-' && c != u'(' && c != u')' && c != u'.') {
            return {};
        }
    }
    return digits.size() >= 3 ? digits : QString();
}

// WHERE clause and bindings selecting the rows of one conversation in `inbound`.
std::pair<QString, QVariant> inboundOf(const ConversationKey& key)
{
    if (key.contactId > 0) {
        return {u"contact_id = ?"_s, key.contactId};
    }
    return {u"contact_id IS NULL AND from_phone = ?"_s, key.phone};
}

Conversation conversationFrom(const QSqlQuery& q)
{
    Conversation c;
    c.key.contactId = q.value(0).toLongLong();
    c.phone = q.value(1).toString();
    if (c.key.contactId <= 0) {
        c.key.phone = c.phone;
    }
    c.lastAt = q.value(2).toLongLong();
    c.lastBody = q.value(3).toString();
    c.lastKeyword = q.value(4).toString();
    c.campaignId = q.value(5).toLongLong();
    c.accountId = q.value(6).toLongLong();
    c.lastInboundId = q.value(7).toLongLong();
    c.messages = q.value(8).toInt();
    c.unread = q.value(9).toInt();
    c.open = q.value(10).toInt();
    c.keywords = (q.value(11).toInt() > 0 ? int(InboxKeyword::Stop) : 0)
        | (q.value(12).toInt() > 0 ? int(InboxKeyword::Start) : 0)
        | (q.value(13).toInt() > 0 ? int(InboxKeyword::Help) : 0);
    const QString contactPhone = q.value(14).toString();
    if (!contactPhone.isEmpty()) {
        c.phone = contactPhone;
    }
    c.name = (q.value(15).toString() + u' ' + q.value(16).toString()).trimmed();
    c.campaignName = q.value(17).toString();
    return c;
}

// The summary rows joined with their newest reply, its campaign and the contact.
QString conversationSql(const QString& where, const QString& tail)
{
    return u"SELECT g.contact_id, g.phone, g.last_at, i.body, i.keyword, i.campaign_id, i.account_id, "
           "g.last_inbound_id, g.messages, g.unread, g.open, g.stops, g.starts, g.helps, c.phone, c.first_name, "
           "c.last_name, cp.name FROM inbox_conversations g JOIN inbound i ON i.id = g.last_inbound_id "
           "LEFT JOIN contacts c ON c.id = g.contact_id LEFT JOIN campaigns cp ON cp.id = i.campaign_id %1 %2"_s.arg(
               where, tail);
}

} // namespace

Inbox::Inbox(Database& database)
    : m_database(database)
{
}

Result<QList<Conversation>> Inbox::conversations(const InboxFilter& filter) const
{
    QVariantList bindings;
    QStringList where;
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // A conversation matches when one of its replies does, or its contact's name or number.
        const QString digits = phoneDigits(search);
        QString matches = u"SELECT %1 FROM inbound i WHERE i.body LIKE ? ESCAPE '\\'"_s.arg(s_inboundKey);
        bindings << containsPattern(search);
        if (!digits.isEmpty()) {
            matches += u" OR i.from_phone LIKE ?"_s;
            bindings << containsPattern(digits);
        }
        matches += u" UNION SELECT s.key FROM inbox_conversations s JOIN contacts c ON c.id = s.contact_id WHERE "
                   "c.first_name || ' ' || c.last_name LIKE ? ESCAPE '\\' OR c.last_name || ' ' || c.first_name "
                   "LIKE ? ESCAPE '\\'"_s;
        bindings << containsPattern(search) << containsPattern(search);
        if (!digits.isEmpty()) {
            matches += u" OR c.phone LIKE ?"_s;
            bindings << containsPattern(digits);
        }
        where << u"g.key IN (%1)"_s.arg(matches);
    }
    if (filter.unreadOnly) {
        where << u"g.unread > 0"_s;
    }
    if (filter.openOnly) {
        where << u"g.open > 0"_s;
    }
    if (filter.beforeAt > 0) {
        // Written as a range on last_at, so that SQLite seeks in the index instead of scanning.
        where << u"g.last_at <= ? AND (g.last_at < ? OR g.last_inbound_id < ?)"_s;
        bindings << filter.beforeAt << filter.beforeAt << filter.beforeInboundId;
    }
    QString tail = u"ORDER BY g.last_at DESC, g.last_inbound_id DESC"_s;
    if (filter.limit > 0) {
        tail += u" LIMIT %1"_s.arg(filter.limit);
    }
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    q.prepare(conversationSql(where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s), tail));
    for (const QVariant& value : std::as_const(bindings)) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"list conversations"_s);
    }
    QList<Conversation> list;
    while (q.next()) {
        list.append(conversationFrom(q));
    }
    return list;
}

Result<Conversation> Inbox::conversation(const ConversationKey& key) const
{
    QSqlQuery q = m_database.query();
    q.prepare(conversationSql(u"WHERE g.key = ?"_s, QString()));
    q.addBindValue(keyOf(key));
    if (!q.exec()) {
        return Database::errorFrom(q, u"read conversation"_s);
    }
    if (!q.next()) {
        return Error {tr("There are no replies from this person.")};
    }
    return conversationFrom(q);
}

Result<InboxTotals> Inbox::totals() const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT count(*), coalesce(sum(unread > 0), 0), coalesce(sum(unread), 0), coalesce(sum(open > 0), 0) "
              "FROM inbox_conversations"_s);
    if (!q.exec() || !q.next()) {
        return Database::errorFrom(q, u"count conversations"_s);
    }
    InboxTotals t;
    t.conversations = q.value(0).toInt();
    t.unreadConversations = q.value(1).toInt();
    t.unreadMessages = q.value(2).toInt();
    t.openConversations = q.value(3).toInt();
    return t;
}

Result<QList<HistoryMessage>> Inbox::history(const ConversationKey& key, int limit) const
{
    QString inboundWhere;
    QString outboundWhere;
    QVariantList bindings;
    if (key.contactId > 0) {
        inboundWhere = u"i.contact_id = ?"_s;
        outboundWhere = u"m.contact_id = ?"_s;
        bindings << key.contactId << key.contactId;
    } else {
        inboundWhere = u"i.contact_id IS NULL AND i.from_phone = ?"_s;
        outboundWhere = u"m.contact_id IS NULL AND m.phone = ?"_s;
        bindings << key.phone << key.phone;
    }
    return historyWhere(inboundWhere, outboundWhere, bindings, limit);
}

Result<QList<HistoryMessage>> Inbox::contactHistory(qint64 contactId, int limit) const
{
    auto phone = phoneOf(ConversationKey {contactId, {}});
    if (!phone) {
        return phone.error();
    }
    // Rows of the number not linked to the contact (sent before it was imported) count too.
    return historyWhere(u"(i.contact_id = ? OR (i.contact_id IS NULL AND i.from_phone = ?))"_s,
        u"(m.contact_id = ? OR (m.contact_id IS NULL AND m.phone = ?))"_s,
        {contactId, phone.value(), contactId, phone.value()}, limit);
}

Result<QList<HistoryMessage>> Inbox::historyWhere(
    const QString& inboundWhere, const QString& outboundWhere, const QVariantList& bindings, int limit) const
{
    // The time of an outbound row: when the provider took it, else when it was queued.
    const QString sql
        = u"SELECT * FROM (SELECT 0 AS dir, i.id AS id, i.received_at AS at, i.body, i.keyword, i.is_read, i.handled, "
          "'' AS state, '' AS kind, '' AS error, 0 AS segments, i.campaign_id, cp.name, a.name "
          "FROM inbound i LEFT JOIN campaigns cp ON cp.id = i.campaign_id "
          "LEFT JOIN provider_accounts a ON a.id = i.account_id WHERE %1 "
          "UNION ALL SELECT 1, m.id, coalesce(m.accepted_at, m.submitted_at, m.created_at), m.body, '', 1, 1, "
          "m.state, m.kind, m.error_message, m.segments, m.campaign_id, cp.name, a.name "
          "FROM messages m LEFT JOIN campaigns cp ON cp.id = m.campaign_id "
          "LEFT JOIN provider_accounts a ON a.id = coalesce(m.account_id, cp.account_id) WHERE %2 "
          "ORDER BY at DESC, dir DESC, id DESC %3) ORDER BY at, dir, id"_s.arg(
              inboundWhere, outboundWhere, limit > 0 ? u"LIMIT %1"_s.arg(limit) : QString());
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"message history"_s);
    }
    QList<HistoryMessage> list;
    while (q.next()) {
        HistoryMessage m;
        m.direction
            = q.value(0).toInt() == 0 ? HistoryMessage::Direction::Inbound : HistoryMessage::Direction::Outbound;
        m.id = q.value(1).toLongLong();
        m.at = q.value(2).toLongLong();
        m.body = q.value(3).toString();
        m.keyword = q.value(4).toString();
        m.read = q.value(5).toInt() != 0;
        m.handled = q.value(6).toInt() != 0;
        m.state = q.value(7).toString();
        m.kind = q.value(8).toString();
        m.errorMessage = q.value(9).toString();
        m.segments = q.value(10).toInt();
        m.campaignId = q.value(11).toLongLong();
        m.campaignName = q.value(12).toString();
        m.accountName = q.value(13).toString();
        list.append(m);
    }
    return list;
}

Result<int> Inbox::markRead(const ConversationKey& key, bool read)
{
    const auto filter = inboundOf(key);
    const QString where = filter.first;
    const QVariant binding = filter.second;
    int changed = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE inbound SET is_read = ? WHERE %1 AND is_read <> ?"_s.arg(where));
        q.addBindValue(read ? 1 : 0);
        q.addBindValue(binding);
        q.addBindValue(read ? 1 : 0);
        if (!q.exec()) {
            return Database::errorFrom(q, u"mark replies read"_s);
        }
        changed = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return changed;
}

Result<int> Inbox::markHandled(const ConversationKey& key, bool handled)
{
    const auto filter = inboundOf(key);
    const QString where = filter.first;
    const QVariant binding = filter.second;
    int changed = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        if (handled) {
            q.prepare(
                u"UPDATE inbound SET handled = 1, is_read = 1 WHERE %1 AND (handled = 0 OR is_read = 0)"_s.arg(where));
            q.addBindValue(binding);
        } else {
            q.prepare(u"UPDATE inbound SET handled = 0 WHERE id = (SELECT id FROM inbound WHERE %1 "
                      "ORDER BY received_at DESC, id DESC LIMIT 1) AND handled <> 0"_s.arg(where));
            q.addBindValue(binding);
        }
        if (!q.exec()) {
            return Database::errorFrom(q, u"mark replies handled"_s);
        }
        changed = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return changed;
}

Result<QString> Inbox::listStamp() const
{
    // max(id) reads the end of the rowid tree; the sums read one small row per conversation.
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT (SELECT coalesce(max(id), 0) FROM inbound), count(*), coalesce(sum(unread), 0), "
              "coalesce(sum(open), 0), coalesce(sum(messages), 0) FROM inbox_conversations"_s);
    if (!q.exec() || !q.next()) {
        return Database::errorFrom(q, u"inbox stamp"_s);
    }
    return u"%1:%2:%3:%4:%5"_s.arg(q.value(0).toLongLong())
        .arg(q.value(1).toLongLong())
        .arg(q.value(2).toLongLong())
        .arg(q.value(3).toLongLong())
        .arg(q.value(4).toLongLong());
}

Result<QString> Inbox::historyStamp(const ConversationKey& key) const
{
    // A state may move on twice within one second (accepted → delivered), so updated_at alone
    // would miss it: a checksum of the states (each state name's place in a list) catches it.
    static const QString s_outboxStamp
        = u"count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(updated_at), 0) || ':' || "
          "total(id * instr('pending claimed submitted accepted sent delivered undelivered failed skipped unknown "
          "cancelled', state))"_s;
    QSqlQuery q = m_database.query();
    if (key.contactId > 0) {
        q.prepare(u"SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(is_read), 0) || ':' "
                  "|| coalesce(sum(handled), 0) FROM inbound WHERE contact_id = ?), "
                  "(SELECT %1 FROM messages WHERE contact_id = ?)"_s.arg(s_outboxStamp));
        q.addBindValue(key.contactId);
        q.addBindValue(key.contactId);
    } else {
        q.prepare(u"SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(sum(is_read), 0) || ':' "
                  "|| coalesce(sum(handled), 0) FROM inbound WHERE contact_id IS NULL AND from_phone = ?), "
                  "(SELECT %1 FROM messages WHERE contact_id IS NULL AND phone = ?)"_s.arg(s_outboxStamp));
        q.addBindValue(key.phone);
        q.addBindValue(key.phone);
    }
    if (!q.exec() || !q.next()) {
        return Database::errorFrom(q, u"conversation stamp"_s);
    }
    return q.value(0).toString() + u'|' + q.value(1).toString();
}

Result<QString> Inbox::phoneOf(const ConversationKey& key) const
{
    if (key.contactId <= 0) {
        return key.phone;
    }
    auto phone = m_database.scalar(u"SELECT phone FROM contacts WHERE id = ?"_s, {key.contactId});
    if (!phone) {
        return phone.error();
    }
    if (phone.value().isNull()) {
        return Error {tr("Contact %1 does not exist (any more).").arg(key.contactId)};
    }
    return phone.value().toString();
}

} // namespace Herald
