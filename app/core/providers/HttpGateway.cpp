// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "HttpGateway.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{(to|to_digits|from|body|key|secret)\\}"_s);
    return pattern;
}

QString jsonEscaped(const QString& value)
{
    // The JSON writer's own escaping, without the surrounding ["…"].
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(2, array.size() - 4));
}

bool isTruthy(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty() && value.toString() != u"0"_s
            && value.toString().compare(u"false"_s, Qt::CaseInsensitive) != 0;
    case QJsonValue::Array:
    case QJsonValue::Object:
        return true;
    default:
        return false;
    }
}

bool localHost(const QUrl& url)
{
    return url.host() == u"127.0.0.1"_s || url.host() == u"localhost"_s || url.host() == u"::1"_s;
}

} // namespace

Result<HttpGateway::Spec> HttpGateway::specFrom(const QJsonObject& options, const QString& baseUrl)
{
    Spec spec;
    spec.url = options.value(u"url"_s).toString().trimmed();
    if (spec.url.isEmpty() && baseUrl.isEmpty()) {
        return Error {tr("A generic HTTP account needs the address to send to: --option url=https://… "
                         "(or --base-url).")};
    }
    // Check the address as it will be used, with harmless stand-ins for the placeholders.
    const QHash<QString, QString> sample {{u"to"_s, u"+10000000000"_s}, {u"to_digits"_s, u"10000000000"_s},
        {u"from"_s, u"sender"_s}, {u"body"_s, u"text"_s}, {u"key"_s, u"key"_s}, {u"secret"_s, u"secret"_s}};
    const QUrl url = resolve(QUrl(baseUrl, QUrl::StrictMode), spec.url, sample);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
        return Error {tr("“%1” is not an http(s) address to send to.").arg(spec.url.isEmpty() ? baseUrl : spec.url)};
    }
    if (url.scheme() == u"http"_s && !localHost(url)) {
        return Error {tr("Plain http would carry the credentials in clear; use https for “%1”.").arg(url.host())};
    }

    QString method = options.value(u"method"_s).toString().trimmed().toUpper();
    if (method.isEmpty()) {
        method = u"POST"_s;
    }
    if (method != u"POST"_s && method != u"GET"_s) {
        return Error {tr("The method of a generic HTTP account must be POST or GET, not “%1”.").arg(method)};
    }
    spec.method = method.toLatin1();

    QJsonValue headers = options.value(u"headers"_s);
    if (headers.isString() && !headers.toString().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(headers.toString().toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            return Error {tr("The headers option must be a JSON object such as {\"Authorization\": \"Bearer "
                             "{secret}\"}.")};
        }
        headers = document.object();
    }
    if (headers.isObject()) {
        const QJsonObject object = headers.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString()) {
                return Error {tr("The value of the header “%1” must be text.").arg(it.key())};
            }
            static const QRegularExpression token(u"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"_s);
            if (!token.match(it.key()).hasMatch()) {
                return Error {tr("“%1” is not a valid header name.").arg(it.key())};
            }
            spec.headers.append({it.key(), it.value().toString()});
        }
    } else if (!headers.isUndefined() && !headers.isNull() && !(headers.isString() && headers.toString().isEmpty())) {
        return Error {tr("The headers option must be a JSON object such as {\"Authorization\": \"Bearer "
                         "{secret}\"}.")};
    }

    spec.body = options.value(u"body"_s).toString();
    if (spec.method == "GET" && !spec.body.isEmpty()) {
        return Error {tr("A GET request carries no body: put the fields into the url option.")};
    }
    spec.contentType = options.value(u"content_type"_s).toString().trimmed();
    if (spec.contentType.isEmpty() && spec.method == "POST") {
        const QString start = spec.body.trimmed().left(1);
        spec.contentType
            = start == u"{"_s || start == u"["_s ? u"application/json"_s : u"application/x-www-form-urlencoded"_s;
    }

    spec.idPath = options.value(u"id_path"_s).toString().trimmed();
    if (spec.idPath.isEmpty()) {
        return Error {tr("A generic HTTP account needs the place of the message id in the answer: "
                         "--option id_path=messages.0.id")};
    }
    spec.successPath = options.value(u"success_path"_s).toString().trimmed();
    spec.hasSuccessValue = options.contains(u"success_value"_s);
    spec.successValue = valueText(options.value(u"success_value"_s));
    if (spec.hasSuccessValue && spec.successPath.isEmpty()) {
        return Error {tr("success_value needs success_path: the place in the answer to compare it with.")};
    }
    spec.errorPath = options.value(u"error_path"_s).toString().trimmed();
    spec.testUrl = options.value(u"test_url"_s).toString().trimmed();
    if (!spec.testUrl.isEmpty()) {
        const QUrl test = resolve(QUrl(baseUrl, QUrl::StrictMode), spec.testUrl, sample);
        if (!test.isValid() || test.host().isEmpty()
            || (test.scheme() != u"https"_s && !(test.scheme() == u"http"_s && localHost(test)))) {
            return Error {tr("The test_url option must be an https address.")};
        }
    }
    return spec;
}

