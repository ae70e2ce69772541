// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReplyHeatMap.h"

#include "AnalyticsCharts.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Herald
{

ReplyHeatMap::ReplyHeatMap(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(220);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

ReplyHeatMap::~ReplyHeatMap() = default;

void ReplyHeatMap::setTrends(const TrendsReport& trends)
{
    m_trends = trends;
    update();
}

QSize ReplyHeatMap::sizeHint() const
{
    return {600, 200};
}

void ReplyHeatMap::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    AnalyticsCharts::paintReplyHeatMap(
        painter, QRectF(rect()).adjusted(4, 4, -4, -4), m_trends, locale(), layoutDirection());
}

bool ReplyHeatMap::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        // The same geometry as paintReplyHeatMap(): day labels on the leading side, a header row.
        const auto* help = static_cast<QHelpEvent*>(event);
        const QFontMetricsF metrics(font());
        double labelWidth = 0;
        for (int d = 1; d <= 7; ++d) {
            labelWidth = qMax(labelWidth, metrics.horizontalAdvance(locale().dayName(d, QLocale::ShortFormat)));
        }
        labelWidth += 8;
        const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
        const double header = metrics.height() + 4;
        const double left = area.left() + (layoutDirection() == Qt::RightToLeft ? 0 : labelWidth);
        const double cellW = (area.width() - labelWidth) / 24.0;
        const double cellH = (area.height() - header) / 7.0;
        const int column = int((help->pos().x() - left) / cellW);
        const int day = int((help->pos().y() - area.top() - header) / cellH);
        if (column >= 0 && column < 24 && day >= 0 && day < 7 && help->pos().x() >= left) {
            const int hour = layoutDirection() == Qt::RightToLeft ? 23 - column : column;
            QToolTip::showText(help->globalPos(),
                tr("%1, %2:00–%2:59: %Ln reply(ies)", nullptr, int(m_trends.repliesByHour[day][hour]))
                    .arg(locale().dayName(day + 1, QLocale::LongFormat))
                    .arg(hour, 2, 10, QLatin1Char('0')),
                this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace Herald
