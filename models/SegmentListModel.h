// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/Segment.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>

#include <atomic>
#include <memory>

namespace Herald
{

class Workspace;

// The workspace's saved segments (a few dozen at most, so all are loaded at once) with their
// live sizes. Sizes are counted by one background job per reload, on its own connection, so
// a workspace of a million contacts never blocks the list: a size reads "…" until known.
class SegmentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentListModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        BuiltinColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawValueRole, // name, size (-1 while unknown or on error), built-in as bool: for sorting
    };

    explicit SegmentListModel(QObject* parent = nullptr);
    ~SegmentListModel() override;

    void setWorkspace(Workspace* workspace);
    // Reloads the list and recounts every size.
    void reload();
    // Recounts the sizes (contacts changed) without resetting the list.
    void refreshSizes();

    Segment segmentAt(int row) const;
    int rowOf(qint64 id) const;
    // The size of a segment, or -1 while it is being counted or if counting failed.
    qint64 sizeOf(qint64 id) const;
    bool isCounting() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);
    // Every size of the current list is known (or failed).
    void sizesCounted();

private:
    struct SizesOutcome
    {
        quint64 generation = 0;
        QHash<qint64, qint64> sizes;
        QHash<qint64, QString> errors;
    };

    void startCounting();
    void cancelCounting();
    void handleCountingFinished();

    Workspace* m_workspace = nullptr;
    QList<Segment> m_segments;
    QHash<qint64, qint64> m_sizes;
    QHash<qint64, QString> m_errors;
    // Results of an older job (before a reload or a workspace change) are dropped by number.
    quint64 m_generation = 0;
    QFutureWatcher<SizesOutcome>* m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace Herald
