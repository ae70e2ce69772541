// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendingFixture.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"
#include "providers/TwilioGateway.h"
#include "providers/simulator/Simulator.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentRepository.h"
#include "sending/Outbox.h"
#include "sending/SendService.h"
#include "sms/OptOutFooterStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The send worker end to end: outbox in a real workspace, the Simulator on 127.0.0.1, real HTTP.
class TestSendWorker final : public QObject
{
    Q_OBJECT

private slots:
    void thousandRecipientsExactlyOnceThenDelivered();
    void segmentsUnionAndConsent();
    void faultProfiles_data();
    void faultProfiles();
    void pauseResumeFiftyTimes();
    void accountProblemPausesWithReason_data();
    void accountProblemPausesWithReason();
    void errorStormPauses();
    void cancelStopsSending();
    void rowsInDoubtAreSettledByLookup();
    void oneRowPerPhone();
    void rateLimitIsHonoured();
    void unlimitedSenderIsThrottledWithoutDuplicates();
    void throughputWithoutLimit();

private:
    struct Setup
    {
        Setup(const Simulator::Options& simulatorOptions, const SendOptions& sendOptions)
            : simulator(simulatorOptions)
        {
            ok = workspace.isOpen() && simulator.start(0).ok();
            access.baseUrl = simulator.url();
            access.credentials = ProviderAccounts::simulatorCredentials();
            accountId = ProviderAccounts::ensureSimulatorAccount(workspace.database()).value();
            service = std::make_unique<SendService>(workspace.path(), sendOptions);
        }
        qint64 campaign(bool marketing = false, const QList<qint64>& segments = {})
        {
            CampaignDraft draft;
            draft.name = u"Test"_s;
            draft.body = u"Hi {first_name}"_s;
            draft.allContacts = segments.isEmpty();
            draft.segmentIds = segments;
            draft.marketing = marketing;
            CampaignRepository campaigns(workspace.database());
            auto id = campaigns.create(draft);
            if (!id || !campaigns.launch(id.value(), u"Shop"_s)) {
                return 0;
            }
            return id.value();
        }
        OutboxCounts counts(qint64 id)
        {
            return Outbox(workspace.database()).counts(id).value();
        }
        TempWorkspace workspace;
        Simulator simulator;
        AccountAccess access;
        qint64 accountId = 0;
        std::unique_ptr<SendService> service;
        bool ok = false;
    };

    static Simulator::Options simulatorOptions(Simulator::Fault fault = Simulator::Fault::None, int every = 3)
    {
        Simulator::Options o;
        o.fault = fault;
        o.faultEvery = every;
        o.replyRate = 0;
        return o;
    }
    static SendOptions fastOptions()
    {
        SendOptions o;
        o.requestTimeoutMs = 5000;
        o.lookupDelayMs = 100;
        o.backoffBaseMs = 50;
        o.backoffMaxMs = 400;
        o.flushIntervalMs = 20;
        return o;
    }
    static bool waitFinished(QSignalSpy& spy, qint64 id, int timeoutMs, QString* state = nullptr);
    static void verifyExactlyOnce(const Simulator& simulator, const QStringList& phones);
};

bool TestSendWorker::waitFinished(QSignalSpy& spy, qint64 id, int timeoutMs, QString* state)
{
    // QSignalSpy::wait runs a real event loop; QTest::qWaitFor would sleep in 10 ms steps and
    // starve the in-process Simulator.
    const auto seen = [&] {
        for (const QList<QVariant>& args : std::as_const(spy)) {
            if (args.at(0).toLongLong() == id) {
                if (state) {
                    *state = args.at(1).toString();
                }
                return true;
            }
        }
        return false;
    };
    QDeadlineTimer deadline(timeoutMs);
    while (!seen()) {
        if (deadline.hasExpired() || !spy.wait(int(qMax<qint64>(1, deadline.remainingTime())))) {
            return seen();
        }
    }
    return true;
}

void TestSendWorker::verifyExactlyOnce(const Simulator& simulator, const QStringList& phones)
{
    const QHash<QString, int> sent = countByRecipient(simulator.ledger());
    QCOMPARE(sent.size(), phones.size());
    for (const QString& phone : phones) {
        QCOMPARE(sent.value(phone), 1);
    }
    QCOMPARE(simulator.ledger().size(), phones.size());
}

