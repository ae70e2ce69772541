// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workspace.h"
#include "contacts/ContactRepository.h"
#include "sms/SmsCounter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// `herald-cli template …` as a user or a script runs it: a real process on a demo workspace.
// The starter library is inserted in JSON order, so its ids are fixed: en 1–12, pl 13–24,
// ro 25–36, zh_TW 37–48, ru 49–60, ar 61–72, each language in TemplateCategories order.
class TestTemplateCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void listJson();
    void search();
    void show();
    void render_data();
    void render();
    void renderJson();
    void renderErrors();
    void addAndDelete();
    void addErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args) const;
    Run cliOnDemo(const QStringList& args) const;

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_polishContact = 0;
    QString m_polishName;
    qint64 m_bareContact = 0;
};

TestTemplateCli::Run TestTemplateCli::cli(const QStringList& args) const
{
    QProcess process;
    // The CLI reads the shop name from the user's settings: point it at a settings file of ours.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

TestTemplateCli::Run TestTemplateCli::cliOnDemo(const QStringList& args) const
{
    return cli(QStringList {u"--db"_s, m_db} + args);
}

void TestTemplateCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"config/Herald"_s));
    QFile settings(m_dir.filePath(u"config/Herald/Herald.conf"_s));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[Shop]\nName=Kwiatek\n");
    settings.close();

    m_db = m_dir.filePath(u"demo.herald"_s);
    const Run init = cliOnDemo({u"init"_s, u"--demo"_s, u"--count"_s, u"12"_s});
    QCOMPARE(init.exitCode, 0);

    // Give a Polish demo contact a custom field, and add a contact with no name or language.
    auto workspace = Workspace::open(m_db);
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
    Database& db = workspace.value()->database();
    QSqlQuery q = db.query();
    QVERIFY(q.exec(u"SELECT id, first_name FROM contacts WHERE language = 'pl' ORDER BY id LIMIT 1"_s));
    QVERIFY(q.next());
    m_polishContact = q.value(0).toLongLong();
    m_polishName = q.value(1).toString();
    QVERIFY(!m_polishName.isEmpty());
    QVERIFY(
        q.prepare(u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, 'discount_code', 'ZNIZKA7')"_s));
    q.addBindValue(m_polishContact);
    QVERIFY(q.exec());
    Contact bare;
    bare.phone = u"+40712345678"_s;
    auto bareId = ContactRepository(db).insert(bare);
    QVERIFY2(bareId.ok(), qPrintable(bareId.errorMessage()));
    m_bareContact = bareId.value();
}

