// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the CSV import tests: fixture paths and "sniff, then read everything" the
// way the importer does it.

#include "contacts/CsvReader.h"
#include "contacts/CsvSniffer.h"

#include <QFile>
#include <QList>
#include <QStringList>
#include <QtDebug>

namespace Herald::CsvTest
{

inline QString dataPath(const QString& name)
{
    return QStringLiteral(HERALD_TEST_DATA) + u'/' + name;
}

struct ReadResult
{
    CsvFormat format;
    QStringList header;
    QList<CsvRecord> records;
    QList<CsvError> errors;
    qint64 bytesRead = 0;
    qint64 totalBytes = 0;
};

inline ReadResult readDevice(
    QIODevice* device, qsizetype chunkSize = CsvReader::DefaultChunkSize, const CsvSniffOptions& options = {})
{
    ReadResult result;
    const Result<CsvFormat> format = CsvSniffer::sniff(device, options);
    if (!format) {
        qWarning() << "sniff failed:" << format.errorMessage();
        return result;
    }
    result.format = format.value();
    CsvReader reader(device, result.format);
    reader.setChunkSize(chunkSize);
    result.header = reader.header();
    CsvRecord record;
    while (reader.readRecord(record)) {
        result.records.append(record);
    }
    result.errors = reader.errors();
    result.bytesRead = reader.bytesRead();
    result.totalBytes = reader.totalBytes();
    return result;
}

inline ReadResult readFile(
    const QString& name, qsizetype chunkSize = CsvReader::DefaultChunkSize, const CsvSniffOptions& options = {})
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot open" << file.fileName();
        return {};
    }
    return readDevice(&file, chunkSize, options);
}

inline QList<qint64> errorLines(const QList<CsvError>& errors)
{
    QList<qint64> lines;
    for (const CsvError& error : errors) {
        lines.append(error.line);
    }
    return lines;
}

inline QList<qint64> recordLines(const QList<CsvRecord>& records)
{
    QList<qint64> lines;
    for (const CsvRecord& record : records) {
        lines.append(record.line);
    }
    return lines;
}

} // namespace Herald::CsvTest
