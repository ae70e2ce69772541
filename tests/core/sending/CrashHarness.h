// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// kill -9 of `herald-cli campaign launch` at random moments against a standalone Simulator
// process, restarted each time, and the oracle that judges the outcome: the Simulator's ledger of
// accepted messages against the workspace. Shared by test_sending_crash (small, in CI) and
// bench_sending_crash (10,000 recipients, JSON).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Herald::Test
{

class CrashHarness final
{
public:
    struct Run
    {
        int exitCode = -1; // -1: crashed, killed or timed out
        QString out;
        QString err;
    };

    // How the kills went.
    struct KillReport
    {
        int kills = 0;
        int runs = 0; // processes started, killed or not
        bool finishedEarly = false; // a run completed the campaign before it could be killed
        QList<int> acceptedAfterKill; // the Simulator's accepted messages after each kill
        int midSend = 0; // kills after which the ledger had grown since the previous one
        QStringList integrityFailures; // integrity_check results other than "ok"
        QString error;
    };

    // The ledger against the workspace, after the campaign completed.
    struct Oracle
    {
        int rows = 0; // outbox rows of the campaign
        int ledgerMessages = 0; // messages the Simulator accepted
        int withProvider = 0; // rows holding a provider id
        int duplicates = 0; // recipients who got more than one message
        int lost = 0; // rows still pending, claimed, submitted or unknown
        QStringList problems; // one line per violated rule

        bool ok() const
        {
            return problems.isEmpty();
        }
    };

    CrashHarness(QString cliPath, QString dbPath)
        : m_cli(std::move(cliPath))
        , m_db(std::move(dbPath))
    {
    }
    ~CrashHarness()
    {
        stopSimulator();
    }
    Q_DISABLE_COPY_MOVE(CrashHarness)

    // `herald-cli simulator --port 0` plus extraArgs; returns its URL, empty on failure.
    QString startSimulator(const QStringList& extraArgs)
    {
        m_simulator.start(m_cli,
            QStringList {QStringLiteral("simulator"), QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
        if (!m_simulator.waitForStarted(10000)) {
            return {};
        }
        QElapsedTimer clock;
        clock.start();
        while (!m_simulator.canReadLine() && clock.elapsed() < 10000) {
            m_simulator.waitForReadyRead(100);
        }
        m_url = QString::fromUtf8(m_simulator.readLine()).trimmed();
        return m_url.startsWith(QStringLiteral("http://127.0.0.1:")) ? m_url : QString();
    }
    // SIGTERM; true when the Simulator quit cleanly with exit code 0.
    bool stopSimulator()
    {
        if (m_simulator.state() == QProcess::NotRunning) {
            return true;
        }
        m_simulator.terminate();
        if (!m_simulator.waitForFinished(10000)) {
            m_simulator.kill();
            m_simulator.waitForFinished();
            return false;
        }
        return m_simulator.exitStatus() == QProcess::NormalExit && m_simulator.exitCode() == 0;
    }
    QString url() const
    {
        return m_url;
    }

    Run cli(const QStringList& args, int timeoutMs = 120000) const
    {
        QProcess process;
        process.start(m_cli, QStringList {QStringLiteral("--db"), m_db} + args);
        if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString integrityCheck() const
    {
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-integrity"));
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()) {
                    result = q.value(0).toString();
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-integrity"));
        return result;
    }

    QJsonObject simulatorGet(const QString& path) const
    {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_url + path));
        request.setTransferTimeout(20000);
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return object;
    }
    QJsonObject stats() const
    {
        return simulatorGet(QStringLiteral("/_simulator/stats.json"));
    }
    int accepted() const
    {
        return stats().value(QStringLiteral("accepted")).toInt();
    }

    // Starts `campaign launch ID --wait` again and again and kills it with SIGKILL at a random
    // moment each time, until `kills` kills landed, a run finished the campaign, or budgetMs passed.
    // A kill waits until the run is really sending (the ledger grew past the last kill), then a
    // random 0..maxDelayMs more: fixed delays would land in start-up on a slow (sanitizer) build.
    KillReport killAndRestart(qint64 campaignId, int kills, int maxDelayMs, qint64 budgetMs, quint32 seed) const
    {
        KillReport report;
        QRandomGenerator random(seed);
        QElapsedTimer clock;
        clock.start();
        int before = accepted();
        while (report.kills < kills && clock.elapsed() < budgetMs) {
            QProcess launch;
            launch.start(m_cli,
                {QStringLiteral("--db"), m_db, QStringLiteral("campaign"), QStringLiteral("launch"),
                    QString::number(campaignId), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                    QStringLiteral("0")});
            if (!launch.waitForStarted(10000)) {
                report.error = QStringLiteral("herald-cli did not start");
                return report;
            }
            ++report.runs;
            QElapsedTimer waiting;
            waiting.start();
            while (accepted() <= before && waiting.elapsed() < 30000) {
                if (launch.waitForFinished(10)) {
                    report.finishedEarly = true;
                    return report;
                }
            }
            if (launch.waitForFinished(int(random.bounded(maxDelayMs + 1)))) {
                report.finishedEarly = true;
                return report;
            }
            launch.kill(); // SIGKILL: no chance to flush anything
            launch.waitForFinished(10000);
            ++report.kills;
            const int now = accepted();
            report.midSend += now > before ? 1 : 0;
            report.acceptedAfterKill.append(now);
            before = now;
            const QString integrity = integrityCheck();
            if (integrity != QStringLiteral("ok")) {
                report.integrityFailures.append(integrity);
            }
        }
        return report;
    }

    // Restarts until the run completes the campaign (at most `attempts` times).
    Run finish(qint64 campaignId, int attempts = 5) const
    {
        Run last;
        for (int i = 0; i < attempts; ++i) {
            last = cli({QStringLiteral("--json"), QStringLiteral("campaign"), QStringLiteral("launch"),
                QString::number(campaignId), QStringLiteral("--wait"), QStringLiteral("--timeout"),
                QStringLiteral("0")});
            if (last.exitCode == 0) {
                break;
            }
        }
        return last;
    }

    // Every recipient exactly once: the ledger names no phone twice, each row holding a provider id
    // holds the sid the Simulator gave that phone, every other row was refused at create by the
    // Simulator's number rules (…91 invalid, …92 unsubscribed) and never reached the ledger, and no
    // row is left pending, claimed, submitted or unknown (a request in flight at a kill was
    // settled by lookup, not resent blindly).
    Oracle check(qint64 campaignId) const
    {
        Oracle oracle;
        const QJsonArray messages
            = simulatorGet(QStringLiteral("/_simulator/ledger.json")).value(QStringLiteral("messages")).toArray();
        oracle.ledgerMessages = int(messages.size());
        QHash<QString, int> sentTo;
        QHash<QString, QString> sidOf;
        for (const QJsonValue& value : messages) {
            const QJsonObject m = value.toObject();
            const QString to = m.value(QStringLiteral("to")).toString();
            if (++sentTo[to] == 2) {
                ++oracle.duplicates;
                oracle.problems.append(QStringLiteral("%1 got more than one message").arg(to));
            }
            sidOf.insert(to, m.value(QStringLiteral("sid")).toString());
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash-oracle"));
            db.setDatabaseName(m_db);
            if (!db.open()) {
                oracle.problems.append(QStringLiteral("cannot open the workspace"));
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT phone, provider_id, state FROM messages WHERE campaign_id = %1")
                            .arg(campaignId))) {
                oracle.problems.append(QStringLiteral("cannot read the outbox"));
            }
            static const QStringList handedOver = {QStringLiteral("accepted"), QStringLiteral("sent"),
                QStringLiteral("delivered"), QStringLiteral("undelivered"), QStringLiteral("failed")};
            static const QStringList open = {QStringLiteral("pending"), QStringLiteral("claimed"),
                QStringLiteral("submitted"), QStringLiteral("unknown")};
            while (q.next()) {
                ++oracle.rows;
                const QString phone = q.value(0).toString();
                const QString state = q.value(2).toString();
                if (open.contains(state)) {
                    ++oracle.lost;
                    oracle.problems.append(QStringLiteral("%1 is still %2").arg(phone, state));
                } else if (!q.value(1).isNull()) {
                    ++oracle.withProvider;
                    if (q.value(1).toString() != sidOf.value(phone)) {
                        oracle.problems.append(QStringLiteral("%1 holds another sid than the Simulator's").arg(phone));
                    }
                    if (!handedOver.contains(state)) {
                        oracle.problems.append(QStringLiteral("%1 has a sid but is %2").arg(phone, state));
                    }
                } else if (sentTo.value(phone) != 0
                    || !(phone.endsWith(QStringLiteral("91")) || phone.endsWith(QStringLiteral("92")))
                    || (state != QStringLiteral("failed") && state != QStringLiteral("skipped"))) {
                    oracle.problems.append(QStringLiteral("%1 is %2 without a sid").arg(phone, state));
                }
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash-oracle"));
        if (oracle.withProvider != oracle.ledgerMessages) {
            oracle.problems.append(QStringLiteral("%1 rows with a sid, %2 messages in the ledger")
                                       .arg(oracle.withProvider)
                                       .arg(oracle.ledgerMessages));
        }
        return oracle;
    }

private:
    QString m_cli;
    QString m_db;
    QProcess m_simulator;
    QString m_url;
};

} // namespace Herald::Test
