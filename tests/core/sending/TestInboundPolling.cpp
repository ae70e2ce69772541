// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendingFixture.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "contacts/Suppression.h"
#include "providers/ProviderAccount.h"
#include "providers/simulator/Simulator.h"
#include "sending/Outbox.h"
#include "sending/ReplyTexts.h"
#include "sending/SendService.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// Polling replies and delivery reports beside sending, end to end: the send worker's Poller,
// the Simulator on 127.0.0.1, real HTTP.
class TestInboundPolling final : public QObject
{
    Q_OBJECT

private slots:
    void stopMidCampaignStopsLaterMessagesToThatNumber();
    void statusesArePolledInListPagesForSevenDays();
    void answersLeftByACrashAreSettledNotResent();

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
        Database& db()
        {
            return workspace.database();
        }
        qint64 campaign(bool marketing, const QString& body)
        {
            CampaignDraft draft;
            draft.name = body;
            draft.body = body;
            draft.allContacts = true;
            draft.marketing = marketing;
            CampaignRepository campaigns(db());
            auto id = campaigns.create(draft);
            if (!id || !campaigns.launch(id.value(), u"Shop"_s)) {
                return 0;
            }
            return id.value();
        }
        OutboxCounts counts(qint64 id)
        {
            return Outbox(db()).counts(id).value();
        }
        QList<PollAccount> pollAccounts() const
        {
            return {PollAccount {accountId, access}};
        }
        qint64 scalar(const QString& sql, const QVariantList& bindings = {})
        {
            return db().scalar(sql, bindings).value().toLongLong();
        }
        QString text(const QString& sql, const QVariantList& bindings = {})
        {
            return db().scalar(sql, bindings).value().toString();
        }
        TempWorkspace workspace;
        Simulator simulator;
        AccountAccess access;
        qint64 accountId = 0;
        std::unique_ptr<SendService> service;
        bool ok = false;
    };

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
    static PollOptions pollOptions()
    {
        PollOptions o;
        o.intervalMs = 100;
        o.requestTimeoutMs = 5000;
        return o;
    }
    // Waits (running the event loop, so that the in-process Simulator answers) until done().
    template <typename Predicate>
    static bool waitFor(QSignalSpy& spy, int timeoutMs, Predicate done)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!done()) {
            if (deadline.hasExpired()) {
                return done();
            }
            spy.wait(int(qBound(qint64(1), deadline.remainingTime(), qint64(200))));
        }
        return true;
    }
    static bool finished(const QSignalSpy& spy, qint64 id)
    {
        for (const QList<QVariant>& args : spy) {
            if (args.at(0).toLongLong() == id) {
                return true;
            }
        }
        return false;
    }
};

