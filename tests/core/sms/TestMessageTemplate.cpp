// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sms/MessageTemplate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

using Values = QHash<QString, QString>;

class TestMessageTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void placeholders();
    void errors_data();
    void errors();
    void standardFields();
};

void TestMessageTemplate::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("keys");

    const Values anna {{u"first_name"_s, u"Anna"_s}, {u"shop"_s, u"Kwiaciarnia"_s}};

    QTest::newRow("empty") << QString() << Values {} << QString() << QStringList {};
    QTest::newRow("no placeholders") << u"Sale today!"_s << anna << u"Sale today!"_s << QStringList {};
    QTest::newRow("value") << u"Hi {first_name}!"_s << anna << u"Hi Anna!"_s << QStringList {u"first_name"_s};
    QTest::newRow("missing, no fallback")
        << u"Hi {first_name}!"_s << Values {} << u"Hi !"_s << QStringList {u"first_name"_s};
    QTest::newRow("fallback when missing")
        << u"Hi {first_name|there}!"_s << Values {} << u"Hi there!"_s << QStringList {u"first_name"_s};
    QTest::newRow("fallback when empty") << u"Hi {first_name|there}!"_s << Values {{u"first_name"_s, QString()}}
                                         << u"Hi there!"_s << QStringList {u"first_name"_s};
    QTest::newRow("value beats fallback")
        << u"Hi {first_name|there}!"_s << anna << u"Hi Anna!"_s << QStringList {u"first_name"_s};
    QTest::newRow("empty fallback") << u"Hi {first_name|}!"_s << Values {} << u"Hi !"_s
                                    << QStringList {u"first_name"_s};
    QTest::newRow("fallback keeps spaces and bars")
        << u"[{city| your city|town}]"_s << Values {} << u"[ your city|town]"_s << QStringList {u"city"_s};
    QTest::newRow("fallback in Polish") << u"Cześć {first_name|Kliencie}"_s << Values {} << u"Cześć Kliencie"_s
                                        << QStringList {u"first_name"_s};
    QTest::newRow("spaces around name") << u"{ first_name }"_s << anna << u"Anna"_s << QStringList {u"first_name"_s};
    QTest::newRow("escaped braces") << u"{{literal}} {shop}"_s << anna << u"{literal} Kwiaciarnia"_s
                                    << QStringList {u"shop"_s};
    QTest::newRow("escapes only") << u"}}{{"_s << Values {} << u"}{"_s << QStringList {};
    QTest::newRow("escape next to placeholder")
        << u"{{{shop}}}"_s << anna << u"{Kwiaciarnia}"_s << QStringList {u"shop"_s};
    QTest::newRow("all standard") << u"{first_name}{last_name}{shop}{phone}{email}{city}{country}"_s
                                  << Values {{u"first_name"_s, u"A"_s}, {u"last_name"_s, u"B"_s}, {u"shop"_s, u"C"_s},
                                         {u"phone"_s, u"+48"_s}, {u"email"_s, u"e@x"_s}, {u"city"_s, u"D"_s},
                                         {u"country"_s, u"PL"_s}}
                                  << u"ABC+48e@xDPL"_s
                                  << QStringList {u"first_name"_s, u"last_name"_s, u"shop"_s, u"phone"_s, u"email"_s,
                                         u"city"_s, u"country"_s};
    QTest::newRow("custom field") << u"Size {field:size|M}, {field:size}"_s << Values {{u"field:size"_s, u"L"_s}}
                                  << u"Size L, L"_s << QStringList {u"field:size"_s};
    QTest::newRow("custom field fallback")
        << u"Size {field:size|M}"_s << Values {} << u"Size M"_s << QStringList {u"field:size"_s};
    QTest::newRow("custom field name chars")
        << u"{field:loyalty.tier-2_x}"_s << Values {{u"field:loyalty.tier-2_x"_s, u"gold"_s}} << u"gold"_s
        << QStringList {u"field:loyalty.tier-2_x"_s};
    QTest::newRow("custom field non-ASCII")
        << u"{field:rozmiar_buta}{field:größe}"_s << Values {{u"field:größe"_s, u"42"_s}} << u"42"_s
        << QStringList {u"field:rozmiar_buta"_s, u"field:größe"_s};
    QTest::newRow("repeated keys listed once")
        << u"{shop} {first_name} {shop|x}"_s << anna << u"Kwiaciarnia Anna Kwiaciarnia"_s
        << QStringList {u"shop"_s, u"first_name"_s};
    QTest::newRow("value with braces is not parsed")
        << u"{first_name}"_s << Values {{u"first_name"_s, u"{shop}"_s}} << u"{shop}"_s << QStringList {u"first_name"_s};
}

