// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FakeProvider.h"
#include "GatewayTestSupport.h"
#include "providers/InfobipGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The Infobip adapter against a fake Infobip SMS API on 127.0.0.1. Answers are shaped like the
// examples of Infobip's own API clients (send v3, logs v3, reports v3, inbox v1).
class TestInfobipGateway final : public QObject
{
    Q_OBJECT

private slots:
    void requestShapeMatchesTheApi();
    void rejectionsAreClassified_data();
    void rejectionsAreClassified();
    void httpErrorsAreClassified_data();
    void httpErrorsAreClassified();
    void garbageTimeoutAndDropAreAmbiguous();
    void deliveryReportsAreReadOnce();
    void fullBatchAsksForMore();
    void inboundIsReadOnceWithPending();
    void lookupSearchesTheLogsByOurKey();
    void connectionCheckConsumesNothing();

private:
    struct Harness
    {
        explicit Harness(int timeoutMs = 5000)
        {
            ok = fake.start();
            GatewayConfig config;
            config.baseUrl = fake.url();
            config.sender = u"InfoSMS"_s;
            config.credentials.secret = u"key-abc"_s;
            config.timeoutMs = timeoutMs;
            gateway = std::make_unique<InfobipGateway>(config, &network);
        }
        FakeProvider fake;
        QNetworkAccessManager network;
        std::unique_ptr<InfobipGateway> gateway;
        bool ok = false;
    };

    static QByteArray status(int groupId, const QString& groupName, int id, const QString& name)
    {
        const QJsonObject object {{u"groupId"_s, groupId}, {u"groupName"_s, groupName}, {u"id"_s, id},
            {u"name"_s, name}, {u"description"_s, name}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
    static QByteArray sent(const QString& messageId, const QByteArray& statusJson)
    {
        const QJsonObject message {{u"messageId"_s, messageId},
            {u"status"_s, QJsonDocument::fromJson(statusJson).object()}, {u"destination"_s, u"41793026727"_s},
            {u"details"_s, QJsonObject {{u"messageCount"_s, 1}}}};
        const QJsonObject answer {{u"bulkId"_s, u"2034072219640523072"_s}, {u"messages"_s, QJsonArray {message}}};
        return QJsonDocument(answer).toJson(QJsonDocument::Compact);
    }
    static QByteArray report(const QString& messageId, const QByteArray& statusJson, int errorId = 0)
    {
        const QJsonObject error {{u"groupId"_s, 0}, {u"groupName"_s, u"OK"_s}, {u"id"_s, errorId},
            {u"name"_s, u"NO_ERROR"_s}, {u"description"_s, u"No Error"_s}, {u"permanent"_s, false}};
        const QJsonObject object {{u"bulkId"_s, u"BULK-ID-123-xyz"_s},
            {u"price"_s, QJsonObject {{u"pricePerMessage"_s, 0.01}, {u"currency"_s, u"EUR"_s}}},
            {u"status"_s, QJsonDocument::fromJson(statusJson).object()}, {u"error"_s, error},
            {u"messageId"_s, messageId}, {u"to"_s, u"41793026727"_s}, {u"sender"_s, u"InfoSMS"_s},
            {u"sentAt"_s, u"2023-08-01T16:10:00.000+0530"_s}, {u"doneAt"_s, u"2023-08-01T16:10:02.000+0530"_s},
            {u"messageCount"_s, 2}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

void TestInfobipGateway::requestShapeMatchesTheApi()
{
    Harness h;
    QVERIFY(h.ok);
    const QString key = u"6f1c2a8e-4b7d-4f8e-9a51-0c2d3e4f5a6b"_s;
    h.fake.enqueue(FakeProvider::Reply::json(200, sent(key, status(1, u"PENDING"_s, 26, u"PENDING_ACCEPTED"_s))));
    const QString body = u"Zażółć \"quoted\" \\ 100% {secret}"_s;
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s, body, key));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Accepted);
    QCOMPARE(result->providerId, key);
    QCOMPARE(result->providerStatus, u"accepted"_s);

    const FakeProvider::Request& r = h.fake.last();
    QCOMPARE(r.method, QByteArrayLiteral("POST"));
    QCOMPARE(r.path, u"/sms/3/messages"_s);
    QCOMPARE(r.header("Authorization"), QByteArrayLiteral("App key-abc"));
    QCOMPARE(r.header("Content-Type"), QByteArrayLiteral("application/json"));
    const QJsonObject json = r.json().object();
    QCOMPARE(json.keys(), QStringList {u"messages"_s});
    const QJsonArray messages = json.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject sms = messages.at(0).toObject();
    QCOMPARE(sms.value(u"sender"_s).toString(), u"InfoSMS"_s);
    QCOMPARE(sms.value(u"content"_s).toObject().value(u"text"_s).toString(), body);
    const QJsonArray destinations = sms.value(u"destinations"_s).toArray();
    QCOMPARE(destinations.size(), 1);
    QCOMPARE(destinations.at(0).toObject().value(u"to"_s).toString(), u"41793026727"_s);
    QCOMPARE(destinations.at(0).toObject().value(u"messageId"_s).toString(), key);
}

void TestInfobipGateway::rejectionsAreClassified_data()
{
    QTest::addColumn<QByteArray>("statusJson");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::newRow("no credit") << status(5, u"REJECTED"_s, 12, u"REJECTED_NOT_ENOUGH_CREDITS"_s)
                               << SendOutcome::AccountProblem;
    QTest::newRow("bad destination") << status(5, u"REJECTED"_s, 14, u"REJECTED_DESTINATION"_s)
                                     << SendOutcome::Permanent;
    QTest::newRow("sender") << status(5, u"REJECTED"_s, 11, u"REJECTED_SOURCE"_s) << SendOutcome::AccountProblem;
}

void TestInfobipGateway::rejectionsAreClassified()
{
    QFETCH(QByteArray, statusJson);
    QFETCH(SendOutcome, outcome);
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, sent(u"m-1"_s, statusJson)));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, 200);
    QCOMPARE(result->outcome, outcome);
    QVERIFY(result->errorCode.startsWith(u"REJECTED_"_s));
}

