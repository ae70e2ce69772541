// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

CliContext::CliContext(QString databasePath, bool json)
    : m_databasePath(std::move(databasePath))
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

QString CliContext::databasePath() const
{
    return m_databasePath.isEmpty() ? Workspace::defaultPath() : m_databasePath;
}

Result<Workspace*> CliContext::workspace()
{
    if (!m_workspace) {
        auto opened = Workspace::open(databasePath());
        if (!opened) {
            return opened.error();
        }
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

int CliContext::fail(const QString& message, int code)
{
    m_err << u"herald-cli: "_s << message << Qt::endl;
    return code;
}

int CliContext::usageError(const QString& message, const QString& usage)
{
    m_err << u"herald-cli: "_s << message << Qt::endl << tr("usage: %1").arg(usage) << Qt::endl;
    return BadUsage;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

} // namespace Herald::Cli