void TestSendWorker::thousandRecipientsExactlyOnceThenDelivered()
{
    SendOptions options = fastOptions();
    options.pollStatusesAfterSending = true;
    options.statusPollIntervalMs = 300;
    options.statusPollDeadlineMs = 20000;
    Setup s(simulatorOptions(), options);
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 1000);
    const qint64 id = s.campaign(true);
    QVERIFY(id > 0);
    QCOMPARE(s.counts(id).pending, 1000);

    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    QSignalSpy polled(s.service.get(), &SendService::statusPollingFinished);
    s.service->start(id, s.access);
    QString state;
    QVERIFY(waitFinished(finished, id, 60000, &state));
    QCOMPARE(state, u"completed"_s);
    verifyExactlyOnce(s.simulator, phones);

    // Each ledger entry is the row's rendered body (with the English opt-out footer) and its key.
    const QString footer = OptOutFooterStore(s.workspace.database()).footer(u"en"_s);
    QSqlQuery q = s.workspace.database().query();
    QVERIFY(
        q.exec(u"SELECT phone, body, attempt_key, provider_id, state FROM messages WHERE campaign_id = %1"_s.arg(id)));
    QHash<QString, Simulator::LedgerEntry> byPhone;
    for (const Simulator::LedgerEntry& e : s.simulator.ledger()) {
        byPhone.insert(e.to, e);
    }
    int rows = 0;
    while (q.next()) {
        ++rows;
        const Simulator::LedgerEntry e = byPhone.value(q.value(0).toString());
        QCOMPARE(q.value(1).toString(), e.body);
        QCOMPARE(q.value(2).toString(), e.attemptKey);
        QCOMPARE(q.value(3).toString(), e.sid);
        QVERIFY(e.body.endsWith(u"\n"_s + footer));
    }
    QCOMPARE(rows, 1000);
    QCOMPARE(byPhone.value(phones.at(0)).body, u"Hi Ann0\n"_s + footer);
    // Every recipient of a marketing message is stamped for the frequency cap.
    QVERIFY(q.exec(u"SELECT count(*) FROM contacts WHERE last_message_at IS NULL"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish(); // an active statement would pin this connection's read snapshot

    QVERIFY(waitFinished(polled, id, 30000));
    const OutboxCounts counts = s.counts(id);
    QCOMPARE(counts.total, 1000);
    QCOMPARE(counts.delivered, 1000);
    // Statuses came from list pages of up to 1,000 messages, never one request per message.
    QCOMPARE(s.simulator.fetchRequestCount(), 0);
    QVERIFY2(s.simulator.listRequestCount() < 100, qPrintable(QString::number(s.simulator.listRequestCount())));
    QVERIFY(counts.sendingComplete());
    QCOMPARE(CampaignRepository(s.workspace.database()).find(id)->state, u"completed"_s);
}

void TestSendWorker::segmentsUnionAndConsent()
{
    Setup s(simulatorOptions(), fastOptions());
    QVERIFY(s.ok);
    Database& db = s.workspace.database();
    const QStringList vip = addContacts(db, 20, 0, u"opted_in"_s, u"vip"_s);
    const QStringList fresh = addContacts(db, 5, 100, u"opted_in"_s, u"new"_s);
    const QStringList refused = addContacts(db, 5, 200, u"opted_out"_s, u"vip"_s);
    // Ten VIPs are also new: in both segments, they must still get one message.
    QVERIFY(db.exec(u"INSERT INTO contact_tags (contact_id, tag_id) SELECT c.id, t.id FROM contacts c, tags t "
                    "WHERE t.name = 'new' AND c.id IN (SELECT id FROM contacts ORDER BY id LIMIT 10)"_s));
    SegmentRepository segments(db);
    Segment a;
    a.name = u"VIP"_s;
    a.rules
        = SegmentJson::parse(R"({"version":1,"match":"all","rules":[{"field":"tags","op":"has_any","value":["vip"]}]})")
              .value();
    Segment b = a;
    b.name = u"New"_s;
    b.rules
        = SegmentJson::parse(R"({"version":1,"match":"all","rules":[{"field":"tags","op":"has_any","value":["new"]}]})")
              .value();
    const qint64 segA = segments.insert(a).value();
    const qint64 segB = segments.insert(b).value();

    const qint64 id = s.campaign(true, {segA, segB});
    QVERIFY(id > 0);
    QCOMPARE(s.counts(id).total, 25); // 20 VIPs + 5 new; the opted-out VIPs are not there
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    s.service->start(id, s.access);
    QVERIFY(waitFinished(finished, id, 30000));
    verifyExactlyOnce(s.simulator, vip + fresh);

    // A transactional campaign does not ask for marketing consent.
    const qint64 notice = s.campaign(false);
    QCOMPARE(s.counts(notice).total, 30);
    Q_UNUSED(refused)
}

void TestSendWorker::faultProfiles_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString& name : {u"5xx"_s, u"429"_s, u"slow"_s, u"accept-then-drop"_s, u"garbage"_s, u"reset"_s}) {
        QTest::newRow(name.toUtf8().constData()) << name;
    }
}

