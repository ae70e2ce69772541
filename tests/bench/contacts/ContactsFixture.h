// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace Herald
{
class Database;
}

namespace Herald::Bench
{

// A workspace of `count` invented contacts made by SQL alone (a fixture, not an import): names
// in six languages, phones from seven countries, emails, tags (vip ≈ 3%, newsletter 25%,
// wholesale 2%) and consent (85% opted in, 5% opted out, 10% unknown). Deterministic; the search
// index fills through the schema's triggers.
Result<void> buildContacts(Database& database, int count);

// Whether database already holds the fixture of this size and version.
bool hasContacts(Database& database, int count);

} // namespace Herald::Bench