void TestInboundPolling::stopMidCampaignStopsLaterMessagesToThatNumber()
{
    // Every delivered message is answered at once with STOP: deterministic, and the confirmations
    // themselves get a second STOP, which must not be confirmed again.
    Simulator::Options so;
    so.replyRate = 1.0;
    so.stopRate = 1.0;
    so.replyDelayMs = 0;
    so.sendLatencyMinMs = 5;
    so.sendLatencyMaxMs = 20;
    so.deliveryLatencyMinMs = 5;
    so.deliveryLatencyMaxMs = 20;
    SendOptions sendOptions = fastOptions();
    sendOptions.rateOverride = 5; // 30 recipients take about 6 s: time for a STOP to arrive mid-way
    Setup s(so, sendOptions);
    QVERIFY(s.ok);

    // The others are not opted in yet, so the first campaign reaches only `stopper`, whose row
    // comes last in the second campaign (rows follow contact ids).
    const QStringList others = addContacts(s.db(), 29, 0, u"unknown"_s);
    const QString stopper = addContacts(s.db(), 1, 200).constFirst();
    QSignalSpy finishedSpy(s.service.get(), &SendService::campaignFinished);
    QSignalSpy progressSpy(s.service.get(), &SendService::progressChanged);
    QSignalSpy roundSpy(s.service.get(), &SendService::pollRoundFinished);

    const QString firstBody = u"Hello from the first campaign"_s;
    const qint64 first = s.campaign(true, firstBody);
    QVERIFY(first > 0);
    QCOMPARE(s.counts(first).total, 1);
    s.service->start(first, s.access);
    QVERIFY(waitFor(finishedSpy, 20000, [&] { return finished(finishedSpy, first); }));

    QVERIFY(s.db().scalar(u"UPDATE contacts SET marketing_consent = 'opted_in'"_s));
    const QString secondBody = u"Second campaign: -20% today"_s;
    const qint64 second = s.campaign(true, secondBody);
    QVERIFY(second > 0);
    QCOMPARE(s.counts(second).total, 30);
    QCOMPARE(s.scalar(u"SELECT (SELECT max(id) FROM messages WHERE campaign_id = ?) "
                      "= (SELECT id FROM messages WHERE campaign_id = ? AND phone = ?)"_s,
                 {second, second, stopper}),
        1);

    s.service->start(second, s.access);
    // Mid-campaign: a few messages out, the stopper's row claimed and waiting.
    QVERIFY(waitFor(progressSpy, 20000, [&] { return s.counts(second).accepted + s.counts(second).delivered >= 3; }));
    QVERIFY(s.counts(second).pending + s.counts(second).claimed > 10);
    s.service->startPolling(s.pollAccounts(), pollOptions());
    QVERIFY(waitFor(finishedSpy, 30000, [&] { return finished(finishedSpy, second); }));

    // Let the poller send the confirmations and read the second round of STOPs.
    const ReplyTexts texts(s.db());
    const QString confirmation = texts.text(ReplyTexts::Kind::OptOutConfirmation, u"en"_s, QString());
    const auto confirmationsTo = [&](const QString& phone) {
        int n = 0;
        for (const Simulator::LedgerEntry& e : s.simulator.ledger()) {
            n += e.to == phone && e.body == confirmation ? 1 : 0;
        }
        return n;
    };
    QVERIFY(waitFor(roundSpy, 20000, [&] {
        return s.scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL AND state IN "
                        "('pending', 'claimed', 'submitted')"_s)
            == 0
            && s.scalar(u"SELECT count(*) FROM inbound"_s) >= 1 + 29 + 30;
    }));
    const int rounds = int(roundSpy.size());
    QVERIFY(waitFor(roundSpy, 10000, [&] { return roundSpy.size() >= rounds + 2; }));
    s.service->stopPolling();

    // The stopper got the first campaign and one confirmation; nothing of the second campaign.
    int toStopper = 0;
    for (const Simulator::LedgerEntry& e : s.simulator.ledger()) {
        if (e.to == stopper) {
            ++toStopper;
            QVERIFY2(e.body != secondBody, "a marketing message went out after STOP");
        }
    }
    QCOMPARE(toStopper, 2);
    QCOMPARE(confirmationsTo(stopper), 1);
    QCOMPARE(s.text(u"SELECT state || '/' || skip_reason FROM messages WHERE campaign_id = ? AND phone = ?"_s,
                 {second, stopper}),
        u"cancelled/opted out"_s);
    const OutboxCounts counts = s.counts(second);
    QCOMPARE(counts.cancelled, 1);
    QCOMPARE(counts.accepted + counts.sent + counts.delivered, 29);

    // Consent, suppression, and the reply linked to the campaign it answered.
    QVERIFY(Suppression(s.db()).isSuppressed(stopper).value());
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {stopper}), u"opted_out"_s);
    QCOMPARE(s.text(u"SELECT e.source FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                    "WHERE c.phone = ? AND e.action = 'opt_out' ORDER BY e.id LIMIT 1"_s,
                 {stopper}),
        u"sms reply: STOP"_s);
    QCOMPARE(
        s.scalar(u"SELECT campaign_id FROM inbound WHERE from_phone = ? ORDER BY received_at, id LIMIT 1"_s, {stopper}),
        first);

    // Everyone who replied STOP (all 30) got exactly one confirmation, though each confirmation
    // drew a second STOP; no reply was stored twice across rounds.
    for (const QString& phone : others) {
        QCOMPARE(confirmationsTo(phone), 1);
    }
    QCOMPARE(
        s.scalar(u"SELECT count(*) FROM inbound"_s), s.scalar(u"SELECT count(DISTINCT provider_id) FROM inbound"_s));
    QCOMPARE(s.scalar(u"SELECT count(*) FROM inbound WHERE from_phone = ? AND keyword = 'stop'"_s, {stopper}), 2);
}

