// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CampaignAnalytics.h"

#include <QWidget>

namespace Herald
{

// Replies by weekday and hour (local time) as a heat map: when customers answer, to choose send
// times. Mirrors in a right-to-left layout; the tooltip names the cell under the pointer.
class ReplyHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyHeatMap)

public:
    explicit ReplyHeatMap(QWidget* parent = nullptr);
    ~ReplyHeatMap() override;

    void setTrends(const TrendsReport& trends);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    TrendsReport m_trends;
};

} // namespace Herald
