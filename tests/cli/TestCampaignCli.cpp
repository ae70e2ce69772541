// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workspace.h"
#include "contacts/Suppression.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;

// herald-cli campaign create / preflight / list / launch with schedules, as a script runs them.
// Nothing here depends on the time of day: marketing messages may be held by quiet hours, so
// the tests that send use transactional campaigns or assert only what holds at any hour.
class TestCampaignCli final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createListAndPreflight();
    void usageErrors();
    void scheduledCampaignIsNotSentWhenMissed();
    void localTimeSchedule();
    void heldMessagesWaitWithoutConnecting();
    void waitReportsDeliveriesWhileOthersAreHeld();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    QJsonObject json(const QStringList& args, int expectedExit = 0);
    // Runs body on the workspace while no herald-cli holds it.
    bool prepare(const std::function<bool(Database&)>& body);

    QTemporaryDir m_dir;
    QString m_db;
};

TestCampaignCli::Run TestCampaignCli::cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"--db"_s, m_db} + args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject TestCampaignCli::json(const QStringList& args, int expectedExit)
{
    const Run run = cli(QStringList {u"--json"_s} + args);
    if (run.exitCode != expectedExit) {
        qWarning().noquote() << args.join(u' ') << "exited with" << run.exitCode << run.err;
        return {};
    }
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

bool TestCampaignCli::prepare(const std::function<bool(Database&)>& body)
{
    auto workspace = Workspace::open(m_db);
    if (!workspace) {
        qWarning() << workspace.errorMessage();
        return false;
    }
    return body(workspace.value()->database());
}

namespace
{

bool addContact(Database& db, const QString& phone, const QString& consent, const QString& tags = QString(),
    const QString& zone = QString())
{
    QSqlQuery q = db.query();
    q.prepare(u"INSERT INTO contacts (phone, first_name, language, time_zone, marketing_consent, created_at, "
              "updated_at) VALUES (?, 'Ann', 'en', ?, ?, 0, 0)"_s);
    q.addBindValue(phone);
    q.addBindValue(Database::text(zone));
    q.addBindValue(consent);
    if (!q.exec()) {
        return false;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString& tag : tags.split(u',', Qt::SkipEmptyParts)) {
        if (!db.exec(u"INSERT OR IGNORE INTO tags (name) VALUES ('%1')"_s.arg(tag))
            || !db.exec(
                u"INSERT INTO contact_tags (contact_id, tag_id) SELECT %1, id FROM tags WHERE name = '%2'"_s.arg(id)
                    .arg(tag))) {
            return false;
        }
    }
    return true;
}

qint64 addSegment(Database& db, const QString& name, const QString& tag)
{
    auto id = db.scalar(u"INSERT INTO segments (name, rules, created_at, updated_at) VALUES (?, ?, 0, 0) "
                        "RETURNING id"_s,
        {name, uR"({"version":1,"match":"all","rules":[{"field":"tags","op":"has_any","value":["%1"]}]})"_s.arg(tag)});
    return id ? id.value().toLongLong() : 0;
}

} // namespace

void TestCampaignCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"campaigns.herald"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QVERIFY(prepare([](Database& db) {
        return addContact(db, u"+48601000001"_s, u"opted_in"_s, u"vip"_s)
            && addContact(db, u"+48601000002"_s, u"opted_in"_s, u"vip,new"_s)
            && addContact(db, u"+48601000003"_s, u"unknown"_s, u"new"_s)
            && addContact(db, u"+48601000004"_s, u"opted_out"_s, u"vip"_s)
            && addContact(db, u"+48221234567"_s, u"opted_in"_s, u"new"_s) // landline
            && addContact(db, u"+12125550100"_s, u"opted_in"_s, u"vip"_s)
            && addContact(db, u"+48601000007"_s, u"opted_in"_s, u"vip"_s)
            && Suppression(db).add(u"+48601000007"_s, u"stop"_s).ok() && addSegment(db, u"Test VIP"_s, u"vip"_s) > 0
            && addSegment(db, u"Test new"_s, u"new"_s) > 0;
    }));
}