void TestInboundPolling::statusesArePolledInListPagesForSevenDays()
{
    Simulator::Options so;
    so.replyRate = 0;
    Setup s(so, fastOptions());
    QVERIFY(s.ok);
    constexpr int Recipients = 2500;
    addContacts(s.db(), Recipients);
    QSignalSpy finishedSpy(s.service.get(), &SendService::campaignFinished);
    QSignalSpy roundSpy(s.service.get(), &SendService::pollRoundFinished);
    const qint64 id = s.campaign(false, u"Your parcel is on its way"_s);
    QVERIFY(id > 0);
    s.service->start(id, s.access);
    QVERIFY(waitFor(finishedSpy, 60000, [&] { return finished(finishedSpy, id); }));
    QCOMPARE(s.counts(id).accepted, Recipients);
    // Every message reaches its final state at the Simulator within a second.
    QTest::qWait(1200);

    // As if sent over the past week: 100 three days ago, 150 more than 7 days ago.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(s.db().scalar(u"UPDATE messages SET accepted_at = ? WHERE id IN (SELECT id FROM messages "
                          "ORDER BY id LIMIT 100)"_s,
        {now - 3 * 86400}));
    QVERIFY(s.db().scalar(u"UPDATE messages SET accepted_at = ? WHERE id IN (SELECT id FROM messages "
                          "ORDER BY id LIMIT 150 OFFSET 100)"_s,
        {now - 8 * 86400}));

    const int requestsBefore = s.simulator.requestCount();
    s.service->pollOnce(s.pollAccounts(), pollOptions());
    QVERIFY(waitFor(roundSpy, 30000, [&] { return roundSpy.size() >= 1; }));
    const PollSummary summary = roundSpy.constFirst().constFirst().value<PollSummary>();
    QVERIFY2(summary.errors.isEmpty(), qPrintable(summary.errors.join(u"; "_s)));

    // List pages of 1,000, never one request per message (DESIGN §7): 2,350 awaited → 3 pages.
    QCOMPARE(summary.statusRequests, 3);
    QCOMPARE(summary.inboundRequests, 1);
    QCOMPARE(s.simulator.requestCount() - requestsBefore, summary.statusRequests + summary.inboundRequests);
    // The listing started at the day of the oldest unsettled message.
    const QString since = QDateTime::fromSecsSinceEpoch(now - 3 * 86400, Qt::UTC).date().toString(Qt::ISODate);
    bool sawSince = false;
    for (const auto& [key, value] : s.simulator.lastRequest().query) {
        sawSince = sawSince || (key == u"DateSent>"_s && value == since);
    }
    QVERIFY2(sawSince, qPrintable(since));

    QCOMPARE(summary.statusesUpdated, Recipients - 150);
    QCOMPARE(summary.expired, 150);
    const OutboxCounts counts = s.counts(id);
    QCOMPARE(counts.delivered, Recipients - 150);
    // Past the window: unknown, kept apart from failed, the reason on the row.
    QCOMPARE(counts.unknown, 150);
    QCOMPARE(counts.failed, 0);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE error_code = 'status-expired'"_s), 150);

    // Nothing left to settle: the next round asks for no status page at all.
    s.service->pollOnce(s.pollAccounts(), pollOptions());
    QVERIFY(waitFor(roundSpy, 30000, [&] { return roundSpy.size() >= 2; }));
    QCOMPARE(roundSpy.at(1).constFirst().value<PollSummary>().statusRequests, 0);
}

void TestInboundPolling::answersLeftByACrashAreSettledNotResent()
{
    Simulator::Options so;
    so.replyRate = 0;
    Setup s(so, fastOptions());
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 2);
    // As a crash leaves them: one answer claimed (never sent), one submitted whose request never
    // reached the provider.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 2; ++i) {
        QVERIFY(s.db().scalar(u"INSERT INTO messages (campaign_id, account_id, phone, kind, body, state, attempt_key, "
                              "attempts, submitted_at, created_at, updated_at) VALUES (NULL, ?, ?, 'transactional', "
                              "?, ?, ?, ?, ?, ?, ?)"_s,
            {s.accountId, phones.at(i), u"Answer %1"_s.arg(i), i == 0 ? u"claimed"_s : u"submitted"_s,
                u"key-%1"_s.arg(i), i, now - 60, now - 60, now - 60}));
    }
    QSignalSpy roundSpy(s.service.get(), &SendService::pollRoundFinished);
    s.service->pollOnce(s.pollAccounts(), pollOptions());
    QVERIFY(waitFor(roundSpy, 30000, [&] { return roundSpy.size() >= 1; }));
    QCOMPARE(roundSpy.constFirst().constFirst().value<PollSummary>().repliesSent, 2);
    // Each sent exactly once: the submitted one only after the lookup found it absent.
    const QHash<QString, int> sent = countByRecipient(s.simulator.ledger());
    QCOMPARE(sent.value(phones.at(0)), 1);
    QCOMPARE(sent.value(phones.at(1)), 1);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL AND state = 'accepted'"_s), 2);

    s.service->pollOnce(s.pollAccounts(), pollOptions());
    QVERIFY(waitFor(roundSpy, 30000, [&] { return roundSpy.size() >= 2; }));
    QCOMPARE(s.simulator.ledger().size(), 2);
}

QTEST_GUILESS_MAIN(TestInboundPolling)
#include "TestInboundPolling.moc"
