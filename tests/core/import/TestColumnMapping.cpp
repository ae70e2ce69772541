// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contacts/ColumnMapping.h"
#include "contacts/ImportValues.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestColumnMapping final : public QObject
{
    Q_OBJECT

private slots:
    void presets_data();
    void presets();
    void genericGuesser_data();
    void genericGuesser();
    void googlePhoneLabels();
    void jsonRoundTrip();
    void fieldNames();
    void phoneCells_data();
    void phoneCells();
    void consentWords();
    void money();
    void birthdays();
    void countries();
    void neutralize();
};

void TestColumnMapping::presets_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("preset");
    QTest::newRow("shopify")
        << u"Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address "
           "Company,Default Address Address1,Default Address Address2,Default Address City,Default "
           "Address Province Code,Default Address Country Code,Default Address Zip,Default Address "
           "Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags"_s
        << int(ImportPreset::ShopifyCurrent);
    QTest::newRow("shopify legacy") << u"First Name,Last Name,Email,Company,Address1,Address2,City,Province,Province "
                                       "Code,Country,Country Code,Zip,Phone,Accepts Marketing,Total Spent,Total "
                                       "Orders,Tags,Note,Tax Exempt"_s
                                    << int(ImportPreset::ShopifyLegacy);
    QTest::newRow("woocommerce") << u"customer_id,first_name,last_name,email,billing_phone,billing_country"_s
                                 << int(ImportPreset::WooCommerce);
    QTest::newRow("google") << u"First Name,Last Name,Phone 1 - Label,Phone 1 - Value"_s
                            << int(ImportPreset::GoogleContacts);
    QTest::newRow("google old") << u"Name,Given Name,Family Name,Phone 1 - Type,Phone 1 - Value"_s
                                << int(ImportPreset::GoogleContacts);
    QTest::newRow("outlook") << u"First Name,Last Name,E-mail Address,Business Phone,Mobile Phone"_s
                             << int(ImportPreset::Outlook);
    QTest::newRow("herald") << (ColumnMapping::heraldColumns() + QStringList {u"vip_level"_s}).join(u',')
                            << int(ImportPreset::Herald);
    QTest::newRow("generic") << u"Imię,Nazwisko,Telefon"_s << int(ImportPreset::Generic);
}

void TestColumnMapping::presets()
{
    QFETCH(QString, header);
    QFETCH(int, preset);
    const QStringList columns = header.split(u',');
    QCOMPARE(int(ColumnMapping::detectPreset(columns)), preset);
    const ColumnMapping mapping = ColumnMapping::detect(columns);
    QCOMPARE(mapping.roles.size(), columns.size());
    QVERIFY(mapping.hasPhone());
}

void TestColumnMapping::genericGuesser_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("field");
    const QList<std::pair<QString, ContactField>> cases = {
        {u"Phone"_s, ContactField::Phone},
        {u"Mobile Number"_s, ContactField::Phone},
        {u"tel."_s, ContactField::Phone},
        {u"Telefon"_s, ContactField::Phone},
        {u"Nr telefonu"_s, ContactField::Phone},
        {u"Telefon komórkowy"_s, ContactField::Phone},
        {u"Număr de telefon"_s, ContactField::Phone},
        {u"Телефон"_s, ContactField::Phone},
        {u"Мобильный телефон"_s, ContactField::Phone},
        {u"First Name"_s, ContactField::FirstName},
        {u"first_name"_s, ContactField::FirstName},
        {u"Imię"_s, ContactField::FirstName},
        {u"IMIE"_s, ContactField::FirstName},
        {u"Prenume"_s, ContactField::FirstName},
        {u"Имя"_s, ContactField::FirstName},
        {u"Nazwisko"_s, ContactField::LastName},
        {u"Фамилия"_s, ContactField::LastName},
        {u"Full name"_s, ContactField::FullName},
        {u"Imię i nazwisko"_s, ContactField::FullName},
        {u"ФИО"_s, ContactField::FullName},
        {u"E-mail"_s, ContactField::Email},
        {u"Adres e-mail"_s, ContactField::Email},
        {u"Accepts Email Marketing"_s, ContactField::Ignore},
        {u"Kraj"_s, ContactField::Country},
        {u"Țară"_s, ContactField::Country},
        {u"Страна"_s, ContactField::Country},
        {u"Miejscowość"_s, ContactField::City},
        {u"Город"_s, ContactField::City},
        {u"Data urodzenia"_s, ContactField::Birthday},
        {u"Дата рождения"_s, ContactField::Birthday},
        {u"Accepts SMS Marketing"_s, ContactField::Consent},
        {u"SMS Opt-In"_s, ContactField::Consent},
        {u"Zgoda na SMS"_s, ContactField::Consent},
        {u"Acord marketing SMS"_s, ContactField::Consent},
        {u"Согласие на рассылку"_s, ContactField::Consent},
        {u"Tagi"_s, ContactField::Tags},
        {u"Favourite colour"_s, ContactField::Ignore},
    };
    for (const auto& [name, field] : cases) {
        QTest::newRow(qPrintable(name)) << name << int(field);
    }
}