void TestCampaignCli::createListAndPreflight()
{
    qint64 vip = 0;
    qint64 fresh = 0;
    QVERIFY(prepare([&](Database& db) {
        vip = db.scalar(u"SELECT id FROM segments WHERE name = 'Test VIP'"_s)->toLongLong();
        fresh = db.scalar(u"SELECT id FROM segments WHERE name = 'Test new'"_s)->toLongLong();
        return vip > 0 && fresh > 0;
    }));
    const QJsonObject created = json({u"campaign"_s, u"create"_s, u"--name"_s, u"Spring sale"_s, u"--body"_s,
        u"Hi {first_name}! https://shop.example/spring"_s, u"--segment"_s, QString::number(vip), u"--segment"_s,
        QString::number(fresh), u"--kind"_s, u"marketing"_s, u"--sender"_s, u"HeraldShop"_s});
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);

    const QJsonObject list = json({u"campaign"_s, u"list"_s});
    const QJsonArray campaigns = list.value(u"campaigns"_s).toArray();
    QVERIFY(!campaigns.isEmpty());
    QJsonObject mine;
    for (const QJsonValue& c : campaigns) {
        if (c.toObject().value(u"id"_s).toInteger() == id) {
            mine = c.toObject();
        }
    }
    QCOMPARE(mine.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(mine.value(u"kind"_s).toString(), u"marketing"_s);
    QCOMPARE(mine.value(u"sender"_s).toString(), u"HeraldShop"_s);
    QCOMPARE(mine.value(u"segments"_s).toArray().size(), 2);
    QCOMPARE(mine.value(u"utm_campaign"_s).toString(), u"spring-sale"_s);
    QCOMPARE(mine.value(u"missed_schedule"_s).toBool(), false);

    const QJsonObject report = json({u"campaign"_s, u"preflight"_s, QString::number(id)});
    QCOMPARE(report.value(u"audience"_s).toInt(), 7); // everyone tagged vip or new
    QHash<QString, int> excluded;
    for (const QJsonValue& e : report.value(u"exclusions"_s).toArray()) {
        excluded.insert(e.toObject().value(u"key"_s).toString(), e.toObject().value(u"count"_s).toInt());
    }
    QCOMPARE(excluded.value(u"no_marketing_consent"_s), 1);
    QCOMPARE(excluded.value(u"opted_out"_s), 2);
    QCOMPARE(excluded.value(u"landline"_s), 1);
    QCOMPARE(excluded.value(u"duplicate"_s), 1);
    QCOMPARE(report.value(u"recipients"_s).toInt(), 3);
    bool usWarned = false;
    for (const QJsonValue& w : report.value(u"warnings"_s).toArray()) {
        if (w.toObject().value(u"key"_s).toString() == u"sender_alphanumeric_us_ca"_s) {
            usWarned = w.toObject().value(u"count"_s).toInt() == 1;
        }
    }
    QVERIFY(usWarned);
    QCOMPARE(report.value(u"utm_campaign"_s).toString(), u"spring-sale"_s);
    QCOMPARE(report.value(u"cost"_s).toObject().value(u"currency"_s).toString(), u"USD"_s);

    // The same in words.
    const Run text = cli({u"campaign"_s, u"preflight"_s, QString::number(id)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"opted_out\t2"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"sender_alphanumeric_us_ca"_s));
    // --no-utm turns the tags off.
    const QJsonObject plain = json({u"campaign"_s, u"create"_s, u"--name"_s, u"Plain"_s, u"--body"_s,
        u"See https://shop.example"_s, u"--all"_s, u"--no-utm"_s});
    const QJsonObject plainReport
        = json({u"campaign"_s, u"preflight"_s, QString::number(plain.value(u"id"_s).toInteger())});
    QVERIFY(plainReport.value(u"utm_campaign"_s).isNull());
    QCOMPARE(json({u"campaign"_s, u"preflight"_s, u"999"_s}, 2), QJsonObject());

    // A transactional template makes a transactional campaign unless --kind says otherwise.
    qint64 notice = 0;
    QVERIFY(prepare([&notice](Database& db) {
        notice = db.scalar(u"SELECT min(id) FROM templates WHERE kind = 'transactional'"_s)->toLongLong();
        return notice > 0;
    }));
    const QStringList fromTemplate {
        u"campaign"_s, u"create"_s, u"--name"_s, u"Shipping"_s, u"--template"_s, QString::number(notice), u"--all"_s};
    const qint64 shipping = json(fromTemplate).value(u"id"_s).toInteger();
    const qint64 forced = json(fromTemplate + QStringList {u"--kind"_s, u"marketing"_s}).value(u"id"_s).toInteger();
    QHash<qint64, QString> kinds;
    for (const QJsonValue& c : json({u"campaign"_s, u"list"_s}).value(u"campaigns"_s).toArray()) {
        kinds.insert(c.toObject().value(u"id"_s).toInteger(), c.toObject().value(u"kind"_s).toString());
    }
    QCOMPARE(kinds.value(shipping), u"transactional"_s);
    QCOMPARE(kinds.value(forced), u"marketing"_s);
}

