// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TwilioGateway.h"

#include "logging/LogCategories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrlQuery>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// Clock skew allowed between us and the provider when matching a lookup by time.
constexpr qint64 LookupSkewSeconds = 120;

// A request body that can be read only once. QNetworkAccessManager silently sends a request again
// (up to twice) when its connection closes before any answer; for a create that would be a
// second SMS. A body that cannot rewind turns that re-send into ContentReSendError, an ambiguous
// outcome that lookup settles.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override
    {
        return true;
    }
    bool reset() override
    {
        return false;
    }
    qint64 bytesAvailable() const override
    {
        return (m_data.size() - m_position) + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_position >= m_data.size()) {
            return -1;
        }
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_position);
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

QByteArray formEncode(const QList<std::pair<QString, QString>>& fields)
{
    // Percent-encode everything but the unreserved characters: a literal "+" in a form body
    // means a space, so "+4860…" must travel as "%2B4860…".
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

int retryAfterMs(const QNetworkReply* reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0) {
        return int(seconds * 1000);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid()) {
        return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
    }
    return -1;
}

// A network error without any HTTP answer: did the request possibly reach the provider?
SendOutcome classifyNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        // Nothing left this machine or nobody listened: certainly not processed.
        return SendOutcome::Transient;
    default:
        // Timeouts, resets and closes can happen after the provider took the message.
        return SendOutcome::Ambiguous;
    }
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return u"timeout"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"connection-closed"_s;
    case QNetworkReply::ConnectionRefusedError:
        return u"connection-refused"_s;
    case QNetworkReply::HostNotFoundError:
        return u"host-not-found"_s;
    default:
        return u"network-error-%1"_s.arg(int(error));
    }
}

} // namespace

TwilioGateway::TwilioGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent)
    : SmsGateway(parent)
    , m_config(std::move(config))
    , m_network(network)
{
}

TwilioGateway::~TwilioGateway() = default;

QString TwilioGateway::providerName() const
{
    return u"twilio"_s;
}

GatewayCapabilities TwilioGateway::capabilities() const
{
    GatewayCapabilities caps;
    caps.bulkSend = false; // one recipient per request
    caps.idempotencyKey = false; // nothing documented: exactly-once rests on lookup
    caps.statusPolling = true;
    caps.inboundPolling = true;
    // A US long code sends about 1 segment/s and Twilio queues the excess for up to 10 h; 10/s
    // is a cautious start for a small shop's number. Accounts set their own rate.
    caps.defaultRatePerSecond = 10;
    return caps;
}

