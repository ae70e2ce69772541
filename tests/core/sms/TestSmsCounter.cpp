// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sms/GsmCharset.h"
#include "sms/SmsCounter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

QString rep(const QString& s, int n)
{
    return s.repeated(n);
}

SmsCounter::Options withTables(QList<NationalLanguage> languages
    = {NationalLanguage::Turkish, NationalLanguage::Spanish, NationalLanguage::Portuguese},
    bool locking = true)
{
    SmsCounter::Options options;
    options.nationalLanguageTables = true;
    options.languages = std::move(languages);
    options.allowLockingShift = locking;
    return options;
}

} // namespace

Q_DECLARE_METATYPE(Herald::SmsCounter::Options)

class TestSmsCounter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void count_data();
    void count();
    void nonGsmPositions_data();
    void nonGsmPositions();
    void distinctNonGsm();
    void defaultAlphabet();
    void extensionTable();
    void nationalTables_data();
    void nationalTables();
    void shiftCapacities();
    void shiftTablesOffByDefault();
};

void TestSmsCounter::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<QList<int>>("perSegment");
    QTest::addColumn<int>("characters");
    QTest::addColumn<int>("remaining");

    const QString gsm = u"GSM-7"_s;
    const QString ucs = u"UCS-2"_s;

    QTest::newRow("empty") << QString() << gsm << 0 << QList<int> {0} << 0 << 160;
    QTest::newRow("one char") << u"a"_s << gsm << 1 << QList<int> {1} << 1 << 159;

    // GSM-7 boundaries.
    QTest::newRow("159 septets") << rep(u"a"_s, 159) << gsm << 159 << QList<int> {159} << 159 << 1;
    QTest::newRow("160 septets") << rep(u"a"_s, 160) << gsm << 160 << QList<int> {160} << 160 << 0;
    QTest::newRow("161 septets") << rep(u"a"_s, 161) << gsm << 161 << QList<int> {153, 8} << 161 << 145;
    QTest::newRow("306 septets") << rep(u"a"_s, 306) << gsm << 306 << QList<int> {153, 153} << 306 << 0;
    QTest::newRow("307 septets") << rep(u"a"_s, 307) << gsm << 307 << QList<int> {153, 153, 1} << 307 << 152;
    QTest::newRow("11 GSM parts") << rep(u"a"_s, 1600) << gsm << 1600
                                  << QList<int> {153, 153, 153, 153, 153, 153, 153, 153, 153, 153, 70} << 1600 << 83;

    // Extension characters cost 2 and an ESC pair is never split.
    QTest::newRow("80 euro = 160") << rep(u"€"_s, 80) << gsm << 160 << QList<int> {160} << 80 << 0;
    QTest::newRow("81 euro") << rep(u"€"_s, 81) << gsm << 162 << QList<int> {152, 10} << 81 << 143;
    QTest::newRow("153 ] = 3 parts") << rep(u"]"_s, 153) << gsm << 306 << QList<int> {152, 152, 2} << 153 << 151;
    QTest::newRow("escape at 152/153 moves")
        << rep(u"a"_s, 152) + u"]"_s + rep(u"a"_s, 10) << gsm << 164 << QList<int> {152, 12} << 163 << 141;
    QTest::newRow("escape ending at 153 fits")
        << rep(u"a"_s, 151) + u"]"_s + rep(u"a"_s, 10) << gsm << 163 << QList<int> {153, 10} << 162 << 143;
    QTest::newRow("escape at 159/160") << rep(u"a"_s, 158) + u"€"_s << gsm << 160 << QList<int> {160} << 159 << 0;
    QTest::newRow("escape at 160/161") << rep(u"a"_s, 159) + u"€"_s << gsm << 161 << QList<int> {153, 8} << 160 << 145;
    QTest::newRow("form feed") << u"\f"_s << gsm << 2 << QList<int> {2} << 1 << 158;
    QTest::newRow("CRLF = 2") << u"a\r\nb"_s << gsm << 4 << QList<int> {4} << 4 << 156;
    QTest::newRow("capital C cedilla is GSM") << u"Ça va"_s << gsm << 5 << QList<int> {5} << 5 << 155;
    QTest::newRow("small c cedilla is not") << u"ça va"_s << ucs << 5 << QList<int> {5} << 5 << 65;
    QTest::newRow("backtick is not GSM") << u"`"_s << ucs << 1 << QList<int> {1} << 1 << 69;
    QTest::newRow("TAB is not GSM") << u"a\tb"_s << ucs << 3 << QList<int> {3} << 3 << 67;
    QTest::newRow("GSM accents") << u"èéùìòØøÅåÆæßÉÄÖÑÜäöñüà¡¿§¤£¥$@_"_s << gsm << 31 << QList<int> {31} << 31 << 129;
    QTest::newRow("Greek capitals") << u"ΔΦΓΛΩΠΨΣΘΞ"_s << gsm << 10 << QList<int> {10} << 10 << 150;

    // UCS-2 boundaries.
    QTest::newRow("69 UCS-2") << rep(u"ą"_s, 69) << ucs << 69 << QList<int> {69} << 69 << 1;
    QTest::newRow("70 UCS-2") << rep(u"ą"_s, 70) << ucs << 70 << QList<int> {70} << 70 << 0;
    QTest::newRow("71 UCS-2") << rep(u"ą"_s, 71) << ucs << 71 << QList<int> {67, 4} << 71 << 63;
    QTest::newRow("134 UCS-2") << rep(u"ą"_s, 134) << ucs << 134 << QList<int> {67, 67} << 134 << 0;
    QTest::newRow("135 UCS-2") << rep(u"ą"_s, 135) << ucs << 135 << QList<int> {67, 67, 1} << 135 << 66;
    QTest::newRow("11 UCS-2 parts") << rep(u"ж"_s, 700) << ucs << 700
                                    << QList<int> {67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 30} << 700 << 37;
    QTest::newRow("surrogate at 66/67 moves")
        << rep(u"ą"_s, 66) + u"😀"_s + rep(u"ą"_s, 10) << ucs << 78 << QList<int> {66, 12} << 77 << 55;
    QTest::newRow("surrogate ending at 67 fits")
        << rep(u"ą"_s, 65) + u"😀"_s + rep(u"ą"_s, 10) << ucs << 77 << QList<int> {67, 10} << 76 << 57;
    QTest::newRow("emoji pair at 69/70 fits") << rep(u"ą"_s, 68) + u"😀"_s << ucs << 70 << QList<int> {70} << 69 << 0;
    QTest::newRow("35 emoji = 70") << rep(u"😀"_s, 35) << ucs << 70 << QList<int> {70} << 35 << 0;
    QTest::newRow("36 emoji") << rep(u"😀"_s, 36) << ucs << 72 << QList<int> {66, 6} << 36 << 61;
    QTest::newRow("extension char in UCS-2 is 1 unit") << u"ą€]"_s << ucs << 3 << QList<int> {3} << 3 << 67;
    QTest::newRow("lone high surrogate") << u"a"_s + QChar(u'\xD83D') + u"b"_s << ucs << 3 << QList<int> {3} << 3 << 67;
    QTest::newRow("lone low surrogate") << QString(QChar(u'\xDE00')) << ucs << 1 << QList<int> {1} << 1 << 69;

    // sms-encoding.md §4 unit examples.
    QTest::newRow("grinning face") << u"😀"_s << ucs << 2 << QList<int> {2} << 1 << 68;
    QTest::newRow("thumbs up medium skin") << u"👍🏽"_s << ucs << 4 << QList<int> {4} << 2 << 66;
    QTest::newRow("flag PL") << u"🇵🇱"_s << ucs << 4 << QList<int> {4} << 2 << 66;
    QTest::newRow("keycap 1") << u"1\uFE0F\u20E3"_s << ucs << 3 << QList<int> {3} << 3 << 67;
    QTest::newRow("family ZWJ") << u"👨\u200D👩\u200D👧\u200D👦"_s << ucs << 11 << QList<int> {11} << 7 << 59;
    QTest::newRow("red heart VS16") << u"\u2764\uFE0F"_s << ucs << 2 << QList<int> {2} << 2 << 68;
    QTest::newRow("e + combining acute") << u"e\u0301"_s << ucs << 2 << QList<int> {2} << 2 << 68;
    QTest::newRow("70 combining e = 3 parts")
        << rep(u"e\u0301"_s, 70) << ucs << 140 << QList<int> {67, 67, 6} << 140 << 61;

    // The UI's non-Latin languages.
    QTest::newRow("Polish") << u"Zażółć gęślą jaźń"_s << ucs << 17 << QList<int> {17} << 17 << 53;
    QTest::newRow("Polish 5x") << rep(u"Zażółć gęślą jaźń"_s, 5) << ucs << 85 << QList<int> {67, 18} << 85 << 49;
    QTest::newRow("Romanian") << u"Știință și țară în București"_s << ucs << 28 << QList<int> {28} << 28 << 42;
    QTest::newRow("Romanian 3x") << rep(u"Știință și țară în București"_s, 3) << ucs << 84 << QList<int> {67, 17} << 84
                                 << 50;
    QTest::newRow("Traditional Chinese") << u"回覆STOP取消訂閱"_s << ucs << 10 << QList<int> {10} << 10 << 60;
    QTest::newRow("Traditional Chinese 6x")
        << rep(u"我能吞下玻璃而不傷身體。"_s, 6) << ucs << 72 << QList<int> {67, 5} << 72 << 62;
    QTest::newRow("Russian") << u"Съешь же ещё этих мягких французских булок, да выпей чаю."_s << ucs << 57
                             << QList<int> {57} << 57 << 13;
    QTest::newRow("Russian 2x") << rep(u"Съешь же ещё этих мягких французских булок, да выпей чаю."_s, 2) << ucs << 114
                                << QList<int> {67, 47} << 114 << 20;
    QTest::newRow("Arabic") << u"مرحبا بالعالم"_s << ucs << 13 << QList<int> {13} << 13 << 57;
    QTest::newRow("Arabic 2x") << rep(u"نص حكيم له سر قاطع وذو شأن عظيم مكتوب على ثوب أخضر ومغلف بجلد أزرق"_s, 2) << ucs
                               << 132 << QList<int> {67, 65} << 132 << 2;
}