void TestCampaignCli::usageErrors()
{
    const QStringList base {u"campaign"_s, u"create"_s, u"--name"_s, u"X"_s, u"--body"_s, u"Hi"_s, u"--all"_s};
    QCOMPARE(cli(base + QStringList {u"--date"_s, u"2030-01-01"_s}).exitCode, 2);
    QCOMPARE(cli(base + QStringList {u"--schedule"_s, u"next tuesday"_s}).exitCode, 2);
    QCOMPARE(cli(base + QStringList {u"--local-time"_s, u"25:00"_s}).exitCode, 2);
    const Run both
        = cli(base + QStringList {u"--schedule"_s, u"2030-01-01T10:00:00Z"_s, u"--local-time"_s, u"10:00"_s});
    QCOMPARE(both.exitCode, 2);
    QVERIFY(both.err.contains(u"usage:"_s));
    QCOMPARE(cli(base + QStringList {u"--kind"_s, u"spam"_s}).exitCode, 2);
    QCOMPARE(cli({u"campaign"_s, u"list"_s, u"extra"_s}).exitCode, 2);
    QCOMPARE(cli({u"campaign"_s, u"preflight"_s}).exitCode, 2);
}

void TestCampaignCli::scheduledCampaignIsNotSentWhenMissed()
{
    const QString tomorrow = QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate);
    const qint64 id
        = json({u"campaign"_s, u"create"_s, u"--name"_s, u"Order notice"_s, u"--body"_s, u"Your order is ready"_s,
                   u"--all"_s, u"--kind"_s, u"transactional"_s, u"--schedule"_s, tomorrow})
              .value(u"id"_s)
              .toInteger();
    QVERIFY(id > 0);
    // Launching a campaign scheduled for later confirms the schedule and sends nothing now.
    const QJsonObject scheduled = json({u"campaign"_s, u"launch"_s, QString::number(id)});
    QCOMPARE(scheduled.value(u"state"_s).toString(), u"scheduled"_s);
    QCOMPARE(scheduled.value(u"total"_s).toInt(), 0);
    QCOMPARE(scheduled.value(u"scheduled_at"_s).toString(), tomorrow);
    QVERIFY(json({u"campaign"_s, u"list"_s}).value(u"missed_schedules"_s).toArray().isEmpty());

    // Herald was closed past the time: the campaign is reported, not sent.
    QVERIFY(prepare([id](Database& db) {
        return db.exec(u"UPDATE campaigns SET scheduled_at = strftime('%s', 'now') - 3600 WHERE id = %1"_s.arg(id))
            .ok();
    }));
    const QJsonObject list = json({u"campaign"_s, u"list"_s});
    const QJsonArray missed = list.value(u"missed_schedules"_s).toArray();
    QCOMPARE(missed.size(), 1);
    QCOMPARE(missed.at(0).toInteger(), id);
    const Run text = cli({u"campaign"_s, u"list"_s});
    QVERIFY2(text.out.contains(u"has not been sent"_s), qPrintable(text.out));
    const QJsonObject status = json({u"campaign"_s, u"status"_s, QString::number(id)});
    QCOMPARE(status.value(u"state"_s).toString(), u"scheduled"_s);
    QCOMPARE(status.value(u"total"_s).toInt(), 0);

    // The user decides: launch it now.
    const Run launched = cli({u"--json"_s, u"campaign"_s, u"launch"_s, QString::number(id)});
    QCOMPARE(launched.exitCode, 0);
    QVERIFY2(launched.err.contains(u"has passed"_s), qPrintable(launched.err));
    const QJsonObject sent = QJsonDocument::fromJson(launched.out.toUtf8()).object();
    QCOMPARE(sent.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(sent.value(u"skipped"_s).toInt(), 1); // the landline
    QCOMPARE(sent.value(u"accepted"_s).toInt() + sent.value(u"sent"_s).toInt() + sent.value(u"delivered"_s).toInt(),
        5); // everyone but the landline and the suppressed number
    QCOMPARE(sent.value(u"held"_s).toInt(), 0);
    QVERIFY(json({u"campaign"_s, u"list"_s}).value(u"missed_schedules"_s).toArray().isEmpty());
}

