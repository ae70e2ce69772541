// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GsmSafe.h"

#include <algorithm>
#include <span>
#include <string_view>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

struct Mapping
{
    char16_t from;
    std::u16string_view to;
};

constexpr bool byCodePoint(const Mapping& a, const Mapping& b)
{
    return a.from < b.from;
}

constexpr char16_t s_zwj = u'\u200D';

// sms-encoding.md §6, plus the neighbours that arrive the same way (other dashes and spaces,
// the modifier apostrophe, the acute accent and the backtick typed as apostrophes).
constexpr Mapping s_special[] = {
    {u'\t', u" "}, // TAB is not GSM-7; one space keeps the count predictable
    {u'`', u"'"}, {u'\u00A0', u" "}, // no-break space
    {u'«', u"\""}, {u'\u00AD', u""}, // soft hyphen
    {u'´', u"'"}, {u'»', u"\""}, {u'ʼ', u"'"}, {u'\u2002', u" "}, // en space
    {u'\u2003', u" "}, // em space
    {u'\u2004', u" "}, {u'\u2005', u" "}, {u'\u2006', u" "}, {u'\u2007', u" "}, // figure space
    {u'\u2008', u" "}, // punctuation space
    {u'\u2009', u" "}, // thin space
    {u'\u200A', u" "}, // hair space
    {u'\u200B', u""}, // zero-width space
    {u'\u200C', u""}, // zero-width non-joiner
    {s_zwj, u""}, // zero-width joiner, only outside emoji sequences
    {u'\u2010', u"-"}, // hyphen
    {u'\u2011', u"-"}, // non-breaking hyphen
    {u'‒', u"-"}, // figure dash
    {u'–', u"-"}, {u'—', u"-"}, {u'―', u"-"}, {u'‘', u"'"}, {u'’', u"'"}, {u'‚', u"'"}, {u'‛', u"'"}, {u'“', u"\""},
    {u'”', u"\""}, {u'„', u"\""}, {u'‟', u"\""}, {u'•', u"-"}, {u'…', u"..."},
    {u'\u202F', u" "}, // narrow no-break space
    {u'′', u"'"}, {u'″', u"\""}, {u'\u2060', u""}, // word joiner
    {u'−', u"-"}, // minus sign
    {u'\u3000', u" "}, // ideographic space
    {u'\uFEFF', u""}, // byte order mark / zero-width no-break space
};

constexpr Mapping s_polish[] = {
    {u'Ó', u"O"},
    {u'ó', u"o"},
    {u'Ą', u"A"},
    {u'ą', u"a"},
    {u'Ć', u"C"},
    {u'ć', u"c"},
    {u'Ę', u"E"},
    {u'ę', u"e"},
    {u'Ł', u"L"},
    {u'ł', u"l"},
    {u'Ń', u"N"},
    {u'ń', u"n"},
    {u'Ś', u"S"},
    {u'ś', u"s"},
    {u'Ź', u"Z"},
    {u'ź', u"z"},
    {u'Ż', u"Z"},
    {u'ż', u"z"},
};

// Both the correct comma-below letters and the legacy cedilla forms that older keyboards
// and fonts still produce.
constexpr Mapping s_romanian[] = {
    {u'Â', u"A"},
    {u'Î', u"I"},
    {u'â', u"a"},
    {u'î', u"i"},
    {u'Ă', u"A"},
    {u'ă', u"a"},
    {u'Ş', u"S"},
    {u'ş', u"s"},
    {u'Ţ', u"T"},
    {u'ţ', u"t"},
    {u'Ș', u"S"},
    {u'ș', u"s"},
    {u'Ț', u"T"},
    {u'ț', u"t"},
};

// ä ö ü Ä Ö Ü ß are in the default alphabet; only the rare capital sharp s is not.
constexpr Mapping s_german[] = {
    {u'ẞ', u"SS"},
};

// É and é are GSM-7 and stay.
constexpr Mapping s_czech[] = {
    {u'Á', u"A"},
    {u'Í', u"I"},
    {u'Ó', u"O"},
    {u'Ú', u"U"},
    {u'Ý', u"Y"},
    {u'á', u"a"},
    {u'í', u"i"},
    {u'ó', u"o"},
    {u'ú', u"u"},
    {u'ý', u"y"},
    {u'Č', u"C"},
    {u'č', u"c"},
    {u'Ď', u"D"},
    {u'ď', u"d"},
    {u'Ě', u"E"},
    {u'ě', u"e"},
    {u'Ň', u"N"},
    {u'ň', u"n"},
    {u'Ř', u"R"},
    {u'ř', u"r"},
    {u'Š', u"S"},
    {u'š', u"s"},
    {u'Ť', u"T"},
    {u'ť', u"t"},
    {u'Ů', u"U"},
    {u'ů', u"u"},
    {u'Ž', u"Z"},
    {u'ž', u"z"},
};

