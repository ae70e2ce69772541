// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PlivoGateway.h"

#include "logging/LogCategories.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString errorText(const QJsonObject& object)
{
    const QJsonValue error = object.value(u"error"_s);
    if (error.isString()) {
        return error.toString();
    }
    if (error.isObject()) {
        return QString::fromUtf8(QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact));
    }
    return object.value(u"message"_s).toString();
}

} // namespace

PlivoGateway::PlivoGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent)
    : SmsGateway(parent)
    , m_config(std::move(config))
    , m_network(network)
{
}

PlivoGateway::~PlivoGateway() = default;

QString PlivoGateway::providerName() const
{
    return u"plivo"_s;
}

GatewayCapabilities PlivoGateway::capabilities() const
{
    GatewayCapabilities caps;
    // "dst" may join several numbers with "<", but one request per outbox row keeps one outcome
    // per row.
    caps.bulkSend = false;
    caps.idempotencyKey = false;
    caps.statusPolling = true;
    caps.inboundPolling = true;
    caps.minPollIntervalMs = ListIntervalMs;
    caps.lookupSettleMs = LookupSettleMs;
    caps.defaultRatePerSecond = 5;
    return caps;
}

QString PlivoGateway::authId() const
{
    const QString option = m_config.options.value(u"auth_id"_s).toString();
    return option.isEmpty() ? m_config.credentials.accountId : option;
}

QNetworkRequest PlivoGateway::makeRequest(const QUrl& url) const
{
    QNetworkRequest request = baseRequest(url, m_config.timeoutMs);
    const QByteArray user = authId().toUtf8();
    const QByteArray secret = m_config.credentials.secret.toUtf8();
    // Never logged: request headers are not written anywhere by this class.
    request.setRawHeader("Authorization", "Basic " + (user + ':' + secret).toBase64());
    return request;
}

QUrl PlivoGateway::messageUrl(const QString& uuid, const QUrlQuery& query) const
{
    QString path = u"/v1/Account/%1/Message/"_s.arg(encoded(authId()));
    if (!uuid.isEmpty()) {
        path += encoded(uuid) + u'/';
    }
    return joinUrl(m_config.baseUrl, path, query);
}

