// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QObject;

namespace Herald::Cli
{

// Calls onSignal on context's (the main) thread when the process gets Ctrl+C (SIGINT) or
// SIGTERM, so that a long-running command can finish what it is doing and exit cleanly.
// Install once per process.
void installQuitOnSignal(QObject* context, std::function<void()> onSignal);

} // namespace Herald::Cli
