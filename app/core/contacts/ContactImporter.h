// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"
#include "Contact.h"
#include "CsvFormat.h"
#include "ImportSummary.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Herald
{

class Database;

enum class DuplicatePolicy
{
    Skip, // a number already in the workspace keeps its contact as it is
    Update, // non-empty cells of the file overwrite the contact; tags and fields are added
};

struct ImportOptions
{
    QString filePath;
    QString encoding; // empty: detect
    QChar delimiter; // null: detect
    // For numbers without a country code when the row has no country of its own (ISO code).
    QString defaultRegion;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    // The mapping to use. Without one: the mapping remembered for this header, else `preset`'s,
    // else the detected preset's.
    std::optional<ColumnMapping> mapping;
    std::optional<ImportPreset> preset;
    // Where to write the rows that were not imported (original columns + Line + Reason); empty
    // for none. Written only if there are such rows.
    QString rejectedPath;
    // Remember the mapping for files with the same header (workspace_meta).
    bool rememberMapping = true;
};

// One row of the wizard's preview, as it will be imported.
struct ImportPreviewRow
{
    qint64 line = 0;
    QStringList fields; // the cells as in the file
    Contact contact; // phone (E.164), phoneType and the mapped fields
    QString error; // non-empty: the row will be rejected, and why
    QString warning; // imported, but worth a look (landline, unknown consent value…)
    bool duplicate = false; // an earlier row of the preview has the same number
};

struct ImportPreview
{
    CsvFormat format;
    QStringList header; // "Column 1"… for a file without a header row
    ColumnMapping mapping;
    QList<ImportPreviewRow> rows;
};

// Imports a CSV file of contacts into a workspace (DESIGN §1.1, issue 4).
//
// run() reads and normalises the file on worker threads (one reader, one normaliser per core)
// that feed the calling thread through a bounded queue (8 batches of 1,024 rows); the calling
// thread writes everything in one BEGIN IMMEDIATE transaction with prepared statements (16 new
// contacts or ledger events to a statement). New contacts get their ids up front, so their ledger
// events, tags and fields need no lookup; the search index is filled in chunks of new contacts
// instead of row by row by its triggers (which are dropped and created again inside the
// transaction). A cancelled or failed import leaves the workspace as it was. Memory stays bounded:
// the batches in flight plus a set of the distinct numbers seen (16 to 32 bytes each) for the
// duplicate check.
//
// Typical use from the GUI, on a QtConcurrent job with its own connection:
//
//     QtConcurrent::run([path, options, cancel] {
//         auto db = Database::open(path);            // this thread's connection
//         ContactImporter importer(*db.value(), options);
//         return importer.run([](const ImportProgress& p) { /* queue to the GUI */ }, cancel);
//     });
class ContactImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ContactImporter)

public:
    using ProgressCallback = std::function<void(const ImportProgress&)>;

    ContactImporter(Database& database, ImportOptions options);

    // The file's format, header, mapping and the first `limit` rows as they will be imported,
    // without writing anything. Pass the workspace to use its remembered mapping. Refuses empty,
    // header-only and binary files like run() does.
    static Result<ImportPreview> preview(
        const ImportOptions& options, int limit = 20, const Database* database = nullptr);

    // Imports the file. progress is called on this thread; setting *cancel makes run() return an
    // error soon after, with nothing imported.
    Result<ImportSummary> run(const ProgressCallback& progress = {}, std::atomic<bool>* cancel = nullptr);

    // The statement run() indexes its new contacts for search with, for those with ids between the two
    // positional values (what the search triggers of the schema would write). The import benchmark
    // runs it too.
    static QString searchIndexSql();

private:
    Database& m_database;
    ImportOptions m_options;
};

} // namespace Herald
