// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace Herald
{

// What an adapter can do; the worker plans around it (DESIGN §5).
struct GatewayCapabilities
{
    bool bulkSend = false; // several recipients per request
    bool idempotencyKey = false; // the provider refuses a repeated client key (SMSAPI check_idx)
    bool statusPolling = false; // delivery states can be pulled
    bool inboundPolling = false; // replies can be pulled
    double defaultRatePerSecond = 0; // messages/s when the account sets none; 0 = no limit
};

// Credentials as values, handed in by whoever holds them (the keychain, an environment
// variable). Adapters put them on the wire and nowhere else: never logged, never stored.
struct ProviderCredentials
{
    QString accountId; // Twilio Account SID (AC…): part of every path
    QString keyId; // Twilio API key SID (SK…) when an API key is used instead of the auth token
    QString secret; // auth token or API key secret

    QString basicUser() const
    {
        return keyId.isEmpty() ? accountId : keyId;
    }
};

// Where and as whom an adapter talks.
struct GatewayConfig
{
    QUrl baseUrl; // e.g. https://api.twilio.com, or the Simulator's http://127.0.0.1:PORT
    QString sender; // From
    ProviderCredentials credentials;
    int timeoutMs = 15000; // per request; a send that times out is ambiguous, never "failed"
};

// One message to hand to the provider.
struct OutgoingMessage
{
    qint64 messageId = 0; // our outbox row
    QString to; // E.164
    QString body;
    QString attemptKey; // committed before the request; sent along where the API has a place for it
    int segments = 1;
};

// How a request ended, as far as the sending logic cares.
enum class SendOutcome
{
    Accepted, // the provider has the message: providerId is set
    RateLimited, // refused unprocessed (HTTP 429): safe to retry after retryAfterMs or a backoff
    Transient, // refused unprocessed for a passing reason (connection refused…): retry later
    Ambiguous, // may or may not have been taken (timeout, dropped connection, 5xx, unreadable
               // answer): settle by lookup before any retry, never resend blindly
    Permanent, // this message can never succeed (invalid number, body too long…)
    RecipientOptedOut, // the recipient unsubscribed at the provider (Twilio 21610)
    AccountProblem, // credentials, funds or a suspended account: pause the campaign and tell the user
};

QString sendOutcomeName(SendOutcome outcome);

struct SendResult
{
    SendOutcome outcome = SendOutcome::Ambiguous;
    QString providerId;
    QString providerStatus; // "queued", "accepted"…
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString errorCode; // provider's code ("21211") or a network error name
    QString errorMessage;
    int retryAfterMs = -1; // from Retry-After; -1 when absent
};

// A message as the provider reports it (outbound or inbound).
struct ProviderMessage
{
    QString id;
    QString direction; // "outbound-api", "inbound", …
    QString from;
    QString to;
    QString body;
    QString status; // provider's own word: queued, sent, delivered, undelivered, failed, received…
    QString errorCode;
    QString errorMessage;
    int segments = 0;
    QDateTime createdAt; // UTC
    QDateTime sentAt; // UTC; invalid until sent
    QDateTime updatedAt; // UTC
    QString price; // as the provider wrote it ("-0.00750"), may lag behind the status
    QString priceUnit;

    bool isInbound() const
    {
        return direction == QStringLiteral("inbound");
    }
};

// What to look for when settling an ambiguous send: by provider id when one is known, else
// by recipient + body + time (Twilio has no client reference).
struct LookupQuery
{
    QString providerId;
    QString to;
    QString body;
    QString attemptKey;
    QDateTime notBefore; // UTC: the earliest moment the request could have been received
};

struct LookupResult
{
    enum class Status
    {
        Found, // the provider has it: message is set
        Absent, // the provider answered and definitely has no such message
        Unsure, // no usable answer: keep the row unknown
    };
    Status status = Status::Unsure;
    ProviderMessage message;
    QString errorMessage;
};

// One page of a message listing; pass nextPage back to get the following one.
struct MessagePage
{
    bool ok = false;
    QList<ProviderMessage> messages;
    QString nextPage; // opaque; empty on the last page
    QString errorMessage;
    int httpStatus = 0;
    SendOutcome errorClass = SendOutcome::Transient; // when !ok: AccountProblem means "pause and ask"
};

// A provider's HTTP API behind one interface. Implementations are asynchronous (QNetworkAccessManager,
// never a blocking call) and belong to the thread that created them, like their network manager.
// Each callback is called exactly once, on that thread, unless the gateway is destroyed first.
class SmsGateway : public QObject
{
    Q_OBJECT

public:
    using SendCallback = std::function<void(const SendResult&)>;
    using LookupCallback = std::function<void(const LookupResult&)>;
    using PageCallback = std::function<void(const MessagePage&)>;

    explicit SmsGateway(QObject* parent = nullptr)
        : QObject(parent)
    {
    }
    ~SmsGateway() override = default;
    Q_DISABLE_COPY_MOVE(SmsGateway)

    virtual QString providerName() const = 0;
    virtual GatewayCapabilities capabilities() const = 0;

    virtual void send(const OutgoingMessage& message, SendCallback done) = 0;
    // Settles an ambiguous send (DESIGN §4): never sends anything.
    virtual void lookup(const LookupQuery& query, LookupCallback done) = 0;
    // Outbound messages sent on or after since (day granularity where the API has no finer
    // filter), a page at a time, as many per request as the API allows.
    virtual void pollStatuses(const QDate& since, const QString& page, PageCallback done) = 0;
    // Messages received on our number on or after since, a page at a time.
    virtual void pollInbound(const QDate& since, const QString& page, PageCallback done) = 0;

    // The outcome class of an HTTP answer without a usable body, shared by adapters.
    static SendOutcome classifyHttpStatus(int httpStatus);
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::SendResult)
Q_DECLARE_METATYPE(Herald::ProviderMessage)
