// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeProvider.h"
#include "GatewayTestSupport.h"
#include "providers/VonageGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The Vonage adapter against a fake SMS API and Reports API on 127.0.0.1, with answers shaped
// like the examples of Vonage's OpenAPI files (shared/providers/vonage/sms.yml, reports.yml).
class TestVonageGateway final : public QObject
{
    Q_OBJECT

private slots:
    void requestShapeMatchesTheApi();
    void unicodeTextIsMarked();
    void submissionStatusesAreClassified_data();
    void submissionStatusesAreClassified();
    void multipartAnswers();
    void httpErrorsAreClassified();
    void garbageTimeoutAndDropAreAmbiguous();
    void statusPollingWalksDayWindowsAndLinks();
    void inboundRecordsArePolled();
    void lookupByIdAndByClientRef();
    void connectionCheck();
    void reportsCanBeTurnedOff();

private:
    struct Harness
    {
        explicit Harness(int timeoutMs = 5000, const QJsonObject& options = {{u"api_key"_s, u"abcd1234"_s}})
        {
            ok = fake.start();
            GatewayConfig config;
            config.baseUrl = fake.url();
            config.sender = u"AcmeInc"_s;
            config.credentials.secret = u"abcdef0123456789"_s;
            config.timeoutMs = timeoutMs;
            config.options = options;
            gateway = std::make_unique<VonageGateway>(config, &network);
        }
        FakeProvider fake;
        QNetworkAccessManager network;
        std::unique_ptr<VonageGateway> gateway;
        bool ok = false;
    };

    static QJsonObject part(const QString& id, const QString& status)
    {
        if (status != u"0"_s) {
            return {{u"status"_s, status}, {u"error-text"_s, u"Throttled"_s}};
        }
        return {{u"to"_s, u"447700900000"_s}, {u"message-id"_s, id}, {u"status"_s, u"0"_s},
            {u"remaining-balance"_s, u"3.14159265"_s}, {u"message-price"_s, u"0.03330000"_s},
            {u"network"_s, u"12345"_s}, {u"client-ref"_s, u"my-personal-reference"_s}};
    }
    static QByteArray answer(const QJsonArray& parts)
    {
        const QJsonObject object {{u"message-count"_s, QString::number(parts.size())}, {u"messages"_s, parts}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QJsonObject outboundRecord(
        const QString& id, const QString& status, const QString& clientRef, const QString& errorCode = u"0"_s)
    {
        return {{u"account_id"_s, u"abcd1234"_s}, {u"message_id"_s, id}, {u"client_ref"_s, clientRef},
            {u"direction"_s, u"outbound"_s}, {u"from"_s, u"AcmeInc"_s}, {u"to"_s, u"447700900000"_s},
            {u"network"_s, u"23415"_s}, {u"network_name"_s, u"Vodafone Limited"_s}, {u"country"_s, u"GB"_s},
            {u"date_received"_s, u"2019-06-28T15:30:00+0000"_s}, {u"date_finalized"_s, u"2019-06-28T15:30:07+0000"_s},
            {u"latency"_s, 42}, {u"status"_s, status}, {u"error_code"_s, errorCode},
            {u"error_code_description"_s, errorCode == u"0"_s ? u"Delivered"_s : u"Illegal Number"_s},
            {u"currency"_s, u"EUR"_s}, {u"total_price"_s, 0.042}};
    }
    static QByteArray records(const QJsonArray& items, const QString& next = QString())
    {
        QJsonObject links {{u"self"_s, QJsonObject {{u"href"_s, u"https://api.nexmo.com/v2/reports/records"_s}}}};
        if (!next.isEmpty()) {
            links.insert(u"next"_s, QJsonObject {{u"href"_s, next}});
        }
        const QJsonObject object {{u"_links"_s, links}, {u"request_id"_s, u"aaaaaaaa-bbbb-cccc-dddd-0123456789ab"_s},
            {u"request_status"_s, u"SUCCESS"_s}, {u"received_at"_s, u"2019-06-28T15:30:00+0000"_s},
            {u"account_id"_s, u"abcd1234"_s}, {u"product"_s, u"SMS"_s}, {u"items_count"_s, items.size()},
            {u"records"_s, items}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

void TestVonageGateway::requestShapeMatchesTheApi()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, answer({part(u"0A0000000123ABCD1"_s, u"0"_s)})));
    const QString key = u"6f1c2a8e-4b7d-4f8e-9a51-0c2d3e4f5a6b"_s;
    const auto result
        = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s, u"Hello World! 50% & more+"_s, key));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"0A0000000123ABCD1"_s);

    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, u"/sms/json"_s);
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded"));
    QVERIFY(r.header("Authorization").isEmpty()); // the SMS API takes its credentials in the body
    // Names from NewMessage in sms.yml.
    const QList<std::pair<QString, QString>> expected {
        {u"api_key"_s, u"abcd1234"_s},
        {u"api_secret"_s, u"abcdef0123456789"_s},
        {u"to"_s, u"447700900000"_s},
        {u"text"_s, u"Hello World! 50% & more+"_s},
        {u"from"_s, u"AcmeInc"_s},
        {u"client-ref"_s, key},
    };
    QCOMPARE(r.form(), expected);
}

