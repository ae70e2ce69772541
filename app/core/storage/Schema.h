// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"

#include <QList>

namespace Herald::Schema
{

// Every migration of the workspace schema, oldest first. Never edit a released step: add one.
QList<Migration> migrations();

int latestVersion();

} // namespace Herald::Schema
