// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providers/ProviderAccount.h"
#include "providers/TwilioGateway.h"
#include "providers/simulator/Simulator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Herald;

Q_DECLARE_METATYPE(Herald::SendOutcome)

// The Twilio adapter against the Simulator, over real HTTP on 127.0.0.1.
class TestTwilioGateway final : public QObject
{
    Q_OBJECT

private slots:
    void requestShapeMatchesTheApi();
    void requestNamesExistInTheOfficialOpenApi();
    void acceptedMessageIsParsed();
    void createErrorsAreClassified_data();
    void createErrorsAreClassified();
    void serverErrorIsAmbiguousAndNotCreated();
    void tooManyRequestsCarriesRetryAfter();
    void slowAnswerTimesOutAndLookupFindsIt();
    void droppedConnectionIsNotResent();
    void garbageIsAmbiguous();
    void wrongSecretIsAnAccountProblem();
    void lookupByRecipientAndBySid();
    void statusPollingReadsPagesOfAThousand();
    void inboundRepliesArePolled();
    void simulatorListensOnLoopbackOnly();
    void ledgerIsServedAsJson();

private:
    struct Harness
    {
        explicit Harness(const Simulator::Options& options, int timeoutMs = 5000)
            : simulator(options)
        {
            const auto url = simulator.start(0);
            ok = url.ok();
            GatewayConfig config;
            config.baseUrl = ok ? url.value() : QUrl();
            config.sender = ProviderAccounts::simulatorSender();
            config.credentials = ProviderAccounts::simulatorCredentials();
            config.timeoutMs = timeoutMs;
            gateway = std::make_unique<TwilioGateway>(config, &network);
        }
        Simulator simulator;
        QNetworkAccessManager network;
        std::unique_ptr<TwilioGateway> gateway;
        bool ok = false;
    };

    static std::optional<SendResult> send(
        TwilioGateway& gateway, const QString& to, const QString& body = u"Hello"_s, const QString& key = QString());
    static std::optional<LookupResult> lookup(TwilioGateway& gateway, const LookupQuery& query);
    static Simulator::Options quiet(Simulator::Fault fault = Simulator::Fault::None, int every = 1);
};

Simulator::Options TestTwilioGateway::quiet(Simulator::Fault fault, int every)
{
    Simulator::Options options;
    options.fault = fault;
    options.faultEvery = every;
    options.replyRate = 0;
    options.sendLatencyMinMs = 0;
    options.sendLatencyMaxMs = 0;
    options.deliveryLatencyMinMs = 0;
    options.deliveryLatencyMaxMs = 0;
    return options;
}

