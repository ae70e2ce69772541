// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OptOutKeywords.h"

#include "logging/LogCategories.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

using Kind = OptOutKeywords::Kind;

// Every keyword, one table. Spellings with and without diacritics, hamza or spaces need not be
// listed twice: normalize() folds them together (REZYGNUJĘ = rezygnuje, إلغاء = الغاء,
// OPT-OUT = opt out = OPTOUT). A word may appear under several languages with the same kind.
QList<OptOutKeywords::Entry> buildTable()
{
    return {
        // English: the CTIA / carrier set and Twilio's additions (REVOKE, OPTOUT). YES is on
        // Twilio's re-subscribe list; it only ever re-subscribes someone who opted out (see
        // InboundProcessor), so a "yes" to a question never creates marketing consent.
        {Kind::Stop, u"en"_s, u"STOP"_s},
        {Kind::Stop, u"en"_s, u"STOPALL"_s},
        {Kind::Stop, u"en"_s, u"UNSUBSCRIBE"_s},
        {Kind::Stop, u"en"_s, u"CANCEL"_s},
        {Kind::Stop, u"en"_s, u"END"_s},
        {Kind::Stop, u"en"_s, u"QUIT"_s},
        {Kind::Stop, u"en"_s, u"OPTOUT"_s},
        {Kind::Stop, u"en"_s, u"OPT-OUT"_s},
        {Kind::Stop, u"en"_s, u"REVOKE"_s},
        {Kind::Start, u"en"_s, u"START"_s},
        {Kind::Start, u"en"_s, u"UNSTOP"_s},
        {Kind::Start, u"en"_s, u"YES"_s},
        {Kind::Help, u"en"_s, u"HELP"_s},
        {Kind::Help, u"en"_s, u"INFO"_s},

        // French (Canadian carriers require ARRET beside STOP).
        {Kind::Stop, u"fr"_s, u"ARRÊT"_s},
        {Kind::Stop, u"fr"_s, u"ARRETER"_s},
        {Kind::Help, u"fr"_s, u"AIDE"_s},

        // Polish. The footer says "odpisz STOP"; NIE ("no") and WYPISZ ("unsubscribe [me]") are
        // what Polish senders commonly offer and people reply. A whole-message "no" to a
        // marketing sender is honoured as a revocation: a lost promo costs less than ignoring one.
        // TAK ("yes") is deliberately NOT a re-subscribe keyword: it answers ordinary questions.
        {Kind::Stop, u"pl"_s, u"STOP"_s},
        {Kind::Stop, u"pl"_s, u"NIE"_s},
        {Kind::Stop, u"pl"_s, u"WYPISZ"_s},
        {Kind::Stop, u"pl"_s, u"WYPISZ MNIE"_s},
        {Kind::Stop, u"pl"_s, u"REZYGNUJĘ"_s},
        {Kind::Stop, u"pl"_s, u"REZYGNACJA"_s},
        {Kind::Stop, u"pl"_s, u"ODSUBSKRYBUJ"_s},
        {Kind::Start, u"pl"_s, u"START"_s},
        {Kind::Help, u"pl"_s, u"POMOC"_s},

        // Romanian. NU ("no") as for Polish; DA ("yes") is not a re-subscribe keyword.
        {Kind::Stop, u"ro"_s, u"STOP"_s},
        {Kind::Stop, u"ro"_s, u"DEZABONARE"_s},
        {Kind::Stop, u"ro"_s, u"DEZABONEAZĂ"_s},
        {Kind::Stop, u"ro"_s, u"NU"_s},
        {Kind::Start, u"ro"_s, u"START"_s},
        {Kind::Start, u"ro"_s, u"ABONARE"_s},
        {Kind::Help, u"ro"_s, u"AJUTOR"_s},

        // Russian (Cyrillic). ДА ("yes") is not a re-subscribe keyword.
        {Kind::Stop, u"ru"_s, u"СТОП"_s},
        {Kind::Stop, u"ru"_s, u"ОТПИСАТЬСЯ"_s},
        {Kind::Stop, u"ru"_s, u"ОТПИСКА"_s},
        {Kind::Stop, u"ru"_s, u"ОТПИШИТЕ"_s},
        {Kind::Start, u"ru"_s, u"СТАРТ"_s},
        {Kind::Start, u"ru"_s, u"ПОДПИСАТЬСЯ"_s},
        {Kind::Help, u"ru"_s, u"ПОМОЩЬ"_s},
        {Kind::Help, u"ru"_s, u"СПРАВКА"_s},

        // Traditional Chinese ("unsubscribe", "cancel subscription", "stop"), with the
        // Simplified spellings people type on a mainland keyboard.
        {Kind::Stop, u"zh_TW"_s, u"退訂"_s},
        {Kind::Stop, u"zh_TW"_s, u"取消訂閱"_s},
        {Kind::Stop, u"zh_TW"_s, u"停止"_s},
        {Kind::Stop, u"zh_TW"_s, u"退订"_s},
        {Kind::Stop, u"zh_TW"_s, u"取消订阅"_s},
        {Kind::Start, u"zh_TW"_s, u"訂閱"_s},
        {Kind::Start, u"zh_TW"_s, u"重新訂閱"_s},
        {Kind::Start, u"zh_TW"_s, u"订阅"_s},
        {Kind::Help, u"zh_TW"_s, u"幫助"_s},
        {Kind::Help, u"zh_TW"_s, u"帮助"_s},

        // Arabic ("stop", "cancel", "cancel the subscription"); with or without hamza is the same
        // word once normalised. نعم ("yes") is not a re-subscribe keyword.
        {Kind::Stop, u"ar"_s, u"إيقاف"_s},
        {Kind::Stop, u"ar"_s, u"ايقاف"_s},
        {Kind::Stop, u"ar"_s, u"إلغاء"_s},
        {Kind::Stop, u"ar"_s, u"الغاء"_s},
        {Kind::Stop, u"ar"_s, u"إلغاء الاشتراك"_s},
        {Kind::Stop, u"ar"_s, u"توقف"_s},
        {Kind::Start, u"ar"_s, u"اشتراك"_s},
        {Kind::Start, u"ar"_s, u"ابدأ"_s},
        {Kind::Help, u"ar"_s, u"مساعدة"_s},
    };
}