void TestTemplateCli::list()
{
    const Run run = cliOnDemo({u"template"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 72);
    for (const QString& line : lines) {
        QCOMPARE(line.split(u'\t').size(), 5);
    }
    // Ordered by category, language, name.
    QCOMPARE(lines.first(), u"62\tabandoned_cart\tar\tmarketing\tتذكير بالسلة"_s);
    QCOMPARE(lines.at(1), u"2\tabandoned_cart\ten\tmarketing\tAbandoned cart reminder"_s);
    QCOMPARE(lines.last(), u"37\twelcome\tzh_TW\tmarketing\t歡迎加入"_s);
    QVERIFY(lines.contains(u"15\torder_confirmation\tpl\ttransactional\tPotwierdzenie zamówienia"_s));
}

void TestTemplateCli::listJson()
{
    const Run run = cliOnDemo({u"--json"_s, u"template"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    QVERIFY(document.isArray());
    const QJsonArray array = document.array();
    QCOMPARE(array.size(), 72);
    const QJsonObject first = array.first().toObject();
    QCOMPARE(first.keys(),
        (QStringList {u"body"_s, u"builtin"_s, u"category"_s, u"created_at"_s, u"id"_s, u"kind"_s, u"language"_s,
            u"name"_s, u"updated_at"_s}));
    QCOMPARE(first.value(u"id"_s).toInt(), 62);
    QCOMPARE(first.value(u"category"_s).toString(), u"abandoned_cart"_s);
    QCOMPARE(first.value(u"language"_s).toString(), u"ar"_s);
    QCOMPARE(first.value(u"kind"_s).toString(), u"marketing"_s);
    QCOMPARE(first.value(u"builtin"_s).toBool(), true);
    QVERIFY(first.value(u"created_at"_s).toString().endsWith(u'Z'));
}

void TestTemplateCli::search()
{
    const Run run = cliOnDemo({u"template"_s, u"list"_s, u"--search"_s, u"PORZUCONY"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"14\tabandoned_cart\tpl\tmarketing\tPorzucony koszyk\n"_s);

    const Run json = cliOnDemo({u"--json"_s, u"template"_s, u"list"_s, u"--search"_s, u"tracking_url"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).array().size(), 6); // one shipping update per language

    const Run none = cliOnDemo({u"--json"_s, u"template"_s, u"list"_s, u"--search"_s, u"no such words"_s});
    QCOMPARE(none.exitCode, 0);
    QCOMPARE(none.out, u"[]\n"_s);

    QCOMPARE(cliOnDemo({u"template"_s, u"list"_s, u"--search"_s}).exitCode, 2);
}

void TestTemplateCli::show()
{
    const Run json = cliOnDemo({u"--json"_s, u"template"_s, u"show"_s, u"20"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(object.value(u"id"_s).toInt(), 20);
    QCOMPARE(object.value(u"name"_s).toString(), u"Błyskawiczna wyprzedaż"_s);
    QCOMPARE(object.value(u"category"_s).toString(), u"flash_sale"_s);
    QCOMPARE(object.value(u"language"_s).toString(), u"pl"_s);
    QCOMPARE(object.value(u"kind"_s).toString(), u"marketing"_s);
    QCOMPARE(object.value(u"builtin"_s).toBool(), true);
    QCOMPARE(object.value(u"body"_s).toString(),
        u"Błyskawiczna wyprzedaż w sklepie {shop}! Tylko dziś -20% na wszystko z kodem "
        "{field:discount_code|FLASH20}. Nie przegap!"_s);
    // Counted with the fallbacks and the Polish footer: 92 + 1 + 23 UTF-16 units.
    QCOMPARE(object.value(u"encoding"_s).toString(), u"UCS-2"_s);
    QCOMPARE(object.value(u"parts"_s).toInt(), 2);
    QCOMPARE(object.value(u"units"_s).toInt(), 116);

    const Run plain = cliOnDemo({u"template"_s, u"show"_s, u"3"_s});
    QCOMPARE(plain.exitCode, 0);
    const QStringList lines = plain.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.at(0), u"id: 3"_s);
    QCOMPARE(lines.at(1), u"name: Order confirmation"_s);
    QCOMPARE(lines.at(4), u"kind: transactional"_s);
    QCOMPARE(lines.at(8), u"encoding: GSM-7"_s);
    QCOMPARE(lines.at(9), u"parts: 1"_s);
    QCOMPARE(lines.at(10), u"units: 108"_s); // transactional: no footer
    QVERIFY(lines.at(11).startsWith(u"body: Thanks for your order, {first_name|there}!"_s));

    const Run missing = cliOnDemo({u"template"_s, u"show"_s, u"999"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"There is no template with id 999."_s), qPrintable(missing.err));
    QCOMPARE(cliOnDemo({u"template"_s, u"show"_s, u"abc"_s}).exitCode, 2);
    QCOMPARE(cliOnDemo({u"template"_s, u"show"_s}).exitCode, 2);
}

void TestTemplateCli::render_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<bool>("polish"); // else the contact without name or language
    QTest::addColumn<QString>("expected"); // %1 = the Polish contact's first name

    QTest::newRow("pl marketing, custom field, shop, Polish footer")
        << u"20"_s << true
        << u"Błyskawiczna wyprzedaż w sklepie Kwiatek! Tylko dziś -20% na wszystko z kodem ZNIZKA7. Nie przegap!\n"
           "Rezygnacja: odpisz STOP"_s;
    QTest::newRow("en marketing to a Polish contact: Polish footer")
        << u"1"_s << true
        << u"Hi %1, welcome to Kwiatek! Thanks for signing up. Enjoy 10% off your first order with code ZNIZKA7.\n"
           "Rezygnacja: odpisz STOP"_s;
    QTest::newRow("transactional: no footer, empty custom field")
        << u"15"_s << true
        << u"Dziękujemy za zamówienie , %1! Sklep Kwiatek już je kompletuje. Damy znać SMS-em, gdy wyślemy paczkę."_s;
    QTest::newRow("no language: English footer, fallbacks")
        << u"49"_s << false
        << u"Здравствуйте, добро пожаловать в магазин Kwiatek! Дарим 10% на первый заказ по промокоду WELCOME10.\n"
           "Reply STOP to opt out"_s;
}

void TestTemplateCli::render()
{
    QFETCH(QString, templateId);
    QFETCH(bool, polish);
    QFETCH(QString, expected);

    const QString contact = QString::number(polish ? m_polishContact : m_bareContact);
    const Run run = cliOnDemo({u"template"_s, u"render"_s, templateId, u"--contact"_s, contact});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString text = expected.contains(u"%1"_s) ? expected.arg(m_polishName) : expected;
    QCOMPARE(run.out, text + u'\n');
}

void TestTemplateCli::renderJson()
{
    const Run run = cliOnDemo({u"--json"_s, u"template"_s, u"render"_s, u"--contact"_s,
        QString::number(m_polishContact), u"20"_s}); // options in any order
    QCOMPARE(run.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(object.keys(), (QStringList {u"encoding"_s, u"segments"_s, u"text"_s, u"units"_s}));
    const QString text
        = u"Błyskawiczna wyprzedaż w sklepie Kwiatek! Tylko dziś -20% na wszystko z kodem ZNIZKA7. Nie przegap!\n"
          "Rezygnacja: odpisz STOP"_s;
    QCOMPARE(object.value(u"text"_s).toString(), text);
    QCOMPARE(object.value(u"encoding"_s).toString(), u"UCS-2"_s);
    QCOMPARE(object.value(u"units"_s).toInt(), int(text.size()));
    QCOMPARE(object.value(u"units"_s).toInt(), 123);
    QCOMPARE(object.value(u"segments"_s).toInt(), 2);
    QCOMPARE(object.value(u"segments"_s).toInt(), SmsCounter::count(text).segments);
}

void TestTemplateCli::renderErrors()
{
    const Run noContact = cliOnDemo({u"template"_s, u"render"_s, u"20"_s});
    QCOMPARE(noContact.exitCode, 2);
    QVERIFY(noContact.err.contains(u"usage:"_s));
    QCOMPARE(cliOnDemo({u"template"_s, u"render"_s, u"20"_s, u"--contact"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cliOnDemo({u"template"_s, u"render"_s, u"20"_s, u"21"_s, u"--contact"_s, u"1"_s}).exitCode, 2);
    const Run unknownContact = cliOnDemo({u"template"_s, u"render"_s, u"20"_s, u"--contact"_s, u"9999"_s});
    QCOMPARE(unknownContact.exitCode, 1);
    QVERIFY2(unknownContact.err.contains(u"9999"_s), qPrintable(unknownContact.err));
    const Run unknownTemplate = cliOnDemo({u"template"_s, u"render"_s, u"999"_s, u"--contact"_s, u"1"_s});
    QCOMPARE(unknownTemplate.exitCode, 1);
    QVERIFY2(unknownTemplate.err.contains(u"999"_s), qPrintable(unknownTemplate.err));
}

void TestTemplateCli::addAndDelete()
{
    const Run added = cliOnDemo({u"--json"_s, u"template"_s, u"add"_s, u"--name"_s, u"Parcel"_s, u"--body"_s,
        u"Parcel {field:order_number} is out for delivery"_s, u"--category"_s, u"delivery_today"_s, u"--language"_s,
        u"en"_s});
    QCOMPARE(added.exitCode, 0);
    QCOMPARE(added.out, u"{\"id\":73}\n"_s);

    const QJsonObject shown
        = QJsonDocument::fromJson(cliOnDemo({u"--json"_s, u"template"_s, u"show"_s, u"73"_s}).out.toUtf8()).object();
    QCOMPARE(shown.value(u"name"_s).toString(), u"Parcel"_s);
    QCOMPARE(shown.value(u"category"_s).toString(), u"delivery_today"_s);
    QCOMPARE(shown.value(u"language"_s).toString(), u"en"_s);
    QCOMPARE(shown.value(u"kind"_s).toString(), u"transactional"_s); // the category's default kind
    QCOMPARE(shown.value(u"builtin"_s).toBool(), false);

    const Run plain = cliOnDemo({u"template"_s, u"add"_s, u"--name"_s, u"Promo"_s, u"--body"_s, u"Sale at {shop}"_s,
        u"--kind"_s, u"marketing"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out, u"Added template 74.\n"_s);

    const Run deleted = cliOnDemo({u"template"_s, u"delete"_s, u"73"_s});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.out, u"Deleted template 73.\n"_s);
    const Run deletedJson = cliOnDemo({u"--json"_s, u"template"_s, u"delete"_s, u"74"_s});
    QCOMPARE(deletedJson.exitCode, 0);
    QCOMPARE(deletedJson.out, u"{\"deleted\":74}\n"_s);
    const Run again = cliOnDemo({u"template"_s, u"delete"_s, u"73"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"There is no template with id 73."_s), qPrintable(again.err));
    QCOMPARE(cliOnDemo({u"template"_s, u"delete"_s, u"abc"_s}).exitCode, 2);
    QCOMPARE(cliOnDemo({u"template"_s, u"list"_s}).out.count(u'\n'), 72);
}

void TestTemplateCli::addErrors()
{
    const Run badBody
        = cliOnDemo({u"template"_s, u"add"_s, u"--name"_s, u"Oops"_s, u"--body"_s, u"Hi {frist_name|there}"_s});
    QCOMPARE(badBody.exitCode, 2);
    QVERIFY2(badBody.err.contains(u"Unknown placeholder “{frist_name|there}”"_s), qPrintable(badBody.err));
    QVERIFY(badBody.out.isEmpty());

    const Run emptyBody = cliOnDemo({u"template"_s, u"add"_s, u"--name"_s, u"Oops"_s, u"--body"_s, u""_s});
    QCOMPARE(emptyBody.exitCode, 2);
    QVERIFY2(emptyBody.err.contains(u"has no message text"_s), qPrintable(emptyBody.err));

    const Run noName = cliOnDemo({u"template"_s, u"add"_s, u"--body"_s, u"Hello"_s});
    QCOMPARE(noName.exitCode, 2);
    QVERIFY(noName.err.contains(u"--name"_s));

    const Run badKind
        = cliOnDemo({u"template"_s, u"add"_s, u"--name"_s, u"X"_s, u"--body"_s, u"Hello"_s, u"--kind"_s, u"promo"_s});
    QCOMPARE(badKind.exitCode, 2);
    QVERIFY(badKind.err.contains(u"promo"_s));

    QCOMPARE(cliOnDemo({u"template"_s}).exitCode, 2);
    QCOMPARE(cliOnDemo({u"template"_s, u"dance"_s}).exitCode, 2);
    QCOMPARE(cliOnDemo({u"template"_s, u"list"_s}).out.count(u'\n'), 72); // nothing was added
}

QTEST_GUILESS_MAIN(TestTemplateCli)
#include "TestTemplateCli.moc"
