// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "VonageGateway.h"

#include "logging/LogCategories.h"
#include "sms/SmsCounter.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr qint64 WindowSeconds = 24 * 3600; // the Reports API's longest date range
constexpr int MaxLookupPages = 10;

QString isoUtc(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QString valueText(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'f', 6);
    }
    return value.toString();
}

// A page token: "w|<window start, ms>" starts a 24-hour window; "l|<window end, ms>|<link>"
// follows a next link inside the window that ends at that time.
struct PageToken
{
    bool link = false;
    QDateTime at;
    QString href;

    static PageToken parse(const QString& token)
    {
        PageToken t;
        const QStringList parts = token.split(u'|');
        if (parts.size() >= 2) {
            t.link = parts.at(0) == u"l"_s;
            t.at = QDateTime::fromMSecsSinceEpoch(parts.at(1).toLongLong(), Qt::UTC);
            t.href = t.link ? token.section(u'|', 2) : QString();
        }
        return t;
    }
    static QString window(const QDateTime& start)
    {
        return u"w|%1"_s.arg(start.toMSecsSinceEpoch());
    }
    static QString next(const QDateTime& windowEnd, const QString& href)
    {
        return u"l|%1|%2"_s.arg(windowEnd.toMSecsSinceEpoch()).arg(href);
    }
};

QString nextLink(const QJsonObject& object)
{
    return object.value(u"_links"_s).toObject().value(u"next"_s).toObject().value(u"href"_s).toString();
}

bool isOff(const QJsonValue& value)
{
    if (value.isBool()) {
        return !value.toBool();
    }
    const QString text = value.toString().trimmed().toLower();
    return text == u"false"_s || text == u"0"_s || text == u"no"_s || text == u"off"_s;
}

} // namespace

VonageGateway::VonageGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent)
    : SmsGateway(parent)
    , m_config(std::move(config))
    , m_network(network)
{
}

VonageGateway::~VonageGateway() = default;

QString VonageGateway::providerName() const
{
    return u"vonage"_s;
}

bool VonageGateway::reportsEnabled() const
{
    const QJsonValue option = m_config.options.value(u"reports_api"_s);
    return option.isUndefined() || option.isNull() || !isOff(option);
}

GatewayCapabilities VonageGateway::capabilities() const
{
    GatewayCapabilities caps;
    caps.bulkSend = false; // one recipient per request
    caps.idempotencyKey = false; // client-ref is a reference, not a duplicate guard
    caps.statusPolling = reportsEnabled();
    caps.inboundPolling = reportsEnabled();
    caps.lookupSettleMs = LookupSettleMs;
    // 30 API requests/s per key, and US long numbers 1 SMS/s: 10/s is a cautious start.
    caps.defaultRatePerSecond = 10;
    return caps;
}

QString VonageGateway::apiKey() const
{
    const QString option = m_config.options.value(u"api_key"_s).toString();
    if (!option.isEmpty()) {
        return option;
    }
    return m_config.credentials.keyId.isEmpty() ? m_config.credentials.accountId : m_config.credentials.keyId;
}

QUrl VonageGateway::reportsBase() const
{
    const QString option = m_config.options.value(u"reports_url"_s).toString();
    if (!option.isEmpty()) {
        return QUrl(option);
    }
    // The SMS API lives on rest.nexmo.com, the Reports API on api.nexmo.com; any other base (a
    // proxy, a test server) serves both.
    if (m_config.baseUrl.host() == u"rest.nexmo.com"_s) {
        return QUrl(u"https://api.nexmo.com"_s);
    }
    return m_config.baseUrl;
}

QNetworkRequest VonageGateway::reportsRequest(const QUrl& url) const
{
    QNetworkRequest request = baseRequest(url, m_config.timeoutMs);
    const QByteArray user = apiKey().toUtf8();
    const QByteArray secret = m_config.credentials.secret.toUtf8();
    // Never logged: request headers are not written anywhere by this class.
    request.setRawHeader("Authorization", "Basic " + (user + ':' + secret).toBase64());
    return request;
}

SendOutcome VonageGateway::classifyStatus(int status)
{
    switch (status) {
    case 0:
        return SendOutcome::Accepted;
    case ThrottledStatus: // more than the key's requests per second: refused, nothing sent
        return SendOutcome::RateLimited;
    case 4: // invalid credentials
    case 8: // partner account barred
    case 9: // partner quota violation: not enough credit
    case 11: // account not enabled for HTTP
    case 14: // invalid signature
    case 15: // invalid sender address: every message of the account would fail alike
    case 23: // invalid callback URL (an account setting)
    case 32: // signature and api_secret both given
        return SendOutcome::AccountProblem;
    case 5: // internal error: refused without processing, retry later
    case 10: // too many existing binds
        return SendOutcome::Transient;
    case 2: // missing parameters
    case 3: // invalid parameters
    case 6: // invalid message (e.g. unroutable prefix)
    case 7: // number barred
    case 12: // message too long
    case 22: // invalid network code
    case 29: // non-whitelisted destination (demo account)
    case 33: // number de-activated
    default:
        return SendOutcome::Permanent;
    }
}

