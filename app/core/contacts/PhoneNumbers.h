// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace Herald
{

// A phone number after normalisation.
struct NormalizedPhone
{
    QString e164; // "+48601234567"
    QString type; // "mobile", "fixed_line", "fixed_line_or_mobile", "voip", …
    QString region; // ISO 3166-1 alpha-2 of the number, e.g. "PL"
};

// Phone numbers through libphonenumber (Google's metadata), never by hand-written rules.
class PhoneNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumbers)

public:
    // Parses raw as written by a person or an export, with defaultRegion for numbers
    // without a country code. The error says why a number was refused.
    static Result<NormalizedPhone> normalize(const QString& raw, const QString& defaultRegion);

    // A valid example mobile number of region from libphonenumber's metadata, E.164.
    static QString exampleMobile(const QString& region);

    // Every region libphonenumber knows, as ISO codes, sorted.
    static QStringList supportedRegions();
    // The same regions as (code, name in the user's language), sorted by name for pickers.
    static QList<std::pair<QString, QString>> regionsByName();

    static int countryCallingCode(const QString& region);
};

} // namespace Herald
