// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignFixture.h"
#include "campaigns/SendingRules.h"
#include "settings/Settings.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;
using Herald::Test::utc;

// Quiet hours in the recipient's local time: held to the next window, never dropped, and
// right on the days the clocks change.
class TestSendingRules final : public QObject
{
    Q_OBJECT

private slots:
    void heldToTheNextWindow_data();
    void heldToTheNextWindow();
    void sundaysWaitForMonday();
    void windowAcrossMidnight();
    void unrestrictedChangesNothing();
    void severalZonesShareOneWindow();
    void skippedHourMovesForward();
    void fromSettings();

private:
    static SendingRules weekdays()
    {
        SendingRules rules; // 08:00–21:00
        rules.avoidSundays = false;
        return rules;
    }
};

void TestSendingRules::heldToTheNextWindow_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("planned");
    QTest::addColumn<QDateTime>("expected");

    // Europe/Warsaw: CET (UTC+1) until 01:00 UTC on Sunday 29 March 2026, then CEST (UTC+2).
    QTest::newRow("Warsaw, day before spring change, 05:00 CET")
        << u"Europe/Warsaw"_s << utc(2026, 3, 28, 4) << utc(2026, 3, 28, 7);
    QTest::newRow("Warsaw, spring change day, 06:00 CEST")
        << u"Europe/Warsaw"_s << utc(2026, 3, 29, 4) << utc(2026, 3, 29, 6);
    QTest::newRow("Warsaw, 21:30 CET the evening before the change")
        << u"Europe/Warsaw"_s << utc(2026, 3, 28, 20, 30) << utc(2026, 3, 29, 6);
    QTest::newRow("Warsaw, inside the window") << u"Europe/Warsaw"_s << utc(2026, 3, 29, 10) << utc(2026, 3, 29, 10);
    QTest::newRow("Warsaw, 20:59 CEST still allowed")
        << u"Europe/Warsaw"_s << utc(2026, 3, 29, 18, 59) << utc(2026, 3, 29, 18, 59);
    QTest::newRow("Warsaw, 21:00 CEST is quiet") << u"Europe/Warsaw"_s << utc(2026, 3, 29, 19) << utc(2026, 3, 30, 6);
    // Back to CET at 01:00 UTC on Sunday 25 October 2026.
    QTest::newRow("Warsaw, day before autumn change, 07:00 CEST")
        << u"Europe/Warsaw"_s << utc(2026, 10, 24, 5) << utc(2026, 10, 24, 6);
    QTest::newRow("Warsaw, autumn change day, 06:00 CET")
        << u"Europe/Warsaw"_s << utc(2026, 10, 25, 5) << utc(2026, 10, 25, 7);
    QTest::newRow("Warsaw, 21:30 CEST the evening before the autumn change")
        << u"Europe/Warsaw"_s << utc(2026, 10, 24, 19, 30) << utc(2026, 10, 25, 7);
    // America/New_York: EST (UTC−5) until 07:00 UTC on 8 March 2026, EDT (UTC−4) until
    // 06:00 UTC on 1 November 2026.
    QTest::newRow("New York, 06:00 EST") << u"America/New_York"_s << utc(2026, 3, 7, 11) << utc(2026, 3, 7, 13);
    QTest::newRow("New York, spring change day, 07:00 EDT")
        << u"America/New_York"_s << utc(2026, 3, 8, 11) << utc(2026, 3, 8, 12);
    QTest::newRow("New York, 21:30 EDT before the autumn change")
        << u"America/New_York"_s << utc(2026, 11, 1, 1, 30) << utc(2026, 11, 1, 13);
    QTest::newRow("New York, autumn change day, 06:30 EST")
        << u"America/New_York"_s << utc(2026, 11, 1, 11, 30) << utc(2026, 11, 1, 13);
}

void TestSendingRules::heldToTheNextWindow()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, planned);
    QFETCH(QDateTime, expected);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    const SendingRules rules = weekdays();
    const QDateTime at = rules.earliestSendTime(planned, tz);
    QCOMPARE(at, expected);
    QVERIFY(rules.allows(at, tz));
    QCOMPARE(at.toTimeZone(tz).time() == QTime(8, 0), at != planned);
}

void TestSendingRules::sundaysWaitForMonday()
{
    const QTimeZone warsaw("Europe/Warsaw");
    SendingRules rules;
    QVERIFY(rules.avoidSundays);
    // Saturday 21:30: quiet, then Sunday, so Monday 30 March 08:00 CEST.
    QCOMPARE(rules.earliestSendTime(utc(2026, 3, 28, 20, 30), warsaw), utc(2026, 3, 30, 6));
    // Sunday noon: Monday morning.
    QCOMPARE(rules.earliestSendTime(utc(2026, 3, 29, 10), warsaw), utc(2026, 3, 30, 6));
    // Saturday noon is fine.
    QCOMPARE(rules.earliestSendTime(utc(2026, 3, 28, 11), warsaw), utc(2026, 3, 28, 11));
    // Sunday in Warsaw but still Saturday in New York: each recipient's own calendar counts.
    const QTimeZone newYork("America/New_York");
    const QDateTime saturdayEveningInNewYork = utc(2026, 6, 14, 0, 30); // Sat 20:30 EDT, Sun 02:30 CEST
    QCOMPARE(rules.earliestSendTime(saturdayEveningInNewYork, newYork), saturdayEveningInNewYork);
    QCOMPARE(rules.earliestSendTime(saturdayEveningInNewYork, warsaw), utc(2026, 6, 15, 6));
}

