// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactRepository.h"

#include "Suppression.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

QString consentToStorage(MarketingConsent consent)
{
    switch (consent) {
    case MarketingConsent::OptedIn:
        return u"opted_in"_s;
    case MarketingConsent::OptedOut:
        return u"opted_out"_s;
    case MarketingConsent::Unknown:
        break;
    }
    return u"unknown"_s;
}

MarketingConsent consentFromStorage(const QString& text)
{
    if (text == u"opted_in"_s) {
        return MarketingConsent::OptedIn;
    }
    if (text == u"opted_out"_s) {
        return MarketingConsent::OptedOut;
    }
    return MarketingConsent::Unknown;
}

QString Contact::displayName() const
{
    // Chinese, Japanese and Korean names put the family name first, without a space.
    static const QStringList familyFirst = {u"zh"_s, u"ja"_s, u"ko"_s};
    const bool cjk = familyFirst.contains(language.left(2));
    const QString name = cjk ? (lastName + firstName).trimmed() : u"%1 %2"_s.arg(firstName, lastName).trimmed();
    return name.isEmpty() ? phone : name;
}

namespace
{

QVariant nullable(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullable(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromEpoch(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// Runs body in a write transaction, or inside the caller's.
Result<void> inWriteTransaction(Database& database, const std::function<Result<void>()>& body)
{
    return database.inTransaction() ? body() : database.writeTransaction(body);
}

Result<qint64> execCounting(Database& database, const QString& sql, const QVariantList& bindings, const QString& what)
{
    QSqlQuery q = database.query();
    if (!q.prepare(sql)) {
        return Database::errorFrom(q, what);
    }
    for (const QVariant& value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, what);
    }
    return qint64(q.numRowsAffected());
}

QString cleanTag(const QString& tag)
{
    // Tags are stored without commas: the list shows and exports them comma-separated.
    return tag.simplified().remove(u',');
}

const QString s_columns
    = u"c.id, c.phone, c.phone_type, c.first_name, c.last_name, c.email, c.country, c.city, c.language, "
      "c.time_zone, c.birthday_year, c.birthday_month, c.birthday_day, c.total_spent_micros, c.currency, "
      "c.orders_count, c.last_order_at, c.marketing_consent, c.consent_changed_at, c.source, c.created_at, "
      "(SELECT group_concat(t.name, ',') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
      " WHERE ct.contact_id = c.id)"_s;

Contact readContact(const QSqlQuery& q)
{
    Contact c;
    c.id = q.value(0).toLongLong();
    c.phone = q.value(1).toString();
    c.phoneType = q.value(2).toString();
    c.firstName = q.value(3).toString();
    c.lastName = q.value(4).toString();
    c.email = q.value(5).toString();
    c.country = q.value(6).toString();
    c.city = q.value(7).toString();
    c.language = q.value(8).toString();
    c.timeZone = q.value(9).toString();
    c.birthdayYear = q.value(10).toInt();
    c.birthdayMonth = q.value(11).toInt();
    c.birthdayDay = q.value(12).toInt();
    c.totalSpentMicros = q.value(13).toLongLong();
    c.currency = q.value(14).toString();
    c.ordersCount = q.value(15).toInt();
    c.lastOrderAt = fromEpoch(q.value(16));
    c.marketingConsent = consentFromStorage(q.value(17).toString());
    c.consentChangedAt = fromEpoch(q.value(18));
    c.source = q.value(19).toString();
    c.createdAt = fromEpoch(q.value(20));
    const QString tags = q.value(21).toString();
    c.tags = tags.isEmpty() ? QStringList() : tags.split(u',');
    return c;
}

} // namespace

ContactRepository::ContactRepository(Database& database)
    : m_database(database)
{
}

Result<qint64> ContactRepository::count() const
{
    auto n = m_database.scalar(u"SELECT count(*) FROM contacts"_s);
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

Result<QList<Contact>> ContactRepository::page(qint64 afterId, int limit) const
{
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM contacts c WHERE c.id > ? ORDER BY c.id LIMIT ?"_s.arg(s_columns));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::errorFrom(q, u"contacts page"_s);
    }
    QList<Contact> contacts;
    contacts.reserve(limit);
    while (q.next()) {
        contacts.append(readContact(q));
    }
    return contacts;
}

Result<Contact> ContactRepository::find(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT %1 FROM contacts c WHERE c.id = ?"_s.arg(s_columns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"contact"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no contact with id %1.").arg(id)};
    }
    return readContact(q);
}

