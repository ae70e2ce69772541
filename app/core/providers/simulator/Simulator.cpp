// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Simulator.h"

#include "logging/LogCategories.h"
#include "sms/SmsCounter.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

using Status = QHttpServerResponder::StatusCode;
using Fields = QList<std::pair<QString, QString>>;

const QByteArray s_json = QByteArrayLiteral("application/json");

// application/x-www-form-urlencoded (and query strings the same way): "+" is a space.
Fields parseForm(const QByteArray& data)
{
    Fields fields;
    for (const QByteArray& pair : data.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return fields;
}

QString field(const Fields& fields, const QString& name)
{
    for (const auto& [key, value] : fields) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

bool hasField(const Fields& fields, const QString& name)
{
    for (const auto& [key, value] : fields) {
        if (key == name) {
            return true;
        }
    }
    return false;
}

QByteArray header(const QHttpServerRequest& request, const QByteArray& name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString rfc2822(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::RFC2822Date);
}

QByteArray errorBody(int code, const QString& message, int status)
{
    const QJsonObject object {
        {u"code"_s, code},
        {u"message"_s, message},
        {u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code)},
        {u"status"_s, status},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void writeJson(QHttpServerResponder& responder, const QByteArray& body, int status)
{
    responder.write(body, s_json, static_cast<Status>(status));
}

void writeError(QHttpServerResponder& responder, int status, int code, const QString& message)
{
    writeJson(responder, errorBody(code, message, status), status);
}

const QStringList s_freeReplies = {
    u"Thanks!"_s,
    u"Is this still in stock?"_s,
    u"What time do you open on Saturday?"_s,
    u"Great, see you soon"_s,
};

} // namespace

QStringList Simulator::profileNames()
{
    return {u"none"_s, u"5xx"_s, u"429"_s, u"slow"_s, u"accept-then-drop"_s, u"garbage"_s, u"reset"_s, u"suspended"_s,
        u"no-funds"_s};
}

std::optional<Simulator::Fault> Simulator::faultFromName(const QString& name)
{
    static const QHash<QString, Fault> faults {
        {u"none"_s, Fault::None},
        {u"5xx"_s, Fault::ServerError},
        {u"429"_s, Fault::TooManyRequests},
        {u"slow"_s, Fault::Slow},
        {u"accept-then-drop"_s, Fault::AcceptThenDrop},
        {u"garbage"_s, Fault::Garbage},
        {u"reset"_s, Fault::ConnectionReset},
        {u"suspended"_s, Fault::AccountSuspended},
        {u"no-funds"_s, Fault::NoFunds},
    };
    const auto it = faults.constFind(name);
    if (it == faults.constEnd()) {
        return std::nullopt;
    }
    return it.value();
}

QString Simulator::faultName(Fault fault)
{
    switch (fault) {
    case Fault::None:
        return u"none"_s;
    case Fault::ServerError:
        return u"5xx"_s;
    case Fault::TooManyRequests:
        return u"429"_s;
    case Fault::Slow:
        return u"slow"_s;
    case Fault::AcceptThenDrop:
        return u"accept-then-drop"_s;
    case Fault::Garbage:
        return u"garbage"_s;
    case Fault::ConnectionReset:
        return u"reset"_s;
    case Fault::AccountSuspended:
        return u"suspended"_s;
    case Fault::NoFunds:
        return u"no-funds"_s;
    }
    return {};
}

Simulator::Simulator(QObject* parent)
    : Simulator(Options(), parent)
{
}

Simulator::Simulator(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_random(options.seed)
{
    m_options.faultEvery = qMax(1, m_options.faultEvery);
    if (m_options.rateLimit > 0 && m_options.rateBurst <= 0) {
        m_options.rateBurst = qMax(2.0, m_options.rateLimit);
    }
}

Simulator::~Simulator()
{
    // A held-back responder refers to its socket and request, which the server owns.
    m_deferred.clear();
    m_server.reset();
}

Result<QUrl> Simulator::start(quint16 port)
{
    if (m_server) {
        return m_url;
    }
    m_server = std::make_unique<QHttpServer>();
    // One dispatcher for every path: the missing-handler is the only Qt 6.4 hook that hands over
    // the responder for every request, which the slow and accept-then-drop faults need.
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handleRequest(request, std::move(responder));
    });
    // Loopback only: the Simulator must never be reachable from the network.
    const quint16 bound = m_server->listen(QHostAddress::LocalHost, port);
    if (bound == 0) {
        m_server.reset();
        return Error {tr("The Simulator cannot listen on 127.0.0.1:%1.").arg(port)};
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(bound));
    qCInfo(lcSending).noquote()
        << tr("Simulator listening on %1 (faults: %2)").arg(m_url.toString(), faultName(m_options.fault));
    return m_url;
}

void Simulator::setFault(Fault fault)
{
    m_options.fault = fault;
    m_cooldownUntilMs = 0;
}

QString Simulator::newSid()
{
    return u"SM%1%2"_s.arg(m_random.generate64(), 16, 16, QLatin1Char('0'))
        .arg(m_random.generate64(), 16, 16, QLatin1Char('0'));
}

bool Simulator::takeRateToken(qint64 nowMs)
{
    if (m_options.rateLimit <= 0) {
        return true;
    }
    if (m_rateTokens < 0) {
        m_rateTokens = m_options.rateBurst;
    } else {
        m_rateTokens
            = qMin(m_options.rateBurst, m_rateTokens + double(nowMs - m_rateRefilledMs) * m_options.rateLimit / 1000.0);
    }
    m_rateRefilledMs = nowMs;
    if (m_rateTokens < 1.0) {
        return false;
    }
    m_rateTokens -= 1.0;
    return true;
}

bool Simulator::authorized(const QString& accountSid, const QHttpServerRequest& request) const
{
    const QByteArray auth = header(request, "Authorization");
    if (!auth.startsWith("Basic ")) {
        return false;
    }
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6));
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0) {
        return false;
    }
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    if (user != accountSid && !user.startsWith(u"SK"_s)) {
        return false;
    }
    return m_options.secret.isEmpty() ? !secret.isEmpty() : secret == m_options.secret;
}

