// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignListModel.h"

#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald
{

CampaignListModel::CampaignListModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CampaignListModel::refreshActive);
}

CampaignListModel::~CampaignListModel() = default;

void CampaignListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void CampaignListModel::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

qint64 CampaignListModel::queuedOf(const OutboxCounts& c)
{
    return c.pending + c.claimed + c.submitted;
}

qint64 CampaignListModel::sentOf(const OutboxCounts& c)
{
    // Everything the provider took, whatever became of it since (as analytics counts "sent"),
    // so that "Sent" never reads lower than "Delivered".
    return c.accepted + c.sent + c.delivered + c.undelivered + c.failed + c.unknown;
}

qint64 CampaignListModel::failedOf(const OutboxCounts& c)
{
    return c.failed + c.undelivered;
}

int CampaignListModel::progressOf(const OutboxCounts& c)
{
    if (c.total <= 0) {
        return -1;
    }
    return int((c.total - queuedOf(c)) * 1000 / c.total);
}

QString CampaignListModel::kindText(bool marketing)
{
    return marketing ? tr("Marketing") : tr("Transactional");
}

QString CampaignListModel::stateText(const QString& state)
{
    if (state == CampaignState::Draft) {
        return tr("Draft");
    }
    if (state == CampaignState::Scheduled) {
        return tr("Scheduled");
    }
    if (state == CampaignState::Sending) {
        return tr("Sending");
    }
    if (state == CampaignState::Paused) {
        return tr("Paused");
    }
    if (state == CampaignState::Completed) {
        return tr("Completed");
    }
    if (state == CampaignState::Cancelled) {
        return tr("Cancelled");
    }
    return state;
}

Result<QHash<qint64, OutboxCounts>> CampaignListModel::readCounts(const QList<qint64>& ids) const
{
    QHash<qint64, OutboxCounts> counts;
    QSqlQuery q = m_database->query();
    QString sql = u"SELECT campaign_id, state, count(*) FROM messages WHERE campaign_id IS NOT NULL"_s;
    if (!ids.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            marks.append(u"?"_s);
        }
        sql += u" AND campaign_id IN (%1)"_s.arg(marks.join(u',')); // uses messages_by_campaign_state
    }
    sql += u" GROUP BY campaign_id, state"_s;
    q.prepare(sql);
    for (qint64 id : ids) {
        q.addBindValue(id);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"campaign counts"_s);
    }
    while (q.next()) {
        OutboxCounts& c = counts[q.value(0).toLongLong()];
        const qint64 n = q.value(2).toLongLong();
        c.set(q.value(1).toString(), n);
        c.total += n;
    }
    return counts;
}

void CampaignListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString error;
    if (m_database) {
        auto campaigns = CampaignRepository(*m_database).list();
        auto counts = campaigns ? readCounts({}) : Result<QHash<qint64, OutboxCounts>>(campaigns.error());
        if (!counts) {
            error = counts.errorMessage();
        } else {
            // Newest first: the campaign being worked on is at the top.
            const QList<Campaign>& list = campaigns.value();
            for (auto it = list.crbegin(); it != list.crend(); ++it) {
                m_rows.append(Row {*it, counts->value(it->id)});
            }
        }
    }
    endResetModel();
    updateTimer();
    if (!error.isEmpty()) {
        emit loadFailed(error);
    }
}

void CampaignListModel::refreshActive()
{
    if (!m_database) {
        return;
    }
    QList<qint64> ids;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.campaign.state == CampaignState::Sending || row.campaign.state == CampaignState::Scheduled) {
            ids.append(row.campaign.id);
        }
    }
    if (ids.isEmpty()) {
        updateTimer();
        return;
    }
    auto counts = readCounts(ids);
    if (!counts) {
        emit loadFailed(counts.errorMessage());
        return;
    }
    CampaignRepository campaigns(*m_database);
    for (qint64 id : std::as_const(ids)) {
        const int row = rowOf(id);
        auto fresh = campaigns.find(id);
        if (row < 0 || !fresh) {
            continue;
        }
        Row& r = m_rows[row];
        const OutboxCounts c = counts->value(id);
        const bool stateChanged = fresh->state != r.campaign.state || fresh->pauseReason != r.campaign.pauseReason;
        const bool countsChanged = !(c == r.counts);
        if (!stateChanged && !countsChanged) {
            continue;
        }
        r.campaign = fresh.value();
        r.counts = c;
        // Only the cells that show what moved.
        const int first = stateChanged ? int(StateColumn) : int(ProgressColumn);
        emit dataChanged(index(row, first), index(row, FailedColumn));
    }
    updateTimer();
}

void CampaignListModel::updateTimer()
{
    const bool moving = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& r) {
        return r.campaign.state == CampaignState::Sending || r.campaign.state == CampaignState::Scheduled;
    });
    if (moving && m_database) {
        if (!m_timer->isActive()) {
            m_timer->start();
        }
    } else {
        m_timer->stop();
    }
}

Campaign CampaignListModel::campaignAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).campaign : Campaign();
}

OutboxCounts CampaignListModel::countsAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).counts : OutboxCounts();
}

int CampaignListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).campaign.id == id) {
            return i;
        }
    }
    return -1;
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const Campaign& c = r.campaign;
    switch (role) {
    case IdRole:
        return c.id;
    case StateRole:
        return c.state;
    case ProgressRole:
        return progressOf(r.counts);
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !c.pauseReason.isEmpty()) {
            return tr("Paused because: %1").arg(c.pauseReason);
        }
        if (index.column() == ProgressColumn && r.counts.total > 0) {
            return tr("%1 of %Ln recipient(s) handed to the provider or settled", nullptr, int(r.counts.total))
                .arg(r.counts.total - queuedOf(r.counts));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= QueuedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::DisplayRole:
    case RawValueRole: {
        const bool raw = role == RawValueRole;
        const auto number = [raw](qint64 n) -> QVariant { return raw ? QVariant(n) : QVariant(QLocale().toString(n)); };
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case KindColumn:
            return raw ? QVariant(c.marketing) : QVariant(kindText(c.marketing));
        case StateColumn:
            return raw ? c.state : stateText(c.state);
        case ProgressColumn: {
            const int progress = progressOf(r.counts);
            if (raw) {
                return progress;
            }
            // Whole percent, rounded down like the monitor's progress bar: 100% only when done.
            return progress < 0 ? QString() : tr("%1%").arg(QLocale().toString(progress / 10));
        }
        case QueuedColumn:
            return number(queuedOf(r.counts));
        case SentColumn:
            return number(sentOf(r.counts));
        case DeliveredColumn:
            return number(r.counts.delivered);
        case FailedColumn:
            return number(failedOf(r.counts));
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case QueuedColumn:
        return tr("Queued");
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case FailedColumn:
        return tr("Failed");
    default:
        return {};
    }
}

} // namespace Herald