void TestVonageGateway::unicodeTextIsMarked()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.setHandler([](const FakeProvider::Request&) {
        return FakeProvider::Reply::json(200, answer({part(u"0A0000000123ABCD2"_s, u"0"_s)}));
    });
    QVERIFY(GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s, u"Zażółć gęślą jaźń"_s)));
    QCOMPARE(h.fake.last().formValue(u"type"_s), u"unicode"_s);
    QCOMPARE(h.fake.last().formValue(u"text"_s), u"Zażółć gęślą jaźń"_s);
    QVERIFY(GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s, u"Plain GSM text €"_s)));
    QVERIFY(h.fake.last().formValue(u"type"_s).isEmpty());
}

void TestVonageGateway::submissionStatusesAreClassified_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::newRow("1 throttled") << u"1"_s << SendOutcome::RateLimited;
    QTest::newRow("2 missing params") << u"2"_s << SendOutcome::Permanent;
    QTest::newRow("3 invalid params") << u"3"_s << SendOutcome::Permanent;
    QTest::newRow("4 invalid credentials") << u"4"_s << SendOutcome::AccountProblem;
    QTest::newRow("5 internal error") << u"5"_s << SendOutcome::Transient;
    QTest::newRow("6 invalid message") << u"6"_s << SendOutcome::Permanent;
    QTest::newRow("7 number barred") << u"7"_s << SendOutcome::Permanent;
    QTest::newRow("8 account barred") << u"8"_s << SendOutcome::AccountProblem;
    QTest::newRow("9 quota exceeded") << u"9"_s << SendOutcome::AccountProblem;
    QTest::newRow("15 invalid sender") << u"15"_s << SendOutcome::AccountProblem;
    QTest::newRow("29 non-whitelisted") << u"29"_s << SendOutcome::Permanent;
}

void TestVonageGateway::submissionStatusesAreClassified()
{
    QFETCH(QString, status);
    QFETCH(SendOutcome, outcome);
    Harness h;
    QVERIFY(h.ok);
    // Always HTTP 200: the status inside says what happened (ErrorMessage in sms.yml).
    const QJsonObject error {{u"status"_s, status}, {u"error-text"_s, u"Refused"_s}};
    h.fake.enqueue(FakeProvider::Reply::json(200, answer({error})));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 200);
    QCOMPARE(result->outcome, outcome);
    QCOMPARE(result->errorCode, status);
    QCOMPARE(result->errorMessage, u"Refused"_s);
    QVERIFY(result->providerId.isEmpty());
}

