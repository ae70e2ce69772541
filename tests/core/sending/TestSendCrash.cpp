// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CrashHarness.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald::Test;

// R1 in small: `herald-cli campaign launch` killed with SIGKILL at random moments against a
// standalone Simulator process, restarted each time. The Simulator's ledger must show every
// recipient exactly once, and the workspace must pass integrity_check after every kill. The full
// size (10,000 recipients, 20 kills and more) is bench_sending_crash.
class TestSendCrash final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killNineAndRestart();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CrashHarness> m_harness;
};

void TestSendCrash::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_harness = std::make_unique<CrashHarness>(QStringLiteral(HERALD_CLI_PATH), m_dir.filePath(u"crash.herald"_s));
    const QString url = m_harness->startSimulator({u"--reply-rate"_s, u"0"_s});
    QVERIFY2(!url.isEmpty(), "the Simulator did not start");
}

void TestSendCrash::cleanupTestCase()
{
    // SIGTERM: the Simulator quits cleanly.
    QVERIFY(m_harness->stopSimulator());
}

void TestSendCrash::killNineAndRestart()
{
    constexpr int Contacts = 3000;
    CrashHarness& h = *m_harness;
    QCOMPARE(h.cli({u"init"_s, u"--demo"_s, u"--count"_s, QString::number(Contacts)}).exitCode, 0);
    QCOMPARE(h.cli({u"account"_s, u"add"_s, u"--name"_s, u"standalone"_s, u"--provider"_s, u"simulator"_s,
                       u"--base-url"_s, h.url(), u"--rate"_s, u"300"_s})
                 .exitCode,
        0);
    const CrashHarness::Run created
        = h.cli({u"--json"_s, u"campaign"_s, u"create"_s, u"--name"_s, u"Crash"_s, u"--body"_s, u"Hello {first_name}"_s,
            u"--all"_s, u"--account"_s, u"standalone"_s, u"--kind"_s, u"transactional"_s});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.out.trimmed(), u"{\"id\":1}"_s);

    const CrashHarness::KillReport kills = h.killAndRestart(1, 12, 300, 120000, 20261123);
    QVERIFY2(kills.error.isEmpty(), qPrintable(kills.error));
    QString progression;
    for (int accepted : kills.acceptedAfterKill) {
        progression += QString::number(accepted) + u' ';
    }
    qInfo("ledger after each kill: %s", qPrintable(progression));
    QVERIFY2(kills.kills >= 10, qPrintable(u"only %1 kills landed before the campaign finished"_s.arg(kills.kills)));
    QVERIFY2(kills.integrityFailures.isEmpty(), qPrintable(kills.integrityFailures.join(u"; "_s)));
    // Most kills hit a run that was sending: the ledger grew between them.
    QVERIFY(kills.midSend >= 8);

    const CrashHarness::Run final = h.finish(1);
    QCOMPARE(final.exitCode, 0);
    QCOMPARE(h.integrityCheck(), u"ok"_s);
    const QJsonObject status = QJsonDocument::fromJson(final.out.toUtf8()).object();
    QCOMPARE(status.value(u"state"_s).toString(), u"completed"_s);
    QCOMPARE(status.value(u"total"_s).toInt(), Contacts);
    QCOMPARE(status.value(u"pending"_s).toInt(), 0);
    QCOMPARE(status.value(u"claimed"_s).toInt(), 0);
    QCOMPARE(status.value(u"submitted"_s).toInt(), 0);
    QCOMPARE(status.value(u"unknown"_s).toInt(), 0);

    // The oracle: the Simulator's ledger against the workspace.
    const CrashHarness::Oracle oracle = h.check(1);
    QVERIFY2(oracle.ok(), qPrintable(oracle.problems.mid(0, 10).join(u"\n"_s)));
    QCOMPARE(oracle.rows, Contacts);
    QCOMPARE(oracle.duplicates, 0);
    QCOMPARE(oracle.lost, 0);
    QVERIFY(oracle.ledgerMessages > Contacts * 9 / 10); // the demo has a few refused numbers, not more
    QCOMPARE(h.stats().value(u"duplicate_recipients"_s).toInt(), 0);
    qInfo("%d kill -9, %d runs, %d messages in the ledger, no duplicate", kills.kills, kills.runs + 1,
        oracle.ledgerMessages);
}

QTEST_GUILESS_MAIN(TestSendCrash)
#include "TestSendCrash.moc"
