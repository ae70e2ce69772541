// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Herald
{

// Campaign tags on links, so the shop's analytics can tell which SMS brought a visitor:
// utm_source=sms&utm_medium=sms&utm_campaign=<slug>.
//
// Applied by OutgoingText to the rendered text, before the opt-out footer, so that the counter,
// the pre-flight report and the outbox all count the longer links.
class Utm final
{
public:
    // Every http(s):// or www. link in text gets the tags, before any #fragment. A link that
    // already has a utm_source keeps its own tags. Punctuation that ends a sentence ("…/sale.")
    // is not part of the link.
    static QString tagLinks(const QString& text, const QString& campaign);
    // The query the tags add, e.g. "utm_source=sms&utm_medium=sms&utm_campaign=winter-sale".
    static QString parameters(const QString& campaign);
    // A campaign name as a utm_campaign value: lowercase ASCII letters and digits joined by "-",
    // diacritics removed ("Wyprzedaż zimowa!" → "wyprzedaz-zimowa"), at most 40 characters.
    // Empty when nothing is left (a name in Chinese script): the caller picks a fallback.
    static QString slug(const QString& name);
};

} // namespace Herald
