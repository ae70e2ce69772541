// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace Herald
{

// A stand-in for Twilio on 127.0.0.1 (DESIGN §5): the subset of the Messages API that Herald
// uses, a realistic lifecycle, replies, and faults on demand. It is the default account of a new
// workspace, the backbone of the sending tests, and `herald-cli simulator`.
//
// Endpoints (Basic auth with any AC… SID, or the configured secret when Options::secret is set):
//   POST /2010-04-01/Accounts/{Sid}/Messages.json   form: To, From, Body → 201 Message
//   GET  /2010-04-01/Accounts/{Sid}/Messages.json   To, From, DateSent, DateSent<, DateSent>,
//                                                    PageSize (≤1000), PageToken; newest first
//   GET  /2010-04-01/Accounts/{Sid}/Messages/{Sid}.json
//   GET  /_simulator/ledger.json                     accepted messages and request counters
//   GET  /_simulator/stats.json                      the counters alone (cheap to poll)
//   POST /_simulator/profile                         form: name=PROFILE (switch faults at run time)
//
// Lifecycle of an accepted message: queued → sent after latency → delivered after more latency,
// except by the last two digits of To:
//   …91  refused at create: 400, code 21211 (invalid To)
//   …92  refused at create: 400, code 21610 (recipient replied STOP earlier)
//   …93  queued → sent → undelivered, error 30003 (unreachable handset)
//   …94  queued → failed, error 30008 (unknown error), never sent
// Delivered recipients reply with probability Options::replyRate, "STOP" with probability
// Options::stopRate among those, otherwise a short free text; replies are inbound Message records
// (direction inbound, status received, From = the recipient, To = our sender).
//
// Fault profiles apply to every Options::faultEvery-th create request (and only to creates):
//   none              no faults
//   5xx               500, code 20500; the message is NOT created
//   429               429, code 20429, Retry-After: Options::retryAfterSeconds; NOT created. A create
//                     that arrives while that Retry-After runs is refused again and counted in
//                     earlyRequests() (a client that honours Retry-After causes none)
//   slow              created, answered after Options::slowDelayMs (beyond a client's timeout)
//   accept-then-drop  created, then the connection is closed without an answer
//   garbage           created, answered 201 with a body that is not JSON
//   reset             the connection is reset (TCP RST) before the message is created
//   suspended         403, code 20005 (account not active); NOT created
//   no-funds          402, code 10001 (account not active: no balance left); NOT created
//
// Options::rateLimit enforces a provider-side limit on creates, "rateLimit per second" read as a
// token bucket of rateLimit per second holding at most Options::rateBurst (by default one second's
// worth, so a client keeping to the rate on average is never refused for the jitter of its
// requests, and one that goes faster for long is); a create beyond it gets 429, code 20429,
// Retry-After: 1, is NOT created and is counted in rateLimitedCount() (a client that keeps to the
// limit causes none).
class Simulator final : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        ServerError,
        TooManyRequests,
        Slow,
        AcceptThenDrop,
        Garbage,
        ConnectionReset,
        AccountSuspended,
        NoFunds,
    };

    struct Options
    {
        Fault fault = Fault::None;
        int faultEvery = 3; // every n-th create request is faulty (n ≥ 1)
        int retryAfterSeconds = 1;
        int slowDelayMs = 3000;
        int sendLatencyMinMs = 50; // queued → sent
        int sendLatencyMaxMs = 300;
        int deliveryLatencyMinMs = 100; // sent → delivered/undelivered
        int deliveryLatencyMaxMs = 700;
        double replyRate = 0.05;
        double stopRate = 0.3;
        int replyDelayMs = 500;
        QString secret; // when set, Basic auth must carry it (else 401, code 20003)
        double rateLimit = 0; // creates per second; 0: no limit
        double rateBurst = 0; // creates saved up at most; 0: one second of rateLimit, at least 2
        quint32 seed = 20261123;
    };

    // One accepted create request, as the ledger records it.
    struct LedgerEntry
    {
        QString sid;
        QString to;
        QString from;
        QString body;
        QString attemptKey; // the I-Twilio-Idempotency-Token header, if sent
        qint64 receivedAtMs = 0;
    };

    // The last request seen, for tests that check the shape of what the client sends.
    struct RequestRecord
    {
        QByteArray method;
        QString path;
        QList<std::pair<QString, QString>> form; // decoded form fields of a POST
        QList<std::pair<QString, QString>> query;
        QByteArray authorization;
        QByteArray contentType;
    };

    static QStringList profileNames();
    static std::optional<Fault> faultFromName(const QString& name);
    static QString faultName(Fault fault);

    explicit Simulator(QObject* parent = nullptr);
    explicit Simulator(const Options& options, QObject* parent = nullptr);
    ~Simulator() override;
    Q_DISABLE_COPY_MOVE(Simulator)

    // Listens on 127.0.0.1 only; port 0 picks a free port. Returns the base URL.
    Result<QUrl> start(quint16 port = 0);
    QUrl url() const
    {
        return m_url;
    }

    void setFault(Fault fault);
    Fault fault() const
    {
        return m_options.fault;
    }
    const Options& options() const
    {
        return m_options;
    }

    const QList<LedgerEntry>& ledger() const
    {
        return m_ledger;
    }
    QJsonObject ledgerJson() const;
    // Counters without the messages: requests by kind, faults, 429s, recipients, duplicates.
    QJsonObject statsJson() const;
    int requestCount() const
    {
        return m_requests;
    }
    int createRequestCount() const
    {
        return m_creates;
    }
    int earlyRequests() const
    {
        return m_earlyRequests;
    }
    int rateLimitedCount() const
    {
        return m_rateLimited;
    }
    int listRequestCount() const
    {
        return m_listRequests;
    }
    int fetchRequestCount() const
    {
        return m_fetchRequests;
    }
    // Recipients who were sent more than one message.
    int duplicateRecipients() const
    {
        return m_duplicates;
    }
    const RequestRecord& lastRequest() const
    {
        return m_lastRequest;
    }
    QList<qint64> createRequestTimesMs() const
    {
        return m_createTimesMs;
    }

