// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeProvider.h"
#include "GatewayTestSupport.h"
#include "providers/PlivoGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The Plivo adapter against a fake Message API on 127.0.0.1. Answers are shaped like the
// fixtures of Plivo's own Python client (messageSendResponse.json, messageListResponse.json).
class TestPlivoGateway final : public QObject
{
    Q_OBJECT

private slots:
    void requestShapeMatchesTheApi();
    void powerpackReplacesTheSender();
    void errorsAreClassified_data();
    void errorsAreClassified();
    void garbageTimeoutAndDropAreAmbiguous();
    void statusPollingFollowsMetaNext();
    void inboundRepliesArePolled();
    void lookupByUuid();
    void lookupWithoutUuidListsTheRecipient();
    void connectionCheckListsMessages();

private:
    static constexpr auto AuthId = "MAXXXXXXXXXXXXXXXXXX";

    struct Harness
    {
        explicit Harness(int timeoutMs = 5000, const QString& sender = u"+14155550100"_s,
            const QJsonObject& options = {{u"auth_id"_s, QString::fromLatin1(AuthId)}})
        {
            ok = fake.start();
            GatewayConfig config;
            config.baseUrl = fake.url();
            config.sender = sender;
            config.credentials.secret = u"auth-token"_s;
            config.timeoutMs = timeoutMs;
            config.options = options;
            gateway = std::make_unique<PlivoGateway>(config, &network);
        }
        FakeProvider fake;
        QNetworkAccessManager network;
        std::unique_ptr<PlivoGateway> gateway;
        bool ok = false;
    };

    static QString messagesPath()
    {
        return u"/v1/Account/%1/Message/"_s.arg(QString::fromLatin1(AuthId));
    }
    static QJsonObject record(const QString& uuid, const QString& direction, const QString& state, const QString& from,
        const QString& to, const QString& time = u"2017-05-22 21:36:14+05:30"_s)
    {
        return {{u"error_code"_s, state == u"delivered"_s ? QJsonValue(u"000"_s) : QJsonValue()},
            {u"from_number"_s, from}, {u"message_direction"_s, direction}, {u"message_state"_s, state},
            {u"message_time"_s, time}, {u"message_type"_s, u"sms"_s}, {u"message_uuid"_s, uuid},
            {u"resource_uri"_s, messagesPath() + uuid + u'/'}, {u"to_number"_s, to}, {u"total_amount"_s, u"0.00250"_s},
            {u"total_rate"_s, u"0.00250"_s}, {u"units"_s, 1},
            {u"message_sent_time"_s, u"2024-08-21 18:28:49.244057+05:30"_s},
            {u"message_updated_time"_s, u"2024-08-21 18:28:51.94772+05:30"_s}, {u"error_message"_s, u""_s}};
    }
    static QByteArray list(const QJsonArray& objects, const QJsonValue& next, int offset = 0)
    {
        const QJsonObject meta {{u"limit"_s, 20}, {u"next"_s, next}, {u"offset"_s, offset},
            {u"previous"_s, QJsonValue()}, {u"total_count"_s, objects.size()}};
        const QJsonObject answer {
            {u"api_id"_s, u"9506d2c0-3f08-11e7-b886-067c5485c240"_s}, {u"meta"_s, meta}, {u"objects"_s, objects}};
        return QJsonDocument(answer).toJson(QJsonDocument::Compact);
    }
    static QByteArray queued(const QString& uuid)
    {
        const QJsonObject answer {{u"api_id"_s, u"948b53a2-3f08-11e7-b6f4-061564b78b75"_s},
            {u"message"_s, u"message(s) queued"_s}, {u"message_uuid"_s, QJsonArray {uuid}}};
        return QJsonDocument(answer).toJson(QJsonDocument::Compact);
    }
};

