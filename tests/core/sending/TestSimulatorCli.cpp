// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providers/simulator/Simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// `herald-cli simulator [--port N] [--profile NAME]` on its own: the address on the first line,
// every fault profile by name, faults switched at run time, a provider-side rate limit, a clean
// stop on SIGTERM, and a clear refusal of a profile it does not know.
class TestSimulatorCli final : public QObject
{
    Q_OBJECT

private slots:
    void startsOnTheRequestedPort();
    void everyProfileStarts();
    void resetProfileThenSwitchToNone();
    void rateLimitRefusesTheExcess();
    void unknownProfileIsBadUsage();

private:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray body;
        QByteArray retryAfter;
    };
    static bool start(QProcess& process, const QStringList& args, QString* url);
    static bool stop(QProcess& process);
    Answer request(const QString& url, const QByteArray& method, const QString& path, const QByteArray& form = {});
    Answer create(const QString& url, const QString& to);

    QNetworkAccessManager m_network;
};

bool TestSimulatorCli::start(QProcess& process, const QStringList& args, QString* url)
{
    process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"simulator"_s} + args);
    if (!process.waitForStarted(10000)) {
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!process.canReadLine() && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
    }
    *url = QString::fromUtf8(process.readLine()).trimmed();
    return url->startsWith(u"http://127.0.0.1:"_s);
}

bool TestSimulatorCli::stop(QProcess& process)
{
    process.terminate(); // SIGTERM: the Simulator quits through its event loop
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

TestSimulatorCli::Answer TestSimulatorCli::request(
    const QString& url, const QByteArray& method, const QString& path, const QByteArray& form)
{
    QNetworkRequest request(QUrl(url + path));
    request.setTransferTimeout(10000);
    request.setRawHeader(
        "Authorization", "Basic " + QByteArray("AC00000000000000000000000000000000:secret").toBase64());
    QNetworkReply* reply = nullptr;
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_network.post(request, form);
    } else {
        reply = m_network.get(request);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(15000)) {
        delete reply;
        return {};
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    delete reply;
    return answer;
}

TestSimulatorCli::Answer TestSimulatorCli::create(const QString& url, const QString& to)
{
    const QByteArray form = "To=" + QUrl::toPercentEncoding(to) + "&From=Shop&Body=Hello";
    return request(url, "POST", u"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json"_s, form);
}

void TestSimulatorCli::startsOnTheRequestedPort()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcess simulator;
    QString url;
    QVERIFY(start(simulator, {u"--port"_s, QString::number(port)}, &url));
    QCOMPARE(url, u"http://127.0.0.1:%1"_s.arg(port));
    const Answer accepted = create(url, u"+48600000001"_s);
    QCOMPARE(accepted.status, 201);
    QVERIFY(QJsonDocument::fromJson(accepted.body).object().value(u"sid"_s).toString().startsWith(u"SM"_s));
    QVERIFY(stop(simulator));
}

void TestSimulatorCli::everyProfileStarts()
{
    const QStringList profiles = Simulator::profileNames();
    QVERIFY(profiles.contains(u"reset"_s));
    for (const QString& profile : profiles) {
        QProcess simulator;
        QString url;
        QVERIFY2(start(simulator, {u"--port"_s, u"0"_s, u"--profile"_s, profile}, &url), qPrintable(profile));
        const QJsonObject stats
            = QJsonDocument::fromJson(request(url, "GET", u"/_simulator/stats.json"_s).body).object();
        QCOMPARE(stats.value(u"profile"_s).toString(), profile);
        QVERIFY(stop(simulator));
    }
}

void TestSimulatorCli::resetProfileThenSwitchToNone()
{
    QProcess simulator;
    QString url;
    QVERIFY(start(simulator, {u"--profile"_s, u"reset"_s, u"--fault-every"_s, u"1"_s}, &url));
    const Answer reset = create(url, u"+48600000002"_s);
    QCOMPARE(reset.status, 0); // no answer at all: the connection was reset
    QVERIFY(reset.error != QNetworkReply::NoError);
    QJsonObject stats = QJsonDocument::fromJson(request(url, "GET", u"/_simulator/stats.json"_s).body).object();
    // Qt sends a rewindable body again by itself after a reset (Herald's one-shot bodies cannot
    // be): every attempt was reset before anything was created.
    QVERIFY(stats.value(u"creates"_s).toInt() >= 1);
    QCOMPARE(stats.value(u"faults"_s).toInt(), stats.value(u"creates"_s).toInt());
    QCOMPARE(stats.value(u"accepted"_s).toInt(), 0);

    QCOMPARE(request(url, "POST", u"/_simulator/profile"_s, "name=none").status, 200);
    QCOMPARE(create(url, u"+48600000002"_s).status, 201);
    stats = QJsonDocument::fromJson(request(url, "GET", u"/_simulator/stats.json"_s).body).object();
    QCOMPARE(stats.value(u"accepted"_s).toInt(), 1);
    QCOMPARE(stats.value(u"profile"_s).toString(), u"none"_s);
    QVERIFY(stop(simulator));
}

void TestSimulatorCli::rateLimitRefusesTheExcess()
{
    QProcess simulator;
    QString url;
    QVERIFY(start(simulator, {u"--rate"_s, u"2"_s}, &url));
    // Two saved up and two more a second: of ten requests sent one after the other within a few
    // seconds, some are refused, unprocessed, with Retry-After.
    int refused = 0;
    for (int i = 0; i < 10; ++i) {
        const Answer answer = create(url, u"+4860000001%1"_s.arg(i));
        if (answer.status == 429) {
            ++refused;
            QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(u"code"_s).toInt(), 20429);
            QCOMPARE(answer.retryAfter, QByteArray("1"));
        } else {
            QCOMPARE(answer.status, 201);
        }
    }
    QVERIFY(refused > 0);
    const QJsonObject stats = QJsonDocument::fromJson(request(url, "GET", u"/_simulator/stats.json"_s).body).object();
    QCOMPARE(stats.value(u"rate_limited"_s).toInt(), refused);
    QCOMPARE(stats.value(u"accepted"_s).toInt(), 10 - refused);
    QVERIFY(stop(simulator));
}

void TestSimulatorCli::unknownProfileIsBadUsage()
{
    QProcess simulator;
    simulator.start(QStringLiteral(HERALD_CLI_PATH), {u"simulator"_s, u"--profile"_s, u"meteor"_s});
    QVERIFY(simulator.waitForFinished(10000));
    QCOMPARE(simulator.exitCode(), 2);
    const QString err = QString::fromUtf8(simulator.readAllStandardError());
    QVERIFY2(err.contains(u"meteor"_s) && err.contains(u"accept-then-drop"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestSimulatorCli)
#include "TestSimulatorCli.moc"