HttpGateway::HttpGateway(GatewayConfig config, Spec spec, QNetworkAccessManager* network, QObject* parent)
    : SmsGateway(parent)
    , m_config(std::move(config))
    , m_spec(std::move(spec))
    , m_network(network)
{
}

HttpGateway::~HttpGateway() = default;

QString HttpGateway::providerName() const
{
    return u"http"_s;
}

GatewayCapabilities HttpGateway::capabilities() const
{
    GatewayCapabilities caps;
    caps.bulkSend = false;
    caps.idempotencyKey = false; // {key} may be sent, but nothing says the provider refuses a repeat
    caps.statusPolling = false;
    caps.inboundPolling = false;
    caps.defaultRatePerSecond = 5; // an unknown provider: slow unless the account says otherwise
    return caps;
}

QString HttpGateway::expand(const QString& text, const QHash<QString, QString>& values, Encoding encoding)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString value = values.value(match.captured(1));
        switch (encoding) {
        case Encoding::Url:
            out += QString::fromLatin1(QUrl::toPercentEncoding(value));
            break;
        case Encoding::Json:
            out += jsonEscaped(value);
            break;
        case Encoding::Header:
            out += QString(value).remove(u'\r').remove(u'\n');
            break;
        }
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QJsonValue HttpGateway::valueAt(const QJsonDocument& document, const QString& path)
{
    QJsonValue current = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (document.isNull()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    const QStringList parts = path.split(u'.', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (current.isArray()) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            const QJsonArray array = current.toArray();
            if (!isIndex || index < 0 || index >= array.size()) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = array.at(index);
        } else if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(part)) {
                return QJsonValue(QJsonValue::Undefined);
            }
            current = object.value(part);
        } else {
            return QJsonValue(QJsonValue::Undefined);
        }
    }
    return current;
}

QString HttpGateway::valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number))) {
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

QHash<QString, QString> HttpGateway::placeholders(const OutgoingMessage* message) const
{
    QHash<QString, QString> values {
        {u"from"_s, m_config.sender},
        {u"secret"_s, m_config.credentials.secret},
    };
    if (message) {
        values.insert(u"to"_s, message->to);
        values.insert(u"to_digits"_s, digitsOnly(message->to));
        values.insert(u"body"_s, message->body);
        values.insert(u"key"_s, message->attemptKey);
    }
    return values;
}

QUrl HttpGateway::resolve(const QUrl& base, const QString& urlTemplate, const QHash<QString, QString>& values)
{
    if (urlTemplate.isEmpty()) {
        return base;
    }
    const QString expanded = expand(urlTemplate, values, Encoding::Url);
    if (!urlTemplate.startsWith(u'/')) {
        return QUrl(expanded, QUrl::TolerantMode);
    }
    // A path (and maybe a query) after the account's base URL.
    const QUrl relative(expanded, QUrl::TolerantMode);
    QUrl url = joinUrl(base, relative.path(QUrl::FullyEncoded));
    url.setQuery(relative.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    return url;
}

QNetworkRequest HttpGateway::makeRequest(const QUrl& url, const QHash<QString, QString>& values) const
{
    QNetworkRequest request = baseRequest(url, m_config.timeoutMs);
    if (m_spec.method == "POST" && !m_spec.contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType.toUtf8());
    }
    // Never logged: headers may carry the secret.
    for (const auto& [name, value] : m_spec.headers) {
        request.setRawHeader(name.toLatin1(), expand(value, values, Encoding::Header).toUtf8());
    }
    return request;
}

void HttpGateway::send(const OutgoingMessage& message, SendCallback done)
{
    const QHash<QString, QString> values = placeholders(&message);
    const QNetworkRequest request = makeRequest(resolve(m_config.baseUrl, m_spec.url, values), values);
    const QByteArray body = m_spec.method == "POST"
        ? expand(m_spec.body, values, m_spec.jsonBody() ? Encoding::Json : Encoding::Url).toUtf8()
        : QByteArray();
    // GET too goes out as a one-shot request: QNetworkAccessManager would otherwise repeat an
    // idempotent GET on a dropped connection, and here a GET sends an SMS.
    QNetworkReply* reply = sendOnce(m_network, request, m_spec.method, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        if (answer.httpStatus == 0) {
            done(networkFailure(answer));
            return;
        }
        SendResult result;
        result.httpStatus = answer.httpStatus;
        result.retryAfterMs = answer.retryAfterMs;
        const auto explanation = [this, &answer] {
            const QString text
                = m_spec.errorPath.isEmpty() ? QString() : valueText(valueAt(answer.json, m_spec.errorPath));
            return text.isEmpty() ? QString::fromUtf8(answer.body.left(200)).simplified() : text;
        };
        if (!answer.isSuccess()) {
            result.outcome = classifyHttpStatus(answer.httpStatus);
            result.errorCode = u"http-%1"_s.arg(answer.httpStatus);
            result.errorMessage = explanation();
            done(result);
            return;
        }
        if (answer.json.isNull()) {
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = answer.jsonError;
            done(result);
            return;
        }
        if (!m_spec.successPath.isEmpty()) {
            const QJsonValue value = valueAt(answer.json, m_spec.successPath);
            const bool success = m_spec.hasSuccessValue
                ? !value.isUndefined() && valueText(value) == m_spec.successValue
                : isTruthy(value);
            if (!success) {
                // The provider answered and said no: refused, not sent.
                result.outcome = SendOutcome::Permanent;
                result.errorCode = valueText(value).isEmpty() ? u"refused"_s : valueText(value);
                result.errorMessage = explanation();
                done(result);
                return;
            }
        }
        const QString id = valueText(valueAt(answer.json, m_spec.idPath));
        if (id.isEmpty()) {
            result.outcome = SendOutcome::Ambiguous;
            result.errorCode = u"unreadable-response"_s;
            result.errorMessage = tr("No message id at “%1” in the answer.").arg(m_spec.idPath);
            done(result);
            return;
        }
        result.outcome = SendOutcome::Accepted;
        result.providerId = id;
        result.providerStatus = u"accepted"_s;
        done(result);
    });
}

