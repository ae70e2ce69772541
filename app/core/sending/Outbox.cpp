// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Outbox.h"

#include "contacts/Suppression.h"
#include "providers/SmsGateway.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

// Twilio prices are negative decimal strings ("-0.00750"); we keep positive micro-units.
QVariant priceMicros(const QString& price)
{
    bool ok = false;
    const double value = price.toDouble(&ok);
    return ok ? QVariant(qint64(qAbs(value) * 1e6 + 0.5)) : QVariant();
}

// Provider status → outbox state; an unknown word maps to nothing (kept raw, never "delivered").
QString stateForProviderStatus(const QString& status)
{
    static const QHash<QString, QString> map {
        {u"queued"_s, u"accepted"_s}, {u"accepted"_s, u"accepted"_s}, {u"scheduled"_s, u"accepted"_s},
        {u"sending"_s, u"accepted"_s}, {u"sent"_s, u"sent"_s}, {u"delivered"_s, u"delivered"_s},
        {u"undelivered"_s, u"undelivered"_s}, {u"failed"_s, u"failed"_s}, {u"canceled"_s, u"cancelled"_s},
        // Deliberately absent: "partially_delivered" (some parts arrived: not "delivered", which
        // is said of the whole message id) and "unknown" (a provider that cannot tell; kept raw
        // and polled on, never turned into "failed"). Both stay open until the 7-day window ends.
    };
    return map.value(status);
}

} // namespace

QStringList OutboxCounts::stateNames()
{
    return {u"pending"_s, u"claimed"_s, u"submitted"_s, u"accepted"_s, u"sent"_s, u"delivered"_s, u"undelivered"_s,
        u"failed"_s, u"unknown"_s, u"skipped"_s, u"cancelled"_s};
}

qint64 OutboxCounts::count(const QString& state) const
{
    const qint64 values[]
        = {pending, claimed, submitted, accepted, sent, delivered, undelivered, failed, unknown, skipped, cancelled};
    const qsizetype i = stateNames().indexOf(state);
    return i < 0 ? 0 : values[i];
}

void OutboxCounts::set(const QString& state, qint64 n)
{
    qint64* members[] = {&pending, &claimed, &submitted, &accepted, &sent, &delivered, &undelivered, &failed, &unknown,
        &skipped, &cancelled};
    const qsizetype i = stateNames().indexOf(state);
    if (i >= 0) {
        *members[i] = n;
    }
}

QJsonObject OutboxCounts::toJson() const
{
    QJsonObject object {{u"total"_s, total}};
    for (const QString& state : stateNames()) {
        object.insert(state, count(state));
    }
    return object;
}

Outbox::Outbox(Database& database)
    : m_database(database)
{
}

