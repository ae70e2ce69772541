// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sms/GsmCharset.h"
#include "sms/GsmSafe.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

using Language = GsmSafe::Language;
using Table = QList<std::pair<QString, QString>>;

Q_DECLARE_METATYPE(Herald::GsmSafe::Language)

class TestGsmSafe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specialCharacters_data();
    void specialCharacters();
    void changesArePositioned();
    void transliterate_data();
    void transliterate();
    void makeGsmSafeCombines();
    void tablesRoundTrip_data();
    void tablesRoundTrip();
    void everythingAtOnce();
    void segmentsSaved_data();
    void segmentsSaved();
    void languageForCode_data();
    void languageForCode();
};

void TestGsmSafe::specialCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("changes");

    QTest::newRow("plain") << u"Hello, world! {x} [y] €5"_s << u"Hello, world! {x} [y] €5"_s << 0;
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("curly double") << u"“Hello”"_s << u"\"Hello\""_s << 2;
    QTest::newRow("curly single") << u"‘it’s’"_s << u"'it's'"_s << 3;
    QTest::newRow("other quotes") << u"„a” «b» ″ ′ ‛ ‚ ‟"_s << u"\"a\" \"b\" \" ' ' ' \""_s << 9;
    QTest::newRow("dashes and minus") << u"a–b—c―d−e‐f‑g‒h"_s << u"a-b-c-d-e-f-g-h"_s << 7;
    QTest::newRow("ellipsis") << u"Wait…"_s << u"Wait..."_s << 1;
    QTest::newRow("spaces") << u"a\u00A0b\u202Fc\u2009d\u2003e\u3000f\u2002g"_s << u"a b c d e f g"_s << 6;
    QTest::newRow("invisible removed") << u"a\u200Bb\u200Cc\u2060d\uFEFFe\u00ADf"_s << u"abcdef"_s << 5;
    QTest::newRow("ZWJ outside emoji") << u"a\u200Db"_s << u"ab"_s << 1;
    QTest::newRow("ZWJ after letter before emoji") << u"a\u200D😀"_s << u"a😀"_s << 1;
    QTest::newRow("ZWJ family kept") << u"👨\u200D👩\u200D👧\u200D👦"_s << u"👨\u200D👩\u200D👧\u200D👦"_s << 0;
    QTest::newRow("ZWJ heart on fire kept") << u"\u2764\uFE0F\u200D🔥"_s << u"\u2764\uFE0F\u200D🔥"_s << 0;
    QTest::newRow("TAB") << u"a\tb"_s << u"a b"_s << 1;
    QTest::newRow("bullet") << u"• one\n• two"_s << u"- one\n- two"_s << 2;
    QTest::newRow("apostrophe look-alikes") << u"it`s it´s itʼs"_s << u"it's it's it's"_s << 3;
    QTest::newRow("letters untouched") << u"Zażółć Știință"_s << u"Zażółć Știință"_s << 0;
    QTest::newRow("emoji untouched") << u"😀👍🏽"_s << u"😀👍🏽"_s << 0;
}

void TestGsmSafe::specialCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, changes);

    const GsmSafeText result = GsmSafe::replaceSpecialCharacters(text);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.changes.size(), changes);
    QCOMPARE(result.changed(), changes > 0);
    // Idempotent: a second pass finds nothing.
    QCOMPARE(GsmSafe::replaceSpecialCharacters(result.text).changes.size(), 0);
}

void TestGsmSafe::changesArePositioned()
{
    const GsmSafeText result = GsmSafe::replaceSpecialCharacters(u"“Hi”…\u200Bó"_s);
    QCOMPARE(result.text, u"\"Hi\"...ó"_s);
    const QList<TextChange> expected {
        {0, u"“"_s, u"\""_s},
        {3, u"”"_s, u"\""_s},
        {4, u"…"_s, u"..."_s},
        {5, u"\u200B"_s, QString()},
    };
    QCOMPARE(result.changes, expected);

    const GsmSafeText polish = GsmSafe::transliterate(u"Żółw"_s, {Language::Polish});
    const QList<TextChange> polishChanges {{0, u"Ż"_s, u"Z"_s}, {1, u"ó"_s, u"o"_s}, {2, u"ł"_s, u"l"_s}};
    QCOMPARE(polish.text, u"Zolw"_s);
    QCOMPARE(polish.changes, polishChanges);
}

