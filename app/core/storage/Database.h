// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QThread;

namespace Herald
{

// One named QSQLITE connection, owned by the thread that opened it.
//
// Every thread that touches a workspace opens its own Database (the GUI thread, the send
// worker, an import job). On open it sets WAL, foreign keys, a busy timeout and
// secure_delete; the sending connection asks for synchronous=FULL so that an "accepted"
// mark survives a power cut. Write transactions start with BEGIN IMMEDIATE, because a
// plain BEGIN (what QSqlDatabase::transaction() issues) can fail with SQLITE_BUSY on its
// first write instead of waiting for the lock.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Durability
    {
        Normal, // synchronous=NORMAL: consistent after any crash, may lose the last commit on power loss
        Full, // synchronous=FULL: for the outbox, where a lost commit could mean a second send
    };

    static constexpr int BusyTimeoutMs = 5000;

    static Result<std::unique_ptr<Database>> open(const QString& path, Durability durability = Durability::Normal);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const QString& path() const
    {
        return m_path;
    }
    const QString& connectionName() const
    {
        return m_connectionName;
    }
    Durability durability() const
    {
        return m_durability;
    }

    // The connection, checked against the owning thread in debug builds.
    QSqlDatabase connection() const;

    // A prepared query on this connection.
    QSqlQuery query() const;

    // Runs one statement; the error names the statement's failure.
    Result<void> exec(const QString& sql) const;

    // Runs a statement and returns the first column of the first row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& bindings = {}) const;

    // Runs body inside BEGIN IMMEDIATE … COMMIT; rolls back if body fails.
    Result<void> writeTransaction(const std::function<Result<void>()>& body);

    bool inTransaction() const
    {
        return m_inTransaction;
    }

    // Qt binds a null QString as SQL NULL, but Herald's text columns are NOT NULL with ''
    // for "none": bind text through this.
    static QString text(const QString& value)
    {
        return value.isNull() ? QStringLiteral("") : value;
    }

    // Turns a failed QSqlQuery into a user-facing error.
    static Error errorFrom(const QSqlQuery& query, const QString& what);

private:
    Database(QString path, QString connectionName, Durability durability);

    QString m_path;
    QString m_connectionName;
    Durability m_durability;
    QThread* m_thread = nullptr;
    bool m_inTransaction = false;
};

} // namespace Herald