void TestSmsCounter::count()
{
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, units);
    QFETCH(QList<int>, perSegment);
    QFETCH(int, characters);
    QFETCH(int, remaining);

    const SmsCount result = SmsCounter::count(text);
    QCOMPARE(result.encodingName(), encoding);
    QCOMPARE(result.encoding, encoding == u"GSM-7"_s ? SmsEncoding::Gsm7 : SmsEncoding::Ucs2);
    QCOMPARE(result.units, units);
    QCOMPARE(result.segmentUnits, perSegment);
    QCOMPARE(result.segments, int(perSegment.size()));
    QCOMPARE(result.characters, characters);
    QCOMPARE(result.remaining, remaining);
    QCOMPARE(result.nonGsm.isEmpty(), encoding == u"GSM-7"_s);
    QCOMPARE(result.lockingShift, NationalLanguage::None);
    QCOMPARE(result.singleShift, NationalLanguage::None);
    const bool gsm = result.encoding == SmsEncoding::Gsm7;
    QCOMPARE(result.singlePartCapacity, gsm ? 160 : 70);
    QCOMPARE(result.multiPartCapacity, gsm ? 153 : 67);
}

void TestSmsCounter::nonGsmPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qsizetype>>("positions");
    QTest::addColumn<QList<char32_t>>("codePoints");

    QTest::newRow("none") << u"Hello {world}"_s << QList<qsizetype> {} << QList<char32_t> {};
    QTest::newRow("Polish") << u"Zażółć"_s << QList<qsizetype> {2, 3, 4, 5} << QList<char32_t> {U'ż', U'ó', U'ł', U'ć'};
    QTest::newRow("emoji pair is one entry") << u"a😀b€"_s << QList<qsizetype> {1} << QList<char32_t> {U'😀'};
    QTest::newRow("curly quotes") << u"“Hi”"_s << QList<qsizetype> {0, 3} << QList<char32_t> {U'“', U'”'};
    QTest::newRow("keycap") << u"1\uFE0F\u20E3"_s << QList<qsizetype> {1, 2} << QList<char32_t> {0xFE0F, 0x20E3};
}