void TestInfobipGateway::httpErrorsAreClassified_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<SendOutcome>("outcome");
    QTest::addColumn<QString>("code");
    QTest::newRow("401 legacy")
        << 401
        << QByteArray(
               R"({"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}})")
        << SendOutcome::AccountProblem << u"UNAUTHORIZED"_s;
    QTest::newRow("400")
        << 400
        << QByteArray(R"({"errorCode":"E400","description":"Request cannot be processed.","action":"Check the syntax.",
            "violations":[{"property":"messages[0].destinations[0].to","violation":"must not be blank"}],"resources":[]})")
        << SendOutcome::Permanent << u"E400"_s;
    QTest::newRow("500") << 500 << QByteArray(R"({"errorCode":"E500","description":"Something went wrong."})")
                         << SendOutcome::Ambiguous << u"E500"_s;
    QTest::newRow("502 bare") << 502 << QByteArray("<html>Bad gateway</html>") << SendOutcome::Ambiguous
                              << u"http-502"_s;
}

void TestInfobipGateway::httpErrorsAreClassified()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(SendOutcome, outcome);
    QFETCH(QString, code);
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(status, body));
    const auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s));
    QVERIFY(result);
    QCOMPARE(result->httpStatus, status);
    QCOMPARE(result->outcome, outcome);
    QCOMPARE(result->errorCode, code);

    // 429 with Retry-After: never processed, retry no sooner than asked.
    FakeProvider::Reply slowDown
        = FakeProvider::Reply::json(429, R"({"errorCode":"E429","description":"Too many requests sent."})");
    slowDown.headers = {{"Retry-After", "3"}};
    h.fake.enqueue(slowDown);
    const auto limited = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s));
    QVERIFY(limited);
    QCOMPARE(limited->outcome, SendOutcome::RateLimited);
    QCOMPARE(limited->retryAfterMs, 3000);
}

