// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentListModel.h"

#include "Workspace.h"
#include "segments/SegmentRepository.h"
#include "storage/Database.h"

#include <QLocale>
#include <QPromise>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace Herald
{

SegmentListModel::SegmentListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_watcher(new QFutureWatcher<SizesOutcome>(this))
{
    connect(m_watcher, &QFutureWatcher<SizesOutcome>::finished, this, &SegmentListModel::handleCountingFinished);
}

SegmentListModel::~SegmentListModel()
{
    // The job holds copies of everything it reads, but it must not outlive the workspace file
    // the caller is about to close; it stops after the segment it is counting.
    cancelCounting();
    m_watcher->waitForFinished();
}

void SegmentListModel::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void SegmentListModel::reload()
{
    cancelCounting();
    beginResetModel();
    m_segments.clear();
    m_sizes.clear();
    m_errors.clear();
    if (m_workspace) {
        auto segments = SegmentRepository(m_workspace->database()).list();
        if (segments) {
            m_segments = segments.value();
        } else {
            emit loadFailed(segments.errorMessage());
        }
    }
    endResetModel();
    startCounting();
}

void SegmentListModel::refreshSizes()
{
    cancelCounting();
    startCounting();
}

void SegmentListModel::cancelCounting()
{
    ++m_generation;
    if (m_cancel) {
        m_cancel->store(true);
    }
}

void SegmentListModel::startCounting()
{
    if (!m_workspace || m_segments.isEmpty()) {
        return;
    }
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QList<qint64> ids;
    for (const Segment& segment : std::as_const(m_segments)) {
        ids.append(segment.id);
    }
    // Qt Concurrent is a UI-library dependency; a promise run on the global pool needs only Core.
    auto promise = std::make_shared<QPromise<SizesOutcome>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    const QString path = m_workspace->path();
    const quint64 generation = m_generation;
    auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([promise, path, ids, generation, cancel] {
        SizesOutcome outcome;
        outcome.generation = generation;
        // A worker thread reads through its own connection.
        auto database = Database::open(path);
        for (const qint64 id : ids) {
            if (cancel->load()) {
                break;
            }
            if (!database) {
                outcome.errors.insert(id, database.errorMessage());
                continue;
            }
            auto size = SegmentRepository(*database.value()).count(id);
            if (size) {
                outcome.sizes.insert(id, size.value());
            } else {
                outcome.errors.insert(id, size.errorMessage());
            }
        }
        promise->addResult(outcome);
        promise->finish();
    });
}

void SegmentListModel::handleCountingFinished()
{
    if (m_watcher->future().resultCount() == 0) {
        return;
    }
    const SizesOutcome outcome = m_watcher->result();
    if (outcome.generation != m_generation) {
        return; // superseded by a reload
    }
    m_sizes = outcome.sizes;
    m_errors = outcome.errors;
    if (!m_segments.isEmpty()) {
        emit dataChanged(
            index(0, SizeColumn), index(rowCount() - 1, SizeColumn), {Qt::DisplayRole, Qt::ToolTipRole, RawValueRole});
    }
    emit sizesCounted();
}

bool SegmentListModel::isCounting() const
{
    return m_watcher->isRunning();
}

Segment SegmentListModel::segmentAt(int row) const
{
    return row >= 0 && row < m_segments.size() ? m_segments.at(row) : Segment();
}

int SegmentListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_segments.size(); ++row) {
        if (m_segments.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

qint64 SegmentListModel::sizeOf(qint64 id) const
{
    return m_sizes.value(id, -1);
}

int SegmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Segment& segment = m_segments.at(index.row());
    if (role == IdRole) {
        return segment.id;
    }
    const auto column = Column(index.column());
    if (role == Qt::TextAlignmentRole && column == SizeColumn) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (column == SizeColumn && m_errors.contains(segment.id)) {
            return m_errors.value(segment.id);
        }
        return segment.description;
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (column) {
    case NameColumn:
        return segment.name;
    case SizeColumn:
        if (raw) {
            return m_sizes.value(segment.id, -1);
        }
        if (m_errors.contains(segment.id)) {
            return tr("error");
        }
        return m_sizes.contains(segment.id) ? QLocale().toString(m_sizes.value(segment.id)) : u"…"_s;
    case BuiltinColumn:
        if (raw) {
            return segment.builtin;
        }
        return segment.builtin ? tr("Built-in") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Contacts");
    case BuiltinColumn:
        return tr("Kind");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Herald