std::optional<SendResult> TestTwilioGateway::send(
    TwilioGateway& gateway, const QString& to, const QString& body, const QString& key)
{
    std::optional<SendResult> result;
    OutgoingMessage message;
    message.to = to;
    message.body = body;
    message.attemptKey = key;
    gateway.send(message, [&result](const SendResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result;
}

std::optional<LookupResult> TestTwilioGateway::lookup(TwilioGateway& gateway, const LookupQuery& query)
{
    std::optional<LookupResult> result;
    gateway.lookup(query, [&result](const LookupResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
    return result;
}

void TestTwilioGateway::requestShapeMatchesTheApi()
{
    Harness h(quiet());
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100200"_s, u"Zażółć & 100% = ok+"_s, u"key-1"_s);
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);

    const Simulator::RequestRecord& r = h.simulator.lastRequest();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, u"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages.json"_s);
    QCOMPARE(r.contentType, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(r.authorization, "Basic " + QByteArrayLiteral("AC00000000000000000000000000000000:simulator").toBase64());
    // CreateMessage's only required parameter is To (twilio_api_v2010.json); From and Body are
    // what Herald sends beside it, and no StatusCallback (a desktop cannot receive webhooks).
    QList<std::pair<QString, QString>> expected {
        {u"To"_s, u"+48600100200"_s},
        {u"Body"_s, u"Zażółć & 100% = ok+"_s},
        {u"From"_s, u"+15005550006"_s},
    };
    QCOMPARE(r.form, expected);
    QCOMPARE(h.simulator.ledger().size(), 1);
    QCOMPARE(h.simulator.ledger().constFirst().to, u"+48600100200"_s);
    QCOMPARE(h.simulator.ledger().constFirst().body, u"Zażółć & 100% = ok+"_s);
    QCOMPARE(h.simulator.ledger().constFirst().attemptKey, u"key-1"_s);
}

namespace
{

// Whether path (as sent) matches an OpenAPI path template such as
// /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json.
bool matchesTemplate(const QString& path, const QString& pathTemplate)
{
    QString pattern = QRegularExpression::escape(pathTemplate);
    pattern.replace(QRegularExpression(u"\\\\\\{[A-Za-z]+\\\\\\}"_s), u"[^/]+"_s);
    return QRegularExpression(u'^' + pattern + u'$').match(path).hasMatch();
}

QSet<QString> parameterNames(const QJsonObject& operation, const QString& in)
{
    QSet<QString> names;
    for (const QJsonValue& value : operation.value(u"parameters"_s).toArray()) {
        if (value.toObject().value(u"in"_s).toString() == in) {
            names.insert(value.toObject().value(u"name"_s).toString());
        }
    }
    return names;
}

} // namespace

void TestTwilioGateway::requestNamesExistInTheOfficialOpenApi()
{
    // Twilio's own OpenAPI description (twilio/twilio-oai spec/json/twilio_api_v2010.json), read
    // at test time: every path, form field and query parameter Herald sends must exist in it.
    QFile file(QStringLiteral(HERALD_TWILIO_OPENAPI));
    QVERIFY2(file.open(QIODevice::ReadOnly),
        qPrintable(u"Twilio's OpenAPI file is missing at %1; configure with -DHERALD_TWILIO_OPENAPI=…"_s.arg(
            file.fileName())));
    const QJsonObject paths = QJsonDocument::fromJson(file.readAll()).object().value(u"paths"_s).toObject();
    const QString listPath = u"/2010-04-01/Accounts/{AccountSid}/Messages.json"_s;
    const QString fetchPath = u"/2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json"_s;
    const QJsonObject create = paths.value(listPath).toObject().value(u"post"_s).toObject();
    const QJsonObject list = paths.value(listPath).toObject().value(u"get"_s).toObject();
    const QJsonObject fetch = paths.value(fetchPath).toObject().value(u"get"_s).toObject();
    QCOMPARE(create.value(u"operationId"_s).toString(), u"CreateMessage"_s);
    QCOMPARE(list.value(u"operationId"_s).toString(), u"ListMessage"_s);
    QCOMPARE(fetch.value(u"operationId"_s).toString(), u"FetchMessage"_s);
    const QJsonObject form = create.value(u"requestBody"_s)
                                 .toObject()
                                 .value(u"content"_s)
                                 .toObject()
                                 .value(u"application/x-www-form-urlencoded"_s)
                                 .toObject()
                                 .value(u"schema"_s)
                                 .toObject();
    const QJsonObject properties = form.value(u"properties"_s).toObject();
    QVERIFY(properties.contains(u"To"_s));

    Harness h(quiet());
    QVERIFY(h.ok);
    const auto sent = send(*h.gateway, u"+48600100220"_s, u"Spec"_s, u"key-spec"_s);
    QVERIFY(sent);
    QCOMPARE(sent->outcome, SendOutcome::Accepted);
    Simulator::RequestRecord r = h.simulator.lastRequest();
    QVERIFY(matchesTemplate(r.path, listPath));
    QCOMPARE(r.contentType, QByteArrayLiteral("application/x-www-form-urlencoded"));
    for (const auto& [name, value] : r.form) {
        QVERIFY2(properties.contains(name), qPrintable(u"CreateMessage has no form field %1"_s.arg(name)));
    }
    for (const QJsonValue& required : form.value(u"required"_s).toArray()) {
        const QString name = required.toString();
        QVERIFY2(std::any_of(r.form.cbegin(), r.form.cend(), [&name](const auto& f) { return f.first == name; }),
            qPrintable(u"CreateMessage requires %1"_s.arg(name)));
    }

    // Every listing Herald makes: statuses, replies and a lookup by recipient.
    const QSet<QString> listQuery = parameterNames(list, u"query"_s);
    const auto checkList = [&](const Simulator::RequestRecord& request) {
        QVERIFY(matchesTemplate(request.path, listPath));
        QVERIFY(!request.query.isEmpty());
        for (const auto& [name, value] : request.query) {
            QVERIFY2(listQuery.contains(name), qPrintable(u"ListMessage has no query parameter %1"_s.arg(name)));
        }
    };
    bool polled = false;
    h.gateway->pollStatuses(QDate::currentDate(), QString(), [&polled](const MessagePage&) { polled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(polled, 10000);
    checkList(h.simulator.lastRequest());
    polled = false;
    h.gateway->pollInbound(QDate::currentDate(), QString(), [&polled](const MessagePage&) { polled = true; });
    QTRY_VERIFY_WITH_TIMEOUT(polled, 10000);
    checkList(h.simulator.lastRequest());
    LookupQuery byRecipient;
    byRecipient.to = u"+48600100220"_s;
    byRecipient.body = u"Spec"_s;
    QVERIFY(lookup(*h.gateway, byRecipient));
    checkList(h.simulator.lastRequest());

    LookupQuery bySid;
    bySid.providerId = sent->providerId;
    QVERIFY(lookup(*h.gateway, bySid));
    QVERIFY(matchesTemplate(h.simulator.lastRequest().path, fetchPath));
    QVERIFY(h.simulator.lastRequest().query.isEmpty());
}

void TestTwilioGateway::acceptedMessageIsParsed()
{
    Harness h(quiet());
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100201"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 201);
    QVERIFY(QRegularExpression(u"^SM[0-9a-f]{32}$"_s).match(result->providerId).hasMatch());
    QCOMPARE(result->providerId, h.simulator.ledger().constFirst().sid);
    QCOMPARE(result->providerStatus, u"queued"_s);

    const ProviderMessage m = TwilioGateway::parseMessage(QJsonDocument::fromJson(R"({
        "sid": "SM0123456789abcdef0123456789abcdef", "direction": "outbound-api", "from": "+15005550006",
        "to": "+48600100201", "body": "Hi", "status": "undelivered", "error_code": 30003,
        "num_segments": "2", "price": "-0.01580", "price_unit": "USD",
        "date_created": "Thu, 24 Aug 2023 05:01:45 +0000", "date_sent": null,
        "date_updated": "Thu, 24 Aug 2023 05:01:47 +0000"})")
                                                              .object());
    QCOMPARE(m.errorCode, u"30003"_s);
    QCOMPARE(m.segments, 2);
    QCOMPARE(m.createdAt, QDateTime(QDate(2023, 8, 24), QTime(5, 1, 45), Qt::UTC));
    QVERIFY(!m.sentAt.isValid());
    QCOMPARE(m.price, u"-0.01580"_s);
}

void TestTwilioGateway::createErrorsAreClassified_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<QString>("code");
    QTest::newRow("invalid number") << u"+48600100291"_s << SendOutcome::Permanent << u"21211"_s;
    QTest::newRow("unsubscribed") << u"+48600100292"_s << SendOutcome::RecipientOptedOut << u"21610"_s;
    QTest::newRow("not E.164") << u"600100200"_s << SendOutcome::Permanent << u"21211"_s;
}

void TestTwilioGateway::createErrorsAreClassified()
{
    QFETCH(QString, to);
    QFETCH(SendOutcome, outcome);
    QFETCH(QString, code);
    Harness h(quiet());
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, to);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 400);
    QCOMPARE(result->outcome, outcome);
    QCOMPARE(result->errorCode, code);
    QCOMPARE(h.simulator.ledger().size(), 0);

    QCOMPARE(TwilioGateway::classifyError(401, 20003), SendOutcome::AccountProblem);
    QCOMPARE(TwilioGateway::classifyError(400, 10001), SendOutcome::AccountProblem);
    QCOMPARE(TwilioGateway::classifyError(429, 20429), SendOutcome::RateLimited);
    QCOMPARE(TwilioGateway::classifyError(503, 0), SendOutcome::Ambiguous);
    QCOMPARE(TwilioGateway::classifyError(400, 21611), SendOutcome::Transient);
}

void TestTwilioGateway::serverErrorIsAmbiguousAndNotCreated()
{
    Harness h(quiet(Simulator::Fault::ServerError, 1));
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100202"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 500);
    // A 5xx may hide a created message (Twilio 20500): settle by lookup, never resend blindly.
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"20500"_s);
    QCOMPARE(h.simulator.ledger().size(), 0);
    LookupQuery q;
    q.to = u"+48600100202"_s;
    q.body = u"Hello"_s;
    const auto found = lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);
}

