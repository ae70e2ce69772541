// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentRepository.h"

#include "SegmentJson.h"
#include "SegmentQuery.h"
#include "contacts/ContactRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QString s_columns = u"id, name, description, rules, builtin, created_at, updated_at"_s;
const QString s_builtinMetaKey = u"builtin_segments"_s;

Segment readSegment(const QSqlQuery& q)
{
    Segment s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.description = q.value(2).toString();
    auto rules = SegmentJson::parse(q.value(3).toString().toUtf8());
    if (rules) {
        s.rules = std::move(rules).value();
    } else {
        s.rules = SegmentRule::group(SegmentMatch::All);
        s.rulesError = rules.errorMessage();
    }
    s.builtin = q.value(4).toBool();
    s.createdAt = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    s.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return s;
}

QDateTime orNow(const QDateTime& now)
{
    return now.isValid() ? now : QDateTime::currentDateTime();
}

} // namespace

SegmentRepository::SegmentRepository(Database& database)
    : m_database(database)
{
}

Result<QList<Segment>> SegmentRepository::list() const
{
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM segments ORDER BY builtin DESC, CASE WHEN builtin THEN id END, "
                "name COLLATE NOCASE, id"_s.arg(s_columns))) {
        return Database::errorFrom(q, u"list segments"_s);
    }
    QList<Segment> segments;
    while (q.next()) {
        segments.append(readSegment(q));
    }
    return segments;
}

Result<Segment> SegmentRepository::find(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT %1 FROM segments WHERE id = ?"_s.arg(s_columns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"find segment"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no segment with id %1.").arg(id)};
    }
    return readSegment(q);
}

namespace
{

// The checks insert and update share: a name, free, and rules that compile.
Result<QString> checkSegment(const Database& database, const Segment& segment, qint64 ownId)
{
    const QString name = segment.name.trimmed();
    if (name.isEmpty()) {
        return Error {SegmentRepository::tr("A segment needs a name.")};
    }
    auto taken = database.scalar(u"SELECT count(*) FROM segments WHERE name = ? AND id <> ?"_s, {name, ownId});
    if (!taken) {
        return taken.error();
    }
    if (taken.value().toLongLong() > 0) {
        return Error {SegmentRepository::tr("A segment named “%1” already exists.").arg(name)};
    }
    if (auto valid = SegmentQuery::validate(segment.rules); !valid) {
        return valid.error();
    }
    return name;
}

} // namespace

