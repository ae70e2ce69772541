// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeProvider.h"
#include "GatewayTestSupport.h"
#include "providers/SmsApiGateway.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The SMSAPI adapter against a fake sms.do on 127.0.0.1.
class TestSmsApiGateway final : public QObject
{
    Q_OBJECT

private slots:
    void requestShapeMatchesTheApi();
    void errorBodiesAreClassified_data();
    void errorBodiesAreClassified();
    void repeatedIdxProvesAnEarlierAcceptance();
    void ambiguousSendIsSettledByResendingTheSameIdx();
    void httpErrorsAreClassified_data();
    void httpErrorsAreClassified();
    void tooManyRequestsCarriesRetryAfter();
    void garbageIsAmbiguous();
    void timeoutIsAmbiguous();
    void droppedConnectionIsNotResent();
    void textAnswerIsUnderstood();
    void nothingToPollOrLookUp();
    void connectionCheckReadsTheBlacklist();

private:
    struct Harness
    {
        explicit Harness(int timeoutMs = 5000)
        {
            ok = fake.start();
            GatewayConfig config;
            config.baseUrl = fake.url();
            config.sender = u"Shop"_s;
            config.credentials.secret = u"token-123"_s;
            config.timeoutMs = timeoutMs;
            gateway = std::make_unique<SmsApiGateway>(config, &network);
        }
        FakeProvider fake;
        QNetworkAccessManager network;
        std::unique_ptr<SmsApiGateway> gateway;
        bool ok = false;
    };

    // The success answer of SMSAPI's own OpenAPI example (smsapi-sms-do.openapi.yaml).
    static QByteArray sent(const QString& idx)
    {
        return uR"({"count":1,"list":[{"id":"7074294081650020450","points":0.165,"number":"48500000000",
            "date_sent":1712570310,"submitted_number":"500000000","status":"QUEUE","error":null,
            "idx":"%1","parts":1}],"message":"Hello","length":5,"parts":1})"_s.arg(idx)
            .toUtf8();
    }
};

void TestSmsApiGateway::requestShapeMatchesTheApi()
{
    Harness h;
    QVERIFY(h.ok);
    const QString key = u"6f1c2a8e-4b7d-4f8e-9a51-0c2d3e4f5a6b"_s;
    h.fake.enqueue(FakeProvider::Reply::json(200, sent(key)));
    const auto result
        = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s, u"Zażółć & 100% = ok+"_s, key));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"7074294081650020450"_s);
    QCOMPARE(result->providerStatus, u"queued"_s);
    QVERIFY(!result->duplicate);

    QCOMPARE(h.fake.requests().size(), 1);
    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, u"/sms.do"_s);
    QCOMPARE(r.header("Authorization"), QByteArrayLiteral("Bearer token-123"));
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    // Every name is a parameter of LegacySmsToSend; "+" travels escaped, never as a space.
    QVERIFY(r.body.contains("%2B"));
    const QList<std::pair<QString, QString>> expected {
        {u"to"_s, u"48500100200"_s},
        {u"message"_s, u"Zażółć & 100% = ok+"_s},
        {u"format"_s, u"json"_s},
        {u"encoding"_s, u"utf-8"_s},
        {u"from"_s, u"Shop"_s},
        {u"idx"_s, key},
        {u"check_idx"_s, u"1"_s},
    };
    QCOMPARE(r.form(), expected);
}

