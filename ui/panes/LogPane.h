// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace Herald
{

class EventLog;
class LogModel;

// Background events (imports, sending, provider errors) as a table that follows new entries.
class LogPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPane)

public:
    explicit LogPane(EventLog* log, QWidget* parent = nullptr);
    ~LogPane() override;

    LogModel* model() const
    {
        return m_model;
    }

private:
    LogModel* m_model;
    QTableView* m_view;
};

} // namespace Herald
