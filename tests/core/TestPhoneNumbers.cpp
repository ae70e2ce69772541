// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contacts/Countries.h"
#include "contacts/PhoneNumbers.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestPhoneNumbers final : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void rejects_data();
    void rejects();
    void exampleNumbersAreValid();
    void countryNamesInTheUsersLanguage();
};

void TestPhoneNumbers::normalize_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("type");
    QTest::newRow("PL national") << u"601 234 567"_s << u"PL"_s << u"+48601234567"_s << u"mobile"_s;
    QTest::newRow("PL international, other default")
        << u"+48 601-234-567"_s << u"US"_s << u"+48601234567"_s << u"mobile"_s;
    QTest::newRow("PL 00 prefix") << u"0048601234567"_s << u"PL"_s << u"+48601234567"_s << u"mobile"_s;
    QTest::newRow("RO national") << u"0712 345 678"_s << u"RO"_s << u"+40712345678"_s << u"mobile"_s;
    QTest::newRow("GB mobile") << u"07400 123456"_s << u"GB"_s << u"+447400123456"_s << u"mobile"_s;
    QTest::newRow("US with punctuation") << u"(201) 555-0123"_s << u"US"_s << u"+12015550123"_s
                                         << u"fixed_line_or_mobile"_s;
    QTest::newRow("RU 8 prefix") << u"8 912 345-67-89"_s << u"RU"_s << u"+79123456789"_s << u"mobile"_s;
    QTest::newRow("TW mobile") << u"0912 345 678"_s << u"TW"_s << u"+886912345678"_s << u"mobile"_s;
    QTest::newRow("PL landline") << u"22 123 45 67"_s << u"PL"_s << u"+48221234567"_s << u"fixed_line"_s;
    QTest::newRow("surrounding spaces") << u"  +40 712 345 678 "_s << u""_s << u"+40712345678"_s << u"mobile"_s;
}

void TestPhoneNumbers::normalize()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, type);
    auto result = PhoneNumbers::normalize(raw, region);
    QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
    QCOMPARE(result.value().e164, e164);
    QCOMPARE(result.value().type, type);
    // Normalising a normalised number changes nothing.
    QCOMPARE(PhoneNumbers::normalize(result.value().e164, u"US"_s).value().e164, e164);
}

void TestPhoneNumbers::rejects_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << u""_s << u"PL"_s << u"no phone number"_s;
    QTest::newRow("words") << u"call me"_s << u"PL"_s << u"not a phone number"_s;
    QTest::newRow("too short") << u"12"_s << u"PL"_s << u"not a valid number"_s;
    QTest::newRow("one digit") << u"7"_s << u"PL"_s << u"not a phone number"_s;
    QTest::newRow("no country") << u"601 234 567"_s << u""_s << u"country code"_s;
    QTest::newRow("invalid for country") << u"+48 123"_s << u""_s << u"not a valid number"_s;
    QTest::newRow("Excel scientific notation") << u"4.8537906428E+10"_s << u"PL"_s << u"not a phone number"_s;
}

void TestPhoneNumbers::rejects()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, reason);
    auto result = PhoneNumbers::normalize(raw, region);
    QVERIFY(!result.ok());
    QVERIFY2(result.errorMessage().contains(reason), qPrintable(result.errorMessage()));
}

void TestPhoneNumbers::exampleNumbersAreValid()
{
    const QStringList regions = PhoneNumbers::supportedRegions();
    QVERIFY(regions.size() > 200);
    QVERIFY(regions.contains(u"PL"_s) && regions.contains(u"TW"_s));
    for (const QString& region : {u"US"_s, u"PL"_s, u"RO"_s, u"TW"_s, u"RU"_s, u"AE"_s, u"EG"_s}) {
        const QString example = PhoneNumbers::exampleMobile(region);
        auto parsed = PhoneNumbers::normalize(example, region);
        QVERIFY2(parsed.ok(), qPrintable(region));
        QCOMPARE(parsed.value().region, region);
    }
    QCOMPARE(PhoneNumbers::countryCallingCode(u"PL"_s), 48);
}

void TestPhoneNumbers::countryNamesInTheUsersLanguage()
{
    // From ICU's locale data, in each of Herald's languages.
    QCOMPARE(Countries::displayName(u"PL"_s, QLocale(u"en_US"_s)), u"Poland"_s);
    QCOMPARE(Countries::displayName(u"PL"_s, QLocale(u"pl_PL"_s)), u"Polska"_s);
    QCOMPARE(Countries::displayName(u"DE"_s, QLocale(u"ro_RO"_s)), u"Germania"_s);
    QCOMPARE(Countries::displayName(u"PL"_s, QLocale(u"ru_RU"_s)), u"Польша"_s);
    QCOMPARE(Countries::displayName(u"US"_s, QLocale(u"zh_TW"_s)), u"美國"_s);
    QCOMPARE(Countries::displayName(u"EG"_s, QLocale(u"ar_EG"_s)), u"مصر"_s);
    QCOMPARE(Countries::displayName(u"pl"_s, QLocale(u"pl_PL"_s)), u"Polska"_s); // any case
    // What is not a region code comes back as it was.
    QCOMPARE(Countries::displayName(u"Poland"_s, QLocale(u"pl_PL"_s)), u"Poland"_s);
    QCOMPARE(Countries::displayName(u"ZZ"_s, QLocale(u"pl_PL"_s)), u"ZZ"_s);
    QCOMPARE(Countries::displayName(QString(), QLocale(u"pl_PL"_s)), QString());
    // Pickers list every region by its name in the user's language.
    QLocale::setDefault(QLocale(u"pl_PL"_s));
    const auto regions = PhoneNumbers::regionsByName();
    QLocale::setDefault(QLocale::c());
    const auto poland
        = std::find_if(regions.cbegin(), regions.cend(), [](const auto& r) { return r.first == u"PL"_s; });
    QVERIFY(poland != regions.cend());
    QCOMPARE(poland->second, u"Polska"_s);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "TestPhoneNumbers.moc"
