// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>

namespace Herald
{

class Database;

// Fills a new workspace with invented customers so that a first-time user (and `make run`)
// sees Herald working at once: a few hundred people with names in English, Polish,
// Romanian, Chinese, Russian and Arabic, valid mobile numbers of their countries, tags,
// purchase history, birthdays and consent records.
//
// The data is deterministic for a given seed. Later features add their own demo pieces
// (sample segment, templates, Simulator account) as further steps of populate().
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    static constexpr int DefaultContactCount = 300;

    // Adds the demo data in one transaction. Refuses a workspace that already has contacts.
    static Result<int> populate(Database& database, int contactCount = DefaultContactCount, quint32 seed = 20261123);

    static bool isDemo(const Database& database);
};

} // namespace Herald
