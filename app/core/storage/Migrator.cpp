// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Migrator.h"

#include "Database.h"
#include "logging/LogCategories.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration& a, const Migration& b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::schemaVersion(const Database& database)
{
    auto version = database.scalar(u"PRAGMA user_version"_s);
    if (!version) {
        return version.error();
    }
    return version.value().toInt();
}

Result<void> Migrator::migrate(Database& database)
{
    m_lastBackupPath.clear();
    auto current = schemaVersion(database);
    if (!current) {
        return current.error();
    }
    const int from = current.value();
    const int to = latestVersion();
    if (from > to) {
        return Error {tr("This workspace was saved by a newer version of Herald (schema %1; this version "
                         "understands up to %2). Please update Herald.")
                          .arg(from)
                          .arg(to)};
    }

    auto appId = database.scalar(u"PRAGMA application_id"_s);
    if (!appId) {
        return appId.error();
    }
    if (from == 0) {
        // A new workspace is an empty file. Anything else without our version is someone
        // else's database, which we must not write into.
        auto tables = database.scalar(u"SELECT count(*) FROM sqlite_master"_s);
        if (!tables) {
            return tables.error();
        }
        if (tables.value().toInt() > 0) {
            return Error {tr("“%1” is an SQLite database, but not a Herald workspace.")
                              .arg(QFileInfo(database.path()).fileName())};
        }
    } else if (appId.value().toInt() != ApplicationId) {
        return Error {
            tr("“%1” is an SQLite database, but not a Herald workspace.").arg(QFileInfo(database.path()).fileName())};
    }
    if (from == to) {
        return {};
    }

    if (from > 0 && database.path() != u":memory:"_s) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        const QString backup = u"%1.schema-v%2-%3.bak"_s.arg(database.path()).arg(from).arg(stamp);
        QFile::remove(backup);
        QSqlQuery q = database.query();
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(backup);
        if (!q.exec()) {
            return Error {tr("Could not back up the workspace before upgrading it, so it was left unchanged: %1")
                              .arg(Database::errorFrom(q, u"VACUUM INTO"_s).message)};
        }
        m_lastBackupPath = backup;
        qCInfo(lcStorage).noquote() << tr("Backed up the workspace before upgrading it: %1").arg(backup);
    }

    return database.writeTransaction([&]() -> Result<void> {
        for (const Migration& migration : std::as_const(m_migrations)) {
            if (migration.version <= from) {
                continue;
            }
            for (const QString& statement : migration.statements) {
                if (auto result = database.exec(statement); !result) {
                    return Error {tr("Upgrading the workspace to schema %1 (%2) failed: %3")
                                      .arg(migration.version)
                                      .arg(migration.description, result.errorMessage())};
                }
            }
            if (from > 0) {
                qCInfo(lcStorage).noquote() << tr("Upgraded the workspace to schema %1 (%2).")
                                                   .arg(migration.version)
                                                   .arg(migration.description);
            }
        }
        if (auto r = database.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)); !r) {
            return r;
        }
        return database.exec(u"PRAGMA user_version = %1"_s.arg(to));
    });
}

} // namespace Herald