void HttpGateway::lookup(const LookupQuery& query, LookupCallback done)
{
    Q_UNUSED(query)
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            LookupResult result;
            result.errorMessage = tr("A generic HTTP provider cannot be asked about a message.");
            done(result);
        },
        Qt::QueuedConnection);
}

void HttpGateway::pollStatuses(const QDate& since, const QString& page, PageCallback done)
{
    Q_UNUSED(since)
    Q_UNUSED(page)
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            MessagePage result;
            result.errorClass = SendOutcome::Permanent;
            result.errorMessage = tr("A generic HTTP provider has no delivery reports to poll.");
            done(result);
        },
        Qt::QueuedConnection);
}

void HttpGateway::pollInbound(const QDate& since, const QString& page, PageCallback done)
{
    Q_UNUSED(since)
    Q_UNUSED(page)
    QMetaObject::invokeMethod(
        this,
        [done = std::move(done)] {
            MessagePage result;
            result.errorClass = SendOutcome::Permanent;
            result.errorMessage = tr("A generic HTTP provider has no replies to poll.");
            done(result);
        },
        Qt::QueuedConnection);
}

void HttpGateway::testConnection(CheckCallback done)
{
    if (m_spec.testUrl.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done = std::move(done)] {
                ConnectionCheck check;
                check.errorClass = SendOutcome::Permanent;
                check.detail = tr("Nothing was checked: a generic HTTP account needs the option test_url, a "
                                  "read-only address of the provider, to test its credentials without sending.");
                done(check);
            },
            Qt::QueuedConnection);
        return;
    }
    const QHash<QString, QString> values = placeholders(nullptr);
    QNetworkRequest request = makeRequest(resolve(m_config.baseUrl, m_spec.testUrl, values), values);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QVariant());
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        const HttpAnswer answer = readAnswer(reply);
        ConnectionCheck check;
        check.httpStatus = answer.httpStatus;
        if (answer.isSuccess()) {
            check.ok = true;
            check.detail = tr("The provider answered HTTP %1.").arg(answer.httpStatus);
        } else if (answer.httpStatus == 0) {
            check.errorClass = SendOutcome::Transient;
            check.detail = tr("The provider did not answer: %1").arg(answer.errorString);
        } else {
            check.errorClass = classifyHttpStatus(answer.httpStatus);
            check.detail = tr("The provider answered HTTP %1.").arg(answer.httpStatus);
        }
        done(check);
    });
}

} // namespace Herald
