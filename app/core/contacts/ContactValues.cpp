// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactValues.h"

#include "sms/MessageTemplate.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// The country as the recipient writes it ("Polska", "România"), not in the user's language.
QString countryName(const Contact& contact)
{
    if (contact.country.isEmpty()) {
        return {};
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(contact.country);
    const QLocale locale(QLocale(contact.language).language(), territory);
    const QString native = locale.territory() == territory ? locale.nativeTerritoryName() : QString();
    return native.isEmpty() ? QLocale::territoryToString(territory) : native;
}

} // namespace

QHash<QString, QString> ContactValues::forContact(
    const Contact& contact, const QString& shopName, const QHash<QString, QString>& customFields)
{
    QHash<QString, QString> values {
        {u"first_name"_s, contact.firstName},
        {u"last_name"_s, contact.lastName},
        {u"phone"_s, contact.phone},
        {u"email"_s, contact.email},
        {u"city"_s, contact.city},
        {u"country"_s, countryName(contact)},
        {u"shop"_s, shopName},
    };
    for (auto it = customFields.begin(); it != customFields.end(); ++it) {
        values.insert(MessageTemplate::customFieldKey(it.key()), it.value());
    }
    return values;
}

QHash<QString, QString> ContactValues::customFields(const Database& database, qint64 contactId)
{
    QHash<QString, QString> fields;
    QSqlQuery q = database.query();
    q.prepare(u"SELECT name, value FROM contact_fields WHERE contact_id = ?"_s);
    q.addBindValue(contactId);
    if (q.exec()) {
        while (q.next()) {
            fields.insert(q.value(0).toString(), q.value(1).toString());
        }
    }
    return fields;
}

} // namespace Herald
