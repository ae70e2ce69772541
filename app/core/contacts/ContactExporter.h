// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <atomic>
#include <functional>

namespace Herald
{

class Database;

// Writes contacts to a CSV file that spreadsheets open safely and Herald imports back to the same
// contacts: UTF-8 with a byte order mark, ColumnMapping::heraldColumns() then one column per
// custom field, formula-like cells prefixed with "'" (CsvWriter), phones in E.164 (as '+48…,
// which the importer reads back like Shopify's), money with a decimal point, dates in ISO 8601.
class ContactExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ContactExporter)

public:
    explicit ContactExporter(const Database& database);

    // Exports every contact, or those matching where: an SQL condition over `contacts c` with
    // `?` placeholders for bindings (what SegmentQuery::compile() makes). Returns the number of
    // contacts written. progress gets the rows written so far; *cancel stops without a file.
    Result<qint64> exportCsv(const QString& path, const QString& where = QString(), const QVariantList& bindings = {},
        const std::function<void(qint64)>& progress = {}, std::atomic<bool>* cancel = nullptr) const;

private:
    const Database& m_database;
};

} // namespace Herald
