// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Database.h"

#include "logging/LogCategories.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QAtomicInteger<quint64> s_connectionCounter;

// The first 16 bytes of every SQLite 3 database file.
constexpr char SqliteMagic[] = "SQLite format 3";

// Returns an error if a non-empty file at path is not an SQLite database.
Result<void> checkFileHeader(const QString& path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0) {
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {Database::tr("Cannot read “%1”: %2").arg(QFileInfo(path).fileName(), file.errorString())};
    }
    const QByteArray header = file.read(16);
    if (header.size() < 16 || !header.startsWith(QByteArray::fromRawData(SqliteMagic, sizeof SqliteMagic))) {
        return Error {Database::tr("“%1” is not a Herald workspace: it is not an SQLite database file.")
                          .arg(QFileInfo(path).fileName())};
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, Durability durability)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_durability(durability)
    , m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Durability durability)
{
    if (auto header = checkFileHeader(path); !header) {
        return header.error();
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return Error {tr("The SQLite driver for Qt (QSQLITE) is not installed.")};
    }

    const QString name = u"herald-%1"_s.arg(++s_connectionCounter);
    std::unique_ptr<Database> database(new Database(path, name, durability));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (!db.open()) {
            return Error {tr("Cannot open the workspace “%1”: %2").arg(path, db.lastError().text())};
        }
    }

    // Touch the schema first: a damaged or foreign file fails here with SQLite's own words.
    if (auto probe = database->scalar(u"SELECT count(*) FROM sqlite_master"_s); !probe) {
        return Error {tr("The workspace “%1” is damaged or not a database (%2).")
                          .arg(QFileInfo(path).fileName(), probe.errorMessage())};
    }

    const QString synchronous = durability == Durability::Full ? u"FULL"_s : u"NORMAL"_s;
    const QStringList pragmas = {
        u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs),
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA secure_delete = ON"_s,
        u"PRAGMA synchronous = %1"_s.arg(synchronous),
        u"PRAGMA temp_store = MEMORY"_s,
        // Segment counts scan the contacts table: reading it through a memory map and a 64 MiB
        // page cache instead of small reads into 2 MiB keeps 1M-contact counts under 150 ms.
        u"PRAGMA mmap_size = 1073741824"_s,
        u"PRAGMA cache_size = -65536"_s,
    };
    for (const QString& pragma : pragmas) {
        if (auto result = database->exec(pragma); !result) {
            return result.error();
        }
    }
    auto mode = database->scalar(u"PRAGMA journal_mode = WAL"_s);
    if (!mode) {
        return mode.error();
    }
    if (mode.value().toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Error {tr("The workspace “%1” cannot use write-ahead logging (journal mode is %2). "
                         "Is it on a network drive or read-only medium?")
                          .arg(QFileInfo(path).fileName(), mode.value().toString())};
    }
    qCDebug(lcStorage) << "opened" << name << "on" << path << "synchronous" << synchronous;
    return database;
}

QSqlDatabase Database::connection() const
{
    Q_ASSERT_X(QThread::currentThread() == m_thread, "Database::connection",
        "a Herald database connection was used from a thread that does not own it");
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery Database::query() const
{
    return QSqlQuery(connection());
}

Result<void> Database::exec(const QString& sql) const
{
    QSqlQuery q = query();
    if (!q.exec(sql)) {
        return errorFrom(q, sql);
    }
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery q = query();
    if (!q.prepare(sql)) {
        return errorFrom(q, sql);
    }
    for (const QVariant& value : bindings) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return errorFrom(q, sql);
    }
    return q.next() ? q.value(0) : QVariant();
}

Result<void> Database::writeTransaction(const std::function<Result<void>()>& body)
{
    Q_ASSERT_X(!m_inTransaction, "Database::writeTransaction", "write transactions do not nest");
    if (auto begin = exec(u"BEGIN IMMEDIATE"_s); !begin) {
        return begin;
    }
    m_inTransaction = true;
    Result<void> result = body();
    m_inTransaction = false;
    if (!result) {
        if (auto rollback = exec(u"ROLLBACK"_s); !rollback) {
            qCWarning(lcStorage) << "rollback failed:" << rollback.errorMessage();
        }
        return result;
    }
    if (auto commit = exec(u"COMMIT"_s); !commit) {
        (void)exec(u"ROLLBACK"_s);
        return commit;
    }
    return {};
}

Error Database::errorFrom(const QSqlQuery& query, const QString& what)
{
    const QString detail = query.lastError().text().trimmed();
    qCWarning(lcStorage).noquote() << "SQL failed:" << what.left(200) << "→" << detail;
    return Error {tr("Database error: %1").arg(detail.isEmpty() ? tr("unknown error") : detail)};
}

} // namespace Herald
