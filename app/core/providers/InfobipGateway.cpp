// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InfobipGateway.h"

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

// The opaque token of "more items are waiting": read-once endpoints have no page position.
const QString s_more = u"more"_s;

enum StatusGroup
{
    Pending = 1,
    Undeliverable = 2,
    Delivered = 3,
    Expired = 4,
    Rejected = 5,
};

int groupOf(const QJsonObject& status)
{
    if (status.contains(u"groupId"_s)) {
        return status.value(u"groupId"_s).toInt();
    }
    static const QHash<QString, int> byName {
        {u"PENDING"_s, Pending},
        {u"UNDELIVERABLE"_s, Undeliverable},
        {u"DELIVERED"_s, Delivered},
        {u"EXPIRED"_s, Expired},
        {u"REJECTED"_s, Rejected},
    };
    return byName.value(status.value(u"groupName"_s).toString(), 0);
}

QString priceTotal(const QJsonObject& object, int parts)
{
    const QJsonValue perMessage = object.value(u"price"_s).toObject().value(u"pricePerMessage"_s);
    if (!perMessage.isDouble()) {
        return {};
    }
    // pricePerMessage is per SMS part; the outbox stores what the whole message cost.
    return QString::number(perMessage.toDouble() * qMax(1, parts), 'f', 6);
}

} // namespace

InfobipGateway::InfobipGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent)
    : SmsGateway(parent)
    , m_config(std::move(config))
    , m_network(network)
{
}

InfobipGateway::~InfobipGateway() = default;

QString InfobipGateway::providerName() const
{
    return u"infobip"_s;
}

GatewayCapabilities InfobipGateway::capabilities() const
{
    GatewayCapabilities caps;
    // Many messages and destinations fit in one request, but one per outbox row keeps one outcome
    // per row.
    caps.bulkSend = false;
    // Our messageId is kept, but what Infobip does with a repeated one is not documented.
    caps.idempotencyKey = false;
    caps.statusPolling = true;
    caps.inboundPolling = true; // needs a number with an inbound "pull" configuration
    caps.readOncePolling = true;
    caps.lookupSettleMs = LookupSettleMs;
    caps.defaultRatePerSecond = 10;
    return caps;
}

QNetworkRequest InfobipGateway::makeRequest(const QUrl& url) const
{
    QNetworkRequest request = baseRequest(url, m_config.timeoutMs);
    // Never logged: request headers are not written anywhere by this class.
    request.setRawHeader("Authorization", "App " + m_config.credentials.secret.toUtf8());
    return request;
}

QString InfobipGateway::statusWord(const QJsonObject& status)
{
    const QString name = status.value(u"name"_s).toString();
    switch (groupOf(status)) {
    case Pending:
        // PENDING_ACCEPTED: taken, not yet handed on; PENDING_ENROUTE / _WAITING_DELIVERY: with the
        // operator, waiting for a receipt.
        return name.contains(u"ACCEPTED"_s) ? u"accepted"_s : u"sent"_s;
    case Delivered:
        // DELIVERED_TO_OPERATOR is the operator's word, not the handset's.
        return name == u"DELIVERED_TO_HANDSET"_s ? u"delivered"_s : u"sent"_s;
    case Undeliverable:
    case Expired:
        return u"undelivered"_s;
    case Rejected:
        return u"failed"_s;
    default:
        return {};
    }
}

SendOutcome InfobipGateway::classifyRejection(const QJsonObject& status)
{
    const QString name = status.value(u"name"_s).toString();
    if (name.contains(u"NOT_ENOUGH_CREDITS"_s) || name.contains(u"PREPAID_PACKAGE_EXPIRED"_s)
        || name.contains(u"REJECTED_SOURCE"_s) || name.contains(u"REJECTED_SENDER"_s)) {
        // Funds or a sender the account may not use: every further message would fail alike.
        return SendOutcome::AccountProblem;
    }
    if (name.contains(u"SYSTEM_ERROR"_s)) {
        return SendOutcome::Transient; // refused, not processed
    }
    return SendOutcome::Permanent;
}

SendOutcome InfobipGateway::classifyHttpError(int httpStatus, const QJsonObject& body, QString* code, QString* message)
{
    // Two formats exist: {"errorCode": "E429", "description": …} and the older
    // {"requestError": {"serviceException": {"messageId": "UNAUTHORIZED", "text": …}}}.
    const QJsonObject legacy = body.value(u"requestError"_s).toObject().value(u"serviceException"_s).toObject();
    QString errorCode = body.value(u"errorCode"_s).toString();
    QString text = body.value(u"description"_s).toString();
    if (errorCode.isEmpty()) {
        errorCode = legacy.value(u"messageId"_s).toString();
        text = legacy.value(u"text"_s).toString();
    }
    if (code) {
        *code = errorCode.isEmpty() ? u"http-%1"_s.arg(httpStatus) : errorCode;
    }
    if (message) {
        *message = text;
    }
    if (errorCode == u"E429"_s || errorCode == u"TOO_MANY_REQUESTS"_s) {
        return SendOutcome::RateLimited;
    }
    if (errorCode == u"UNAUTHORIZED"_s || errorCode == u"E401"_s || errorCode == u"E403"_s) {
        return SendOutcome::AccountProblem;
    }
    return classifyHttpStatus(httpStatus);
}