void TestColumnMapping::genericGuesser()
{
    QFETCH(QString, name);
    QFETCH(int, field);
    QCOMPARE(int(ColumnMapping::guessField(name)), field);
    QCOMPARE(int(ColumnMapping::forPreset(ImportPreset::Generic, {name}).roles.at(0).field), field);
}

void TestColumnMapping::googlePhoneLabels()
{
    const QStringList header
        = {u"First Name"_s, u"Phone 1 - Label"_s, u"Phone 1 - Value"_s, u"Phone 2 - Label"_s, u"Phone 2 - Value"_s};
    const ColumnMapping mapping = ColumnMapping::detect(header);
    QCOMPARE(mapping.roles.at(2).field, ContactField::Phone);
    QCOMPARE(mapping.roles.at(2).labelColumn, 1);
    QCOMPARE(mapping.roles.at(4).labelColumn, 3);
    QCOMPARE(mapping.phoneColumns(), (QList<int> {2, 4}));
    QVERIFY(ImportValues::isMobileLabel(u"* Mobile"_s));
    QVERIFY(!ImportValues::isMobileLabel(u"Home"_s));

    const ColumnMapping outlook = ColumnMapping::detect(
        {u"First Name"_s, u"Business Phone"_s, u"Home Phone"_s, u"Mobile Phone"_s, u"E-mail Address"_s});
    QCOMPARE(outlook.phoneColumns(), (QList<int> {3, 2, 1}));
}

void TestColumnMapping::jsonRoundTrip()
{
    ColumnMapping mapping = ColumnMapping::detect({u"Phone 1 - Label"_s, u"Phone 1 - Value"_s, u"Note"_s});
    mapping.setRole(2, ContactField::Custom, u"note"_s);
    const auto back = ColumnMapping::fromJson(mapping.toJson(), 3);
    QVERIFY(back.has_value());
    QCOMPARE(*back, mapping);
    QVERIFY(!ColumnMapping::fromJson(mapping.toJson(), 4).has_value());
    QVERIFY(!ColumnMapping::fromJson("{}", 3).has_value());
}

void TestColumnMapping::fieldNames()
{
    QCOMPARE(ColumnMapping::roleFromName(u"first_name"_s)->field, ContactField::FirstName);
    QCOMPARE(ColumnMapping::roleFromName(u"custom:loyalty"_s)->customName, u"loyalty"_s);
    QCOMPARE(ColumnMapping::roleFromName(u"field:loyalty"_s)->field, ContactField::Custom);
    QVERIFY(!ColumnMapping::roleFromName(u"nonsense"_s).has_value());
    QCOMPARE(ColumnMapping::presetFromName(u"Shopify"_s), ImportPreset::ShopifyCurrent);
    QVERIFY(!ColumnMapping::presetFromName(u"nope"_s).has_value());
    QCOMPARE(ColumnMapping::normalizeHeaderName(u"  Imię_i-Nazwisko "_s), u"imie i nazwisko"_s);
}

void TestColumnMapping::phoneCells_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // E.164|type, or ! and the error
    QTest::newRow("e164") << u"+48601234567"_s << QString() << u"+48601234567|mobile"_s;
    QTest::newRow("shopify quote") << u"'+48601234567"_s << QString() << u"+48601234567|mobile"_s;
    QTest::newRow("national") << u"601 234 567"_s << u"PL"_s << u"+48601234567|mobile"_s;
    QTest::newRow("landline") << u"22 123 45 67"_s << u"PL"_s << u"+48221234567|fixed_line"_s;
    QTest::newRow("scientific") << u"4.8537906428E+10"_s << u"PL"_s
                                << u"!the number is in scientific notation (4.8537906428E+10): the spreadsheet has "
                                   "lost its last digits. Format the column as text in the spreadsheet and export "
                                   "again"_s;
    QTest::newRow("scientific exact") << u"4.8601234567E+10"_s << u"PL"_s
                                      << u"!the number is in scientific notation (4.8601234567E+10): the spreadsheet "
                                         "has lost its last digits. Format the column as text in the spreadsheet and "
                                         "export again"_s;
    QTest::newRow("formula") << u"=48601234567"_s << u"PL"_s << u"!a spreadsheet formula, not a phone number"_s;
    QTest::newRow("at") << u"@48601234567"_s << u"PL"_s << u"!a spreadsheet formula, not a phone number"_s;
    QTest::newRow("empty") << u"  "_s << u"PL"_s << u"!no phone number"_s;
    QTest::newRow("no country") << u"601 234 567"_s << QString()
                                << u"!no valid country code (and no default country for “601 234 567”)"_s;
}

void TestColumnMapping::phoneCells()
{
    QFETCH(QString, raw);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const auto phone = ImportValues::normalizePhone(raw, region);
    const QString actual = phone ? phone->e164 + u'|' + phone->type : u'!' + phone.errorMessage();
    QCOMPARE(actual, expected);
}