void TestMessageTemplate::render()
{
    QFETCH(QString, source);
    QFETCH(Values, values);
    QFETCH(QString, expected);
    QFETCH(QStringList, keys);

    const Result<MessageTemplate> parsed = MessageTemplate::parse(source);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.value().source(), source);
    QCOMPARE(parsed.value().render(values), expected);
    QCOMPARE(parsed.value().usedKeys(), keys);
}

void TestMessageTemplate::placeholders()
{
    const auto parsed = MessageTemplate::parse(u"{{x}} Hi {first_name|there}, {field:vip}!"_s);
    QVERIFY(parsed.ok());
    const QList<MessageTemplate::Placeholder>& placeholders = parsed.value().placeholders();
    QCOMPARE(placeholders.size(), 2);

    QCOMPARE(placeholders.at(0).key, u"first_name"_s);
    QCOMPARE(placeholders.at(0).fallback, u"there"_s);
    QCOMPARE(placeholders.at(0).hasFallback, true);
    QCOMPARE(placeholders.at(0).position, 9);
    QCOMPARE(placeholders.at(0).length, 18);
    QCOMPARE(placeholders.at(0).isCustomField(), false);

    QCOMPARE(placeholders.at(1).key, u"field:vip"_s);
    QCOMPARE(placeholders.at(1).fallback, QString());
    QCOMPARE(placeholders.at(1).hasFallback, false);
    QCOMPARE(placeholders.at(1).position, 29);
    QCOMPARE(placeholders.at(1).length, 11);
    QCOMPARE(placeholders.at(1).isCustomField(), true);
    QCOMPARE(MessageTemplate::customFieldKey(u"vip"_s), u"field:vip"_s);
}

void TestMessageTemplate::errors_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("message");

    const QString known = u"{first_name}, {last_name}, {shop}, {phone}, {email}, {city}, {country}"_s;
    QTest::newRow("unknown")
        << u"Hi {name}!"_s
        << u"Unknown placeholder “{name}”; use one of %1 or {field:NAME} for a custom field."_s.arg(known);
    QTest::newRow("unknown with fallback")
        << u"Hi {nmae|there}!"_s
        << u"Unknown placeholder “{nmae|there}”; use one of %1 or {field:NAME} for a custom field."_s.arg(known);
    QTest::newRow("case matters")
        << u"{First_Name}"_s
        << u"Unknown placeholder “{First_Name}”; use one of %1 or {field:NAME} for a custom field."_s.arg(known);
    QTest::newRow("unclosed at end") << u"Hi {first_name"_s
                                     << u"The placeholder “{first_name” is not closed with “}”; write “{{” for a "
                                        u"literal brace."_s;
    QTest::newRow("unclosed before another") << u"Hi {first_name {shop}"_s
                                             << u"The placeholder “{first_name ” is not closed with “}”; write “{{” "
                                                u"for a literal brace."_s;
    QTest::newRow("lone open brace") << u"50% {off"_s
                                     << u"The placeholder “{off” is not closed with “}”; write “{{” for a literal "
                                        u"brace."_s;
    QTest::newRow("lone close brace") << u"Hi }"_s
                                      << u"A “}” at position 4 closes no placeholder; write “}}” for a literal "
                                         u"brace."_s;
    QTest::newRow("empty") << u"{}"_s << u"The placeholder “{}” has no name."_s;
    QTest::newRow("only fallback") << u"{|x}"_s << u"The placeholder “{|x}” has no name."_s;
    QTest::newRow("empty custom") << u"{field:}"_s
                                  << u"The custom field name in “{field:}” is empty or contains characters other than "
                                     u"letters, digits, “_”, “-” and “.”."_s;
    QTest::newRow("custom with space") << u"{field:a b}"_s
                                       << u"The custom field name in “{field:a b}” is empty or contains characters "
                                          u"other than letters, digits, “_”, “-” and “.”."_s;
}

void TestMessageTemplate::errors()
{
    QFETCH(QString, source);
    QFETCH(QString, message);

    const Result<MessageTemplate> parsed = MessageTemplate::parse(source);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

void TestMessageTemplate::standardFields()
{
    QCOMPARE(MessageTemplate::standardFields(),
        (QStringList {u"first_name"_s, u"last_name"_s, u"shop"_s, u"phone"_s, u"email"_s, u"city"_s, u"country"_s}));
}

QTEST_GUILESS_MAIN(TestMessageTemplate)
#include "TestMessageTemplate.moc"
