// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvReader.h"

#include <QIODevice>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// Excel writes ";;;" for a row it considers used but empty; whitespace-only cells are as empty.
bool allBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& field) {
        return std::all_of(field.cbegin(), field.cend(), [](QChar c) { return c.isSpace(); });
    });
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const CsvFormat& format)
    : m_device(device)
    , m_format(format)
    , m_decoder(format.encoding)
{
}

CsvReader::~CsvReader() = default;

const CsvFormat& CsvReader::format() const
{
    return m_format;
}

const QStringList& CsvReader::header()
{
    if (m_format.hasHeader && !m_headerRead) {
        m_headerRead = true;
        CsvRecord record;
        if (nextRecord(record, false)) {
            m_header.reserve(record.fields.size());
            for (const QString& name : std::as_const(record.fields)) {
                m_header.append(name.trimmed());
            }
            m_expectedFields = m_header.size();
        }
    }
    return m_header;
}

bool CsvReader::readRecord(CsvRecord& record)
{
    header();
    if (!nextRecord(record, m_checkFieldCount)) {
        return false;
    }
    ++m_recordCount;
    return true;
}

bool CsvReader::atEnd() const
{
    return m_eof && m_pos >= m_text.size();
}

void CsvReader::setFieldCountCheck(bool enabled)
{
    m_checkFieldCount = enabled;
}

void CsvReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = std::max<qsizetype>(1, bytes);
}

void CsvReader::setErrorHandler(std::function<void(const CsvError&)> handler)
{
    m_errorHandler = std::move(handler);
}

QList<CsvError> CsvReader::errors() const
{
    return m_errors;
}

QList<CsvError> CsvReader::takeErrors()
{
    return std::exchange(m_errors, {});
}

qint64 CsvReader::errorCount() const
{
    return m_errorCount;
}

qint64 CsvReader::recordCount() const
{
    return m_recordCount;
}

qint64 CsvReader::bytesRead() const
{
    return m_bytesRead;
}

qint64 CsvReader::totalBytes() const
{
    return m_device && !m_device->isSequential() ? m_device->size() : -1;
}

bool CsvReader::hasDecodingErrors() const
{
    return m_decoder.hasErrors();
}

QString CsvReader::errorMessage(const CsvError& error)
{
    return tr("Line %1: %2").arg(error.line).arg(error.reason);
}

void CsvReader::addError(qint64 line, const QString& reason)
{
    const CsvError error {line, reason};
    ++m_errorCount;
    if (m_errors.size() < MaxStoredErrors) {
        m_errors.append(error);
    }
    if (m_errorHandler) {
        m_errorHandler(error);
    }
}

bool CsvReader::nextRecord(CsvRecord& record, bool checkFieldCount)
{
    if (!m_decoder.isValid()) {
        if (!m_eof) {
            m_eof = true;
            addError(1, tr("The encoding “%1” is not supported.").arg(m_format.encoding));
        }
        return false;
    }
    for (;;) {
        if (m_skipping && !skipPastLineBreak()) {
            if (!fill()) {
                m_skipping = false;
            }
            continue;
        }
        const qint64 line = m_line;
        Failure failure;
        switch (parseRecord(record.fields, failure)) {
        case ParseStatus::NeedMore:
            if (m_text.size() - m_pos > MaxRecordChars) {
                addError(line, tr("The row is longer than %1 characters; it was skipped.").arg(MaxRecordChars));
                m_skipping = true;
                continue;
            }
            fill();
            continue;
        case ParseStatus::End:
            return false;
        case ParseStatus::Broken:
            addError(failure.line, failure.reason);
            m_pos = failure.resumeFrom;
            m_line = failure.resumeLine;
            m_skipping = true;
            continue;
        case ParseStatus::Record:
            break;
        }
        if (allBlank(record.fields)) {
            continue;
        }
        record.line = line;
        if (m_expectedFields < 0) {
            m_expectedFields = record.fields.size();
        }
        if (checkFieldCount && record.fields.size() != m_expectedFields) {
            // Spreadsheets pad some rows with empty cells past the last column; they hold no data.
            const auto extra = record.fields.cbegin() + std::min(m_expectedFields, record.fields.size());
            if (record.fields.size() > m_expectedFields
                && std::all_of(extra, record.fields.cend(), [](const QString& f) { return f.isEmpty(); })) {
                record.fields.resize(m_expectedFields);
            } else {
                const QString reason = m_format.hasHeader
                    ? tr("The row has %1 fields, but the header has %n.", nullptr, int(m_expectedFields))
                    : tr("The row has %1 fields, but the first row has %n.", nullptr, int(m_expectedFields));
                addError(line, reason.arg(record.fields.size()));
                continue;
            }
        }
        return true;
    }
}