void TestSmsCounter::nonGsmPositions()
{
    QFETCH(QString, text);
    QFETCH(QList<qsizetype>, positions);
    QFETCH(QList<char32_t>, codePoints);

    const SmsCount result = SmsCounter::count(text);
    QList<qsizetype> actualPositions;
    QList<char32_t> actualCodePoints;
    for (const NonGsmCharacter& c : result.nonGsm) {
        actualPositions.append(c.position);
        actualCodePoints.append(c.codePoint);
        QCOMPARE(text.mid(c.position, c.length), c.toString());
    }
    QCOMPARE(actualPositions, positions);
    QCOMPARE(actualCodePoints, codePoints);
}

void TestSmsCounter::distinctNonGsm()
{
    QCOMPARE(SmsCounter::count(u"ąąbę😀ą😀"_s).distinctNonGsm(), (QStringList {u"ą"_s, u"ę"_s, u"😀"_s}));
    QCOMPARE(SmsCounter::count(u"plain"_s).distinctNonGsm(), QStringList());
}

void TestSmsCounter::defaultAlphabet()
{
    // 127 characters in the basic table, 10 in the extension (sms-encoding.md §2).
    QCOMPARE(GsmCharset::defaultTable().toString().size(), 127);
    QCOMPARE(GsmCharset::defaultExtension().toString(), u"\f[\\]^{|}~€"_s);
    for (char16_t c = 0x20; c < 0x7F; ++c) {
        const int expected = QStringView(u"^{}\\[]~|").contains(QChar(c)) ? 2 : (c == u'`' ? 0 : 1);
        QCOMPARE(GsmCharset::septets(c), expected);
    }
    QCOMPARE(GsmCharset::septets(u'\n'), 1);
    QCOMPARE(GsmCharset::septets(u'\r'), 1);
    QCOMPARE(GsmCharset::septets(u'\x1B'), 0);
    QCOMPARE(GsmCharset::septets(u'Ç'), 1);
    QCOMPARE(GsmCharset::septets(u'ç'), 0);
    QCOMPARE(GsmCharset::septetCount(u"a€b"), 4);
    QCOMPARE(GsmCharset::septetCount(u"aąb"), -1);
    QVERIFY(GsmCharset::isGsmText(u"Reply STOP to opt out"));
    QVERIFY(!GsmCharset::isGsmText(u"ó"));
}

