// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace Herald::Cli
{

class CliContext;

// `campaign report ID [--csv OUT.csv] [--pdf OUT.pdf]` (and the global --json): every
// per-campaign figure of CampaignAnalytics.
int runCampaignReport(CliContext& context, const QStringList& args);

// The application object for argv: an offscreen QApplication when a PDF report is asked for
// (its charts are graphics widgets), else a plain QCoreApplication.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

} // namespace Herald::Cli