void TestPlivoGateway::requestShapeMatchesTheApi()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(202, queued(u"5b40a428-bfc7-4daf-9d06-726c558bf3b8"_s)));
    const QString body = u"Zażółć \"gęślą\" jaźń: -20%"_s;
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s, body));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 202);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"5b40a428-bfc7-4daf-9d06-726c558bf3b8"_s);
    QCOMPARE(result->providerStatus, u"queued"_s);

    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, messagesPath());
    QCOMPARE(r.header("Authorization"), "Basic " + QByteArrayLiteral("MAXXXXXXXXXXXXXXXXXX:auth-token").toBase64());
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
    const QJsonObject json = r.json().object();
    const QJsonObject expected {
        {u"src"_s, u"14155550100"_s}, {u"dst"_s, u"48500100200"_s}, {u"text"_s, body}, {u"type"_s, u"sms"_s}};
    QCOMPARE(json, expected); // no callback url: a desktop cannot receive webhooks
    QVERIFY(h.gateway->capabilities().minPollIntervalMs >= 3000);
}

void TestPlivoGateway::powerpackReplacesTheSender()
{
    Harness h(5000, QString(),
        {{u"auth_id"_s, QString::fromLatin1(AuthId)},
            {u"powerpack_uuid"_s, u"d35f2e82-d387-427f-8594-6fa07613c43a"_s}});
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(202, queued(u"u-1"_s)));
    QVERIFY(GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s)));
    const QJsonObject json = h.fake.last().json().object();
    QVERIFY(!json.contains(u"src"_s));
    QCOMPARE(json.value(u"powerpack_uuid"_s).toString(), u"d35f2e82-d387-427f-8594-6fa07613c43a"_s);
}

void TestPlivoGateway::errorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<QString>("message");
    QTest::newRow("400 invalid dst")
        << 400 << QByteArray(R"({"api_id":"c9527676-5839-11e1-86da-6ff39efcb949","error":"invalid dst"})")
        << QByteArray() << SendOutcome::Permanent << u"invalid dst"_s;
    QTest::newRow("401") << 401
                         << QByteArray(
                                "Could not verify your access level for that URL.\nYou have to login with proper "
                                "credentials")
                         << QByteArray() << SendOutcome::AccountProblem << QString();
    QTest::newRow("429") << 429 << QByteArray(R"({"api_id":"x","error":"too many requests"})") << QByteArray("60")
                         << SendOutcome::RateLimited << u"too many requests"_s;
    QTest::newRow("500") << 500 << QByteArray(R"({"api_id":"x","error":"internal error"})") << QByteArray()
                         << SendOutcome::Ambiguous << u"internal error"_s;
}

void TestPlivoGateway::errorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, retryAfter);
    QFETCH(SendOutcome, outcome);
    QFETCH(QString, message);
    Harness h;
    QVERIFY(h.ok);
    FakeProvider::Reply reply = FakeProvider::Reply::json(status, body);
    if (!retryAfter.isEmpty()) {
        reply.headers = {{"Retry-After", retryAfter}};
    }
    h.fake.enqueue(reply);
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->outcome, outcome);
    QCOMPARE(result->errorCode, u"http-%1"_s.arg(status));
    if (!message.isEmpty()) {
        QCOMPARE(result->errorMessage, message);
    }
    QCOMPARE(result->retryAfterMs, retryAfter.isEmpty() ? -1 : retryAfter.toInt() * 1000);
}

void TestPlivoGateway::garbageTimeoutAndDropAreAmbiguous()
{
    Harness h(300);
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(202, R"({"api_id":"948b53a2","message":"message(s) queued","message_uu)"));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"unreadable-response"_s);

    FakeProvider::Reply hang;
    hang.action = FakeProvider::Reply::Action::Hang;
    h.fake.enqueue(hang);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"timeout"_s);

    const qsizetype before = h.fake.requests().size();
    FakeProvider::Reply drop;
    drop.action = FakeProvider::Reply::Action::Drop;
    h.fake.enqueue(drop);
    h.fake.setHandler([](const FakeProvider::Request&) { return FakeProvider::Reply::json(202, queued(u"u-2"_s)); });
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QTest::qWait(100);
    QCOMPARE(h.fake.requests().size(), before + 1);
}