void TestTwilioGateway::tooManyRequestsCarriesRetryAfter()
{
    Simulator::Options options = quiet(Simulator::Fault::TooManyRequests, 1);
    options.retryAfterSeconds = 7;
    Harness h(options);
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100203"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 429);
    QCOMPARE(result->outcome, SendOutcome::RateLimited);
    QCOMPARE(result->retryAfterMs, 7000);
    QCOMPARE(h.simulator.ledger().size(), 0);
    // Coming back at once is exactly what the Simulator counts as early.
    const auto again = send(*h.gateway, u"+48600100203"_s);
    QVERIFY(again);
    QCOMPARE(again->outcome, SendOutcome::RateLimited);
    QCOMPARE(h.simulator.earlyRequests(), 1);
}

void TestTwilioGateway::slowAnswerTimesOutAndLookupFindsIt()
{
    Simulator::Options options = quiet(Simulator::Fault::Slow, 1);
    options.slowDelayMs = 1500;
    Harness h(options, 300);
    QVERIFY(h.ok);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto result = send(*h.gateway, u"+48600100204"_s, u"Slow one"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"timeout"_s);
    QCOMPARE(h.simulator.ledger().size(), 1);

    LookupQuery q;
    q.to = u"+48600100204"_s;
    q.body = u"Slow one"_s;
    q.notBefore = before;
    const auto found = lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.id, h.simulator.ledger().constFirst().sid);
    // Let the held-back answer go out to a socket nobody listens to any more.
    QTest::qWait(1600);
    QCOMPARE(h.simulator.ledger().size(), 1);
}