void TestCampaignCli::localTimeSchedule()
{
    const QJsonObject created = json({u"campaign"_s, u"create"_s, u"--name"_s, u"Morning"_s, u"--body"_s, u"Hello"_s,
        u"--all"_s, u"--local-time"_s, u"10:00"_s, u"--date"_s, u"2030-01-15"_s});
    const qint64 id = created.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QJsonObject mine;
    for (const QJsonValue& c : json({u"campaign"_s, u"list"_s}).value(u"campaigns"_s).toArray()) {
        if (c.toObject().value(u"id"_s).toInteger() == id) {
            mine = c.toObject();
        }
    }
    QCOMPARE(mine.value(u"schedule_mode"_s).toString(), u"local_time"_s);
    QCOMPARE(mine.value(u"local_time"_s).toString(), u"10:00"_s);
    QCOMPARE(mine.value(u"date"_s).toString(), u"2030-01-15"_s);
    QCOMPARE(mine.value(u"scheduled_at"_s).toString(), u"2030-01-14T20:00:00Z"_s);
    const QJsonObject report = json({u"campaign"_s, u"preflight"_s, QString::number(id)});
    QCOMPARE(report.value(u"schedule"_s).toObject().value(u"local_time"_s).toString(), u"10:00"_s);
    // Warsaw numbers: 10:00 CET is 09:00 UTC.
    QCOMPARE(report.value(u"first_send_at"_s).toString(), u"2030-01-15T09:00:00Z"_s);
}

void TestCampaignCli::heldMessagesWaitWithoutConnecting()
{
    // One recipient in a zone where it is now about 03:00: the marketing message waits for 08:00.
    const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
    int offset = ((3 - utcHour) % 24 + 24) % 24;
    if (offset > 14) {
        offset -= 24;
    }
    const QString zone = QString::fromUtf8(QTimeZone(offset * 3600).id());
    const QString dbPath = m_db;
    m_db = m_dir.filePath(u"night.herald"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QVERIFY(prepare([&zone](Database& db) { return addContact(db, u"+48601000001"_s, u"opted_in"_s, {}, zone); }));
    const qint64 id = json({u"campaign"_s, u"create"_s, u"--name"_s, u"Night"_s, u"--body"_s, u"Hello"_s, u"--all"_s})
                          .value(u"id"_s)
                          .toInteger();
    const QJsonObject status = json({u"campaign"_s, u"launch"_s, QString::number(id)});
    QCOMPARE(status.value(u"state"_s).toString(), u"sending"_s);
    QCOMPARE(status.value(u"pending"_s).toInt(), 1);
    QCOMPARE(status.value(u"held"_s).toInt(), 1);
    const QDateTime next = QDateTime::fromString(status.value(u"next_send_at"_s).toString(), Qt::ISODate);
    QCOMPARE(next.toTimeZone(QTimeZone(zone.toUtf8())).time(), QTime(8, 0));
    // Resuming before that time sends nothing either.
    const QJsonObject again = json({u"campaign"_s, u"resume"_s, QString::number(id)});
    QCOMPARE(again.value(u"held"_s).toInt(), 1);
    QCOMPARE(again.value(u"accepted"_s).toInt(), 0);
    m_db = dbPath;
}

void TestCampaignCli::waitReportsDeliveriesWhileOthersAreHeld()
{
    // Two recipients: one where it is about noon (sent at once), one where it is about 03:00
    // (held until 08:00). `launch --wait` returns with the first one's delivery report, not
    // with its message still "sent".
    const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
    const auto zoneAt = [utcHour](int localHour) {
        int offset = ((localHour - utcHour) % 24 + 24) % 24;
        if (offset > 14) {
            offset -= 24;
        }
        return QString::fromUtf8(QTimeZone(offset * 3600).id());
    };
    const QString dbPath = m_db;
    m_db = m_dir.filePath(u"day-and-night.herald"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    const QString day = zoneAt(12);
    const QString night = zoneAt(3);
    QVERIFY(prepare([&](Database& db) {
        return addContact(db, u"+48601000011"_s, u"opted_in"_s, {}, day)
            && addContact(db, u"+48601000012"_s, u"opted_in"_s, {}, night);
    }));
    const qint64 id = json({u"campaign"_s, u"create"_s, u"--name"_s, u"Noon"_s, u"--body"_s, u"Hello"_s, u"--all"_s})
                          .value(u"id"_s)
                          .toInteger();
    const QJsonObject status = json({u"campaign"_s, u"launch"_s, QString::number(id), u"--wait"_s});
    QCOMPARE(status.value(u"state"_s).toString(), u"sending"_s);
    QCOMPARE(status.value(u"held"_s).toInt(), 1);
    QCOMPARE(status.value(u"delivered"_s).toInt() + status.value(u"undelivered"_s).toInt()
            + status.value(u"failed"_s).toInt(),
        1);
    QCOMPARE(status.value(u"accepted"_s).toInt() + status.value(u"sent"_s).toInt(), 0);
    m_db = dbPath;
}

QTEST_GUILESS_MAIN(TestCampaignCli)
#include "TestCampaignCli.moc"