// Ç Ö Ü ö ü are GSM-7 and stay.
constexpr Mapping s_turkish[] = {
    {u'ç', u"c"},
    {u'Ğ', u"G"},
    {u'ğ', u"g"},
    {u'İ', u"I"},
    {u'ı', u"i"},
    {u'Ş', u"S"},
    {u'ş', u"s"},
};

// BGN/PCGN-like, without diacritics or apostrophes so that every output is plain GSM-7:
// й → y, ы → y, ъ ь → removed, э → e. Capitals are given in title case ("Zh"); transliterate()
// upper-cases the whole output inside an all-capitals word ("ЖУК" → "ZHUK").
constexpr Mapping s_russian[] = {
    {u'Ё', u"Yo"},
    {u'А', u"A"},
    {u'Б', u"B"},
    {u'В', u"V"},
    {u'Г', u"G"},
    {u'Д', u"D"},
    {u'Е', u"E"},
    {u'Ж', u"Zh"},
    {u'З', u"Z"},
    {u'И', u"I"},
    {u'Й', u"Y"},
    {u'К', u"K"},
    {u'Л', u"L"},
    {u'М', u"M"},
    {u'Н', u"N"},
    {u'О', u"O"},
    {u'П', u"P"},
    {u'Р', u"R"},
    {u'С', u"S"},
    {u'Т', u"T"},
    {u'У', u"U"},
    {u'Ф', u"F"},
    {u'Х', u"Kh"},
    {u'Ц', u"Ts"},
    {u'Ч', u"Ch"},
    {u'Ш', u"Sh"},
    {u'Щ', u"Shch"},
    {u'Ъ', u""},
    {u'Ы', u"Y"},
    {u'Ь', u""},
    {u'Э', u"E"},
    {u'Ю', u"Yu"},
    {u'Я', u"Ya"},
    {u'а', u"a"},
    {u'б', u"b"},
    {u'в', u"v"},
    {u'г', u"g"},
    {u'д', u"d"},
    {u'е', u"e"},
    {u'ж', u"zh"},
    {u'з', u"z"},
    {u'и', u"i"},
    {u'й', u"y"},
    {u'к', u"k"},
    {u'л', u"l"},
    {u'м', u"m"},
    {u'н', u"n"},
    {u'о', u"o"},
    {u'п', u"p"},
    {u'р', u"r"},
    {u'с', u"s"},
    {u'т', u"t"},
    {u'у', u"u"},
    {u'ф', u"f"},
    {u'х', u"kh"},
    {u'ц', u"ts"},
    {u'ч', u"ch"},
    {u'ш', u"sh"},
    {u'щ', u"shch"},
    {u'ъ', u""},
    {u'ы', u"y"},
    {u'ь', u""},
    {u'э', u"e"},
    {u'ю', u"yu"},
    {u'я', u"ya"},
    {u'ё', u"yo"},
};

// Lookups are binary searches, so every table must stay sorted by code point.
static_assert(std::is_sorted(std::begin(s_special), std::end(s_special), byCodePoint));
static_assert(std::is_sorted(std::begin(s_polish), std::end(s_polish), byCodePoint));
static_assert(std::is_sorted(std::begin(s_romanian), std::end(s_romanian), byCodePoint));
static_assert(std::is_sorted(std::begin(s_czech), std::end(s_czech), byCodePoint));
static_assert(std::is_sorted(std::begin(s_turkish), std::end(s_turkish), byCodePoint));
static_assert(std::is_sorted(std::begin(s_russian), std::end(s_russian), byCodePoint));

std::span<const Mapping> tableFor(GsmSafe::Language language)
{
    switch (language) {
    case GsmSafe::Language::Polish:
        return s_polish;
    case GsmSafe::Language::Romanian:
        return s_romanian;
    case GsmSafe::Language::German:
        return s_german;
    case GsmSafe::Language::Czech:
        return s_czech;
    case GsmSafe::Language::Turkish:
        return s_turkish;
    case GsmSafe::Language::Russian:
        return s_russian;
    }
    return {};
}

const Mapping* find(std::span<const Mapping> table, char16_t c)
{
    const auto it = std::lower_bound(table.begin(), table.end(), Mapping {c, {}}, byCodePoint);
    return it != table.end() && it->from == c ? &*it : nullptr;
}

QString toQString(std::u16string_view s)
{
    return QString(reinterpret_cast<const QChar*>(s.data()), qsizetype(s.size()));
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0) {
        return 0;
    }
    const char16_t last = text.at(i - 1).unicode();
    if (QChar::isLowSurrogate(last) && i >= 2 && QChar::isHighSurrogate(text.at(i - 2).unicode())) {
        return QChar::surrogateToUcs4(text.at(i - 2).unicode(), last);
    }
    return last;
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i >= text.size()) {
        return 0;
    }
    const char16_t first = text.at(i).unicode();
    if (QChar::isHighSurrogate(first) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
        return QChar::surrogateToUcs4(first, text.at(i + 1).unicode());
    }
    return first;
}

