// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AnalyticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPainter>
#include <QStackedBarSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QColor s_blue(0x2f, 0x6f, 0xb3);
const QColor s_green(0x2e, 0x8b, 0x57);
const QColor s_red(0xc0, 0x39, 0x2b);
const QColor s_orange(0xe6, 0x7e, 0x22);
const QColor s_grey(0x7f, 0x8c, 0x8d);
const QColor s_purple(0x8e, 0x44, 0xad);

QChart* newChart(const QString& title, const QLocale& locale)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// A round upper bound for an axis showing values up to max (at least 1).
double niceMax(double max)
{
    if (max <= 0) {
        return 1;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(max)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (max <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10 * magnitude;
}

QValueAxis* countAxis(double max)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, niceMax(max));
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTickCount(6);
    return axis;
}

// Month names under bars: a size smaller, so that a year of them fits without eliding.
QBarCategoryAxis* monthAxis(const QStringList& months)
{
    auto* categories = new QBarCategoryAxis;
    categories->append(months);
    QFont font = categories->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    categories->setLabelsFont(font);
    return categories;
}

QString monthLabel(const QString& month, const QLocale& locale)
{
    const QDate date = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return date.isValid() ? locale.toString(date, u"MMM yy"_s) : month;
}

} // namespace

QStringList AnalyticsCharts::funnelLabels()
{
    return {
        tr("Targeted"), tr("Excluded"), tr("Sent"), tr("Delivered"), tr("Failed"), tr("Undelivered"), tr("Unknown")};
}

QString AnalyticsCharts::percent(const std::optional<double>& rate, const QLocale& locale)
{
    if (!rate) {
        return tr("—", "no value");
    }
    return tr("%1 %", "percentage").arg(locale.toString(*rate * 100.0, 'f', 2));
}

QString AnalyticsCharts::money(qint64 micros, const QString& currency, const QLocale& locale)
{
    const double value = double(micros) / 1e6;
    const int decimals = (micros != 0 && std::abs(value) < 1.0) ? 4 : 2;
    if (locale.language() == QLocale::C) {
        // The C locale's currency format glues the symbol to the number: use the ISO code apart.
        return tr("%1 %2", "currency code, amount").arg(currency, locale.toString(value, 'f', decimals));
    }
    QString symbol = currency;
    if (currency.isEmpty() || currency == locale.currencySymbol(QLocale::CurrencyIsoCode)) {
        symbol = locale.currencySymbol(QLocale::CurrencySymbol);
    } else if (currency == u"USD"_s) {
        symbol = u"US$"_s;
    } else if (currency == u"EUR"_s) {
        symbol = u"€"_s;
    } else if (currency == u"GBP"_s) {
        symbol = u"£"_s;
    }
    return locale.toCurrencyString(value, symbol, decimals);
}

