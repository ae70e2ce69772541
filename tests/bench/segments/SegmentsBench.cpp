// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Budget (DESIGN §7): a segment audience count over 1,000,000 contacts with 3 rules ≤ 150 ms.
// Builds (or reuses) a 1,000,000-contact workspace in the temporary folder, applies
// SegmentRepository::segmentIndexes() and prints one JSON object; run by
// tests/bench/run-benchmarks.sh. Options: --db PATH, --rebuild, --plan (query plans to stderr).

#include "Workspace.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

constexpr int s_contacts = 1'000'000;
constexpr int s_runs = 7;
constexpr double s_budgetMs = 150.0;
constexpr qint64 s_now = 1781524800; // 2026-06-15 12:00 UTC: the data and the counts use one fixed "now"
// Bump when the generated data changes, so that an old file in /tmp is rebuilt.
const QString s_dataVersion = u"4"_s;

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Deterministic pseudo-random numbers in SQL, one stream per salt: the row number times a
// different large prime per stream, folded twice so that streams do not move in step.
QString hash(int salt)
{
    static const char* const primes[]
        = {"2654435761", "2246822519", "3266489917", "668265263", "374761393", "2869860233", "1597334677"};
    return u"(((x.i * %1) %% 2147483647) * 48271 %% 2147483629)"_s.arg(QLatin1StringView(primes[salt % 7]));
}

Result<void> build(Database& db)
{
    // One INSERT … SELECT over a recursive series: SQLite generates the rows itself, which is
    // far faster than binding a million rows through Qt (fine for a benchmark, not an import).
    const QString h1 = hash(1), h2 = hash(2), h3 = hash(3), h4 = hash(4), h5 = hash(5), h6 = hash(6);
    const QString insert = uR"(
        INSERT INTO contacts (id, phone, first_name, last_name, country, city, language, birthday_month, birthday_day,
                              total_spent_micros, orders_count, last_order_at, last_message_at, last_reply_at,
                              marketing_consent, consent_changed_at, created_at, updated_at)
        WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < %1)
        SELECT x.i, '+4850' || substr('0000000' || x.i, -8, 8), 'Name' || (x.i %% 977), 'Surname' || (x.i %% 1499),
               CASE %2 %% 8 WHEN 0 THEN 'PL' WHEN 1 THEN 'DE' WHEN 2 THEN 'US' WHEN 3 THEN 'GB' WHEN 4 THEN 'RO'
                            WHEN 5 THEN 'TW' WHEN 6 THEN 'RU' ELSE 'AE' END,
               CASE %3 %% 6 WHEN 0 THEN 'Łódź' WHEN 1 THEN 'Kraków' WHEN 2 THEN 'Berlin' WHEN 3 THEN '臺北'
                            WHEN 4 THEN 'دبي' ELSE '' END,
               CASE %2 %% 8 WHEN 0 THEN 'pl' WHEN 1 THEN 'de' WHEN 2 THEN 'en' WHEN 3 THEN 'en' WHEN 4 THEN 'ro'
                            WHEN 5 THEN 'zh_TW' WHEN 6 THEN 'ru' ELSE 'ar' END,
               CASE WHEN %4 %% 4 = 0 THEN NULL ELSE 1 + %4 %% 12 END,
               CASE WHEN %4 %% 4 = 0 THEN NULL ELSE 1 + %5 %% 28 END,
               CASE WHEN %6 %% 10 < 3 THEN 0 ELSE (%6 %% 300000) * 10000 END,
               CASE WHEN %6 %% 10 < 3 THEN 0 ELSE 1 + %6 %% 15 END,
               CASE WHEN %6 %% 10 < 3 THEN NULL ELSE %8 - %7 %% (400 * 86400) END,
               CASE WHEN %5 %% 10 < 4 THEN NULL ELSE %8 - %3 %% (120 * 86400) END,
               CASE WHEN %7 %% 10 = 0 THEN %8 - %5 %% (60 * 86400) ELSE NULL END,
               CASE WHEN %3 %% 20 < 17 THEN 'opted_in' WHEN %3 %% 20 = 17 THEN 'opted_out' ELSE 'unknown' END,
               CASE WHEN %3 %% 20 < 18 THEN %8 - %4 %% (700 * 86400) ELSE NULL END,
               %8 - %2 %% (720 * 86400), %8
        FROM x)"_s.arg(QString::number(s_contacts), h1, h2, h3, h4, h5, h6, QString::number(s_now));
    const QStringList statements = {
        insert,
        u"INSERT INTO tags (id, name) VALUES (1, 'vip'), (2, 'newsletter'), (3, 'wholesale')"_s,
        // vip: the big spenders; newsletter: a quarter; wholesale: a few.
        u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 1 FROM contacts WHERE total_spent_micros > "
        "2500000000"_s,
        u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 2 FROM contacts WHERE id %% 4 = 1"_s.replace(
            u"%%"_s, u"%"_s),
        u"INSERT INTO contact_tags (contact_id, tag_id) SELECT id, 3 FROM contacts WHERE id %% 50 = 7"_s.replace(
            u"%%"_s, u"%"_s),
        u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('bench_segments', '%1')"_s.arg(s_dataVersion),
    };
    return db.writeTransaction([&]() -> Result<void> {
        for (QString statement : statements) {
            statement.replace(u"%%"_s, u"%"_s);
            if (auto r = db.exec(statement); !r) {
                return r;
            }
        }
        return {};
    });
}