void Simulator::handleRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    ++m_requests;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    materialiseReplies(now);

    const QString path = request.url().path();
    m_lastRequest = RequestRecord();
    m_lastRequest.method = request.method() == QHttpServerRequest::Method::Post ? "POST"
        : request.method() == QHttpServerRequest::Method::Get                   ? "GET"
                                                                                : "OTHER";
    m_lastRequest.path = path;
    m_lastRequest.query = parseForm(request.url().query(QUrl::FullyEncoded).toUtf8());
    m_lastRequest.authorization = header(request, "Authorization");
    m_lastRequest.contentType = header(request, "Content-Type");
    if (request.method() == QHttpServerRequest::Method::Post) {
        m_lastRequest.form = parseForm(request.body());
    }

    if (path == u"/_simulator/ledger.json"_s && request.method() == QHttpServerRequest::Method::Get) {
        writeJson(responder, QJsonDocument(ledgerJson()).toJson(QJsonDocument::Compact), 200);
        return;
    }
    if (path == u"/_simulator/stats.json"_s && request.method() == QHttpServerRequest::Method::Get) {
        writeJson(responder, QJsonDocument(statsJson()).toJson(QJsonDocument::Compact), 200);
        return;
    }
    if (path == u"/_simulator/profile"_s && request.method() == QHttpServerRequest::Method::Post) {
        const auto fault = faultFromName(field(m_lastRequest.form, u"name"_s));
        if (!fault) {
            writeError(responder, 400, 21000, u"unknown profile"_s);
            return;
        }
        setFault(*fault);
        writeJson(responder,
            QJsonDocument(QJsonObject {{u"profile"_s, faultName(*fault)}}).toJson(QJsonDocument::Compact), 200);
        return;
    }

    static const QRegularExpression route(u"^/2010-04-01/Accounts/([^/]+)/Messages(?:/([^/]+))?\\.json$"_s);
    const QRegularExpressionMatch match = route.match(path);
    if (!match.hasMatch()) {
        writeError(responder, 404, 20404, u"The requested resource %1 was not found"_s.arg(path));
        return;
    }
    const QString accountSid = match.captured(1);
    const QString sid = match.captured(2);
    static const QRegularExpression sidPattern(u"^AC[0-9a-fA-F]{32}$"_s);
    if (!sidPattern.match(accountSid).hasMatch()) {
        writeError(responder, 404, 20404, u"The requested resource %1 was not found"_s.arg(path));
        return;
    }
    if (!authorized(accountSid, request)) {
        writeError(responder, 401, 20003, u"Authenticate"_s);
        return;
    }
    if (sid.isEmpty() && request.method() == QHttpServerRequest::Method::Post) {
        handleCreate(accountSid, request, std::move(responder));
    } else if (sid.isEmpty() && request.method() == QHttpServerRequest::Method::Get) {
        handleList(accountSid, request, std::move(responder));
    } else if (request.method() == QHttpServerRequest::Method::Get) {
        handleFetch(accountSid, sid, std::move(responder));
    } else {
        writeError(responder, 405, 20004, u"Method not allowed"_s);
    }
}