QString PlivoGateway::filterTime(const QDateTime& when)
{
    return when.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

ProviderMessage PlivoGateway::parseMessage(const QJsonObject& object)
{
    ProviderMessage m;
    m.id = object.value(u"message_uuid"_s).toString();
    const QString direction = object.value(u"message_direction"_s).toString();
    m.direction = direction == u"inbound"_s ? u"inbound"_s : u"outbound-api"_s;
    m.from = toE164(object.value(u"from_number"_s).toString());
    m.to = toE164(object.value(u"to_number"_s).toString());
    m.providerStatus = object.value(u"message_state"_s).toString();
    // queued, sent, failed, delivered, undelivered are Twilio's words too. An inbound message is
    // "received" whatever Plivo says about forwarding it to a webhook.
    static const QStringList known {u"queued"_s, u"sent"_s, u"failed"_s, u"delivered"_s, u"undelivered"_s};
    if (m.isInbound()) {
        m.status = u"received"_s;
    } else if (known.contains(m.providerStatus)) {
        m.status = m.providerStatus;
    }
    const QJsonValue code = object.value(u"error_code"_s);
    m.errorCode = code.isDouble() ? QString::number(code.toInt()) : code.toString();
    if (m.errorCode == u"000"_s) {
        m.errorCode.clear(); // "000" means delivered
    }
    m.errorMessage = object.value(u"error_message"_s).toString();
    m.segments = object.value(u"units"_s).toInt();
    m.createdAt = parseProviderTime(object.value(u"message_time"_s).toString());
    m.sentAt = parseProviderTime(object.value(u"message_sent_time"_s).toString());
    m.updatedAt = parseProviderTime(object.value(u"message_updated_time"_s).toString());
    if (!m.updatedAt.isValid()) {
        m.updatedAt = m.createdAt;
    }
    m.price = object.value(u"total_amount"_s).toString();
    return m;
}

void PlivoGateway::send(const OutgoingMessage& message, SendCallback done)
{
    QNetworkRequest request = makeRequest(messageUrl());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject json {
        {u"dst"_s, digitsOnly(message.to)},
        {u"text"_s, message.body},
        {u"type"_s, u"sms"_s},
    };
    const QString powerpack = m_config.options.value(u"powerpack_uuid"_s).toString();
    if (!m_config.sender.isEmpty()) {
        // Numbers without "+", an alphanumeric sender ID as it is.
        json.insert(u"src"_s, m_config.sender.startsWith(u'+') ? digitsOnly(m_config.sender) : m_config.sender);
    } else if (!powerpack.isEmpty()) {
        json.insert(u"powerpack_uuid"_s, powerpack);
    }
    QNetworkReply* reply = sendOnce(m_network, request, "POST", QJsonDocument(json).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        if (answer.httpStatus == 0) {
            done(networkFailure(answer));
            return;
        }
        SendResult result;
        result.httpStatus = answer.httpStatus;
        result.retryAfterMs = answer.retryAfterMs;
        const QJsonObject object = answer.object();
        if (!answer.isSuccess()) {
            result.outcome = classifyHttpStatus(answer.httpStatus);
            result.errorCode = u"http-%1"_s.arg(answer.httpStatus);
            result.errorMessage = errorText(object);
            if (result.errorMessage.isEmpty()) {
                result.errorMessage = answer.errorString;
            }
            done(result);
            return;
        }
        const QString uuid = object.value(u"message_uuid"_s).toArray().first().toString();
        if (uuid.isEmpty()) {
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = answer.jsonError.isEmpty() ? u"no message_uuid in the response"_s : answer.jsonError;
            done(result);
            return;
        }
        result.outcome = SendOutcome::Accepted;
        result.providerId = uuid;
        result.providerStatus = u"queued"_s;
        done(result);
    });
}

void PlivoGateway::listPage(const QUrl& url, PageCallback done)
{
    QNetworkReply* reply = m_network->get(makeRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, url, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        MessagePage page;
        page.httpStatus = answer.httpStatus;
        const QJsonObject object = answer.object();
        const QJsonValue objects = object.value(u"objects"_s);
        if (answer.httpStatus != 200 || !objects.isArray()) {
            page.errorClass = answer.httpStatus == 0 ? SendOutcome::Transient : classifyHttpStatus(answer.httpStatus);
            const QString text = errorText(object);
            page.errorMessage = answer.httpStatus == 0 ? answer.errorString
                : text.isEmpty() ? tr("Plivo answered HTTP %1 while listing messages.").arg(answer.httpStatus)
                                 : text;
            page.errorClass = page.errorClass == SendOutcome::Ambiguous ? SendOutcome::Transient : page.errorClass;
            qCWarning(lcSending).noquote() << tr("Plivo: listing messages failed: %1").arg(page.errorMessage);
            done(page);
            return;
        }
        page.ok = true;
        const QJsonArray items = objects.toArray();
        page.messages.reserve(items.size());
        for (const QJsonValue& value : items) {
            page.messages.append(parseMessage(value.toObject()));
        }
        const QJsonObject meta = object.value(u"meta"_s).toObject();
        const QString next = meta.value(u"next"_s).toString();
        if (!next.isEmpty()) {
            page.nextPage = next;
        } else if (!meta.contains(u"next"_s) && items.size() >= PageSize) {
            // No link given: the next offset of the same query.
            QUrlQuery q(url);
            const int offset = q.queryItemValue(u"offset"_s).toInt() + int(items.size());
            q.removeAllQueryItems(u"offset"_s);
            q.addQueryItem(u"offset"_s, QString::number(offset));
            QUrl nextUrl = url;
            nextUrl.setQuery(q);
            page.nextPage = nextUrl.path(QUrl::FullyEncoded) + u'?' + nextUrl.query(QUrl::FullyEncoded);
        }
        done(page);
    });
}

