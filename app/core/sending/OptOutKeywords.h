// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Herald
{

// The keywords a reply may consist of to opt out (STOP), opt back in (START) or ask for help
// (HELP), in every language Herald texts in (DESIGN §1.6; reliability-and-compliance.md C1, C4).
//
// Only a reply that IS a keyword acts: the whole message, after tolerant normalisation (case,
// surrounding whitespace and punctuation, diacritics, full-width forms, a hyphen or space inside
// "OPT-OUT" / "STOP ALL"). "please stop texting me" is stored in the inbox for a person to read
// but changes nothing: that is what carriers and providers do (CTIA, Twilio's default opt-out
// handling), and it keeps a chatty "don't stop, I love it" from unsubscribing anyone.
class OptOutKeywords final
{
public:
    enum class Kind
    {
        None,
        Stop,
        Start,
        Help,
    };

    // One keyword of the table: the language it belongs to and the word as people type it.
    struct Entry
    {
        Kind kind = Kind::None;
        QString language; // "en", "pl", "ro", "ru", "zh_TW", "ar", "fr"
        QString word;
    };

    struct Match
    {
        Kind kind = Kind::None;
        QString keyword; // the table's spelling of the keyword that matched, e.g. "REZYGNUJĘ"
        QString language;
    };

    // What body asks for; Kind::None when it is not exactly one keyword.
    static Match classify(QStringView body);
    // The normal form both the table and replies are compared in: compatibility-decomposed,
    // without combining marks, format characters or surrounding punctuation, symbols and spaces,
    // case-folded, with inner spaces, hyphens and underscores removed.
    static QString normalize(QStringView text);
    // "stop", "start", "help", or an empty string for Kind::None (stored in inbound.keyword).
    static QString kindName(Kind kind);
    static Kind kindFromName(const QString& name);
    // The whole table, in its order.
    static const QList<Entry>& table();
};

} // namespace Herald
