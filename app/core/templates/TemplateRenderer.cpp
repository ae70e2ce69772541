// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateRenderer.h"

#include "contacts/Contact.h"
#include "sms/MessageTemplate.h"
#include "sms/OptOutFooter.h"
#include "sms/SmsCounter.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

Result<QString> TemplateRenderer::render(
    const Template& t, const QHash<QString, QString>& values, QStringView footerLanguage)
{
    return renderWithFooter(t, values, OptOutFooter::defaultText(footerLanguage));
}

Result<QString> TemplateRenderer::renderWithFooter(
    const Template& t, const QHash<QString, QString>& values, const QString& footer)
{
    auto parsed = MessageTemplate::parse(t.body);
    if (!parsed) {
        return Error {tr("The template “%1” cannot be used: %2").arg(t.name, parsed.errorMessage())};
    }
    const QString text = parsed.value().render(values);
    if (t.kind != Template::Kind::Marketing) {
        return text;
    }
    return OptOutFooter::append(text, footer);
}

Result<QString> TemplateRenderer::preview(const Template& t)
{
    return render(t, {}, t.language);
}

Result<SmsCount> TemplateRenderer::previewCount(const Template& t)
{
    auto text = preview(t);
    if (!text) {
        return text.error();
    }
    return SmsCounter::count(text.value());
}

Result<QHash<QString, QString>> TemplateRenderer::recipientValues(
    const Database& database, const Contact& contact, const QString& shopName)
{
    QHash<QString, QString> values {
        {u"first_name"_s, contact.firstName},
        {u"last_name"_s, contact.lastName},
        {u"shop"_s, shopName},
        {u"phone"_s, contact.phone},
        {u"email"_s, contact.email},
        {u"city"_s, contact.city},
        {u"country"_s, contact.country},
    };
    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT name, value FROM contact_fields WHERE contact_id = ?"_s);
    q.addBindValue(contact.id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"contact fields"_s);
    }
    while (q.next()) {
        values.insert(MessageTemplate::customFieldKey(q.value(0).toString()), q.value(1).toString());
    }
    return values;
}

} // namespace Herald
