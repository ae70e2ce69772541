// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// R1 in small: `herald-cli campaign launch` killed with SIGKILL at random moments against a
// standalone Simulator process, restarted each time. The Simulator's ledger must show every
// recipient exactly once, and the workspace must pass integrity_check after every kill.
class TestSendCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killNineAndRestart();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args);
    QString integrityCheck();
    QJsonObject ledger();

    QTemporaryDir m_dir;
    QProcess m_simulator;
    QString m_url;
    QString m_db;
};

TestSendCrash::Run TestSendCrash::cli(const QStringList& args)
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

QString TestSendCrash::integrityCheck()
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(m_db);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next()) {
                result = q.value(0).toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

QJsonObject TestSendCrash::ledger()
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(m_url + u"/_simulator/ledger.json"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(20000)) {
        return {};
    }
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

void TestSendCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"crash.herald"_s);
    m_simulator.start(
        QStringLiteral(HERALD_CLI_PATH), {u"simulator"_s, u"--port"_s, u"0"_s, u"--reply-rate"_s, u"0"_s});
    QVERIFY(m_simulator.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(m_simulator.canReadLine(), 10000);
    m_url = QString::fromUtf8(m_simulator.readLine()).trimmed();
    QVERIFY2(m_url.startsWith(u"http://127.0.0.1:"_s), qPrintable(m_url));
}

void TestSendCrash::cleanupTestCase()
{
    if (m_simulator.state() != QProcess::NotRunning) {
        // SIGTERM: the Simulator quits cleanly.
        m_simulator.terminate();
        QVERIFY(m_simulator.waitForFinished(10000));
        QCOMPARE(m_simulator.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_simulator.exitCode(), 0);
    }
}

void TestSendCrash::killNineAndRestart()
{
    constexpr int Contacts = 3000;
    QCOMPARE(cli({u"init"_s, u"--demo"_s, u"--count"_s, QString::number(Contacts)}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"add"_s, u"--name"_s, u"standalone"_s, u"--provider"_s, u"simulator"_s,
                     u"--base-url"_s, m_url, u"--rate"_s, u"300"_s})
                 .exitCode,
        0);
    const Run created = cli({u"--json"_s, u"campaign"_s, u"create"_s, u"--name"_s, u"Crash"_s, u"--body"_s,
        u"Hello {first_name}"_s, u"--all"_s, u"--account"_s, u"standalone"_s, u"--kind"_s, u"transactional"_s});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out.trimmed(), u"{\"id\":1}"_s);

    QElapsedTimer clock;
    clock.start();
    int kills = 0;
    int runs = 0;
    QRandomGenerator random(20261123);
    QList<int> sizes; // ledger size after each kill
    while (kills < 12 && clock.elapsed() < 120000) {
        QProcess launch;
        launch.start(QStringLiteral(HERALD_CLI_PATH),
            {u"--db"_s, m_db, u"campaign"_s, u"launch"_s, u"1"_s, u"--wait"_s, u"--timeout"_s, u"0"_s});
        QVERIFY(launch.waitForStarted(10000));
        ++runs;
        // Kill only once this run is really sending (the ledger grew past the last kill), then
        // at a random moment: fixed delays would land in start-up on a slow (sanitizer) build.
        const qsizetype before = sizes.isEmpty() ? 0 : sizes.constLast();
        QElapsedTimer waiting;
        waiting.start();
        bool finishedEarly = false;
        while (ledger().value(u"messages"_s).toArray().size() <= before && waiting.elapsed() < 30000) {
            if (launch.waitForFinished(25)) {
                finishedEarly = true;
                break;
            }
        }
        if (finishedEarly) {
            break; // the campaign finished before this kill
        }
        if (!launch.waitForFinished(int(random.bounded(300)))) {
            launch.kill(); // SIGKILL: no chance to flush anything
            QVERIFY(launch.waitForFinished(10000));
            ++kills;
            sizes.append(int(ledger().value(u"messages"_s).toArray().size()));
        } else {
            break; // the campaign finished before this kill
        }
        QCOMPARE(integrityCheck(), u"ok"_s);
    }
    QVERIFY2(kills >= 10, qPrintable(u"only %1 kills landed before the campaign finished"_s.arg(kills)));
    // Most kills hit a run that was sending: the ledger grew between them.
    int midSend = 0;
    for (qsizetype i = 1; i < sizes.size(); ++i) {
        midSend += sizes.at(i) > sizes.at(i - 1) ? 1 : 0;
    }
    QString progression;
    for (int size : std::as_const(sizes)) {
        progression += QString::number(size) + u' ';
    }
    qInfo("ledger after each kill: %s", qPrintable(progression));
    QVERIFY(midSend >= 8);

    // Restart until the campaign completes.
    Run final;
    for (int i = 0; i < 5; ++i) {
        final = cli({u"--json"_s, u"campaign"_s, u"launch"_s, u"1"_s, u"--wait"_s, u"--timeout"_s, u"0"_s});
        if (final.exitCode == 0) {
            break;
        }
    }
    QCOMPARE(final.exitCode, 0);
    QCOMPARE(integrityCheck(), u"ok"_s);
    const QJsonObject status = QJsonDocument::fromJson(final.out.toUtf8()).object();
    QCOMPARE(status.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(status.value(u"total"_s).toInt(), Contacts);
    QCOMPARE(status.value(u"pending"_s).toInt(), 0);
    QCOMPARE(status.value(u"claimed"_s).toInt(), 0);
    QCOMPARE(status.value(u"submitted"_s).toInt(), 0);
    QCOMPARE(status.value(u"unknown"_s).toInt(), 0);

    // The oracle: the Simulator's ledger against the workspace.
    const QJsonArray messages = ledger().value(u"messages"_s).toArray();
    QHash<QString, int> sentTo;
    QHash<QString, QString> sidOf;
    for (const QJsonValue& value : messages) {
        const QJsonObject m = value.toObject();
        ++sentTo[m.value(u"to"_s).toString()];
        sidOf.insert(m.value(u"to"_s).toString(), m.value(u"sid"_s).toString());
    }
    for (auto it = sentTo.cbegin(); it != sentTo.cend(); ++it) {
        QVERIFY2(it.value() == 1, qPrintable(u"%1 got %2 messages"_s.arg(it.key()).arg(it.value())));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"oracle"_s);
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT phone, provider_id, state, error_code FROM messages WHERE campaign_id = 1"_s));
        int withProvider = 0;
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString phone = q.value(0).toString();
            const QString state = q.value(2).toString();
            if (!q.value(1).isNull()) {
                ++withProvider;
                QCOMPARE(q.value(1).toString(), sidOf.value(phone));
                QVERIFY2(state == u"accepted"_s || state == u"sent"_s || state == u"delivered"_s
                        || state == u"undelivered"_s || state == u"failed"_s,
                    qPrintable(state));
            } else {
                // Refused at create by the Simulator's number rules (…91 invalid, …92 unsubscribed).
                QCOMPARE(sentTo.value(phone), 0);
                QVERIFY2(state == u"failed"_s || state == u"skipped"_s, qPrintable(state));
                QVERIFY(phone.endsWith(u"91"_s) || phone.endsWith(u"92"_s));
            }
        }
        QCOMPARE(rows, Contacts);
        QCOMPARE(withProvider, int(messages.size()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"oracle"_s);
    qInfo("%d kill -9, %d runs, %d messages in the ledger, no duplicate", kills, runs + 1, int(messages.size()));
}

QTEST_GUILESS_MAIN(TestSendCrash)
#include "TestSendCrash.moc"
