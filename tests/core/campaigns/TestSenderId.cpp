// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "campaigns/SenderId.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestSenderId final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void alphanumericRefusedInNorthAmerica();
};

void TestSenderId::classify_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("kind");
    const int invalid = int(SenderId::Kind::Invalid);
    const int numeric = int(SenderId::Kind::Numeric);
    const int alpha = int(SenderId::Kind::Alphanumeric);
    QTest::newRow("E.164") << u"+15005550006"_s << numeric;
    QTest::newRow("short code") << u"72345"_s << numeric;
    QTest::newRow("15 digits") << u"123456789012345"_s << numeric;
    QTest::newRow("16 digits") << u"1234567890123456"_s << invalid;
    QTest::newRow("plus then letters") << u"+Shop"_s << invalid;
    QTest::newRow("name") << u"Herald"_s << alpha;
    QTest::newRow("11 characters") << u"Sklep Ola 1"_s << alpha;
    QTest::newRow("12 characters") << u"MyShopName12"_s << invalid;
    QTest::newRow("no letter") << u"12-34"_s << invalid;
    QTest::newRow("GSM extension character") << u"Shop€"_s << invalid;
    QTest::newRow("outside GSM") << u"Sklepą"_s << invalid;
    QTest::newRow("GSM letter") << u"Café"_s << alpha;
    QTest::newRow("empty") << QString() << invalid;
}

void TestSenderId::classify()
{
    QFETCH(QString, sender);
    QFETCH(int, kind);
    QCOMPARE(int(SenderId::classify(sender)), kind);
    QCOMPARE(SenderId::problem(sender).isEmpty(), kind != int(SenderId::Kind::Invalid));
}

void TestSenderId::alphanumericRefusedInNorthAmerica()
{
    QVERIFY(SenderId::refusesAlphanumeric(u"US"_s));
    QVERIFY(SenderId::refusesAlphanumeric(u"ca"_s));
    QVERIFY(SenderId::refusesAlphanumeric(u"PR"_s));
    QVERIFY(!SenderId::refusesAlphanumeric(u"PL"_s));
    QVERIFY(!SenderId::refusesAlphanumeric(u"GB"_s));
}

QTEST_GUILESS_MAIN(TestSenderId)
#include "TestSenderId.moc"