QString VonageGateway::statusWord(const QString& reportStatus)
{
    static const QHash<QString, QString> words {
        {u"delivered"_s, u"delivered"_s},
        {u"expired"_s, u"undelivered"_s},
        {u"failed"_s, u"undelivered"_s},
        {u"rejected"_s, u"failed"_s},
        {u"accepted"_s, u"sent"_s}, // accepted by the carrier, no handset receipt yet
        {u"buffered"_s, u"sent"_s},
        {u"deleted"_s, u"failed"_s},
        {u"submitted"_s, u"sent"_s}, // Messages API words
        {u"undeliverable"_s, u"undelivered"_s},
    };
    return words.value(reportStatus.toLower());
}

ProviderMessage VonageGateway::parseRecord(const QJsonObject& object, bool inbound)
{
    ProviderMessage m;
    m.id = object.value(u"message_id"_s).toString();
    m.direction = inbound ? u"inbound"_s : u"outbound-api"_s;
    m.from = toE164(object.value(u"from"_s).toString());
    m.to = toE164(object.value(u"to"_s).toString());
    m.body = object.value(u"message_body"_s).toString();
    m.clientRef = object.value(u"client_ref"_s).toString();
    if (inbound) {
        m.status = u"received"_s;
    } else {
        m.providerStatus = object.value(u"status"_s).toString();
        m.status = statusWord(m.providerStatus);
        const QString code = valueText(object.value(u"error_code"_s));
        if (!code.isEmpty() && code != u"0"_s) {
            m.errorCode = code;
            m.errorMessage = object.value(u"error_code_description"_s).toString();
        }
    }
    m.createdAt = parseProviderTime(object.value(u"date_received"_s).toString());
    m.sentAt = m.createdAt;
    m.updatedAt = parseProviderTime(object.value(u"date_finalized"_s).toString());
    if (!m.updatedAt.isValid()) {
        m.updatedAt = m.createdAt;
    }
    m.price = valueText(object.value(u"total_price"_s));
    m.priceUnit = object.value(u"currency"_s).toString();
    m.segments = 1; // one record per part
    return m;
}

void VonageGateway::send(const OutgoingMessage& message, SendCallback done)
{
    QNetworkRequest request = baseRequest(joinUrl(m_config.baseUrl, u"/sms/json"_s), m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    // The secret travels in the body, as the SMS API wants it: the body is never logged.
    QList<std::pair<QString, QString>> fields {
        {u"api_key"_s, apiKey()},
        {u"api_secret"_s, m_config.credentials.secret},
        {u"to"_s, digitsOnly(message.to)},
        {u"text"_s, message.body},
    };
    if (!m_config.sender.isEmpty()) {
        fields.append({u"from"_s, m_config.sender.startsWith(u'+') ? digitsOnly(m_config.sender) : m_config.sender});
    }
    if (SmsCounter::count(message.body).encoding == SmsEncoding::Ucs2) {
        fields.append({u"type"_s, u"unicode"_s});
    }
    if (!message.attemptKey.isEmpty() && message.attemptKey.size() <= MaxClientRefLength) {
        fields.append({u"client-ref"_s, message.attemptKey});
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
        if (!answer.isSuccess()) {
            result.outcome = classifyHttpStatus(answer.httpStatus);
            result.errorCode = u"http-%1"_s.arg(answer.httpStatus);
            result.errorMessage = answer.errorString;
            done(result);
            return;
        }
        const QJsonArray parts = answer.object().value(u"messages"_s).toArray();
        if (parts.isEmpty()) {
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = answer.jsonError.isEmpty() ? u"no messages in the response"_s : answer.jsonError;
            done(result);
            return;
        }
        QString firstId;
        int accepted = 0;
        int failedStatus = -1;
        QString failedText;
        for (const QJsonValue& value : parts) {
            const QJsonObject part = value.toObject();
            const QJsonValue statusValue = part.value(u"status"_s);
            bool ok = false;
            const int status = statusValue.isDouble() ? statusValue.toInt() : statusValue.toString().toInt(&ok);
            if (!statusValue.isDouble() && !ok) {
                failedStatus = failedStatus < 0 ? -2 : failedStatus; // unreadable part
                continue;
            }
            if (status == 0 && !part.value(u"message-id"_s).toString().isEmpty()) {
                ++accepted;
                if (firstId.isEmpty()) {
                    firstId = part.value(u"message-id"_s).toString();
                }
            } else if (failedStatus < 0) {
                failedStatus = status;
                failedText = part.value(u"error-text"_s).toString();
            }
        }
        if (accepted > 0) {
            // Sending again would repeat the parts that went out: the message counts as sent.
            result.outcome = SendOutcome::Accepted;
            result.providerId = firstId;
            result.providerStatus = u"accepted"_s;
            if (failedStatus != -1) {
                result.errorCode = failedStatus >= 0 ? QString::number(failedStatus) : u"unreadable-part"_s;
                result.errorMessage = tr("%1 of %2 parts were accepted; the rest was refused: %3")
                                          .arg(accepted)
                                          .arg(parts.size())
                                          .arg(failedText);
            }
        } else if (failedStatus == -2) {
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = u"no readable status in the response"_s;
        } else {
            result.outcome = classifyStatus(failedStatus);
            result.errorCode = QString::number(failedStatus);
            result.errorMessage = failedText;
        }
        done(result);
    });
}

