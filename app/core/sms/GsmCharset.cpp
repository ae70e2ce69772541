// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GsmCharset.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// The tables of 3GPP TS 23.038 §6.2.1 and Annex A, as sets: the counter needs to know whether
// and at what cost a character can be sent, not its septet value. ESC (0x1B) is left out.

// Default alphabet, 0x00–0x7F.
constexpr std::u16string_view s_default = u"@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                          u"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
// Default extension table: form feed ^ { } \ [ ~ ] | €.
constexpr std::u16string_view s_defaultExtension = u"\f^{}\\[~]|€";

// Turkish locking shift table (A.3.1): è ì Ø ø Æ æ ¡ ¿ of the default table become € ı Ğ ğ Ş ş İ ç.
constexpr std::u16string_view s_turkishLocking = u"@£$¥€éùıòÇ\nĞğ\rÅåΔ_ΦΓΛΩΠΨΣΘΞŞşßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                                 u"İABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§çabcdefghijklmnopqrstuvwxyzäöñüà";
// Portuguese locking shift table (A.3.3).
constexpr std::u16string_view s_portugueseLocking = u"@£$¥êéúíóç\nÔô\rÁáΔ_ªÇÀ∞^\\€Ó|ÂâÊÉ !\"#º%&'()*+,-./"
                                                    u"0123456789:;<=>?ÍABCDEFGHIJKLMNOPQRSTUVWXYZÃÕÚÜ§~"
                                                    u"abcdefghijklmnopqrstuvwxyzãõ`üà";

// Single shift tables (A.2.1–A.2.3), reached through ESC like the default extension table.
constexpr std::u16string_view s_turkishSingle = u"\f^{}\\[~]|ĞİŞç€ğış";
constexpr std::u16string_view s_spanishSingle = u"ç\f^{}\\[~]|ÁÍÓÚá€íóú";
constexpr std::u16string_view s_portugueseSingle = u"êç\fÔôÁáΦΓ^ΩΠΨΣΘÊ{}\\[~]|ÀÍÓÚÃÕÂ€íóúãõâ";

const GsmCharacterSet& emptySet()
{
    static const GsmCharacterSet set;
    return set;
}

} // namespace

const GsmCharacterSet& GsmCharset::defaultTable()
{
    static const GsmCharacterSet set(s_default);
    return set;
}

const GsmCharacterSet& GsmCharset::defaultExtension()
{
    static const GsmCharacterSet set(s_defaultExtension);
    return set;
}

const GsmCharacterSet& GsmCharset::lockingShiftTable(NationalLanguage language)
{
    static const GsmCharacterSet turkish(s_turkishLocking);
    static const GsmCharacterSet portuguese(s_portugueseLocking);
    switch (language) {
    case NationalLanguage::Turkish:
        return turkish;
    case NationalLanguage::Portuguese:
        return portuguese;
    case NationalLanguage::Spanish:
    case NationalLanguage::None:
        break;
    }
    return emptySet();
}

const GsmCharacterSet& GsmCharset::singleShiftTable(NationalLanguage language)
{
    static const GsmCharacterSet turkish(s_turkishSingle);
    static const GsmCharacterSet spanish(s_spanishSingle);
    static const GsmCharacterSet portuguese(s_portugueseSingle);
    switch (language) {
    case NationalLanguage::Turkish:
        return turkish;
    case NationalLanguage::Spanish:
        return spanish;
    case NationalLanguage::Portuguese:
        return portuguese;
    case NationalLanguage::None:
        break;
    }
    return emptySet();
}

bool GsmCharset::isGsmText(QStringView text)
{
    return septetCount(text) >= 0;
}

int GsmCharset::septetCount(QStringView text)
{
    const GsmCharacterSet& basic = defaultTable();
    const GsmCharacterSet& extension = defaultExtension();
    int total = 0;
    for (const QChar c : text) {
        if (basic.contains(c.unicode())) {
            total += 1;
        } else if (extension.contains(c.unicode())) {
            total += 2;
        } else {
            return -1;
        }
    }
    return total;
}

QList<NationalLanguage> GsmCharset::lockingShiftLanguages()
{
    return {NationalLanguage::Turkish, NationalLanguage::Portuguese};
}

QList<NationalLanguage> GsmCharset::singleShiftLanguages()
{
    return {NationalLanguage::Turkish, NationalLanguage::Spanish, NationalLanguage::Portuguese};
}

QString GsmCharset::languageCode(NationalLanguage language)
{
    switch (language) {
    case NationalLanguage::Turkish:
        return u"tr"_s;
    case NationalLanguage::Spanish:
        return u"es"_s;
    case NationalLanguage::Portuguese:
        return u"pt"_s;
    case NationalLanguage::None:
        break;
    }
    return {};
}

} // namespace Herald
