// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsmCharacterSet.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Herald
{

// National language identifiers of 3GPP TS 23.038 §6.2.1.2.4 (the value carried in the UDH).
// Only the languages Herald can select are listed; None means the default GSM table.
enum class NationalLanguage
{
    None = 0,
    Turkish = 1,
    Spanish = 2, // single shift table only
    Portuguese = 3,
};

// GSM 03.38 / 3GPP TS 23.038 alphabets: the default table, its extension table and the
// national language shift tables (sms-encoding.md §2 and §5).
//
// Character sets follow the ETSI text, not Unicode's GSM0338.TXT: position 0x09 is capital
// Ç, so lowercase ç is not GSM-7 in the default table (it is in the Turkish, Spanish and
// Portuguese shift tables).
class GsmCharset final
{
public:
    // The 127 characters of the default table (0x1B, the escape, is not a character).
    static const GsmCharacterSet& defaultTable();
    // The default extension table: ^ { } \ [ ~ ] | € and form feed, 2 septets each (ESC + code).
    static const GsmCharacterSet& defaultExtension();

    // The locking shift table of language, replacing the default table; an empty set when
    // the language defines none (Spanish) or for None (use defaultTable()).
    static const GsmCharacterSet& lockingShiftTable(NationalLanguage language);
    // The single shift table of language, replacing the default extension table; empty for None.
    static const GsmCharacterSet& singleShiftTable(NationalLanguage language);

    // Septets c costs with the default tables: 1, 2 for an extension character, 0 if it is
    // not GSM-7 at all. Surrogates are never GSM-7.
    static int septets(char16_t c)
    {
        if (defaultTable().contains(c)) {
            return 1;
        }
        return defaultExtension().contains(c) ? 2 : 0;
    }
    static bool isGsm(char16_t c)
    {
        return septets(c) != 0;
    }
    // True when every character of text fits the default tables.
    static bool isGsmText(QStringView text);
    // Septets text costs with the default tables, or -1 when it is not GSM-7.
    static int septetCount(QStringView text);

    // Languages that define a locking shift table / a single shift table.
    static QList<NationalLanguage> lockingShiftLanguages();
    static QList<NationalLanguage> singleShiftLanguages();
    // ISO 639-1 code of language ("tr", "es", "pt"), empty for None.
    static QString languageCode(NationalLanguage language);
};

} // namespace Herald
