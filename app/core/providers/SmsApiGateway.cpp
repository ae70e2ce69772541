// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SmsApiGateway.h"

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

// The code of an error answer, or 0 when the answer is not an error. JSON bodies carry
// {"error": code}; without format=json (or from a proxy that dropped it) the text form is
// "ERROR:code".
int errorCodeOf(const QJsonObject& object, const QByteArray& body)
{
    const QJsonValue error = object.value(u"error"_s);
    if (error.isDouble()) {
        return error.toInt();
    }
    if (error.isString()) {
        return error.toString().toInt();
    }
    if (object.isEmpty() && body.startsWith("ERROR:")) {
        return body.mid(6).trimmed().toInt();
    }
    return 0;
}

} // namespace

SmsApiGateway::SmsApiGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent)
    : SmsGateway(parent)
    , m_config(std::move(config))
    , m_network(network)
{
}

SmsApiGateway::~SmsApiGateway() = default;

QString SmsApiGateway::providerName() const
{
    return u"smsapi"_s;
}

GatewayCapabilities SmsApiGateway::capabilities() const
{
    GatewayCapabilities caps;
    // sms.do takes many numbers at once, but one request per outbox row keeps one outcome per row.
    caps.bulkSend = false;
    caps.idempotencyKey = true;
    caps.idempotencyWindowSeconds = IdempotencyWindowSeconds;
    caps.statusPolling = false; // callbacks only (providers.md §2)
    caps.inboundPolling = false; // callbacks only
    // SMSAPI documents no request limit for sms.do; error 52 caps 10 attempts per number and minute.
    // 10/s is a cautious start that the account can raise.
    caps.defaultRatePerSecond = 10;
    return caps;
}

QNetworkRequest SmsApiGateway::makeRequest(const QUrl& url) const
{
    QNetworkRequest request = baseRequest(url, m_config.timeoutMs);
    // Never logged: request headers are not written anywhere by this class.
    request.setRawHeader("Authorization", "Bearer " + m_config.credentials.secret.toUtf8());
    return request;
}

SendOutcome SmsApiGateway::classifyError(int code, const QJsonObject& body)
{
    switch (code) {
    case 101: // invalid authorisation
    case 103: // not enough points
    case 105: // the request came from an IP address that the account does not allow
        return SendOutcome::AccountProblem;
    case 14: // invalid sender name: every message of the account would fail alike
        return SendOutcome::AccountProblem;
    case 57: // the recipient is on the account's blacklist
        return SendOutcome::RecipientOptedOut;
    case 13: {
        // No valid number: either invalid or blacklisted; the detail says which.
        const QJsonArray invalid = body.value(u"invalid_numbers"_s).toArray();
        for (const QJsonValue& entry : invalid) {
            if (entry.toObject().value(u"error_code"_s).toInt() == 57) {
                return SendOutcome::RecipientOptedOut;
            }
        }
        return SendOutcome::Permanent;
    }
    case 8: // request error
    case 11: // message too long, empty, or special characters with nounicode
    case 12: // more parts than max_parts
    case 17: // flash with special characters
    case 18: // invalid number of parameters
    case 19: // too many messages in one request
    case 20: // invalid number of idx
    case 27: // idx longer than 255 characters
    case 28: // bad time_restriction
    case 40: // no such group
    case 41: // empty group
    case 50: // scheduled more than 3 months ahead
    case 54: // bad date format
    case 56: // bad expiration window
        return SendOutcome::Permanent;
    case 52: // too many attempts to one number within 60 s: that number waits, the account does not
        return SendOutcome::Transient;
    default:
        // An error answer means the request was refused, not processed; with check_idx a retry
        // under the same idx can never send twice, so an unknown code is retried (a bounded
        // number of times) rather than failing the message for good.
        return SendOutcome::Transient;
    }
}

