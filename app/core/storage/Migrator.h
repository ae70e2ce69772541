// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Migration.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

namespace Herald
{

class Database;

// Brings a workspace's schema forward.
//
// The schema version is SQLite's user_version and the file is marked with Herald's
// application_id. Before any migration of an existing workspace, a copy is made with
// VACUUM INTO beside the file; all pending steps then run in one BEGIN IMMEDIATE
// transaction, so a failure leaves the workspace exactly as it was.
class Migrator final
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    static constexpr int ApplicationId = 0x48524C44; // "HRLD"

    explicit Migrator(QList<Migration> migrations);

    int latestVersion() const;

    // The path of the backup written by the last migrate() call, if any.
    const QString& lastBackupPath() const
    {
        return m_lastBackupPath;
    }

    Result<void> migrate(Database& database);

    static Result<int> schemaVersion(const Database& database);

private:
    QList<Migration> m_migrations;
    QString m_lastBackupPath;
};

} // namespace Herald
