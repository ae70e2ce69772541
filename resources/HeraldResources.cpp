// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Anchor for the resource library; the icons themselves are compiled in by qt_add_resources.
namespace Herald
{
int resourcesVersion()
{
    return 1;
}
} // namespace Herald
