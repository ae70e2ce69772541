// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsmCharset.h"
#include "SmsCount.h"

#include <QList>
#include <QStringView>

namespace Herald
{

// Counts the characters, units and parts of an SMS body exactly as it will be sent
// (sms-encoding.md): GSM-7 when every character is in the default alphabet or its extension,
// otherwise UCS-2 for the whole message. A split never cuts an ESC pair or a surrogate pair.
// The counter never changes the text; replacements are GsmSafe's job and are always explicit.
class SmsCounter final
{
public:
    struct Options
    {
        // National language shift tables (§5). Off by default: gateways and handsets support
        // them unevenly, and a handset that ignores them shows the wrong letters.
        bool nationalLanguageTables = false;
        // Languages whose tables may be used; only Turkish, Spanish and Portuguese exist here.
        QList<NationalLanguage> languages = GsmCharset::singleShiftLanguages();
        // Also consider locking shift tables, which replace the whole basic table.
        bool allowLockingShift = true;
    };

    // Capacities in units (§1 and §5).
    static constexpr int Gsm7SinglePart = 160;
    static constexpr int Gsm7MultiPart = 153;
    static constexpr int Ucs2SinglePart = 70;
    static constexpr int Ucs2MultiPart = 67;

    static SmsCount count(QStringView text);
    // With national tables enabled, the cheapest combination wins: fewest parts, then fewest
    // tables (each costs UDH space), then single shift before locking shift, because a handset
    // that ignores a single shift IE garbles fewer characters.
    static SmsCount count(QStringView text, const Options& options);

    // Septet capacity of one message / of each part for the number of shift tables used (0–2).
    static int gsm7SinglePartCapacity(int shiftTables);
    static int gsm7MultiPartCapacity(int shiftTables);
};

} // namespace Herald