void SmsApiGateway::send(const OutgoingMessage& message, SendCallback done)
{
    QNetworkRequest request = makeRequest(joinUrl(m_config.baseUrl, u"/sms.do"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QList<std::pair<QString, QString>> fields {
        {u"to"_s, digitsOnly(message.to)},
        {u"message"_s, message.body},
        {u"format"_s, u"json"_s},
        {u"encoding"_s, u"utf-8"_s},
    };
    if (!m_config.sender.isEmpty()) {
        fields.append({u"from"_s, m_config.sender});
    }
    if (!message.attemptKey.isEmpty()) {
        fields.append({u"idx"_s, message.attemptKey});
        fields.append({u"check_idx"_s, u"1"_s});
    }
    QNetworkReply* reply = sendOnce(m_network, request, "POST", encodeForm(fields));
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
        const int code = errorCodeOf(object, answer.body);
        if (code == DuplicateIdxError) {
            // The idx was used within 24 hours: an earlier attempt with this key was accepted.
            result.outcome = SendOutcome::Accepted;
            result.duplicate = true;
            result.providerStatus = u"duplicate"_s;
            result.errorCode = QString::number(code);
            result.errorMessage = object.value(u"message"_s).toString();
            done(result);
            return;
        }
        if (code != 0) {
            result.outcome = classifyError(code, object);
            result.errorCode = QString::number(code);
            result.errorMessage = object.value(u"message"_s).toString();
            if (result.errorMessage.isEmpty()) {
                result.errorMessage = QString::fromUtf8(answer.body.left(200));
            }
            done(result);
            return;
        }
        if (!answer.isSuccess()) {
            result.outcome = classifyHttpStatus(answer.httpStatus);
            result.errorCode = u"http-%1"_s.arg(answer.httpStatus);
            result.errorMessage = answer.errorString;
            done(result);
            return;
        }
        const QJsonObject first = object.value(u"list"_s).toArray().first().toObject();
        QString id = first.value(u"id"_s).toString();
        if (id.isEmpty() && first.value(u"id"_s).isDouble()) {
            id = QString::number(qint64(first.value(u"id"_s).toDouble()));
        }
        if (object.isEmpty() && answer.body.startsWith("OK:")) {
            id = QString::fromUtf8(answer.body.mid(3).split(':').value(0)).trimmed();
        }
        if (id.isEmpty()) {
            // A success status without an id: the message probably exists, but we cannot say so.
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = answer.jsonError.isEmpty() ? u"no message id in the response"_s : answer.jsonError;
            done(result);
            return;
        }
        result.outcome = SendOutcome::Accepted;
        result.providerId = id;
        const QString status = first.value(u"status"_s).toString();
        result.providerStatus = status.isEmpty() || status == u"QUEUE"_s ? u"queued"_s : status.toLower();
        done(result);
    });
}

void SmsApiGateway::lookup(const LookupQuery& query, LookupCallback done)
{
    Q_UNUSED(query)
    // Answer later, as every other adapter does, so that callers never see a re-entrant callback.
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            LookupResult result;
            result.status = LookupResult::Status::Unsure;
            result.errorMessage = tr("SMSAPI cannot be asked about a message; send it again with the same key "
                                     "to find out whether it arrived.");
            done(result);
        },
        Qt::QueuedConnection);
}

void SmsApiGateway::unavailablePage(PageCallback done)
{
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            MessagePage page;
            page.ok = false;
            page.errorClass = SendOutcome::Permanent;
            page.errorMessage = tr("SMSAPI reports deliveries and replies only to a web address, which a desktop "
                                   "cannot offer; there is nothing to poll.");
            done(page);
        },
        Qt::QueuedConnection);
}

void SmsApiGateway::pollStatuses(const QDate& since, const QString& page, PageCallback done)
{
    Q_UNUSED(since)
    Q_UNUSED(page)
    unavailablePage(std::move(done));
}

void SmsApiGateway::pollInbound(const QDate& since, const QString& page, PageCallback done)
{
    Q_UNUSED(since)
    Q_UNUSED(page)
    unavailablePage(std::move(done));
}

void SmsApiGateway::testConnection(CheckCallback done)
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, u"1"_s);
    QNetworkReply* reply = m_network->get(makeRequest(joinUrl(m_config.baseUrl, u"/blacklist/phone_numbers"_s, query)));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        ConnectionCheck check;
        check.httpStatus = answer.httpStatus;
        const QJsonObject object = answer.object();
        const int code = errorCodeOf(object, answer.body);
        if (answer.httpStatus == 0) {
            check.errorClass = SendOutcome::Transient;
            check.detail = tr("SMSAPI did not answer: %1").arg(answer.errorString);
        } else if (answer.isSuccess() && code == 0 && object.contains(u"collection"_s)) {
            check.ok = true;
            check.detail = tr("SMSAPI accepted the token.");
        } else if (answer.httpStatus == 401 || answer.httpStatus == 403 || code == 101 || code == 105) {
            check.errorClass = SendOutcome::AccountProblem;
            check.detail = tr("SMSAPI refused the token (HTTP %1). Check the token, its permissions and the "
                              "account's allowed IP addresses.")
                               .arg(answer.httpStatus);
        } else {
            check.errorClass = code != 0 ? classifyError(code, object) : classifyHttpStatus(answer.httpStatus);
            check.detail = tr("SMSAPI answered HTTP %1 with something unexpected.").arg(answer.httpStatus);
        }
        done(check);
    });
}

} // namespace Herald
