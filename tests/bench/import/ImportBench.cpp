// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// DESIGN §7: importing a 1,000,000-row Shopify export (normalise, dedupe, consent) takes at most
// 3× the time `sqlite3 .import` needs for the same file in the same run, with peak RSS ≤ 300 MB.
//
// The file is generated once into the temporary folder and reused. HERALD_BENCH_IMPORT_ROWS
// changes the row count (for a quick run). Prints one JSON object.
//
// schema_floor_s is what sqlite3 alone needs to write the contacts Herald made into an empty
// workspace (indexes, consent ledger, search index): the part of the import that no parser can
// save, and schema_floor_ratio the ratio that part alone reaches.

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
    const qint64 rowsRead = summary->rows;
    const qint64 imported = summary->imported;
    const qint64 duplicates = summary->duplicates;
    const qint64 invalid = summary->invalid;
    const qint64 landlines = summary->landlines;
    std::move(workspace).value().reset(); // closed: sqlite3 reads it below

    // What the same rows cost with SQL alone: sqlite3 copies the contacts Herald made, already
    // normalised, into an empty workspace (every index of the schema, the consent ledger, tags,
    // fields) and indexes them for search as the importer does, in one transaction. No parsing, no
    // phone numbers, no duplicates: the part of Herald's time that the schema itself asks for.
    {
        auto empty = Workspace::open(dir.filePath(u"floor.herald"_s));
        if (!empty) {
            err << empty.errorMessage() << Qt::endl;
            return 1;
        }
    }
    const QString search = ContactImporter::searchIndexSql().replace(u"BETWEEN ? AND ?"_s, u"> 0"_s);
    const QString floorScript = uR"(PRAGMA cache_size = -65536;
PRAGMA ignore_check_constraints = ON;
ATTACH '%1' AS src;
BEGIN IMMEDIATE;
DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contact_tags_fts_insert;
INSERT OR REPLACE INTO main.tags SELECT * FROM src.tags;
INSERT INTO main.contacts SELECT * FROM src.contacts ORDER BY id;
INSERT INTO main.consent_events SELECT * FROM src.consent_events ORDER BY id;
INSERT INTO main.contact_tags SELECT * FROM src.contact_tags;
INSERT INTO main.contact_fields SELECT * FROM src.contact_fields;
%2;
COMMIT;
)"_s.arg(dir.filePath(u"bench.herald"_s), search);
    const double childCpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer floorClock;
    floorClock.start();
    QProcess floor;
    floor.start(u"sqlite3"_s, {u"-bail"_s, dir.filePath(u"floor.herald"_s)});
    floor.write(floorScript.toUtf8());
    floor.closeWriteChannel();
    if (!floor.waitForFinished(600000) || floor.exitCode() != 0) {
        err << "sqlite3 (schema floor) failed: " << floor.readAllStandardError() << Qt::endl;
        return 1;
    }
    const double floorSeconds = floorClock.nsecsElapsed() / 1e9;
    const double floorCpu = cpuSeconds(RUSAGE_CHILDREN) - childCpuBefore;
    QProcess count;
    count.start(u"sqlite3"_s, {dir.filePath(u"floor.herald"_s), u"SELECT count(*) FROM contacts_fts"_s});
    count.waitForFinished(60000);
    const qint64 floorContacts = count.readAllStandardOutput().trimmed().toLongLong();
    if (floorContacts != imported) {
        err << "schema floor: " << floorContacts << " contacts indexed, expected " << imported << Qt::endl;
        return 1;
    }
    err << "imported " << imported << ", duplicates " << duplicates << ", invalid " << invalid << ", landlines "
        << landlines << Qt::endl;
    if (generated.rows > 0 && (duplicates != generated.duplicates || invalid != generated.invalid)) {
        err << "unexpected counts: generated " << generated.duplicates << " duplicates, " << generated.invalid
            << " invalid" << Qt::endl;
    }

    const QJsonObject result {
        {u"benchmark"_s, u"import"_s},
        {u"rows"_s, rowsRead},
        {u"herald_s"_s, rounded(heraldSeconds, 3)},
        {u"sqlite3_import_s"_s, rounded(sqliteSeconds, 3)},
        {u"ratio"_s, rounded(ratio, 2)},
        {u"rows_per_s"_s, rounded(double(rowsRead) / heraldSeconds, 0)},
        {u"herald_cpu_s"_s, rounded(heraldCpu, 2)},
        {u"sqlite3_cpu_s"_s, rounded(sqliteCpu, 2)},
        {u"schema_floor_s"_s, rounded(floorSeconds, 3)},
        {u"schema_floor_cpu_s"_s, rounded(floorCpu, 2)},
        {u"schema_floor_ratio"_s, rounded(floorSeconds / sqliteSeconds, 2)},
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
