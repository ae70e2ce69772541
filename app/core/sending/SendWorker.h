// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountAccess.h"
#include "Outbox.h"
#include "Poller.h"
#include "TokenBucket.h"
#include "providers/ProviderAccount.h"
#include "providers/SmsGateway.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Herald
{

class Database;

// Tuning of a SendWorker; the defaults suit a desktop on a home connection.
struct SendOptions
{
    // Concurrent requests. One QNetworkAccessManager opens at most 6 connections to a host, so
    // the worker spreads requests over ceil(window / 6) managers, each with its own connections.
    int window = 24;
    int claimBatch = 500; // rows claimed per transaction
    int requestTimeoutMs = 15000;
    int maxAttempts = 5; // requests per row before it is given up as failed
    int backoffBaseMs = 500; // first retry delay; doubles per attempt, with jitter
    int backoffMaxMs = 30000;
    int lookupDelayMs = 1000; // wait before settling an ambiguous send by lookup
    int stormThreshold = 20; // consecutive transient/ambiguous failures that pause the campaign
    int flushIntervalMs = 100; // results are committed in batches at most this late
    int progressIntervalMs = 200;
    double rateOverride = -1; // messages/s; < 0: the account's rate; 0: no limit
    double segmentRateOverride = -1; // segments/s; < 0: the account's; 0: no limit
    bool pollStatusesAfterSending = false;
    int statusPollIntervalMs = 2000;
    int statusPollDeadlineMs = 60000; // stop polling this long after sending finished
};

// Sends campaigns from the outbox (DESIGN §4). Lives on its own QThread (see SendService) with
// its own QNetworkAccessManager and a Durability::Full connection, and never blocks: rate limits,
// retries and backoff are QTimers. Talks to the outside only through its signals, all of value
// types, so that they can cross threads queued.
//
// One campaign runs at a time; starting another while one runs queues it.
class SendWorker final : public QObject
{
    Q_OBJECT

public:
    SendWorker(QString workspacePath, SendOptions options, QObject* parent = nullptr);
    ~SendWorker() override;
    Q_DISABLE_COPY_MOVE(SendWorker)

    // Call on the worker's thread (SendService queues them there).
    void startCampaign(qint64 campaignId, const AccountAccess& access);
    void pauseCampaign(qint64 campaignId);
    void cancelCampaign(qint64 campaignId);
    // One round of delivery-status polling for a campaign, without sending.
    void pollStatuses(qint64 campaignId, const AccountAccess& access);
    // Replies and delivery reports of these accounts (Poller), polled beside sending on this
    // thread: continuously every options.intervalMs, or one round now. A STOP among the replies
    // withdraws the recipient's rows this worker holds before their requests leave.
    void startPolling(const QList<Herald::PollAccount>& accounts, const Herald::PollOptions& options);
    void stopPolling();
    void pollOnce(const QList<Herald::PollAccount>& accounts, const Herald::PollOptions& options);

signals:
    void progressChanged(qint64 campaignId, const Herald::OutboxCounts& counts);
    // Nothing is pending, claimed or submitted any more; state is "completed" or "cancelled".
    void campaignFinished(qint64 campaignId, const QString& state, const Herald::OutboxCounts& counts);
    // Stopped with nothing in flight; reason is empty when the user asked for the pause.
    void campaignPaused(qint64 campaignId, const QString& reason);
    // Delivery-status polling ended: every row is final, or the deadline passed.
    void statusPollingFinished(qint64 campaignId, const Herald::OutboxCounts& counts);
    // The provider refused a recipient who had unsubscribed there (Twilio 21610).
    void recipientOptedOut(qint64 campaignId, const QString& phone);
    void logLine(const QString& line);
    // A polling round ended (startPolling() / pollOnce()).
    void pollRoundFinished(const Herald::PollSummary& summary);

private:
    enum class Phase
    {
        Idle,
        Reconciling,
        Sending,
        Stopping, // draining in-flight requests before a pause or cancel
        Polling,
    };
    struct Retry
    {
        OutboxRow row;
        qint64 notBeforeMs = 0;
        bool needsSubmit = false; // the row is unknown in the database and must be marked again
    };

    Result<void> ensureOpen();
    Result<void> prepare(qint64 campaignId, const AccountAccess& access);
    void reconcile();
    void handleLookupDone(const OutboxRow& row, const LookupResult& result, bool reconciling);
    void pump();
    bool arm();
    void send(OutboxRow row);
    void handleSendDone(OutboxRow row, const SendResult& result);
    void scheduleLookup(const OutboxRow& row);
    void scheduleRetry(const OutboxRow& row, qint64 delayMs, bool needsSubmit);
    void schedulePump(qint64 delayMs);
    void scheduleFlush();
    bool flush();
    void noteFailure(const SendResult& result);
    void pauseWithReason(const QString& reason);
    void maybeFinishStopping();
    void maybeFinishSending();
    void finishCampaign(const QString& state);
    void startPollingRound();
    void handleStatusPage(const MessagePage& page);
    void emitProgress(bool force);
    void log(const QString& line);
    qint64 nowMs() const
    {
        return m_clock.elapsed();
    }
    qint64 backoffMs(int attempt);
    void startNextQueued();
    void startSending();
    void reconcileNext();
    void finishPolling();
    void reset();
    Result<void> ensurePoller(const QList<PollAccount>& accounts, const PollOptions& options);
    void withdrawRecipient(const QString& phone);
    // Settling with an idempotency key (SMSAPI idx + check_idx): a row whose request may have
    // reached the provider is sent again with its existing attempt key, which is either accepted
    // now or refused as a duplicate (= accepted before). Returns false, and the row stays unknown,
    // when the provider has no key, the key's window has (nearly) passed or the re-sends ran out.
    bool resendWithSameKey(const OutboxRow& row, bool now);
    bool keyInDoubt(qint64 rowId) const
    {
        return m_keyedInDoubt.contains(rowId);
    }
    // Unix seconds when the row's attempt key was issued (its claim), which bounds the key's first use.
    qint64 keyIssuedAt(const OutboxRow& row) const;
    qint64 lookupDelayMs() const;

    QString m_path;
    SendOptions m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Outbox> m_outbox;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<SmsGateway> m_gateway;
    // Sends go to the least busy of these: m_gateway first, then one per extra network manager.
    struct Sender
    {
        QPointer<SmsGateway> gateway;
        int inFlight = 0;
    };
    QList<QNetworkAccessManager*> m_extraNetworks;
    QList<Sender> m_senders;
    QTimer* m_pumpTimer = nullptr;
    QTimer* m_flushTimer = nullptr;
    QTimer* m_pollTimer = nullptr;
    Poller* m_poller = nullptr; // replies and delivery reports of every account, on this thread
    QElapsedTimer m_clock;

    Phase m_phase = Phase::Idle;
    qint64 m_campaignId = 0;
    ProviderAccount m_account;
    AccountAccess m_access;
    QList<std::pair<qint64, AccountAccess>> m_queued;
    TokenBucket m_messageBucket;
    TokenBucket m_segmentBucket;
    static constexpr int MaxArmed = 128; // rows marked "submitted" per commit, ahead of their requests
    QList<OutboxRow> m_ready; // claimed, in line
    QList<OutboxRow> m_armed; // marked submitted, request not sent yet
    QList<Retry> m_retries; // submitted or unknown, waiting for notBeforeMs
    QList<OutboxUpdate> m_results; // not yet committed
    int m_lookupsScheduled = 0; // waiting for lookupDelayMs
    bool m_outboxExhausted = false;
    int m_inFlight = 0;
    int m_lookupsInFlight = 0;
    int m_reconcileQueue = 0;
    QList<OutboxRow> m_toReconcile;
    qint64 m_blockedUntilMs = 0;
    int m_consecutiveFailures = 0;
    bool m_cancelRequested = false;
    QString m_pauseReason;
    qint64 m_lastProgressMs = -1;
    qint64 m_pollDeadlineMs = 0;
    QHash<QString, qint64> m_awaiting;
    QString m_pollPage;
    QDate m_pollSince;
    bool m_pollOnly = false;
    // Rows settled by re-sending with the same key (resendWithSameKey): they may have reached the
    // provider, so they never go back to pending (a new claim would issue a new key).
    struct KeyedResend
    {
        qint64 keyIssuedAt = 0; // unix seconds
        int resends = 0;
    };
    QHash<qint64, KeyedResend> m_keyedInDoubt;
};

} // namespace Herald