void TestSmsApiGateway::errorBodiesAreClassified_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<QString>("code");
    // Errors arrive with HTTP 200 (providers.md §2); codes from SMSAPI's error table.
    QTest::newRow("blacklisted recipient")
        << QByteArray(R"({"error":13,"message":"No correct phone numbers","invalid_numbers":[{"number":"48500100200",
            "submitted_number":"+48 500 100 200","message":"Recipient's number is on blacklist","error_code":57}]})")
        << SendOutcome::RecipientOptedOut << u"13"_s;
    QTest::newRow("invalid number") << QByteArray(
        R"({"error":13,"message":"No correct phone numbers","invalid_numbers":[{"number":"4850",
            "submitted_number":"4850","message":"Invalid phone number"}]})")
                                    << SendOutcome::Permanent << u"13"_s;
    QTest::newRow("blacklist") << QByteArray(R"({"error":57,"message":"Recipient on blacklist"})")
                               << SendOutcome::RecipientOptedOut << u"57"_s;
    QTest::newRow("bad token") << QByteArray(R"({"error":101,"message":"Authorization failed"})")
                               << SendOutcome::AccountProblem << u"101"_s;
    QTest::newRow("no points") << QByteArray(R"({"error":103,"message":"Not enough points"})")
                               << SendOutcome::AccountProblem << u"103"_s;
    QTest::newRow("ip not allowed") << QByteArray(R"({"error":105,"message":"Wrong IP address"})")
                                    << SendOutcome::AccountProblem << u"105"_s;
    QTest::newRow("sender not verified") << QByteArray(R"({"error":14,"message":"Invalid sender field"})")
                                         << SendOutcome::AccountProblem << u"14"_s;
    QTest::newRow("too long") << QByteArray(R"({"error":11,"message":"Message too long"})") << SendOutcome::Permanent
                              << u"11"_s;
    QTest::newRow("too many to one number")
        << QByteArray(R"({"error":52,"message":"Too many attempts"})") << SendOutcome::Transient << u"52"_s;
    QTest::newRow("unknown code") << QByteArray(R"({"error":999,"message":"Something new"})") << SendOutcome::Transient
                                  << u"999"_s;
}

void TestSmsApiGateway::errorBodiesAreClassified()
{
    QFETCH(QByteArray, body);
    QFETCH(SendOutcome, outcome);
    QFETCH(QString, code);
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, body));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 200);
    QCOMPARE(result->outcome, outcome);
    QCOMPARE(result->errorCode, code);
    QVERIFY(!result->errorMessage.isEmpty());
    QVERIFY(result->providerId.isEmpty());
    QVERIFY(!result->duplicate);
}

void TestSmsApiGateway::repeatedIdxProvesAnEarlierAcceptance()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"error":53,"message":"Not unique idx"})"));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QVERIFY(result->duplicate);
    QCOMPARE(result->errorCode, u"53"_s);
    QVERIFY(result->providerId.isEmpty());

    const GatewayCapabilities caps = h.gateway->capabilities();
    QVERIFY(caps.idempotencyKey);
    QCOMPARE(caps.idempotencyWindowSeconds, 24 * 3600);
}

void TestSmsApiGateway::ambiguousSendIsSettledByResendingTheSameIdx()
{
    // The fake keeps SMSAPI's promise: an idx used with check_idx=1 is refused for 24 hours.
    Harness h(300);
    QVERIFY(h.ok);
    QSet<QString> used;
    int creates = 0;
    h.fake.setHandler([&](const FakeProvider::Request& r) {
        const QString idx = r.formValue(u"idx"_s);
        if (r.formValue(u"check_idx"_s) == u"1"_s && used.contains(idx)) {
            return FakeProvider::Reply::json(200, R"({"error":53,"message":"Not unique idx"})");
        }
        used.insert(idx);
        ++creates;
        FakeProvider::Reply reply = FakeProvider::Reply::json(200, sent(idx));
        if (creates == 1) {
            reply.action = FakeProvider::Reply::Action::Hang; // taken, but the answer never comes
        }
        return reply;
    });
    const OutgoingMessage m = GatewayWait::message(u"+48500100200"_s, u"Sale"_s, u"key-settle"_s);
    const auto first = GatewayWait::send(*h.gateway, m);
    QVERIFY(first);
    QCOMPARE(first->outcome, SendOutcome::Ambiguous);
    QCOMPARE(first->errorCode, u"timeout"_s);
    const auto again = GatewayWait::send(*h.gateway, m);
    QVERIFY(again);
    QCOMPARE(again->outcome, SendOutcome::Accepted);
    QVERIFY(again->duplicate);
    QCOMPARE(creates, 1); // one SMS, although the request went out twice

    // A key that never arrived is simply sent now.
    const auto fresh = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100201"_s, u"Sale"_s, u"key-2"_s));
    QVERIFY(fresh);
    QCOMPARE(fresh->outcome, SendOutcome::Accepted);
    QVERIFY(!fresh->duplicate);
    QCOMPARE(creates, 2);
}

void TestSmsApiGateway::httpErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::newRow("401 with code") << 401 << QByteArray(R"({"error":101,"message":"Authorization failed"})")
                                   << SendOutcome::AccountProblem;
    QTest::newRow("401 bare") << 401 << QByteArray("Unauthorized") << SendOutcome::AccountProblem;
    QTest::newRow("400") << 400 << QByteArray("Bad Request") << SendOutcome::Permanent;
    QTest::newRow("500") << 500 << QByteArray("<html>Internal Server Error</html>") << SendOutcome::Ambiguous;
    QTest::newRow("503") << 503 << QByteArray() << SendOutcome::Ambiguous;
}