QNetworkRequest TwilioGateway::makeRequest(const QUrl& url) const
{
    QNetworkRequest request(url);
    const QByteArray user = m_config.credentials.basicUser().toUtf8();
    const QByteArray secret = m_config.credentials.secret.toUtf8();
    // Never logged: request headers are not written anywhere by this class.
    request.setRawHeader("Authorization", "Basic " + (user + ':' + secret).toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_config.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QUrl TwilioGateway::messagesUrl(const QString& suffix) const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    const QString sid = QString::fromLatin1(QUrl::toPercentEncoding(m_config.credentials.accountId));
    url.setPath(path + u"/2010-04-01/Accounts/%1/Messages%2.json"_s.arg(sid, suffix), QUrl::StrictMode);
    return url;
}

QUrl TwilioGateway::pageUrl(const QString& relative) const
{
    // next_page_uri is relative; take only its path and query so that a page link can never
    // send our credentials to another host.
    const QUrl next(relative);
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + next.path(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

void TwilioGateway::send(const OutgoingMessage& message, SendCallback done)
{
    QNetworkRequest request = makeRequest(messagesUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!message.attemptKey.isEmpty()) {
        request.setRawHeader("I-Twilio-Idempotency-Token", message.attemptKey.toUtf8());
    }
    QList<std::pair<QString, QString>> fields {{u"To"_s, message.to}, {u"Body"_s, message.body}};
    if (!m_config.sender.isEmpty()) {
        fields.append({u"From"_s, m_config.sender});
    }
    const QByteArray form = formEncode(fields);
    request.setHeader(QNetworkRequest::ContentLengthHeader, form.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* upload = new OneShotBody(form);
    QNetworkReply* reply = m_network->post(request, upload);
    upload->setParent(reply);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        SendResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (result.httpStatus == 0) {
            result.outcome = classifyNetworkError(reply->error());
            result.errorCode = networkErrorName(reply->error());
            result.errorMessage = reply->errorString();
            done(result);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        const QJsonObject object = document.object();
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            const QString sid = object.value(u"sid"_s).toString();
            if (parseError.error != QJsonParseError::NoError || sid.isEmpty()) {
                // A success status with an unreadable body: the message probably exists, but
                // without its sid we cannot say so. Lookup decides.
                result.outcome = SendOutcome::Ambiguous;
                result.errorCode = u"unreadable-response"_s;
                result.errorMessage = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                                   : u"no sid in the response"_s;
            } else {
                result.outcome = SendOutcome::Accepted;
                result.providerId = sid;
                result.providerStatus = object.value(u"status"_s).toString();
            }
            done(result);
            return;
        }
        const int code = object.value(u"code"_s).toInt();
        result.outcome = classifyError(result.httpStatus, code);
        result.errorCode = code != 0 ? QString::number(code) : u"http-%1"_s.arg(result.httpStatus);
        result.errorMessage = object.value(u"message"_s).toString();
        if (result.errorMessage.isEmpty()) {
            result.errorMessage = reply->errorString();
        }
        result.retryAfterMs = retryAfterMs(reply);
        done(result);
    });
}

SendOutcome TwilioGateway::classifyError(int httpStatus, int twilioCode)
{
    switch (twilioCode) {
    case 21610: // the recipient replied STOP
        return SendOutcome::RecipientOptedOut;
    case 20003: // authentication
    case 20005: // account not active
    case 10001: // account not active / out of funds
    case 30002: // account suspended
        return SendOutcome::AccountProblem;
    case 20429: // too many concurrent requests: "never processed, always safe to retry"
        return SendOutcome::RateLimited;
    case 21611: // the sender's queue is full: refused, try later
        return SendOutcome::Transient;
    default:
        break;
    }
    return classifyHttpStatus(httpStatus);
}

QDateTime TwilioGateway::parseDate(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QDateTime::fromString(text, Qt::ISODate);
    }
    return when.toUTC();
}

ProviderMessage TwilioGateway::parseMessage(const QJsonObject& object)
{
    ProviderMessage m;
    m.id = object.value(u"sid"_s).toString();
    m.direction = object.value(u"direction"_s).toString();
    m.from = object.value(u"from"_s).toString();
    m.to = object.value(u"to"_s).toString();
    m.body = object.value(u"body"_s).toString();
    m.status = object.value(u"status"_s).toString();
    const QJsonValue code = object.value(u"error_code"_s);
    m.errorCode = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    m.errorMessage = object.value(u"error_message"_s).toString();
    m.segments = object.value(u"num_segments"_s).toString().toInt();
    m.createdAt = parseDate(object.value(u"date_created"_s).toString());
    m.sentAt = parseDate(object.value(u"date_sent"_s).toString());
    m.updatedAt = parseDate(object.value(u"date_updated"_s).toString());
    m.price = object.value(u"price"_s).toString();
    m.priceUnit = object.value(u"price_unit"_s).toString();
    return m;
}

void TwilioGateway::listPage(const QUrl& url, PageCallback done)
{
    QNetworkReply* reply = m_network->get(makeRequest(url));
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        MessagePage page;
        page.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(body, &parseError).object();
        if (page.httpStatus != 200 || parseError.error != QJsonParseError::NoError
            || !object.value(u"messages"_s).isArray()) {
            page.ok = false;
            page.errorClass = page.httpStatus == 0 ? SendOutcome::Transient
                                                   : classifyError(page.httpStatus, object.value(u"code"_s).toInt());
            page.errorMessage = page.httpStatus == 0 ? reply->errorString()
                : object.value(u"message"_s).toString().isEmpty()
                ? tr("HTTP %1 while listing messages").arg(page.httpStatus)
                : object.value(u"message"_s).toString();
            qCWarning(lcSending).noquote() << tr("Twilio: listing messages failed: %1").arg(page.errorMessage);
            done(page);
            return;
        }
        page.ok = true;
        const QJsonArray messages = object.value(u"messages"_s).toArray();
        page.messages.reserve(messages.size());
        for (const QJsonValue& value : messages) {
            page.messages.append(parseMessage(value.toObject()));
        }
        page.nextPage = object.value(u"next_page_uri"_s).toString();
        done(page);
    });
}

