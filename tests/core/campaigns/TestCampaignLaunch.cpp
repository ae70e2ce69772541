// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignFixture.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/Preflight.h"
#include "sending/Outbox.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The launch materialises exactly what the pre-flight report promised, keeps held messages
// held, and never sends a scheduled campaign whose time passed without asking.
class TestCampaignLaunch final : public QObject
{
    Q_OBJECT

private slots:
    void draftRoundTrip();
    void skippedRowsCarryTheirReason();
    void preflightAndLaunchAgree();
    void heldRowsWaitInTheOutbox();
    void legacyLaunchHasNoTimeRules();
    void scheduleAndMissedSchedules();
    void launchOnlyOnce();

private:
    static LaunchOptions at(const QDateTime& now)
    {
        LaunchOptions o;
        o.shopName = u"Sklep"_s;
        o.now = now;
        return o;
    }
    // A fixed-offset zone id in which it is now about hour o'clock.
    static QString zoneWhereItIs(int hour)
    {
        const int utcHour = QDateTime::currentDateTimeUtc().time().hour();
        int offset = ((hour - utcHour) % 24 + 24) % 24;
        if (offset > 14) {
            offset -= 24;
        }
        return QString::fromUtf8(QTimeZone(offset * 3600).id());
    }
};

void TestCampaignLaunch::draftRoundTrip()
{
    TempWorkspace temp;
    Database& db = temp.database();
    CampaignRepository campaigns(db);
    CampaignDraft draft = draftFor(u"Hello {first_name}"_s, false);
    draft.name = u"Wyprzedaż zimowa"_s;
    draft.sender = u"Sklep"_s;
    draft.scheduleMode = ScheduleMode::LocalTime;
    draft.localDate = QDate(2026, 12, 1);
    draft.localTime = QTime(9, 30);
    draft.optOutFooter = false;
    auto id = campaigns.create(draft);
    QVERIFY2(id, qPrintable(id.errorMessage()));
    const Campaign c = campaigns.find(id.value()).value();
    QVERIFY(!c.marketing);
    QCOMPARE(c.state, CampaignState::Draft);
    QCOMPARE(c.sender, u"Sklep"_s);
    QCOMPARE(c.scheduleMode, ScheduleMode::LocalTime);
    QCOMPARE(c.localDate, QDate(2026, 12, 1));
    QCOMPARE(c.localTime, QTime(9, 30));
    QCOMPARE(c.scheduledAt, utc(2026, 11, 30, 19, 30)); // 09:30 at UTC+14
    QVERIFY(c.utmTags);
    QCOMPARE(c.utmValue(), u"wyprzedaz-zimowa"_s);
    QVERIFY(!c.optOutFooter);
    // A name without Latin letters still gets a utm value.
    draft.name = u"冬季特賣"_s;
    const Campaign chinese = campaigns.find(campaigns.create(draft).value()).value();
    QCOMPARE(chinese.utmValue(), u"campaign-%1"_s.arg(chinese.id));
    // Incomplete schedules are refused with a reason.
    CampaignDraft noTime = draftFor(u"Hi"_s);
    noTime.scheduleMode = ScheduleMode::At;
    QVERIFY(!campaigns.create(noTime));
    noTime.scheduleMode = ScheduleMode::LocalTime;
    noTime.localTime = QTime(10, 0);
    QVERIFY(!campaigns.create(noTime).errorMessage().isEmpty());
}

void TestCampaignLaunch::skippedRowsCarryTheirReason()
{
    TempWorkspace temp;
    Database& db = temp.database();
    const qint64 now = fixedNow().toSecsSinceEpoch();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    QVERIFY(addContact(db, {u"+48601000002"_s}));
    QVERIFY(addContact(db, {u"+48601000003"_s, u"unknown"_s}));
    QVERIFY(addContact(db, {u"+48601000004"_s, u"opted_out"_s}));
    QVERIFY(addContact(db, {u"+48221234567"_s}));
    QVERIFY(addContact(db, {u"+4860100001"_s}));
    QVERIFY(addContact(db, {u"+48601000007"_s}));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(addPastMessage(db, u"+48601000007"_s, now - i * 3600));
    }
    ContactSpec nameless {u"+48601000008"_s};
    nameless.firstName = QString();
    QVERIFY(addContact(db, nameless));
    CampaignRepository campaigns(db);
    const qint64 id = campaigns.create(draftFor(u"{first_name}"_s)).value();
    auto launched = campaigns.launch(id, at(fixedNow()));
    QVERIFY2(launched, qPrintable(launched.errorMessage()));
    QCOMPARE(launched->rows, 6);
    QCOMPARE(launched->pending, 2);
    QCOMPARE(launched->skipped, 4);
    QCOMPARE(campaigns.find(id)->state, CampaignState::Sending);
    QSqlQuery q = db.query();
    QVERIFY(q.exec(u"SELECT phone, state, skip_reason FROM messages WHERE campaign_id = %1 AND state = 'skipped' "
                   "ORDER BY phone"_s.arg(id)));
    QHash<QString, QString> reasons;
    while (q.next()) {
        reasons.insert(q.value(0).toString(), q.value(2).toString());
    }
    const QHash<QString, QString> expected {
        {u"+48221234567"_s, Exclusion::Landline},
        {u"+4860100001"_s, Exclusion::InvalidNumber},
        {u"+48601000007"_s, Exclusion::FrequencyCap},
        {u"+48601000008"_s, Exclusion::EmptyMessage},
    };
    QCOMPARE(reasons, expected);
    // Consent exclusions leave no row at all.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM messages WHERE campaign_id = ? AND phone IN ('+48601000003', "
                       "'+48601000004')"_s,
                   {id})
                 ->toInt(),
        0);
    const OutboxCounts counts = campaigns.counts(id).value();
    QCOMPARE(counts.total, 6);
    QCOMPARE(counts.skipped, 4);
}

