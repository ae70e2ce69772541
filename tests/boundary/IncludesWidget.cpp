// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Must NOT compile against herald_core or herald_models: they do not link Qt Widgets.
#include <QWidget>

int boundaryProbe()
{
    return sizeof(QWidget);
}