void TestTwilioGateway::droppedConnectionIsNotResent()
{
    Harness h(quiet(Simulator::Fault::AcceptThenDrop, 1));
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100205"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    // QNetworkAccessManager re-sends a request whose connection closed without an answer; the
    // one-shot body turns that into an error instead of a second SMS.
    QCOMPARE(h.simulator.createRequestCount(), 1);
    QCOMPARE(h.simulator.ledger().size(), 1);
}

void TestTwilioGateway::garbageIsAmbiguous()
{
    Harness h(quiet(Simulator::Fault::Garbage, 1));
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100206"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 201);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"unreadable-response"_s);
    QVERIFY(result->providerId.isEmpty());
}

void TestTwilioGateway::wrongSecretIsAnAccountProblem()
{
    Simulator::Options options = quiet();
    options.secret = u"right"_s;
    Harness h(options);
    QVERIFY(h.ok);
    const auto result = send(*h.gateway, u"+48600100207"_s);
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 401);
    QCOMPARE(result->outcome, SendOutcome::AccountProblem);
    QCOMPARE(result->errorCode, u"20003"_s);
    QCOMPARE(h.simulator.ledger().size(), 0);
}

void TestTwilioGateway::lookupByRecipientAndBySid()
{
    Harness h(quiet());
    QVERIFY(h.ok);
    const auto a = send(*h.gateway, u"+48600100208"_s, u"First"_s);
    const auto b = send(*h.gateway, u"+48600100208"_s, u"Second"_s);
    QVERIFY(a && b);
    LookupQuery q;
    q.to = u"+48600100208"_s;
    q.body = u"First"_s;
    auto found = lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.id, a->providerId);
    q.body = u"Third"_s;
    found = lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);

    LookupQuery bySid;
    bySid.providerId = b->providerId;
    found = lookup(*h.gateway, bySid);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.body, u"Second"_s);
    QCOMPARE(h.simulator.lastRequest().path,
        u"/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/%1.json"_s.arg(b->providerId));
    bySid.providerId = u"SM00000000000000000000000000000000"_s;
    found = lookup(*h.gateway, bySid);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);
}

