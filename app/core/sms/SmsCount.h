// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "GsmCharset.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Herald
{

enum class SmsEncoding
{
    Gsm7, // units are septets; extension characters cost 2
    Ucs2, // units are UTF-16 code units; characters outside the BMP cost 2
};

// One occurrence of a character that the default GSM tables cannot carry.
struct NonGsmCharacter
{
    qsizetype position = 0; // UTF-16 index in the counted text
    char32_t codePoint = 0; // a lone surrogate is reported as itself
    int length = 1; // UTF-16 units: 2 for a surrogate pair

    QString toString() const
    {
        return codePoint > 0xFFFF ? QString::fromUcs4(&codePoint, 1) : QString(QChar(char16_t(codePoint)));
    }
    friend bool operator==(const NonGsmCharacter&, const NonGsmCharacter&) = default;
};

// What SmsCounter::count() reports about one message body.
struct SmsCount
{
    SmsEncoding encoding = SmsEncoding::Gsm7;
    int units = 0; // septets (GSM-7) or UTF-16 code units (UCS-2) of the whole text
    int segments = 1; // parts the message is sent in; an empty text is one part
    QList<int> segmentUnits {0}; // units in each part, in order; their sum is units
    int remaining = 160; // units still free in the last part before another part is needed
    int characters = 0; // Unicode code points (a surrogate pair is one)
    int singlePartCapacity = 160; // units one unsplit message holds with the chosen encoding
    int multiPartCapacity = 153; // units each part of a split message holds
    // Every character outside the default GSM alphabet and its extension, in text order: the
    // characters that force UCS-2. Empty whenever the result is GSM-7 (also when national shift
    // tables made such characters encodable).
    QList<NonGsmCharacter> nonGsm;
    // National language tables chosen (only when SmsCounter::Options enable them).
    NationalLanguage lockingShift = NationalLanguage::None;
    NationalLanguage singleShift = NationalLanguage::None;

    // "GSM-7" or "UCS-2", the names of the CLI contract (DESIGN §6); not translated.
    QString encodingName() const
    {
        return encoding == SmsEncoding::Gsm7 ? QStringLiteral("GSM-7") : QStringLiteral("UCS-2");
    }
    // The distinct non-GSM characters in order of first appearance ("ą", "😀", …).
    QStringList distinctNonGsm() const
    {
        QStringList result;
        for (const NonGsmCharacter& c : nonGsm) {
            const QString s = c.toString();
            if (!result.contains(s)) {
                result.append(s);
            }
        }
        return result;
    }
};

} // namespace Herald