void TestSmsCounter::extensionTable()
{
    const QString all = u"^{}\\[~]|€\f"_s;
    for (const QChar c : all) {
        QCOMPARE(GsmCharset::septets(c.unicode()), 2);
    }
    const SmsCount result = SmsCounter::count(all);
    QCOMPARE(result.units, 20);
    QCOMPARE(result.characters, 10);
}

void TestSmsCounter::nationalTables_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SmsCounter::Options>("options");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("locking");
    QTest::addColumn<int>("single");
    QTest::addColumn<int>("units");
    QTest::addColumn<QList<int>>("perSegment");

    const QString turkish6 = u"ĞŞİğşı"_s;
    const QString turkish77 = rep(turkish6, 12) + u"ĞŞİğş"_s;
    const QString turkish78 = rep(turkish6, 13);
    const QString turkish160 = rep(turkish6, 26) + u"ĞŞİğ"_s;
    const auto turkishSingleOnly = withTables({NationalLanguage::Turkish}, false);

    // AOSP's SmsMessage test: Turkish single shift only, 2 septets per letter.
    QTest::newRow("tr single 77") << turkish77 << turkishSingleOnly << u"GSM-7"_s << 0 << 1 << 154 << QList<int> {154};
    QTest::newRow("tr single 78") << turkish78 << turkishSingleOnly << u"GSM-7"_s << 0 << 1 << 156
                                  << QList<int> {148, 8};
    QTest::newRow("tr single 160") << turkish160 << turkishSingleOnly << u"GSM-7"_s << 0 << 1 << 320
                                   << QList<int> {148, 148, 24};
    // With locking shift allowed: single shift is kept while it fits one part...
    QTest::newRow("tr 77 prefers single")
        << turkish77 << withTables() << u"GSM-7"_s << 0 << 1 << 154 << QList<int> {154};
    // ...and locking shift wins when it saves a part.
    QTest::newRow("tr 78 locking") << turkish78 << withTables() << u"GSM-7"_s << 1 << 0 << 78 << QList<int> {78};
    QTest::newRow("tr 155 locking") << rep(u"ı"_s, 155) << withTables() << u"GSM-7"_s << 1 << 0 << 155
                                    << QList<int> {155};
    QTest::newRow("tr 156 locking") << rep(u"ı"_s, 156) << withTables() << u"GSM-7"_s << 1 << 0 << 156
                                    << QList<int> {149, 7};
    QTest::newRow("locking beats default")
        << rep(u"a"_s, 140) + rep(u"€"_s, 15) << withTables() << u"GSM-7"_s << 1 << 0 << 155 << QList<int> {155};
    QTest::newRow("default when it fits")
        << u"hello €"_s << withTables() << u"GSM-7"_s << 0 << 0 << 8 << QList<int> {8};
    QTest::newRow("es single") << u"Canción"_s << withTables() << u"GSM-7"_s << 0 << 2 << 8 << QList<int> {8};
    QTest::newRow("pt single") << u"Não"_s << withTables() << u"GSM-7"_s << 0 << 3 << 4 << QList<int> {4};
    QTest::newRow("pt locking") << rep(u"ã"_s, 100) << withTables() << u"GSM-7"_s << 3 << 0 << 100 << QList<int> {100};
    QTest::newRow("tr locking + es single") << u"ıÁ"_s << withTables() << u"GSM-7"_s << 1 << 2 << 3 << QList<int> {3};
    QTest::newRow("both tables 152") << u"ıÁ"_s + rep(u"a"_s, 149) << withTables() << u"GSM-7"_s << 1 << 2 << 152
                                     << QList<int> {152};
    QTest::newRow("both tables 153") << u"ıÁ"_s + rep(u"a"_s, 150) << withTables() << u"GSM-7"_s << 1 << 2 << 153
                                     << QList<int> {146, 7};
    QTest::newRow("ç with Turkish") << u"ça"_s << withTables() << u"GSM-7"_s << 0 << 1 << 3 << QList<int> {3};
    QTest::newRow("language not enabled")
        << u"Canción"_s << withTables({NationalLanguage::Turkish}) << u"UCS-2"_s << 0 << 0 << 7 << QList<int> {7};
    QTest::newRow("Polish has no table") << u"Zażółć"_s << withTables() << u"UCS-2"_s << 0 << 0 << 6 << QList<int> {6};
}