void TestSendWorker::faultProfiles()
{
    QFETCH(QString, profile);
    Simulator::Options simOptions = simulatorOptions(*Simulator::faultFromName(profile), 4);
    simOptions.slowDelayMs = 1200;
    simOptions.retryAfterSeconds = 1;
    SendOptions options = fastOptions();
    options.requestTimeoutMs = 400;
    options.stormThreshold = 1000;
    if (profile == u"429"_s) {
        // One request at a time, so any request inside a Retry-After window is the client's fault.
        options.window = 1;
    }
    Setup s(simOptions, options);
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 40);
    const qint64 id = s.campaign();
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    QSignalSpy log(s.service.get(), &SendService::logLine);
    s.service->start(id, s.access);
    QString state;
    QVERIFY(waitFinished(finished, id, 60000, &state));
    QCOMPARE(state, u"completed"_s);
    verifyExactlyOnce(s.simulator, phones);
    const OutboxCounts counts = s.counts(id);
    QCOMPARE(counts.accepted, 40);
    QCOMPARE(counts.unknown, 0);
    QVERIFY(s.simulator.ledgerJson().value(u"faults"_s).toInt() > 0);
    const int faults = s.simulator.ledgerJson().value(u"faults"_s).toInt();

    int foundAfterAll = 0;
    for (const QList<QVariant>& args : std::as_const(log)) {
        foundAfterAll += args.at(0).toString().contains(u"after all"_s) ? 1 : 0;
    }
    const int lookups = s.simulator.listRequestCount() + s.simulator.fetchRequestCount();
    if (profile == u"5xx"_s || profile == u"reset"_s) {
        // Each 500 or reset may have created the message: it was looked up (absent) before it was
        // sent again. One extra request per fault, none created twice.
        QCOMPARE(s.simulator.createRequestCount(), 40 + faults);
        QCOMPARE(foundAfterAll, 0);
        QVERIFY2(lookups >= faults, qPrintable(u"%1 lookups for %2 faults"_s.arg(lookups).arg(faults)));
    } else if (profile == u"429"_s) {
        // Refused unprocessed: retried without a lookup, and never before Retry-After elapsed.
        QCOMPARE(s.simulator.earlyRequests(), 0);
        QCOMPARE(s.simulator.createRequestCount(), 40 + faults);
        QCOMPARE(lookups, 0);
    } else {
        // slow, accept-then-drop, garbage: the message was created but the answer was lost or
        // unreadable; the row went "unknown", a lookup found it, nothing was sent twice.
        QCOMPARE(s.simulator.createRequestCount(), 40);
        QCOMPARE(foundAfterAll, faults);
        QVERIFY(lookups >= faults);
    }
    QCOMPARE(s.simulator.duplicateRecipients(), 0);
}

void TestSendWorker::pauseResumeFiftyTimes()
{
    SendOptions options = fastOptions();
    options.rateOverride = 150;
    Setup s(simulatorOptions(), options);
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 600);
    const qint64 id = s.campaign();
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    QSignalSpy paused(s.service.get(), &SendService::campaignPaused);
    s.service->start(id, s.access);
    int pausedMidway = 0;
    for (int i = 0; i < 50; ++i) {
        QTest::qWait(15 + (i * 7) % 20);
        const qsizetype before = paused.size();
        s.service->pause(id);
        while (paused.size() == before) {
            QVERIFY(paused.wait(10000));
        }
        const OutboxCounts counts = s.counts(id);
        // Paused means nothing in flight: no row is claimed or submitted.
        QCOMPARE(counts.claimed, 0);
        QCOMPARE(counts.submitted, 0);
        pausedMidway += counts.pending > 0 ? 1 : 0;
        s.service->resume(id, s.access);
    }
    QString state;
    QVERIFY(waitFinished(finished, id, 60000, &state));
    QCOMPARE(state, u"completed"_s);
    QVERIFY(pausedMidway >= 40); // the pauses really interrupted the campaign
    verifyExactlyOnce(s.simulator, phones);
    QCOMPARE(s.counts(id).accepted, 600);
}

void TestSendWorker::accountProblemPausesWithReason_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("code");
    QTest::newRow("401 wrong credentials") << u"none"_s << u"20003"_s;
    QTest::newRow("402 no funds") << u"no-funds"_s << u"10001"_s;
    QTest::newRow("403 account suspended") << u"suspended"_s << u"20005"_s;
}