// Pictographs, dingbats, arrows and the emoji modifiers that appear on either side of the
// ZWJ in sequences like 👨‍👩‍👧 or 🏳️‍🌈. An approximation is enough: it only decides whether an
// invisible character inside an already-UCS-2 emoji is kept.
bool isEmojiLike(char32_t c)
{
    return c >= 0x1F000 || (c >= 0x2190 && c <= 0x2BFF) || c == 0xFE0F || c == 0x20E3 || c == 0x00A9 || c == 0x00AE;
}

bool isInsideEmojiSequence(QStringView text, qsizetype i)
{
    return isEmojiLike(codePointBefore(text, i)) && isEmojiLike(codePointAt(text, i + 1));
}

// A title-case output ("Zh") of a capital inside an all-capitals word becomes "ZH".
bool inUpperCaseWord(QStringView text, qsizetype i)
{
    const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
    if (next.isLetter()) {
        return next.isUpper();
    }
    const QChar previous = i > 0 ? text.at(i - 1) : QChar();
    return previous.isLetter() && previous.isUpper();
}

GsmSafeText apply(QStringView text, bool specialCharacters, const QList<GsmSafe::Language>& languages)
{
    GsmSafeText result;
    result.text.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const Mapping* mapping = nullptr;
        bool titleCase = false;
        if (specialCharacters) {
            mapping = find(s_special, c);
            if (mapping && c == s_zwj && isInsideEmojiSequence(text, i)) {
                mapping = nullptr;
            }
        }
        for (qsizetype l = 0; !mapping && l < languages.size(); ++l) {
            mapping = find(tableFor(languages.at(l)), c);
            titleCase = mapping && languages.at(l) == GsmSafe::Language::Russian;
        }
        if (!mapping) {
            result.text.append(QChar(c));
            continue;
        }
        QString to = toQString(mapping->to);
        if (titleCase && to.size() > 1 && to.at(0).isUpper() && inUpperCaseWord(text, i)) {
            to = to.toUpper();
        }
        result.text.append(to);
        result.changes.append({i, QString(QChar(c)), to});
    }
    return result;
}

QList<std::pair<QString, QString>> toPairs(std::span<const Mapping> table)
{
    QList<std::pair<QString, QString>> pairs;
    pairs.reserve(qsizetype(table.size()));
    for (const Mapping& mapping : table) {
        pairs.append({QString(QChar(mapping.from)), toQString(mapping.to)});
    }
    return pairs;
}

} // namespace

GsmSafeText GsmSafe::replaceSpecialCharacters(QStringView text)
{
    return apply(text, true, {});
}

GsmSafeText GsmSafe::transliterate(QStringView text, const QList<Language>& languages)
{
    return apply(text, false, languages);
}

GsmSafeText GsmSafe::makeGsmSafe(QStringView text, const QList<Language>& languages)
{
    return apply(text, true, languages);
}

int GsmSafe::segmentsSaved(QStringView before, QStringView after, const SmsCounter::Options& options)
{
    return SmsCounter::count(before, options).segments - SmsCounter::count(after, options).segments;
}

QList<GsmSafe::Language> GsmSafe::allLanguages()
{
    return {
        Language::Polish, Language::Romanian, Language::German, Language::Czech, Language::Turkish, Language::Russian};
}

std::optional<GsmSafe::Language> GsmSafe::languageForCode(QStringView code)
{
    const QString language = code.left(2).toString().toLower();
    if (code.size() > 2 && code.at(2) != u'_' && code.at(2) != u'-') {
        return std::nullopt;
    }
    if (language == u"pl"_s) {
        return Language::Polish;
    }
    if (language == u"ro"_s) {
        return Language::Romanian;
    }
    if (language == u"de"_s) {
        return Language::German;
    }
    if (language == u"cs"_s) {
        return Language::Czech;
    }
    if (language == u"tr"_s) {
        return Language::Turkish;
    }
    if (language == u"ru"_s) {
        return Language::Russian;
    }
    return std::nullopt;
}

QString GsmSafe::languageName(Language language)
{
    switch (language) {
    case Language::Polish:
        return tr("Polish");
    case Language::Romanian:
        return tr("Romanian");
    case Language::German:
        return tr("German");
    case Language::Czech:
        return tr("Czech");
    case Language::Turkish:
        return tr("Turkish");
    case Language::Russian:
        return tr("Russian");
    }
    return {};
}

QList<std::pair<QString, QString>> GsmSafe::specialCharacterTable()
{
    return toPairs(s_special);
}

QList<std::pair<QString, QString>> GsmSafe::transliterationTable(Language language)
{
    return toPairs(tableFor(language));
}

} // namespace Herald
