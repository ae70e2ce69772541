// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CampaignAnalytics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QChart;
class QPainter;
class QRectF;

namespace Herald
{

// The charts of the analytics pane and of the PDF report, built from the core figures. Each
// function returns a new chart the caller owns (or hands to a QChartView). Numbers follow locale.
class AnalyticsCharts final
{
    Q_DECLARE_TR_FUNCTIONS(AnalyticsCharts)

public:
    // Targeted, excluded, sent, delivered, failed, undelivered, unknown.
    static QChart* funnel(const CampaignReport& report, const QLocale& locale);
    // Deliveries per bucket and their running total, over time from the launch.
    static QChart* deliveries(const CampaignReport& report, const QLocale& locale);
    // Delivery rate (%) per month.
    static QChart* monthlyDelivery(const TrendsReport& trends, const QLocale& locale);
    // Opt-out and reply rates (%) per month, with the 2.55 % opt-out benchmark.
    static QChart* monthlyRates(const TrendsReport& trends, const QLocale& locale);
    // Cost per month, in trends.currency.
    static QChart* monthlyCost(const TrendsReport& trends, const QLocale& locale);
    // Contact-months by messages received, the 2–6 guideline band coloured.
    static QChart* frequency(const TrendsReport& trends, const QLocale& locale);

    // Replies by weekday (rows, Monday first) and hour (columns) as a heat map in rect.
    static void paintReplyHeatMap(QPainter& painter, const QRectF& rect, const TrendsReport& trends,
        const QLocale& locale, Qt::LayoutDirection direction);

    // "12.3 %" or "—" when undefined.
    static QString percent(const std::optional<double>& rate, const QLocale& locale);
    // Money from micro-units with the currency's symbol, e.g. "$1,234.50" or "1 234,50 zł".
    static QString money(qint64 micros, const QString& currency, const QLocale& locale);
    // A localised state or figure name for the funnel ("Delivered").
    static QStringList funnelLabels();
};

} // namespace Herald
