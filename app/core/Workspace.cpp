// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workspace.h"

#include "logging/LogCategories.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Herald
{

QString Workspace::fileSuffix()
{
    return u"herald"_s;
}

QString Workspace::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"workspace.%1"_s.arg(fileSuffix()));
}

QString Workspace::displayName() const
{
    return QFileInfo(m_path).completeBaseName();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path)
{
    return open(path, Options {Schema::migrations(), Database::Durability::Normal});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, const Options& options)
{
    if (path.isEmpty()) {
        return Error {tr("No workspace file was given.")};
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir()) {
        return Error {tr("“%1” is a folder, not a workspace file.").arg(absolute)};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error {tr("Cannot create the folder “%1”.").arg(info.absolutePath())};
    }

    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->m_path = absolute;

    // A lock held by a live process is never stale, however old: stale detection by age
    // is off (0) and QLockFile still recovers the lock of a process that died.
    workspace->m_lock = std::make_unique<QLockFile>(absolute + u".lock"_s);
    workspace->m_lock->setStaleLockTime(0);
    if (!workspace->m_lock->tryLock(0)) {
        if (workspace->m_lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            workspace->m_lock->getLockInfo(&pid, &host, &app);
            return Error {tr("The workspace “%1” is already open in another Herald (%2, process %3). "
                             "Close it there first.")
                              .arg(info.fileName(), app.isEmpty() ? tr("unknown program") : app)
                              .arg(pid)};
        }
        return Error {tr("Cannot lock the workspace “%1”: is its folder writable?").arg(absolute)};
    }

    auto database = Database::open(absolute, options.durability);
    if (!database) {
        return database.error();
    }
    workspace->m_database = std::move(database).value();

    Migrator migrator(options.migrations);
    if (auto migrated = migrator.migrate(*workspace->m_database); !migrated) {
        return migrated.error();
    }
    workspace->m_backupPath = migrator.lastBackupPath();
    qCInfo(lcWorkspace).noquote() << tr("Opened workspace %1").arg(QDir::toNativeSeparators(absolute));
    return workspace;
}

Workspace::~Workspace()
{
    m_database.reset();
    if (m_lock) {
        m_lock->unlock();
    }
}

Result<std::unique_ptr<Database>> Workspace::openConnection(Database::Durability durability) const
{
    return Database::open(m_path, durability);
}

} // namespace Herald
