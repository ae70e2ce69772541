// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvSniffer.h"

#include "CsvReader.h"
#include "TextDecoder.h"

#include <QBuffer>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <memory>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// Records looked at for the delimiter and header; enough for a stable vote, few enough to be quick.
constexpr qsizetype SniffRecords = 200;

struct DetectorCloser
{
    void operator()(UCharsetDetector* detector) const
    {
        ucsdet_close(detector);
    }
};

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && data.first(prefix.size()) == prefix;
}

// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF). A sequence cut
// off by the end of an incomplete sample is fine: the next byte would have completed it.
bool isStrictUtf8(QByteArrayView data, bool complete)
{
    const auto* s = reinterpret_cast<const unsigned char*>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k == n) {
                return !complete;
            }
            const unsigned char c = s[i + k];
            if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF)) {
                return false;
            }
        }
        i += length;
    }
    return true;
}

// UTF-16 without a BOM: in Latin-script text every other byte is zero.
QString utf16WithoutBom(QByteArrayView data)
{
    const qsizetype pairs = std::min<qsizetype>(data.size(), 4096) / 2;
    if (pairs < 4) {
        return {};
    }
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += data[2 * i] == 0 ? 1 : 0;
        oddZeros += data[2 * i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 20 <= pairs) {
        return u"UTF-16LE"_s;
    }
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 20 <= pairs) {
        return u"UTF-16BE"_s;
    }
    return {};
}

bool isWideUnicode(const QString& encoding)
{
    const QString lower = encoding.toLower();
    return lower.startsWith(u"utf-16"_s) || lower.startsWith(u"utf-32"_s) || lower.startsWith(u"utf16"_s)
        || lower.startsWith(u"utf32"_s);
}

bool isMultiByteLegacy(const QString& encoding)
{
    static const QStringList names {u"Shift_JIS"_s, u"GB18030"_s, u"EUC-JP"_s, u"EUC-KR"_s, u"Big5"_s};
    return names.contains(encoding) || encoding.startsWith(u"ISO-2022"_s);
}

// How plausible text is as decoded from a single-byte code page, word by word. Non-ASCII
// letters score, while these count against a decoding:
// - replacement characters and C1 controls (bytes the code page does not define),
// - symbols inside words ("Mi³osz" is Polish ł read as Windows-1252),
// - words mixing Latin and Cyrillic or Greek ("Mьller" is ü read as Windows-1251),
// - Latin words made only of accented letters ("Àííà" is Russian read as Windows-1252); real
//   Western and Central European words mix them with plain ASCII letters.
int plausibility(const QString& text)
{
    const qsizetype n = text.size();
    int score = 0;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!c.isLetter()) {
            if (c.unicode() >= 0x80) {
                if (c == QChar::ReplacementCharacter || c.unicode() <= 0x9F) {
                    score -= 3;
                } else if (i > 0 && i + 1 < n && text[i - 1].isLetter() && text[i + 1].isLetter()) {
                    score -= 2;
                }
            }
            ++i;
            continue;
        }
        int ascii = 0;
        int latin = 0;
        int other = 0; // Cyrillic, Greek, …
        for (; i < n && text[i].isLetter(); ++i) {
            const QChar letter = text[i];
            if (letter.unicode() < 0x80) {
                ++ascii;
            } else if (letter.script() == QChar::Script_Latin) {
                ++latin;
            } else {
                ++other;
            }
        }
        const int accented = latin + other;
        if (accented == 0) {
            continue;
        }
        if (other > 0 && ascii + latin > 0) {
            score -= 2 * accented;
        } else if (other == 0 && ascii == 0 && latin >= 3) {
            score -= latin;
        } else {
            score += accented;
        }
    }
    return score;
}

struct Candidate
{
    QString name;
    int confidence = 0;
};

// ICU reports the ISO name when a sample happens to use no 0x80–0x9F byte, but Excel writes the
// Windows code page. Windows-1252 is a superset of Latin-1; Windows-1250 is not one of ISO-8859-2
// (ą, ś, ź sit at different bytes), so both stay candidates, Windows-1250 first, and
// plausibility() picks ISO-8859-2 only if it decodes the sample better.
QStringList windowsNamesFor(const QString& icuName)
{
    if (icuName == u"ISO-8859-1"_s) {
        return {u"windows-1252"_s};
    }
    if (icuName == u"ISO-8859-2"_s) {
        return {u"windows-1250"_s, icuName};
    }
    return {icuName};
}