void TestSendWorker::accountProblemPausesWithReason()
{
    QFETCH(QString, profile);
    QFETCH(QString, code);
    Simulator::Options simOptions = simulatorOptions(*Simulator::faultFromName(profile), 1);
    simOptions.secret = u"the-right-one"_s;
    Setup s(simOptions, fastOptions());
    QVERIFY(s.ok);
    s.access.credentials.secret = profile == u"none"_s ? u"a-wrong-one"_s : simOptions.secret;
    addContacts(s.workspace.database(), 20);
    const qint64 id = s.campaign();
    QSignalSpy paused(s.service.get(), &SendService::campaignPaused);
    s.service->start(id, s.access);
    QVERIFY(paused.wait(20000));
    const QString reason = paused.constFirst().at(1).toString();
    QVERIFY2(reason.contains(code), qPrintable(reason));
    QVERIFY(reason.contains(u"Simulator"_s));
    QCOMPARE(s.simulator.ledger().size(), 0);
    const OutboxCounts counts = s.counts(id);
    QCOMPARE(counts.pending, 20);
    const Campaign campaign = CampaignRepository(s.workspace.database()).find(id).value();
    QCOMPARE(campaign.state, u"paused"_s);
    QCOMPARE(campaign.pauseReason, reason);
}

void TestSendWorker::errorStormPauses()
{
    SendOptions options = fastOptions();
    options.stormThreshold = 5;
    Setup s(simulatorOptions(Simulator::Fault::ServerError, 1), options);
    QVERIFY(s.ok);
    addContacts(s.workspace.database(), 30);
    const qint64 id = s.campaign();
    QSignalSpy paused(s.service.get(), &SendService::campaignPaused);
    s.service->start(id, s.access);
    QVERIFY(paused.wait(30000));
    QVERIFY(paused.constFirst().at(1).toString().contains(u"in a row"_s));
    QCOMPARE(s.simulator.ledger().size(), 0);
    const OutboxCounts counts = s.counts(id);
    QCOMPARE(counts.claimed + counts.submitted, 0);
    QCOMPARE(counts.pending + counts.unknown, 30);
}

void TestSendWorker::cancelStopsSending()
{
    SendOptions options = fastOptions();
    options.rateOverride = 40;
    Setup s(simulatorOptions(), options);
    QVERIFY(s.ok);
    addContacts(s.workspace.database(), 100);
    const qint64 id = s.campaign();
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    QSignalSpy progress(s.service.get(), &SendService::progressChanged);
    s.service->start(id, s.access);
    // Cancel once sending is under way (at 40/s the whole campaign takes 2.5 s).
    while (s.counts(id).accepted < 5) {
        QVERIFY(progress.wait(10000));
    }
    s.service->cancel(id);
    QString state;
    QVERIFY(waitFinished(finished, id, 20000, &state));
    QCOMPARE(state, u"cancelled"_s);
    const OutboxCounts counts = s.counts(id);
    QCOMPARE(counts.accepted, s.simulator.ledger().size());
    QCOMPARE(counts.accepted + counts.cancelled, 100);
    QVERIFY(counts.cancelled > 0);
    QVERIFY(counts.accepted > 0);
}

