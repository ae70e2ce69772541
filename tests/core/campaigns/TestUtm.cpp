// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sms/MessageTemplate.h"
#include "sms/OutgoingText.h"
#include "sms/SmsCounter.h"
#include "sms/Utm.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// utm tags on campaign links, and what they cost in length.
class TestUtm final : public QObject
{
    Q_OBJECT

private slots:
    void tagLinks_data();
    void tagLinks();
    void slug_data();
    void slug();
    void tagsAreCountedInTheParts();
};

void TestUtm::tagLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const QString tags = u"utm_source=sms&utm_medium=sms&utm_campaign=winter"_s;
    QTest::newRow("plain") << u"See https://shop.example/sale now"_s
                           << u"See https://shop.example/sale?%1 now"_s.arg(tags);
    QTest::newRow("query") << u"https://shop.example/p?id=7"_s << u"https://shop.example/p?id=7&%1"_s.arg(tags);
    QTest::newRow("fragment") << u"https://shop.example/#top"_s << u"https://shop.example/?%1#top"_s.arg(tags);
    QTest::newRow("sentence end") << u"Shop at https://shop.example/sale."_s
                                  << u"Shop at https://shop.example/sale?%1."_s.arg(tags);
    QTest::newRow("parenthesis") << u"(see http://shop.example/a)"_s << u"(see http://shop.example/a?%1)"_s.arg(tags);
    QTest::newRow("www") << u"www.shop.example, today"_s << u"www.shop.example?%1, today"_s.arg(tags);
    QTest::newRow("already tagged") << u"https://shop.example/?utm_source=news"_s
                                    << u"https://shop.example/?utm_source=news"_s;
    QTest::newRow("two links") << u"https://a.example and https://b.example/x"_s
                               << u"https://a.example?%1 and https://b.example/x?%1"_s.arg(tags);
    QTest::newRow("e-mail address") << u"Write to shop@www.example.com"_s << u"Write to shop@www.example.com"_s;
    QTest::newRow("no link") << u"Hi there, -20% today!"_s << u"Hi there, -20% today!"_s;
}

void TestUtm::tagLinks()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Utm::tagLinks(text, u"winter"_s), expected);
    QCOMPARE(Utm::tagLinks(text, QString()), text); // tagging off
}

void TestUtm::slug_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English") << u"Winter Sale 2026!"_s << u"winter-sale-2026"_s;
    QTest::newRow("Polish") << u"Wyprzedaż zimowa – Łódź"_s << u"wyprzedaz-zimowa-lodz"_s;
    QTest::newRow("Romanian") << u"Reduceri de iarnă în Ștefănești"_s << u"reduceri-de-iarna-in-stefanesti"_s;
    QTest::newRow("Chinese") << u"冬季特賣"_s << QString();
    QTest::newRow("long") << QString(60, u'a') << QString(40, u'a');
}

void TestUtm::slug()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(Utm::slug(name), expected);
}

void TestUtm::tagsAreCountedInTheParts()
{
    // 120 characters with a link: one part plain, two once the tags are on.
    const QString body = u"Hi {first_name}, our sale ends tonight: https://shop.example/s "_s + QString(55, u'x');
    auto message = MessageTemplate::parse(body);
    QVERIFY(message);
    const QHash<QString, QString> values {{u"first_name"_s, u"Ann"_s}};
    const OutgoingText::Options options {false, QString(), false};
    const QString plain = OutgoingText::compose(message.value(), values, options);
    const QString tagged = OutgoingText::compose(message.value(), values, options, u"summer-sale"_s);
    QCOMPARE(tagged.size() - plain.size(), Utm::parameters(u"summer-sale"_s).size() + 1);
    QCOMPARE(SmsCounter::count(plain).segments, 1);
    QCOMPARE(SmsCounter::count(tagged).segments, 2);
    QVERIFY(tagged.contains(u"https://shop.example/s?utm_source=sms&utm_medium=sms&utm_campaign=summer-sale "_s));
    // The footer comes after the tagged text, untouched.
    const OutgoingText::Options marketing {true, u"Reply STOP to opt out"_s, false};
    QVERIFY(OutgoingText::compose(message.value(), values, marketing, u"summer-sale"_s)
                .endsWith(u"xx\nReply STOP to opt out"_s));
}

QTEST_GUILESS_MAIN(TestUtm)
#include "TestUtm.moc"
