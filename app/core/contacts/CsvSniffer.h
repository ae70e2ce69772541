// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvFormat.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace Herald
{

// What the user (or the importer) already knows; anything left unset is detected.
struct CsvSniffOptions
{
    QString encoding; // empty: detect
    QChar delimiter; // null: detect
    std::optional<bool> hasHeader; // nullopt: detect
};

// The encoding of a file as far as its first bytes tell.
struct CsvEncodingGuess
{
    QString name; // as CsvFormat::encoding
    int confidence = 0; // 0–100
    bool hasBom = false;
};

// Detects the format of a CSV file from its first SampleSize bytes: encoding (BOM, else strict
// UTF-8, else ICU's charset detector with a check that the text decodes to plausible letters),
// delimiter (, ; TAB |) and whether the first row is a header. Refuses empty, blank,
// header-only and binary files with a message saying which of these it is.
class CsvSniffer final
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    static constexpr qsizetype SampleSize = 64 * 1024;

    // Peeks at device without consuming it, so a CsvReader can read the same device afterwards.
    static Result<CsvFormat> sniff(QIODevice* device, const CsvSniffOptions& options = {});
    // sample holds the first bytes of the file; complete says whether it is the whole file
    // (only then can a header-only file be recognised).
    static Result<CsvFormat> sniff(const QByteArray& sample, bool complete, const CsvSniffOptions& options = {});

    // The steps of sniff(), for callers that need only one of them.
    static Result<CsvEncodingGuess> detectEncoding(QByteArrayView sample, bool complete);
    static QChar detectDelimiter(const QByteArray& sample, const QString& encoding, bool complete);
    // firstRow is a header when its cells are mostly non-numeric, hold no phone numbers or
    // e-mail addresses and are distinct names.
    static bool looksLikeHeader(const QStringList& firstRow);

    // Encoding names the user can choose from when detection is wrong.
    static QStringList commonEncodings();
};

} // namespace Herald