void TestCampaignLaunch::preflightAndLaunchAgree()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    QVERIFY(addContact(db, {u"+48601000002"_s, u"opted_in"_s, u"mobile"_s, {}, u"America/New_York"_s}));
    QVERIFY(addContact(db, {u"+48601000003"_s, u"opted_in"_s, u"mobile"_s, {}, u"Pacific/Auckland"_s}));
    QVERIFY(addContact(db, {u"+48601000004"_s, u"unknown"_s}));
    QVERIFY(addContact(db, {u"+48221234567"_s}));
    QVERIFY(addContact(db, {u"+12125550100"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s}));
    CampaignRepository campaigns(db);
    const qint64 id
        = campaigns.create(draftFor(u"Hi {first_name}, new arrivals at https://shop.example/new"_s)).value();
    const PreflightReport report = Preflight::run(db, id, at(fixedNow())).value();
    auto launched = campaigns.launch(id, at(fixedNow()));
    QVERIFY(launched);
    QCOMPARE(launched->pending, report.recipients);
    QCOMPARE(launched->held, report.held);
    QCOMPARE(launched->skipped, report.excluded(Exclusion::Landline));
    QCOMPARE(launched->firstSendAt, report.firstSendAt);
    QCOMPARE(launched->lastSendAt, report.lastSendAt);
    QCOMPARE(db.scalar(u"SELECT sum(segments) FROM messages WHERE campaign_id = ? AND state = 'pending'"_s, {id})
                 ->toLongLong(),
        report.totalParts);
    QCOMPARE(db.scalar(u"SELECT sum(estimated_cost_micros) FROM messages WHERE campaign_id = ? AND state = "
                       "'pending'"_s,
                   {id})
                 ->toLongLong(),
        report.estimatedCostMicros);
    QCOMPARE(campaigns.heldCount(id, fixedNow()).value(), report.held);
    QCOMPARE(campaigns.nextHeldSendTime(id, fixedNow()).value(), utc(2026, 6, 10, 12)); // 08:00 in New York
}

void TestCampaignLaunch::heldRowsWaitInTheOutbox()
{
    TempWorkspace temp;
    Database& db = temp.database();
    const QString night = zoneWhereItIs(3);
    const QString day = zoneWhereItIs(13);
    QVERIFY2(QTimeZone(night.toUtf8()).isValid(), qPrintable(night));
    QVERIFY(addContact(db, {u"+48601000001"_s, u"opted_in"_s, u"mobile"_s, {}, night}));
    QVERIFY(addContact(db, {u"+48601000002"_s, u"opted_in"_s, u"mobile"_s, {}, day}));
    CampaignRepository campaigns(db);
    const qint64 id = campaigns.create(draftFor(u"Hello"_s)).value();
    LaunchOptions options = at(QDateTime());
    options.rules.avoidSundays = false;
    auto launched = campaigns.launch(id, options);
    QVERIFY(launched);
    QCOMPARE(launched->pending, 2);
    QCOMPARE(launched->held, 1);
    QCOMPARE(campaigns.heldCount(id).value(), 1);
    const QDateTime next = campaigns.nextHeldSendTime(id).value();
    QCOMPARE(next.toTimeZone(QTimeZone(night.toUtf8())).time(), QTime(8, 0));

    // The outbox hands out only what is due; the held row stays pending, not dropped.
    Outbox outbox(db);
    const QList<OutboxRow> due = outbox.claim(id, 10).value();
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.constFirst().phone, u"+48601000002"_s);
    QVERIFY(outbox.claim(id, 10)->isEmpty());
    QCOMPARE(outbox.counts(id)->pending, 1);
    // When its time comes, it is claimed like any other.
    QVERIFY(db.exec(u"UPDATE messages SET not_before = strftime('%s', 'now') - 1 WHERE campaign_id = %1 AND "
                    "state = 'pending'"_s.arg(id)));
    const QList<OutboxRow> later = outbox.claim(id, 10).value();
    QCOMPARE(later.size(), 1);
    QCOMPARE(later.constFirst().phone, u"+48601000001"_s);
    QCOMPARE(campaigns.heldCount(id).value(), 0);
}