// Parses one record starting at m_pos. On success advances m_pos/m_line past it. NeedMore means
// the text ends inside the record and more may come; the caller refills and parses it again
// from the start, which keeps this loop free of resumable state.
CsvReader::ParseStatus CsvReader::parseRecord(QStringList& fields, Failure& failure)
{
    const char16_t* const s = reinterpret_cast<const char16_t*>(m_text.constData());
    const qsizetype n = m_text.size();
    const char16_t delimiter = m_format.delimiter.unicode();
    const bool more = !m_eof;
    qsizetype i = m_pos;
    qint64 line = m_line;
    fields.clear();

    // Consumes the line break at s[i] (CRLF counts as one). False if a CR ends the text and a
    // following LF might still arrive.
    auto consumeLineBreak = [&]() {
        if (s[i] == u'\r') {
            if (i + 1 == n && more) {
                return false;
            }
            i += (i + 1 < n && s[i + 1] == u'\n') ? 2 : 1;
        } else {
            ++i;
        }
        ++line;
        return true;
    };
    auto complete = [&]() {
        m_pos = i;
        m_line = line;
        return ParseStatus::Record;
    };
    auto fail = [&](qint64 errorLine, QString reason, qsizetype resumeFrom, qint64 resumeLine) {
        failure = Failure {errorLine, std::move(reason), resumeFrom, resumeLine};
        return ParseStatus::Broken;
    };

    for (;;) {
        if (i == n) {
            if (more) {
                return ParseStatus::NeedMore;
            }
            if (i == m_pos) {
                return ParseStatus::End;
            }
            // The text ended right after a delimiter: that delimiter opened an empty last field.
            fields.append(QString());
            return complete();
        }

        // Tolerate spaces before an opening quote (hand-edited files): ` "a, b"` is quoted.
        qsizetype quote = i;
        while (quote < n && s[quote] == u' ' && delimiter != u' ') {
            ++quote;
        }
        if (quote == n && more) {
            return ParseStatus::NeedMore;
        }

        if (quote < n && s[quote] == u'"') {
            const qsizetype quotePos = quote;
            const qint64 quoteLine = line;
            int lineBreaks = 0;
            i = quote + 1;
            m_field.clear();
            for (;;) {
                const qsizetype segment = i;
                while (i < n && s[i] != u'"' && !isLineBreak(s[i])) {
                    ++i;
                }
                m_field.append(QStringView(s + segment, i - segment));
                if (i - quotePos > MaxQuotedFieldChars) {
                    return fail(quoteLine,
                        tr("A quoted field starts here and is still open after %1 characters; the "
                           "closing quote is probably missing.")
                            .arg(MaxQuotedFieldChars),
                        quotePos, quoteLine);
                }
                if (i == n) {
                    if (more) {
                        return ParseStatus::NeedMore;
                    }
                    return fail(quoteLine, tr("A quoted field starts here but its closing quote is missing."), quotePos,
                        quoteLine);
                }
                if (s[i] == u'"') {
                    if (i + 1 == n && more) {
                        return ParseStatus::NeedMore;
                    }
                    if (i + 1 < n && s[i + 1] == u'"') {
                        m_field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (!consumeLineBreak()) {
                    return ParseStatus::NeedMore;
                }
                m_field.append(u'\n');
                if (++lineBreaks > MaxQuotedFieldLines) {
                    return fail(quoteLine,
                        tr("A quoted field starts here and is still open after %n line(s); the closing "
                           "quote is probably missing.",
                            nullptr, MaxQuotedFieldLines),
                        quotePos, quoteLine);
                }
            }
            fields.append(m_field);

            // Spaces after the closing quote are tolerated for the same reason as before it.
            while (i < n && s[i] == u' ' && delimiter != u' ') {
                ++i;
            }
            if (i == n) {
                if (more) {
                    return ParseStatus::NeedMore;
                }
                return complete();
            }
            if (s[i] == delimiter) {
                ++i;
                continue;
            }
            if (isLineBreak(s[i])) {
                if (!consumeLineBreak()) {
                    return ParseStatus::NeedMore;
                }
                return complete();
            }
            const QString reason = line == quoteLine
                ? tr("Unexpected text after a closing quote. A field that contains quotes must be quoted "
                     "as a whole, with each inner quote doubled (\"\").")
                : tr("A quoted field starts here but is not closed properly: the quote on line %1 is "
                     "followed by other text.")
                      .arg(line);
            return fail(quoteLine, reason, quotePos, quoteLine);
        }

        const qsizetype start = i;
        while (i < n && s[i] != delimiter && s[i] != u'"' && !isLineBreak(s[i])) {
            ++i;
        }
        if (i == n && more) {
            return ParseStatus::NeedMore;
        }
        if (i < n && s[i] == u'"') {
            return fail(line,
                tr("A quote character appears inside a field that does not start with a quote. Quote "
                   "the whole field and double the inner quote (\"\")."),
                m_pos, m_line);
        }
        fields.append(QString(reinterpret_cast<const QChar*>(s + start), i - start));
        if (i == n) {
            return complete();
        }
        if (s[i] == delimiter) {
            ++i;
            continue;
        }
        if (!consumeLineBreak()) {
            return ParseStatus::NeedMore;
        }
        return complete();
    }
}

// After an error: drops text up to and including the next line break. False if the text ends
// first (the caller refills, or stops at the end of the file).
bool CsvReader::skipPastLineBreak()
{
    const char16_t* const s = reinterpret_cast<const char16_t*>(m_text.constData());
    const qsizetype n = m_text.size();
    qsizetype i = m_pos;
    while (i < n && !isLineBreak(s[i])) {
        ++i;
    }
    if (i == n) {
        m_pos = n;
        return false;
    }
    if (s[i] == u'\r') {
        if (i + 1 == n && !m_eof) {
            m_pos = i; // keep the CR: an LF in the next chunk belongs to the same line break
            return false;
        }
        i += (i + 1 < n && s[i + 1] == u'\n') ? 2 : 1;
    } else {
        ++i;
    }
    m_pos = i;
    ++m_line;
    m_skipping = false;
    return true;
}

// Appends the next chunk of decoded text, dropping what was consumed. False once the device
// was already exhausted, true if there is new text or the end was just reached.
bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_chunk.size() != m_chunkSize) {
        m_chunk.resize(m_chunkSize);
    }
    const qsizetype before = m_text.size();
    for (;;) {
        const qint64 got = m_device ? m_device->read(m_chunk.data(), m_chunk.size()) : -1;
        if (got > 0) {
            m_bytesRead += got;
            m_decoder.decode(QByteArrayView(m_chunk.constData(), got), m_text);
            if (!m_started && !m_text.isEmpty()) {
                m_started = true;
                // The BOM only names the encoding; it must not end up in the first column name.
                if (m_text.front() == QChar::ByteOrderMark) {
                    m_text.remove(0, 1);
                }
            }
            if (m_text.size() > before) {
                return true;
            }
            continue; // only part of a multi-byte sequence so far
        }
        if (got == 0 && m_device->isSequential() && m_device->waitForReadyRead(30000)) {
            continue;
        }
        if (got < 0 && m_device) {
            addError(m_line, tr("The file could not be read further: %1").arg(m_device->errorString()));
        }
        m_decoder.finish(m_text);
        m_eof = true;
        return true;
    }
}

} // namespace Herald
