// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QStringList>

namespace Herald
{

// Writes a CSV file the way spreadsheets open it safely: UTF-8 with a byte order mark, commas,
// CRLF, RFC 4180 quoting, and every cell that a spreadsheet could read as a formula (starting with
// = + - @ TAB CR NUL) prefixed with "'" (OWASP ASVS V1.2.10). The file appears only on commit().
class CsvWriter final
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    explicit CsvWriter(const QString& path);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    Result<void> open();
    Result<void> writeRow(const QStringList& cells);
    // Writes everything and replaces the target file; without it nothing is left behind.
    Result<void> commit();
    void cancel();

    // One cell as written (neutralised and quoted when needed), without the delimiter.
    static QString encodeCell(const QString& cell);

private:
    Result<void> flush();

    QSaveFile m_file;
    QByteArray m_buffer;
    bool m_open = false;
};

} // namespace Herald