void TestGsmSafe::transliterate_data()
{
    QTest::addColumn<QList<Language>>("languages");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    const QList<Language> pl {Language::Polish};
    const QList<Language> ro {Language::Romanian};
    const QList<Language> de {Language::German};
    const QList<Language> cs {Language::Czech};
    const QList<Language> tr {Language::Turkish};
    const QList<Language> ru {Language::Russian};

    QTest::newRow("pl pangram") << pl << u"Zażółć gęślą jaźń"_s << u"Zazolc gesla jazn"_s;
    QTest::newRow("pl pangram 2") << pl << u"Pchnąć w tę łódź jeża lub ośm skrzyń fig."_s
                                  << u"Pchnac w te lodz jeza lub osm skrzyn fig."_s;
    QTest::newRow("pl capitals") << pl << u"ĄĆĘŁŃÓŚŹŻ"_s << u"ACELNOSZZ"_s;
    QTest::newRow("ro comma below") << ro << u"Știință și țară în București"_s << u"Stiinta si tara in Bucuresti"_s;
    QTest::newRow("ro cedilla") << ro << u"ŞşŢţ"_s << u"SsTt"_s;
    QTest::newRow("ro capitals") << ro << u"ĂÂÎȘȚ"_s << u"AAIST"_s;
    QTest::newRow("de stays") << de << u"Grüße aus Köln: ÄÖÜ äöü ß"_s << u"Grüße aus Köln: ÄÖÜ äöü ß"_s;
    QTest::newRow("de capital sharp s") << de << u"GROẞ"_s << u"GROSS"_s;
    QTest::newRow("cs pangram") << cs << u"Příliš žluťoučký kůň úpěl ďábelské ódy"_s
                                << u"Prilis zlutoucky kun upel dabelské ody"_s;
    QTest::newRow("cs capitals") << cs << u"ĚŠČŘŽÝÁÍÉÚŮĎŤŇ"_s << u"ESCRZYAIÉUUDTN"_s;
    QTest::newRow("tr") << tr << u"Türkçe ğüşıİ Çok"_s << u"Türkce güsiI Çok"_s;
    QTest::newRow("tr capitals") << tr << u"ĞŞİ"_s << u"GSI"_s;
    QTest::newRow("ru pangram") << ru << u"Съешь же ещё этих мягких французских булок, да выпей чаю."_s
                                << u"Sesh zhe eshchyo etikh myagkikh frantsuzskikh bulok, da vypey chayu."_s;
    QTest::newRow("ru scheme") << ru << u"щ ж х ц ч ш ю я ё й ъ ь ы э"_s << u"shch zh kh ts ch sh yu ya yo y   y e"_s;
    QTest::newRow("ru title case") << ru << u"Жук Щука Юля Ёлка"_s << u"Zhuk Shchuka Yulya Yolka"_s;
    QTest::newRow("ru all caps") << ru << u"ЖУК ЩИ ЮЛЯ, ЁЖ!"_s << u"ZHUK SHCHI YULYA, YOZH!"_s;
    QTest::newRow("ru single capital") << ru << u"Ж"_s << u"Zh"_s;
    QTest::newRow("ru phrase") << ru << u"Ответьте STOP для отписки"_s << u"Otvette STOP dlya otpiski"_s;
    QTest::newRow("other language untouched") << ru << u"Zażółć"_s << u"Zażółć"_s;
    QTest::newRow("no languages") << QList<Language> {} << u"Zażółć"_s << u"Zażółć"_s;
    QTest::newRow("GSM letters stay") << GsmSafe::allLanguages() << u"éèùìòäöüñàÄÖÑÜÉÇßØøÅåÆæ"_s
                                      << u"éèùìòäöüñàÄÖÑÜÉÇßØøÅåÆæ"_s;
    QTest::newRow("punctuation is not transliteration") << GsmSafe::allLanguages() << u"“ó”"_s << u"“o”"_s;
}

void TestGsmSafe::transliterate()
{
    QFETCH(QList<Language>, languages);
    QFETCH(QString, text);
    QFETCH(QString, expected);

    const GsmSafeText result = GsmSafe::transliterate(text, languages);
    QCOMPARE(result.text, expected);
    QCOMPARE(result.changed(), text != expected);
    QCOMPARE(GsmSafe::transliterate(result.text, languages).changes.size(), 0);
}

void TestGsmSafe::makeGsmSafeCombines()
{
    const QString text = u"„Pchnąć” – łódź…"_s;
    const GsmSafeText result = GsmSafe::makeGsmSafe(text, {Language::Polish});
    QCOMPARE(result.text, u"\"Pchnac\" - lodz..."_s);
    QVERIFY(GsmCharset::isGsmText(result.text));
    QCOMPARE(result.changes.size(), 9);
    // Positions refer to the original text.
    for (const TextChange& change : result.changes) {
        QCOMPARE(text.mid(change.position, change.from.size()), change.from);
    }
}

