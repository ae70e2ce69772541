// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Template.h"
#include "sms/SmsCount.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringView>

namespace Herald
{

struct Contact;
class Database;

// Turns a Template into the text that is actually sent: the body rendered by MessageTemplate
// and, for marketing templates, the opt-out footer (OptOutFooter) on its own last line. Every
// count shown for a template is taken of this text, never of the bare body, because the footer
// alone can push a UCS-2 message into another part.
class TemplateRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRenderer)

public:
    // The text for one recipient. values maps MessageTemplate keys ("first_name",
    // "field:order_number", …) to the recipient's values; footerLanguage is the recipient's
    // language (an unknown or empty one gets the English footer).
    static Result<QString> render(const Template& t, const QHash<QString, QString>& values, QStringView footerLanguage);
    // The same with the footer text given, for callers that use a workspace's own footer
    // rather than OptOutFooter's default; an empty footer adds nothing.
    static Result<QString> renderWithFooter(
        const Template& t, const QHash<QString, QString>& values, const QString& footer);

    // The text before any recipient is known: every placeholder shows its fallback (or nothing)
    // and a marketing template gets the footer of its own language. This is what the starter
    // library's recorded encoding and parts are counted from.
    static Result<QString> preview(const Template& t);
    static Result<SmsCount> previewCount(const Template& t);

    // The placeholder values of contact: the standard fields, {shop} = shopName, and every row
    // of contact_fields as "field:NAME".
    static Result<QHash<QString, QString>> recipientValues(
        const Database& database, const Contact& contact, const QString& shopName);
};

} // namespace Herald
