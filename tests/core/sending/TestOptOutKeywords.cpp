// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sending/OptOutKeywords.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

Q_DECLARE_METATYPE(Herald::OptOutKeywords::Kind)

// The keyword table and its tolerance rules: what a reply must be to change consent.
class TestOptOutKeywords final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void everyTableEntryMatchesItself();
    void everyLanguageHasStopStartAndHelp();
    void noWordHasTwoMeanings();
    void kindNamesRoundTrip();
};

void TestOptOutKeywords::classify_data()
{
    using Kind = OptOutKeywords::Kind;
    QTest::addColumn<QString>("body");
    QTest::addColumn<Kind>("kind");

    // English and carrier keywords, with case, whitespace and punctuation around them.
    QTest::newRow("STOP") << u"STOP"_s << Kind::Stop;
    QTest::newRow("stop") << u"stop"_s << Kind::Stop;
    QTest::newRow(" Stop.") << u" Stop."_s << Kind::Stop;
    QTest::newRow("STOP!!!") << u"STOP!!!"_s << Kind::Stop;
    QTest::newRow("tab/newline") << u"\tStop\r\n"_s << Kind::Stop;
    QTest::newRow("quoted") << u"“STOP”"_s << Kind::Stop;
    QTest::newRow("emoji after") << u"STOP 🙏"_s << Kind::Stop;
    QTest::newRow("STOP ALL") << u"STOP ALL"_s << Kind::Stop;
    QTest::newRow("STOPALL") << u"STOPALL"_s << Kind::Stop;
    QTest::newRow("UNSUBSCRIBE") << u"Unsubscribe"_s << Kind::Stop;
    QTest::newRow("CANCEL") << u"cancel"_s << Kind::Stop;
    QTest::newRow("END") << u"END"_s << Kind::Stop;
    QTest::newRow("QUIT") << u"Quit."_s << Kind::Stop;
    QTest::newRow("OPTOUT") << u"OPTOUT"_s << Kind::Stop;
    QTest::newRow("OPT-OUT") << u"opt-out"_s << Kind::Stop;
    QTest::newRow("OPT OUT") << u"Opt Out"_s << Kind::Stop;
    QTest::newRow("REVOKE") << u"revoke"_s << Kind::Stop;
    QTest::newRow("ARRET") << u"ARRET"_s << Kind::Stop;
    QTest::newRow("arrêt") << u"arrêt"_s << Kind::Stop;
    QTest::newRow("full-width STOP") << u"ＳＴＯＰ"_s << Kind::Stop;
    QTest::newRow("full-width stop!") << u"ｓｔｏｐ！"_s << Kind::Stop;
    QTest::newRow("zero-width and RLM") << u"\u200FSTOP\u200B"_s << Kind::Stop;
    QTest::newRow("START") << u"START"_s << Kind::Start;
    QTest::newRow("unstop") << u"unstop"_s << Kind::Start;
    QTest::newRow("Yes") << u"Yes"_s << Kind::Start;
    QTest::newRow("HELP") << u"HELP"_s << Kind::Help;
    QTest::newRow("info?") << u"info?"_s << Kind::Help;
    QTest::newRow("full-width HELP") << u"ＨＥＬＰ"_s << Kind::Help;

    // Polish, with and without diacritics.
    QTest::newRow("pl Nie") << u"Nie"_s << Kind::Stop;
    QTest::newRow("pl NIE.") << u"NIE."_s << Kind::Stop;
    QTest::newRow("pl wypisz") << u"wypisz"_s << Kind::Stop;
    QTest::newRow("pl Wypisz mnie") << u"Wypisz mnie!"_s << Kind::Stop;
    QTest::newRow("pl REZYGNUJĘ") << u"REZYGNUJĘ"_s << Kind::Stop;
    QTest::newRow("pl rezygnuje") << u"rezygnuje"_s << Kind::Stop;
    QTest::newRow("pl Rezygnacja") << u"Rezygnacja"_s << Kind::Stop;
    QTest::newRow("pl START") << u"Start"_s << Kind::Start;
    QTest::newRow("pl POMOC") << u"pomoc"_s << Kind::Help;

    // Romanian.
    QTest::newRow("ro DEZABONARE") << u"DEZABONARE"_s << Kind::Stop;
    QTest::newRow("ro dezabonează") << u"dezabonează"_s << Kind::Stop;
    QTest::newRow("ro dezaboneaza") << u"dezaboneaza"_s << Kind::Stop;
    QTest::newRow("ro NU") << u"Nu"_s << Kind::Stop;
    QTest::newRow("ro ABONARE") << u"abonare"_s << Kind::Start;
    QTest::newRow("ro AJUTOR") << u"Ajutor"_s << Kind::Help;

    // Russian.
    QTest::newRow("ru СТОП") << u"СТОП"_s << Kind::Stop;
    QTest::newRow("ru стоп") << u"стоп."_s << Kind::Stop;
    QTest::newRow("ru Отписаться") << u"Отписаться"_s << Kind::Stop;
    QTest::newRow("ru ОТПИСКА") << u"ОТПИСКА"_s << Kind::Stop;
    QTest::newRow("ru СТАРТ") << u"старт"_s << Kind::Start;
    QTest::newRow("ru ПОМОЩЬ") << u"Помощь"_s << Kind::Help;

    // Traditional Chinese, with full-width punctuation and the Simplified spellings.
    QTest::newRow("zh 退訂") << u"退訂"_s << Kind::Stop;
    QTest::newRow("zh 取消訂閱") << u"取消訂閱"_s << Kind::Stop;
    QTest::newRow("zh 停止。") << u"停止。"_s << Kind::Stop;
    QTest::newRow("zh 退订") << u"退订"_s << Kind::Stop;
    QTest::newRow("zh 訂閱") << u"訂閱"_s << Kind::Start;
    QTest::newRow("zh 幫助") << u"幫助"_s << Kind::Help;
    QTest::newRow("zh 帮助！") << u"帮助！"_s << Kind::Help;

    // Arabic, with and without hamza, with tatweel and diacritics.
    QTest::newRow("ar إيقاف") << u"إيقاف"_s << Kind::Stop;
    QTest::newRow("ar ايقاف") << u"ايقاف"_s << Kind::Stop;
    QTest::newRow("ar إلغاء") << u"إلغاء"_s << Kind::Stop;
    QTest::newRow("ar الغاء") << u"الغاء"_s << Kind::Stop;
    QTest::newRow("ar إلغاء الاشتراك") << u"إلغاء الاشتراك"_s << Kind::Stop;
    QTest::newRow("ar with tatweel") << u"إيقـــاف"_s << Kind::Stop;
    QTest::newRow("ar with harakat") << u"إِيقَاف"_s << Kind::Stop;
    QTest::newRow("ar اشتراك") << u"اشتراك"_s << Kind::Start;
    QTest::newRow("ar مساعدة") << u"مساعدة"_s << Kind::Help;

    // Not keywords: a keyword inside a sentence is stored for a person, never acted on.
    QTest::newRow("sentence") << u"please stop texting me"_s << Kind::None;
    QTest::newRow("stop it") << u"Stop it"_s << Kind::None;
    QTest::newRow("don't stop") << u"don't stop"_s << Kind::None;
    QTest::newRow("stopping") << u"stopping"_s << Kind::None;
    QTest::newRow("two keywords") << u"STOP HELP"_s << Kind::None;
    QTest::newRow("help me") << u"HELP ME"_s << Kind::None;
    QTest::newRow("pl free text") << u"nie wysyłaj mi więcej"_s << Kind::None;
    QTest::newRow("ru free text") << u"хватит"_s << Kind::None;
    QTest::newRow("pl TAK is not START") << u"Tak"_s << Kind::None;
    QTest::newRow("ru ДА is not START") << u"Да"_s << Kind::None;
    QTest::newRow("ro DA is not START") << u"Da"_s << Kind::None;
    QTest::newRow("uk ТАК is not START") << u"ТАК"_s << Kind::None;
    QTest::newRow("question") << u"What time do you open on Saturday?"_s << Kind::None;
    QTest::newRow("empty") << u""_s << Kind::None;
    QTest::newRow("blank") << u"  \n "_s << Kind::None;
    QTest::newRow("punctuation only") << u"?!"_s << Kind::None;
    QTest::newRow("long text with STOP") << u"STOP %1"_s.arg(QString(80, u'x')) << Kind::None;
}