void TestTwilioGateway::statusPollingReadsPagesOfAThousand()
{
    Harness h(quiet(), 60000);
    QVERIFY(h.ok);
    constexpr int Count = 2500;
    int done = 0;
    for (int i = 0; i < Count; ++i) {
        OutgoingMessage m;
        m.to = u"+4860020%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        if (m.to.endsWith(u"91"_s) || m.to.endsWith(u"92"_s)) {
            m.to.chop(2);
            m.to += u"00"_s;
        }
        m.body = u"Poll %1"_s.arg(i);
        h.gateway->send(m, [&done](const SendResult&) { ++done; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, Count, 60000);
    const int accepted = int(h.simulator.ledger().size());
    QCOMPARE(accepted, Count);
    const int requestsBefore = h.simulator.requestCount();

    QList<ProviderMessage> all;
    QString page;
    int pages = 0;
    bool finished = false;
    std::function<void(const MessagePage&)> handle = [&](const MessagePage& p) {
        QVERIFY(p.ok);
        ++pages;
        all.append(p.messages);
        if (p.nextPage.isEmpty()) {
            finished = true;
        } else {
            h.gateway->pollStatuses(QDate::currentDate().addDays(-1), p.nextPage, handle);
        }
    };
    h.gateway->pollStatuses(QDateTime::currentDateTimeUtc().date().addDays(-1), QString(), handle);
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QCOMPARE(pages, 3); // 1,000 + 1,000 + 500: never one request per message
    QCOMPARE(h.simulator.requestCount() - requestsBefore, 3);
    QCOMPARE(all.size(), Count);
    QSet<QString> ids;
    for (const ProviderMessage& m : std::as_const(all)) {
        ids.insert(m.id);
    }
    QCOMPARE(ids.size(), Count);
    const auto& q = h.simulator.lastRequest().query;
    QVERIFY(std::find(q.cbegin(), q.cend(), std::pair(u"PageSize"_s, u"1000"_s)) != q.cend());
    QVERIFY(std::find(q.cbegin(), q.cend(), std::pair(u"From"_s, u"+15005550006"_s)) != q.cend());
}

void TestTwilioGateway::inboundRepliesArePolled()
{
    Simulator::Options options = quiet();
    options.replyRate = 1.0;
    options.stopRate = 1.0;
    options.replyDelayMs = 0;
    Harness h(options);
    QVERIFY(h.ok);
    QVERIFY(send(*h.gateway, u"+48600100209"_s));
    QVERIFY(send(*h.gateway, u"+48600100210"_s));
    std::optional<MessagePage> page;
    // Replies appear once the messages were delivered (no latency here).
    QTest::qWait(20);
    h.gateway->pollInbound(
        QDateTime::currentDateTimeUtc().date(), QString(), [&page](const MessagePage& p) { page = p; });
    QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 10000);
    QVERIFY(page->ok);
    QCOMPARE(page->messages.size(), 2);
    for (const ProviderMessage& m : std::as_const(page->messages)) {
        QVERIFY(m.isInbound());
        QCOMPARE(m.body, u"STOP"_s);
        QCOMPARE(m.to, u"+15005550006"_s);
        QCOMPARE(m.status, u"received"_s);
    }
    QCOMPARE(page->messages.at(0).from, u"+48600100210"_s); // newest first
    QCOMPARE(page->messages.at(1).from, u"+48600100209"_s);
}

void TestTwilioGateway::simulatorListensOnLoopbackOnly()
{
    Simulator simulator(quiet());
    const auto url = simulator.start(0);
    QVERIFY(url);
    QCOMPARE(url->host(), u"127.0.0.1"_s);
    QVERIFY(url->port() > 0);
}

void TestTwilioGateway::ledgerIsServedAsJson()
{
    Harness h(quiet());
    QVERIFY(h.ok);
    QVERIFY(send(*h.gateway, u"+48600100211"_s, u"Ledger"_s, u"k-9"_s));
    QUrl url = h.simulator.url();
    url.setPath(u"/_simulator/ledger.json"_s);
    QNetworkReply* reply = h.network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QJsonObject ledger = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    const QJsonArray messages = ledger.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(u"to"_s).toString(), u"+48600100211"_s);
    QCOMPARE(messages.at(0).toObject().value(u"attempt_key"_s).toString(), u"k-9"_s);
    QCOMPARE(ledger.value(u"creates"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestTwilioGateway)
#include "TestTwilioGateway.moc"