bool isBuilt(Database& db)
{
    auto version = db.scalar(u"SELECT value FROM workspace_meta WHERE key = 'bench_segments'"_s);
    auto count = db.scalar(u"SELECT count(*) FROM contacts"_s);
    return version && count && version.value().toString() == s_dataVersion && count.value().toInt() == s_contacts;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path = QDir::temp().filePath(u"herald-bench-segments-1m.herald"_s);
    if (const qsizetype at = args.indexOf(u"--db"_s); at > 0 && at + 1 < args.size()) {
        path = args.at(at + 1);
    }
    const bool plan = args.contains(u"--plan"_s);
    if (args.contains(u"--rebuild"_s)) {
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
    }

    auto opened = Workspace::open(path);
    if (!opened) {
        err() << opened.errorMessage() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    Database& db = workspace->database();
    double buildSeconds = 0;
    if (!isBuilt(db)) {
        workspace.reset();
        QFile::remove(path);
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        auto fresh = Workspace::open(path);
        if (!fresh) {
            err() << fresh.errorMessage() << Qt::endl;
            return 1;
        }
        workspace = std::move(fresh).value();
        err() << "building " << s_contacts << " contacts in " << path << Qt::endl;
        const auto start = std::chrono::steady_clock::now();
        if (auto built = build(workspace->database()); !built) {
            err() << built.errorMessage() << Qt::endl;
            return 1;
        }
        buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    Database& database = workspace->database();
    // Indexes proposed for the schema (none today), then the cases twice: with the
    // connection's default settings, and with memory-mapped reads and a bigger page cache
    // (proposed for Database::open), which is what "cases" reports.
    const QStringList indexes = SegmentRepository::segmentIndexes();
    for (const QString& statement : indexes) {
        if (auto r = database.exec(statement); !r) {
            err() << r.errorMessage() << Qt::endl;
            return 1;
        }
    }
    const QStringList pragmas = {u"PRAGMA mmap_size = 1073741824"_s, u"PRAGMA cache_size = -65536"_s};

    struct Case
    {
        QString name;
        QString rules;
    };
    const QList<Case> cases = {
        {u"opted_in_AND_country_PL_AND_spent_gt_500"_s,
            uR"([{"field":"consent","op":"is","value":"opted_in"},{"field":"country","op":"is","value":"PL"},
                {"field":"total_spent","op":"gt","value":500}])"_s},
        {u"tag_vip_AND_ordered_90_days_AND_language_pl"_s,
            uR"([{"field":"tags","op":"has_any","value":["vip"]},{"field":"last_order","op":"within_days","value":90},
                {"field":"language","op":"is","value":"pl"}])"_s},
        {u"birthday_this_month_AND_opted_in_AND_not_messaged_30_days"_s,
            uR"([{"field":"birthday","op":"this_month"},{"field":"consent","op":"is","value":"opted_in"},
                {"field":"last_message","op":"not_within_days","value":30}])"_s},
        {u"birthday_next_7_days_AND_opted_in_AND_orders_gte_3"_s,
            uR"([{"field":"birthday","op":"next_days","value":7},{"field":"consent","op":"is","value":"opted_in"},
                {"field":"orders","op":"gte","value":3}])"_s},
        {u"replied_14_days_AND_opted_in_AND_country_any_of_PL_RO"_s,
            uR"([{"field":"last_reply","op":"within_days","value":14},{"field":"consent","op":"is","value":"opted_in"},
                {"field":"country","op":"is_any_of","value":["PL","RO"]}])"_s},
    };

    SegmentRepository repository(database);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(s_now, Qt::UTC);
    bool failed = false;
    auto runCases = [&](bool& allWithin) {
        QJsonArray results;
        allWithin = true;
        for (const Case& c : cases) {
            auto rules = SegmentJson::parse(u"{\"version\":1,\"match\":\"all\",\"rules\":%1}"_s.arg(c.rules).toUtf8());
            if (!rules) {
                err() << c.name << ": " << rules.errorMessage() << Qt::endl;
                failed = true;
                return results;
            }
            if (plan) {
                auto sql = SegmentQuery::compile(rules.value(), now);
                QSqlQuery q = database.query();
                q.prepare(u"EXPLAIN QUERY PLAN SELECT count(*) FROM contacts c WHERE %1"_s.arg(sql.value().where));
                for (const QVariant& v : sql.value().bindings) {
                    q.addBindValue(v);
                }
                q.exec();
                err() << c.name << Qt::endl;
                while (q.next()) {
                    err() << "  " << q.value(3).toString() << Qt::endl;
                }
            }
            qint64 count = 0;
            std::vector<double> samples;
            std::vector<double> cpuSamples;
            for (int run = 0; run <= s_runs; ++run) {
                const std::clock_t cpuStart = std::clock();
                const auto start = std::chrono::steady_clock::now();
                auto n = repository.count(rules.value(), now);
                const double ms
                    = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
                const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
                if (!n) {
                    err() << c.name << ": " << n.errorMessage() << Qt::endl;
                    failed = true;
                    return results;
                }
                count = n.value();
                if (run > 0) { // the first run warms the cache
                    samples.push_back(ms);
                    cpuSamples.push_back(cpuMs);
                }
            }
            std::sort(samples.begin(), samples.end());
            std::sort(cpuSamples.begin(), cpuSamples.end());
            const double median = samples[samples.size() / 2];
            const double cpuMedian = cpuSamples[cpuSamples.size() / 2];
            allWithin = allWithin && median <= s_budgetMs;
            results.append(QJsonObject {{u"name"_s, c.name}, {u"ms"_s, std::round(median * 100) / 100},
                {u"cpu_ms"_s, std::round(cpuMedian * 100) / 100}, {u"count"_s, count}, {u"budget_ms"_s, s_budgetMs},
                {u"within_budget"_s, median <= s_budgetMs}});
        }
        return results;
    };
    bool defaultWithin = true;
    const QJsonArray defaultResults = runCases(defaultWithin);
    for (const QString& statement : pragmas) {
        if (auto r = database.exec(statement); !r) {
            err() << r.errorMessage() << Qt::endl;
            return 1;
        }
    }
    bool allWithin = true;
    const QJsonArray results = runCases(allWithin);
    if (failed) {
        return 1;
    }
    QJsonObject report {{u"benchmark"_s, u"segments"_s}, {u"contacts"_s, s_contacts}, {u"cases"_s, results},
        {u"indexes"_s, QJsonArray::fromStringList(indexes)}, {u"connection"_s, QJsonArray::fromStringList(pragmas)},
        {u"cases_default_connection"_s, defaultResults}};
    // Wall times on a shared machine include waiting for a CPU; cpu_ms and the load say how much.
    if (QFile load(u"/proc/loadavg"_s); load.open(QIODevice::ReadOnly)) {
        report.insert(u"load_average"_s, QString::fromLatin1(load.readAll().split(' ').value(0)).toDouble());
    }
    if (buildSeconds > 0) {
        report.insert(u"build_s"_s, std::round(buildSeconds * 10) / 10);
    }
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return allWithin ? 0 : 1;
}