void TestGsmSafe::tablesRoundTrip_data()
{
    QTest::addColumn<Table>("table");
    QTest::addColumn<QList<Language>>("languages");
    QTest::addColumn<bool>("special");

    QTest::newRow("special") << GsmSafe::specialCharacterTable() << QList<Language> {} << true;
    for (const Language language : GsmSafe::allLanguages()) {
        QTest::newRow(qPrintable(GsmSafe::languageName(language)))
            << GsmSafe::transliterationTable(language) << QList<Language> {language} << false;
    }
}

void TestGsmSafe::tablesRoundTrip()
{
    QFETCH(Table, table);
    QFETCH(QList<Language>, languages);
    QFETCH(bool, special);

    QVERIFY(!table.isEmpty());
    for (const auto& [from, to] : table) {
        // Only characters GSM-7 cannot carry are mapped, and always to pure GSM-7.
        QVERIFY2(!GsmCharset::isGsmText(from), qPrintable(from));
        QVERIFY2(GsmCharset::isGsmText(to), qPrintable(to));
        QVERIFY2(to.size() <= 4, qPrintable(to));
        // Applying the fix does what the table says (ZWJ between letters is removed too)...
        const GsmSafeText once = special ? GsmSafe::replaceSpecialCharacters(u"x"_s + from + u"x"_s)
                                         : GsmSafe::transliterate(u"x"_s + from + u"x"_s, languages);
        QCOMPARE(once.text, u"x"_s + to + u"x"_s);
        QCOMPARE(once.changes.size(), 1);
        // ...and applying it twice changes nothing.
        QCOMPARE(GsmSafe::makeGsmSafe(once.text, GsmSafe::allLanguages()).changes.size(), 0);
    }
}

void TestGsmSafe::everythingAtOnce()
{
    QString all;
    for (const auto& entry : GsmSafe::specialCharacterTable()) {
        all += entry.first + u" "_s;
    }
    for (const Language language : GsmSafe::allLanguages()) {
        for (const auto& entry : GsmSafe::transliterationTable(language)) {
            all += entry.first;
        }
    }
    QVERIFY(!GsmCharset::isGsmText(all));
    const GsmSafeText once = GsmSafe::makeGsmSafe(all, GsmSafe::allLanguages());
    QVERIFY(GsmCharset::isGsmText(once.text));
    QCOMPARE(SmsCounter::count(once.text).encoding, SmsEncoding::Gsm7);
    const GsmSafeText twice = GsmSafe::makeGsmSafe(once.text, GsmSafe::allLanguages());
    QCOMPARE(twice.text, once.text);
    QVERIFY(!twice.changed());
}

void TestGsmSafe::segmentsSaved_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("saved");

    // One ellipsis turns 150 letters into three UCS-2 parts; "..." keeps it in one GSM-7 part.
    QTest::newRow("ellipsis") << QString(u"a"_s.repeated(150) + u"…"_s) << 2;
    QTest::newRow("curly quotes 160") << QString(u"“"_s + u"a"_s.repeated(158) + u"”"_s) << 2;
    QTest::newRow("Polish 85") << u"Zażółć gęślą jaźń"_s.repeated(5) << 1;
    QTest::newRow("nothing to fix") << u"Hello"_s << 0;
    QTest::newRow("Chinese stays") << u"回覆STOP取消訂閱"_s << 0;
}

void TestGsmSafe::segmentsSaved()
{
    QFETCH(QString, before);
    QFETCH(int, saved);

    const QString after = GsmSafe::makeGsmSafe(before, GsmSafe::allLanguages()).text;
    QCOMPARE(GsmSafe::segmentsSaved(before, after), saved);
}

void TestGsmSafe::languageForCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("language"); // -1: none

    QTest::newRow("pl") << u"pl"_s << int(Language::Polish);
    QTest::newRow("pl_PL") << u"pl_PL"_s << int(Language::Polish);
    QTest::newRow("ro-RO") << u"ro-RO"_s << int(Language::Romanian);
    QTest::newRow("de_AT") << u"de_AT"_s << int(Language::German);
    QTest::newRow("cs") << u"cs"_s << int(Language::Czech);
    QTest::newRow("tr") << u"tr"_s << int(Language::Turkish);
    QTest::newRow("RU") << u"RU"_s << int(Language::Russian);
    QTest::newRow("en") << u"en"_s << -1;
    QTest::newRow("zh_TW") << u"zh_TW"_s << -1;
    QTest::newRow("ar") << u"ar"_s << -1;
    QTest::newRow("plx") << u"plx"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestGsmSafe::languageForCode()
{
    QFETCH(QString, code);
    QFETCH(int, language);

    const std::optional<Language> found = GsmSafe::languageForCode(code);
    QCOMPARE(found ? int(*found) : -1, language);
}

QTEST_GUILESS_MAIN(TestGsmSafe)
#include "TestGsmSafe.moc"
