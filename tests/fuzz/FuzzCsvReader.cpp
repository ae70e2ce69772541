// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point: feeds arbitrary bytes through CsvSniffer and CsvReader and checks the
// reader's invariants. The strongest one is differential: reading in tiny chunks must give
// exactly the records and errors of reading in one go, since chunk boundaries may fall inside
// multi-byte characters, CRLF pairs and doubled quotes.

#include "contacts/CsvReader.h"
#include "contacts/CsvSniffer.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Herald;

namespace
{

struct Outcome
{
    QStringList header;
    QList<CsvRecord> records;
    QList<qint64> errorLines;
    qint64 bytesRead = 0;
};

void check(bool condition)
{
    if (!condition) {
        std::abort();
    }
}

Outcome read(const QByteArray& bytes, const CsvFormat& format, qsizetype chunkSize)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, format);
    reader.setChunkSize(chunkSize);
    Outcome outcome;
    outcome.header = reader.header();
    CsvRecord record;
    qint64 previousLine = 0;
    // Bounded so a slow input shows up as a timeout in the fuzzer rather than running forever.
    while (outcome.records.size() < 100000 && reader.readRecord(record)) {
        check(record.line > previousLine);
        previousLine = record.line;
        for (const QString& field : std::as_const(record.fields)) {
            check(!field.contains(u'\r'));
        }
        if (format.hasHeader && !outcome.header.isEmpty()) {
            check(record.fields.size() == outcome.header.size());
        }
        outcome.records.append(record);
    }
    for (const CsvError& error : reader.errors()) {
        check(error.line >= 1 && !error.reason.isEmpty());
        outcome.errorLines.append(error.line);
    }
    outcome.bytesRead = reader.bytesRead();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    Result<CsvFormat> sniffed = CsvSniffer::sniff(bytes, true);
    // Files the sniffer refuses are still read with the default format: the reader must cope
    // with anything a user overrides it into.
    const CsvFormat format = sniffed.ok() ? sniffed.value() : CsvFormat();

    const Outcome whole = read(bytes, format, CsvReader::DefaultChunkSize);
    check(whole.bytesRead == qint64(size));
    const qsizetype small = size > 0 ? 1 + data[size - 1] % 7 : 1;
    const Outcome split = read(bytes, format, small);
    check(split.header == whole.header);
    check(split.errorLines == whole.errorLines);
    check(split.records.size() == whole.records.size());
    for (qsizetype i = 0; i < whole.records.size(); ++i) {
        check(split.records[i].line == whole.records[i].line);
        check(split.records[i].fields == whole.records[i].fields);
    }
    return 0;
}
