// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvFormat.h"
#include "TextDecoder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Herald
{

// One data row of a CSV file.
struct CsvRecord
{
    QStringList fields;
    // Physical line (1-based, every line break in the file counts, including those inside quoted
    // fields) on which the record starts.
    qint64 line = 0;
};

// A row the reader could not use. reason is translated and does not repeat the line number;
// CsvReader::errorMessage() combines both for display.
struct CsvError
{
    qint64 line = 0;
    QString reason;
};

// Streaming RFC 4180 reader: reads the device in chunks, decodes them with TextDecoder and
// returns one record at a time, so memory stays bounded however long the file is.
//
// Accepts CRLF, LF and CR line endings (also mixed) and a last record without a line break;
// line breaks inside quoted fields become "\n". Broken rows — a quote that never closes, a
// stray quote in an unquoted field, text after a closing quote, a ragged row — are reported as
// CsvError with their physical line and skipped; reading resumes on the line after the one where
// the broken row (or its unbalanced quote) starts, so one bad quote cannot swallow the rest of
// the file. Blank lines and rows whose cells are all empty or whitespace (Excel writes ";;;"
// for them) are skipped silently.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // A quoted field spanning more lines or characters than this is treated as an unclosed quote.
    static constexpr int MaxQuotedFieldLines = 100;
    static constexpr qsizetype MaxQuotedFieldChars = 64 * 1024;
    // A longer record (e.g. a huge file without line breaks) is reported and skipped.
    static constexpr qsizetype MaxRecordChars = 1024 * 1024;
    // errors() keeps the first this many; errorCount() counts all of them.
    static constexpr qsizetype MaxStoredErrors = 1000;
    static constexpr qsizetype DefaultChunkSize = 64 * 1024;

    // device must be open for reading and positioned at the start of the file (CsvSniffer only
    // peeks, so a sniffed device is). The reader does not take ownership.
    CsvReader(QIODevice* device, const CsvFormat& format);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    const CsvFormat& format() const;

    // Column names with surrounding whitespace trimmed, read on first use. Empty if the format
    // has no header or the file has no records.
    const QStringList& header();

    // The next data record; false at the end of the file. Never returns the header row.
    bool readRecord(CsvRecord& record);
    bool atEnd() const;

    // Rows whose field count differs from the header (or, without a header, from the first
    // row) are errors unless this is switched off. Trailing empty extra fields, as some
    // spreadsheets write them, are dropped rather than reported.
    void setFieldCountCheck(bool enabled);
    // Bytes read from the device per step. Small values are for tests only.
    void setChunkSize(qsizetype bytes);
    // Called for every error as it is found, in addition to collecting it.
    void setErrorHandler(std::function<void(const CsvError&)> handler);

    QList<CsvError> errors() const;
    // Returns the collected errors and forgets them, for callers that report as they go.
    QList<CsvError> takeErrors();
    qint64 errorCount() const;

    qint64 recordCount() const;
    // For a progress bar: bytes read from the device so far, and its size (-1 if unknown).
    qint64 bytesRead() const;
    qint64 totalBytes() const;
    // Some bytes were not valid in the encoding and were replaced by U+FFFD.
    bool hasDecodingErrors() const;

    // "Line 12: …", translated.
    static QString errorMessage(const CsvError& error);

private:
    enum class ParseStatus
    {
        Record,
        NeedMore,
        Broken,
        End,
    };
    struct Failure
    {
        qint64 line = 0;
        QString reason;
        // Where reading resumes: after the first line break at or after this position.
        qsizetype resumeFrom = 0;
        qint64 resumeLine = 0;
    };

    bool nextRecord(CsvRecord& record, bool checkFieldCount);
    ParseStatus parseRecord(QStringList& fields, Failure& failure);
    bool skipPastLineBreak();
    bool fill();
    void addError(qint64 line, const QString& reason);

    QIODevice* m_device;
    CsvFormat m_format;
    TextDecoder m_decoder;
    QByteArray m_chunk;
    qsizetype m_chunkSize = DefaultChunkSize;
    // Decoded text not yet consumed starts at m_pos; m_line is the physical line at m_pos.
    QString m_text;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    QString m_field;
    bool m_eof = false;
    bool m_started = false;
    bool m_skipping = false;
    bool m_headerRead = false;
    bool m_checkFieldCount = true;
    qsizetype m_expectedFields = -1;
    QStringList m_header;
    QList<CsvError> m_errors;
    qint64 m_errorCount = 0;
    qint64 m_recordCount = 0;
    qint64 m_bytesRead = 0;
    std::function<void(const CsvError&)> m_errorHandler;
};

} // namespace Herald
