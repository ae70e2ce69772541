// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

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
    // Seconds during which the provider refuses a repeated idempotency key (SMSAPI: 24 h). Within
    // it, re-sending an ambiguous message with the same attemptKey is safe: the answer is either a
    // fresh acceptance or SendResult::duplicate (the earlier attempt was accepted). 0 = no key.
    int idempotencyWindowSeconds = 0;
    // Polled delivery reports and replies are handed out only once (Infobip): whoever calls
    // pollStatuses / pollInbound must persist every message of a page, whatever campaign it
    // belongs to, before acting on it or asking for the next page. Nothing can fetch them again.
    bool readOncePolling = false;
    // The provider's listing limit (Plivo: 20 requests/min): space polling requests at least this
    // far apart. 0 = no documented limit.
    int minPollIntervalMs = 0;
    // How old a request must be before a lookup that does not find it answers Absent rather than
    // Unsure, because the provider's listing may lag behind its send endpoint. 0 = at once.
    int lookupSettleMs = 0;
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
    // The account's options (provider_accounts.options, never secret): ids such as Plivo's
    // auth_id or Vonage's api_key, and the generic HTTP provider's request description.
    QJsonObject options;
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
    // Accepted because the provider refused a repeated idempotency key (SMSAPI error 53): an
    // earlier attempt with this attemptKey was accepted. providerId may then be empty.
    bool duplicate = false;
};

// A message as the provider reports it (outbound or inbound).
struct ProviderMessage
{
    QString id;
    QString direction; // "outbound-api", "inbound", …
    QString from;
    QString to;
    QString body;
    // Twilio's words, which the outbox understands: queued, accepted, sending, sent, delivered,
    // undelivered, failed, canceled, received. Adapters of other providers translate into them and
    // leave it empty for a word with no safe equivalent (never "delivered" by guess).
    QString status;
    QString providerStatus; // the provider's own word when it differs from status (DELIVERED_TO_HANDSET…)
    QString clientRef; // our attempt key as the provider echoes it (Vonage client_ref…), else empty
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

// The answer of a credentials check ("Test connection"): nothing is sent.
struct ConnectionCheck
{
    bool ok = false;
    QString detail; // what was checked, or why it failed, in words for the user
    int httpStatus = 0;
    SendOutcome errorClass = SendOutcome::Transient; // when !ok: AccountProblem = bad credentials/funds
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
    using CheckCallback = std::function<void(const ConnectionCheck&)>;

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
    // With GatewayCapabilities::readOncePolling (Infobip) both polls consume what they return: the
    // caller persists every message of a page before it acts on it or asks for the next one.
    virtual void pollInbound(const QDate& since, const QString& page, PageCallback done) = 0;

    // Checks that the account's credentials are accepted, without sending anything. The default
    // asks for the first page of today's statuses; adapters without status polling override it
    // with a read-only call of their API (balance, profile…).
    virtual void testConnection(CheckCallback done);

    // The outcome class of an HTTP answer without a usable body, shared by adapters.
    static SendOutcome classifyHttpStatus(int httpStatus);

protected:
    // One answer of a provider, read once from its reply by readAnswer().
    struct HttpAnswer
    {
        int httpStatus = 0; // 0 when no HTTP answer arrived (refused, reset, timed out…)
        QByteArray body;
        QJsonDocument json; // null when the body is not JSON
        QString jsonError; // why the body is not JSON, when it is not
        int retryAfterMs = -1; // from Retry-After (seconds or an HTTP date); -1 when absent
        SendOutcome networkOutcome = SendOutcome::Ambiguous; // when httpStatus == 0
        QString networkErrorCode; // when httpStatus == 0: "timeout", "connection-closed"…
        QString errorString; // the network layer's words

        bool isSuccess() const
        {
            return httpStatus >= 200 && httpStatus < 300;
        }
        QJsonObject object() const
        {
            return json.object();
        }
    };

    // Everything an adapter needs from a finished reply; schedules the reply's deletion.
    static HttpAnswer readAnswer(QNetworkReply* reply);
    // A send that got no HTTP answer: Transient when nothing can have reached the provider,
    // Ambiguous otherwise (timeouts, resets, a refused re-send).
    static SendResult networkFailure(const HttpAnswer& answer);
    // A request with the shared settings: JSON accepted, transfer timeout, no redirects (a
    // redirect would carry credentials elsewhere). Headers with credentials are the caller's.
    static QNetworkRequest baseRequest(const QUrl& url, int timeoutMs);
    // Sends body with verb ("POST", or "GET" for a query-string send) as a stream that cannot be
    // rewound. QNetworkAccessManager silently sends a request again when its connection closes
    // before any answer; for a send that would be a second SMS. A body that cannot rewind turns
    // that re-send into ContentReSendError instead: an ambiguous outcome that lookup settles.
    static QNetworkReply* sendOnce(
        QNetworkAccessManager* network, QNetworkRequest request, const QByteArray& verb, const QByteArray& body);
    // application/x-www-form-urlencoded with every reserved character escaped ("+" → "%2B").
    static QByteArray encodeForm(const QList<std::pair<QString, QString>>& fields);
    // base with path (percent-encoded where needed) appended to its own path, one slash between,
    // and query as the query.
    static QUrl joinUrl(const QUrl& base, const QString& path, const QUrlQuery& query = QUrlQuery());
    // A provider's "next page" link reduced to its path and query on base's host, so that a page
    // link can never send our credentials to another host.
    static QUrl sameHostLink(const QUrl& base, const QString& link);
    // "+48600100200" → "48600100200": the form most providers want in "to".
    static QString digitsOnly(const QString& number);
    // "48600100200" → "+48600100200": numbers as the rest of Herald stores them (E.164).
    static QString toE164(const QString& number);
    // An ISO-8601-like time as providers write it, in UTC: "2023-08-01T16:10:00.000+0530",
    // "2017-05-22 21:36:14+05:30", "2019-06-28T15:30:00Z", fractions of any length; a time
    // without an offset is taken as UTC. Invalid when unreadable.
    static QDateTime parseProviderTime(const QString& text);
    // Whether a request sent at notBefore is old enough for a listing that lacks it to prove that
    // the provider never took it (see GatewayCapabilities::lookupSettleMs).
    static bool settled(const QDateTime& notBefore, int settleMs);
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::SendResult)
Q_DECLARE_METATYPE(Herald::ProviderMessage)
