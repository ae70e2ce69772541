// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandRegistry.h"

#include "CliContext.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

void CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command* CommandRegistry::find(const QString& name) const
{
    for (const Command& command : m_commands) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}

QString CommandRegistry::helpText() const
{
    QString text = tr("usage: herald-cli [--db PATH] [--json] COMMAND [ARGS…]") + u"\n\n"_s
        + tr("Herald's command line: everything the app does, headless.") + u"\n\n"_s + tr("Global options:") + u"\n"_s
        + u"  --db PATH    "_s + tr("workspace file (default: %1)").arg(Workspace::defaultPath()) + u"\n"_s
        + u"  --json       "_s + tr("machine-readable output") + u"\n"_s + u"  -h, --help   "_s + tr("show this help")
        + u"\n\n"_s + tr("Commands:") + u"\n"_s;
    for (const Command& command : m_commands) {
        text += u"  %1\n      %2\n"_s.arg(command.usage, command.summary);
    }
    text += u"\n"_s + tr("Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.") + u"\n"_s;
    return text;
}

int CommandRegistry::run(const QStringList& arguments)
{
    QString databasePath;
    bool json = false;
    bool help = false;
    QStringList rest;
    bool optionsEnded = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded) {
            rest.append(arg);
        } else if (arg == u"--"_s) {
            optionsEnded = true;
        } else if (arg == u"--json"_s) {
            json = true;
        } else if (arg == u"--db"_s) {
            if (i + 1 >= arguments.size()) {
                QTextStream(stderr) << u"herald-cli: "_s << tr("--db needs a file path") << Qt::endl;
                return BadUsage;
            }
            databasePath = arguments.at(++i);
        } else if (arg.startsWith(u"--db="_s)) {
            databasePath = arg.mid(5);
        } else if ((arg == u"-h"_s || arg == u"--help"_s) && rest.isEmpty()) {
            help = true;
        } else if (arg == u"--version"_s && rest.isEmpty()) {
            rest.append(u"version"_s);
        } else {
            rest.append(arg);
        }
    }

    if (help || rest.isEmpty() || rest.constFirst() == u"help"_s) {
        QTextStream out(help || !rest.isEmpty() ? stdout : stderr);
        out << helpText();
        return help || !rest.isEmpty() ? Success : BadUsage;
    }

    const QString name = rest.takeFirst();
    const Command* command = find(name);
    CliContext context(databasePath, json);
    if (!command) {
        return context.fail(tr("unknown command “%1”; see herald-cli --help").arg(name), BadUsage);
    }
    return command->run(context, rest);
}

} // namespace Herald::Cli
