// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextDecoder.h"

#include <QStringDecoder>
#include <QSysInfo>

#include <algorithm>

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

struct ConverterCloser
{
    void operator()(UConverter* converter) const
    {
        ucnv_close(converter);
    }
};

// Latin-1 labels decode as Windows-1252, as the WHATWG Encoding Standard prescribes: files
// labelled (or detected as) ISO-8859-1 come from Windows tools and use 0x80–0x9F for €, „, ….
QByteArray icuName(const QString& encoding)
{
    const QString lower = encoding.trimmed().toLower();
    if (lower == u"iso-8859-1"_s || lower == u"iso8859-1"_s || lower == u"latin1"_s || lower == u"latin-1"_s
        || lower == u"l1"_s) {
        return "windows-1252"_ba;
    }
    return encoding.trimmed().toLatin1();
}

std::optional<QStringConverter::Encoding> qtEncoding(const QString& encoding)
{
    const QByteArray name = icuName(encoding);
    const auto qt = QStringConverter::encodingForName(name.constData());
    // "System" depends on the machine's locale, and Latin-1 was redirected to Windows-1252 above.
    if (!qt || *qt == QStringConverter::System || *qt == QStringConverter::Latin1) {
        return std::nullopt;
    }
    return qt;
}

enum class Unit
{
    Utf8,
    Utf16Le,
    Utf16Be,
    Utf32,
};

// How many bytes at the end of data start a character that the next chunk completes.
qsizetype incompleteTail(QByteArrayView data, Unit unit)
{
    const qsizetype n = data.size();
    switch (unit) {
    case Unit::Utf8: {
        // Walk back over continuation bytes to the lead byte of the last sequence.
        for (qsizetype back = 1; back <= std::min<qsizetype>(n, 4); ++back) {
            const auto b = static_cast<unsigned char>(data[n - back]);
            if (b >= 0x80 && b <= 0xBF) {
                continue;
            }
            const qsizetype length = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 1;
            return b < 0xF5 && length > back ? back : 0;
        }
        return 0;
    }
    case Unit::Utf16Le:
    case Unit::Utf16Be: {
        const qsizetype odd = n % 2;
        if (n - odd < 2) {
            return odd;
        }
        // A high surrogate waits for its low half.
        const auto hi = static_cast<unsigned char>(data[n - odd - (unit == Unit::Utf16Le ? 1 : 2)]);
        return odd + (hi >= 0xD8 && hi <= 0xDB ? 2 : 0);
    }
    case Unit::Utf32:
        return n % 4;
    }
    return 0;
}

// Cleans what the last step appended to out (out[from…]) of what SQLite, which stores text as
// UTF-8, would not give back as it was:
// - unpaired UTF-16 surrogates (Qt's UTF-16 decoder passes them through; SQLite reads them back as
//   U+FFFD, or merges a lone high surrogate with the next character) and the noncharacters U+FFFE
//   and U+FFFF (read back as U+FFFD) become U+FFFD;
// - U+FEFF, a byte order mark inside the text (where exports were joined), is dropped: SQLite drops
//   it at the start of a value.
// The output before from never ends in a high surrogate (an incomplete character waits for the
// next chunk). True if anything was replaced by U+FFFD.
bool cleanDecodedText(QString& out, qsizetype from)
{
    const auto special = [](char16_t c) { return c >= 0xD800 && (c <= 0xDFFF || c == 0xFEFF || c >= 0xFFFE); };
    const qsizetype n = out.size();
    const char16_t* s = reinterpret_cast<const char16_t*>(out.constData());
    qsizetype i = from;
    while (i < n && !special(s[i])) {
        ++i;
    }
    if (i == n) {
        return false;
    }
    char16_t* d = reinterpret_cast<char16_t*>(out.data());
    qsizetype w = i;
    bool replaced = false;
    while (i < n) {
        const char16_t c = d[i];
        if (!special(c)) {
            d[w++] = c;
            ++i;
        } else if (c == 0xFEFF) {
            ++i;
        } else if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(d[i + 1])) {
            d[w++] = c;
            d[w++] = d[i + 1];
            i += 2;
        } else {
            d[w++] = QChar::ReplacementCharacter;
            replaced = true;
            ++i;
        }
    }
    out.truncate(w);
    return replaced;
}

} // namespace

struct TextDecoder::Private
{
    QString encoding;
    // Qt 6.4's stateful QStringDecoder drops the byte after an invalid sequence that straddles
    // two chunks, so chunk boundaries are handled here: only whole characters reach the
    // (stateless) Qt decoder and an incomplete tail waits in pending for the next chunk.
    std::optional<QStringDecoder> qt;
    Unit unit = Unit::Utf8;
    QByteArray pending;
    std::unique_ptr<UConverter, ConverterCloser> icu;
    bool errors = false;

