// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "WorkspaceSetup.h"
#include "contacts/ContactRepository.h"
#include "contacts/DemoWorkspace.h"
#include "storage/Migrator.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

int runVersion(CliContext& context, const QStringList& args)
{
    if (!args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("version takes no arguments"), u"version"_s);
    }
    if (context.json()) {
        context.printJson({{u"version"_s, QStringLiteral(HERALD_VERSION)}, {u"qt"_s, QString::fromLatin1(qVersion())}});
    } else {
        context.out() << u"herald-cli "_s << QStringLiteral(HERALD_VERSION) << Qt::endl;
    }
    return Success;
}

int runInit(CliContext& context, const QStringList& args)
{
    const QString usage = u"init [--demo [--count N]]"_s;
    bool demo = false;
    int count = DemoWorkspace::DefaultContactCount;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--demo"_s) {
            demo = true;
        } else if (args.at(i) == u"--count"_s && i + 1 < args.size()) {
            bool ok = false;
            count = args.at(++i).toInt(&ok);
            if (!ok || count < 1 || count > 100000) {
                return context.usageError(CommandRegistry::tr("--count must be a number from 1 to 100000"), usage);
            }
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), usage);
        }
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& db = workspace.value()->database();
    if (auto setup = WorkspaceSetup::addStarterContent(db); !setup) {
        return context.fail(setup.errorMessage());
    }
    int added = 0;
    if (demo) {
        auto populated = DemoWorkspace::populate(db, count);
        if (!populated) {
            return context.fail(populated.errorMessage());
        }
        added = populated.value();
    }
    auto version = Migrator::schemaVersion(db);
    if (context.json()) {
        context.printJson({{u"path"_s, workspace.value()->path()}, {u"schema"_s, version ? version.value() : 0},
            {u"demo_contacts"_s, added}});
    } else {
        context.out() << CommandRegistry::tr("Workspace ready: %1").arg(workspace.value()->path()) << Qt::endl;
        if (demo) {
            context.out() << CommandRegistry::tr("Added %n demo contact(s).", nullptr, added) << Qt::endl;
        }
    }
    return Success;
}

} // namespace

void registerWorkspaceCommands(CommandRegistry& registry)
{
    registry.add({u"version"_s, u"version"_s, CommandRegistry::tr("print the version"), runVersion});
    registry.add({u"init"_s, u"init [--demo [--count N]]"_s,
        CommandRegistry::tr("create the workspace (with --demo: invented contacts to try Herald with)"), runInit});
}

} // namespace Herald::Cli
