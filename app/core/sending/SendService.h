// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SendWorker.h"

#include <QObject>
#include <QThread>

namespace Herald
{

// The handle of a SendWorker on its own thread: what the GUI and the CLI hold. Calls are queued
// to the worker; its signals arrive here queued, as value types. Destroying the handle quits
// the thread and waits for it (requests still in flight are abandoned; their rows stay
// "submitted" and are settled by lookup on the next start).
class SendService final : public QObject
{
    Q_OBJECT

public:
    explicit SendService(
        const QString& workspacePath, const SendOptions& options = SendOptions(), QObject* parent = nullptr);
    ~SendService() override;
    Q_DISABLE_COPY_MOVE(SendService)

    void start(qint64 campaignId, const AccountAccess& access);
    void resume(qint64 campaignId, const AccountAccess& access)
    {
        start(campaignId, access);
    }
    void pause(qint64 campaignId);
    void cancel(qint64 campaignId);
    void pollStatuses(qint64 campaignId, const AccountAccess& access);
    // Replies and delivery reports of accounts, on the worker's thread (SendWorker::startPolling).
    void startPolling(const QList<Herald::PollAccount>& accounts, const Herald::PollOptions& options);
    void stopPolling();
    void pollOnce(const QList<Herald::PollAccount>& accounts, const Herald::PollOptions& options);

signals:
    void progressChanged(qint64 campaignId, const Herald::OutboxCounts& counts);
    void campaignFinished(qint64 campaignId, const QString& state, const Herald::OutboxCounts& counts);
    void campaignPaused(qint64 campaignId, const QString& reason);
    void statusPollingFinished(qint64 campaignId, const Herald::OutboxCounts& counts);
    void recipientOptedOut(qint64 campaignId, const QString& phone);
    void logLine(const QString& line);
    void pollRoundFinished(const Herald::PollSummary& summary);

private:
    QThread m_thread;
    SendWorker* m_worker; // lives on m_thread, deleted there when it finishes
};

} // namespace Herald