void TestSmsCounter::nationalTables()
{
    QFETCH(QString, text);
    QFETCH(SmsCounter::Options, options);
    QFETCH(QString, encoding);
    QFETCH(int, locking);
    QFETCH(int, single);
    QFETCH(int, units);
    QFETCH(QList<int>, perSegment);

    const SmsCount result = SmsCounter::count(text, options);
    QCOMPARE(result.encodingName(), encoding);
    QCOMPARE(int(result.lockingShift), locking);
    QCOMPARE(int(result.singleShift), single);
    QCOMPARE(result.units, units);
    QCOMPARE(result.segmentUnits, perSegment);
    QCOMPARE(result.segments, int(perSegment.size()));
    const int tables = (locking ? 1 : 0) + (single ? 1 : 0);
    if (result.encoding == SmsEncoding::Gsm7) {
        QVERIFY(result.nonGsm.isEmpty());
        QCOMPARE(result.singlePartCapacity, SmsCounter::gsm7SinglePartCapacity(tables));
        QCOMPARE(result.multiPartCapacity, SmsCounter::gsm7MultiPartCapacity(tables));
    } else {
        QCOMPARE(result.nonGsm.isEmpty(), false);
    }
}

void TestSmsCounter::shiftCapacities()
{
    QCOMPARE(SmsCounter::gsm7SinglePartCapacity(0), 160);
    QCOMPARE(SmsCounter::gsm7MultiPartCapacity(0), 153);
    QCOMPARE(SmsCounter::gsm7SinglePartCapacity(1), 155);
    QCOMPARE(SmsCounter::gsm7MultiPartCapacity(1), 149);
    QCOMPARE(SmsCounter::gsm7SinglePartCapacity(2), 152);
    QCOMPARE(SmsCounter::gsm7MultiPartCapacity(2), 146);
    QCOMPARE(GsmCharset::lockingShiftTable(NationalLanguage::Turkish).toString().size(), 127);
    QCOMPARE(GsmCharset::lockingShiftTable(NationalLanguage::Portuguese).toString().size(), 127);
    QVERIFY(GsmCharset::lockingShiftTable(NationalLanguage::Spanish).isEmpty());
    QCOMPARE(GsmCharset::singleShiftTable(NationalLanguage::Turkish).toString().size(), 17);
    QCOMPARE(GsmCharset::singleShiftTable(NationalLanguage::Spanish).toString().size(), 19);
    QCOMPARE(GsmCharset::singleShiftTable(NationalLanguage::Portuguese).toString().size(), 37);
}

void TestSmsCounter::shiftTablesOffByDefault()
{
    QCOMPARE(SmsCounter::Options().nationalLanguageTables, false);
    const SmsCount result = SmsCounter::count(u"Türkçe ğ"_s);
    QCOMPARE(result.encoding, SmsEncoding::Ucs2);
    QCOMPARE(result.distinctNonGsm(), (QStringList {u"ç"_s, u"ğ"_s}));
}

QTEST_GUILESS_MAIN(TestSmsCounter)
#include "TestSmsCounter.moc"