void Simulator::handleCreate(
    const QString& accountSid, const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    ++m_creates;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_createTimesMs.append(now);

    if (m_options.fault == Fault::TooManyRequests && now < m_cooldownUntilMs) {
        // The client came back before the Retry-After it was given.
        ++m_earlyRequests;
        const QByteArray retryAfter = QByteArray::number(qMax<qint64>(1, (m_cooldownUntilMs - now + 999) / 1000));
        responder.write(errorBody(20429, u"Too Many Requests"_s, 429),
            {{"Content-Type", s_json}, {"Retry-After", retryAfter}}, Status::TooManyRequests);
        return;
    }
    if (!takeRateToken(now)) {
        // Faster than the account's limit: refused unprocessed, as Twilio does (20429).
        ++m_rateLimited;
        responder.write(errorBody(20429, u"Too Many Requests"_s, 429), {{"Content-Type", s_json}, {"Retry-After", "1"}},
            Status::TooManyRequests);
        return;
    }

    if (!m_lastRequest.contentType.startsWith("application/x-www-form-urlencoded")) {
        writeError(responder, 415, 20415, u"Unsupported Media Type"_s);
        return;
    }
    const Fields& form = m_lastRequest.form;
    const QString to = field(form, u"To"_s);
    const QString from = field(form, u"From"_s);
    const QString body = field(form, u"Body"_s);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    if (to.isEmpty()) {
        writeError(responder, 400, 21604, u"A 'To' phone number is required."_s);
        return;
    }
    if (from.isEmpty() && !hasField(form, u"MessagingServiceSid"_s)) {
        writeError(responder, 400, 21603, u"A 'From' phone number is required."_s);
        return;
    }
    if (body.isEmpty() && !hasField(form, u"MediaUrl"_s) && !hasField(form, u"ContentSid"_s)) {
        writeError(responder, 400, 21602, u"Message body is required."_s);
        return;
    }
    if (body.size() > 1600) {
        writeError(responder, 400, 21617, u"The concatenated message body exceeds the 1600 character limit."_s);
        return;
    }
    if (!e164.match(to).hasMatch() || to.endsWith(u"91"_s)) {
        writeError(responder, 400, 21211, u"The 'To' number %1 is not a valid phone number."_s.arg(to));
        return;
    }
    if (to.endsWith(u"92"_s)) {
        writeError(responder, 400, 21610, u"Attempt to send to unsubscribed recipient"_s);
        return;
    }

    const bool faulty = m_options.fault != Fault::None && m_creates % m_options.faultEvery == 0;
    if (faulty) {
        ++m_faults;
    }
    if (faulty && m_options.fault == Fault::ServerError) {
        writeError(responder, 500, 20500, u"Internal Server Error"_s);
        return;
    }
    if (faulty && m_options.fault == Fault::TooManyRequests) {
        m_cooldownUntilMs = now + qint64(m_options.retryAfterSeconds) * 1000;
        responder.write(errorBody(20429, u"Too Many Requests"_s, 429),
            {{"Content-Type", s_json}, {"Retry-After", QByteArray::number(m_options.retryAfterSeconds)}},
            Status::TooManyRequests);
        return;
    }
    if (faulty && m_options.fault == Fault::AccountSuspended) {
        writeError(responder, 403, 20005, u"Account not active"_s);
        return;
    }
    if (faulty && m_options.fault == Fault::NoFunds) {
        writeError(responder, 402, 10001, u"Account is not active: the balance is exhausted"_s);
        return;
    }
    if (faulty && m_options.fault == Fault::ConnectionReset) {
        // A reset before anything was created: the client cannot tell it from a reset after, so it
        // must settle the send by lookup (which finds nothing) before trying again.
        QPointer<QTcpSocket> socket = responder.socket();
        QTimer::singleShot(0, this, [socket] {
            if (!socket) {
                return;
            }
#ifdef Q_OS_UNIX
            // Linger 0: close() sends RST instead of FIN.
            const struct linger off = {1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &off, sizeof off);
#endif
            socket->abort();
        });
        return;
    }

    const QString key = QString::fromUtf8(header(request, "I-Twilio-Idempotency-Token"));
    const StoredMessage& message = createOutbound(from, to, body, key);
    // The create response always shows the initial status, as Twilio's does.
    const QByteArray json
        = QJsonDocument(messageJson(message, accountSid, message.createdMs - 1)).toJson(QJsonDocument::Compact);

    if (faulty && m_options.fault == Fault::AcceptThenDrop) {
        // Close without a word once this handler has returned and the server let go of the request.
        QPointer<QTcpSocket> socket = responder.socket();
        QTimer::singleShot(0, this, [socket] {
            if (socket) {
                socket->abort();
            }
        });
        return;
    }
    if (faulty && m_options.fault == Fault::Garbage) {
        writeJson(responder, QByteArrayLiteral("{\"sid\": \"SM<html>Service temporarily unav"), 201);
        return;
    }
    if (faulty && m_options.fault == Fault::Slow) {
        QPointer<QTcpSocket> socket = responder.socket();
        m_deferred.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        QHttpServerResponder* held = m_deferred.back().get();
        QTimer::singleShot(m_options.slowDelayMs, this, [this, held, socket, json] {
            const auto it = std::find_if(m_deferred.begin(), m_deferred.end(),
                [held](const std::unique_ptr<QHttpServerResponder>& r) { return r.get() == held; });
            if (it == m_deferred.end()) {
                return;
            }
            std::unique_ptr<QHttpServerResponder> responderNow = std::move(*it);
            m_deferred.erase(it);
            if (socket && socket->state() == QAbstractSocket::ConnectedState) {
                writeJson(*responderNow, json, 201);
            }
            responderNow.reset();
            // The client gave up meanwhile: the server kept the socket for us, so free it now.
            if (socket && socket->state() == QAbstractSocket::UnconnectedState) {
                socket->deleteLater();
            }
        });
        return;
    }
    writeJson(responder, json, 201);
}

