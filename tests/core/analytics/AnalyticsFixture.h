// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QtGlobal>

namespace Herald
{
class Database;
}

namespace Herald::Test
{

// A prepared workspace for the analytics figures, written row by row so that every figure can
// be computed by hand (see the comments in AnalyticsFixture.cpp):
//   campaign 1 "Spring sale"  launched 2026-03-10 10:00 UTC, 10 rows in every state, multipart
//   campaign 2 "Nobody"       launched 2026-03-15, no rows (everyone excluded by consent)
//   campaign 3 "All failed"   launched 2026-04-19, 3 rows, all failed
//   campaign 4 "Draft"        never launched
//   campaign 5 "Reminder"     launched 2026-03-30, one delivered and one skipped row
namespace AnalyticsFixture
{
inline constexpr qint64 Launch1 = 1773136800; // 2026-03-10T10:00:00Z
inline constexpr qint64 Launch2 = Launch1 + 5 * 86400;
inline constexpr qint64 Launch3 = Launch1 + 40 * 86400;
inline constexpr qint64 Launch5 = Launch1 + 20 * 86400;
inline constexpr qint64 Now = 1777550400; // 2026-04-30T12:00:00Z

Result<void> populate(Database& database);
} // namespace AnalyticsFixture

} // namespace Herald::Test