void TestInfobipGateway::garbageTimeoutAndDropAreAmbiguous()
{
    Harness h(300);
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"bulkId":"2034072219640523072","messages":[{"messageI)"));
    auto result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"unreadable-response"_s);

    FakeProvider::Reply hang;
    hang.action = FakeProvider::Reply::Action::Hang;
    h.fake.enqueue(hang);
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QCOMPARE(result->errorCode, u"timeout"_s);

    const qsizetype before = h.fake.requests().size();
    FakeProvider::Reply drop;
    drop.action = FakeProvider::Reply::Action::Drop;
    h.fake.enqueue(drop);
    h.fake.setHandler([](const FakeProvider::Request&) {
        return FakeProvider::Reply::json(200, sent(u"again"_s, status(1, u"PENDING"_s, 26, u"PENDING_ACCEPTED"_s)));
    });
    result = GatewayWait::send(*h.gateway, GatewayWait::message(u"+41793026727"_s));
    QVERIFY(result);
    QCOMPARE(result->outcome, SendOutcome::Ambiguous);
    QTest::qWait(100);
    QCOMPARE(h.fake.requests().size(), before + 1); // not re-sent behind our back
}

void TestInfobipGateway::deliveryReportsAreReadOnce()
{
    Harness h;
    QVERIFY(h.ok);
    QVERIFY(h.gateway->capabilities().readOncePolling);
    // The fake hands every report out once, as Infobip does.
    QList<QByteArray> pending {
        report(u"k-delivered"_s, status(3, u"DELIVERED"_s, 5, u"DELIVERED_TO_HANDSET"_s)),
        report(u"k-operator"_s, status(3, u"DELIVERED"_s, 2, u"DELIVERED_TO_OPERATOR"_s)),
        report(u"k-undeliverable"_s, status(2, u"UNDELIVERABLE"_s, 9, u"UNDELIVERABLE_NOT_DELIVERED"_s), 1),
        report(u"k-expired"_s, status(4, u"EXPIRED"_s, 15, u"EXPIRED_EXPIRED"_s)),
        report(u"k-rejected"_s, status(5, u"REJECTED"_s, 14, u"REJECTED_DESTINATION"_s)),
        report(u"k-pending"_s, status(1, u"PENDING"_s, 3, u"PENDING_WAITING_DELIVERY"_s)),
    };
    h.fake.setHandler([&pending](const FakeProvider::Request& r) {
        if (r.path != u"/sms/3/reports"_s) {
            return FakeProvider::Reply::json(404, "{}");
        }
        const QByteArray body = R"({"results":[)" + pending.join(',') + "]}";
        pending.clear();
        return FakeProvider::Reply::json(200, body);
    });
    const auto page = GatewayWait::statuses(*h.gateway, QDate::currentDate());
    QVERIFY(page);
    QVERIFY(page->ok);
    QVERIFY(page->nextPage.isEmpty());
    QCOMPARE(h.fake.last().method, QByteArrayLiteral("GET"));
    QCOMPARE(h.fake.last().queryValue(u"limit"_s), u"1000"_s);
    QCOMPARE(h.fake.last().header("Authorization"), QByteArrayLiteral("App key-abc"));
    QCOMPARE(page->messages.size(), 6);
    const QStringList words {u"delivered"_s, u"sent"_s, u"undelivered"_s, u"undelivered"_s, u"failed"_s, u"sent"_s};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(page->messages.at(i).status, words.at(i));
    }
    const ProviderMessage& m = page->messages.constFirst();
    QCOMPARE(m.id, u"k-delivered"_s);
    QCOMPARE(m.providerStatus, u"DELIVERED_TO_HANDSET"_s);
    QCOMPARE(m.to, u"+41793026727"_s);
    QCOMPARE(m.segments, 2);
    QCOMPARE(m.price.toDouble(), 0.02); // per part × parts
    QCOMPARE(m.priceUnit, u"EUR"_s);
    QCOMPARE(m.sentAt, QDateTime(QDate(2023, 8, 1), QTime(10, 40), Qt::UTC));
    QCOMPARE(m.updatedAt, QDateTime(QDate(2023, 8, 1), QTime(10, 40, 2), Qt::UTC));
    QVERIFY(m.errorCode.isEmpty());
    QCOMPARE(page->messages.at(2).errorCode, u"1"_s);

    // Asked again, Infobip has nothing left: whatever the caller did not keep is gone.
    const auto again = GatewayWait::statuses(*h.gateway, QDate::currentDate());
    QVERIFY(again);
    QVERIFY(again->ok);
    QVERIFY(again->messages.isEmpty());
}

