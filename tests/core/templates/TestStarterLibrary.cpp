// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sms/MessageTemplate.h"
#include "sms/OptOutFooter.h"
#include "sms/SmsCounter.h"
#include "templates/StarterLibrary.h"
#include "templates/TemplateCategories.h"
#include "templates/TemplateRenderer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

Q_DECLARE_METATYPE(StarterLibrary::Entry)

// The shipped starter templates: complete, valid, and with the counts the JSON claims.
class TestStarterLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLanguageAndCategoryOnce();
    void namesUniquePerLanguage();
    void entry_data();
    void entry();
    void romanianUsesCommaBelow();
    void chineseIsTraditional();
    void brokenLibrary_data();
    void brokenLibrary();

private:
    QList<StarterLibrary::Entry> m_entries;
};

void TestStarterLibrary::initTestCase()
{
    auto loaded = StarterLibrary::load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
    m_entries = loaded.value();
    QCOMPARE(m_entries.size(), 72);
}

void TestStarterLibrary::everyLanguageAndCategoryOnce()
{
    QSet<QString> seen;
    for (const StarterLibrary::Entry& entry : std::as_const(m_entries)) {
        const QString key = entry.definition.language + u'/' + entry.definition.category;
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
    QSet<QString> expected;
    for (const QString& language : OptOutFooter::languages()) {
        for (const QString& category : TemplateCategories::ids()) {
            expected.insert(language + u'/' + category);
        }
    }
    QCOMPARE(expected.size(), 72);
    QCOMPARE(seen, expected);
}

void TestStarterLibrary::namesUniquePerLanguage()
{
    QSet<QString> seen;
    for (const StarterLibrary::Entry& entry : std::as_const(m_entries)) {
        const QString key = entry.definition.language + u'/' + entry.definition.name;
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
    }
}

void TestStarterLibrary::entry_data()
{
    QTest::addColumn<StarterLibrary::Entry>("entry");
    auto loaded = StarterLibrary::load();
    QVERIFY(loaded.ok());
    for (const StarterLibrary::Entry& entry : loaded.value()) {
        const QString row = entry.definition.language + u'/' + entry.definition.category;
        QTest::newRow(qPrintable(row)) << entry;
    }
}

void TestStarterLibrary::entry()
{
    QFETCH(StarterLibrary::Entry, entry);
    const Template& t = entry.definition;

    QVERIFY(t.builtin);
    QVERIFY(!t.name.trimmed().isEmpty());
    QCOMPARE(t.kind, TemplateCategories::defaultKind(t.category));

    auto parsed = MessageTemplate::parse(t.body);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const QStringList keys = parsed.value().usedKeys();
    QVERIFY2(keys.contains(u"shop"_s), "every starter template names the shop");
    for (const MessageTemplate::Placeholder& placeholder : parsed.value().placeholders()) {
        // A missing first name must never leave "Hi ," behind.
        if (placeholder.key == u"first_name"_s) {
            QVERIFY(placeholder.hasFallback);
            QVERIFY(!placeholder.fallback.trimmed().isEmpty());
        }
    }

    // Recount independently of TemplateRenderer: fallbacks rendered, footer for marketing.
    QString sent = parsed.value().render({});
    if (t.kind == Template::Kind::Marketing) {
        sent = OptOutFooter::append(sent, OptOutFooter::defaultText(t.language));
    }
    const SmsCount count = SmsCounter::count(sent);
    QCOMPARE(entry.encoding, count.encodingName());
    QCOMPARE(entry.parts, count.segments);
    QCOMPARE(TemplateRenderer::preview(t).value(), sent);

    // Short enough to stay within two parts, footer included.
    QVERIFY2(count.segments <= 2, qPrintable(u"%1 units"_s.arg(count.units)));
}

void TestStarterLibrary::romanianUsesCommaBelow()
{
    // ş and ţ (cedilla) are Turkish letters that old keyboards substituted; Romanian is ș and ț.
    const QList<QChar> cedilla = {u'\u015E', u'\u015F', u'\u0162', u'\u0163'};
    bool commaBelow = false;
    for (const StarterLibrary::Entry& entry : std::as_const(m_entries)) {
        const QString text = entry.definition.name + entry.definition.body;
        for (const QChar c : cedilla) {
            QVERIFY2(!text.contains(c), qPrintable(entry.definition.name));
        }
        if (entry.definition.language == u"ro"_s
            && (text.contains(u'\u0219') || text.contains(u'\u021B') || text.contains(u'\u0218')
                || text.contains(u'\u021A'))) {
            commaBelow = true;
        }
    }
    QVERIFY(commaBelow);
}

void TestStarterLibrary::chineseIsTraditional()
{
    // Simplified forms of characters that a shop text is likely to need; Taiwan reads
    // Traditional script.
    const QString simplified
        = u"们这个为说时会来对发货购单欢谢订费码过还车买卖帐结节问乐庆礼号门开关营业间后尽复请电联达览价评"
          "见满与识数别亲爱顾网点邮运输选从续现务让动经给钱无东"_s;
    int chinese = 0;
    for (const StarterLibrary::Entry& entry : std::as_const(m_entries)) {
        if (entry.definition.language != u"zh_TW"_s) {
            continue;
        }
        ++chinese;
        const QString text = entry.definition.name + entry.definition.body;
        for (const QChar c : simplified) {
            QVERIFY2(!text.contains(c), qPrintable(u"%1 in %2"_s.arg(c).arg(entry.definition.name)));
        }
    }
    QCOMPARE(chinese, 12);
}

void TestStarterLibrary::brokenLibrary_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QByteArray good
        = R"("category":"welcome","language":"en","kind":"marketing","name":"Hi","encoding":"GSM-7","parts":1)";
    QTest::newRow("not JSON") << QByteArray("[{") << u"are not valid JSON"_s;
    QTest::newRow("not an array") << QByteArray("{}") << u"are not a JSON array."_s;
    QTest::newRow("missing body") << QByteArray("[{" + good + "}]") << u"Starter template 1 has no valid “body”."_s;
    QTest::newRow("parts not a number") << QByteArray(R"([{"category":"welcome","language":"en","kind":"marketing",)"
                                                      R"("name":"Hi","body":"Hi","encoding":"GSM-7","parts":"1"}])")
                                        << u"Starter template 1 has no valid “parts”."_s;
    QTest::newRow("unknown kind") << QByteArray(R"([{"category":"welcome","language":"en","kind":"promo",)"
                                                R"("name":"Hi","body":"Hi","encoding":"GSM-7","parts":1}])")
                                  << u"Starter template 1 has the unknown kind “promo”."_s;
    QTest::newRow("unknown placeholder")
        << QByteArray("[{" + good + R"(,"body":"Hi {first_name}"},{)" + good + R"(,"body":"Hi {name|you}"}])")
        << u"Starter template 2 is invalid: The message text of “Hi” is not valid: Unknown placeholder “{name|you}”"_s;
}

void TestStarterLibrary::brokenLibrary()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"library.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    auto loaded = StarterLibrary::load(file.fileName());
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.errorMessage().contains(error), qPrintable(loaded.errorMessage()));

    QVERIFY(!StarterLibrary::load(dir.filePath(u"missing.json"_s)).ok());
}

QTEST_GUILESS_MAIN(TestStarterLibrary)
#include "TestStarterLibrary.moc"
