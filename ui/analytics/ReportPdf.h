// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "analytics/CampaignAnalytics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Herald
{

// A campaign report as a PDF to hand to someone: the key figures, the funnel and deliveries
// charts (Qt Charts, drawn as vectors), the error codes with their meanings and how each figure
// is defined. Needs a QApplication (the charts are graphics widgets); the CLI starts one offscreen.
class ReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    static Result<void> write(const CampaignReport& report, const QString& path, const QLocale& locale = QLocale());
    // The key figures as HTML rows (also used by the pane's tooltip-free summary).
    static QString summaryHtml(const CampaignReport& report, const QLocale& locale);
};

} // namespace Herald