QString Outbox::newAttemptKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QList<OutboxRow>> Outbox::claim(qint64 campaignId, int limit)
{
    QList<OutboxRow> rows;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = nowSeconds();
        // The consent check is a join on the contact's current consent: cheap, and it sees an
        // opt-out recorded since the launch (a STOP reply, an edit in the contact card).
        QSqlQuery select = m_database.query();
        select.prepare(u"SELECT m.id, m.phone, m.body, m.segments, m.attempts, m.kind = 'marketing', "
                       "coalesce(c.marketing_consent, 'opted_in') = 'opted_in' "
                       "FROM messages m LEFT JOIN contacts c ON c.id = m.contact_id "
                       "WHERE m.campaign_id = ? AND m.state = 'pending' "
                       // Held rows (quiet hours, a local send time) wait for their not_before.
                       "AND (m.not_before IS NULL OR m.not_before <= CAST(strftime('%s', 'now') AS INTEGER)) "
                       "ORDER BY m.id LIMIT ?"_s);
        QSqlQuery withdraw = m_database.query();
        withdraw.prepare(u"UPDATE messages SET state = 'cancelled', skip_reason = 'opted out', finished_at = ?, "
                         "updated_at = ? WHERE id = ? AND state = 'pending'"_s);
        // A batch whose rows were all withdrawn says nothing about the rows after it: read on.
        for (bool more = true; more && rows.isEmpty();) {
            select.bindValue(0, campaignId);
            select.bindValue(1, limit);
            if (!select.exec()) {
                return Database::errorFrom(select, u"claim"_s);
            }
            QList<qint64> withdrawn;
            QList<std::pair<qint64, QString>> marketing;
            int selected = 0;
            while (select.next()) {
                ++selected;
                OutboxRow row;
                row.id = select.value(0).toLongLong();
                row.campaignId = campaignId;
                row.phone = select.value(1).toString();
                row.body = select.value(2).toString();
                row.segments = select.value(3).toInt();
                row.attempts = select.value(4).toInt();
                row.state = u"claimed"_s;
                row.attemptKey = newAttemptKey();
                const bool isMarketing = select.value(5).toBool();
                if (isMarketing && !select.value(6).toBool()) {
                    withdrawn.append(row.id);
                    continue;
                }
                if (isMarketing) {
                    marketing.append({row.id, row.phone});
                }
                rows.append(row);
            }
            select.finish();
            more = selected == limit && limit > 0;
            auto suppressed = suppressedMarketing(marketing);
            if (!suppressed) {
                return suppressed.error();
            }
            if (!suppressed->isEmpty()) {
                const QSet<qint64> out(suppressed->cbegin(), suppressed->cend());
                rows.removeIf([&out](const OutboxRow& row) { return out.contains(row.id); });
                withdrawn.append(suppressed.value());
            }
            for (qint64 id : std::as_const(withdrawn)) {
                withdraw.bindValue(0, now);
                withdraw.bindValue(1, now);
                withdraw.bindValue(2, id);
                if (!withdraw.exec()) {
                    return Database::errorFrom(withdraw, u"claim"_s);
                }
            }
        }
        QSqlQuery update = m_database.query();
        update.prepare(u"UPDATE messages SET state = 'claimed', attempt_key = ?, claimed_at = ?, updated_at = ? "
                       "WHERE id = ? AND state = 'pending'"_s);
        for (const OutboxRow& row : std::as_const(rows)) {
            update.bindValue(0, row.attemptKey);
            update.bindValue(1, now);
            update.bindValue(2, now);
            update.bindValue(3, row.id);
            if (!update.exec()) {
                return Database::errorFrom(update, u"claim"_s);
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return rows;
}

Result<QList<qint64>> Outbox::suppressedMarketing(const QList<std::pair<qint64, QString>>& rows)
{
    QList<qint64> suppressed;
    if (rows.isEmpty()) {
        return suppressed;
    }
    // Most workspaces have a short list or none: skip the hashing when it is empty.
    auto any = m_database.scalar(u"SELECT EXISTS (SELECT 1 FROM suppression)"_s);
    if (!any) {
        return any.error();
    }
    if (!any.value().toBool()) {
        return suppressed;
    }
    auto key = Suppression(m_database).key();
    if (!key) {
        return key.error();
    }
    QHash<QByteArray, QList<qint64>> idsByHash;
    for (const auto& [id, phone] : rows) {
        idsByHash[Suppression::hash(key.value(), phone)].append(id);
    }
    const QList<QByteArray> hashes = idsByHash.keys();
    constexpr qsizetype Chunk = 500;
    for (qsizetype start = 0; start < hashes.size(); start += Chunk) {
        const qsizetype n = qMin(Chunk, hashes.size() - start);
        QStringList marks(n, u"?"_s);
        QSqlQuery q = m_database.query();
        q.prepare(u"SELECT phone_hash FROM suppression WHERE phone_hash IN (%1)"_s.arg(marks.join(u',')));
        for (qsizetype i = 0; i < n; ++i) {
            q.addBindValue(hashes.at(start + i));
        }
        if (!q.exec()) {
            return Database::errorFrom(q, u"suppression check"_s);
        }
        while (q.next()) {
            suppressed.append(idsByHash.value(q.value(0).toByteArray()));
        }
    }
    return suppressed;
}

Result<QList<qint64>> Outbox::markSubmitted(const QList<qint64>& ids, const QList<OutboxUpdate>& results)
{
    QList<qint64> withdrawn;
    if (ids.isEmpty() && results.isEmpty()) {
        return withdrawn;
    }
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        // Results ride along: one commit (one fsync under synchronous=FULL) instead of two.
        if (auto applied = applyRows(results); !applied) {
            return applied;
        }
        const qint64 now = nowSeconds();
        QSqlQuery update = m_database.query();
        update.prepare(u"UPDATE messages SET state = 'submitted', attempts = attempts + 1, submitted_at = ?, "
                       "updated_at = ? WHERE id = ? AND state IN ('claimed', 'submitted', 'unknown')"_s);
        for (qint64 id : ids) {
            update.bindValue(0, now);
            update.bindValue(1, now);
            update.bindValue(2, id);
            if (!update.exec()) {
                return Database::errorFrom(update, u"mark submitted"_s);
            }
            if (update.numRowsAffected() != 1) {
                // Never send a row whose state moved under us (cancelled by an opt-out, settled).
                withdrawn.append(id);
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return withdrawn;
}

Result<QList<qint64>> Outbox::withdrawUnsent(const QList<qint64>& ids)
{
    QList<qint64> withdrawn;
    if (ids.isEmpty()) {
        return withdrawn;
    }
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = nowSeconds();
        QSqlQuery update = m_database.query();
        update.prepare(u"UPDATE messages SET state = 'cancelled', skip_reason = 'opted out', finished_at = ?, "
                       "updated_at = ? WHERE id = ? AND state IN ('submitted', 'unknown') AND kind = 'marketing'"_s);
        for (qint64 id : ids) {
            update.bindValue(0, now);
            update.bindValue(1, now);
            update.bindValue(2, id);
            if (!update.exec()) {
                return Database::errorFrom(update, u"withdraw"_s);
            }
            if (update.numRowsAffected() == 1) {
                withdrawn.append(id);
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return withdrawn;
}

Result<void> Outbox::apply(const QList<OutboxUpdate>& updates)
{
    if (updates.isEmpty()) {
        return {};
    }
    return m_database.writeTransaction([&]() -> Result<void> { return applyRows(updates); });
}

Result<void> Outbox::applyRows(const QList<OutboxUpdate>& updates)
{
    if (updates.isEmpty()) {
        return {};
    }
    const qint64 now = nowSeconds();
    QSqlQuery accepted = m_database.query();
    accepted.prepare(u"UPDATE messages SET state = 'accepted', provider_id = ?, provider_status = coalesce(?, ''), "
                     "error_code = '', error_message = '', accepted_at = ?, updated_at = ? WHERE id = ?"_s);
    // The frequency cap and the "last message" segment rule read contacts.last_message_at.
    QSqlQuery stamp = m_database.query();
    stamp.prepare(u"UPDATE contacts SET last_message_at = ? "
                  "WHERE id = (SELECT contact_id FROM messages WHERE id = ? AND kind = 'marketing')"_s);
    QSqlQuery other = m_database.query();
    other.prepare(u"UPDATE messages SET state = ?, skip_reason = coalesce(?, ''), error_code = coalesce(?, ''), "
                  "error_message = coalesce(?, ''), finished_at = ?, updated_at = ? WHERE id = ?"_s);
    for (const OutboxUpdate& u : updates) {
        QSqlQuery* q = &other;
        if (u.kind == OutboxUpdate::Kind::Accepted) {
            q = &accepted;
            accepted.bindValue(0, u.providerId);
            accepted.bindValue(1, u.providerStatus);
            accepted.bindValue(2, now);
            accepted.bindValue(3, now);
            accepted.bindValue(4, u.id);
        } else {
            QString state;
            QVariant finished = now;
            switch (u.kind) {
            case OutboxUpdate::Kind::Failed:
                state = u"failed"_s;
                break;
            case OutboxUpdate::Kind::Skipped:
                state = u"skipped"_s;
                break;
            case OutboxUpdate::Kind::Pending:
                state = u"pending"_s;
                finished = QVariant();
                break;
            default:
                state = u"unknown"_s;
                finished = QVariant();
                break;
            }
            other.bindValue(0, state);
            other.bindValue(1, u.kind == OutboxUpdate::Kind::Skipped ? u.errorMessage : QString());
            other.bindValue(2, u.errorCode);
            other.bindValue(3, u.errorMessage);
            other.bindValue(4, finished);
            other.bindValue(5, now);
            other.bindValue(6, u.id);
        }
        if (!q->exec()) {
            return Database::errorFrom(*q, u"update outbox"_s);
        }
        if (u.kind == OutboxUpdate::Kind::Accepted) {
            stamp.bindValue(0, now);
            stamp.bindValue(1, u.id);
            if (!stamp.exec()) {
                return Database::errorFrom(stamp, u"stamp last message"_s);
            }
        }
    }
    return {};
}

Result<int> Outbox::releaseClaimed(qint64 campaignId)
{
    int released = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        q.prepare(
            u"UPDATE messages SET state = 'pending', updated_at = ? WHERE campaign_id = ? AND state = 'claimed'"_s);
        q.addBindValue(nowSeconds());
        q.addBindValue(campaignId);
        if (!q.exec()) {
            return Database::errorFrom(q, u"release claimed"_s);
        }
        released = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return released;
}

Result<QList<OutboxRow>> Outbox::inDoubt(qint64 campaignId)
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, phone, body, segments, state, attempt_key, provider_id, attempts, submitted_at "
              "FROM messages WHERE campaign_id = ? AND state IN ('submitted', 'unknown') ORDER BY id"_s);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        return Database::errorFrom(q, u"rows in doubt"_s);
    }
    QList<OutboxRow> rows;
    while (q.next()) {
        OutboxRow row;
        row.id = q.value(0).toLongLong();
        row.campaignId = campaignId;
        row.phone = q.value(1).toString();
        row.body = q.value(2).toString();
        row.segments = q.value(3).toInt();
        row.state = q.value(4).toString();
        row.attemptKey = q.value(5).toString();
        row.providerId = q.value(6).toString();
        row.attempts = q.value(7).toInt();
        row.submittedAt = q.value(8).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<int> Outbox::cancelPending(qint64 campaignId)
{
    int cancelled = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE messages SET state = 'cancelled', finished_at = ?, updated_at = ? "
                  "WHERE campaign_id = ? AND state IN ('pending', 'claimed')"_s);
        const qint64 now = nowSeconds();
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(campaignId);
        if (!q.exec()) {
            return Database::errorFrom(q, u"cancel"_s);
        }
        cancelled = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return cancelled;
}

Result<OutboxCounts> Outbox::counts(qint64 campaignId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT state, count(*) FROM messages WHERE campaign_id = ? GROUP BY state"_s);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        return Database::errorFrom(q, u"count outbox"_s);
    }
    OutboxCounts counts;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        counts.set(q.value(0).toString(), n);
        counts.total += n;
    }
    return counts;
}

Result<QHash<QString, qint64>> Outbox::awaitingStatus(qint64 campaignId) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT provider_id, id FROM messages WHERE campaign_id = ? AND state IN ('accepted', 'sent') "
              "AND provider_id IS NOT NULL"_s);
    q.addBindValue(campaignId);
    if (!q.exec()) {
        return Database::errorFrom(q, u"awaiting status"_s);
    }
    QHash<QString, qint64> rows;
    while (q.next()) {
        rows.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return rows;
}

Result<int> Outbox::applyStatuses(
    const QHash<QString, qint64>& rowsByProviderId, const QList<ProviderMessage>& messages)
{
    int changed = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = nowSeconds();
        QSqlQuery q = m_database.query();
        // Only forward: a late page must not turn "delivered" back into "sent".
        q.prepare(
            u"UPDATE messages SET state = coalesce(?, state), provider_status = coalesce(?, ''), error_code = "
            u"coalesce(?, ''), "
            "price_micros = coalesce(?, price_micros), price_currency = coalesce(?, ''), "
            "sent_at = coalesce(sent_at, ?), delivered_at = CASE WHEN ? = 'delivered' THEN ? ELSE delivered_at END, "
            "finished_at = CASE WHEN ? IN ('delivered', 'undelivered', 'failed', 'cancelled') THEN ? "
            "ELSE finished_at END, status_checked_at = ?, updated_at = ? "
            "WHERE id = ? AND state IN ('accepted', 'sent')"_s);
        for (const ProviderMessage& m : messages) {
            const auto it = rowsByProviderId.constFind(m.id);
            if (it == rowsByProviderId.constEnd()) {
                continue;
            }
            const QString state = stateForProviderStatus(m.status);
            q.bindValue(0, state.isEmpty() ? QVariant() : QVariant(state));
            q.bindValue(1, m.status);
            q.bindValue(2, m.errorCode);
            q.bindValue(3, priceMicros(m.price));
            q.bindValue(4, m.priceUnit);
            q.bindValue(5, m.sentAt.isValid() ? QVariant(m.sentAt.toSecsSinceEpoch()) : QVariant());
            q.bindValue(6, state);
            q.bindValue(7, now);
            q.bindValue(8, state);
            q.bindValue(9, now);
            q.bindValue(10, now);
            q.bindValue(11, now);
            q.bindValue(12, it.value());
            if (!q.exec()) {
                return Database::errorFrom(q, u"apply statuses"_s);
            }
            if (!state.isEmpty() && state != u"accepted"_s) {
                changed += q.numRowsAffected();
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return changed;
}

namespace
{

// The rows of one account: the account the row names, else its campaign's, else the default.
const QString s_accountOfRow = u"coalesce(m.account_id, c.account_id, ?) = ?"_s;

OutboxRow oneOffRow(const QSqlQuery& q)
{
    OutboxRow row;
    row.id = q.value(0).toLongLong();
    row.phone = q.value(1).toString();
    row.body = q.value(2).toString();
    row.segments = q.value(3).toInt();
    row.state = q.value(4).toString();
    row.attemptKey = q.value(5).toString();
    row.providerId = q.value(6).toString();
    row.attempts = q.value(7).toInt();
    row.submittedAt = q.value(8).toLongLong();
    return row;
}

} // namespace

Result<Outbox::AwaitingStatus> Outbox::awaitingStatusOf(
    qint64 accountId, qint64 defaultAccountId, qint64 notBefore) const
{
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT m.provider_id, m.id, m.accepted_at FROM messages m "
              "LEFT JOIN campaigns c ON c.id = m.campaign_id "
              "WHERE m.state IN ('accepted', 'sent') AND m.provider_id IS NOT NULL AND m.provider_id <> '' "
              "AND coalesce(m.accepted_at, m.updated_at) >= ? AND %1"_s.arg(s_accountOfRow));
    q.addBindValue(notBefore);
    q.addBindValue(defaultAccountId);
    q.addBindValue(accountId);
    if (!q.exec()) {
        return Database::errorFrom(q, u"awaiting status"_s);
    }
    AwaitingStatus awaiting;
    while (q.next()) {
        awaiting.rowsByProviderId.insert(q.value(0).toString(), q.value(1).toLongLong());
        const qint64 accepted = q.value(2).isNull() ? notBefore : q.value(2).toLongLong();
        if (awaiting.oldestAcceptedAt == 0 || accepted < awaiting.oldestAcceptedAt) {
            awaiting.oldestAcceptedAt = accepted;
        }
    }
    return awaiting;
}

Result<int> Outbox::expireStatuses(qint64 accountId, qint64 defaultAccountId, qint64 notBefore)
{
    int expired = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = nowSeconds();
        QSqlQuery q = m_database.query();
        // Not "failed": the message may well have arrived; nobody will ever say (DESIGN §4).
        q.prepare(u"UPDATE messages SET state = 'unknown', error_code = 'status-expired', finished_at = ?, "
                  "updated_at = ? WHERE id IN (SELECT m.id FROM messages m LEFT JOIN campaigns c "
                  "ON c.id = m.campaign_id WHERE m.state IN ('accepted', 'sent') "
                  "AND coalesce(m.accepted_at, m.updated_at) < ? AND %1)"_s.arg(s_accountOfRow));
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(notBefore);
        q.addBindValue(defaultAccountId);
        q.addBindValue(accountId);
        if (!q.exec()) {
            return Database::errorFrom(q, u"expire statuses"_s);
        }
        expired = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return expired;
}

Result<QList<OutboxRow>> Outbox::claimOneOff(qint64 accountId, int limit)
{
    QList<OutboxRow> rows;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery select = m_database.query();
        select.prepare(u"SELECT id, phone, body, segments, state, attempt_key, provider_id, attempts, submitted_at "
                       "FROM messages WHERE campaign_id IS NULL AND account_id = ? AND state = 'pending' "
                       "ORDER BY id LIMIT ?"_s);
        select.addBindValue(accountId);
        select.addBindValue(limit);
        if (!select.exec()) {
            return Database::errorFrom(select, u"claim replies"_s);
        }
        while (select.next()) {
            OutboxRow row = oneOffRow(select);
            row.state = u"claimed"_s;
            row.attemptKey = newAttemptKey();
            rows.append(row);
        }
        select.finish();
        const qint64 now = nowSeconds();
        QSqlQuery update = m_database.query();
        update.prepare(u"UPDATE messages SET state = 'claimed', attempt_key = ?, claimed_at = ?, updated_at = ? "
                       "WHERE id = ? AND state = 'pending'"_s);
        for (const OutboxRow& row : std::as_const(rows)) {
            update.bindValue(0, row.attemptKey);
            update.bindValue(1, now);
            update.bindValue(2, now);
            update.bindValue(3, row.id);
            if (!update.exec()) {
                return Database::errorFrom(update, u"claim replies"_s);
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return rows;
}

Result<int> Outbox::releaseClaimedOneOff(qint64 accountId)
{
    int released = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE messages SET state = 'pending', updated_at = ? "
                  "WHERE campaign_id IS NULL AND account_id = ? AND state = 'claimed'"_s);
        q.addBindValue(nowSeconds());
        q.addBindValue(accountId);
        if (!q.exec()) {
            return Database::errorFrom(q, u"release claimed replies"_s);
        }
        released = q.numRowsAffected();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return released;
}

Result<QList<OutboxRow>> Outbox::oneOffInDoubt(qint64 accountId, qint64 notBefore) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, phone, body, segments, state, attempt_key, provider_id, attempts, submitted_at "
              "FROM messages WHERE campaign_id IS NULL AND account_id = ? AND state IN ('submitted', 'unknown') "
              "AND error_code <> 'status-expired' AND coalesce(submitted_at, 0) >= ? ORDER BY id"_s);
    q.addBindValue(accountId);
    q.addBindValue(notBefore);
    if (!q.exec()) {
        return Database::errorFrom(q, u"replies in doubt"_s);
    }
    QList<OutboxRow> rows;
    while (q.next()) {
        rows.append(oneOffRow(q));
    }
    return rows;
}

} // namespace Herald
