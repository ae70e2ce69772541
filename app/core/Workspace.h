// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "storage/Database.h"
#include "storage/Migration.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QLockFile;

namespace Herald
{

// An open workspace: one SQLite file, locked against a second Herald on the same file,
// with its schema brought up to date and a connection for the thread that opened it.
//
// Other threads open their own connection with openConnection() on their own thread.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    struct Options
    {
        // Migrations to apply; defaults to Herald's schema. Tests inject their own steps.
        QList<Migration> migrations;
        Database::Durability durability = Database::Durability::Normal;
    };

    static Result<std::unique_ptr<Workspace>> open(const QString& path);
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Options& options);
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // Where a workspace lives when the user has not chosen one.
    static QString defaultPath();
    // The file suffix of workspaces, without the dot.
    static QString fileSuffix();

    const QString& path() const
    {
        return m_path;
    }
    QString displayName() const;

    // The connection of the thread that opened the workspace.
    Database& database()
    {
        return *m_database;
    }

    // A new connection for the calling thread (the send worker asks for Durability::Full).
    Result<std::unique_ptr<Database>> openConnection(
        Database::Durability durability = Database::Durability::Normal) const;

    // The backup written before the last migration, if one ran.
    const QString& migrationBackupPath() const
    {
        return m_backupPath;
    }

private:
    Workspace() = default;

    QString m_path;
    QString m_backupPath;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_database;
};

} // namespace Herald
