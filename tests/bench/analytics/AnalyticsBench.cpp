// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Budget (issue: analytics): every analytics view ≤ 300 ms over 1,000,000 outbox rows.
// Builds (or reuses) a workspace in the temporary folder with 200,000 contacts, 40 campaigns of
// 25,000 recipients each over a year (1,000,000 messages: delivered, undelivered, failed,
// unknown, skipped, cancelled, in flight; 10 % multipart), an opt-in per contact, ~2 % opt-outs
// after campaigns and ~3 % replies, then times each view: the campaign list, one campaign's
// report (for several campaigns) and the trends across campaigns. Prints one JSON object; run by
// tests/bench/run-benchmarks.sh. Options: --db PATH, --rebuild, --plan (query plans to stderr).

#include "Workspace.h"
#include "analytics/CampaignAnalytics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

constexpr int s_contacts = 200'000;
constexpr int s_campaigns = 40;
constexpr int s_perCampaign = 25'000; // 40 × 25,000 = 1,000,000 outbox rows
constexpr int s_runs = 7;
constexpr double s_budgetMs = 300.0;
constexpr qint64 s_now = 1781524800; // 2026-06-15 12:00 UTC
const QString s_dataVersion = u"5"_s;

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

Result<void> build(Database& db)
{
    const QString now = QString::number(s_now);
    QStringList statements = {
        uR"(INSERT INTO contacts (id, phone, first_name, last_name, country, language, marketing_consent,
                                  consent_changed_at, created_at, updated_at)
            WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < %1)
            SELECT i, '+4850' || substr('0000000' || i, -8, 8), 'Name' || (i % 977), 'Surname' || (i % 1499),
                   'PL', 'pl', 'opted_in', %2 - 400 * 86400, %2 - 400 * 86400, %2 FROM x)"_s.arg(s_contacts)
            .arg(now),
        uR"(INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, recorded_at)
            SELECT id, 'marketing', 'opt_in', created_at, 'import', 'shopify export', created_at FROM contacts)"_s,
        u"INSERT INTO provider_accounts (id, name, provider, is_default, created_at, updated_at) "
        "VALUES (1, 'Simulator', 'simulator', 1, %1, %1)"_s.arg(now),
        // Campaign k launched (40 - k) × 9 days before now.
        uR"(INSERT INTO campaigns (id, name, kind, state, body, account_id, created_at, updated_at, launched_at,
                                   completed_at)
            WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < %1)
            SELECT n, 'Campaign ' || n, 'marketing', 'completed', 'Hi {first_name}', 1, %2 - (%1 - n) * 9 * 86400 - 3600,
                   %2, %2 - (%1 - n) * 9 * 86400, %2 - (%1 - n) * 9 * 86400 + 86400 FROM k)"_s.arg(s_campaigns)
            .arg(now),
        // Recipient i of campaign k is contact ((i × 7919 + k × 104729) mod 200,000) + 1: distinct
        // within a campaign (7919 is prime to 200,000). h decides the outcome.
        uR"(INSERT INTO messages (campaign_id, contact_id, account_id, phone, kind, body, encoding, segments, state,
                                  skip_reason, error_code, error_message, estimated_cost_micros, price_micros,
                                  price_currency, created_at, submitted_at, accepted_at, delivered_at, finished_at,
                                  updated_at)
            SELECT k, cid, 1, '+4850' || substr('0000000' || cid, -8, 8), 'marketing',
                   printf('Hi Name%d, our winter sale starts today: -20%% on everything at example.com/s/%d. Reply STOP to opt out.',
                          cid % 977, k), 'GSM-7', seg, state,
                   CASE state WHEN 'skipped' THEN 'frequency_cap' WHEN 'cancelled' THEN 'opted out' ELSE '' END,
                   CASE WHEN state IN ('failed', 'undelivered') THEN
                            CASE h % 4 WHEN 0 THEN '30003' WHEN 1 THEN '30005' WHEN 2 THEN '30006' ELSE '30007' END
                        WHEN state = 'unknown' THEN 'status-expired' ELSE '' END,
                   CASE WHEN state IN ('failed', 'undelivered') THEN 'Carrier said no' ELSE '' END,
                   8000 * seg,
                   CASE WHEN state IN ('delivered', 'undelivered') THEN 7500 * seg END,
                   CASE WHEN state IN ('delivered', 'undelivered') THEN 'USD' ELSE '' END,
                   launched, CASE WHEN state NOT IN ('skipped', 'cancelled') THEN launched + i % 3600 END,
                   CASE WHEN state NOT IN ('skipped', 'cancelled', 'failed') THEN launched + i % 3600 + 1 END,
                   CASE WHEN state = 'delivered' THEN launched + i % 3600 + 5 + h % 600 END,
                   launched + 3600, launched + 3600
            FROM (SELECT k, i, cid, h, launched,
                         CASE WHEN h % 50 = 0 THEN 3 WHEN h % 10 = 0 THEN 2 ELSE 1 END AS seg,
                         CASE WHEN h < 900 THEN 'delivered' WHEN h < 930 THEN 'undelivered' WHEN h < 950 THEN 'failed'
                              WHEN h < 960 THEN 'unknown' WHEN h < 980 THEN 'skipped' WHEN h < 990 THEN 'cancelled'
                              WHEN h < 995 THEN 'sent' ELSE 'accepted' END AS state
                  FROM (SELECT c.id AS k, x.i AS i, ((x.i * 7919 + c.id * 104729) % %2) + 1 AS cid,
                               ((x.i * 2654435761 + c.id * 97) % 2147483647) % 1000 AS h, c.launched_at AS launched
                        FROM campaigns c,
                             (WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < %1)
                              SELECT i FROM r) x)
                  ORDER BY k, i))"_s.arg(s_perCampaign)
            .arg(s_contacts),
        // ~2 % of delivered messages bring an opt-out 0 … 9 days later (some outside the 7-day window).
        uR"(INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, recorded_at)
            SELECT contact_id, 'marketing', 'opt_out', delivered_at + (id * 7919) % (9 * 86400), 'keyword',
                   'sms reply: STOP', delivered_at FROM messages
            WHERE state = 'delivered' AND ((id * 2246822519) % 2147483629) % 100 < 2)"_s,
        // ~3 % of delivered messages get a reply within two days; one in ten of those is STOP.
        uR"(INSERT INTO inbound (account_id, provider_id, from_phone, to_phone, body, received_at, contact_id,
                                 campaign_id, keyword, created_at)
            SELECT 1, 'SM' || id, phone, '+15005550006',
                   CASE WHEN (id * 7) % 10 = 3 THEN 'STOP' ELSE 'Is it valid in store too?' END,
                   delivered_at + (id * 13) % (2 * 86400), contact_id, campaign_id,
                   CASE WHEN (id * 7) % 10 = 3 THEN 'stop' ELSE '' END, delivered_at FROM messages
            WHERE state = 'delivered' AND ((id * 3266489917) % 2147483647) % 100 < 3)"_s,
        u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('bench_analytics', '%1')"_s.arg(s_dataVersion),
        u"ANALYZE"_s,
    };
    return db.writeTransaction([&]() -> Result<void> {
        for (const QString& statement : std::as_const(statements)) {
            if (auto r = db.exec(statement); !r) {
                return r;
            }
        }
        return {};
    });
}

