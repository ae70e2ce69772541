// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DESIGN §7: importing a 1,000,000-row Shopify export (normalise, dedupe, consent) takes at most
// 3× the time `sqlite3 .import` needs for the same file in the same run, with peak RSS ≤ 300 MB.
//
// The file is generated once into the temporary folder and reused. HERALD_BENCH_IMPORT_ROWS
// changes the row count (for a quick run). Prints one JSON object.

#include "ShopifyGenerator.h"
#include "Workspace.h"
#include "contacts/ContactImporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

constexpr double BudgetRatio = 3.0;
constexpr double BudgetRssMb = 300.0;

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// User + system CPU seconds of this process (all its threads) or of its waited-for children.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"herald.*.info=false"_s);
    QTextStream err(stderr);

    bool ok = false;
    qint64 rows = qEnvironmentVariableIntValue("HERALD_BENCH_IMPORT_ROWS", &ok);
    if (!ok || rows <= 0) {
        rows = 1000000;
    }
    const QString csv = QDir::temp().filePath(u"herald-bench-shopify-v3-%1.csv"_s.arg(rows));
    Bench::GeneratedFile generated;
    if (!QFileInfo::exists(csv)) {
        err << "generating " << csv << Qt::endl;
        generated = Bench::writeShopifyFile(csv, rows);
        if (generated.rows != rows) {
            err << "cannot write " << csv << Qt::endl;
            return 1;
        }
    }

    // The machine is shared: the load says how far the wall times can be trusted, the CPU times
    // (which a busy machine inflates much less) give a second view of the same comparison.
    double load[1] = {0};
    (void)getloadavg(load, 1);

    QTemporaryDir dir;
    // sqlite3's own CSV import of the same file into a plain table, in a file database.
    const QString sqlitePath = dir.filePath(u"plain.db"_s);
    QElapsedTimer sqliteClock;
    sqliteClock.start();
    QProcess sqlite;
    sqlite.start(u"sqlite3"_s, {sqlitePath, u".mode csv"_s, u".import %1 raw"_s.arg(csv)});
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        err << "sqlite3 failed: " << sqlite.readAllStandardError() << Qt::endl;
        return 1;
    }
    const double sqliteSeconds = sqliteClock.nsecsElapsed() / 1e9;
    const double sqliteCpu = cpuSeconds(RUSAGE_CHILDREN);

    auto workspace = Workspace::open(dir.filePath(u"bench.herald"_s));
    if (!workspace) {
        err << workspace.errorMessage() << Qt::endl;
        return 1;
    }
    ImportOptions options;
    options.filePath = csv;
    options.defaultRegion = u"PL"_s;
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer heraldClock;
    heraldClock.start();
    ContactImporter importer(workspace.value()->database(), options);
    auto summary = importer.run();
    const double heraldSeconds = heraldClock.nsecsElapsed() / 1e9;
    const double heraldCpu = cpuSeconds(RUSAGE_SELF) - cpuBefore;
    if (!summary) {
        err << summary.errorMessage() << Qt::endl;
        return 1;
    }
    const double rss = peakRssMb();
    const double ratio = heraldSeconds / sqliteSeconds;
    err << "imported " << summary->imported << ", duplicates " << summary->duplicates << ", invalid "
        << summary->invalid << ", landlines " << summary->landlines << Qt::endl;
    if (generated.rows > 0 && (summary->duplicates != generated.duplicates || summary->invalid != generated.invalid)) {
        err << "unexpected counts: generated " << generated.duplicates << " duplicates, " << generated.invalid
            << " invalid" << Qt::endl;
    }

    const QJsonObject result {
        {u"benchmark"_s, u"import"_s},
        {u"rows"_s, summary->rows},
        {u"herald_s"_s, rounded(heraldSeconds, 3)},
        {u"sqlite3_import_s"_s, rounded(sqliteSeconds, 3)},
        {u"ratio"_s, rounded(ratio, 2)},
        {u"rows_per_s"_s, rounded(double(summary->rows) / heraldSeconds, 0)},
        {u"herald_cpu_s"_s, rounded(heraldCpu, 2)},
        {u"sqlite3_cpu_s"_s, rounded(sqliteCpu, 2)},
        {u"load_average"_s, rounded(load[0], 2)},
        {u"budget_ratio"_s, BudgetRatio},
        {u"peak_rss_mb"_s, rounded(rss, 1)},
        {u"budget_rss_mb"_s, BudgetRssMb},
        {u"within_budget"_s, ratio <= BudgetRatio && rss <= BudgetRssMb},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}