QUrl VonageGateway::recordsUrl(const QString& direction, const QDateTime& start, const QDateTime& end) const
{
    QUrlQuery q;
    q.addQueryItem(u"account_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(apiKey())));
    q.addQueryItem(u"product"_s, u"SMS"_s);
    q.addQueryItem(u"direction"_s, direction);
    q.addQueryItem(u"date_start"_s, isoUtc(start));
    q.addQueryItem(u"date_end"_s, isoUtc(end));
    if (direction == u"inbound"_s) {
        q.addQueryItem(u"include_message"_s, u"true"_s);
    }
    return joinUrl(reportsBase(), u"/v2/reports/records"_s, q);
}

void VonageGateway::readRecords(const QUrl& url, bool inbound, PageCallback done)
{
    QNetworkReply* reply = m_network->get(reportsRequest(url));
    connect(reply, &QNetworkReply::finished, this, [reply, inbound, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        MessagePage page;
        page.httpStatus = answer.httpStatus;
        const QJsonObject object = answer.object();
        const QJsonValue records = object.value(u"records"_s);
        if (answer.httpStatus != 200 || (!records.isArray() && !object.contains(u"request_status"_s))) {
            page.errorClass = answer.httpStatus == 0 ? SendOutcome::Transient : classifyHttpStatus(answer.httpStatus);
            if (page.errorClass == SendOutcome::Ambiguous) {
                page.errorClass = SendOutcome::Transient; // nothing is created by reading
            }
            const QString detail = object.value(u"detail"_s).toString(object.value(u"title"_s).toString());
            page.errorMessage = answer.httpStatus == 0 ? answer.errorString
                : answer.httpStatus == 403
                ? tr("Vonage refused the report (HTTP 403): the Reports API may not be enabled for this account.")
                : detail.isEmpty() ? tr("Vonage answered HTTP %1 while reading reports.").arg(answer.httpStatus)
                                   : detail;
            qCWarning(lcSending).noquote() << tr("Vonage: reading delivery reports failed: %1").arg(page.errorMessage);
            done(page);
            return;
        }
        page.ok = true;
        const QJsonArray items = records.toArray();
        page.messages.reserve(items.size());
        for (const QJsonValue& value : items) {
            page.messages.append(parseRecord(value.toObject(), inbound));
        }
        page.nextPage = nextLink(object); // turned into a token by poll()
        done(page);
    });
}

void VonageGateway::poll(const QString& direction, const QDate& since, const QString& page, PageCallback done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QUrl url;
    QDateTime windowEnd;
    const PageToken token = PageToken::parse(page);
    if (token.link && token.at.isValid()) {
        url = sameHostLink(reportsBase(), token.href);
        windowEnd = token.at;
    } else {
        const QDateTime start = token.at.isValid() ? token.at : QDateTime(since, QTime(0, 0), Qt::UTC);
        windowEnd = qMin(start.addSecs(WindowSeconds), now);
        if (windowEnd <= start) {
            // Nothing can have happened yet in a window that starts now or later.
            QMetaObject::invokeMethod(
                this,
                [done = std::move(done)] {
                    MessagePage empty;
                    empty.ok = true;
                    done(empty);
                },
                Qt::QueuedConnection);
            return;
        }
        url = recordsUrl(direction, start, windowEnd);
    }
    const bool inbound = direction == u"inbound"_s;
    readRecords(url, inbound, [windowEnd, now, done = std::move(done)](MessagePage result) {
        if (result.ok) {
            if (!result.nextPage.isEmpty()) {
                result.nextPage = PageToken::next(windowEnd, result.nextPage);
            } else if (windowEnd < now) {
                result.nextPage = PageToken::window(windowEnd);
            }
        }
        done(result);
    });
}

void VonageGateway::pollStatuses(const QDate& since, const QString& page, PageCallback done)
{
    poll(u"outbound"_s, since, page, std::move(done));
}

void VonageGateway::pollInbound(const QDate& since, const QString& page, PageCallback done)
{
    poll(u"inbound"_s, since, page, std::move(done));
}

void VonageGateway::lookup(const LookupQuery& query, LookupCallback done)
{
    if (!query.providerId.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(u"account_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(apiKey())));
        q.addQueryItem(u"product"_s, u"SMS"_s);
        q.addQueryItem(u"direction"_s, u"outbound"_s);
        q.addQueryItem(u"id"_s, QString::fromLatin1(QUrl::toPercentEncoding(query.providerId)));
        readRecords(joinUrl(reportsBase(), u"/v2/reports/records"_s, q), false,
            [query, done = std::move(done)](const MessagePage& page) {
                LookupResult result;
                if (!page.ok) {
                    result.errorMessage = page.errorMessage;
                } else {
                    for (const ProviderMessage& m : page.messages) {
                        if (m.id == query.providerId) {
                            result.status = LookupResult::Status::Found;
                            result.message = m;
                            break;
                        }
                    }
                    if (result.status != LookupResult::Status::Found) {
                        if (settled(query.notBefore, LookupSettleMs)) {
                            result.status = LookupResult::Status::Absent;
                        } else {
                            result.errorMessage = tr("Too early to be sure: Vonage's reports may not show the "
                                                     "message yet.");
                        }
                    }
                }
                done(result);
            });
        return;
    }
    if (!query.notBefore.isValid() || query.attemptKey.isEmpty() || query.attemptKey.size() > MaxClientRefLength) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                LookupResult result;
                result.errorMessage = tr("Without the time and key of the request, Vonage's reports cannot name "
                                         "the message.");
                done(result);
            },
            Qt::QueuedConnection);
        return;
    }
    const QDateTime start = query.notBefore.addSecs(-LookupSkewSeconds);
    const QDateTime end = qMin(start.addSecs(WindowSeconds), QDateTime::currentDateTimeUtc());
    lookupPage(query, recordsUrl(u"outbound"_s, start, end), 0, std::move(done));
}

