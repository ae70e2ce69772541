// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactExporter.h"

#include "ColumnMapping.h"
#include "CsvWriter.h"
#include "ImportValues.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QDateTime fromEpoch(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

bool bindAll(QSqlQuery& q, const QVariantList& bindings)
{
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        q.bindValue(int(i), bindings.at(i));
    }
    return q.exec();
}

} // namespace

ContactExporter::ContactExporter(const Database& database)
    : m_database(database)
{
}

Result<qint64> ContactExporter::exportCsv(const QString& path, const QString& where, const QVariantList& bindings,
    const std::function<void(qint64)>& progress, std::atomic<bool>* cancel) const
{
    const QString filter = where.trimmed().isEmpty() ? QString() : u" WHERE (%1)"_s.arg(where);

    // The custom fields of the exported contacts, one column each, by name.
    QSqlQuery names = m_database.query();
    names.setForwardOnly(true);
    const QString namesSql = filter.isEmpty()
        ? u"SELECT DISTINCT name FROM contact_fields ORDER BY name"_s
        : u"SELECT DISTINCT f.name FROM contact_fields f JOIN contacts c ON c.id = f.contact_id%1 ORDER BY f.name"_s
              .arg(filter);
    if (!names.prepare(namesSql) || !bindAll(names, bindings)) {
        return Database::errorFrom(names, namesSql);
    }
    QStringList custom;
    QHash<QString, int> customIndex;
    while (names.next()) {
        customIndex.insert(names.value(0).toString(), int(custom.size()));
        custom.append(names.value(0).toString());
    }
    names.finish();

    QSqlQuery contacts = m_database.query();
    contacts.setForwardOnly(true);
    const QString contactsSql
        = u"SELECT c.id, c.phone, c.first_name, c.last_name, c.email, c.country, c.city, c.language, c.time_zone, "
          "c.birthday_year, c.birthday_month, c.birthday_day, c.total_spent_micros, c.currency, c.orders_count, "
          "c.last_order_at, c.marketing_consent, c.consent_changed_at, "
          "(SELECT group_concat(t.name, char(31)) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
          " WHERE ct.contact_id = c.id) FROM contacts c%1 ORDER BY c.id"_s.arg(filter);
    if (!contacts.prepare(contactsSql) || !bindAll(contacts, bindings)) {
        return Database::errorFrom(contacts, contactsSql);
    }
    QSqlQuery fields = m_database.query();
    fields.setForwardOnly(true);
    const QString fieldsSql = filter.isEmpty()
        ? u"SELECT contact_id, name, value FROM contact_fields ORDER BY contact_id"_s
        : u"SELECT f.contact_id, f.name, f.value FROM contact_fields f JOIN contacts c ON c.id = f.contact_id%1 "
          "ORDER BY f.contact_id"_s.arg(filter);
    if (!fields.prepare(fieldsSql) || !bindAll(fields, bindings)) {
        return Database::errorFrom(fields, fieldsSql);
    }
    bool fieldsLeft = fields.next();

    CsvWriter writer(path);
    if (auto done = writer.open(); !done) {
        return done.error();
    }
    if (auto done = writer.writeRow(ColumnMapping::heraldColumns() + custom); !done) {
        return done.error();
    }
    qint64 written = 0;
    QStringList row;
    while (contacts.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            writer.cancel();
            return Error {tr("The export was cancelled.")};
        }
        const qint64 id = contacts.value(0).toLongLong();
        const QString consent = contacts.value(16).toString();
        QStringList tags = contacts.value(18).toString().split(QChar(31), Qt::SkipEmptyParts);
        std::sort(tags.begin(), tags.end(),
            [](const QString& a, const QString& b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
        row = {
            contacts.value(1).toString(),
            contacts.value(2).toString(),
            contacts.value(3).toString(),
            contacts.value(4).toString(),
            contacts.value(5).toString(),
            contacts.value(6).toString(),
            contacts.value(7).toString(),
            contacts.value(8).toString(),
            ImportValues::formatBirthday(
                contacts.value(9).toInt(), contacts.value(10).toInt(), contacts.value(11).toInt()),
            ImportValues::formatMoney(contacts.value(12).toLongLong()),
            contacts.value(13).toString(),
            QString::number(contacts.value(14).toInt()),
            ImportValues::formatDateTime(fromEpoch(contacts.value(15))),
            consent == u"opted_in"_s ? u"yes"_s : (consent == u"opted_out"_s ? u"no"_s : QString()),
            consent == u"unknown"_s ? QString() : ImportValues::formatDateTime(fromEpoch(contacts.value(17))),
            tags.join(u", "_s),
        };
        QStringList values(custom.size());
        while (fieldsLeft && fields.value(0).toLongLong() <= id) {
            if (fields.value(0).toLongLong() == id) {
                values[customIndex.value(fields.value(1).toString())] = fields.value(2).toString();
            }
            fieldsLeft = fields.next();
        }
        if (auto done = writer.writeRow(row + values); !done) {
            return done.error();
        }
        ++written;
        if (progress && written % 10000 == 0) {
            progress(written);
        }
    }
    if (contacts.lastError().isValid()) {
        return Database::errorFrom(contacts, contactsSql);
    }
    if (auto done = writer.commit(); !done) {
        return done.error();
    }
    if (progress) {
        progress(written);
    }
    return written;
}

} // namespace Herald