ProviderMessage InfobipGateway::parseReport(const QJsonObject& object)
{
    ProviderMessage m;
    m.id = object.value(u"messageId"_s).toString();
    m.clientRef = m.id; // our attempt key: Herald sets the messageId itself
    m.direction = u"outbound-api"_s;
    m.from = object.value(u"sender"_s).toString(object.value(u"from"_s).toString());
    m.to = toE164(object.value(u"to"_s).toString(object.value(u"destination"_s).toString()));
    m.body = object.value(u"content"_s).toObject().value(u"text"_s).toString(object.value(u"text"_s).toString());
    const QJsonObject status = object.value(u"status"_s).toObject();
    m.status = statusWord(status);
    m.providerStatus = status.value(u"name"_s).toString();
    const QJsonObject error = object.value(u"error"_s).toObject();
    if (error.value(u"id"_s).toInt() != 0) {
        m.errorCode = QString::number(error.value(u"id"_s).toInt());
        m.errorMessage = error.value(u"description"_s).toString(error.value(u"name"_s).toString());
    }
    m.segments = object.value(u"messageCount"_s).toInt(object.value(u"smsCount"_s).toInt());
    m.createdAt = parseProviderTime(object.value(u"sentAt"_s).toString());
    m.sentAt = m.createdAt;
    m.updatedAt = parseProviderTime(object.value(u"doneAt"_s).toString());
    m.price = priceTotal(object, m.segments);
    m.priceUnit = object.value(u"price"_s).toObject().value(u"currency"_s).toString();
    return m;
}

ProviderMessage InfobipGateway::parseInbound(const QJsonObject& object)
{
    ProviderMessage m;
    m.id = object.value(u"messageId"_s).toString();
    m.direction = u"inbound"_s;
    m.from = toE164(object.value(u"from"_s).toString());
    m.to = toE164(object.value(u"to"_s).toString());
    m.body = object.value(u"text"_s).toString();
    m.status = u"received"_s;
    m.segments = object.value(u"smsCount"_s).toInt();
    m.createdAt = parseProviderTime(object.value(u"receivedAt"_s).toString());
    m.updatedAt = m.createdAt;
    m.price = priceTotal(object, m.segments);
    m.priceUnit = object.value(u"price"_s).toObject().value(u"currency"_s).toString();
    return m;
}

void InfobipGateway::send(const OutgoingMessage& message, SendCallback done)
{
    QNetworkRequest request = makeRequest(joinUrl(m_config.baseUrl, u"/sms/3/messages"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QJsonObject destination {{u"to"_s, digitsOnly(message.to)}};
    if (!message.attemptKey.isEmpty()) {
        destination.insert(u"messageId"_s, message.attemptKey);
    }
    QJsonObject sms {
        {u"destinations"_s, QJsonArray {destination}},
        {u"content"_s, QJsonObject {{u"text"_s, message.body}}},
    };
    if (!m_config.sender.isEmpty()) {
        sms.insert(u"sender"_s, m_config.sender);
    }
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"messages"_s, QJsonArray {sms}}}).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = sendOnce(m_network, request, "POST", body);
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
            result.outcome = classifyHttpError(answer.httpStatus, object, &result.errorCode, &result.errorMessage);
            if (result.errorMessage.isEmpty()) {
                result.errorMessage = answer.errorString;
            }
            done(result);
            return;
        }
        const QJsonObject first = object.value(u"messages"_s).toArray().first().toObject();
        const QString id = first.value(u"messageId"_s).toString();
        const QJsonObject status = first.value(u"status"_s).toObject();
        if (id.isEmpty()) {
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = answer.jsonError.isEmpty() ? u"no messageId in the response"_s : answer.jsonError;
            done(result);
            return;
        }
        if (groupOf(status) == Rejected) {
            result.outcome = classifyRejection(status);
            result.errorCode = status.value(u"name"_s).toString();
            result.errorMessage = status.value(u"description"_s).toString();
            done(result);
            return;
        }
        result.outcome = SendOutcome::Accepted;
        result.providerId = id;
        result.providerStatus = statusWord(status);
        if (result.providerStatus.isEmpty()) {
            result.providerStatus = u"accepted"_s;
        }
        done(result);
    });
}

