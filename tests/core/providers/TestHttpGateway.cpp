// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeProvider.h"
#include "GatewayTestSupport.h"
#include "providers/HttpGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The generic HTTP provider, configured from account options, against a fake on 127.0.0.1.
class TestHttpGateway final : public QObject
{
    Q_OBJECT

private slots:
    void jsonBodyIsEscapedAndSecretStaysInTheHeader();
    void formBodyIsPercentEncoded();
    void getPutsEverythingInTheUrl();
    void successConditionRefuses();
    void answersAreClassified();
    void droppedGetIsNotRepeated();
    void optionsAreValidated_data();
    void optionsAreValidated();
    void placeholdersExpandInOnePass();
    void pathsReachIntoArrays();
    void connectionCheckNeedsATestUrl();
    void nothingToPollOrLookUp();

private:
    struct Harness
    {
        explicit Harness(const QJsonObject& options, int timeoutMs = 5000)
        {
            ok = fake.start();
            auto parsed = HttpGateway::specFrom(options, fake.url().toString());
            specError = parsed.errorMessage();
            ok = ok && parsed.ok();
            GatewayConfig config;
            config.baseUrl = fake.url();
            config.sender = u"+15005550006"_s;
            config.credentials.secret = u"s3cr3t"_s;
            config.timeoutMs = timeoutMs;
            config.options = options;
            if (parsed) {
                gateway = std::make_unique<HttpGateway>(config, parsed.value(), &network);
            }
        }
        FakeProvider fake;
        QNetworkAccessManager network;
        std::unique_ptr<HttpGateway> gateway;
        QString specError;
        bool ok = false;
    };

    static QJsonObject jsonOptions()
    {
        return {{u"url"_s, u"/api/send?channel=sms"_s},
            {u"headers"_s, QJsonObject {{u"Authorization"_s, u"Bearer {secret}"_s}, {u"X-Request-Id"_s, u"{key}"_s}}},
            {u"body"_s, uR"({"to": "{to}", "from": "{from}", "text": "{body}", "ref": "{key}"})"_s},
            {u"id_path"_s, u"messages.0.id"_s}};
    }
};

void TestHttpGateway::jsonBodyIsEscapedAndSecretStaysInTheHeader()
{
    Harness h(jsonOptions());
    QVERIFY2(h.ok, qPrintable(h.specError));
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"messages":[{"id":"m-1","status":"0"}]})"));
    const QString body = u"Hi \"Ann\" \\ line\nbreak {secret} {to} ż 😀"_s;
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s, body, u"key-1"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"m-1"_s);

    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, u"/api/send"_s);
    QCOMPARE(r.queryValue(u"channel"_s), u"sms"_s);
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
    QCOMPARE(r.header("Authorization"), QByteArrayLiteral("Bearer s3cr3t"));
    QCOMPARE(r.header("X-Request-Id"), QByteArrayLiteral("key-1"));
    QVERIFY(!r.json().isNull());
    const QJsonObject json = r.json().object();
    QCOMPARE(json.value(u"to"_s).toString(), u"+48500100200"_s);
    QCOMPARE(json.value(u"from"_s).toString(), u"+15005550006"_s);
    QCOMPARE(json.value(u"text"_s).toString(), body); // "{secret}" in the text stays text
    QCOMPARE(json.value(u"ref"_s).toString(), u"key-1"_s);
    QVERIFY(!r.body.contains("s3cr3t"));
}

void TestHttpGateway::formBodyIsPercentEncoded()
{
    Harness h({{u"url"_s, u"/send"_s}, {u"body"_s, u"to={to}&text={body}&from={from}&key={secret}"_s},
        {u"id_path"_s, u"id"_s}});
    QVERIFY2(h.ok, qPrintable(h.specError));
    h.fake.enqueue(FakeProvider::Reply::json(201, R"({"id":"abc"})"));
    const QString body = u"50% off & free + fast = yes"_s;
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s, body));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    const QList<std::pair<QString, QString>> expected {
        {u"to"_s, u"+48500100200"_s}, {u"text"_s, body}, {u"from"_s, u"+15005550006"_s}, {u"key"_s, u"s3cr3t"_s}};
    QCOMPARE(r.form(), expected);
}

void TestHttpGateway::getPutsEverythingInTheUrl()
{
    Harness h({{u"method"_s, u"get"_s}, {u"url"_s, u"/sms/{to_digits}?msg={body}&pass={secret}&from={from}"_s},
        {u"id_path"_s, u"result.id"_s}});
    QVERIFY2(h.ok, qPrintable(h.specError));
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"result":{"id":123456789012}})"));
    const QString body = u"Zażółć & 100% + #1?"_s;
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s, body));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"123456789012"_s); // a number, written without a decimal point
    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("GET"));
    QCOMPARE(r.path, u"/sms/48500100200"_s);
    QCOMPARE(r.queryValue(u"msg"_s), body);
    QCOMPARE(r.queryValue(u"pass"_s), u"s3cr3t"_s);
    QCOMPARE(r.queryValue(u"from"_s), u"+15005550006"_s);
    QVERIFY(r.body.isEmpty());
}

