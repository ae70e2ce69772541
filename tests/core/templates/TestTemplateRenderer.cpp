// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "contacts/ContactRepository.h"
#include "sms/SmsCounter.h"
#include "templates/TemplateRenderer.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTemplateRenderer final : public QObject
{
    Q_OBJECT

private slots:
    void render_data();
    void render();
    void renderWithFooter();
    void invalidBody();
    void preview_data();
    void preview();
    void recipientValues();
};

void TestTemplateRenderer::render_data()
{
    QTest::addColumn<Template::Kind>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    const QString body = u"Hi {first_name|there}, {shop} has code {field:code|NONE}."_s;
    QTest::newRow("marketing, en") << Template::Kind::Marketing << u"en"_s
                                   << u"Hi Zofia, Kwiatek has code ZOFIA5.\nReply STOP to opt out"_s;
    QTest::newRow("marketing, pl_PL") << Template::Kind::Marketing << u"pl_PL"_s
                                      << u"Hi Zofia, Kwiatek has code ZOFIA5.\nRezygnacja: odpisz STOP"_s;
    QTest::newRow("marketing, zh-TW") << Template::Kind::Marketing << u"zh-TW"_s
                                      << u"Hi Zofia, Kwiatek has code ZOFIA5.\n回覆STOP取消訂閱"_s;
    QTest::newRow("marketing, ar") << Template::Kind::Marketing << u"ar"_s
                                   << u"Hi Zofia, Kwiatek has code ZOFIA5.\nلإلغاء الاشتراك أرسل STOP"_s;
    QTest::newRow("marketing, unknown language falls back to English")
        << Template::Kind::Marketing << u"xx"_s << u"Hi Zofia, Kwiatek has code ZOFIA5.\nReply STOP to opt out"_s;
    QTest::newRow("marketing, no language falls back to English")
        << Template::Kind::Marketing << QString() << u"Hi Zofia, Kwiatek has code ZOFIA5.\nReply STOP to opt out"_s;
    QTest::newRow("transactional has no footer")
        << Template::Kind::Transactional << u"pl"_s << u"Hi Zofia, Kwiatek has code ZOFIA5."_s;
}

void TestTemplateRenderer::render()
{
    QFETCH(Template::Kind, kind);
    QFETCH(QString, language);
    QFETCH(QString, expected);

    Template t;
    t.name = u"Test"_s;
    t.kind = kind;
    t.body = u"Hi {first_name|there}, {shop} has code {field:code|NONE}."_s;
    const QHash<QString, QString> values
        = {{u"first_name"_s, u"Zofia"_s}, {u"shop"_s, u"Kwiatek"_s}, {u"field:code"_s, u"ZOFIA5"_s}};
    auto text = TemplateRenderer::render(t, values, language);
    QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
    QCOMPARE(text.value(), expected);
}

void TestTemplateRenderer::renderWithFooter()
{
    Template t;
    t.name = u"Test"_s;
    t.body = u"Sale at {shop|our shop}!"_s;
    QCOMPARE(TemplateRenderer::renderWithFooter(t, {}, u"Odpisz STOP"_s).value(), u"Sale at our shop!\nOdpisz STOP"_s);
    QCOMPARE(TemplateRenderer::renderWithFooter(t, {}, QString()).value(), u"Sale at our shop!"_s);
}

void TestTemplateRenderer::invalidBody()
{
    Template t;
    t.name = u"Broken"_s;
    t.body = u"Hi {nickname}"_s;
    auto text = TemplateRenderer::render(t, {}, u"en"_s);
    QVERIFY(!text.ok());
    QVERIFY2(
        text.errorMessage().startsWith(u"The template “Broken” cannot be used: Unknown placeholder “{nickname}”"_s),
        qPrintable(text.errorMessage()));
    QVERIFY(!TemplateRenderer::previewCount(t).ok());
}

void TestTemplateRenderer::preview_data()
{
    QTest::addColumn<Template::Kind>("kind");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<int>("parts");

    QTest::newRow("en marketing") << Template::Kind::Marketing << u"en"_s << u"Hi {first_name|there}!"_s
                                  << u"Hi there!\nReply STOP to opt out"_s << u"GSM-7"_s << 1;
    // The footer alone turns a 69-character Polish body into two UCS-2 parts.
    QTest::newRow("pl marketing, footer adds a part")
        << Template::Kind::Marketing << u"pl"_s << QString(69, u'ż')
        << QString(69, u'ż') + u"\nRezygnacja: odpisz STOP"_s << u"UCS-2"_s << 2;
    QTest::newRow("pl transactional, no footer")
        << Template::Kind::Transactional << u"pl"_s << QString(69, u'ż') << QString(69, u'ż') << u"UCS-2"_s << 1;
    QTest::newRow("custom field without fallback renders empty")
        << Template::Kind::Transactional << u"en"_s << u"Order {field:order_number} shipped"_s << u"Order  shipped"_s
        << u"GSM-7"_s << 1;
}

void TestTemplateRenderer::preview()
{
    QFETCH(Template::Kind, kind);
    QFETCH(QString, language);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    QFETCH(QString, encoding);
    QFETCH(int, parts);

    Template t;
    t.name = u"Preview"_s;
    t.kind = kind;
    t.language = language;
    t.body = body;
    QCOMPARE(TemplateRenderer::preview(t).value(), expected);
    auto count = TemplateRenderer::previewCount(t);
    QVERIFY(count.ok());
    QCOMPARE(count->encodingName(), encoding);
    QCOMPARE(count->segments, parts);
    QCOMPARE(count->units, SmsCounter::count(expected).units);
}

void TestTemplateRenderer::recipientValues()
{
    Test::TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    Contact c;
    c.phone = u"+48601234567"_s;
    c.firstName = u"Łukasz"_s;
    c.lastName = u"Wójcik"_s;
    c.email = u"lukasz@example.com"_s;
    c.city = u"Kraków"_s;
    c.country = u"PL"_s;
    c.language = u"pl"_s;
    auto id = ContactRepository(temp.database()).insert(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    c.id = id.value();
    QSqlQuery q = temp.database().query();
    QVERIFY(q.prepare(u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, ?, ?)"_s));
    q.addBindValue(c.id);
    q.addBindValue(u"discount_code"_s);
    q.addBindValue(u"LUKASZ10"_s);
    QVERIFY(q.exec());

    auto values = TemplateRenderer::recipientValues(temp.database(), c, u"Kwiatek"_s);
    QVERIFY2(values.ok(), qPrintable(values.errorMessage()));
    const QHash<QString, QString> expected = {
        {u"first_name"_s, u"Łukasz"_s},
        {u"last_name"_s, u"Wójcik"_s},
        {u"shop"_s, u"Kwiatek"_s},
        {u"phone"_s, u"+48601234567"_s},
        {u"email"_s, u"lukasz@example.com"_s},
        {u"city"_s, u"Kraków"_s},
        {u"country"_s, u"Polska"_s},
        {u"field:discount_code"_s, u"LUKASZ10"_s},
    };
    QCOMPARE(values.value(), expected);
}

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "TestTemplateRenderer.moc"
