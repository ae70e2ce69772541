// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `herald-cli poll` as a script runs it: real processes, a real workspace file, and a standalone
// Simulator (`herald-cli simulator`) on 127.0.0.1 whose replies outlive one command.
class TestCliPoll final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void onceOnANewWorkspace();
    void usageErrors();
    void repliesAndOptOutsThroughTheCommandLine();
    void loopStopsOnSigterm();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const
        {
            return QJsonDocument::fromJson(out.trimmed().toUtf8()).object();
        }
    };
    Run cli(const QStringList& args) const;
    QString db() const
    {
        return m_dir->filePath(u"shop.herald"_s);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_simulator;
};

void TestCliPoll::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
}

void TestCliPoll::cleanup()
{
    if (m_simulator) {
        m_simulator->terminate();
        if (!m_simulator->waitForFinished(5000)) {
            m_simulator->kill();
            m_simulator->waitForFinished(5000);
        }
        m_simulator.reset();
    }
    m_dir.reset();
}

TestCliPoll::Run TestCliPoll::cli(const QStringList& args) const
{
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"--db"_s, db()} + args);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliPoll::onceOnANewWorkspace()
{
    // The built-in Simulator account, with a Simulator started in the process: nothing to read yet.
    const Run json = cli({u"--json"_s, u"poll"_s, u"--once"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject summary = json.json();
    QCOMPARE(summary.value(u"accounts"_s).toInt(), 1);
    for (const QString& key : {u"statuses_updated"_s, u"replies_stored"_s, u"opt_outs"_s, u"resubscribes"_s,
             u"help_replies"_s, u"confirmations"_s, u"replies_sent"_s, u"expired"_s}) {
        QVERIFY2(summary.contains(key), qPrintable(key));
        QCOMPARE(summary.value(key).toInt(), 0);
    }
    QCOMPARE(summary.value(u"inbound_requests"_s).toInt(), 1);

    const Run text = cli({u"poll"_s, u"--once"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"Replies stored: 0"_s));
    QVERIFY(text.out.contains(u"Opt-outs: 0"_s));
}

void TestCliPoll::usageErrors()
{
    QCOMPARE(cli({u"poll"_s, u"--once"_s, u"--account"_s, u"Nobody"_s}).exitCode, 2);
    QCOMPARE(cli({u"poll"_s, u"--interval"_s, u"0"_s}).exitCode, 2);
    QCOMPARE(cli({u"poll"_s, u"--secret-env"_s, u"X"_s}).exitCode, 2);
    const Run bad = cli({u"poll"_s, u"--frobnicate"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"usage: poll"_s));
}

void TestCliPoll::repliesAndOptOutsThroughTheCommandLine()
{
    // A Simulator of its own, where every delivered message is answered (STOP or free text).
    m_simulator = std::make_unique<QProcess>();
    m_simulator->start(
        QStringLiteral(HERALD_CLI_PATH), {u"simulator"_s, u"--port"_s, u"0"_s, u"--reply-rate"_s, u"1"_s});
    QVERIFY(m_simulator->waitForStarted(10000));
    while (!m_simulator->canReadLine()) {
        QVERIFY(m_simulator->waitForReadyRead(10000));
    }
    const QString url = QString::fromUtf8(m_simulator->readLine()).trimmed();
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(url));

    QCOMPARE(
        cli({u"account"_s, u"add"_s, u"--name"_s, u"Local"_s, u"--provider"_s, u"simulator"_s, u"--base-url"_s, url})
            .exitCode,
        0);
    QFile csv(m_dir->filePath(u"customers.csv"_s));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QByteArray rows = "Phone,First Name,Consent\n";
    for (int i = 0; i < 20; ++i) {
        rows += QByteArray("+4860010") + QByteArray::number(1000 + i) + ",Ann,yes\n";
    }
    csv.write(rows);
    csv.close();
    QCOMPARE(cli({u"import"_s, csv.fileName(), u"--region"_s, u"PL"_s}).exitCode, 0);
    const Run created = cli({u"--json"_s, u"campaign"_s, u"create"_s, u"--name"_s, u"Order update"_s, u"--body"_s,
        u"Your order has shipped"_s, u"--all"_s, u"--account"_s, u"Local"_s, u"--kind"_s, u"transactional"_s});
    QCOMPARE(created.exitCode, 0);
    const QString id = QString::number(created.json().value(u"id"_s).toInteger());
    const Run launched
        = cli({u"--json"_s, u"campaign"_s, u"launch"_s, id, u"--now"_s, u"--wait"_s, u"--timeout"_s, u"30"_s});
    QCOMPARE(launched.exitCode, 0);
    QCOMPARE(launched.json().value(u"delivered"_s).toInt(), 20);
    QTest::qWait(1200); // the Simulator answers half a second after delivery

    const Run first = cli({u"--json"_s, u"poll"_s, u"--once"_s, u"--account"_s, u"Local"_s});
    QCOMPARE(first.exitCode, 0);
    const QJsonObject one = first.json();
    QCOMPARE(one.value(u"replies_stored"_s).toInt(), 20);
    const int optOuts = one.value(u"opt_outs"_s).toInt();
    QVERIFY(optOuts > 0 && optOuts < 20); // a share of STOPs, with the Simulator's fixed seed
    // The Simulator does not confirm opt-outs itself: one confirmation each, sent at once.
    QCOMPARE(one.value(u"confirmations"_s).toInt(), optOuts);
    QCOMPARE(one.value(u"replies_sent"_s).toInt(), optOuts);

    // Read again: nothing stored twice, and a STOP answering a confirmation is never confirmed.
    QTest::qWait(1200);
    const Run second = cli({u"--json"_s, u"poll"_s, u"--once"_s, u"--account"_s, u"Local"_s});
    QCOMPARE(second.exitCode, 0);
    const QJsonObject two = second.json();
    QVERIFY(two.value(u"duplicates"_s).toInt() >= 20);
    QCOMPARE(two.value(u"opt_outs"_s).toInt(), 0);
    QCOMPARE(two.value(u"confirmations"_s).toInt(), 0);
    QCOMPARE(two.value(u"replies_sent"_s).toInt(), 0);
}

void TestCliPoll::loopStopsOnSigterm()
{
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), {u"--db"_s, db(), u"--json"_s, u"poll"_s, u"--interval"_s, u"1"_s});
    QVERIFY(process.waitForStarted(10000));
    // Two rounds, then a polite stop.
    int lines = 0;
    while (lines < 2) {
        QVERIFY(process.waitForReadyRead(10000));
        while (process.canReadLine()) {
            const QJsonObject round = QJsonDocument::fromJson(process.readLine()).object();
            QCOMPARE(round.value(u"accounts"_s).toInt(), 1);
            ++lines;
        }
    }
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCliPoll)
#include "TestCliPoll.moc"