void TestInfobipGateway::fullBatchAsksForMore()
{
    Harness h;
    QVERIFY(h.ok);
    QList<QByteArray> batch;
    for (int i = 0; i < InfobipGateway::PageSize; ++i) {
        batch.append(report(u"k-%1"_s.arg(i), status(3, u"DELIVERED"_s, 5, u"DELIVERED_TO_HANDSET"_s)));
    }
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"results":[)" + batch.join(',') + "]}"));
    h.fake.enqueue(FakeProvider::Reply::json(
        200, R"({"results":[)" + report(u"k-last"_s, status(3, u"DELIVERED"_s, 5, u"DELIVERED_TO_HANDSET"_s)) + "]}"));
    const auto first = GatewayWait::statuses(*h.gateway, QDate::currentDate());
    QVERIFY(first && first->ok);
    QCOMPARE(first->messages.size(), InfobipGateway::PageSize);
    QVERIFY(!first->nextPage.isEmpty());
    const auto second = GatewayWait::statuses(*h.gateway, QDate::currentDate(), first->nextPage);
    QVERIFY(second && second->ok);
    QCOMPARE(second->messages.size(), 1);
    QVERIFY(second->nextPage.isEmpty());
    QCOMPARE(h.fake.requests().size(), 2);

    // A refused poll says why and whether to pause.
    h.fake.enqueue(FakeProvider::Reply::json(
        401, R"({"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}})"));
    const auto refused = GatewayWait::statuses(*h.gateway, QDate::currentDate());
    QVERIFY(refused);
    QVERIFY(!refused->ok);
    QCOMPARE(refused->errorClass, SendOutcome::AccountProblem);
    QCOMPARE(refused->errorMessage, u"Invalid login details"_s);
}

void TestInfobipGateway::inboundIsReadOnceWithPending()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(
        FakeProvider::Reply::json(200, R"({"results":[{"messageId":"817790313235066447","from":"385916242493",
        "to":"385921004026","text":"STOP","cleanText":"","keyword":"STOP","receivedAt":"2021-08-25T16:10:00.000+0500",
        "smsCount":1,"price":{"pricePerMessage":0,"currency":"EUR"},"callbackData":"callbackData"}],
        "messageCount":1,"pendingMessageCount":4})"));
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"results":[],"messageCount":0,"pendingMessageCount":0})"));
    const auto page = GatewayWait::inbound(*h.gateway, QDate::currentDate());
    QVERIFY(page);
    QVERIFY(page->ok);
    QCOMPARE(h.fake.last().path, u"/sms/1/inbox/reports"_s);
    QCOMPARE(h.fake.last().queryValue(u"limit"_s), u"1000"_s);
    QCOMPARE(page->messages.size(), 1);
    const ProviderMessage& m = page->messages.constFirst();
    QVERIFY(m.isInbound());
    QCOMPARE(m.id, u"817790313235066447"_s);
    QCOMPARE(m.from, u"+385916242493"_s);
    QCOMPARE(m.to, u"+385921004026"_s);
    QCOMPARE(m.body, u"STOP"_s);
    QCOMPARE(m.status, u"received"_s);
    QCOMPARE(m.createdAt, QDateTime(QDate(2021, 8, 25), QTime(11, 10), Qt::UTC));
    QVERIFY(!page->nextPage.isEmpty()); // four more are waiting
    const auto rest = GatewayWait::inbound(*h.gateway, QDate::currentDate(), page->nextPage);
    QVERIFY(rest && rest->ok);
    QVERIFY(rest->nextPage.isEmpty());
}