void TwilioGateway::lookup(const LookupQuery& query, LookupCallback done)
{
    if (!query.providerId.isEmpty()) {
        const QString sid = QString::fromLatin1(QUrl::toPercentEncoding(query.providerId));
        QNetworkReply* reply = m_network->get(makeRequest(messagesUrl(u"/"_s + sid)));
        connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
            reply->deleteLater();
            LookupResult result;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject object
                = QJsonDocument::fromJson(reply->isOpen() ? reply->readAll() : QByteArray()).object();
            if (status == 200 && !object.value(u"sid"_s).toString().isEmpty()) {
                result.status = LookupResult::Status::Found;
                result.message = parseMessage(object);
            } else if (status == 404) {
                result.status = LookupResult::Status::Absent;
            } else {
                result.errorMessage = reply->errorString();
            }
            done(result);
        });
        return;
    }
    // No client reference exists at Twilio: list the recipient's messages, newest first, and
    // match our body sent no earlier than the request could have arrived.
    QUrl url = messagesUrl();
    QUrlQuery q;
    q.addQueryItem(u"To"_s, QString::fromLatin1(QUrl::toPercentEncoding(query.to)));
    if (!m_config.sender.isEmpty()) {
        q.addQueryItem(u"From"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_config.sender)));
    }
    q.addQueryItem(u"PageSize"_s, QString::number(PageSize));
    url.setQuery(q);
    lookupPage(query, url, 0, std::move(done));
}

void TwilioGateway::lookupPage(const LookupQuery& query, const QUrl& url, int pagesRead, LookupCallback done)
{
    listPage(url, [this, query, pagesRead, done = std::move(done)](const MessagePage& page) mutable {
        LookupResult result;
        if (!page.ok) {
            result.errorMessage = page.errorMessage;
            done(result);
            return;
        }
        const QDateTime oldest = query.notBefore.isValid() ? query.notBefore.addSecs(-LookupSkewSeconds) : QDateTime();
        bool reachedOlder = false;
        for (const ProviderMessage& m : page.messages) {
            if (oldest.isValid() && m.createdAt.isValid() && m.createdAt < oldest) {
                reachedOlder = true;
                continue;
            }
            if (!m.isInbound() && m.to == query.to && m.body == query.body) {
                result.status = LookupResult::Status::Found;
                result.message = m;
                done(result);
                return;
            }
        }
        if (reachedOlder || page.nextPage.isEmpty()) {
            // The listing reached messages older than our request (newest first) or its end.
            result.status = LookupResult::Status::Absent;
            done(result);
            return;
        }
        if (pagesRead + 1 >= MaxLookupPages) {
            result.errorMessage = tr("Too many messages to search for this recipient.");
            done(result);
            return;
        }
        lookupPage(query, pageUrl(page.nextPage), pagesRead + 1, std::move(done));
    });
}

void TwilioGateway::pollStatuses(const QDate& since, const QString& page, PageCallback done)
{
    QUrl url;
    if (!page.isEmpty()) {
        url = pageUrl(page);
    } else {
        url = messagesUrl();
        QUrlQuery q;
        if (!m_config.sender.isEmpty()) {
            q.addQueryItem(u"From"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_config.sender)));
        }
        // "DateSent>" is the parameter's name (on or after the day), "=" separates its value.
        q.addQueryItem(u"DateSent%3E"_s, since.toString(Qt::ISODate));
        q.addQueryItem(u"PageSize"_s, QString::number(PageSize));
        url.setQuery(q);
    }
    listPage(url, [done = std::move(done)](MessagePage result) {
        result.messages.removeIf([](const ProviderMessage& m) { return m.isInbound(); });
        done(result);
    });
}

void TwilioGateway::pollInbound(const QDate& since, const QString& page, PageCallback done)
{
    QUrl url;
    if (!page.isEmpty()) {
        url = pageUrl(page);
    } else {
        url = messagesUrl();
        QUrlQuery q;
        q.addQueryItem(u"To"_s, QString::fromLatin1(QUrl::toPercentEncoding(m_config.sender)));
        q.addQueryItem(u"DateSent%3E"_s, since.toString(Qt::ISODate));
        q.addQueryItem(u"PageSize"_s, QString::number(PageSize));
        url.setQuery(q);
    }
    listPage(url, [done = std::move(done)](MessagePage result) {
        result.messages.removeIf([](const ProviderMessage& m) { return !m.isInbound(); });
        done(result);
    });
}

} // namespace Herald