void VonageGateway::lookupPage(const LookupQuery& query, const QUrl& url, int pagesRead, LookupCallback done)
{
    readRecords(url, false, [this, query, pagesRead, done = std::move(done)](const MessagePage& page) mutable {
        LookupResult result;
        if (!page.ok) {
            result.errorMessage = page.errorMessage;
            done(result);
            return;
        }
        for (const ProviderMessage& m : page.messages) {
            if (m.clientRef == query.attemptKey) {
                result.status = LookupResult::Status::Found;
                result.message = m;
                done(result);
                return;
            }
        }
        if (!page.nextPage.isEmpty() && pagesRead + 1 < MaxLookupPages) {
            lookupPage(query, sameHostLink(reportsBase(), page.nextPage), pagesRead + 1, std::move(done));
            return;
        }
        if (page.nextPage.isEmpty() && settled(query.notBefore, LookupSettleMs)) {
            result.status = LookupResult::Status::Absent;
        } else if (page.nextPage.isEmpty()) {
            result.errorMessage = tr("Too early to be sure: Vonage's reports may not show the message yet.");
        } else {
            result.errorMessage = tr("Too many messages to search in Vonage's reports.");
        }
        done(result);
    });
}

void VonageGateway::testConnection(CheckCallback done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QNetworkReply* reply = m_network->get(reportsRequest(recordsUrl(u"outbound"_s, now.addSecs(-60), now)));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        ConnectionCheck check;
        check.httpStatus = answer.httpStatus;
        if (answer.httpStatus == 200) {
            check.ok = true;
            check.detail = tr("Vonage accepted the API key and secret.");
        } else if (answer.httpStatus == 403) {
            // Authenticated, but not allowed to read reports: sending works, polling does not.
            check.ok = true;
            check.detail = tr("Vonage accepted the API key and secret, but the Reports API is not enabled: "
                              "delivery reports and replies cannot be polled.");
        } else if (answer.httpStatus == 0) {
            check.errorClass = SendOutcome::Transient;
            check.detail = tr("Vonage did not answer: %1").arg(answer.errorString);
        } else {
            check.errorClass = classifyHttpStatus(answer.httpStatus);
            check.detail = answer.httpStatus == 401 ? tr("Vonage refused the API key and secret (HTTP 401).")
                                                    : tr("Vonage answered HTTP %1.").arg(answer.httpStatus);
        }
        done(check);
    });
}

} // namespace Herald
