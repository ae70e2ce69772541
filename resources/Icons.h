// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>
#include <QStringList>

namespace Herald::Icons
{

// Herald's icon set lives in resources/icons as monochrome SVGs (:/icons/<name>.svg). The icons
// returned here follow the palette: drawn in the brand colour, in the highlighted-text colour
// when selected (a sidebar row, a table row) and in the disabled text colour when disabled.

// A non-directional icon, e.g. icon(u"add"_s).
QIcon icon(const QString& name);

// An icon that may point (send, campaigns, log). QIcon is not mirrored in right-to-left layouts, so
// this one draws the mirrored <name>-rtl variant while QGuiApplication::layoutDirection() is
// RightToLeft (icons without such a variant are drawn as they are). The choice is made each time
// the icon is drawn, so a language switch is followed.
QIcon directional(const QString& name);

// The application icon (window icon, desktop file, installers).
QIcon application();

// The names of every icon in the set, and of those that have a right-to-left variant.
QStringList names();
QStringList directionalNames();

} // namespace Herald::Icons