    // ICU's default substitution writes U+001A for some single-byte code pages; we want U+FFFD
    // everywhere so the importer can tell "undecodable" from a real control character.
    static void toUnicodeCallback(const void* context, UConverterToUnicodeArgs* args, const char* /*codeUnits*/,
        int32_t /*length*/, UConverterCallbackReason reason, UErrorCode* err)
    {
        if (reason > UCNV_IRREGULAR) {
            return; // reset, close, clone: nothing to substitute
        }
        static const UChar replacement = 0xFFFD;
        *err = U_ZERO_ERROR;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, err);
        static_cast<Private*>(const_cast<void*>(context))->errors = true;
    }

    void icuDecode(QByteArrayView bytes, QString& out, bool flush)
    {
        const char* source = bytes.data();
        const char* const sourceLimit = source + bytes.size();
        const qsizetype start = out.size();
        // Single-byte and UTF-8-like code pages never produce more UTF-16 units than bytes, and
        // the few that do are handled by the overflow loop below.
        qsizetype capacity = bytes.size() + 16;
        out.resize(start + capacity);
        qsizetype written = 0;
        for (;;) {
            UChar* const base = reinterpret_cast<UChar*>(out.data() + start);
            UChar* target = base + written;
            UErrorCode err = U_ZERO_ERROR;
            ucnv_toUnicode(icu.get(), &target, base + capacity, &source, sourceLimit, nullptr, flush, &err);
            written = target - base;
            if (err == U_BUFFER_OVERFLOW_ERROR) {
                capacity = capacity * 2;
                out.resize(start + capacity);
                continue;
            }
            if (U_FAILURE(err)) {
                errors = true;
            }
            break;
        }
        out.resize(start + written);
    }
};

TextDecoder::TextDecoder(const QString& encoding)
    : d(std::make_unique<Private>())
{
    d->encoding = encoding;
    if (const auto qt = qtEncoding(encoding)) {
        // The reader strips a leading BOM itself; a stateless decoder would otherwise drop one at
        // the start of every chunk.
        d->qt.emplace(*qt, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        switch (*qt) {
        case QStringConverter::Utf16LE:
            d->unit = Unit::Utf16Le;
            break;
        case QStringConverter::Utf16:
            d->unit = QSysInfo::ByteOrder == QSysInfo::LittleEndian ? Unit::Utf16Le : Unit::Utf16Be;
            break;
        case QStringConverter::Utf16BE:
            d->unit = Unit::Utf16Be;
            break;
        case QStringConverter::Utf32:
        case QStringConverter::Utf32LE:
        case QStringConverter::Utf32BE:
            d->unit = Unit::Utf32;
            break;
        default:
            d->unit = Unit::Utf8;
            break;
        }
        return;
    }
    const QByteArray name = icuName(encoding);
    UErrorCode err = U_ZERO_ERROR;
    d->icu.reset(ucnv_open(name.constData(), &err));
    if (U_FAILURE(err)) {
        d->icu.reset();
        return;
    }
    err = U_ZERO_ERROR;
    ucnv_setToUCallBack(d->icu.get(), &Private::toUnicodeCallback, d.get(), nullptr, nullptr, &err);
}

TextDecoder::~TextDecoder() = default;

bool TextDecoder::isValid() const
{
    return d->qt.has_value() || d->icu != nullptr;
}

QString TextDecoder::encoding() const
{
    return d->encoding;
}

void TextDecoder::decode(QByteArrayView bytes, QString& out)
{
    const qsizetype start = out.size();
    if (d->qt) {
        QByteArrayView input = bytes;
        if (!d->pending.isEmpty()) {
            d->pending.append(bytes);
            input = d->pending;
        }
        const qsizetype tail = incompleteTail(input, d->unit);
        out.append(d->qt->decode(input.first(input.size() - tail)));
        d->errors = d->errors || d->qt->hasError();
        d->pending = input.last(tail).toByteArray();
    } else if (d->icu) {
        d->icuDecode(bytes, out, false);
    }
    d->errors = cleanDecodedText(out, start) || d->errors;
}

QString TextDecoder::decode(QByteArrayView bytes)
{
    QString out;
    decode(bytes, out);
    return out;
}

void TextDecoder::finish(QString& out)
{
    const qsizetype start = out.size();
    if (d->qt) {
        if (!d->pending.isEmpty()) {
            out.append(QChar::ReplacementCharacter);
            d->errors = true;
            d->pending.clear();
        }
    } else if (d->icu) {
        d->icuDecode(QByteArrayView(), out, true);
    }
    d->errors = cleanDecodedText(out, start) || d->errors;
}

bool TextDecoder::hasErrors() const
{
    return d->errors;
}

bool TextDecoder::isSupported(const QString& encoding)
{
    return TextDecoder(encoding).isValid();
}

} // namespace Herald