Result<qint64> SegmentRepository::insert(const Segment& segment)
{
    auto name = checkSegment(m_database, segment, 0);
    if (!name) {
        return name.error();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO segments (name, description, rules, builtin, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(name.value());
    q.addBindValue(segment.description.isNull() ? u""_s : segment.description);
    q.addBindValue(QString::fromUtf8(SegmentJson::serialize(segment.rules)));
    q.addBindValue(segment.builtin ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        return Database::errorFrom(q, u"insert segment"_s);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> SegmentRepository::update(const Segment& segment)
{
    auto existing = find(segment.id);
    if (!existing) {
        return existing.error();
    }
    if (existing.value().builtin) {
        return Error {tr("“%1” is a built-in segment and cannot be changed. Duplicate it to make your own version.")
                          .arg(existing.value().name)};
    }
    auto name = checkSegment(m_database, segment, segment.id);
    if (!name) {
        return name.error();
    }
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE segments SET name = ?, description = ?, rules = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(name.value());
    q.addBindValue(segment.description.isNull() ? u""_s : segment.description);
    q.addBindValue(QString::fromUtf8(SegmentJson::serialize(segment.rules)));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(segment.id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"update segment"_s);
    }
    return {};
}

Result<void> SegmentRepository::remove(qint64 id)
{
    auto existing = find(id);
    if (!existing) {
        return existing.error();
    }
    if (existing.value().builtin) {
        return Error {tr("“%1” is a built-in segment and cannot be deleted.").arg(existing.value().name)};
    }
    auto campaigns = m_database.scalar(u"SELECT count(*) FROM campaign_segments WHERE segment_id = ?"_s, {id});
    if (!campaigns) {
        return campaigns.error();
    }
    if (const qint64 n = campaigns.value().toLongLong(); n > 0) {
        return Error {tr("“%1” is the audience of %n campaign(s) and cannot be deleted.", nullptr, int(n))
                          .arg(existing.value().name)};
    }
    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM segments WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"delete segment"_s);
    }
    return {};
}

Result<qint64> SegmentRepository::duplicate(qint64 id, const QString& newName)
{
    auto original = find(id);
    if (!original) {
        return original.error();
    }
    if (!original.value().rulesError.isEmpty()) {
        return Error {original.value().rulesError};
    }
    Segment copy = original.value();
    copy.id = 0;
    copy.builtin = false;
    copy.name = newName.trimmed();
    for (int n = 1; copy.name.isEmpty(); ++n) {
        const QString candidate = n == 1 ? tr("%1 (copy)").arg(original.value().name)
                                         : tr("%1 (copy %2)").arg(original.value().name).arg(n);
        auto taken = m_database.scalar(u"SELECT count(*) FROM segments WHERE name = ?"_s, {candidate});
        if (!taken) {
            return taken.error();
        }
        if (taken.value().toLongLong() == 0) {
            copy.name = candidate;
        }
    }
    return insert(copy);
}

Result<qint64> SegmentRepository::count(const SegmentRule& rules, const QDateTime& now) const
{
    auto sql = SegmentQuery::compile(rules, orNow(now));
    if (!sql) {
        return sql.error();
    }
    auto n
        = m_database.scalar(u"SELECT count(*) FROM contacts c WHERE %1"_s.arg(sql.value().where), sql.value().bindings);
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

Result<qint64> SegmentRepository::count(qint64 segmentId, const QDateTime& now) const
{
    auto segment = find(segmentId);
    if (!segment) {
        return segment.error();
    }
    if (!segment.value().rulesError.isEmpty()) {
        return Error {segment.value().rulesError};
    }
    return count(segment.value().rules, now);
}

Result<QList<qint64>> SegmentRepository::previewIds(const SegmentRule& rules, int limit, const QDateTime& now) const
{
    auto sql = SegmentQuery::compile(rules, orNow(now));
    if (!sql) {
        return sql.error();
    }
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT c.id FROM contacts c WHERE %1 ORDER BY c.id LIMIT ?"_s.arg(sql.value().where))) {
        return Database::errorFrom(q, u"segment preview"_s);
    }
    for (const QVariant& value : sql.value().bindings) {
        q.addBindValue(value);
    }
    q.addBindValue(qMax(0, limit));
    if (!q.exec()) {
        return Database::errorFrom(q, u"segment preview"_s);
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    return ids;
}

Result<QList<Contact>> SegmentRepository::preview(const SegmentRule& rules, int limit, const QDateTime& now) const
{
    auto ids = previewIds(rules, limit, now);
    if (!ids) {
        return ids.error();
    }
    ContactRepository contacts(m_database);
    QList<Contact> result;
    for (const qint64 id : ids.value()) {
        auto contact = contacts.find(id);
        if (!contact) {
            return contact.error();
        }
        result.append(std::move(contact).value());
    }
    return result;
}

QList<Segment> SegmentRepository::builtinSegments()
{
    using F = SegmentField;
    using O = SegmentOperator;
    auto one = [](F field, O op, const QJsonValue& value = QJsonValue()) {
        return SegmentRule::group(SegmentMatch::All, {SegmentRule::condition(field, op, value)});
    };
    auto segment = [](const QString& name, const QString& description, const SegmentRule& rules) {
        Segment s;
        s.name = name;
        s.description = description;
        s.rules = rules;
        s.builtin = true;
        return s;
    };
    return {
        segment(tr("All opted-in"), tr("Everyone who agreed to marketing messages and has not opted out."),
            one(F::Consent, O::Is, u"opted_in"_s)),
        segment(tr("New subscribers (last 7 days)"), tr("Opted in to marketing messages in the last 7 days."),
            one(F::OptedIn, O::WithinDays, 7)),
        segment(tr("Birthday this month"), tr("Contacts whose birthday falls in the current month."),
            one(F::Birthday, O::ThisMonth)),
        // A fixed threshold rather than "the top 10%": the owner can see at once why a
        // customer is in it, and the audience does not shift when others buy.
        segment(tr("VIP (top spenders)"), tr("Customers who have spent 1,000 or more in total."),
            one(F::TotalSpent, O::GreaterOrEqual, 1000)),
        segment(tr("Not messaged in 30 days"),
            tr("Contacts we have not sent a message to in the last 30 days, including those never messaged."),
            one(F::LastMessage, O::NotWithinDays, 30)),
        segment(tr("Lapsed customers (no order in 90 days)"),
            tr("Customers who ordered before, but not in the last 90 days."),
            one(F::LastOrder, O::MoreThanDaysAgo, 90)),
        segment(tr("Replied recently"), tr("Contacts who sent us a message in the last 14 days."),
            one(F::LastReply, O::WithinDays, 14)),
    };
}

Result<int> SegmentRepository::addBuiltinSegments()
{
    int added = 0;
    auto body = [this, &added]() -> Result<void> {
        auto done = m_database.scalar(u"SELECT count(*) FROM workspace_meta WHERE key = ?"_s, {s_builtinMetaKey});
        if (!done) {
            return done.error();
        }
        if (done.value().toLongLong() > 0) {
            return {};
        }
        for (const Segment& segment : builtinSegments()) {
            // A segment of the user's with the same name wins; the built-in is skipped.
            auto taken = m_database.scalar(u"SELECT count(*) FROM segments WHERE name = ?"_s, {segment.name});
            if (!taken) {
                return taken.error();
            }
            if (taken.value().toLongLong() > 0) {
                continue;
            }
            auto id = insert(segment);
            if (!id) {
                return id.error();
            }
            ++added;
        }
        QSqlQuery q = m_database.query();
        q.prepare(u"INSERT INTO workspace_meta (key, value) VALUES (?, '1')"_s);
        q.addBindValue(s_builtinMetaKey);
        if (!q.exec()) {
            return Database::errorFrom(q, u"remember built-in segments"_s);
        }
        return {};
    };
    auto result = m_database.inTransaction() ? body() : m_database.writeTransaction(body);
    if (!result) {
        return result.error();
    }
    return added;
}

QStringList SegmentRepository::segmentIndexes()
{
    // None beyond schema version 1: counts read contacts in one pass, and only birthday windows
    // use an index (contacts_birthday, already there); see SegmentQuery's index policy for why
    // indexes on country, language, consent or amounts would make counts slower, not faster.
    return {};
}

} // namespace Herald