Result<QList<Contact>> ContactRepository::findMany(const QList<qint64>& ids) const
{
    QList<Contact> contacts;
    if (ids.isEmpty()) {
        return contacts;
    }
    // The ids are integers from our own queries, so they can stand in the SQL text.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        list << QString::number(id);
    }
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM contacts c WHERE c.id IN (%2)"_s.arg(s_columns, list.join(u',')))) {
        return Database::errorFrom(q, u"contacts"_s);
    }
    QHash<qint64, Contact> byId;
    while (q.next()) {
        Contact c = readContact(q);
        byId.insert(c.id, c);
    }
    contacts.reserve(ids.size());
    for (qint64 id : ids) {
        if (byId.contains(id)) {
            contacts.append(byId.value(id));
        }
    }
    return contacts;
}

Result<qint64> ContactRepository::insert(const Contact& c)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO contacts (phone, phone_type, first_name, last_name, email, country, city, language, "
              "time_zone, birthday_year, birthday_month, birthday_day, total_spent_micros, currency, orders_count, "
              "last_order_at, marketing_consent, consent_changed_at, source, created_at, updated_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.phone);
    q.addBindValue(c.phoneType.isEmpty() ? u"unknown"_s : c.phoneType);
    q.addBindValue(Database::text(c.firstName));
    q.addBindValue(Database::text(c.lastName));
    q.addBindValue(Database::text(c.email));
    q.addBindValue(Database::text(c.country));
    q.addBindValue(Database::text(c.city));
    q.addBindValue(Database::text(c.language));
    q.addBindValue(Database::text(c.timeZone));
    q.addBindValue(nullable(c.birthdayYear));
    q.addBindValue(nullable(c.birthdayMonth));
    q.addBindValue(nullable(c.birthdayDay));
    q.addBindValue(c.totalSpentMicros);
    q.addBindValue(Database::text(c.currency));
    q.addBindValue(c.ordersCount);
    q.addBindValue(nullable(c.lastOrderAt));
    q.addBindValue(consentToStorage(c.marketingConsent));
    q.addBindValue(nullable(c.consentChangedAt));
    q.addBindValue(Database::text(c.source));
    q.addBindValue(c.createdAt.isValid() ? c.createdAt.toSecsSinceEpoch() : now);
    q.addBindValue(now);
    if (!q.exec()) {
        return Database::errorFrom(q, u"insert contact"_s);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> ContactRepository::addTag(qint64 contactId, const QString& tag)
{
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s);
    q.addBindValue(tag.trimmed());
    if (!q.exec()) {
        return Database::errorFrom(q, u"insert tag"_s);
    }
    q.prepare(u"INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) "
              "SELECT ?, id FROM tags WHERE name = ?"_s);
    q.addBindValue(contactId);
    q.addBindValue(tag.trimmed());
    if (!q.exec()) {
        return Database::errorFrom(q, u"tag contact"_s);
    }
    return {};
}

Result<void> ContactRepository::recordConsent(qint64 contactId, const ConsentEvent& event)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 occurred = event.occurredAt.isValid() ? event.occurredAt.toSecsSinceEpoch() : now;
    const bool optIn = event.action == ConsentEvent::Action::OptIn;
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, wording, "
              "evidence, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(contactId);
    q.addBindValue(Database::text(event.purpose));
    q.addBindValue(optIn ? u"opt_in"_s : u"opt_out"_s);
    q.addBindValue(occurred);
    q.addBindValue(Database::text(event.method));
    q.addBindValue(Database::text(event.source));
    q.addBindValue(Database::text(event.wording));
    q.addBindValue(Database::text(event.evidence));
    q.addBindValue(now);
    if (!q.exec()) {
        return Database::errorFrom(q, u"record consent"_s);
    }
    if (event.purpose != u"marketing"_s) {
        return {};
    }
    // The contact's current state follows the latest event by occurrence time.
    q.prepare(u"UPDATE contacts SET marketing_consent = ?, consent_changed_at = ?, updated_at = ? "
              "WHERE id = ? AND (consent_changed_at IS NULL OR consent_changed_at <= ?)"_s);
    q.addBindValue(optIn ? u"opted_in"_s : u"opted_out"_s);
    q.addBindValue(occurred);
    q.addBindValue(now);
    q.addBindValue(contactId);
    q.addBindValue(occurred);
    if (!q.exec()) {
        return Database::errorFrom(q, u"update consent"_s);
    }
    return {};
}

Result<qint64> ContactRepository::idByPhone(const QString& e164) const
{
    auto id = m_database.scalar(u"SELECT id FROM contacts WHERE phone = ?"_s, {e164});
    if (!id) {
        return id.error();
    }
    return id.value().isNull() ? 0 : id.value().toLongLong();
}

