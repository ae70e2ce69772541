// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace Herald
{

class Database;

// What a workspace the user creates starts with: the starter template library, the built-in
// segments and the Simulator account. Safe to call again: each part adds only what is missing.
class WorkspaceSetup final
{
public:
    static Result<void> addStarterContent(Database& database);
};

} // namespace Herald
