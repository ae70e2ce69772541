// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace Herald
{

class Database;

// The opt-out footer each language's marketing messages end with, editable per workspace
// (kept in workspace_meta as "opt_out_footer.<language>"); OptOutFooter's defaults otherwise.
class OptOutFooterStore final
{
    Q_DECLARE_TR_FUNCTIONS(OptOutFooterStore)

public:
    explicit OptOutFooterStore(Database& database);

    QString footer(const QString& language) const;
    bool isCustomised(const QString& language) const;
    // An empty text restores the default. A footer must still name the STOP keyword.
    Result<void> setFooter(const QString& language, const QString& text);

private:
    Database& m_database;
};

} // namespace Herald
