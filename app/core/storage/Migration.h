// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Herald
{

// One step of the schema: the statements that take a workspace from version - 1 to version.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
};

} // namespace Herald
