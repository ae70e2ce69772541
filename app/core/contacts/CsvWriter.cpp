// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvWriter.h"

#include "ImportValues.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{
constexpr qsizetype FlushBytes = 1 << 20;
}

CsvWriter::CsvWriter(const QString& path)
    : m_file(path)
{
}

CsvWriter::~CsvWriter()
{
    if (m_open) {
        m_file.cancelWriting();
    }
}

Result<void> CsvWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return Error {tr("Cannot write “%1”: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString())};
    }
    m_open = true;
    m_buffer = QByteArray("\xEF\xBB\xBF");
    return {};
}

QString CsvWriter::encodeCell(const QString& cell)
{
    const QString text = ImportValues::neutralize(cell);
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')
        || text.contains(u';') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u'"', u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

Result<void> CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            line.append(u',');
        }
        line.append(encodeCell(cells.at(i)));
    }
    line.append(u"\r\n"_s);
    m_buffer.append(line.toUtf8());
    if (m_buffer.size() >= FlushBytes) {
        return flush();
    }
    return {};
}

Result<void> CsvWriter::flush()
{
    if (m_file.write(m_buffer) != m_buffer.size()) {
        return Error {tr("Cannot write “%1”: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString())};
    }
    m_buffer.clear();
    return {};
}

Result<void> CsvWriter::commit()
{
    if (auto flushed = flush(); !flushed) {
        return flushed;
    }
    m_open = false;
    if (!m_file.commit()) {
        return Error {tr("Cannot write “%1”: %2").arg(QFileInfo(m_file.fileName()).fileName(), m_file.errorString())};
    }
    return {};
}

void CsvWriter::cancel()
{
    if (m_open) {
        m_file.cancelWriting();
        m_open = false;
    }
}

} // namespace Herald
