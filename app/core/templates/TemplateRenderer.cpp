// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateRenderer.h"

#include "contacts/Contact.h"
#include "contacts/ContactValues.h"
#include "sms/MessageTemplate.h"
#include "sms/OptOutFooter.h"
#include "sms/OutgoingText.h"
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
    return OutgoingText::compose(
        parsed.value(), values, {t.kind == Template::Kind::Marketing, footer, t.transliterate});
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
    return ContactValues::forContact(contact, shopName, ContactValues::customFields(database, contact.id));
}

} // namespace Herald
