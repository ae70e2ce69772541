// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactEraser.h"

#include "Suppression.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QJsonObject rowToJson(const QSqlQuery& q)
{
    const QSqlRecord record = q.record();
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        const QVariant value = q.value(i);
        if (value.isNull()) {
            object.insert(name, QJsonValue::Null);
        } else if (name.endsWith(u"_at"_s) && value.canConvert<qint64>()) {
            object.insert(name, QDateTime::fromSecsSinceEpoch(value.toLongLong()).toUTC().toString(Qt::ISODate));
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            object.insert(name, value.toLongLong());
        } else if (value.typeId() == QMetaType::Double) {
            object.insert(name, value.toDouble());
        } else if (value.typeId() == QMetaType::QByteArray) {
            object.insert(name, QString::fromLatin1(value.toByteArray().toHex()));
        } else {
            object.insert(name, value.toString());
        }
    }
    return object;
}

Result<QJsonArray> rows(const Database& database, const QString& sql, const QVariantList& bindings)
{
    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return Database::errorFrom(q, sql);
    }
    for (const QVariant& value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, sql);
    }
    QJsonArray out;
    while (q.next()) {
        out.append(rowToJson(q));
    }
    return out;
}

} // namespace

ContactEraser::ContactEraser(Database& database)
    : m_database(database)
{
}

Result<QJsonObject> ContactEraser::exportPerson(qint64 contactId) const
{
    auto contact = rows(m_database, u"SELECT * FROM contacts WHERE id = ?"_s, {contactId});
    if (!contact) {
        return contact.error();
    }
    if (contact->isEmpty()) {
        return Error {tr("There is no contact with id %1.").arg(contactId)};
    }
    const QJsonObject person = contact->first().toObject();
    auto tags = rows(m_database,
        u"SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ? "
        "ORDER BY t.name"_s,
        {contactId});
    auto fields
        = rows(m_database, u"SELECT name, value FROM contact_fields WHERE contact_id = ? ORDER BY name"_s, {contactId});
    auto consent = rows(
        m_database, u"SELECT * FROM consent_events WHERE contact_id = ? ORDER BY occurred_at, id"_s, {contactId});
    const QString phone = person.value(u"phone"_s).toString();
    auto messages = rows(m_database,
        u"SELECT * FROM messages WHERE contact_id = ? OR phone = ? ORDER BY created_at, id"_s, {contactId, phone});
    auto inbound = rows(m_database,
        u"SELECT * FROM inbound WHERE contact_id = ? OR from_phone = ? ORDER BY received_at, id"_s, {contactId, phone});
    for (const auto* part : {&tags, &fields, &consent, &messages, &inbound}) {
        if (!part->ok()) {
            return part->error();
        }
    }
    QJsonArray tagNames;
    for (const QJsonValue& tag : tags.value()) {
        tagNames.append(tag.toObject().value(u"name"_s));
    }
    QJsonObject custom;
    for (const QJsonValue& field : fields.value()) {
        custom.insert(field.toObject().value(u"name"_s).toString(), field.toObject().value(u"value"_s));
    }
    auto suppressed = Suppression(m_database).isSuppressed(phone);
    return QJsonObject {
        {u"format"_s, u"herald-personal-data/1"_s},
        {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"contact"_s, person},
        {u"tags"_s, tagNames},
        {u"custom_fields"_s, custom},
        {u"consent_events"_s, consent.value()},
        {u"messages"_s, messages.value()},
        {u"inbound"_s, inbound.value()},
        {u"suppressed"_s, suppressed.ok() && suppressed.value()},
    };
}

Result<ContactEraser::Erasure> ContactEraser::erase(qint64 contactId)
{
    auto phone = m_database.scalar(u"SELECT phone FROM contacts WHERE id = ?"_s, {contactId});
    if (!phone) {
        return phone.error();
    }
    if (phone.value().isNull()) {
        return Error {tr("There is no contact with id %1.").arg(contactId)};
    }
    const QString number = phone.value().toString();
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        if (auto added = Suppression(m_database).add(number, u"erased"_s); !added) {
            return added;
        }
        const std::pair<QString, QVariantList> statements[] = {
            {u"DELETE FROM messages WHERE contact_id = ? OR phone = ?"_s, {contactId, number}},
            {u"DELETE FROM inbound WHERE contact_id = ? OR from_phone = ?"_s, {contactId, number}},
            // contact_fields, contact_tags and consent_events cascade; a trigger removes the
            // search entry.
            {u"DELETE FROM contacts WHERE id = ?"_s, {contactId}},
            // FTS5 keeps deleted terms in older index segments until they are merged: merge them
            // all, so that with secure_delete the old pages are zeroed.
            {u"INSERT INTO contacts_fts (contacts_fts) VALUES ('optimize')"_s, {}},
        };
        for (const auto& [sql, bindings] : statements) {
            if (auto result = m_database.scalar(sql, bindings); !result) {
                return result.error();
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    Erasure erasure;
    QSqlQuery q = m_database.query();
    if (q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next()) {
        erasure.walTruncated = q.value(0).toInt() == 0;
    }
    return erasure;
}

} // namespace Herald
