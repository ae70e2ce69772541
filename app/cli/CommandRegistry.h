// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Herald::Cli
{

class CliContext;

// One top-level command: `herald-cli NAME ARGS…`.
struct Command
{
    QString name;
    QString usage; // e.g. "contacts count|list|show ID"
    QString summary; // one line for the help text
    std::function<int(CliContext&, const QStringList& args)> run;
};

// The dispatcher. Each area registers its commands in a register…Commands() function.
class CommandRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)

public:
    void add(Command command);
    const Command* find(const QString& name) const;
    QString helpText() const;

    // Parses the global options anywhere before "--", then runs the command.
    int run(const QStringList& arguments);

private:
    QList<Command> m_commands;
};

void registerWorkspaceCommands(CommandRegistry& registry);
void registerContactsCommands(CommandRegistry& registry);
void registerImportCommands(CommandRegistry& registry);
void registerSmsCommands(CommandRegistry& registry);
void registerSegmentCommands(CommandRegistry& registry);
void registerTemplateCommands(CommandRegistry& registry);
void registerAccountCommands(CommandRegistry& registry);
void registerCampaignCommands(CommandRegistry& registry);
void registerSimulatorCommands(CommandRegistry& registry);
void registerPollCommands(CommandRegistry& registry);
void registerInboxCommands(CommandRegistry& registry);

} // namespace Herald::Cli
