// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>

#include <memory>

namespace Herald::Cli
{

// Exit codes of DESIGN §6.
enum ExitCode
{
    Success = 0,
    Failure = 1, // the operation failed
    BadUsage = 2, // bad usage or bad input
};

// What every command gets: the global options, the output streams and the workspace.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString databasePath, bool json);
    ~CliContext();
    Q_DISABLE_COPY_MOVE(CliContext)

    bool json() const
    {
        return m_json;
    }
    // --db, or the default workspace.
    QString databasePath() const;

    QTextStream& out()
    {
        return m_out;
    }
    QTextStream& err()
    {
        return m_err;
    }

    // Opens (creating if needed) the workspace on first use.
    Result<Workspace*> workspace();

    // Prints message to stderr and returns code.
    int fail(const QString& message, int code = Failure);
    // Prints a usage error with the command's usage line and returns BadUsage.
    int usageError(const QString& message, const QString& usage);
    // Prints object as one compact JSON line.
    void printJson(const QJsonObject& object);

private:
    QString m_databasePath;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Herald::Cli