Simulator::StoredMessage& Simulator::createOutbound(
    const QString& from, const QString& to, const QString& body, const QString& key)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    StoredMessage m;
    m.ordinal = m_messages.size() + 1;
    m.sid = newSid();
    m.from = from;
    m.to = to;
    m.body = body;
    m.segments = SmsCounter::count(body).segments;
    m.createdMs = now;
    const auto between = [this](int low, int high) { return low + int(m_random.bounded(qMax(1, high - low + 1))); };
    m.sentMs = now + between(m_options.sendLatencyMinMs, m_options.sendLatencyMaxMs);
    if (to.endsWith(u"94"_s)) {
        m.finalStatus = u"failed"_s;
        m.errorCode = 30008;
        m.finalMs = m.sentMs;
    } else {
        m.finalMs = m.sentMs + between(m_options.deliveryLatencyMinMs, m_options.deliveryLatencyMaxMs);
        m.finalStatus = to.endsWith(u"93"_s) ? u"undelivered"_s : u"delivered"_s;
        m.errorCode = to.endsWith(u"93"_s) ? 30003 : 0;
    }
    if (m.finalStatus == u"delivered"_s && m_random.generateDouble() < m_options.replyRate) {
        PendingReply reply;
        reply.dueMs = m.finalMs + m_options.replyDelayMs;
        reply.from = to;
        reply.to = from;
        reply.body = m_random.generateDouble() < m_options.stopRate
            ? u"STOP"_s
            : s_freeReplies.at(int(m_random.bounded(qsizetype(s_freeReplies.size()))));
        const auto pos = std::upper_bound(m_pendingReplies.begin(), m_pendingReplies.end(), reply.dueMs,
            [](qint64 due, const PendingReply& r) { return due < r.dueMs; });
        m_pendingReplies.insert(pos, reply);
    }
    m_bySid.insert(m.sid, m_messages.size());
    m_messages.append(m);
    m_ledger.append({m.sid, to, from, body, key, now});
    if (++m_sentTo[to] == 2) {
        ++m_duplicates;
    }
    emit messageAccepted(m.sid, to);
    return m_messages.last();
}

