// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/CampaignRepository.h"
#include "sending/Outbox.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Herald
{

class Database;

// One campaign, live: its state, progress and counts (queued, sent, delivered, failed, unknown,
// skipped, cancelled), the log of errors with the provider's codes, the replies that came in,
// and the buttons that fit its state (edit, check and launch, test, pause, resume, cancel,
// retry failed). The pane does what the buttons ask.
class CampaignMonitor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignMonitor)

public:
    explicit CampaignMonitor(QWidget* parent = nullptr);
    ~CampaignMonitor() override;

    void setDatabase(Database* database);
    // 0: nothing shown.
    void setCampaign(qint64 campaignId);
    qint64 campaignId() const
    {
        return m_campaignId;
    }
    // Reads the campaign, its counts, errors and replies again.
    void refresh();

    const Campaign& campaign() const
    {
        return m_campaign;
    }
    const OutboxCounts& counts() const
    {
        return m_counts;
    }
    // The count shown for a key: queued, sent, delivered, failed, unknown, skipped, cancelled.
    qint64 shownCount(const QString& key) const;
    int errorRows() const;
    int replyRows() const;

signals:
    void editRequested(qint64 campaignId);
    void launchRequested(qint64 campaignId);
    void testSendRequested(qint64 campaignId);
    void pauseRequested(qint64 campaignId);
    void resumeRequested(qint64 campaignId);
    void cancelRequested(qint64 campaignId);
    void retryFailedRequested(qint64 campaignId);

private:
    void updateButtons();
    void loadErrors();
    void loadReplies();

    Database* m_database = nullptr;
    qint64 m_campaignId = 0;
    Campaign m_campaign;
    OutboxCounts m_counts;

    QLabel* m_titleLabel;
    QLabel* m_stateLabel;
    QLabel* m_scheduleLabel;
    QProgressBar* m_progressBar;
    QHash<QString, QLabel*> m_countLabels;
    QPushButton* m_editButton;
    QPushButton* m_launchButton;
    QPushButton* m_testButton;
    QPushButton* m_pauseButton;
    QPushButton* m_resumeButton;
    QPushButton* m_cancelButton;
    QPushButton* m_retryButton;
    QTabWidget* m_tabs;
    QPlainTextEdit* m_bodyView;
    QTableWidget* m_errorsTable;
    QTableWidget* m_repliesTable;
};

} // namespace Herald