bool isBuilt(Database& db)
{
    auto version = db.scalar(u"SELECT value FROM workspace_meta WHERE key = 'bench_analytics'"_s);
    auto count = db.scalar(u"SELECT count(*) FROM messages"_s);
    return version && count && version.value().toString() == s_dataVersion
        && count.value().toLongLong() == qint64(s_campaigns) * s_perCampaign;
}

void removeFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString path = QDir::temp().filePath(u"herald-bench-analytics-1m.herald"_s);
    if (const qsizetype at = args.indexOf(u"--db"_s); at > 0 && at + 1 < args.size()) {
        path = args.at(at + 1);
    }
    if (args.contains(u"--rebuild"_s)) {
        removeFiles(path);
    }
    auto opened = Workspace::open(path);
    if (!opened) {
        err() << opened.errorMessage() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Workspace> workspace = std::move(opened).value();
    double buildSeconds = 0;
    if (!isBuilt(workspace->database())) {
        workspace.reset();
        removeFiles(path);
        auto fresh = Workspace::open(path);
        if (!fresh) {
            err() << fresh.errorMessage() << Qt::endl;
            return 1;
        }
        workspace = std::move(fresh).value();
        err() << "building " << s_campaigns * s_perCampaign << " outbox rows in " << path << Qt::endl;
        const auto start = std::chrono::steady_clock::now();
        if (auto built = build(workspace->database()); !built) {
            err() << built.errorMessage() << Qt::endl;
            return 1;
        }
        buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    Database& database = workspace->database();
    CampaignAnalytics analytics(database);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(s_now, QTimeZone::utc());

    struct View
    {
        QString name;
        std::function<Result<qint64>()> run; // returns a figure, printed so that results can be checked
    };
    const QList<View> views = {
        {u"campaign_list"_s,
            [&]() -> Result<qint64> {
                auto list = analytics.campaigns();
                if (!list) {
                    return list.error();
                }
                return qint64(list->size());
            }},
        {u"campaign_report_newest"_s,
            [&]() -> Result<qint64> {
                auto r = analytics.campaign(s_campaigns, u"USD"_s, now);
                if (!r) {
                    return r.error();
                }
                return r->funnel.delivered;
            }},
        {u"campaign_report_middle"_s,
            [&]() -> Result<qint64> {
                auto r = analytics.campaign(s_campaigns / 2, u"USD"_s, now);
                if (!r) {
                    return r.error();
                }
                return r->optOuts;
            }},
        {u"campaign_report_oldest"_s,
            [&]() -> Result<qint64> {
                auto r = analytics.campaign(1, u"USD"_s, now);
                if (!r) {
                    return r.error();
                }
                return r->repliers;
            }},
        {u"trends_monthly"_s,
            [&]() -> Result<qint64> {
                TrendsReport t;
                if (auto r = analytics.addMonthlyTrends(t, now); !r) {
                    return r.error();
                }
                return t.months.constLast().optOuts;
            }},
        // The same with nothing cached: what the first look at the trends tab costs.
        {u"trends_monthly_uncached"_s,
            [&]() -> Result<qint64> {
                if (auto r = database.exec(u"DELETE FROM workspace_meta WHERE key LIKE 'analytics.campaign.%'"_s); !r) {
                    return r.error();
                }
                TrendsReport t;
                if (auto r = analytics.addMonthlyTrends(t, now); !r) {
                    return r.error();
                }
                return t.months.constLast().optOuts;
            }},
        {u"trends_messages_per_contact"_s,
            [&]() -> Result<qint64> {
                TrendsReport t;
                if (auto r = analytics.addContactFrequency(t, now); !r) {
                    return r.error();
                }
                return t.contactMonths;
            }},
        {u"trends_replies_by_hour"_s,
            [&]() -> Result<qint64> {
                TrendsReport t;
                if (auto r = analytics.addReplyHours(t); !r) {
                    return r.error();
                }
                return t.totalReplies;
            }},
        {u"trends_tab_all"_s,
            [&]() -> Result<qint64> {
                auto t = analytics.trends(u"USD"_s, now);
                if (!t) {
                    return t.error();
                }
                return qint64(t->months.size());
            }},
    };

    QJsonArray results;
    bool allWithin = true;
    for (const View& view : views) {
        std::vector<double> samples;
        std::vector<double> cpuSamples;
        qint64 figure = 0;
        for (int run = 0; run <= s_runs; ++run) {
            const std::clock_t cpuStart = std::clock();
            const auto start = std::chrono::steady_clock::now();
            auto result = view.run();
            const double ms
                = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
            const double cpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
            if (!result) {
                err() << view.name << ": " << result.errorMessage() << Qt::endl;
                return 1;
            }
            figure = result.value();
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
        results.append(QJsonObject {{u"name"_s, view.name}, {u"ms"_s, std::round(median * 100) / 100},
            {u"cpu_ms"_s, std::round(cpuMedian * 100) / 100}, {u"max_ms"_s, std::round(samples.back() * 100) / 100},
            {u"figure"_s, figure}, {u"budget_ms"_s, s_budgetMs}, {u"within_budget"_s, median <= s_budgetMs}});
        err() << view.name << ": " << median << " ms" << Qt::endl;
    }
    if (args.contains(u"--plan"_s)) {
        auto count = database.scalar(u"SELECT count(*) FROM messages"_s);
        err() << "messages: " << (count ? count.value().toLongLong() : -1) << Qt::endl;
    }
    QJsonObject report {{u"benchmark"_s, u"analytics"_s}, {u"outbox_rows"_s, qint64(s_campaigns) * s_perCampaign},
        {u"campaigns"_s, s_campaigns}, {u"contacts"_s, s_contacts}, {u"views"_s, results}};
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