std::optional<Error> binaryError(QByteArrayView sample)
{
    if (startsWith(sample, "PK\x03\x04")) {
        return Error {CsvSniffer::tr("The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV "
                                     "file. Open it in Excel and save it as “CSV UTF-8”.")};
    }
    if (startsWith(sample, QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))) {
        return Error {CsvSniffer::tr("The file is an old Excel workbook (.xls), not a CSV file. Open it in Excel "
                                     "and save it as “CSV UTF-8”.")};
    }
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0) {
            return Error {CsvSniffer::tr("The file contains binary data (NUL bytes), so it is not a CSV text file.")};
        }
        // Tab, line breaks, form feed and the DOS end-of-file mark (0x1A) occur in real text files.
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A && b != 0x1B) {
            ++controls;
        }
    }
    if (controls * 100 > sample.size()) {
        return Error {CsvSniffer::tr("The file contains binary data (control characters), so it is not a CSV "
                                     "text file.")};
    }
    return std::nullopt;
}

CsvEncodingGuess bomEncoding(QByteArrayView sample)
{
    if (startsWith(sample, "\xEF\xBB\xBF")) {
        return {u"UTF-8"_s, 100, true};
    }
    if (startsWith(sample, QByteArrayView("\xFF\xFE\x00\x00", 4))) {
        return {u"UTF-32LE"_s, 100, true};
    }
    if (startsWith(sample, QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        return {u"UTF-32BE"_s, 100, true};
    }
    if (startsWith(sample, "\xFF\xFE")) {
        return {u"UTF-16LE"_s, 100, true};
    }
    if (startsWith(sample, "\xFE\xFF")) {
        return {u"UTF-16BE"_s, 100, true};
    }
    return {};
}

// Up to SniffRecords raw records of sample; the last one is dropped when the sample was cut
// off, since it may be incomplete.
struct SampleRecords
{
    QList<CsvRecord> records;
    qint64 errors = 0;
};

SampleRecords readSample(const QByteArray& sample, const QString& encoding, QChar delimiter, bool complete)
{
    QByteArray bytes = sample;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.encoding = encoding;
    format.delimiter = delimiter;
    format.hasHeader = false;
    CsvReader reader(&buffer, format);
    reader.setFieldCountCheck(false);
    SampleRecords result;
    CsvRecord record;
    while (result.records.size() < SniffRecords && reader.readRecord(record)) {
        result.records.append(record);
    }
    const bool cut = !complete && reader.atEnd();
    qint64 lastLine = cut && !result.records.isEmpty() ? result.records.constLast().line : -1;
    if (cut && !result.records.isEmpty()) {
        result.records.removeLast();
    }
    for (const CsvError& error : reader.errors()) {
        // An error on the last lines of a cut-off sample is usually just the cut.
        if (!cut || (lastLine >= 0 && error.line < lastLine)) {
            ++result.errors;
        }
    }
    return result;
}

bool isPhoneLike(const QString& value)
{
    int digits = 0;
    for (const QChar c : value) {
        if (c.isDigit()) {
            ++digits;
        } else if (!QStringView(u" +-()./").contains(c)) {
            return false;
        }
    }
    return digits >= 6;
}

bool isNumeric(const QString& value)
{
    bool digit = false;
    for (const QChar c : value) {
        if (c.isDigit()) {
            digit = true;
        } else if (!QStringView(u" +-.,:/%").contains(c)) {
            return false;
        }
    }
    return digit;
}

} // namespace