signals:
    void messageAccepted(const QString& sid, const QString& to);

private:
    struct StoredMessage
    {
        qint64 ordinal = 0;
        QString sid;
        bool inbound = false;
        QString from;
        QString to;
        QString body;
        int segments = 1;
        qint64 createdMs = 0;
        qint64 sentMs = 0; // when it leaves "queued" (for failed: when it fails)
        qint64 finalMs = 0;
        QString finalStatus; // delivered, undelivered, failed
        int errorCode = 0;
    };
    struct PendingReply
    {
        qint64 dueMs = 0;
        QString from;
        QString to;
        QString body;
    };

    void handleRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleCreate(const QString& accountSid, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleList(const QString& accountSid, const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void handleFetch(const QString& accountSid, const QString& sid, QHttpServerResponder&& responder);
    bool authorized(const QString& accountSid, const QHttpServerRequest& request) const;
    bool takeRateToken(qint64 nowMs);

    StoredMessage& createOutbound(const QString& from, const QString& to, const QString& body, const QString& key);
    void materialiseReplies(qint64 nowMs);
    QJsonObject messageJson(const StoredMessage& m, const QString& accountSid, qint64 nowMs) const;
    QString newSid();

    Options m_options;
    std::unique_ptr<QHttpServer> m_server;
    QUrl m_url;
    QRandomGenerator m_random;
    QList<StoredMessage> m_messages; // in creation order; ordinal = index + 1
    QHash<QString, qsizetype> m_bySid;
    QList<PendingReply> m_pendingReplies; // in due order
    QList<LedgerEntry> m_ledger;
    QList<qint64> m_createTimesMs;
    RequestRecord m_lastRequest;
    // Answers held back by the slow profile; released before the server goes away.
    std::vector<std::unique_ptr<QHttpServerResponder>> m_deferred;
    QHash<QString, int> m_sentTo; // accepted creates per recipient
    qint64 m_cooldownUntilMs = 0;
    double m_rateTokens = -1; // < 0: full
    qint64 m_rateRefilledMs = 0;
    int m_requests = 0;
    int m_creates = 0;
    int m_earlyRequests = 0;
    int m_faults = 0;
    int m_rateLimited = 0;
    int m_listRequests = 0;
    int m_fetchRequests = 0;
    int m_duplicates = 0;
};

} // namespace Herald