QChart* AnalyticsCharts::funnel(const CampaignReport& report, const QLocale& locale)
{
    QChart* chart = newChart(tr("Recipients"), locale);
    const CampaignFunnel& f = report.funnel;
    const QList<qint64> values = {f.targeted, f.excluded, f.sent, f.delivered, f.failed, f.undelivered, f.unknown};
    const QList<QColor> colors = {s_blue, s_grey, s_blue, s_green, s_red, s_orange, s_purple};
    // One set per bar so that each bar keeps its own colour; stacked, so that bars stay centred.
    // Horizontal, top to bottom, the figure in its label: long names in every language fit.
    auto* series = new QHorizontalStackedBarSeries;
    const QStringList names = funnelLabels();
    QStringList labels;
    for (qsizetype i = values.size() - 1; i >= 0; --i) {
        labels.append(tr("%1: %2", "funnel step: count").arg(names.at(i), locale.toString(values.at(i))));
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        auto* set = new QBarSet(names.at(i));
        for (qsizetype j = values.size() - 1; j >= 0; --j) {
            *set << (i == j ? double(values.at(i)) : 0.0);
        }
        set->setColor(colors.at(i));
        set->setBorderColor(colors.at(i));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    QValueAxis* axis = countAxis(double(*std::max_element(values.cbegin(), values.cend())));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->hide();
    return chart;
}

QChart* AnalyticsCharts::deliveries(const CampaignReport& report, const QLocale& locale)
{
    QChart* chart = newChart(tr("Deliveries over time"), locale);
    auto* perBucket = new QLineSeries;
    perBucket->setName(report.bucketSeconds >= 86400 ? tr("Delivered per day")
            : report.bucketSeconds >= 3600           ? tr("Delivered per hour")
                                                     : tr("Delivered per 15 minutes"));
    auto* total = new QLineSeries;
    total->setName(tr("Delivered in total"));
    qint64 running = 0;
    qint64 peak = 0;
    // Each count is drawn at the end of its bucket, from zero at the start of the first: one
    // bucket (every delivery within 15 minutes) still draws a line, not a lone invisible point.
    if (!report.deliveries.isEmpty()) {
        const double start = double(report.deliveries.constFirst().start) * 1000.0;
        perBucket->append(start, 0.0);
        total->append(start, 0.0);
    }
    for (const TimeBucket& b : report.deliveries) {
        const double x = double(b.start + report.bucketSeconds) * 1000.0;
        running += b.delivered;
        peak = qMax(peak, b.delivered);
        perBucket->append(x, double(b.delivered));
        total->append(x, double(running));
    }
    perBucket->setColor(s_blue);
    total->setColor(s_green);
    perBucket->setPointsVisible(true);
    total->setPointsVisible(true);
    chart->addSeries(perBucket);
    chart->addSeries(total);
    auto* time = new QDateTimeAxis;
    const bool days = report.bucketSeconds >= 86400;
    // Minutes are precise enough for 15-minute buckets: the seconds of the short format go.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(u":ss"_s);
    time->setFormat(days ? locale.dateFormat(QLocale::ShortFormat) : timeFormat);
    time->setTickCount(6);
    if (report.deliveries.isEmpty()) {
        const QDateTime start = report.launchedAt.isValid() ? report.launchedAt : report.generatedAt;
        time->setRange(start.toLocalTime(), start.toLocalTime().addSecs(3600));
    } else {
        const qint64 first = report.deliveries.constFirst().start;
        const qint64 last = report.deliveries.constLast().start + report.bucketSeconds;
        time->setRange(
            QDateTime::fromSecsSinceEpoch(first).toLocalTime(), QDateTime::fromSecsSinceEpoch(last).toLocalTime());
    }
    chart->addAxis(time, Qt::AlignBottom);
    perBucket->attachAxis(time);
    total->attachAxis(time);
    QValueAxis* axis = countAxis(double(qMax(running, peak)));
    chart->addAxis(axis, Qt::AlignLeft);
    perBucket->attachAxis(axis);
    total->attachAxis(axis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* AnalyticsCharts::monthlyDelivery(const TrendsReport& trends, const QLocale& locale)
{
    QChart* chart = newChart(tr("Delivery rate per month"), locale);
    auto* delivery = new QBarSet(tr("Delivery rate"));
    delivery->setColor(s_green);
    QStringList months;
    for (const MonthTrend& m : trends.months) {
        months.append(monthLabel(m.month, locale));
        *delivery << m.deliveryRate.value_or(0) * 100.0;
    }
    auto* series = new QBarSeries;
    series->append(delivery);
    chart->addSeries(series);
    auto* categories = monthAxis(months.isEmpty() ? QStringList {tr("No campaigns yet")} : months);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(tr("%", "axis unit: percent"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    chart->legend()->hide();
    return chart;
}

QChart* AnalyticsCharts::monthlyRates(const TrendsReport& trends, const QLocale& locale)
{
    QChart* chart = newChart(tr("Opt-out and reply rates per month"), locale);
    auto* optOut = new QBarSet(tr("Opt-out rate"));
    auto* reply = new QBarSet(tr("Reply rate"));
    optOut->setColor(s_red);
    reply->setColor(s_blue);
    QStringList months;
    double max = Analytics::OptOutBenchmark * 100.0;
    for (const MonthTrend& m : trends.months) {
        months.append(monthLabel(m.month, locale));
        *optOut << m.optOutRate.value_or(0) * 100.0;
        *reply << m.replyRate.value_or(0) * 100.0;
        max = qMax(max, qMax(m.optOutRate.value_or(0), m.replyRate.value_or(0)) * 100.0);
    }
    auto* series = new QBarSeries;
    series->append(optOut);
    series->append(reply);
    chart->addSeries(series);
    auto* categories = monthAxis(months.isEmpty() ? QStringList {tr("No campaigns yet")} : months);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setRange(0, niceMax(max));
    axis->setLabelFormat(u"%.1f"_s);
    axis->setTitleText(tr("%", "axis unit: percent"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    // The 2.55 % opt-out benchmark across the whole chart.
    auto* benchmark = new QLineSeries;
    benchmark->setName(tr("Benchmark %1").arg(percent(Analytics::OptOutBenchmark, locale)));
    QPen pen(s_red);
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    benchmark->setPen(pen);
    const qsizetype n = qMax<qsizetype>(1, months.size());
    benchmark->append(-0.5, Analytics::OptOutBenchmark * 100.0);
    benchmark->append(double(n) - 0.5, Analytics::OptOutBenchmark * 100.0);
    chart->addSeries(benchmark);
    auto* hidden = new QValueAxis;
    hidden->setRange(-0.5, double(n) - 0.5);
    hidden->setVisible(false);
    chart->addAxis(hidden, Qt::AlignTop);
    benchmark->attachAxis(hidden);
    benchmark->attachAxis(axis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* AnalyticsCharts::monthlyCost(const TrendsReport& trends, const QLocale& locale)
{
    QChart* chart = newChart(tr("Cost per month (%1)").arg(trends.currency), locale);
    auto* cost = new QBarSet(tr("Cost"));
    cost->setColor(s_orange);
    QStringList months;
    double max = 0;
    for (const MonthTrend& m : trends.months) {
        months.append(monthLabel(m.month, locale));
        const double value = double(m.costMicros) / 1e6;
        *cost << value;
        max = qMax(max, value);
    }
    auto* series = new QBarSeries;
    series->append(cost);
    chart->addSeries(series);
    auto* categories = monthAxis(months.isEmpty() ? QStringList {tr("No campaigns yet")} : months);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    auto* axis = new QValueAxis;
    axis->setRange(0, niceMax(max));
    axis->setLabelFormat(max < 10 ? u"%.2f"_s : u"%.0f"_s);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    chart->legend()->hide();
    return chart;
}

QChart* AnalyticsCharts::frequency(const TrendsReport& trends, const QLocale& locale)
{
    QChart* chart = newChart(tr("Marketing messages per contact per month (last 12 months)"), locale);
    auto* below = new QBarSet(tr("Fewer than %1").arg(locale.toString(Analytics::GuidelineMinPerMonth)));
    auto* within = new QBarSet(
        tr("%1–%2: the guideline")
            .arg(locale.toString(Analytics::GuidelineMinPerMonth), locale.toString(Analytics::GuidelineMaxPerMonth)));
    auto* above = new QBarSet(tr("More than %1").arg(locale.toString(Analytics::GuidelineMaxPerMonth)));
    below->setColor(s_grey);
    within->setColor(s_green);
    above->setColor(s_red);
    QStringList labels;
    double max = 0;
    for (int i = 0; i < Analytics::FrequencyBuckets; ++i) {
        const int n = i + 1;
        labels.append(n == Analytics::FrequencyBuckets ? tr("%1+").arg(locale.toString(n)) : locale.toString(n));
        const double value = double(trends.frequency[i]);
        max = qMax(max, value);
        *below << (n < Analytics::GuidelineMinPerMonth ? value : 0.0);
        *within << (n >= Analytics::GuidelineMinPerMonth && n <= Analytics::GuidelineMaxPerMonth ? value : 0.0);
        *above << (n > Analytics::GuidelineMaxPerMonth ? value : 0.0);
    }
    auto* series = new QStackedBarSeries;
    series->append(below);
    series->append(within);
    series->append(above);
    chart->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    categories->append(labels);
    categories->setTitleText(tr("Messages in the month"));
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    QValueAxis* axis = countAxis(max);
    axis->setTitleText(tr("Contact-months"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void AnalyticsCharts::paintReplyHeatMap(QPainter& painter, const QRectF& rect, const TrendsReport& trends,
    const QLocale& locale, Qt::LayoutDirection direction)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetricsF metrics(painter.font());
    double labelWidth = 0;
    QStringList days;
    for (int d = 0; d < 7; ++d) {
        // Qt numbers days 1 = Monday … 7 = Sunday.
        days.append(locale.dayName(d + 1, QLocale::ShortFormat));
        labelWidth = qMax(labelWidth, metrics.horizontalAdvance(days.constLast()));
    }
    labelWidth += 8;
    const double headerHeight = metrics.height() + 4;
    const QRectF grid(rect.left() + (direction == Qt::RightToLeft ? 0 : labelWidth), rect.top() + headerHeight,
        rect.width() - labelWidth, rect.height() - headerHeight);
    const double cellW = grid.width() / 24.0;
    const double cellH = grid.height() / 7.0;
    qint64 max = 0;
    for (const auto& day : trends.repliesByHour) {
        for (qint64 n : day) {
            max = qMax(max, n);
        }
    }
    for (int h = 0; h < 24; h += 3) {
        const int column = direction == Qt::RightToLeft ? 23 - h : h;
        const QRectF cell(
            grid.left() + column * cellW, rect.top(), cellW * (direction == Qt::RightToLeft ? 1 : 3), headerHeight);
        painter.setPen(Qt::darkGray);
        painter.drawText(cell, Qt::AlignLeft | Qt::AlignVCenter, locale.toString(h));
    }
    for (int d = 0; d < 7; ++d) {
        const QRectF label(direction == Qt::RightToLeft ? grid.right() + 4 : rect.left(), grid.top() + d * cellH,
            labelWidth - 8, cellH);
        painter.setPen(Qt::black);
        painter.drawText(
            label, (direction == Qt::RightToLeft ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, days.at(d));
        for (int h = 0; h < 24; ++h) {
            const qint64 n = trends.repliesByHour[d][h];
            const double share = max > 0 ? double(n) / double(max) : 0.0;
            const int column = direction == Qt::RightToLeft ? 23 - h : h;
            const QRectF cell(grid.left() + column * cellW, grid.top() + d * cellH, cellW, cellH);
            // White (none) to deep blue (the busiest hour).
            const QColor color = QColor::fromRgbF(1.0 - 0.82 * share, 1.0 - 0.56 * share, 1.0 - 0.3 * share);
            painter.fillRect(cell.adjusted(0.5, 0.5, -0.5, -0.5), n > 0 ? color : QColor(0xf4, 0xf4, 0xf4));
        }
    }
    painter.restore();
}

} // namespace Herald