void TestOptOutKeywords::classify()
{
    QFETCH(QString, body);
    QFETCH(OptOutKeywords::Kind, kind);
    const OptOutKeywords::Match match = OptOutKeywords::classify(body);
    QCOMPARE(match.kind, kind);
    QCOMPARE(match.keyword.isEmpty(), kind == OptOutKeywords::Kind::None);
}

void TestOptOutKeywords::everyTableEntryMatchesItself()
{
    for (const OptOutKeywords::Entry& entry : OptOutKeywords::table()) {
        QVERIFY2(!OptOutKeywords::normalize(entry.word).isEmpty(), qPrintable(entry.word));
        QCOMPARE(OptOutKeywords::classify(entry.word).kind, entry.kind);
        QCOMPARE(OptOutKeywords::classify(entry.word.toLower()).kind, entry.kind);
        QCOMPARE(OptOutKeywords::classify(u"  %1 .\n"_s.arg(entry.word)).kind, entry.kind);
    }
}

void TestOptOutKeywords::everyLanguageHasStopStartAndHelp()
{
    QHash<QString, QSet<OptOutKeywords::Kind>> kinds;
    for (const OptOutKeywords::Entry& entry : OptOutKeywords::table()) {
        kinds[entry.language].insert(entry.kind);
    }
    // The languages Herald texts in (DESIGN §1.8).
    for (const QString& language : {u"en"_s, u"pl"_s, u"ro"_s, u"ru"_s, u"zh_TW"_s, u"ar"_s}) {
        QVERIFY2(kinds.value(language).contains(OptOutKeywords::Kind::Stop), qPrintable(language));
        QVERIFY2(kinds.value(language).contains(OptOutKeywords::Kind::Start), qPrintable(language));
        QVERIFY2(kinds.value(language).contains(OptOutKeywords::Kind::Help), qPrintable(language));
    }
    // The footer of every language names STOP, so STOP works whatever the recipient's language.
    QCOMPARE(OptOutKeywords::classify(u"STOP"_s).kind, OptOutKeywords::Kind::Stop);
}

void TestOptOutKeywords::noWordHasTwoMeanings()
{
    QHash<QString, OptOutKeywords::Kind> seen;
    for (const OptOutKeywords::Entry& entry : OptOutKeywords::table()) {
        const QString key = OptOutKeywords::normalize(entry.word);
        if (seen.contains(key)) {
            QVERIFY2(seen.value(key) == entry.kind, qPrintable(entry.word));
        }
        seen.insert(key, entry.kind);
    }
}

void TestOptOutKeywords::kindNamesRoundTrip()
{
    using Kind = OptOutKeywords::Kind;
    for (Kind kind : {Kind::None, Kind::Stop, Kind::Start, Kind::Help}) {
        QCOMPARE(OptOutKeywords::kindFromName(OptOutKeywords::kindName(kind)), kind);
    }
    QCOMPARE(OptOutKeywords::kindName(Kind::Stop), u"stop"_s);
    QCOMPARE(OptOutKeywords::kindName(Kind::None), u""_s);
}

QTEST_GUILESS_MAIN(TestOptOutKeywords)
#include "TestOptOutKeywords.moc"