void TestSendWorker::rowsInDoubtAreSettledByLookup()
{
    Setup s(simulatorOptions(), fastOptions());
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 30);
    const qint64 id = s.campaign();
    // As if a run crashed: 10 rows submitted, 5 of which reached the provider, and 5 claimed.
    Outbox outbox(s.workspace.database());
    const QList<OutboxRow> rows = outbox.claim(id, 15).value();
    QList<qint64> submitted;
    for (int i = 0; i < 10; ++i) {
        submitted.append(rows.at(i).id);
    }
    QVERIFY(outbox.markSubmitted(submitted));
    QNetworkAccessManager network;
    GatewayConfig config;
    config.baseUrl = s.simulator.url();
    config.sender = ProviderAccounts::simulatorSender();
    config.credentials = ProviderAccounts::simulatorCredentials();
    TwilioGateway gateway(config, &network);
    int sent = 0;
    for (int i = 0; i < 5; ++i) {
        OutgoingMessage m;
        m.to = rows.at(i).phone;
        m.body = rows.at(i).body;
        m.attemptKey = rows.at(i).attemptKey;
        gateway.send(m, [&sent](const SendResult&) { ++sent; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(sent, 5, 10000);
    const QList<Simulator::LedgerEntry> early = s.simulator.ledger();

    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    s.service->start(id, s.access);
    QVERIFY(waitFinished(finished, id, 30000));
    verifyExactlyOnce(s.simulator, phones);
    for (const Simulator::LedgerEntry& e : early) {
        const QVariant providerId
            = s.workspace.database().scalar(u"SELECT provider_id FROM messages WHERE phone = ?"_s, {e.to}).value();
        QCOMPARE(providerId.toString(), e.sid);
    }
}

void TestSendWorker::oneRowPerPhone()
{
    // The outbox holds one row per recipient and campaign, whatever adds rows: a second row for
    // the same phone is refused by the schema itself.
    Setup s(simulatorOptions(), fastOptions());
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 3);
    const qint64 id = s.campaign();
    QCOMPARE(s.counts(id).total, 3);
    QSqlQuery q = s.workspace.database().query();
    QVERIFY(!q.exec(u"INSERT INTO messages (campaign_id, contact_id, phone, body, state, created_at, updated_at) "
                    "SELECT campaign_id, contact_id, phone, body, 'pending', created_at, updated_at FROM messages "
                    "WHERE campaign_id = %1 LIMIT 1"_s.arg(id)));
    QVERIFY2(q.lastError().text().contains(u"UNIQUE"_s), qPrintable(q.lastError().text()));
    QCOMPARE(s.counts(id).total, 3);
}

void TestSendWorker::rateLimitIsHonoured()
{
    // The Simulator enforces 50 messages/s with one second of slack, as a provider would: a sender
    // keeping to 50/s is never refused, whatever the scheduling jitter of a busy machine. (The
    // accuracy of the achieved rate is measured by bench_sending_rate, not asserted here.)
    SendOptions options = fastOptions();
    options.rateOverride = 50;
    Simulator::Options simOptions = simulatorOptions();
    simOptions.rateLimit = 50;
    simOptions.rateBurst = 50;
    Setup s(simOptions, options);
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 200); // four seconds at 50/s
    const qint64 id = s.campaign();
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    s.service->start(id, s.access);
    QVERIFY(waitFinished(finished, id, 60000));
    verifyExactlyOnce(s.simulator, phones);
    QCOMPARE(s.simulator.rateLimitedCount(), 0);
    QCOMPARE(s.simulator.createRequestCount(), 200);
    const QList<qint64> times = s.simulator.createRequestTimesMs();
    const double seconds = double(times.constLast() - times.constFirst()) / 1000.0;
    qInfo("rate limit 50 msg/s: measured %.2f msg/s over %.2f s", double(times.size() - 1) / seconds, seconds);
}

void TestSendWorker::unlimitedSenderIsThrottledWithoutDuplicates()
{
    // The control of the test above: without a limit of its own, Herald meets the provider's limit,
    // is refused (429, never processed), waits for Retry-After and sends each message once.
    SendOptions options = fastOptions();
    options.rateOverride = 0;
    options.stormThreshold = 1000;
    Simulator::Options simOptions = simulatorOptions();
    simOptions.rateLimit = 50;
    simOptions.rateBurst = 50;
    Setup s(simOptions, options);
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 150);
    const qint64 id = s.campaign();
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    s.service->start(id, s.access);
    QString state;
    QVERIFY(waitFinished(finished, id, 60000, &state));
    QCOMPARE(state, u"completed"_s);
    QVERIFY(s.simulator.rateLimitedCount() > 0);
    QCOMPARE(s.simulator.createRequestCount(), 150 + s.simulator.rateLimitedCount());
    QCOMPARE(s.simulator.listRequestCount() + s.simulator.fetchRequestCount(), 0); // 429: no lookup needed
    verifyExactlyOnce(s.simulator, phones);
    QCOMPARE(s.counts(id).accepted, 150);
}

void TestSendWorker::throughputWithoutLimit()
{
    Setup s(simulatorOptions(), SendOptions());
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.workspace.database(), 10000);
    const qint64 id = s.campaign();
    QSignalSpy finished(s.service.get(), &SendService::campaignFinished);
    QElapsedTimer clock;
    clock.start();
    s.service->start(id, s.access);
    QVERIFY(waitFinished(finished, id, 120000));
    const double seconds = double(clock.elapsed()) / 1000.0;
    qInfo("10,000 recipients, no rate limit: %.2f s, %.0f msg/s", seconds, 10000 / seconds);
    verifyExactlyOnce(s.simulator, phones);
    QCOMPARE(s.counts(id).accepted, 10000);
}

QTEST_GUILESS_MAIN(TestSendWorker)
#include "TestSendWorker.moc"
