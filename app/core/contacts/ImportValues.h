// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhoneNumbers.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald
{

// How the importer reads the cells of a CSV file, and how the exporter writes them back so that
// an export imports to the same values. Thread-safe: the importer calls it from worker threads.
class ImportValues final
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)

public:
    enum class Consent
    {
        Empty, // no value: no ledger event
        Yes,
        No,
        Unrecognised, // a value that is neither: a warning, no ledger event
    };

    // The characters a spreadsheet may read as the start of a formula (CSV injection).
    static bool startsLikeFormula(const QString& cell);
    // What the exporter writes: "'" before a cell that startsLikeFormula().
    static QString neutralize(const QString& cell);
    // The reverse: "'=x" → "=x"; any other cell unchanged.
    static QString unneutralize(const QString& cell);

    // A phone cell to E.164 through libphonenumber. Drops the "'" Shopify and Herald's export put
    // before numbers; refuses formulas and spreadsheet scientific notation (4.8537906428E+10 has
    // lost digits and is never "recovered").
    static Result<NormalizedPhone> normalizePhone(const QString& raw, const QString& defaultRegion);
    // The E.164 number as an integer (at most 15 digits), for cheap duplicate sets.
    static quint64 phoneKey(const QString& e164);

    static Consent parseConsent(const QString& value);
    // "1 234,50", "1,234.50", "12.5", "$12" → micro-units; nullopt if not a number.
    static std::optional<qint64> parseMoneyMicros(const QString& value);
    static std::optional<int> parseCount(const QString& value);
    // YYYY-MM-DD, YYYY/MM/DD, DD.MM.YYYY, MM/DD/YYYY (DD/MM/YYYY when the first number is over 12),
    // --MM-DD and MM-DD without a year. Year 0 means unknown.
    static bool parseBirthday(const QString& value, int& year, int& month, int& day);
    // ISO 8601 date-time (UTC unless it says otherwise) or a date (midnight UTC).
    static QDateTime parseDateTime(const QString& value);
    // An ISO 3166-1 alpha-2 code or a country name in any language Qt knows, as an
    // upper-case alpha-2 code that libphonenumber supports; empty if not recognised.
    static QString countryCode(const QString& value);
    // Tags separated by commas, semicolons or Google's " ::: "; Google's system groups
    // ("* myContacts") are dropped.
    static QStringList splitTags(const QString& value);
    // Google/Outlook phone labels meaning a mobile phone.
    static bool isMobileLabel(const QString& label);

    static QString formatMoney(qint64 micros);
    static QString formatBirthday(int year, int month, int day);
    static QString formatDateTime(const QDateTime& time);
};

} // namespace Herald