struct Index
{
    QList<OptOutKeywords::Entry> table = buildTable();
    QHash<QString, qsizetype> byNormalForm; // first entry wins

    Index()
    {
        for (qsizetype i = 0; i < table.size(); ++i) {
            const QString key = OptOutKeywords::normalize(table.at(i).word);
            const auto it = byNormalForm.constFind(key);
            if (it == byNormalForm.constEnd()) {
                byNormalForm.insert(key, i);
            } else if (table.at(it.value()).kind != table.at(i).kind) {
                qCWarning(lcSending) << "keyword" << table.at(i).word << "has two meanings";
            }
        }
    }
};

const Index& index()
{
    static const Index instance;
    return instance;
}

bool isEdgeNoise(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Punctuation_Connector:
    case QChar::Punctuation_Dash:
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Symbol_Math:
    case QChar::Symbol_Currency:
    case QChar::Symbol_Modifier:
    case QChar::Symbol_Other:
        return true;
    default:
        return false;
    }
}

} // namespace

QString OptOutKeywords::normalize(QStringView text)
{
    // NFKD: full-width Latin becomes ASCII, and letters split from their accents (Ę → E + ˛,
    // إ → ا + hamza) so that the marks can be dropped.
    const QList<uint> decomposed = text.toString().normalized(QString::NormalizationForm_KD).toUcs4();
    QList<char32_t> kept;
    kept.reserve(decomposed.size());
    for (const uint u : decomposed) {
        const auto c = char32_t(u);
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining) {
            continue;
        }
        if (category == QChar::Other_Format || c == U'\u0640') { // zero-width/direction marks, tatweel
            continue;
        }
        switch (c) {
        case U'ł': // Polish ł has no decomposition
            kept.append(U'l');
            break;
        case U'Ł':
            kept.append(U'L');
            break;
        case U'\u06CC': // Persian yeh, typed on some Arabic keyboards, for Arabic yeh
            kept.append(U'\u064A');
            break;
        default:
            kept.append(c);
        }
    }
    qsizetype begin = 0;
    qsizetype end = kept.size();
    while (begin < end && isEdgeNoise(kept.at(begin))) {
        ++begin;
    }
    while (end > begin && isEdgeNoise(kept.at(end - 1))) {
        --end;
    }
    QString out;
    out.reserve(end - begin);
    for (qsizetype i = begin; i < end; ++i) {
        const char32_t c = kept.at(i);
        const QChar::Category category = QChar::category(c);
        // "STOP ALL", "OPT-OUT", "opt_out" and "WYPISZ MNIE" compare without what joins the words.
        if (category == QChar::Separator_Space || category == QChar::Punctuation_Dash
            || category == QChar::Punctuation_Connector || category == QChar::Other_Control) {
            continue;
        }
        out.append(QString::fromUcs4(&c, 1));
    }
    return out.toCaseFolded();
}

OptOutKeywords::Match OptOutKeywords::classify(QStringView body)
{
    // A keyword is short; a long message is never one (and is not worth normalising).
    if (body.size() > 64) {
        return {};
    }
    const Index& idx = index();
    const auto it = idx.byNormalForm.constFind(normalize(body));
    if (it == idx.byNormalForm.constEnd()) {
        return {};
    }
    const Entry& entry = idx.table.at(it.value());
    return {entry.kind, entry.word, entry.language};
}

QString OptOutKeywords::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Stop:
        return u"stop"_s;
    case Kind::Start:
        return u"start"_s;
    case Kind::Help:
        return u"help"_s;
    case Kind::None:
        break;
    }
    return u""_s;
}

OptOutKeywords::Kind OptOutKeywords::kindFromName(const QString& name)
{
    if (name == u"stop"_s) {
        return Kind::Stop;
    }
    if (name == u"start"_s) {
        return Kind::Start;
    }
    if (name == u"help"_s) {
        return Kind::Help;
    }
    return Kind::None;
}

const QList<OptOutKeywords::Entry>& OptOutKeywords::table()
{
    return index().table;
}

} // namespace Herald