Result<CsvEncodingGuess> CsvSniffer::detectEncoding(QByteArrayView sample, bool complete)
{
    if (const CsvEncodingGuess bom = bomEncoding(sample); bom.hasBom) {
        return bom;
    }
    if (sample.contains('\0')) {
        if (const QString utf16 = utf16WithoutBom(sample); !utf16.isEmpty()) {
            return CsvEncodingGuess {utf16, 60, false};
        }
    }
    if (auto error = binaryError(sample)) {
        return *error;
    }
    // Valid UTF-8 of any length is practically never legacy text, and ICU's detector is weakest
    // on the short samples where this matters most.
    if (isStrictUtf8(sample, complete)) {
        return CsvEncodingGuess {u"UTF-8"_s, 100, false};
    }

    QList<Candidate> candidates;
    const auto add = [&candidates](const QString& name, int confidence) {
        const auto it = std::find_if(
            candidates.begin(), candidates.end(), [&name](const Candidate& c) { return c.name == name; });
        if (it == candidates.end()) {
            candidates.append({name, confidence});
        } else {
            it->confidence = std::max(it->confidence, confidence);
        }
    };

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        ucsdet_setText(detector.get(), sample.data(), int32_t(std::min<qsizetype>(sample.size(), SampleSize)), &status);
        int32_t count = 0;
        const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode matchStatus = U_ZERO_ERROR;
            const QString name = QString::fromLatin1(ucsdet_getName(matches[i], &matchStatus));
            const int confidence = ucsdet_getConfidence(matches[i], &matchStatus);
            // EBCDIC Arabic/Hebrew (IBM42x) never comes out of a contacts export; wide Unicode
            // without a BOM was handled above.
            if (U_FAILURE(matchStatus) || name.startsWith(u"IBM"_s) || isWideUnicode(name)) {
                continue;
            }
            if (i == 0 && isMultiByteLegacy(name) && confidence >= 50) {
                return CsvEncodingGuess {name, confidence, false};
            }
            if (!isMultiByteLegacy(name)) {
                for (const QString& candidate : windowsNamesFor(name)) {
                    add(candidate, confidence);
                }
            }
        }
    }
    // Herald's users export from Windows in these code pages; consider them even when ICU's
    // statistics did not (short samples of names and numbers give it little to go on).
    const auto icuConfidence = [&candidates](const QString& name) {
        const auto it = std::find_if(
            candidates.cbegin(), candidates.cend(), [&name](const Candidate& c) { return c.name == name; });
        return it == candidates.cend() ? 0 : it->confidence;
    };
    add(u"windows-1250"_s, 0);
    add(u"windows-1251"_s, std::max(icuConfidence(u"ISO-8859-5"_s), icuConfidence(u"KOI8-R"_s)));
    add(u"windows-1252"_s, 0);

    const Candidate* best = nullptr;
    int bestScore = 0;
    for (const Candidate& candidate : std::as_const(candidates)) {
        TextDecoder decoder(candidate.name);
        if (!decoder.isValid()) {
            continue;
        }
        const int score = plausibility(decoder.decode(sample));
        // Ties keep the earlier candidate, i.e. ICU's ranking.
        if (!best || score > bestScore) {
            best = &candidate;
            bestScore = score;
        }
    }
    if (!best) {
        return CsvEncodingGuess {u"UTF-8"_s, 0, false}; // only if ICU lacks even the Windows code pages
    }
    return CsvEncodingGuess {best->name, std::max(best->confidence, 10), false};
}

QChar CsvSniffer::detectDelimiter(const QByteArray& sample, const QString& encoding, bool complete)
{
    static constexpr std::array<char16_t, 4> delimiters {u',', u';', u'\t', u'|'};
    QChar best = u',';
    qsizetype bestMode = 1;
    qsizetype bestMatches = 0;
    qsizetype bestTotal = 1;
    for (const char16_t delimiter : delimiters) {
        const SampleRecords sampled = readSample(sample, encoding, QChar(delimiter), complete);
        QHash<qsizetype, qsizetype> histogram;
        for (const CsvRecord& record : sampled.records) {
            ++histogram[record.fields.size()];
        }
        qsizetype mode = 1;
        qsizetype matches = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it) {
            if (it.value() > matches || (it.value() == matches && it.key() > mode)) {
                mode = it.key();
                matches = it.value();
            }
        }
        if (mode < 2) {
            continue; // one column everywhere: this character does not separate anything
        }
        // Rows that broke (e.g. quotes that only balance with the right delimiter) count as misses.
        const qsizetype total = sampled.records.size() + sampled.errors;
        // Higher share of rows with the typical field count wins; then more columns.
        const qint64 lhs = qint64(matches) * bestTotal;
        const qint64 rhs = qint64(bestMatches) * total;
        if (bestMode < 2 || lhs > rhs || (lhs == rhs && mode > bestMode)) {
            best = QChar(delimiter);
            bestMode = mode;
            bestMatches = matches;
            bestTotal = total;
        }
    }
    return best;
}

