// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>

namespace Herald
{

// How a CSV file is written: what CsvSniffer detects and what CsvReader needs to read it.
// The importer may show these to the user and let them correct any of them.
struct CsvFormat
{
    // Name understood by TextDecoder (IANA/ICU): "UTF-8", "UTF-16LE", "windows-1250", …
    QString encoding = QStringLiteral("UTF-8");
    // 0–100. 100 for a byte order mark, valid UTF-8 or an encoding the user chose.
    int encodingConfidence = 100;
    // The file starts with a byte order mark; the reader never returns it as text.
    bool hasBom = false;
    QChar delimiter = u',';
    // The first record names the columns.
    bool hasHeader = true;
};

} // namespace Herald