void TestVonageGateway::multipartAnswers()
{
    Harness h;
    QVERIFY(h.ok);
    const QString longText = QString(400, u'x');
    h.fake.enqueue(FakeProvider::Reply::json(
        200, answer({part(u"0A00000001"_s, u"0"_s), part(u"0A00000002"_s, u"0"_s), part(u"0A00000003"_s, u"0"_s)})));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s, longText));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"0A00000001"_s);
    QVERIFY(result->errorCode.isEmpty());

    // Two parts went out, the third was throttled: sending again would repeat the first two.
    h.fake.enqueue(FakeProvider::Reply::json(
        200, answer({part(u"0A00000004"_s, u"0"_s), part(u"0A00000005"_s, u"0"_s), part(QString(), u"1"_s)})));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s, longText));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, u"0A00000004"_s);
    QCOMPARE(result->errorCode, u"1"_s);
    QVERIFY(result->errorMessage.contains(u"2"_s));

    // Nothing went out: the first refusal decides.
    h.fake.enqueue(FakeProvider::Reply::json(200, answer({part(QString(), u"1"_s), part(QString(), u"1"_s)})));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s, longText));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::RateLimited);
}

void TestVonageGateway::httpErrorsAreClassified()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(401, R"({"type":"https://developer.nexmo.com/api-errors#unauthorized",
        "title":"Invalid credentials supplied"})"));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::AccountProblem);

    FakeProvider::Reply slowDown = FakeProvider::Reply::json(429, "{}");
    slowDown.headers = {{"Retry-After", "2"}};
    h.fake.enqueue(slowDown);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::RateLimited);
    QCOMPARE(result->retryAfterMs, 2000);

    h.fake.enqueue(FakeProvider::Reply::json(400, "Bad Request"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Permanent);

    h.fake.enqueue(FakeProvider::Reply::json(503, "<html>Service Unavailable</html>"));
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
}

void TestVonageGateway::garbageTimeoutAndDropAreAmbiguous()
{
    Harness h(300);
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"message-count":"1","messages":[{"to":"4477009)"));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"unreadable-response"_s);

    FakeProvider::Reply hang;
    hang.action = FakeProvider::Reply::Action::Hang;
    h.fake.enqueue(hang);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"timeout"_s);

    const qsizetype before = h.fake.requests().size();
    FakeProvider::Reply drop;
    drop.action = FakeProvider::Reply::Action::Drop;
    h.fake.enqueue(drop);
    h.fake.setHandler([](const FakeProvider::Request&) {
        return FakeProvider::Reply::json(200, answer({part(u"0A0000000123ABCD9"_s, u"0"_s)}));
    });
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+447700900000"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QTest::qWait(100);
    QCOMPARE(h.fake.requests().size(), before + 1);
}

