// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SmsCounter.h"

#include <optional>

namespace Herald
{

namespace
{

int septetsOf(char16_t c, const GsmCharacterSet& basic, const GsmCharacterSet& extension)
{
    if (basic.contains(c)) {
        return 1;
    }
    return extension.contains(c) ? 2 : 0;
}

// Septets of text with one table pair, or -1 when a character is in neither table.
int gsmTotal(QStringView text, const GsmCharacterSet& basic, const GsmCharacterSet& extension)
{
    int total = 0;
    for (const QChar c : text) {
        const int cost = septetsOf(c.unicode(), basic, extension);
        if (cost == 0) {
            return -1;
        }
        total += cost;
    }
    return total;
}

// Splits encodable text into parts of at most capacity septets. An extension character is
// ESC + code; when only one septet is left the pair moves to the next part (§4), which is why
// 153 × "]" needs three parts. Appends the part sizes to parts when given; returns the count.
int splitGsm(
    QStringView text, const GsmCharacterSet& basic, const GsmCharacterSet& extension, int capacity, QList<int>* parts)
{
    int count = 1;
    int current = 0;
    for (const QChar c : text) {
        const int cost = septetsOf(c.unicode(), basic, extension);
        if (current + cost > capacity) {
            if (parts) {
                parts->append(current);
            }
            ++count;
            current = 0;
        }
        current += cost;
    }
    if (parts) {
        parts->append(current);
    }
    return count;
}

// UCS-2 split into parts of at most capacity code units; a surrogate pair that would straddle
// the boundary moves to the next part (§4). A lone surrogate counts as one unit, like Twilio.
void splitUcs2(QStringView text, int capacity, QList<int>& parts)
{
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    int current = 0;
    for (qsizetype i = 0; i < n;) {
        const int cost = QChar::isHighSurrogate(p[i]) && i + 1 < n && QChar::isLowSurrogate(p[i + 1]) ? 2 : 1;
        if (current + cost > capacity) {
            parts.append(current);
            current = 0;
        }
        current += cost;
        i += cost;
    }
    parts.append(current);
}

struct TableChoice
{
    NationalLanguage locking = NationalLanguage::None;
    NationalLanguage single = NationalLanguage::None;
    int septets = 0;
    int segments = 1;

    int tables() const
    {
        return (locking != NationalLanguage::None ? 1 : 0) + (single != NationalLanguage::None ? 1 : 0);
    }
    const GsmCharacterSet& basic() const
    {
        return locking == NationalLanguage::None ? GsmCharset::defaultTable() : GsmCharset::lockingShiftTable(locking);
    }
    const GsmCharacterSet& extension() const
    {
        return single == NationalLanguage::None ? GsmCharset::defaultExtension() : GsmCharset::singleShiftTable(single);
    }
};

// Candidate table pairs in order of preference for the same number of parts: fewer tables first,
// and single shift before locking shift.
QList<TableChoice> nationalCandidates(const SmsCounter::Options& options)
{
    QList<TableChoice> candidates;
    const auto enabled = [&options](NationalLanguage language) { return options.languages.contains(language); };
    for (const NationalLanguage single : GsmCharset::singleShiftLanguages()) {
        if (enabled(single)) {
            candidates.append({NationalLanguage::None, single});
        }
    }
    if (!options.allowLockingShift) {
        return candidates;
    }
    for (const NationalLanguage locking : GsmCharset::lockingShiftLanguages()) {
        if (enabled(locking)) {
            candidates.append({locking, NationalLanguage::None});
        }
    }
    for (const NationalLanguage locking : GsmCharset::lockingShiftLanguages()) {
        for (const NationalLanguage single : GsmCharset::singleShiftLanguages()) {
            if (enabled(locking) && enabled(single)) {
                candidates.append({locking, single});
            }
        }
    }
    return candidates;
}

int segmentsFor(QStringView text, const TableChoice& choice)
{
    const int tables = choice.tables();
    if (choice.septets <= SmsCounter::gsm7SinglePartCapacity(tables)) {
        return 1;
    }
    return splitGsm(text, choice.basic(), choice.extension(), SmsCounter::gsm7MultiPartCapacity(tables), nullptr);
}

} // namespace

int SmsCounter::gsm7SinglePartCapacity(int shiftTables)
{
    // Each shift table IE costs 3 octets of UDH; UDH length 1 octet; padded to septets (§5).
    static constexpr int capacities[] = {Gsm7SinglePart, 155, 152};
    return capacities[qBound(0, shiftTables, 2)];
}

int SmsCounter::gsm7MultiPartCapacity(int shiftTables)
{
    static constexpr int capacities[] = {Gsm7MultiPart, 149, 146};
    return capacities[qBound(0, shiftTables, 2)];
}

SmsCount SmsCounter::count(QStringView text)
{
    return count(text, Options {});
}

SmsCount SmsCounter::count(QStringView text, const Options& options)
{
    SmsCount result;
    result.segmentUnits.clear();

    // One pass over the text with the default tables: septets, code points and the
    // characters that force UCS-2. This is the editor's hot path: table lookups only.
    const GsmCharacterSet& basic = GsmCharset::defaultTable();
    const GsmCharacterSet& extension = GsmCharset::defaultExtension();
    const char16_t* p = text.utf16();
    const qsizetype n = text.size();
    int septets = 0;
    int characters = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = p[i];
        ++characters;
        if (basic.contains(c)) {
            septets += 1;
        } else if (extension.contains(c)) {
            septets += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(p[i + 1])) {
            result.nonGsm.append({i, QChar::surrogateToUcs4(c, p[i + 1]), 2});
            ++i;
        } else {
            result.nonGsm.append({i, c, 1});
        }
    }
    result.characters = characters;

    std::optional<TableChoice> best;
    if (result.nonGsm.isEmpty()) {
        TableChoice plain;
        plain.septets = septets;
        plain.segments = segmentsFor(text, plain);
        best = plain;
    }
    // No table combination can beat one part without tables, so only look further otherwise.
    if (options.nationalLanguageTables && (!best || best->segments > 1)) {
        for (TableChoice candidate : nationalCandidates(options)) {
            candidate.septets = gsmTotal(text, candidate.basic(), candidate.extension());
            if (candidate.septets < 0) {
                continue;
            }
            candidate.segments = segmentsFor(text, candidate);
            if (!best || candidate.segments < best->segments) {
                best = candidate;
            }
        }
    }

    if (best) {
        const int tables = best->tables();
        result.encoding = SmsEncoding::Gsm7;
        result.units = best->septets;
        result.lockingShift = best->locking;
        result.singleShift = best->single;
        result.singlePartCapacity = gsm7SinglePartCapacity(tables);
        result.multiPartCapacity = gsm7MultiPartCapacity(tables);
        result.nonGsm.clear();
        if (best->segments == 1) {
            result.segmentUnits.append(best->septets);
        } else {
            splitGsm(text, best->basic(), best->extension(), result.multiPartCapacity, &result.segmentUnits);
        }
    } else {
        result.encoding = SmsEncoding::Ucs2;
        result.units = int(n);
        result.singlePartCapacity = Ucs2SinglePart;
        result.multiPartCapacity = Ucs2MultiPart;
        if (n <= Ucs2SinglePart) {
            result.segmentUnits.append(int(n));
        } else {
            splitUcs2(text, Ucs2MultiPart, result.segmentUnits);
        }
    }
    result.segments = int(result.segmentUnits.size());
    const int capacity = result.segments == 1 ? result.singlePartCapacity : result.multiPartCapacity;
    result.remaining = capacity - result.segmentUnits.constLast();
    return result;
}

} // namespace Herald