void TestSendingRules::windowAcrossMidnight()
{
    SendingRules rules = weekdays();
    rules.allowedFrom = QTime(20, 0);
    rules.allowedUntil = QTime(2, 0);
    const QTimeZone utcZone(QByteArrayLiteral("UTC"));
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 10, 10), utcZone), utc(2026, 6, 10, 20));
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 10, 23), utcZone), utc(2026, 6, 10, 23));
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 11, 1, 30), utcZone), utc(2026, 6, 11, 1, 30));
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 11, 2), utcZone), utc(2026, 6, 11, 20));
}

void TestSendingRules::unrestrictedChangesNothing()
{
    const SendingRules rules = SendingRules::unrestricted();
    QVERIFY(!rules.hasQuietHours());
    QVERIFY(!rules.hasTimeRules());
    QCOMPARE(rules.frequencyCap, 0);
    const QDateTime sundayNight = utc(2026, 3, 29, 1, 30);
    QCOMPARE(rules.earliestSendTime(sundayNight, QTimeZone("Europe/Warsaw")), sundayNight);
}

void TestSendingRules::severalZonesShareOneWindow()
{
    const SendingRules rules = weekdays();
    const QList<QTimeZone> coasts {QTimeZone("America/New_York"), QTimeZone("America/Los_Angeles")};
    // 08:00 in New York is 05:00 in Los Angeles: wait for 08:00 there (11:00 in New York).
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 10, 12), coasts), utc(2026, 6, 10, 15));
    // 20:30 in New York, 17:30 in Los Angeles: fine in both.
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 11, 0, 30), coasts), utc(2026, 6, 11, 0, 30));
    // 21:30 in New York: the next morning in Los Angeles.
    QCOMPARE(rules.earliestSendTime(utc(2026, 6, 11, 1, 30), coasts), utc(2026, 6, 11, 15));
    // Zones with no common window fall back to the first one: 09:00–12:00 in Warsaw and in
    // New York never overlap.
    SendingRules narrow = rules;
    narrow.allowedFrom = QTime(9, 0);
    narrow.allowedUntil = QTime(12, 0);
    const QList<QTimeZone> apart {QTimeZone("Europe/Warsaw"), QTimeZone("America/New_York")};
    QCOMPARE(narrow.earliestSendTime(utc(2026, 6, 10, 4), apart), utc(2026, 6, 10, 7));
}

void TestSendingRules::skippedHourMovesForward()
{
    const QTimeZone warsaw("Europe/Warsaw");
    // 02:30 does not exist on 29 March 2026 in Warsaw: a wall clock shows 03:30 CEST.
    QCOMPARE(localDateTime(QDate(2026, 3, 29), QTime(2, 30), warsaw), utc(2026, 3, 29, 1, 30));
    QCOMPARE(localDateTime(QDate(2026, 3, 29), QTime(8, 0), warsaw), utc(2026, 3, 29, 6));
    QCOMPARE(localDateTime(QDate(2026, 3, 28), QTime(8, 0), warsaw), utc(2026, 3, 28, 7));
    // A window opening inside the gap opens when the clock jumps past it.
    SendingRules rules = weekdays();
    rules.allowedFrom = QTime(2, 30);
    rules.allowedUntil = QTime(21, 0);
    QCOMPARE(rules.earliestSendTime(utc(2026, 3, 28, 23), warsaw), utc(2026, 3, 29, 1, 30));
}

void TestSendingRules::fromSettings()
{
    auto settings = Settings::createTemporary();
    settings->setQuietHours(QTime(9, 30), QTime(20, 0));
    settings->setAvoidSundays(false);
    settings->setFrequencyCap(7);
    const SendingRules rules = SendingRules::fromSettings(*settings);
    QCOMPARE(rules.allowedFrom, QTime(9, 30));
    QCOMPARE(rules.allowedUntil, QTime(20, 0));
    QVERIFY(!rules.avoidSundays);
    QCOMPARE(rules.frequencyCap, 7);
    QCOMPARE(rules.frequencyWindowDays, 30);
    settings->setFrequencyCap(25); // clamped to the allowed 1–10
    QCOMPARE(SendingRules::fromSettings(*settings).frequencyCap, 10);
    const SendingRules defaults = SendingRules::fromSettings(*Settings::createTemporary());
    QCOMPARE(defaults.allowedFrom, QTime(8, 0));
    QCOMPARE(defaults.allowedUntil, QTime(21, 0));
    QCOMPARE(defaults.frequencyCap, 4);
}

QTEST_GUILESS_MAIN(TestSendingRules)
#include "TestSendingRules.moc"
