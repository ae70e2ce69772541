// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaigns/RecipientPhone.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Number facts and time zones of recipients: what quiet hours and the sender rules rest on.
class TestRecipientPhone final : public QObject
{
    Q_OBJECT

private slots:
    void factsOfNumbers();
    void zonesFromTheContactFirst();
    void zonesFromTheNumber();
};

void TestRecipientPhone::factsOfNumbers()
{
    RecipientPhone phones;
    // Unknown type: parsed again.
    const RecipientPhoneFacts mobile = phones.facts(u"+48601000001"_s, u"unknown"_s);
    QVERIFY(mobile.valid);
    QCOMPARE(mobile.type, u"mobile"_s);
    QCOMPARE(mobile.region, u"PL"_s);
    const RecipientPhoneFacts landline = phones.facts(u"+48221234567"_s, QString());
    QVERIFY(landline.valid);
    QVERIFY(landline.isLandline());
    QVERIFY(!phones.facts(u"+4860100001"_s, u"unknown"_s).valid); // one digit short
    QVERIFY(!phones.facts(u"0601000001"_s, u"unknown"_s).valid); // not E.164
    // A type recorded at import is trusted; the region still comes from the number.
    const RecipientPhoneFacts stored = phones.facts(u"+48601000002"_s, u"fixed_line"_s);
    QVERIFY(stored.isLandline());
    QCOMPARE(stored.region, u"PL"_s);
    // Calling codes shared by several regions are told apart by their leading digits.
    QCOMPARE(phones.facts(u"+16045550123"_s, u"fixed_line_or_mobile"_s).region, u"CA"_s);
    QCOMPARE(phones.facts(u"+12125550100"_s, u"fixed_line_or_mobile"_s).region, u"US"_s);
    QCOMPARE(phones.facts(u"+17875550123"_s, u"fixed_line_or_mobile"_s).region, u"PR"_s);
    QCOMPARE(phones.facts(u"+447400123456"_s, u"mobile"_s).region, u"GB"_s);
    QCOMPARE(phones.facts(u"+447911123456"_s, u"mobile"_s).region, u"GG"_s); // Guernsey shares +44
    QCOMPARE(phones.facts(u"+905321234567"_s, u"mobile"_s).region, u"TR"_s);
}

void TestRecipientPhone::zonesFromTheContactFirst()
{
    RecipientPhone phones;
    const QList<QTimeZone> own = phones.zones(u"America/New_York"_s, u"+48601000001"_s, u"PL"_s);
    QCOMPARE(own.size(), 1);
    QCOMPARE(own.constFirst().id(), QByteArray("America/New_York"));
    // An id this system does not know falls back to the number's country.
    const QList<QTimeZone> unknown = phones.zones(u"Mars/Olympus_Mons"_s, u"+48601000001"_s, u"PL"_s);
    QCOMPARE(unknown.size(), 1);
    QCOMPARE(unknown.constFirst().id(), QByteArray("Europe/Warsaw"));
}

void TestRecipientPhone::zonesFromTheNumber()
{
    RecipientPhone phones;
    QCOMPARE(phones.zones(QString(), u"+48601000001"_s, u"PL"_s).constFirst().id(), QByteArray("Europe/Warsaw"));
    QCOMPARE(phones.zones(QString(), u"+40721234567"_s, u"RO"_s).constFirst().id(), QByteArray("Europe/Bucharest"));
    // Canadian area codes pick the province's zone.
    QCOMPARE(phones.zones(QString(), u"+16045550123"_s, u"CA"_s).constFirst().id(), QByteArray("America/Vancouver"));
    QCOMPARE(phones.zones(QString(), u"+14165550123"_s, u"CA"_s).constFirst().id(), QByteArray("America/Toronto"));
    // Hawaii has its own area code; the rest of the United States gets the four main zones.
    QCOMPARE(phones.zones(QString(), u"+18085550123"_s, u"US"_s).constFirst().id(), QByteArray("Pacific/Honolulu"));
    const QList<QTimeZone> us = phones.zones(QString(), u"+12125550100"_s, u"US"_s);
    QCOMPARE(us.size(), 4);
    QCOMPARE(us.constFirst().id(), QByteArray("America/New_York"));
    QCOMPARE(us.constLast().id(), QByteArray("America/Los_Angeles"));
    QCOMPARE(RecipientPhone::zoneIdsForRegion(u"RU"_s), QStringList {u"Europe/Moscow"_s});
    QVERIFY(RecipientPhone::zoneIdsForRegion(QString()).isEmpty());
    // Nothing known at all: the computer's own zone.
    QCOMPARE(phones.zones(QString(), u"+999"_s, QString()).constFirst(), QTimeZone::systemTimeZone());
}

QTEST_GUILESS_MAIN(TestRecipientPhone)
#include "TestRecipientPhone.moc"
