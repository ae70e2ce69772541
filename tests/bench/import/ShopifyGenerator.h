// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Herald::Bench
{

// What the generated file holds, for checking the import's counts.
struct GeneratedFile
{
    qint64 rows = 0;
    qint64 duplicates = 0; // rows repeating an earlier row's number in another spelling
    qint64 invalid = 0; // rows whose phone cannot be imported
};

// Writes a Shopify customer export (current format) with `rows` customers: numbers from seven
// countries in the spellings real exports have ('+48…, national with the row's country code,
// 00-prefixed, dashed), about 1% duplicates and 0.5% invalid numbers (too short, Excel scientific
// notation, formulas). Deterministic: the same rows give the same bytes.
GeneratedFile writeShopifyFile(const QString& path, qint64 rows);

} // namespace Herald::Bench