Result<void> ContactRepository::update(const Contact& c)
{
    if (c.phone.isEmpty()) {
        return Error {tr("A contact needs a phone number.")};
    }
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT phone, marketing_consent FROM contacts WHERE id = ?"_s);
    q.addBindValue(c.id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"contact"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no contact with id %1.").arg(c.id)};
    }
    const QString oldPhone = q.value(0).toString();
    const bool optedOut = q.value(1).toString() == u"opted_out"_s;
    q.finish();
    if (oldPhone != c.phone) {
        auto other = idByPhone(c.phone);
        if (!other) {
            return other.error();
        }
        if (other.value() != 0 && other.value() != c.id) {
            return Error {tr("Another contact already has the number %1.").arg(c.phone)};
        }
    }
    return inWriteTransaction(m_database, [&]() -> Result<void> {
        if (oldPhone != c.phone && optedOut) {
            if (auto kept = Suppression(m_database).add(oldPhone, u"opted_out"_s, u"number changed"_s); !kept) {
                return kept;
            }
        }
        QSqlQuery u = m_database.query();
        u.prepare(u"UPDATE contacts SET phone = ?, phone_type = ?, first_name = ?, last_name = ?, email = ?, "
                  "country = ?, city = ?, language = ?, time_zone = ?, birthday_year = ?, birthday_month = ?, "
                  "birthday_day = ?, updated_at = ? WHERE id = ?"_s);
        u.addBindValue(c.phone);
        u.addBindValue(c.phoneType.isEmpty() ? u"unknown"_s : c.phoneType);
        u.addBindValue(Database::text(c.firstName.trimmed()));
        u.addBindValue(Database::text(c.lastName.trimmed()));
        u.addBindValue(Database::text(c.email.trimmed()));
        u.addBindValue(Database::text(c.country));
        u.addBindValue(Database::text(c.city.trimmed()));
        u.addBindValue(Database::text(c.language));
        u.addBindValue(Database::text(c.timeZone));
        u.addBindValue(nullable(c.birthdayMonth > 0 ? c.birthdayYear : 0));
        u.addBindValue(nullable(c.birthdayMonth));
        u.addBindValue(nullable(c.birthdayMonth > 0 ? c.birthdayDay : 0));
        u.addBindValue(QDateTime::currentSecsSinceEpoch());
        u.addBindValue(c.id);
        if (!u.exec()) {
            return Database::errorFrom(u, u"update contact"_s);
        }
        return {};
    });
}

Result<QStringList> ContactRepository::tagNames() const
{
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name FROM tags ORDER BY name COLLATE NOCASE"_s)) {
        return Database::errorFrom(q, u"tags"_s);
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
    }
    return names;
}

Result<void> ContactRepository::setTags(qint64 contactId, const QStringList& tags)
{
    QStringList wanted;
    for (const QString& tag : tags) {
        const QString clean = cleanTag(tag);
        if (!clean.isEmpty() && !wanted.contains(clean, Qt::CaseInsensitive)) {
            wanted << clean;
        }
    }
    return inWriteTransaction(m_database, [&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        q.prepare(u"SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ?"_s);
        q.addBindValue(contactId);
        if (!q.exec()) {
            return Database::errorFrom(q, u"contact tags"_s);
        }
        QStringList current;
        while (q.next()) {
            current << q.value(0).toString();
        }
        q.finish();
        for (const QString& tag : std::as_const(current)) {
            if (!wanted.contains(tag, Qt::CaseInsensitive)) {
                auto removed = execCounting(m_database,
                    u"DELETE FROM contact_tags WHERE contact_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)"_s,
                    {contactId, tag}, u"untag contact"_s);
                if (!removed) {
                    return removed.error();
                }
            }
        }
        for (const QString& tag : std::as_const(wanted)) {
            if (!current.contains(tag, Qt::CaseInsensitive)) {
                if (auto added = addTag(contactId, tag); !added) {
                    return added;
                }
            }
        }
        return {};
    });
}

Result<void> ContactRepository::setCustomFields(qint64 contactId, const QHash<QString, QString>& fields)
{
    return inWriteTransaction(m_database, [&]() -> Result<void> {
        auto cleared = execCounting(
            m_database, u"DELETE FROM contact_fields WHERE contact_id = ?"_s, {contactId}, u"custom fields"_s);
        if (!cleared) {
            return cleared.error();
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString name = it.key().trimmed();
            const QString value = it.value().trimmed();
            if (name.isEmpty() || value.isEmpty()) {
                continue;
            }
            auto added = execCounting(m_database,
                u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, ?, ?) "
                "ON CONFLICT (contact_id, name) DO UPDATE SET value = excluded.value"_s,
                {contactId, name, value}, u"custom field"_s);
            if (!added) {
                return added.error();
            }
        }
        return {};
    });
}

