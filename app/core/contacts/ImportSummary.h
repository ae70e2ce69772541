// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ColumnMapping.h"

#include <QChar>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Herald
{

// One problem with one row: its physical line in the file (1-based, the header is line 1) and
// why, translated.
struct ImportIssue
{
    qint64 line = 0;
    QString reason;

    friend bool operator==(const ImportIssue&, const ImportIssue&) = default;
};

// Reported while an import runs, at most every 100 ms and once at the end, on the thread that
// called ContactImporter::run().
struct ImportProgress
{
    qint64 rowsDone = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    double rowsPerSecond = 0;
    double etaSeconds = -1; // -1 while unknown
};

// What an import did. rows = imported + updated + duplicates + invalid. suppressed counts rows
// whose file said "opted in" for a number on the suppression list: they were imported or
// updated, but stay opted out.
struct ImportSummary
{
    // errors and warnings keep the first this many; invalid and warningCount count all.
    static constexpr qsizetype MaxStoredIssues = 10000;

    qint64 rows = 0;
    qint64 imported = 0;
    qint64 updated = 0;
    qint64 duplicates = 0;
    qint64 invalid = 0;
    qint64 suppressed = 0;
    qint64 landlines = 0; // imported or updated, with a warning
    QString encoding;
    QChar delimiter;
    ImportPreset preset = ImportPreset::Generic;
    QString fileSha256; // hex
    QList<ImportIssue> errors; // the rows that were not imported, in file order
    QList<ImportIssue> warnings; // imported rows with something to check (landline, bad date…)
    qint64 warningCount = 0;
    QString rejectedPath; // the rejected-rows CSV, when one was asked for and there were any
    qint64 elapsedMs = 0;

    // "," ";" "\t" "|"
    QString delimiterText() const
    {
        return QString(delimiter);
    }

    // DESIGN §6 `import --json`: exactly rows, imported, updated, duplicates, invalid,
    // suppressed, encoding, delimiter and errors [{line, reason}].
    QJsonObject toJson() const
    {
        QJsonArray errorList;
        for (const ImportIssue& issue : errors) {
            errorList.append(
                QJsonObject {{QStringLiteral("line"), issue.line}, {QStringLiteral("reason"), issue.reason}});
        }
        return {
            {QStringLiteral("rows"), rows},
            {QStringLiteral("imported"), imported},
            {QStringLiteral("updated"), updated},
            {QStringLiteral("duplicates"), duplicates},
            {QStringLiteral("invalid"), invalid},
            {QStringLiteral("suppressed"), suppressed},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("delimiter"), delimiterText()},
            {QStringLiteral("errors"), errorList},
        };
    }
};

} // namespace Herald