void Simulator::materialiseReplies(qint64 nowMs)
{
    while (!m_pendingReplies.isEmpty() && m_pendingReplies.constFirst().dueMs <= nowMs) {
        const PendingReply reply = m_pendingReplies.takeFirst();
        StoredMessage m;
        m.ordinal = m_messages.size() + 1;
        m.sid = newSid();
        m.inbound = true;
        m.from = reply.from;
        m.to = reply.to;
        m.body = reply.body;
        m.segments = SmsCounter::count(reply.body).segments;
        m.createdMs = reply.dueMs;
        m.sentMs = reply.dueMs;
        m.finalMs = reply.dueMs;
        m.finalStatus = u"received"_s;
        m_bySid.insert(m.sid, m_messages.size());
        m_messages.append(m);
    }
}

QJsonObject Simulator::messageJson(const StoredMessage& m, const QString& accountSid, qint64 nowMs) const
{
    QString status;
    qint64 updated = m.createdMs;
    bool sent = false;
    if (m.inbound) {
        status = u"received"_s;
        sent = true;
    } else if (nowMs < m.sentMs) {
        status = u"queued"_s;
    } else if (m.finalStatus == u"failed"_s) {
        status = m.finalStatus;
        updated = m.finalMs;
    } else if (nowMs < m.finalMs) {
        status = u"sent"_s;
        updated = m.sentMs;
        sent = true;
    } else {
        status = m.finalStatus;
        updated = m.finalMs;
        sent = true;
    }
    const bool final = status == m.finalStatus && !m.inbound;
    const QString uri = u"/2010-04-01/Accounts/%1/Messages/%2.json"_s.arg(accountSid, m.sid);
    return {
        {u"sid"_s, m.sid},
        {u"account_sid"_s, accountSid},
        {u"messaging_service_sid"_s, QJsonValue::Null},
        {u"from"_s, m.from},
        {u"to"_s, m.to},
        {u"body"_s, m.body},
        {u"status"_s, status},
        {u"direction"_s, m.inbound ? u"inbound"_s : u"outbound-api"_s},
        {u"num_segments"_s, QString::number(m.segments)},
        {u"num_media"_s, u"0"_s},
        {u"error_code"_s, final && m.errorCode != 0 ? QJsonValue(m.errorCode) : QJsonValue(QJsonValue::Null)},
        {u"error_message"_s, QJsonValue::Null},
        {u"price"_s, sent ? QJsonValue(QString::number(-0.0079 * m.segments, 'f', 5)) : QJsonValue(QJsonValue::Null)},
        {u"price_unit"_s, u"USD"_s},
        {u"api_version"_s, u"2010-04-01"_s},
        {u"date_created"_s, rfc2822(m.createdMs)},
        {u"date_sent"_s, sent ? QJsonValue(rfc2822(m.sentMs)) : QJsonValue(QJsonValue::Null)},
        {u"date_updated"_s, rfc2822(updated)},
        {u"uri"_s, uri},
        {u"subresource_uris"_s, QJsonObject {{u"media"_s, uri.chopped(5) + u"/Media.json"_s}}},
    };
}

