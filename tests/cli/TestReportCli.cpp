// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// `herald-cli campaign report ID --json | --csv OUT | --pdf OUT` on the prepared analytics
// workspace (tests/core/analytics/AnalyticsFixture): the JSON carries every per-campaign figure,
// the PDF is a real, non-empty PDF with its pages.

#include "AnalyticsFixture.h"
#include "Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonReport();
    void zeroSendsAndAllFailed();
    void csvReport();
    void pdfReport();
    void errors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList& args);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"report.herald"_s);
    auto workspace = Workspace::open(m_db);
    QVERIFY2(workspace.ok(), qPrintable(workspace.errorMessage()));
    auto populated = Test::AnalyticsFixture::populate(workspace.value()->database());
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
}

TestReportCli::Run TestReportCli::cli(const QStringList& args)
{
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"--db"_s, m_db} + args);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError())};
}

void TestReportCli::jsonReport()
{
    const Run run = cli({u"campaign"_s, u"report"_s, u"1"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"id"_s).toInteger(), 1);
    QCOMPARE(json.value(u"name"_s).toString(), u"Spring sale"_s);
    QCOMPARE(json.value(u"provider"_s).toString(), u"twilio"_s);
    const QJsonObject funnel = json.value(u"funnel"_s).toObject();
    const QList<std::pair<QString, int>> expected = {{u"targeted"_s, 10}, {u"excluded"_s, 2}, {u"skipped"_s, 1},
        {u"cancelled"_s, 1}, {u"pending"_s, 1}, {u"in_flight"_s, 1}, {u"sent"_s, 7}, {u"delivered"_s, 3},
        {u"failed"_s, 1}, {u"undelivered"_s, 1}, {u"unknown"_s, 1}};
    for (const auto& [key, value] : expected) {
        QVERIFY2(funnel.value(key).toInteger() == value, qPrintable(key));
    }
    QCOMPARE(json.value(u"delivery_rate"_s).toDouble(), 0.428571);
    QCOMPARE(json.value(u"opt_outs"_s).toInteger(), 1);
    QCOMPARE(json.value(u"opt_out_rate"_s).toDouble(), 0.142857);
    QCOMPARE(json.value(u"opt_out_benchmark"_s).toDouble(), 0.0255);
    QCOMPARE(json.value(u"opt_out_window_complete"_s).toBool(), true);
    QCOMPARE(json.value(u"replies"_s).toInteger(), 4);
    QCOMPARE(json.value(u"repliers"_s).toInteger(), 2);
    QCOMPARE(json.value(u"reply_rate"_s).toDouble(), 0.285714);
    QCOMPARE(json.value(u"parts"_s).toInteger(), 11);
    QCOMPARE(json.value(u"cost_micros"_s).toInteger(), 84500);
    QCOMPARE(json.value(u"reported_cost_micros"_s).toInteger(), 52500);
    QCOMPARE(json.value(u"estimated_cost_micros"_s).toInteger(), 32000);
    QCOMPARE(json.value(u"currency"_s).toString(), u"USD"_s);
    const QJsonArray errors = json.value(u"error_codes"_s).toArray();
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).toObject().value(u"code"_s).toString(), u"21211"_s);
    QVERIFY(!errors.at(0).toObject().value(u"meaning"_s).toString().isEmpty());
    const QJsonArray buckets = json.value(u"deliveries_over_time"_s).toArray();
    QCOMPARE(buckets.size(), 5);
    QCOMPARE(buckets.at(0).toObject().value(u"start"_s).toString(), u"2026-03-10T10:00:00Z"_s);
    QCOMPARE(buckets.at(4).toObject().value(u"delivered"_s).toInteger(), 1);
}

void TestReportCli::zeroSendsAndAllFailed()
{
    const Run zero = cli({u"--json"_s, u"campaign"_s, u"report"_s, u"2"_s});
    QCOMPARE(zero.exitCode, 0);
    const QJsonObject z = QJsonDocument::fromJson(zero.out).object();
    QCOMPARE(z.value(u"funnel"_s).toObject().value(u"sent"_s).toInteger(), 0);
    QVERIFY(z.value(u"delivery_rate"_s).isNull());
    QVERIFY(z.value(u"reply_rate"_s).isNull());

    const Run failed = cli({u"--json"_s, u"campaign"_s, u"report"_s, u"3"_s});
    QCOMPARE(failed.exitCode, 0);
    const QJsonObject f = QJsonDocument::fromJson(failed.out).object();
    QCOMPARE(f.value(u"funnel"_s).toObject().value(u"failed"_s).toInteger(), 3);
    QCOMPARE(f.value(u"delivery_rate"_s).toDouble(-1), 0.0);
    QCOMPARE(f.value(u"cost_micros"_s).toInteger(), 24000);
}

void TestReportCli::csvReport()
{
    const QString path = m_dir.filePath(u"report.csv"_s);
    const Run run = cli({u"campaign"_s, u"report"_s, u"1"_s, u"--csv"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QString::fromUtf8(run.out).contains(u"Spring sale"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "section,key,value,detail\r\n"));
    QVERIFY(csv.contains("funnel,delivered,3,\r\n"));
}

void TestReportCli::pdfReport()
{
    const QString path = m_dir.filePath(u"report.pdf"_s);
    const Run run = cli({u"campaign"_s, u"report"_s, u"1"_s, u"--pdf"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.size() > 5000);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    // Two pages: the figures and charts, then the error codes and definitions.
    const QRegularExpression pageObject(u"/Type\\s*/Page[^s]"_s);
    QCOMPARE(QString::fromLatin1(pdf).count(pageObject), 2);
    QVERIFY(pdf.contains("/Count 2"));

    // A folder that does not exist: a clear failure, nothing half-written.
    const Run bad = cli({u"campaign"_s, u"report"_s, u"1"_s, u"--pdf"_s, m_dir.filePath(u"missing/r.pdf"_s)});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(u"r.pdf"_s));
}

void TestReportCli::errors()
{
    const Run missing = cli({u"campaign"_s, u"report"_s, u"999"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"999"_s));
    const Run noId = cli({u"campaign"_s, u"report"_s});
    QCOMPARE(noId.exitCode, 2);
    const Run junk = cli({u"campaign"_s, u"report"_s, u"abc"_s});
    QCOMPARE(junk.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestReportCli)

#include "TestReportCli.moc"
