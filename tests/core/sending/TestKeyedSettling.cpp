// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../providers/FakeProvider.h"
#include "SendingFixture.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"
#include "sending/Outbox.h"
#include "sending/SendService.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The send worker against real adapters over real HTTP on 127.0.0.1: ambiguous sends settled by
// sending again with the same SMSAPI idx (check_idx=1, error 53 = accepted before), and a
// read-once status listing (Infobip) applied to every campaign it reports on.
class TestKeyedSettling final : public QObject
{
    Q_OBJECT

private slots:
    void ambiguousSendIsResentWithTheSameKey();
    void restartResendsSubmittedRowsWithTheirKey();
    void readOnceReportsUpdateEveryCampaign();

private:
    struct Setup
    {
        explicit Setup(const QString& provider)
        {
            ok = workspace.isOpen() && fake.start();
            ProviderAccount account;
            account.name = provider;
            account.provider = provider;
            account.baseUrl = fake.url().toString();
            account.sender = u"Shop"_s;
            account.isDefault = true;
            auto id = ProviderAccounts(workspace.database()).add(account);
            ok = ok && id.ok();
            accountId = id ? id.value() : 0;
            access.baseUrl = fake.url();
            access.credentials.secret = u"test-token"_s;
        }
        qint64 campaign()
        {
            CampaignDraft draft;
            draft.name = u"Test %1"_s.arg(++campaigns);
            draft.body = u"Hi {first_name}"_s;
            draft.allContacts = true;
            draft.accountId = accountId;
            CampaignRepository repository(workspace.database());
            auto id = repository.create(draft);
            if (!id || !repository.launch(id.value(), u"Shop"_s)) {
                return 0;
            }
            return id.value();
        }
        QString column(qint64 rowId, const QString& name)
        {
            QSqlQuery q = workspace.database().query();
            q.prepare(u"SELECT %1 FROM messages WHERE id = ?"_s.arg(name));
            q.addBindValue(rowId);
            return q.exec() && q.next() ? q.value(0).toString() : QString();
        }
        QList<qint64> rows(qint64 campaignId)
        {
            QList<qint64> ids;
            QSqlQuery q = workspace.database().query();
            q.prepare(u"SELECT id FROM messages WHERE campaign_id = ? ORDER BY id"_s);
            q.addBindValue(campaignId);
            if (q.exec()) {
                while (q.next()) {
                    ids.append(q.value(0).toLongLong());
                }
            }
            return ids;
        }
        TempWorkspace workspace;
        FakeProvider fake;
        AccountAccess access;
        qint64 accountId = 0;
        int campaigns = 0;
        bool ok = false;
    };

    static SendOptions fastOptions()
    {
        SendOptions o;
        o.requestTimeoutMs = 3000;
        o.lookupDelayMs = 100;
        o.backoffBaseMs = 50;
        o.backoffMaxMs = 400;
        o.flushIntervalMs = 20;
        return o;
    }
    static FakeProvider::Reply duplicateIdx()
    {
        return FakeProvider::Reply::json(200, R"({"error":53,"message":"Not unique idx"})");
    }
    // Waits (running the event loop, which the fake needs) until spy saw campaignId.
    static bool waitFor(QSignalSpy& spy, qint64 campaignId, int timeoutMs = 20000)
    {
        const auto seen = [&] {
            for (const QList<QVariant>& args : std::as_const(spy)) {
                if (args.at(0).toLongLong() == campaignId) {
                    return true;
                }
            }
            return false;
        };
        QDeadlineTimer deadline(timeoutMs);
        while (!seen() && !deadline.hasExpired()) {
            spy.wait(int(qMax<qint64>(1, deadline.remainingTime())));
        }
        return seen();
    }
};

void TestKeyedSettling::ambiguousSendIsResentWithTheSameKey()
{
    Setup s(u"smsapi"_s);
    QVERIFY(s.ok);
    addContacts(s.workspace.database(), 1);
    const qint64 campaignId = s.campaign();
    QVERIFY(campaignId > 0);
    FakeProvider::Reply dropped;
    dropped.action = FakeProvider::Reply::Action::Drop; // the request arrived, the answer never did
    s.fake.enqueue(dropped);
    s.fake.enqueue(duplicateIdx());

    SendService service(s.workspace.path(), fastOptions());
    QSignalSpy finished(&service, &SendService::campaignFinished);
    service.start(campaignId, s.access);
    QVERIFY(waitFor(finished, campaignId));

    const OutboxCounts counts = Outbox(s.workspace.database()).counts(campaignId).value();
    QCOMPARE(counts.accepted, 1);
    QCOMPARE(counts.unknown, 0);
    QCOMPARE(counts.failed, 0);
    const qint64 rowId = s.rows(campaignId).value(0);
    const QString key = s.column(rowId, u"attempt_key"_s);
    QVERIFY(!key.isEmpty());
    QCOMPARE(s.fake.requests().size(), 2);
    for (const FakeProvider::Request& request : s.fake.requests()) {
        QCOMPARE(request.path, u"/sms.do"_s);
        QCOMPARE(request.formValue(u"idx"_s), key);
        QCOMPARE(request.formValue(u"check_idx"_s), u"1"_s);
    }
    QCOMPARE(s.column(rowId, u"attempts"_s).toInt(), 2);
}

