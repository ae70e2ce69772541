// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Herald
{

// The opt-out line a marketing message ends with. Its default text follows the recipients'
// language, not the UI language, so these strings are deliberately not tr(): a Polish shop
// owner using an English UI still texts Polish customers in Polish.
//
// Encodings of the defaults: en, pl and ro are GSM-7 (the Polish and Romanian wordings avoid
// letters outside GSM-7 while staying correctly spelled, so the footer never forces a
// transliterated body back into UCS-2); zh_TW, ru and ar are necessarily UCS-2.
class OptOutFooter final
{
public:
    // The languages with a default text: en, pl, ro, zh_TW, ru, ar.
    static QStringList languages();
    // The default footer for language ("pl", "pl_PL", "zh-TW", …); "zh" alone and unknown
    // languages fall back to English.
    static QString defaultText(QStringView language);
    // body + "\n" + footer, so the counter always counts what is sent. An empty footer leaves
    // body unchanged; an empty body yields the footer alone. A trailing line break of body is
    // not doubled.
    static QString append(const QString& body, const QString& footer);

    static constexpr QChar Separator = u'\n';
};

} // namespace Herald