void TestVonageGateway::statusPollingWalksDayWindowsAndLinks()
{
    Harness h;
    QVERIFY(h.ok);
    const QString next = u"/v2/reports/records?account_id=abcd1234&product=SMS&direction=outbound&cursor=c2"_s;
    int served = 0;
    h.fake.setHandler([&](const FakeProvider::Request& r) {
        ++served;
        if (served == 1) {
            return FakeProvider::Reply::json(200,
                records({outboundRecord(u"0A00000001"_s, u"delivered"_s, u"k1"_s),
                            outboundRecord(u"0A00000002"_s, u"failed"_s, u"k2"_s, u"6"_s)},
                    u"https://api.nexmo.com"_s + next));
        }
        if (served == 2) {
            return FakeProvider::Reply::json(200, records({outboundRecord(u"0A00000003"_s, u"accepted"_s, u"k3"_s)}));
        }
        Q_UNUSED(r)
        return FakeProvider::Reply::json(200, records({outboundRecord(u"0A00000004"_s, u"unknown"_s, u"k4"_s)}));
    });
    const QDate since = QDateTime::currentDateTimeUtc().date().addDays(-1);
    QList<ProviderMessage> all;
    QString page;
    int pages = 0;
    do {
        const auto p = GatewayWait::statuses(*h.gateway, since, page);
        QVERIFY(p);
        QVERIFY(p->ok);
        all.append(p->messages);
        page = p->nextPage;
        ++pages;
    } while (!page.isEmpty() && pages < 10);
    QCOMPARE(pages, 3); // yesterday (two pages: a next link), then today so far
    QCOMPARE(all.size(), 4);

    const QList<FakeProvider::Request>& requests = h.fake.requests();
    QCOMPARE(requests.size(), 3);
    const FakeProvider::Request& first = requests.at(0);
    QCOMPARE(first.path, u"/v2/reports/records"_s);
    QCOMPARE(first.header("Authorization"), "Basic " + QByteArrayLiteral("abcd1234:abcdef0123456789").toBase64());
    QCOMPARE(first.queryValue(u"account_id"_s), u"abcd1234"_s);
    QCOMPARE(first.queryValue(u"product"_s), u"SMS"_s);
    QCOMPARE(first.queryValue(u"direction"_s), u"outbound"_s);
    const QDateTime start = QDateTime(since, QTime(0, 0), Qt::UTC);
    QCOMPARE(first.queryValue(u"date_start"_s), start.toString(Qt::ISODate));
    QCOMPARE(first.queryValue(u"date_end"_s), start.addDays(1).toString(Qt::ISODate));
    // The next link is followed on our own host, path and query as given.
    QCOMPARE(requests.at(1).path, u"/v2/reports/records"_s);
    QCOMPARE(requests.at(1).queryValue(u"cursor"_s), u"c2"_s);
    // Then the following window, which ends now: never more than the 24 hours Vonage allows.
    const QDateTime secondStart = QDateTime::fromString(requests.at(2).queryValue(u"date_start"_s), Qt::ISODate);
    const QDateTime secondEnd = QDateTime::fromString(requests.at(2).queryValue(u"date_end"_s), Qt::ISODate);
    QCOMPARE(secondStart, start.addDays(1));
    QVERIFY(secondEnd > secondStart);
    QVERIFY(secondStart.secsTo(secondEnd) <= 24 * 3600);
    QVERIFY(secondEnd <= QDateTime::currentDateTimeUtc());

    QCOMPARE(all.at(0).status, u"delivered"_s);
    QCOMPARE(all.at(0).clientRef, u"k1"_s);
    QCOMPARE(all.at(0).to, u"+447700900000"_s);
    QCOMPARE(all.at(0).price.toDouble(), 0.042);
    QCOMPARE(all.at(0).priceUnit, u"EUR"_s);
    QCOMPARE(all.at(0).createdAt, QDateTime(QDate(2019, 6, 28), QTime(15, 30), Qt::UTC));
    QCOMPARE(all.at(0).updatedAt, QDateTime(QDate(2019, 6, 28), QTime(15, 30, 7), Qt::UTC));
    QCOMPARE(all.at(1).status, u"undelivered"_s);
    QCOMPARE(all.at(1).errorCode, u"6"_s);
    QCOMPARE(all.at(2).status, u"sent"_s); // accepted by the carrier is not delivered
    QVERIFY(all.at(3).status.isEmpty()); // "unknown" is kept raw, never guessed
    QCOMPARE(all.at(3).providerStatus, u"unknown"_s);
}

void TestVonageGateway::inboundRecordsArePolled()
{
    Harness h;
    QVERIFY(h.ok);
    const QJsonObject stop {{u"account_id"_s, u"abcd1234"_s}, {u"message_id"_s, u"0A0000000123ABCD1"_s},
        {u"direction"_s, u"inbound"_s}, {u"from"_s, u"447700900001"_s}, {u"to"_s, u"447700900000"_s},
        {u"date_received"_s, u"2019-06-28T15:30:00+0000"_s}, {u"currency"_s, u"EUR"_s}, {u"total_price"_s, 0},
        {u"message_body"_s, u"STOP"_s}};
    h.fake.setHandler(
        [&stop](const FakeProvider::Request&) { return FakeProvider::Reply::json(200, records({stop})); });
    const auto page = GatewayWait::inbound(*h.gateway, QDateTime::currentDateTimeUtc().date());
    QVERIFY(page);
    QVERIFY(page->ok);
    QVERIFY(page->nextPage.isEmpty()); // today's window ends now
    QCOMPARE(h.fake.last().queryValue(u"direction"_s), u"inbound"_s);
    QCOMPARE(h.fake.last().queryValue(u"include_message"_s), u"true"_s);
    QCOMPARE(page->messages.size(), 1);
    const ProviderMessage& m = page->messages.constFirst();
    QVERIFY(m.isInbound());
    QCOMPARE(m.status, u"received"_s);
    QCOMPARE(m.body, u"STOP"_s);
    QCOMPARE(m.from, u"+447700900001"_s);

    // Without the paid Reports API, Vonage answers 403.
    h.fake.setHandler({});
    h.fake.enqueue(FakeProvider::Reply::json(
        403, R"({"title":"Forbidden","detail":"User not authorized to query the requested data"})"));
    const auto refused = GatewayWait::inbound(*h.gateway, QDateTime::currentDateTimeUtc().date());
    QVERIFY(refused);
    QVERIFY(!refused->ok);
    QCOMPARE(refused->errorClass, SendOutcome::AccountProblem);
}