void TestInfobipGateway::lookupSearchesTheLogsByOurKey()
{
    Harness h;
    QVERIFY(h.ok);
    const QString key = u"6f1c2a8e-4b7d-4f8e-9a51-0c2d3e4f5a6b"_s;
    h.fake.setHandler([key](const FakeProvider::Request& r) {
        if (r.path != u"/sms/3/logs"_s) {
            return FakeProvider::Reply::json(404, "{}");
        }
        if (r.queryValue(u"messageId"_s) != key) {
            return FakeProvider::Reply::json(200, R"({"results":[]})");
        }
        return FakeProvider::Reply::json(200,
            uR"({"results":[{"destination":"41793026727","bulkId":"BULK-ID-123-xyz",
            "messageId":"%1","sentAt":"2023-08-01T16:10:00+05:30","doneAt":"2023-08-01T16:10:00+05:30",
            "messageCount":1,"price":{"pricePerMessage":0.01,"currency":"EUR"},
            "status":{"groupId":3,"groupName":"DELIVERED","id":5,"name":"DELIVERED_TO_HANDSET",
            "description":"Message delivered to handset"},"error":{"groupId":0,"groupName":"OK","id":0,
            "name":"NO_ERROR","description":"No Error","permanent":false},"content":{"text":"Sale"},
            "mccMnc":"22801"}]})"_s.arg(key)
                .toUtf8());
    });
    LookupQuery q;
    q.to = u"+41793026727"_s;
    q.body = u"Sale"_s;
    q.attemptKey = key; // the answer with the id was lost: the key is enough
    q.notBefore = QDateTime::currentDateTimeUtc().addSecs(-5);
    auto found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Found);
    QCOMPARE(found->message.id, key);
    QCOMPARE(found->message.status, u"delivered"_s);
    QCOMPARE(found->message.body, u"Sale"_s);
    QCOMPARE(h.fake.last().queryValue(u"messageId"_s), key);
    QCOMPARE(h.fake.last().header("Authorization"), QByteArrayLiteral("App key-abc"));

    q.attemptKey = u"never-sent"_s;
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure); // too recent to trust the logs' silence
    q.notBefore = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Absent);
    q.notBefore = QDateTime::currentDateTimeUtc().addDays(-3);
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure); // beyond the 48 hours of logs

    h.fake.enqueue(FakeProvider::Reply::json(503, "Service Unavailable"));
    q.notBefore = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
    found = GatewayWait::lookup(*h.gateway, q);
    QVERIFY(found);
    QCOMPARE(found->status, LookupResult::Status::Unsure);
}

void TestInfobipGateway::connectionCheckConsumesNothing()
{
    Harness h;
    QVERIFY(h.ok);
    h.fake.enqueue(FakeProvider::Reply::json(200, R"({"results":[]})"));
    auto check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(check->ok);
    QCOMPARE(h.fake.last().path, u"/sms/3/logs"_s); // never the read-once reports
    QCOMPARE(h.fake.last().queryValue(u"limit"_s), u"1"_s);

    h.fake.enqueue(FakeProvider::Reply::json(
        401, R"({"requestError":{"serviceException":{"messageId":"UNAUTHORIZED","text":"Invalid login details"}}})"));
    check = GatewayWait::check(*h.gateway);
    QVERIFY(check);
    QVERIFY(!check->ok);
    QCOMPARE(check->errorClass, SendOutcome::AccountProblem);
    for (const FakeProvider::Request& r : h.fake.requests()) {
        QVERIFY(r.path != u"/sms/3/reports"_s && r.path != u"/sms/1/inbox/reports"_s);
    }
}

QTEST_GUILESS_MAIN(TestInfobipGateway)
#include "TestInfobipGateway.moc"