void TestSmsApiGateway::httpErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(SendOutcome, outcome);
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(status, body));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->outcome, outcome);
}

void TestSmsApiGateway::tooManyRequestsCarriesRetryAfter()
{
    Harness h;
    QVERIFY(h.ok);
    FakeProvider::Reply reply = FakeProvider::Reply::json(429, R"({"message":"Too many requests"})");
    reply.headers = {{"Retry-After", "7"}};
    h.fake.enqueue(reply);
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::RateLimited);
    QCOMPARE(result->retryAfterMs, 7000);
}

void TestSmsApiGateway::garbageIsAmbiguous()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"count":1,"list":[{"id":"70742940816500)"));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"unreadable-response"_s);
}

void TestSmsApiGateway::timeoutIsAmbiguous()
{
    Harness h(300);
    QVERIFY(h.ok);
    FakeProvider::Reply hang;
    hang.action = FakeProvider::Reply::Action::Hang;
    h.fake.enqueue(hang);
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"timeout"_s);
}

void TestSmsApiGateway::droppedConnectionIsNotResent()
{
    Harness h;
    QVERIFY(h.ok);
    FakeProvider::Reply drop;
    drop.action = FakeProvider::Reply::Action::Drop;
    h.fake.enqueue(drop);
    h.fake.setHandler([](const FakeProvider::Request&) { return FakeProvider::Reply::json(200, sent(u"x"_s)); });
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QTest::qWait(100);
    QCOMPARE(h.fake.requests().size(), 1);
}

void TestSmsApiGateway::textAnswerIsUnderstood()
{
    Harness h;
    QVERIFY(h.ok);
    FakeProvider::Reply ok = FakeProvider::Reply::json(200, "OK:9101844352429796180:0.165");
    ok.contentType = "text/plain";
    h.fake.enqueue(ok);
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"9101844352429796180"_s);

    FakeProvider::Reply error = FakeProvider::Reply::json(200, "ERROR:103");
    error.contentType = "text/plain";
    h.fake.enqueue(error);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::AccountProblem);
    QCOMPARE(result->errorCode, u"103"_s);
}

void TestSmsApiGateway::nothingToPollOrLookUp()
{
    Harness h;
    QVERIFY(h.ok);
    const GatewayCapabilities caps = h.gateway->capabilities();
    QVERIFY(!caps.statusPolling);
    QVERIFY(!caps.inboundPolling);
    LookupQuery q;
    q.to = u"+48500100200"_s;
    q.attemptKey = u"key-1"_s;
    const auto found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure);
    QVERIFY(!found->errorMessage.isEmpty());
    const auto page = GatewayWait::statuses(*h.gateway, QDate::currentDate());
    QVERIFY(page);
    QVERIFY(!page->ok);
    QCOMPARE(page->errorClass, SendOutcome::Permanent);
    const auto replies = GatewayWait::inbound(*h.gateway, QDate::currentDate());
    QVERIFY(replies);
    QVERIFY(!replies->ok);
    QCOMPARE(h.fake.requests().size(), 0); // nothing was asked of SMSAPI
}

void TestSmsApiGateway::connectionCheckReadsTheBlacklist()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"size":1,"collection":[{"id":"5F0A","phone_number":"48500000000",
        "expire_at":null,"created_at":"2026-01-10T10:00:00+01:00"}]})"));
    auto check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(check->ok);
    QCOMPARE(h.fake.last().method, QByteArrayLiteral("GET"));
    QCOMPARE(h.fake.last().path, u"/blacklist/phone_numbers"_s);
    QCOMPARE(h.fake.last().queryValue(u"limit"_s), u"1"_s);
    QCOMPARE(h.fake.last().header("Authorization"), QByteArrayLiteral("Bearer token-123"));

    h.fake.enqueue(FakeProvider::Reply::json(401, R"({"error":101,"message":"Authorization failed"})"));
    check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(!check->ok);
    QCOMPARE(check->errorClass, SendOutcome::AccountProblem);
    QCOMPARE(check->httpStatus, 401);
}

QTEST_GUILESS_MAIN(TestSmsApiGateway)
#include "TestSmsApiGateway.moc"
