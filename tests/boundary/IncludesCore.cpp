// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Control for the widget probe: the same set-up with a header the layer may use.
#include "Workspace.h"

#include <QSqlDatabase>

int boundaryProbe()
{
    return sizeof(QSqlDatabase);
}
