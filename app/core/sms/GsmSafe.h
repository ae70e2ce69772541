// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmsCounter.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace Herald
{

// One replacement GsmSafe made.
struct TextChange
{
    qsizetype position = 0; // UTF-16 index in the original text
    QString from; // the original character(s), e.g. "…" or a surrogate pair
    QString to; // what replaced them; empty when removed

    friend bool operator==(const TextChange&, const TextChange&) = default;
};

// The outcome of a replacement: the new text and every change, for a preview the user accepts.
struct GsmSafeText
{
    QString text;
    QList<TextChange> changes;

    bool changed() const
    {
        return !changes.isEmpty();
    }
};

// Explicit, previewable fixes that keep a message in GSM-7 (sms-encoding.md §6–7). Nothing here
// runs by itself: the editor shows the changes and the user applies them, because they change
// the text the recipient reads. Every output is pure GSM-7, so applying a function twice
// changes nothing the second time.
class GsmSafe final
{
    Q_DECLARE_TR_FUNCTIONS(GsmSafe)

public:
    // Languages with a transliteration table for letters outside GSM-7.
    enum class Language
    {
        Polish, // ą ć ę ł ń ó ś ź ż → a c e l n o s z z
        Romanian, // ă â î ș ț, and the legacy cedilla forms ş ţ → a a i s t
        German, // ä ö ü ß are GSM-7 and stay; only capital ẞ → SS
        Czech, // č ď ě ň ř š ť ů ž á í ó ú ý → c d e n r s t u z a i o u y; é stays
        Turkish, // ğ ı İ ş ç → g i I s c; Ç ö ü stay
        Russian, // Cyrillic → Latin, a BGN/PCGN-like scheme: щ → shch, ж → zh, ъ ь → removed
    };

    // Typographic characters pasted from word processors and the web: curly and angle quotes,
    // primes, dashes and the minus sign, the ellipsis (→ "..."), exotic spaces and TAB (→ " "),
    // the bullet (→ "-"), and invisible characters (zero-width space, ZWNJ, word joiner, BOM,
    // soft hyphen, and ZWJ unless it joins emoji) which are removed.
    static GsmSafeText replaceSpecialCharacters(QStringView text);
    // Letters of languages outside GSM-7 to their nearest GSM-7 spelling. Letters that GSM-7
    // carries (é è ù ì ò ä ö ü ñ à Ä Ö Ñ Ü É Ç ß …) are never touched.
    static GsmSafeText transliterate(QStringView text, const QList<Language>& languages);
    // Both of the above in one pass, so that every position refers to the original text.
    static GsmSafeText makeGsmSafe(QStringView text, const QList<Language>& languages);

    // How many parts sending after instead of before saves (negative if it costs parts).
    static int segmentsSaved(
        QStringView before, QStringView after, const SmsCounter::Options& options = SmsCounter::Options());

    static QList<Language> allLanguages();
    // "pl", "pl_PL", "ro-RO", … → the language; nothing for languages without a table.
    static std::optional<Language> languageForCode(QStringView code);
    // The translated name of language, for a menu.
    static QString languageName(Language language);

    // The tables themselves (from → to), for tests and for a preview of what a fix does.
    // The ZWJ entry of specialCharacterTable() applies only outside emoji sequences.
    static QList<std::pair<QString, QString>> specialCharacterTable();
    static QList<std::pair<QString, QString>> transliterationTable(Language language);
};

} // namespace Herald
