// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Herald
{

LogModel::LogModel(EventLog* log, QObject* parent)
    : QAbstractTableModel(parent)
    , m_entries(log->entries())
{
    connect(log, &EventLog::entryAdded, this, &LogModel::handleEntryAdded);
    connect(log, &EventLog::cleared, this, &LogModel::handleCleared);
}

LogModel::~LogModel() = default;

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const LogEntry& entry = m_entries.at(index.row());
    if (role == LevelRole) {
        return int(entry.level);
    }
    if (role == Qt::ForegroundRole && entry.level != LogEntry::Level::Info) {
        return QBrush(entry.level == LogEntry::Level::Error ? QColor(0xb0, 0x00, 0x20) : QColor(0x9a, 0x5b, 0x00));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case TimeColumn:
        return QLocale().toString(entry.time.time(), QLocale::ShortFormat);
    case LevelColumn:
        switch (entry.level) {
        case LogEntry::Level::Info:
            return tr("Info");
        case LogEntry::Level::Warning:
            return tr("Warning");
        case LogEntry::Level::Error:
            return tr("Error");
        }
        break;
    case MessageColumn:
        return entry.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case MessageColumn:
        return tr("Event");
    case ColumnCount:
        break;
    }
    return {};
}

void LogModel::handleEntryAdded(const LogEntry& entry)
{
    if (m_entries.size() >= EventLog::MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(entry);
    endInsertRows();
}

void LogModel::handleCleared()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

} // namespace Herald
