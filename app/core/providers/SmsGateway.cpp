// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SmsGateway.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// A request body that can be read only once (see SmsGateway::sendOnce).
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

QString errorName(QNetworkReply::NetworkError error)
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
    case QNetworkReply::ContentReSendError:
        return u"resend-refused"_s;
    default:
        return u"network-error-%1"_s.arg(int(error));
    }
}

SendOutcome errorOutcome(QNetworkReply::NetworkError error)
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

int parseRetryAfter(const QByteArray& raw)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty()) {
        return -1;
    }
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0) {
        return int(qMin(seconds, 24.0 * 3600) * 1000);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid()) {
        return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().msecsTo(when), qint64(24) * 3600 * 1000));
    }
    return -1;
}

} // namespace

QString sendOutcomeName(SendOutcome outcome)
{
    switch (outcome) {
    case SendOutcome::Accepted:
        return u"accepted"_s;
    case SendOutcome::RateLimited:
        return u"rate-limited"_s;
    case SendOutcome::Transient:
        return u"transient"_s;
    case SendOutcome::Ambiguous:
        return u"ambiguous"_s;
    case SendOutcome::Permanent:
        return u"permanent"_s;
    case SendOutcome::RecipientOptedOut:
        return u"opted-out"_s;
    case SendOutcome::AccountProblem:
        return u"account-problem"_s;
    }
    return {};
}

void SmsGateway::testConnection(CheckCallback done)
{
    pollStatuses(QDate::currentDate(), QString(), [done = std::move(done)](const MessagePage& page) {
        ConnectionCheck check;
        check.ok = page.ok;
        check.httpStatus = page.httpStatus;
        check.errorClass = page.errorClass;
        check.detail = page.ok ? QString() : page.errorMessage;
        done(check);
    });
}

SendOutcome SmsGateway::classifyHttpStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        return SendOutcome::Accepted;
    }
    if (httpStatus == 429) {
        return SendOutcome::RateLimited;
    }
    if (httpStatus == 401 || httpStatus == 403 || httpStatus == 402) {
        return SendOutcome::AccountProblem;
    }
    if (httpStatus >= 500 || httpStatus == 408) {
        // A server error after the request arrived may still have created the message
        // (Twilio 20500: "not idempotent"), so it is settled by lookup, not retried blindly.
        return SendOutcome::Ambiguous;
    }
    if (httpStatus >= 400) {
        return SendOutcome::Permanent;
    }
    return SendOutcome::Ambiguous;
}

SmsGateway::HttpAnswer SmsGateway::readAnswer(QNetworkReply* reply)
{
    reply->deleteLater();
    HttpAnswer answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray();
    answer.errorString = reply->errorString();
    answer.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"));
    if (answer.httpStatus == 0) {
        answer.networkOutcome = errorOutcome(reply->error());
        answer.networkErrorCode = errorName(reply->error());
        return answer;
    }
    QJsonParseError parseError;
    answer.json = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        answer.json = QJsonDocument();
        answer.jsonError = parseError.errorString();
    }
    return answer;
}

SendResult SmsGateway::networkFailure(const HttpAnswer& answer)
{
    SendResult result;
    result.outcome = answer.networkOutcome;
    result.errorCode = answer.networkErrorCode;
    result.errorMessage = answer.errorString;
    return result;
}

QNetworkRequest SmsGateway::baseRequest(const QUrl& url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QNetworkReply* SmsGateway::sendOnce(
    QNetworkAccessManager* network, QNetworkRequest request, const QByteArray& verb, const QByteArray& body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto* upload = new OneShotBody(body);
    QNetworkReply* reply = network->sendCustomRequest(request, verb, upload);
    upload->setParent(reply);
    return reply;
}

QByteArray SmsGateway::encodeForm(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QUrl SmsGateway::joinUrl(const QUrl& base, const QString& path, const QUrlQuery& query)
{
    QUrl url = base;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + (path.startsWith(u'/') ? path : u'/' + path), QUrl::TolerantMode);
    url.setQuery(query);
    return url;
}

QUrl SmsGateway::sameHostLink(const QUrl& base, const QString& link)
{
    const QUrl next(link);
    QUrl url = base;
    url.setPath(next.path(QUrl::FullyEncoded), QUrl::StrictMode);
    url.setQuery(next.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

QString SmsGateway::digitsOnly(const QString& number)
{
    QString digits;
    digits.reserve(number.size());
    for (const QChar c : number) {
        if (c >= u'0' && c <= u'9') {
            digits += c;
        }
    }
    return digits;
}

QString SmsGateway::toE164(const QString& number)
{
    if (number.isEmpty() || number.startsWith(u'+')) {
        return number;
    }
    for (const QChar c : number) {
        if (c < u'0' || c > u'9') {
            return number; // an alphanumeric sender stays as it is
        }
    }
    return u'+' + number;
}

QDateTime SmsGateway::parseProviderTime(const QString& text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d+))?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$"_s);
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        return {};
    }
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(match.captured(2), match.captured(2).size() == 5 ? u"HH:mm"_s : u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    const QString fraction = match.captured(3);
    if (!fraction.isEmpty()) {
        time = time.addMSecs((fraction + u"00"_s).left(3).toInt());
    }
    int offsetSeconds = 0;
    const QString zone = match.captured(4);
    if (!zone.isEmpty() && zone != u"Z"_s) {
        const QString digits = QString(zone).remove(u':');
        const int hours = digits.mid(1, 2).toInt();
        const int minutes = digits.size() >= 5 ? digits.mid(3, 2).toInt() : 0;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

bool SmsGateway::settled(const QDateTime& notBefore, int settleMs)
{
    return settleMs <= 0 || (notBefore.isValid() && notBefore.msecsTo(QDateTime::currentDateTimeUtc()) >= settleMs);
}

} // namespace Herald
