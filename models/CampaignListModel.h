// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/CampaignRepository.h"
#include "sending/Outbox.h"

#include <QAbstractTableModel>
#include <QList>

class QTimer;

namespace Herald
{

class Database;

// The workspace's campaigns (a few hundred at most, loaded at once) with their outbox counts.
// While a campaign is sending, its counts and state are refreshed every refreshIntervalMs with
// one grouped query over the messages of the campaigns that are still moving.
class CampaignListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignListModel)

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StateColumn,
        ProgressColumn,
        QueuedColumn,
        SentColumn,
        DeliveredColumn,
        FailedColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawValueRole, // name, kind, state, progress (0–1000), counts as numbers: for sorting
        StateRole, // the campaigns.state value
        ProgressRole, // per mille of recipients whose message is settled, -1 before launch
    };

    explicit CampaignListModel(QObject* parent = nullptr);
    ~CampaignListModel() override;

    // The database of the GUI thread, or null; reloads.
    void setDatabase(Database* database);
    void reload();
    // Reads the counts and states of campaigns that are sending (or were asked to be).
    void refreshActive();
    void setRefreshInterval(int ms);

    Campaign campaignAt(int row) const;
    OutboxCounts countsAt(int row) const;
    int rowOf(qint64 id) const;

    // Recipients waiting to be handed over (pending, claimed, submitted), with the provider
    // (accepted, sent), delivered, and failed (failed, undelivered).
    static qint64 queuedOf(const OutboxCounts& c);
    static qint64 sentOf(const OutboxCounts& c);
    static qint64 failedOf(const OutboxCounts& c);
    // Per mille of rows that are final (delivered, failed, undelivered, skipped, cancelled,
    // unknown) or handed over, of all rows; -1 without rows.
    static int progressOf(const OutboxCounts& c);
    static QString kindText(bool marketing);
    static QString stateText(const QString& state);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    struct Row
    {
        Campaign campaign;
        OutboxCounts counts;
    };
    Result<QHash<qint64, OutboxCounts>> readCounts(const QList<qint64>& ids) const;
    void updateTimer();

    Database* m_database = nullptr;
    QList<Row> m_rows;
    QTimer* m_timer;
};

} // namespace Herald
