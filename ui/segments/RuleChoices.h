// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Herald
{

class Database;

// What the rule builder's pickers offer: countries and languages (values with readable
// labels) and the workspace's tag and custom field names.
struct RuleChoices
{
    Q_DECLARE_TR_FUNCTIONS(RuleChoices)

public:
    struct Item
    {
        QString value; // stored in the rule: "PL", "zh_TW"
        QString label; // shown: "Poland (PL)", "Polski (pl)"
    };

    QList<Item> countries; // sorted by label
    QList<Item> languages; // Herald's languages first, then the others contacts use
    QStringList tags;
    QStringList customFields;

    // Every ISO country QLocale knows and Herald's languages: what any workspace offers.
    static RuleChoices defaults();
    // defaults() plus the workspace's tags, custom field names, and the countries and
    // languages its contacts use. Reads whole columns: call it off the GUI thread.
    static Result<RuleChoices> load(Database& database);

    static QString countryLabel(const QString& code);
    static QString languageLabel(const QString& code);
};

} // namespace Herald