bool CsvSniffer::looksLikeHeader(const QStringList& firstRow)
{
    qsizetype named = 0;
    qsizetype numeric = 0;
    QSet<QString> seen;
    for (const QString& cell : firstRow) {
        const QString name = cell.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        ++named;
        if (name.contains(u'@') || isPhoneLike(name)) {
            return false;
        }
        numeric += isNumeric(name) ? 1 : 0;
        const QString key = name.toCaseFolded();
        if (seen.contains(key)) {
            return false; // a header names each column once
        }
        seen.insert(key);
    }
    return named * 2 > firstRow.size() && numeric * 8 < named;
}

QStringList CsvSniffer::commonEncodings()
{
    return {u"UTF-8"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"windows-1250"_s, u"windows-1251"_s, u"windows-1252"_s,
        u"ISO-8859-2"_s, u"ISO-8859-5"_s, u"KOI8-R"_s, u"windows-1253"_s, u"windows-1254"_s, u"windows-1257"_s,
        u"ISO-8859-15"_s, u"Shift_JIS"_s, u"GB18030"_s};
}

Result<CsvFormat> CsvSniffer::sniff(QIODevice* device, const CsvSniffOptions& options)
{
    if (!device || !device->isOpen() || !device->isReadable()) {
        return Error {tr("The file is not open for reading.")};
    }
    const QByteArray sample = device->peek(SampleSize);
    // A sequential device (pipe, socket) cannot tell whether more is coming, so only an empty
    // one counts as the whole file.
    const bool complete = device->isSequential() ? sample.isEmpty() : device->size() - device->pos() <= sample.size();
    return sniff(sample, complete, options);
}

Result<CsvFormat> CsvSniffer::sniff(const QByteArray& sample, bool complete, const CsvSniffOptions& options)
{
    if (sample.isEmpty()) {
        return Error {complete ? tr("The file is empty (0 bytes).") : tr("The file could not be read.")};
    }
    CsvFormat format;
    const CsvEncodingGuess bom = bomEncoding(sample);
    if (!options.encoding.isEmpty()) {
        if (!TextDecoder::isSupported(options.encoding)) {
            return Error {tr("The encoding “%1” is not supported.").arg(options.encoding)};
        }
        if (!isWideUnicode(options.encoding)) {
            if (auto error = binaryError(sample)) {
                return *error;
            }
        }
        format.encoding = options.encoding;
        format.encodingConfidence = 100;
        format.hasBom = bom.hasBom;
    } else {
        Result<CsvEncodingGuess> guess = detectEncoding(sample, complete);
        if (!guess) {
            return guess.error();
        }
        format.encoding = guess->name;
        format.encodingConfidence = guess->confidence;
        format.hasBom = guess->hasBom;
    }

    format.delimiter
        = options.delimiter.isNull() ? detectDelimiter(sample, format.encoding, complete) : options.delimiter;
    const SampleRecords sampled = readSample(sample, format.encoding, format.delimiter, complete);
    if (sampled.records.isEmpty()) {
        if (!complete) {
            return Error {tr("No readable row was found in the first %1 KiB of the file.").arg(SampleSize / 1024)};
        }
        if (sampled.errors > 0) {
            return Error {tr("The file contains no readable row.")};
        }
        return Error {tr("The file contains no data, only empty lines or empty cells.")};
    }
    format.hasHeader = options.hasHeader.value_or(looksLikeHeader(sampled.records.constFirst().fields));
    if (format.hasHeader && complete && sampled.records.size() == 1 && sampled.errors == 0) {
        return Error {tr("The file contains only a header row and no contacts.")};
    }
    return format;
}

} // namespace Herald