void TestPlivoGateway::statusPollingFollowsMetaNext()
{
    Harness h;
    QVERIFY(h.ok);
    QJsonArray first;
    for (int i = 0; i < PlivoGateway::PageSize; ++i) {
        first.append(record(u"uuid-%1"_s.arg(i), u"outbound"_s, i == 0 ? u"delivered"_s : u"sent"_s, u"14155550100"_s,
            u"4850010%1"_s.arg(i, 4, 10, QLatin1Char('0'))));
    }
    const QString next = messagesPath() + u"?limit=20&message_direction=outbound&offset=20"_s;
    h.fake.enqueue(FakeProvider::Reply::json(200, list(first, next)));
    h.fake.enqueue(FakeProvider::Reply::json(200,
        list({record(u"uuid-last"_s, u"outbound"_s, u"undelivered"_s, u"14155550100"_s, u"48500100299"_s)},
            QJsonValue(), 20)));

    const QDate since(2026, 3, 1);
    const auto page = GatewayWait::statuses(*h.gateway, since);
    QVERIFY(page);
    QVERIFY(page->ok);
    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("GET"));
    QCOMPARE(r.path, messagesPath());
    QCOMPARE(r.queryValue(u"message_direction"_s), u"outbound"_s);
    QCOMPARE(r.queryValue(u"message_time__gte"_s), u"2026-03-01 00:00:00"_s);
    QCOMPARE(r.queryValue(u"limit"_s), u"20"_s);
    QCOMPARE(page->messages.size(), 20);
    QCOMPARE(page->nextPage, next);
    const ProviderMessage& m = page->messages.constFirst();
    QCOMPARE(m.id, u"uuid-0"_s);
    QCOMPARE(m.status, u"delivered"_s);
    QVERIFY(m.errorCode.isEmpty()); // "000" is Plivo's "delivered"
    QCOMPARE(m.from, u"+14155550100"_s);
    QCOMPARE(m.to, u"+48500100000"_s);
    QCOMPARE(m.price, u"0.00250"_s);
    QCOMPARE(m.segments, 1);
    QCOMPARE(m.createdAt, QDateTime(QDate(2017, 5, 22), QTime(16, 6, 14), Qt::UTC));
    QCOMPARE(m.sentAt, QDateTime(QDate(2024, 8, 21), QTime(12, 58, 49, 244), Qt::UTC));

    const auto second = GatewayWait::statuses(*h.gateway, since, page->nextPage);
    QVERIFY(second);
    QVERIFY(second->ok);
    QCOMPARE(h.fake.last().path, messagesPath());
    QCOMPARE(h.fake.last().queryValue(u"offset"_s), u"20"_s);
    QCOMPARE(second->messages.size(), 1);
    QCOMPARE(second->messages.constFirst().status, u"undelivered"_s);
    QVERIFY(second->nextPage.isEmpty());
}

void TestPlivoGateway::inboundRepliesArePolled()
{
    Harness h;
    QVERIFY(h.ok);
    QJsonObject stop = record(u"in-1"_s, u"inbound"_s, u"delivered"_s, u"48500100200"_s, u"14155550100"_s);
    h.fake.enqueue(FakeProvider::Reply::json(200, list({stop}, QJsonValue())));
    const auto page = GatewayWait::inbound(*h.gateway, QDate(2026, 3, 1));
    QVERIFY(page);
    QVERIFY(page->ok);
    QCOMPARE(h.fake.last().queryValue(u"message_direction"_s), u"inbound"_s);
    QCOMPARE(page->messages.size(), 1);
    QVERIFY(page->messages.constFirst().isInbound());
    QCOMPARE(page->messages.constFirst().status, u"received"_s);
    QCOMPARE(page->messages.constFirst().from, u"+48500100200"_s);
    QVERIFY(page->nextPage.isEmpty());

    // 20 requests a minute: a refused listing is a passing problem, not a reason to pause.
    h.fake.enqueue(FakeProvider::Reply::json(429, R"({"api_id":"x","error":"too many requests"})"));
    const auto limited = GatewayWait::inbound(*h.gateway, QDate(2026, 3, 1));
    QVERIFY(limited);
    QVERIFY(!limited->ok);
    QCOMPARE(limited->errorClass, SendOutcome::RateLimited);
}