void TestColumnMapping::consentWords()
{
    using C = ImportValues::Consent;
    for (const QString& yes : {u"yes"_s, u"TRUE"_s, u"tak"_s, u"Da"_s, u"да"_s, u"1"_s, u"Y"_s, u"subscribed"_s}) {
        QCOMPARE(ImportValues::parseConsent(yes), C::Yes);
    }
    for (const QString& no : {u"no"_s, u"false"_s, u"Nie"_s, u"nu"_s, u"НЕТ"_s, u"0"_s, u"unsubscribed"_s}) {
        QCOMPARE(ImportValues::parseConsent(no), C::No);
    }
    QCOMPARE(ImportValues::parseConsent(u" "_s), C::Empty);
    QCOMPARE(ImportValues::parseConsent(u"maybe"_s), C::Unrecognised);
}

void TestColumnMapping::money()
{
    QCOMPARE(ImportValues::parseMoneyMicros(u"123.45"_s), 123450000);
    QCOMPARE(ImportValues::parseMoneyMicros(u"1 234,50 zł"_s), 1234500000);
    QCOMPARE(ImportValues::parseMoneyMicros(u"1,234.56"_s), 1234560000);
    QCOMPARE(ImportValues::parseMoneyMicros(u"1.234,56"_s), 1234560000);
    QCOMPARE(ImportValues::parseMoneyMicros(u"1,234"_s), 1234000000);
    QCOMPARE(ImportValues::parseMoneyMicros(u"$12"_s), 12000000);
    QCOMPARE(ImportValues::parseMoneyMicros(u"-0.5"_s), -500000);
    QVERIFY(!ImportValues::parseMoneyMicros(u"abc"_s).has_value());
    QVERIFY(!ImportValues::parseMoneyMicros(u"1-2"_s).has_value());
    for (const qint64 micros : {qint64(0), qint64(500000), qint64(123450000), qint64(1000001), qint64(-2500000)}) {
        QCOMPARE(ImportValues::parseMoneyMicros(ImportValues::formatMoney(micros)), micros);
    }
    QCOMPARE(ImportValues::formatMoney(123450000), u"123.45"_s);
    QCOMPARE(ImportValues::formatMoney(1000001), u"1.000001"_s);
}

void TestColumnMapping::birthdays()
{
    int y = 0;
    int m = 0;
    int d = 0;
    QVERIFY(ImportValues::parseBirthday(u"1985-03-14"_s, y, m, d));
    QCOMPARE((QList<int> {y, m, d}), (QList<int> {1985, 3, 14}));
    QVERIFY(ImportValues::parseBirthday(u"14.03.1985"_s, y, m, d));
    QCOMPARE((QList<int> {y, m, d}), (QList<int> {1985, 3, 14}));
    QVERIFY(ImportValues::parseBirthday(u"3/14/1985"_s, y, m, d));
    QCOMPARE((QList<int> {y, m, d}), (QList<int> {1985, 3, 14}));
    QVERIFY(ImportValues::parseBirthday(u"14/3/1985"_s, y, m, d));
    QCOMPARE((QList<int> {y, m, d}), (QList<int> {1985, 3, 14}));
    QVERIFY(ImportValues::parseBirthday(u"--02-29"_s, y, m, d));
    QCOMPARE((QList<int> {y, m, d}), (QList<int> {0, 2, 29}));
    QVERIFY(!ImportValues::parseBirthday(u"1985-02-30"_s, y, m, d));
    QVERIFY(!ImportValues::parseBirthday(u"0/0/00"_s, y, m, d));
    QCOMPARE(ImportValues::formatBirthday(0, 2, 29), u"--02-29"_s);
    QCOMPARE(ImportValues::formatBirthday(1985, 3, 14), u"1985-03-14"_s);
}

void TestColumnMapping::countries()
{
    QCOMPARE(ImportValues::countryCode(u"pl"_s), u"PL"_s);
    QCOMPARE(ImportValues::countryCode(u"Poland"_s), u"PL"_s);
    QCOMPARE(ImportValues::countryCode(u"Polska"_s), u"PL"_s);
    QCOMPARE(ImportValues::countryCode(u"România"_s), u"RO"_s);
    QCOMPARE(ImportValues::countryCode(u"Россия"_s), u"RU"_s);
    QCOMPARE(ImportValues::countryCode(u"United Kingdom"_s), u"GB"_s);
    QCOMPARE(ImportValues::countryCode(u"Atlantis"_s), QString());
}

void TestColumnMapping::neutralize()
{
    for (const QString& cell : {u"=1+1"_s, u"+48601234567"_s, u"-2"_s, u"@SUM(A1)"_s, u"\tx"_s, u"\rx"_s}) {
        QCOMPARE(ImportValues::neutralize(cell), u"'"_s + cell);
        QCOMPARE(ImportValues::unneutralize(ImportValues::neutralize(cell)), cell);
    }
    QCOMPARE(ImportValues::neutralize(u"Anna"_s), u"Anna"_s);
    QCOMPARE(ImportValues::unneutralize(u"'quoted"_s), u"'quoted"_s);
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