void TestKeyedSettling::restartResendsSubmittedRowsWithTheirKey()
{
    Setup s(u"smsapi"_s);
    QVERIFY(s.ok);
    addContacts(s.workspace.database(), 2);
    const qint64 campaignId = s.campaign();
    QVERIFY(campaignId > 0);
    // A run that crashed after marking both rows "submitted": their requests may have left.
    {
        Outbox outbox(s.workspace.database());
        auto claimed = outbox.claim(campaignId, 10);
        QVERIFY(claimed.ok());
        QCOMPARE(claimed->size(), 2);
        QVERIFY(outbox.markSubmitted({claimed->at(0).id, claimed->at(1).id}).ok());
    }
    const QList<qint64> rows = s.rows(campaignId);
    QCOMPARE(rows.size(), 2);
    // The second key was issued two days ago: the provider no longer remembers it.
    QSqlQuery old = s.workspace.database().query();
    old.prepare(u"UPDATE messages SET claimed_at = ? WHERE id = ?"_s);
    old.addBindValue(QDateTime::currentSecsSinceEpoch() - 2 * 24 * 3600);
    old.addBindValue(rows.at(1));
    QVERIFY(old.exec());
    const QString key = s.column(rows.at(0), u"attempt_key"_s);
    s.fake.setHandler([](const FakeProvider::Request&) { return duplicateIdx(); });

    SendService service(s.workspace.path(), fastOptions());
    QSignalSpy finished(&service, &SendService::campaignFinished);
    service.start(campaignId, s.access);
    QVERIFY(waitFor(finished, campaignId));

    QCOMPARE(s.fake.requests().size(), 1);
    QCOMPARE(s.fake.last().formValue(u"idx"_s), key);
    QCOMPARE(s.fake.last().formValue(u"check_idx"_s), u"1"_s);
    QCOMPARE(s.column(rows.at(0), u"state"_s), u"accepted"_s);
    QCOMPARE(s.column(rows.at(1), u"state"_s), u"unknown"_s);
    QCOMPARE(s.column(rows.at(1), u"error_code"_s), u"idempotency-window"_s);
}

void TestKeyedSettling::readOnceReportsUpdateEveryCampaign()
{
    Setup s(u"infobip"_s);
    QVERIFY(s.ok);
    addContacts(s.workspace.database(), 1);
    const qint64 first = s.campaign();
    const qint64 second = s.campaign();
    QVERIFY(first > 0 && second > 0);
    // Both campaigns were handed over earlier and await their delivery reports.
    QSqlQuery accept = s.workspace.database().query();
    accept.prepare(u"UPDATE messages SET state = 'accepted', provider_id = ?, accepted_at = ?, submitted_at = ?, "
                   "attempts = 1 WHERE campaign_id = ?"_s);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (qint64 campaignId : {first, second}) {
        accept.bindValue(0, u"ib-%1"_s.arg(campaignId));
        accept.bindValue(1, now);
        accept.bindValue(2, now);
        accept.bindValue(3, campaignId);
        QVERIFY(accept.exec());
        QCOMPARE(accept.numRowsAffected(), 1);
    }
    const auto report = [](const QString& id) {
        const QJsonObject status {
            {u"groupId"_s, 3}, {u"groupName"_s, u"DELIVERED"_s}, {u"id"_s, 5}, {u"name"_s, u"DELIVERED_TO_HANDSET"_s}};
        return QJsonObject {{u"messageId"_s, id}, {u"to"_s, u"48600000000"_s}, {u"status"_s, status},
            {u"doneAt"_s, u"2026-01-01T10:00:00.000+0000"_s}, {u"messageCount"_s, 1}};
    };
    // Read once: the first listing hands out both reports, later ones nothing.
    const QJsonObject page {{u"results"_s, QJsonArray {report(u"ib-%1"_s.arg(first)), report(u"ib-%1"_s.arg(second))}}};
    s.fake.enqueue(FakeProvider::Reply::json(200, QJsonDocument(page).toJson(QJsonDocument::Compact)));
    s.fake.setHandler([](const FakeProvider::Request&) { return FakeProvider::Reply::json(200, R"({"results":[]})"); });

    SendService service(s.workspace.path(), fastOptions());
    QSignalSpy polled(&service, &SendService::statusPollingFinished);
    service.pollStatuses(first, s.access);
    QVERIFY(waitFor(polled, first));

    QVERIFY(!s.fake.requests().isEmpty());
    QCOMPARE(s.fake.requests().constFirst().path, u"/sms/3/reports"_s);
    QCOMPARE(s.column(s.rows(first).value(0), u"state"_s), u"delivered"_s);
    QCOMPARE(s.column(s.rows(second).value(0), u"state"_s), u"delivered"_s);
}

QTEST_GUILESS_MAIN(TestKeyedSettling)
#include "TestKeyedSettling.moc"