void TestCampaignLaunch::legacyLaunchHasNoTimeRules()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s, u"opted_in"_s, u"mobile"_s, {}, zoneWhereItIs(3)}));
    QVERIFY(addContact(db, {u"+48601000002"_s, u"unknown"_s}));
    CampaignRepository campaigns(db);
    const qint64 id = campaigns.create(draftFor(u"Hello"_s)).value();
    QCOMPARE(campaigns.launch(id, u"Sklep"_s).value(), 1); // consent still decides
    QCOMPARE(campaigns.heldCount(id).value(), 0);
    QCOMPARE(Outbox(db).claim(id, 10)->size(), 1);
}

void TestCampaignLaunch::scheduleAndMissedSchedules()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    CampaignRepository campaigns(db);
    CampaignDraft draft = draftFor(u"Hello"_s);
    draft.scheduleMode = ScheduleMode::At;
    draft.scheduledAt = fixedNow().addSecs(3600);
    const qint64 atId = campaigns.create(draft).value();
    QVERIFY(campaigns.schedule(atId, fixedNow()));
    QCOMPARE(campaigns.find(atId)->state, CampaignState::Scheduled);
    QVERIFY(campaigns.missedSchedules(fixedNow()).value().isEmpty());

    CampaignDraft local = draftFor(u"Hello"_s);
    local.scheduleMode = ScheduleMode::LocalTime;
    local.localDate = QDate(2026, 6, 11);
    local.localTime = QTime(10, 0); // first reached at 20:00 UTC on 10 June
    const qint64 localId = campaigns.create(local).value();
    QVERIFY(campaigns.schedule(localId, fixedNow()));

    // Herald was closed from 10:00 until 21:00 UTC: both were missed, oldest first.
    const QList<Campaign> missed = campaigns.missedSchedules(utc(2026, 6, 10, 21)).value();
    QCOMPARE(missed.size(), 2);
    QCOMPARE(missed.at(0).id, atId);
    QCOMPARE(missed.at(1).id, localId);
    QCOMPARE(campaigns.missedSchedules(utc(2026, 6, 10, 15)).value().size(), 1);
    // A missed campaign is sent only when someone launches it; then it is no longer missed.
    QCOMPARE(campaigns.find(atId)->state, CampaignState::Scheduled);
    QVERIFY(campaigns.launch(atId, at(utc(2026, 6, 10, 21))));
    QCOMPARE(campaigns.missedSchedules(utc(2026, 6, 10, 21)).value().size(), 1);
    QVERIFY(campaigns.setState(localId, CampaignState::Cancelled));
    QVERIFY(campaigns.missedSchedules(utc(2026, 6, 10, 21)).value().isEmpty());

    // What cannot be scheduled.
    draft.scheduledAt = fixedNow().addSecs(-60);
    const qint64 late = campaigns.create(draft).value();
    QVERIFY(!campaigns.schedule(late, fixedNow()));
    const qint64 now = campaigns.create(draftFor(u"Hello"_s)).value();
    QVERIFY(!campaigns.schedule(now, fixedNow()));
    local.localDate = QDate(2026, 6, 9); // 10:00 at UTC−12 was 22:00 UTC on 9 June
    const qint64 gone = campaigns.create(local).value();
    QVERIFY(!campaigns.schedule(gone, fixedNow()));
    QVERIFY(!campaigns.schedule(atId, fixedNow())); // not a draft any more
}

void TestCampaignLaunch::launchOnlyOnce()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    CampaignRepository campaigns(db);
    const qint64 id = campaigns.create(draftFor(u"Hello"_s)).value();
    QVERIFY(campaigns.launch(id, at(fixedNow())));
    auto again = campaigns.launch(id, at(fixedNow()));
    QVERIFY(!again);
    QVERIFY(again.errorMessage().contains(u"already"_s));
    QCOMPARE(campaigns.counts(id)->total, 1);
}

QTEST_GUILESS_MAIN(TestCampaignLaunch)
#include "TestCampaignLaunch.moc"