void TestHttpGateway::successConditionRefuses()
{
    QJsonObject options = jsonOptions();
    options.insert(u"success_path"_s, u"messages.0.status"_s);
    options.insert(u"success_value"_s, u"0"_s);
    options.insert(u"error_path"_s, u"messages.0.error-text"_s);
    Harness h(options);
    QVERIFY2(h.ok, qPrintable(h.specError));
    // The Vonage-like way: HTTP 200 and a refusal inside.
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"messages":[{"status":"2","error-text":"Missing to param"}]})"));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Permanent);
    QCOMPARE(result->errorCode, u"2"_s);
    QCOMPARE(result->errorMessage, u"Missing to param"_s);

    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"messages":[{"status":0,"id":"m-9"}]})"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted); // the number 0 equals "0" as text
    QCOMPARE(result->providerId, u"m-9"_s);
}

void TestHttpGateway::answersAreClassified()
{
    Harness h(jsonOptions(), 300);
    QVERIFY2(h.ok, qPrintable(h.specError));
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"messages":[]})"));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous); // success without an id: settle, never resend
    QCOMPARE(result->errorCode, u"unreadable-response"_s);

    h.fake.enqueue(FakeProvider::Reply::json(200, "<html>ok</html>"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);

    h.fake.enqueue(FakeProvider::Reply::json(401, R"({"error":"bad key"})"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::AccountProblem);
    QVERIFY(result->errorMessage.contains(u"bad key"_s));

    h.fake.enqueue(FakeProvider::Reply::json(400, R"({"error":"invalid number"})"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Permanent);

    FakeProvider::Reply slowDown = FakeProvider::Reply::json(429, "{}");
    slowDown.headers = {{"Retry-After", "5"}};
    h.fake.enqueue(slowDown);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::RateLimited);
    QCOMPARE(result->retryAfterMs, 5000);

    h.fake.enqueue(FakeProvider::Reply::json(502, "Bad Gateway"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);

    FakeProvider::Reply hang;
    hang.action = FakeProvider::Reply::Action::Hang;
    h.fake.enqueue(hang);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"timeout"_s);
}

void TestHttpGateway::droppedGetIsNotRepeated()
{
    // A GET that sends an SMS must not be repeated by the network layer on a dropped connection.
    Harness h({{u"method"_s, u"GET"_s}, {u"url"_s, u"/sms?to={to}&text={body}"_s}, {u"id_path"_s, u"id"_s}});
    QVERIFY2(h.ok, qPrintable(h.specError));
    FakeProvider::Reply drop;
    drop.action = FakeProvider::Reply::Action::Drop;
    h.fake.enqueue(drop);
    h.fake.setHandler([](const FakeProvider::Request&) { return FakeProvider::Reply::json(200, R"({"id":"again"})"); });
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+48500100200"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 0);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QTest::qWait(100);
    QCOMPARE(h.fake.requests().size(), 1);
}

void TestHttpGateway::optionsAreValidated_data()
{
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("mentions"); // a word the error must contain; empty = valid
    const QString base = u"https://sms.example.com"_s;
    QTest::newRow("valid") << QJsonObject {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"id"_s}} << base << QString();
    QTest::newRow("base url alone") << QJsonObject {{u"id_path"_s, u"id"_s}} << base << QString();
    QTest::newRow("headers as text") << QJsonObject {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"id"_s},
        {u"headers"_s, uR"({"X-Key": "{secret}"})"_s}}
                                     << base << QString();
    QTest::newRow("no address") << QJsonObject {{u"id_path"_s, u"id"_s}} << QString() << u"url"_s;
    QTest::newRow("no id path") << QJsonObject {{u"url"_s, u"https://sms.example.com/send"_s}} << QString()
                                << u"id_path"_s;
    QTest::newRow("bad method") << QJsonObject {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"id"_s},
        {u"method"_s, u"PUT"_s}} << base
                                << u"PUT"_s;
    QTest::newRow("bad headers") << QJsonObject {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"id"_s},
        {u"headers"_s, u"Authorization: x"_s}}
                                 << base << u"headers"_s;
    QTest::newRow("plain http") << QJsonObject {{u"url"_s, u"http://sms.example.com/send"_s}, {u"id_path"_s, u"id"_s}}
                                << QString() << u"https"_s;
    QTest::newRow("not a url") << QJsonObject {{u"url"_s, u"ftp://sms.example.com/send"_s}, {u"id_path"_s, u"id"_s}}
                               << QString() << u"ftp"_s;
    QTest::newRow("value without path") << QJsonObject {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"id"_s},
        {u"success_value"_s, u"0"_s}} << base
                                        << u"success_path"_s;
    QTest::newRow("get with body") << QJsonObject {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"id"_s},
        {u"method"_s, u"GET"_s}, {u"body"_s, u"to={to}"_s}}
                                   << base << u"GET"_s;
}