void TestVonageGateway::lookupByIdAndByClientRef()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, records({outboundRecord(u"0A00000007"_s, u"delivered"_s, u"k7"_s)})));
    LookupQuery byId;
    byId.providerId = u"0A00000007"_s;
    byId.notBefore = QDateTime::currentDateTimeUtc().addSecs(-600);
    auto found = GatewayWait::lookup(*h.gateway, byId);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(h.fake.last().queryValue(u"id"_s), u"0A00000007"_s);
    QVERIFY(h.fake.last().queryValue(u"date_start"_s).isEmpty()); // id excludes dates

    QJsonObject none = QJsonDocument::fromJson(records({})).object();
    none.insert(u"ids_not_found"_s, u"0A00000007"_s);
    h.fake.enqueue(FakeProvider::Reply::json(200, QJsonDocument(none).toJson(QJsonDocument::Compact)));
    found = GatewayWait::lookup(*h.gateway, byId);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);

    // The answer with the id was lost: our client-ref names the message.
    const QString key = u"6f1c2a8e-4b7d-4f8e-9a51-0c2d3e4f5a6b"_s;
    h.fake.enqueue(FakeProvider::Reply::json(200,
        records({outboundRecord(u"0A00000008"_s, u"accepted"_s, u"other"_s),
            outboundRecord(u"0A00000009"_s, u"accepted"_s, key)})));
    LookupQuery byRef;
    byRef.to = u"+447700900000"_s;
    byRef.attemptKey = key;
    byRef.notBefore = QDateTime::currentDateTimeUtc().addSecs(-600);
    found = GatewayWait::lookup(*h.gateway, byRef);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.id, u"0A00000009"_s);
    const QDateTime start = QDateTime::fromString(h.fake.last().queryValue(u"date_start"_s), Qt::ISODate);
    QVERIFY(start <= byRef.notBefore.addSecs(-60)); // some clock skew allowed

    h.fake.enqueue(
        FakeProvider::Reply::json(200, records({outboundRecord(u"0A00000008"_s, u"accepted"_s, u"other"_s)})));
    found = GatewayWait::lookup(*h.gateway, byRef);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);

    byRef.notBefore = QDateTime::currentDateTimeUtc();
    h.fake.enqueue(FakeProvider::Reply::json(200, records({})));
    found = GatewayWait::lookup(*h.gateway, byRef);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure); // reports may lag behind a fresh send
}

void TestVonageGateway::connectionCheck()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, records({})));
    auto check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(check->ok);
    QCOMPARE(h.fake.last().path, u"/v2/reports/records"_s);

    h.fake.enqueue(FakeProvider::Reply::json(403, R"({"title":"Forbidden"})"));
    check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(check->ok); // authenticated; only the Reports API is missing, and the detail says so
    QVERIFY(check->detail.contains(u"Reports API"_s));

    h.fake.enqueue(FakeProvider::Reply::json(401, R"({"title":"Unauthorized"})"));
    check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(!check->ok);
    QCOMPARE(check->errorClass, SendOutcome::AccountProblem);
}

void TestVonageGateway::reportsCanBeTurnedOff()
{
    Harness on;
    QVERIFY(on.gateway->capabilities().statusPolling);
    QVERIFY(on.gateway->capabilities().inboundPolling);
    Harness off(5000, {{u"api_key"_s, u"abcd1234"_s}, {u"reports_api"_s, u"false"_s}});
    QVERIFY(!off.gateway->capabilities().statusPolling);
    QVERIFY(!off.gateway->capabilities().inboundPolling);
    QVERIFY(!off.gateway->capabilities().idempotencyKey);
}

QTEST_GUILESS_MAIN(TestVonageGateway)
#include "TestVonageGateway.moc"