QString ContactRepository::idsWhere(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        return u"0"_s;
    }
    // Integers only, so they can stand in the SQL text.
    QStringList list;
    list.reserve(ids.size());
    for (qint64 id : ids) {
        list << QString::number(id);
    }
    return u"c.id IN (%1)"_s.arg(list.join(u','));
}

Result<qint64> ContactRepository::countWhere(const QString& where, const QVariantList& bindings) const
{
    auto n = m_database.scalar(
        u"SELECT count(*) FROM contacts c WHERE %1"_s.arg(where.trimmed().isEmpty() ? u"1"_s : where), bindings);
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

Result<qint64> ContactRepository::addTagWhere(const QString& tag, const QString& where, const QVariantList& bindings)
{
    const QString name = cleanTag(tag);
    if (name.isEmpty()) {
        return Error {tr("Type the name of a tag.")};
    }
    qint64 tagged = 0;
    auto done = inWriteTransaction(m_database, [&]() -> Result<void> {
        auto created = execCounting(
            m_database, u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s, {name}, u"insert tag"_s);
        if (!created) {
            return created.error();
        }
        QVariantList values {name};
        values += bindings;
        auto n = execCounting(m_database,
            u"INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) "
            "SELECT c.id, (SELECT id FROM tags WHERE name = ?) FROM contacts c WHERE %1"_s.arg(
                where.trimmed().isEmpty() ? u"1"_s : where),
            values, u"tag contacts"_s);
        if (!n) {
            return n.error();
        }
        tagged = n.value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return tagged;
}

Result<qint64> ContactRepository::removeTagWhere(const QString& tag, const QString& where, const QVariantList& bindings)
{
    const QString name = cleanTag(tag);
    if (name.isEmpty()) {
        return Error {tr("Type the name of a tag.")};
    }
    qint64 untagged = 0;
    auto done = inWriteTransaction(m_database, [&]() -> Result<void> {
        QVariantList values {name};
        values += bindings;
        auto n = execCounting(m_database,
            u"DELETE FROM contact_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?) "
            "AND contact_id IN (SELECT c.id FROM contacts c WHERE %1)"_s.arg(
                where.trimmed().isEmpty() ? u"1"_s : where),
            values, u"untag contacts"_s);
        if (!n) {
            return n.error();
        }
        untagged = n.value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return untagged;
}

Result<qint64> ContactRepository::deleteWhere(const QString& where, const QVariantList& bindings)
{
    const QString condition = where.trimmed().isEmpty() ? u"1"_s : where;
    qint64 deleted = 0;
    auto done = inWriteTransaction(m_database, [&]() -> Result<void> {
        // Opted-out numbers go to the suppression list before their contacts go.
        const Suppression suppression(m_database);
        auto key = suppression.key();
        if (!key) {
            return key.error();
        }
        QSqlQuery phones = m_database.query();
        phones.setForwardOnly(true);
        const QString phonesSql
            = u"SELECT c.phone FROM contacts c WHERE (%1) AND c.marketing_consent = 'opted_out'"_s.arg(condition);
        if (!phones.prepare(phonesSql)) {
            return Database::errorFrom(phones, phonesSql);
        }
        for (const QVariant& value : bindings) {
            phones.addBindValue(value);
        }
        if (!phones.exec()) {
            return Database::errorFrom(phones, phonesSql);
        }
        QList<QByteArray> hashes;
        while (phones.next()) {
            hashes << Suppression::hash(key.value(), phones.value(0).toString());
        }
        phones.finish();
        QSqlQuery suppress = m_database.query();
        suppress.prepare(u"INSERT INTO suppression (phone_hash, reason, source, created_at) "
                         "VALUES (?, 'opted_out', 'deleted contact', ?) ON CONFLICT (phone_hash) DO NOTHING"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const QByteArray& hash : std::as_const(hashes)) {
            suppress.bindValue(0, hash);
            suppress.bindValue(1, now);
            if (!suppress.exec()) {
                return Database::errorFrom(suppress, u"suppression"_s);
            }
        }
        // Tags, custom fields and the consent ledger cascade; a trigger removes the search entry.
        auto n = execCounting(m_database,
            u"DELETE FROM contacts WHERE id IN (SELECT c.id FROM contacts c WHERE %1)"_s.arg(condition), bindings,
            u"delete contacts"_s);
        if (!n) {
            return n.error();
        }
        deleted = n.value();
        return {};
    });
    if (!done) {
        return done.error();
    }
    return deleted;
}

} // namespace Herald