void TestHttpGateway::optionsAreValidated()
{
    QFETCH(QJsonObject, options);
    QFETCH(QString, baseUrl);
    QFETCH(QString, mentions);
    const auto spec = HttpGateway::specFrom(options, baseUrl);
    if (mentions.isEmpty()) {
        QVERIFY2(spec.ok(), qPrintable(spec.errorMessage()));
    } else {
        QVERIFY(!spec.ok());
        QVERIFY2(spec.errorMessage().contains(mentions), qPrintable(spec.errorMessage()));
    }
}

void TestHttpGateway::placeholdersExpandInOnePass()
{
    const QHash<QString, QString> values {
        {u"body"_s, u"{secret} & {to}"_s}, {u"secret"_s, u"pw"_s}, {u"to"_s, u"+1"_s}};
    QCOMPARE(HttpGateway::expand(u"t={body}&s={secret}&x={unknown}"_s, values, HttpGateway::Encoding::Url),
        u"t=%7Bsecret%7D%20%26%20%7Bto%7D&s=pw&x={unknown}"_s);
    QCOMPARE(HttpGateway::expand(u"\"{body}\""_s, {{u"body"_s, u"a\"b\\c\nd"_s}}, HttpGateway::Encoding::Json),
        u"\"a\\\"b\\\\c\\nd\""_s);
    QCOMPARE(
        HttpGateway::expand(u"Bearer {secret}"_s, {{u"secret"_s, u"x\r\nEvil: 1"_s}}, HttpGateway::Encoding::Header),
        u"Bearer xEvil: 1"_s);
}

void TestHttpGateway::pathsReachIntoArrays()
{
    const QJsonDocument doc = QJsonDocument::fromJson(R"({"a":[{"b":{"c":"x"}},{"b":7}],"ok":true})");
    QCOMPARE(HttpGateway::valueText(HttpGateway::valueAt(doc, u"a.0.b.c"_s)), u"x"_s);
    QCOMPARE(HttpGateway::valueText(HttpGateway::valueAt(doc, u"a.1.b"_s)), u"7"_s);
    QCOMPARE(HttpGateway::valueText(HttpGateway::valueAt(doc, u"ok"_s)), u"true"_s);
    QVERIFY(HttpGateway::valueAt(doc, u"a.2.b"_s).isUndefined());
    QVERIFY(HttpGateway::valueAt(doc, u"a.x"_s).isUndefined());
    QVERIFY(HttpGateway::valueAt(doc, u"missing.path"_s).isUndefined());
    const QJsonDocument array = QJsonDocument::fromJson(R"([{"id":"first"}])");
    QCOMPARE(HttpGateway::valueText(HttpGateway::valueAt(array, u"0.id"_s)), u"first"_s);
}

void TestHttpGateway::connectionCheckNeedsATestUrl()
{
    Harness without(jsonOptions());
    QVERIFY(without.ok);
    auto check = GatewayWait::check(*without.gateway);
    QVERIFY(check);
    QVERIFY(!check->ok);
    QVERIFY(check->detail.contains(u"test_url"_s));
    QCOMPARE(without.fake.requests().size(), 0); // nothing is ever sent to check

    QJsonObject options = jsonOptions();
    options.insert(u"test_url"_s, u"/api/balance"_s);
    Harness with(options);
    QVERIFY2(with.ok, qPrintable(with.specError));
    with.fake.enqueue(FakeProvider::Reply::json(200, R"({"balance":12.5})"));
    check = GatewayWait::check(*with.gateway);
    QVERIFY(check);
    QVERIFY(check->ok);
    QCOMPARE(with.fake.last().method, QByteArrayLiteral("GET"));
    QCOMPARE(with.fake.last().path, u"/api/balance"_s);
    QCOMPARE(with.fake.last().header("Authorization"), QByteArrayLiteral("Bearer s3cr3t"));
    with.fake.enqueue(FakeProvider::Reply::json(403, "{}"));
    check = GatewayWait::check(*with.gateway);
    QVERIFY(check);
    QVERIFY(!check->ok);
    QCOMPARE(check->errorClass, SendOutcome::AccountProblem);
}

void TestHttpGateway::nothingToPollOrLookUp()
{
    Harness h(jsonOptions());
    QVERIFY(h.ok);
    const GatewayCapabilities caps = h.gateway->capabilities();
    QVERIFY(!caps.statusPolling);
    QVERIFY(!caps.inboundPolling);
    QVERIFY(!caps.idempotencyKey);
    LookupQuery q;
    q.to = u"+48500100200"_s;
    const auto found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure);
    const auto page = GatewayWait::statuses(*h.gateway, QDate::currentDate());
    QVERIFY(page);
    QVERIFY(!page->ok);
    QCOMPARE(h.fake.requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestHttpGateway)
#include "TestHttpGateway.moc"
