// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandRegistry.h"
#include "ReportCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    // A QApplication (offscreen) only for a PDF report: its charts need one.
    const auto app = Herald::Cli::createApplication(argc, argv);
    QCoreApplication::setOrganizationName(u"Herald"_s);
    QCoreApplication::setApplicationName(u"Herald"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
    // Informational messages belong to the GUI's log pane; the CLI speaks through its output.
    QLoggingCategory::setFilterRules(u"herald.*.info=false"_s);

    Herald::Cli::CommandRegistry registry;
    Herald::Cli::registerWorkspaceCommands(registry);
    Herald::Cli::registerContactsCommands(registry);
    Herald::Cli::registerImportCommands(registry);
    Herald::Cli::registerSmsCommands(registry);
    Herald::Cli::registerSegmentCommands(registry);
    Herald::Cli::registerTemplateCommands(registry);
    Herald::Cli::registerAccountCommands(registry);
    Herald::Cli::registerCampaignCommands(registry);
    Herald::Cli::registerSimulatorCommands(registry);
    Herald::Cli::registerPollCommands(registry);
    Herald::Cli::registerInboxCommands(registry);
    return registry.run(QCoreApplication::arguments());
}
