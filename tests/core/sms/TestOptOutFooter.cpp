// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sms/OptOutFooter.h"
#include "sms/SmsCounter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestOptOutFooter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultText_data();
    void defaultText();
    void append_data();
    void append();
    void countIncludesFooter();
};

void TestOptOutFooter::defaultText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("units");

    const QString english = u"Reply STOP to opt out"_s;
    QTest::newRow("en") << u"en"_s << english << u"GSM-7"_s << 21;
    QTest::newRow("pl") << u"pl"_s << u"Rezygnacja: odpisz STOP"_s << u"GSM-7"_s << 23;
    QTest::newRow("pl_PL") << u"pl_PL"_s << u"Rezygnacja: odpisz STOP"_s << u"GSM-7"_s << 23;
    QTest::newRow("ro") << u"ro"_s << u"Pentru dezabonare, trimite STOP"_s << u"GSM-7"_s << 31;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"回覆STOP取消訂閱"_s << u"UCS-2"_s << 10;
    QTest::newRow("zh-Hant-TW") << u"zh-TW"_s << u"回覆STOP取消訂閱"_s << u"UCS-2"_s << 10;
    QTest::newRow("zh_HK") << u"zh_HK"_s << u"回覆STOP取消訂閱"_s << u"UCS-2"_s << 10;
    QTest::newRow("zh_CN falls back") << u"zh_CN"_s << english << u"GSM-7"_s << 21;
    QTest::newRow("ru") << u"ru"_s << u"Для отписки ответьте STOP"_s << u"UCS-2"_s << 25;
    QTest::newRow("ar") << u"ar"_s << u"لإلغاء الاشتراك أرسل STOP"_s << u"UCS-2"_s << 25;
    QTest::newRow("unknown") << u"xx"_s << english << u"GSM-7"_s << 21;
    QTest::newRow("empty") << QString() << english << u"GSM-7"_s << 21;
}

void TestOptOutFooter::defaultText()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(int, units);

    const QString footer = OptOutFooter::defaultText(language);
    QCOMPARE(footer, text);
    QVERIFY(footer.contains(u"STOP"_s));
    const SmsCount count = SmsCounter::count(footer);
    QCOMPARE(count.encodingName(), encoding);
    QCOMPARE(count.units, units);
}

void TestOptOutFooter::append_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<QString>("expected");

    QTest::newRow("normal") << u"Sale!"_s << u"Reply STOP to opt out"_s << u"Sale!\nReply STOP to opt out"_s;
    QTest::newRow("empty footer") << u"Sale!"_s << QString() << u"Sale!"_s;
    QTest::newRow("empty body") << QString() << u"Reply STOP to opt out"_s << u"Reply STOP to opt out"_s;
    QTest::newRow("body ends with newline") << u"Sale!\n"_s << u"STOP"_s << u"Sale!\nSTOP"_s;
}

void TestOptOutFooter::append()
{
    QFETCH(QString, body);
    QFETCH(QString, footer);
    QFETCH(QString, expected);

    QCOMPARE(OptOutFooter::append(body, footer), expected);
}

void TestOptOutFooter::countIncludesFooter()
{
    QCOMPARE(OptOutFooter::languages(), (QStringList {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s}));
    const QString footer = OptOutFooter::defaultText(u"en");
    // 138 + "\n" + 21 = 160 fits one part; one more letter needs two.
    QCOMPARE(SmsCounter::count(OptOutFooter::append(u"a"_s.repeated(138), footer)).segments, 1);
    const SmsCount two = SmsCounter::count(OptOutFooter::append(u"a"_s.repeated(139), footer));
    QCOMPARE(two.units, 161);
    QCOMPARE(two.segmentUnits, (QList<int> {153, 8}));
    // A Russian footer turns a GSM-7 body into UCS-2.
    const SmsCount russian = SmsCounter::count(OptOutFooter::append(u"Sale"_s, OptOutFooter::defaultText(u"ru")));
    QCOMPARE(russian.encoding, SmsEncoding::Ucs2);
    QCOMPARE(russian.units, 30);
}

QTEST_GUILESS_MAIN(TestOptOutFooter)
#include "TestOptOutFooter.moc"
