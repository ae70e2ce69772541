// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logging/EventLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace Herald
{

// The event log as a table for the log pane, newest last.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        MessageColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        LevelRole = Qt::UserRole + 1,
    };

    explicit LogModel(EventLog* log, QObject* parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void handleEntryAdded(const Herald::LogEntry& entry);
    void handleCleared();

    QList<LogEntry> m_entries;
};

} // namespace Herald
