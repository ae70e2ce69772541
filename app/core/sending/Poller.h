// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountAccess.h"
#include "InboundProcessor.h"
#include "Outbox.h"
#include "providers/ProviderAccount.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace Herald
{

class Database;

// An account to poll and how to reach it (its secret, a Simulator's address).
struct PollAccount
{
    qint64 accountId = 0;
    AccountAccess access;
};

struct PollOptions
{
    // Between the end of a round and the start of the next when polling continuously. A STOP
    // takes effect within one round, so this is the opt-out latency (reliability C1).
    int intervalMs = 30000;
    // Delivery statuses are read every n-th round (inbound every round).
    int statusEveryRounds = 4;
    // Delivery reports are polled for messages accepted this many days ago at most; older rows
    // still not final become "unknown" (error code "status-expired"): providers stop reporting.
    int statusWindowDays = 7;
    int requestTimeoutMs = 15000;
    int maxPagesPerRound = 1000; // per account and listing, against a provider that never ends
    int maxReplyAttempts = 3; // requests for one automatic answer before it is given up
    int maxRepliesPerRound = 200;
    InboundOptions inbound;
};

// What one round did, over all accounts.
struct PollSummary
{
    int accounts = 0; // accounts polled
    int statusesUpdated = 0; // rows whose state moved on (sent, delivered, undelivered, failed…)
    int expired = 0; // rows that became unknown after the 7-day window
    int statusRequests = 0; // list pages read for statuses
    int inboundRequests = 0; // list pages read for replies
    InboundSummary inbound; // replies stored, opt-outs, re-subscribes, help answers…
    int repliesSent = 0; // automatic answers accepted by the provider
    QStringList errors;

    // {"accounts", "statuses_updated", "expired", "status_requests", "inbound_requests",
    //  "replies_stored", "duplicates", "opt_outs", "resubscribes", "help_replies",
    //  "confirmations", "cancelled", "replies_sent", "errors": [..]}
    QJsonObject toJson() const;
};

// Polls replies and delivery reports of every account it is given (DESIGN §4), on the thread
// of the SendWorker that owns it and with that worker's Durability::Full connection, beside
// sending and never blocking. One round, account by account:
//   1. replies: pollInbound() pages since the day before the last complete round (the first
//      time: the status window), each page stored and acted on in one transaction by
//      InboundProcessor, before the next page is asked for (read-once providers);
//   2. delivery statuses (every statusEveryRounds-th round): rows older than the window are
//      expired, then pollStatuses() list pages since the day the oldest unsettled row was
//      accepted, mapped to rows by provider id, until every awaited id was seen or the listing
//      ends (Twilio: 1,000 messages a request, never one request per message);
//   3. automatic answers queued by the replies (opt-out confirmations, help texts): one-off
//      outbox rows sent one at a time with the outbox's claim → submitted → outcome states;
//      rows a crash left submitted are settled by lookup first, never resent blindly.
// recipientOptedOut() tells the worker at once, so that rows it holds are withdrawn too.
class Poller final : public QObject
{
    Q_OBJECT

public:
    explicit Poller(Database& database, QObject* parent = nullptr);
    ~Poller() override;
    Q_DISABLE_COPY_MOVE(Poller)

    // Replaces the accounts polled, from the next round on (a running round finishes first).
    void setAccounts(const QList<PollAccount>& accounts);
    void setOptions(const PollOptions& options);
    const PollOptions& options() const
    {
        return m_options;
    }

    // Continuous polling: a round now, then one intervalMs after each round ends.
    void start();
    void stop();
    bool isPolling() const
    {
        return m_continuous;
    }
    // One round now, statuses included (after the running one, if any).
    void pollOnce();

signals:
    void roundFinished(const Herald::PollSummary& summary);
    void recipientOptedOut(const QString& phone);
    void logLine(const QString& line);

private:
    struct Target
    {
        PollAccount poll;
        QPointer<SmsGateway> gateway;
        qint64 lastRequestMs = -1;
    };

    void startRound(bool withStatuses);
    void nextAccount();
    void finishRound();
    void beginInbound();
    void requestInbound(const QString& page);
    void handleInboundPage(const MessagePage& page);
    void beginStatuses();
    void requestStatuses(const QString& page);
    void handleStatusPage(const MessagePage& page);
    void beginReplies();
    void nextReplyLookup();
    void sendNextReply();
    void handleReplySent(const OutboxRow& row, const SendResult& result);
    // Runs request now, or when the provider's minimum spacing of polling requests allows.
    void throttled(const std::function<void()>& request);
    void fail(const QString& message);
    void log(const QString& line);
    QDate inboundSince() const;
    void saveInboundDay(const QDate& day);

    Database& m_database;
    Outbox m_outbox;
    QNetworkAccessManager* m_network = nullptr;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    PollOptions m_options;
    QList<Target> m_targets;
    std::optional<QList<PollAccount>> m_nextAccounts; // set while a round runs

    bool m_continuous = false;
    bool m_roundRunning = false;
    bool m_roundAgain = false;
    bool m_againWithStatuses = false;
    int m_rounds = 0;
    PollSummary m_summary;
    bool m_withStatuses = false;
    QList<qint64> m_queue; // account ids still to poll this round
    int m_currentIndex = -1; // into m_targets
    ProviderAccount m_account;
    qint64 m_defaultAccountId = 0;
    int m_pages = 0;
    QDate m_since;
    QDate m_roundDay;
    QHash<QString, qint64> m_awaiting;
    QSet<QString> m_seen;
    QList<OutboxRow> m_replyLookups;
    int m_repliesThisRound = 0;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::PollSummary)