void TestPlivoGateway::lookupByUuid()
{
    Harness h;
    QVERIFY(h.ok);
    const QString uuid = u"0e4198f3-f04f-47d7-ae61-a152e4f4146a"_s;
    h.fake.enqueue(FakeProvider::Reply::json(200,
        QJsonDocument(record(uuid, u"outbound"_s, u"delivered"_s, u"14155550100"_s, u"48500100200"_s))
            .toJson(QJsonDocument::Compact)));
    LookupQuery q;
    q.providerId = uuid;
    auto found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.status, u"delivered"_s);
    QCOMPARE(h.fake.last().path, messagesPath() + uuid + u'/');

    h.fake.enqueue(FakeProvider::Reply::json(404, R"({"api_id":"x","error":"not found"})"));
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);
}

void TestPlivoGateway::lookupWithoutUuidListsTheRecipient()
{
    Harness h;
    QVERIFY(h.ok);
    const QDateTime sentAt = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    const QString time = sentAt.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"+00:00"_s;
    LookupQuery q;
    q.to = u"+48500100200"_s;
    q.body = u"Sale"_s;
    q.attemptKey = u"key-1"_s;
    q.notBefore = sentAt;

    // Exactly one message to the recipient from our number since then: ours.
    h.fake.enqueue(FakeProvider::Reply::json(200,
        list({record(u"ours"_s, u"outbound"_s, u"sent"_s, u"14155550100"_s, u"48500100200"_s, time)}, QJsonValue())));
    auto found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.id, u"ours"_s);
    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.queryValue(u"message_direction"_s), u"outbound"_s);
    QCOMPARE(r.queryValue(u"to_number"_s), u"48500100200"_s);
    QCOMPARE(r.queryValue(u"message_time__gte"_s), sentAt.addSecs(-120).toString(u"yyyy-MM-dd HH:mm:ss"_s));

    // None, ten minutes later: never taken.
    h.fake.enqueue(FakeProvider::Reply::json(200, list({}, QJsonValue())));
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);

    // None, but the request is seconds old: the listing may lag.
    q.notBefore = QDateTime::currentDateTimeUtc();
    h.fake.enqueue(FakeProvider::Reply::json(200, list({}, QJsonValue())));
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure);

    // Two: Plivo keeps no key and no text, so which one is ours cannot be told.
    h.fake.enqueue(FakeProvider::Reply::json(200,
        list({record(u"a"_s, u"outbound"_s, u"sent"_s, u"14155550100"_s, u"48500100200"_s, time),
                 record(u"b"_s, u"outbound"_s, u"sent"_s, u"14155550100"_s, u"48500100200"_s, time)},
            QJsonValue())));
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure);
    QVERIFY(!found->errorMessage.isEmpty());
}

void TestPlivoGateway::connectionCheckListsMessages()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, list({}, QJsonValue())));
    auto check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(check->ok);
    QCOMPARE(h.fake.last().method, QByteArrayLiteral("GET"));
    h.fake.enqueue(FakeProvider::Reply::json(401, "Could not verify your access level for that URL."));
    check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(!check->ok);
    QCOMPARE(check->errorClass, SendOutcome::AccountProblem);
}

QTEST_GUILESS_MAIN(TestPlivoGateway)
#include "TestPlivoGateway.moc"