void Simulator::handleList(
    const QString& accountSid, const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    Q_UNUSED(request)
    ++m_listRequests;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Fields& query = m_lastRequest.query;
    const QString to = field(query, u"To"_s);
    const QString from = field(query, u"From"_s);
    const QDate on = QDate::fromString(field(query, u"DateSent"_s), Qt::ISODate);
    const QDate after = QDate::fromString(field(query, u"DateSent>"_s), Qt::ISODate);
    const QDate before = QDate::fromString(field(query, u"DateSent<"_s), Qt::ISODate);
    const int pageSize = qBound(1, hasField(query, u"PageSize"_s) ? field(query, u"PageSize"_s).toInt() : 50, 1000);
    const int page = field(query, u"Page"_s).toInt();
    const QString token = field(query, u"PageToken"_s);
    // PageToken "PA<n>": the page starts below ordinal n, so a listing stays stable while new
    // messages arrive at its top (newest first).
    const qint64 below = token.startsWith(u"PA"_s) ? token.mid(2).toLongLong() : m_messages.size() + 1;

    QJsonArray items;
    qint64 lastOrdinal = 0;
    bool more = false;
    for (qint64 i = qMin<qint64>(below - 1, m_messages.size()); i >= 1; --i) {
        const StoredMessage& m = m_messages.at(i - 1);
        if ((!to.isEmpty() && m.to != to) || (!from.isEmpty() && m.from != from)) {
            continue;
        }
        // DateSent filters by the day sent; a message not yet sent is filtered by its creation day.
        const bool sent = m.inbound || (now >= m.sentMs && m.finalStatus != u"failed"_s);
        const QDate day = QDateTime::fromMSecsSinceEpoch(sent ? m.sentMs : m.createdMs, Qt::UTC).date();
        if ((on.isValid() && day != on) || (after.isValid() && day < after) || (before.isValid() && day > before)) {
            continue;
        }
        if (items.size() == pageSize) {
            more = true;
            break;
        }
        items.append(messageJson(m, accountSid, now));
        lastOrdinal = m.ordinal;
    }

    const QString base = u"/2010-04-01/Accounts/%1/Messages.json"_s.arg(accountSid);
    const auto pageUri = [&](int pageNumber, const QString& pageToken) {
        QStringList parts;
        for (const auto& [key, value] : query) {
            if (key != u"Page"_s && key != u"PageToken"_s && key != u"PageSize"_s) {
                parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
            }
        }
        parts.append(u"PageSize=%1"_s.arg(pageSize));
        parts.append(u"Page=%1"_s.arg(pageNumber));
        if (!pageToken.isEmpty()) {
            parts.append(u"PageToken=%1"_s.arg(pageToken));
        }
        return base + u'?' + parts.join(u'&');
    };
    const QJsonObject object {
        {u"messages"_s, items},
        {u"page"_s, page},
        {u"page_size"_s, pageSize},
        {u"start"_s, page * pageSize},
        {u"end"_s, page * pageSize + qMax<qsizetype>(0, items.size() - 1)},
        {u"uri"_s, pageUri(page, token)},
        {u"first_page_uri"_s, pageUri(0, QString())},
        {u"next_page_uri"_s,
            more ? QJsonValue(pageUri(page + 1, u"PA%1"_s.arg(lastOrdinal))) : QJsonValue(QJsonValue::Null)},
        {u"previous_page_uri"_s, QJsonValue::Null},
    };
    writeJson(responder, QJsonDocument(object).toJson(QJsonDocument::Compact), 200);
}

void Simulator::handleFetch(const QString& accountSid, const QString& sid, QHttpServerResponder&& responder)
{
    ++m_fetchRequests;
    const auto it = m_bySid.constFind(sid);
    if (it == m_bySid.constEnd()) {
        writeError(responder, 404, 20404, u"The requested resource was not found"_s);
        return;
    }
    const QJsonObject object = messageJson(m_messages.at(it.value()), accountSid, QDateTime::currentMSecsSinceEpoch());
    writeJson(responder, QJsonDocument(object).toJson(QJsonDocument::Compact), 200);
}

QJsonObject Simulator::statsJson() const
{
    return {
        {u"profile"_s, faultName(m_options.fault)},
        {u"requests"_s, m_requests},
        {u"creates"_s, m_creates},
        {u"accepted"_s, m_ledger.size()},
        {u"faults"_s, m_faults},
        {u"early_requests"_s, m_earlyRequests},
        {u"rate_limited"_s, m_rateLimited},
        {u"list_requests"_s, m_listRequests},
        {u"fetch_requests"_s, m_fetchRequests},
        {u"recipients"_s, m_sentTo.size()},
        {u"duplicate_recipients"_s, m_duplicates},
        {u"first_accepted_ms"_s, m_ledger.isEmpty() ? 0 : m_ledger.constFirst().receivedAtMs},
        {u"last_accepted_ms"_s, m_ledger.isEmpty() ? 0 : m_ledger.constLast().receivedAtMs},
    };
}

QJsonObject Simulator::ledgerJson() const
{
    QJsonArray messages;
    for (const LedgerEntry& e : m_ledger) {
        messages.append(QJsonObject {
            {u"sid"_s, e.sid},
            {u"to"_s, e.to},
            {u"from"_s, e.from},
            {u"body"_s, e.body},
            {u"attempt_key"_s, e.attemptKey},
            {u"received_at_ms"_s, e.receivedAtMs},
        });
    }
    return {
        {u"messages"_s, messages},
        {u"profile"_s, faultName(m_options.fault)},
        {u"requests"_s, m_requests},
        {u"creates"_s, m_creates},
        {u"faults"_s, m_faults},
        {u"early_requests"_s, m_earlyRequests},
        {u"rate_limited"_s, m_rateLimited},
        {u"duplicate_recipients"_s, m_duplicates},
    };
}

} // namespace Herald
