// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the sending benchmarks: a standalone Simulator process (`herald-cli simulator`), so
// that the provider's work and memory are not Herald's; the process's memory and CPU; a probe
// of the main thread's event loop; fast generation of recipients.

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <sys/resource.h>
#include <unistd.h>

namespace Herald::Bench
{

inline QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

inline void printJson(const QJsonObject& object)
{
    QTextStream out(stdout);
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

// Resident memory of this process in KiB, from /proc/self/status (Linux).
struct Rss
{
    qint64 totalKb = 0;
    qint64 anonKb = 0; // heap and stacks: what a leak or an unbounded queue grows
    qint64 fileKb = 0; // mapped files, including SQLite's memory-mapped workspace

    static Rss now()
    {
        Rss rss;
        QFile file(QStringLiteral("/proc/self/status"));
        if (!file.open(QIODevice::ReadOnly)) {
            return rss;
        }
        for (const QByteArray& line : file.readAll().split('\n')) {
            const auto value
                = [&line] { return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong(); };
            if (line.startsWith("VmRSS:")) {
                rss.totalKb = value();
            } else if (line.startsWith("RssAnon:")) {
                rss.anonKb = value();
            } else if (line.startsWith("RssFile:")) {
                rss.fileKb = value();
            }
        }
        return rss;
    }
};

// CPU seconds (user + system) of this process so far.
inline double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of another process so far, from /proc/PID/stat.
inline double cpuSecondsOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = file.readAll();
    // Fields after the command name in parentheses; utime and stime are the 14th and 15th.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return fields.size() > 12 ? (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks : 0;
}

// CPU seconds (user + system) of each thread of this process so far, by thread name (threads of
// one name add up: the network managers' threads all share one).
inline QHash<QString, double> cpuSecondsByThread()
{
    QHash<QString, double> seconds;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& task : tasks) {
        QFile file(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray stat = file.readAll();
        const qsizetype open = stat.indexOf('(');
        const qsizetype close = stat.lastIndexOf(')');
        const QString name = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 12) {
            seconds[name] += (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
        }
    }
    return seconds;
}

// The 1-minute load average: the benchmarks share the reference machine, so their numbers are
// read together with it.
inline double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0).toDouble() : -1;
}

// Watches the event loop of the thread it lives on as a GUI would feel it: a 1 ms timer whose
// late firings are the loop's stalls.
class EventLoopProbe final : public QObject
{
public:
    EventLoopProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double gapMs = double(now - m_lastNs) / 1e6;
            m_lastNs = now;
            m_maxGapMs = qMax(m_maxGapMs, gapMs);
            m_over16 += gapMs > 16 ? 1 : 0;
            m_over50 += gapMs > 50 ? 1 : 0;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_lastNs = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
    }
    double maxGapMs() const
    {
        return m_maxGapMs;
    }
    int over16() const
    {
        return m_over16;
    }
    int over50() const
    {
        return m_over50;
    }
    qint64 ticks() const
    {
        return m_ticks;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    double m_maxGapMs = 0;
    int m_over16 = 0;
    int m_over50 = 0;
    qint64 m_ticks = 0;
};

// `herald-cli simulator` in its own process, on a free loopback port.
class SimulatorProcess final
{
public:
    ~SimulatorProcess()
    {
        stop();
    }
    bool start(const QStringList& extraArgs)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(HERALD_CLI_PATH),
            QStringList {QStringLiteral("simulator"), QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
        if (!m_process.waitForStarted(10000)) {
            return false;
        }
        QElapsedTimer clock;
        clock.start();
        while (!m_process.canReadLine() && clock.elapsed() < 10000) {
            m_process.waitForReadyRead(100);
        }
        m_url = QUrl(QString::fromUtf8(m_process.readLine()).trimmed());
        return m_url.isValid() && m_url.scheme() == QStringLiteral("http");
    }
    QUrl url() const
    {
        return m_url;
    }
    qint64 pid() const
    {
        return m_process.processId();
    }
    // GET one of the Simulator's own endpoints (runs a local event loop; not while measuring).
    QJsonObject get(const QString& path)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setTransferTimeout(60000);
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return object;
    }
    QJsonObject stats()
    {
        return get(QStringLiteral("/_simulator/stats.json"));
    }
    QJsonObject ledger()
    {
        return get(QStringLiteral("/_simulator/ledger.json"));
    }
    double cpuSeconds() const
    {
        return cpuSecondsOf(pid());
    }
    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished();
            }
        }
    }

private:
    QProcess m_process;
    QUrl m_url;
};

// The i-th benchmark phone, never ending in the Simulator's special endings 91–94 (so every
// recipient is accepted and delivered): +48 600 000 000 onwards.
inline QString phoneSql()
{
    return QStringLiteral("'+48600' || substr('000000' || ((x.i / 96) * 100 + CASE WHEN x.i % 96 < 91 THEN x.i % 96 "
                          "ELSE x.i % 96 + 4 END), -6, 6)");
}

// Inserts count contacts opted in to marketing, generated by SQLite itself.
inline bool insertContacts(Database& database, int count)
{
    auto done = database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = database.query();
        const QString sql = QStringLiteral(
            "INSERT INTO contacts (phone, first_name, language, marketing_consent, created_at, updated_at) "
            "WITH RECURSIVE x(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM x WHERE i + 1 < %1) "
            "SELECT %2, 'Ann' || x.i, 'en', 'opted_in', strftime('%s', 'now'), strftime('%s', 'now') FROM x")
                                .arg(count)
                                .arg(phoneSql());
        if (!q.exec(sql)) {
            return Database::errorFrom(q, QStringLiteral("insert contacts"));
        }
        return {};
    });
    if (!done) {
        err() << "cannot insert contacts: " << done.errorMessage() << Qt::endl;
    }
    return bool(done);
}

// Runs the event loop until done() holds (checked every 10 ms) or timeoutMs passes.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    check.start();
    if (!done()) {
        loop.exec();
    }
    return done();
}

} // namespace Herald::Bench