void PlivoGateway::poll(const QString& direction, const QDate& since, const QString& page, PageCallback done)
{
    if (!page.isEmpty()) {
        listPage(sameHostLink(m_config.baseUrl, page), std::move(done));
        return;
    }
    QUrlQuery q;
    q.addQueryItem(u"message_direction"_s, direction);
    q.addQueryItem(u"message_time__gte"_s, encoded(filterTime(QDateTime(since, QTime(0, 0), Qt::UTC))));
    q.addQueryItem(u"limit"_s, QString::number(PageSize));
    q.addQueryItem(u"offset"_s, u"0"_s);
    listPage(messageUrl(QString(), q), std::move(done));
}

void PlivoGateway::pollStatuses(const QDate& since, const QString& page, PageCallback done)
{
    poll(u"outbound"_s, since, page, std::move(done));
}

void PlivoGateway::pollInbound(const QDate& since, const QString& page, PageCallback done)
{
    poll(u"inbound"_s, since, page, std::move(done));
}

void PlivoGateway::lookup(const LookupQuery& query, LookupCallback done)
{
    if (!query.providerId.isEmpty()) {
        QNetworkReply* reply = m_network->get(makeRequest(messageUrl(query.providerId)));
        connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
            const HttpAnswer answer = readAnswer(reply);
            LookupResult result;
            const QJsonObject object = answer.object();
            if (answer.httpStatus == 200 && !object.value(u"message_uuid"_s).toString().isEmpty()) {
                result.status = LookupResult::Status::Found;
                result.message = parseMessage(object);
            } else if (answer.httpStatus == 404) {
                result.status = LookupResult::Status::Absent;
            } else {
                result.errorMessage = answer.httpStatus == 0
                    ? answer.errorString
                    : tr("Plivo answered HTTP %1 about the message.").arg(answer.httpStatus);
            }
            done(result);
        });
        return;
    }
    if (!query.notBefore.isValid() || query.to.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                LookupResult result;
                result.errorMessage = tr("Without the time of the request, Plivo's records cannot tell this "
                                         "message from another one to the same number.");
                done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    // Plivo keeps neither our key nor the text: the outbound records to this number since the
    // request are all a listing can offer.
    QUrlQuery q;
    q.addQueryItem(u"message_direction"_s, u"outbound"_s);
    q.addQueryItem(u"to_number"_s, digitsOnly(query.to));
    q.addQueryItem(u"message_time__gte"_s, encoded(filterTime(query.notBefore.addSecs(-LookupSkewSeconds))));
    q.addQueryItem(u"limit"_s, QString::number(PageSize));
    listPage(messageUrl(QString(), q), [this, query, done = std::move(done)](const MessagePage& page) {
        LookupResult result;
        if (!page.ok) {
            result.errorMessage = page.errorMessage;
            done(result);
            return;
        }
        QList<ProviderMessage> candidates;
        const QString sender = digitsOnly(m_config.sender);
        for (const ProviderMessage& m : page.messages) {
            if (m.isInbound() || digitsOnly(m.to) != digitsOnly(query.to)) {
                continue;
            }
            if (!sender.isEmpty() && m_config.sender.startsWith(u'+') && digitsOnly(m.from) != sender) {
                continue;
            }
            candidates.append(m);
        }
        if (!page.nextPage.isEmpty()) {
            result.errorMessage = tr("Plivo shows too many messages to this number since then to tell which one "
                                     "is ours.");
        } else if (candidates.size() == 1) {
            result.status = LookupResult::Status::Found;
            result.message = candidates.constFirst();
        } else if (candidates.isEmpty() && settled(query.notBefore, LookupSettleMs)) {
            result.status = LookupResult::Status::Absent;
        } else if (candidates.isEmpty()) {
            result.errorMessage = tr("Too early to be sure: Plivo's records may not show the message yet.");
        } else {
            result.errorMessage = tr("Plivo shows %n message(s) to this number since then; which one is ours "
                                     "cannot be told.",
                nullptr, int(candidates.size()));
        }
        done(result);
    });
}

} // namespace Herald