void InfobipGateway::lookup(const LookupQuery& query, LookupCallback done)
{
    // Herald sets the messageId to the attempt key, so both name the same message.
    const QString id = query.providerId.isEmpty() ? query.attemptKey : query.providerId;
    if (id.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                LookupResult result;
                result.errorMessage = tr("The message has no key to look for at Infobip.");
                done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    QUrlQuery q;
    q.addQueryItem(u"messageId"_s, QString::fromLatin1(QUrl::toPercentEncoding(id)));
    QNetworkReply* reply = m_network->get(makeRequest(joinUrl(m_config.baseUrl, u"/sms/3/logs"_s, q)));
    connect(reply, &QNetworkReply::finished, this, [reply, id, query, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        LookupResult result;
        const QJsonValue results = answer.object().value(u"results"_s);
        if (answer.httpStatus != 200 || !results.isArray()) {
            result.errorMessage = answer.httpStatus == 0
                ? answer.errorString
                : tr("Infobip answered HTTP %1 while searching its logs.").arg(answer.httpStatus);
            done(result);
            return;
        }
        for (const QJsonValue& value : results.toArray()) {
            const ProviderMessage m = parseReport(value.toObject());
            if (m.id == id) {
                result.status = LookupResult::Status::Found;
                result.message = m;
                done(result);
                return;
            }
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (query.notBefore.isValid() && query.notBefore.secsTo(now) > qint64(LogRetentionHours) * 3600) {
            result.errorMessage = tr("Infobip keeps its logs for 48 hours only.");
        } else if (!settled(query.notBefore, LookupSettleMs)) {
            result.errorMessage = tr("Too early to be sure: Infobip's logs may not show the message yet.");
        } else {
            result.status = LookupResult::Status::Absent;
        }
        done(result);
    });
}

void InfobipGateway::readPage(const QUrl& url, bool inbound, PageCallback done)
{
    QNetworkReply* reply = m_network->get(makeRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, inbound, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        MessagePage page;
        page.httpStatus = answer.httpStatus;
        const QJsonObject object = answer.object();
        const QJsonValue results = object.value(u"results"_s);
        if (answer.httpStatus != 200 || !results.isArray()) {
            QString message;
            page.errorClass = answer.httpStatus == 0 ? SendOutcome::Transient
                                                     : classifyHttpError(answer.httpStatus, object, nullptr, &message);
            page.errorMessage = answer.httpStatus == 0 ? answer.errorString
                : message.isEmpty() ? tr("Infobip answered HTTP %1 while handing out reports.").arg(answer.httpStatus)
                                    : message;
            qCWarning(lcSending).noquote()
                << tr("Infobip: reading reports and replies failed: %1").arg(page.errorMessage);
            done(page);
            return;
        }
        page.ok = true;
        const QJsonArray items = results.toArray();
        page.messages.reserve(items.size());
        for (const QJsonValue& value : items) {
            page.messages.append(inbound ? parseInbound(value.toObject()) : parseReport(value.toObject()));
        }
        const bool more = inbound ? object.value(u"pendingMessageCount"_s).toInt() > 0 : items.size() >= PageSize;
        page.nextPage = more ? s_more : QString();
        done(page);
    });
}

void InfobipGateway::pollStatuses(const QDate& since, const QString& page, PageCallback done)
{
    Q_UNUSED(since) // unread reports are kept 48 hours; there is no date filter
    Q_UNUSED(page) // every call hands out the next batch
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(PageSize));
    readPage(joinUrl(m_config.baseUrl, u"/sms/3/reports"_s, q), false, std::move(done));
}

void InfobipGateway::pollInbound(const QDate& since, const QString& page, PageCallback done)
{
    Q_UNUSED(since)
    Q_UNUSED(page)
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, QString::number(PageSize));
    readPage(joinUrl(m_config.baseUrl, u"/sms/1/inbox/reports"_s, q), true, std::move(done));
}

void InfobipGateway::testConnection(CheckCallback done)
{
    // Not the reports: reading them would consume them.
    QUrlQuery q;
    q.addQueryItem(u"limit"_s, u"1"_s);
    QNetworkReply* reply = m_network->get(makeRequest(joinUrl(m_config.baseUrl, u"/sms/3/logs"_s, q)));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        ConnectionCheck check;
        check.httpStatus = answer.httpStatus;
        if (answer.httpStatus == 200 && answer.object().value(u"results"_s).isArray()) {
            check.ok = true;
            check.detail = tr("Infobip accepted the API key.");
        } else if (answer.httpStatus == 0) {
            check.errorClass = SendOutcome::Transient;
            check.detail = tr("Infobip did not answer: %1").arg(answer.errorString);
        } else {
            QString message;
            check.errorClass = classifyHttpError(answer.httpStatus, answer.object(), nullptr, &message);
            check.detail = check.errorClass == SendOutcome::AccountProblem
                ? tr("Infobip refused the API key (HTTP %1).").arg(answer.httpStatus)
                : tr("Infobip answered HTTP %1: %2").arg(answer.httpStatus).arg(message);
        }
        done(check);
    });
}

} // namespace Herald
