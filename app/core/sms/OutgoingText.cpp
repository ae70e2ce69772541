// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OutgoingText.h"

#include "GsmSafe.h"
#include "OptOutFooter.h"
#include "Utm.h"

namespace Herald
{

QString OutgoingText::compose(
    const MessageTemplate& message, const QHash<QString, QString>& values, const Options& options)
{
    return compose(message, values, options, QString());
}

QString OutgoingText::compose(const MessageTemplate& message, const QHash<QString, QString>& values,
    const Options& options, const QString& utmCampaign)
{
    // Tags go on after rendering, so a link filled in from a field ({field:cart_url}) gets them.
    QString text = Utm::tagLinks(message.render(values), utmCampaign);
    if (options.marketing) {
        text = OptOutFooter::append(text, options.footer);
    }
    if (options.transliterate) {
        // Every table: a Polish campaign still reaches a customer named Ștefan.
        text = GsmSafe::makeGsmSafe(text, GsmSafe::allLanguages()).text;
    }
    return text;
}

} // namespace Herald
