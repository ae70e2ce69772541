// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignFixture.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/Preflight.h"
#include "contacts/ContactRepository.h"
#include "contacts/Suppression.h"
#include "providers/ProviderAccount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The pre-flight report on prepared workspaces: every exclusion with its exact count, the
// frequency cap at its boundaries, segments, kinds, senders, schedules, prices and warnings.
class TestPreflight final : public QObject
{
    Q_OBJECT

private slots:
    void exclusionsWithExactCounts();
    void frequencyCapIsConfigurable_data();
    void frequencyCapIsConfigurable();
    void transactionalIgnoresMarketingConsent();
    void overlappingSegmentsAreDeduplicated();
    void quietHoursAcrossTimeZones();
    void localSendTime();
    void scheduledTimeAlreadyPassed();
    void senderRules();
    void costPerCountry();
    void utmTagsAreCounted();
    void placeholderWarnings();
    void footerAndEncodingWarnings();
    void providerWithoutDeliveryReports();
    void jsonHasStableKeys();

private:
    // The workspace of exclusionsWithExactCounts(): 14 contacts, each there for a reason.
    static void addMixedAudience(Database& db);
    static LaunchOptions options(const QString& shop = u"Sklep"_s)
    {
        LaunchOptions o;
        o.shopName = shop;
        o.now = fixedNow();
        return o; // default rules: 08:00–21:00, no Sundays, 4 marketing messages in 30 days
    }
    static PreflightReport preflight(Database& db, const CampaignDraft& draft, const LaunchOptions& o = options())
    {
        auto id = CampaignRepository(db).create(draft);
        if (!id) {
            qWarning() << id.errorMessage();
            return {};
        }
        auto report = Preflight::run(db, id.value(), o);
        if (!report) {
            qWarning() << report.errorMessage();
            return {};
        }
        return report.value();
    }
};

void TestPreflight::addMixedAudience(Database& db)
{
    const qint64 now = fixedNow().toSecsSinceEpoch();
    const qint64 day = 24 * 3600;
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(addContact(db, {u"+4860100000%1"_s.arg(i)}));
    }
    QVERIFY(addContact(db, {u"+48601000004"_s, u"unknown"_s}));
    QVERIFY(addContact(db, {u"+48601000005"_s, u"unknown"_s}));
    QVERIFY(addContact(db, {u"+48601000006"_s, u"opted_out"_s}));
    QVERIFY(addContact(db, {u"+48601000007"_s})); // on the suppression list below
    QVERIFY(Suppression(db).add(u"+48601000007"_s, u"stop"_s));
    QVERIFY(addContact(db, {u"+48221234567"_s})); // Warsaw landline, type found by parsing
    QVERIFY(addContact(db, {u"+4860100001"_s})); // a digit short
    // Frequency cap (4 in 30 days by default).
    QVERIFY(addContact(db, {u"+48601000010"_s}));
    QVERIFY(addContact(db, {u"+48601000011"_s}));
    QVERIFY(addContact(db, {u"+48601000012"_s}));
    QVERIFY(addContact(db, {u"+48601000013"_s}));
    for (int i = 1; i <= 4; ++i) {
        QVERIFY(addPastMessage(db, u"+48601000010"_s, now - i * day)); // 4: capped
    }
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(addPastMessage(db, u"+48601000011"_s, now - i * day, u"sent"_s));
        QVERIFY(addPastMessage(db, u"+48601000012"_s, now - i * day, u"accepted"_s));
        QVERIFY(addPastMessage(db, u"+48601000013"_s, now - i * day));
    }
    QVERIFY(addPastMessage(db, u"+48601000011"_s, now - 30 * day)); // exactly 30 days: counts
    QVERIFY(addPastMessage(db, u"+48601000012"_s, now - 30 * day - 1)); // a second more: does not
    QVERIFY(addPastMessage(db, u"+48601000013"_s, now - day, u"failed"_s)); // never arrived
    QVERIFY(addPastMessage(db, u"+48601000013"_s, now - day, u"delivered"_s, u"transactional"_s));
    // Opted in to marketing, but asked for no transactional messages.
    const qint64 noNotices = addContact(db, {u"+48601000014"_s});
    QVERIFY(noNotices);
    ConsentEvent event;
    event.action = ConsentEvent::Action::OptOut;
    event.purpose = u"transactional"_s;
    event.method = u"manual"_s;
    event.source = u"phone call"_s;
    QVERIFY(ContactRepository(db).recordConsent(noNotices, event));
}

void TestPreflight::exclusionsWithExactCounts()
{
    TempWorkspace temp;
    QVERIFY(temp.isOpen());
    Database& db = temp.database();
    addMixedAudience(db);
    const PreflightReport r = preflight(db, draftFor(u"Hi {first_name}, -20% today!"_s));
    QCOMPARE(r.audience, 14);
    QCOMPARE(r.excluded(Exclusion::NoMarketingConsent), 2);
    QCOMPARE(r.excluded(Exclusion::OptedOut), 2); // opted out + suppressed
    QCOMPARE(r.excluded(Exclusion::Landline), 1);
    QCOMPARE(r.excluded(Exclusion::InvalidNumber), 1);
    QCOMPARE(r.excluded(Exclusion::FrequencyCap), 2); // +…10 and +…11
    QCOMPARE(r.excluded(Exclusion::EmptyMessage), 0);
    QCOMPARE(r.excluded(Exclusion::Duplicate), 0);
    QCOMPARE(r.recipients, 6);
    QCOMPARE(r.sendNow, 6); // noon in Warsaw
    QCOMPARE(r.held, 0);
    QCOMPARE(r.firstSendAt, fixedNow());
    // Every exclusion key is listed, in a fixed order, with a sentence for the user.
    QCOMPARE(r.exclusions.size(), Exclusion::all().size());
    for (int i = 0; i < r.exclusions.size(); ++i) {
        QCOMPARE(r.exclusions.at(i).key, Exclusion::all().at(i));
        QVERIFY(!r.exclusions.at(i).message.isEmpty());
    }
    QVERIFY(r.exclusions.at(0).message.startsWith(u"2 "_s));
    QVERIFY(!r.warning(PreflightWarning::NoRecipients));
    QVERIFY(!r.warning(PreflightWarning::NoStatusPolling));
}

void TestPreflight::frequencyCapIsConfigurable_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("windowDays");
    QTest::addColumn<int>("capped");
    QTest::newRow("1 in 30 days") << 1 << 30 << 4;
    QTest::newRow("3 in 30 days") << 3 << 30 << 4; // +…10, +…11, and +…12, +…13 with 3 each
    QTest::newRow("4 in 30 days") << 4 << 30 << 2;
    QTest::newRow("5 in 30 days") << 5 << 30 << 0;
    QTest::newRow("4 in 29 days") << 4 << 29 << 1; // the 30-day-old messages drop out
    QTest::newRow("10 in 30 days") << 10 << 30 << 0;
    QTest::newRow("off") << 0 << 30 << 0;
}

void TestPreflight::frequencyCapIsConfigurable()
{
    QFETCH(int, cap);
    QFETCH(int, windowDays);
    QFETCH(int, capped);
    TempWorkspace temp;
    Database& db = temp.database();
    addMixedAudience(db);
    LaunchOptions o = options();
    o.rules.frequencyCap = cap;
    o.rules.frequencyWindowDays = windowDays;
    const PreflightReport r = preflight(db, draftFor(u"Hi"_s), o);
    QCOMPARE(r.excluded(Exclusion::FrequencyCap), capped);
    QCOMPARE(r.recipients, 8 - capped);
    QCOMPARE(r.toJson().value(u"frequency_cap"_s).toObject().value(u"cap"_s).toInt(), cap);
}

void TestPreflight::transactionalIgnoresMarketingConsent()
{
    TempWorkspace temp;
    Database& db = temp.database();
    addMixedAudience(db);
    const PreflightReport r = preflight(db, draftFor(u"Your order has shipped."_s, false));
    QVERIFY(!r.marketing);
    QCOMPARE(r.audience, 14);
    QCOMPARE(r.excluded(Exclusion::NoMarketingConsent), 0);
    // The suppression list and the transactional opt-out still hold; a marketing opt-out does not.
    QCOMPARE(r.excluded(Exclusion::OptedOut), 2);
    QCOMPARE(r.excluded(Exclusion::FrequencyCap), 0); // the cap counts marketing only
    QCOMPARE(r.excluded(Exclusion::Landline), 1);
    QCOMPARE(r.excluded(Exclusion::InvalidNumber), 1);
    QCOMPARE(r.recipients, 10);
    QCOMPARE(r.toJson().value(u"kind"_s).toString(), u"transactional"_s);
}

void TestPreflight::overlappingSegmentsAreDeduplicated()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s, u"opted_in"_s, u"mobile"_s, {}, {}, u"en"_s, u"A"_s, {u"vip"_s}}));
    QVERIFY(addContact(
        db, {u"+48601000002"_s, u"opted_in"_s, u"mobile"_s, {}, {}, u"en"_s, u"B"_s, {u"vip"_s, u"new"_s, u"x"_s}}));
    QVERIFY(
        addContact(db, {u"+48601000003"_s, u"opted_in"_s, u"mobile"_s, {}, {}, u"en"_s, u"C"_s, {u"vip"_s, u"new"_s}}));
    QVERIFY(addContact(db, {u"+48601000004"_s, u"opted_in"_s, u"mobile"_s, {}, {}, u"en"_s, u"D"_s, {u"new"_s}}));
    QVERIFY(addContact(db, {u"+48601000005"_s, u"opted_in"_s, u"mobile"_s, {}, {}, u"en"_s, u"E"_s, {u"other"_s}}));
    const qint64 vip = tagSegment(db, u"VIP"_s, u"vip"_s);
    const qint64 fresh = tagSegment(db, u"New"_s, u"new"_s);
    const qint64 x = tagSegment(db, u"X"_s, u"x"_s);
    CampaignDraft draft = draftFor(u"Hello {first_name}"_s);
    draft.allContacts = false;
    draft.segmentIds = {vip, fresh, x};
    const PreflightReport r = preflight(db, draft);
    QCOMPARE(r.audience, 4); // A, B, C, D: not E
    QCOMPARE(r.recipients, 4);
    QCOMPARE(r.excluded(Exclusion::Duplicate), 3); // B in three segments, C in two
    // Launching gives each of them exactly one row.
    QCOMPARE(CampaignRepository(db).launch(r.campaignId, options())->pending, 4);
    QCOMPARE(
        db.scalar(u"SELECT count(DISTINCT phone) FROM messages WHERE campaign_id = ?"_s, {r.campaignId})->toInt(), 4);
}

void TestPreflight::quietHoursAcrossTimeZones()
{
    TempWorkspace temp;
    Database& db = temp.database();
    // 10:00 UTC on a Wednesday in June.
    QVERIFY(addContact(db, {u"+48601000001"_s})); // 12:00 in Warsaw: now
    QVERIFY(addContact(db, {u"+12125550100"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s, {}, u"America/New_York"_s}));
    QVERIFY(addContact(db, {u"+16045550123"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s})); // Vancouver, 03:00
    QVERIFY(addContact(db, {u"+48601000004"_s, u"opted_in"_s, u"mobile"_s, {}, u"Asia/Tokyo"_s})); // 19:00: now
    QVERIFY(addContact(db, {u"+48601000005"_s, u"opted_in"_s, u"mobile"_s, {}, u"Pacific/Auckland"_s})); // 22:00
    const PreflightReport r = preflight(db, draftFor(u"Hello"_s));
    QCOMPARE(r.recipients, 5);
    QCOMPARE(r.sendNow, 2);
    QCOMPARE(r.held, 3);
    QCOMPARE(r.warning(PreflightWarning::HeldQuietHours)->count, 3);
    QVERIFY(r.warning(PreflightWarning::HeldQuietHours)->information);
    QCOMPARE(r.firstSendAt, fixedNow());
    QCOMPARE(r.lastSendAt, utc(2026, 6, 10, 20)); // 08:00 on Thursday in Auckland
    // Held, not dropped: the launch keeps them as pending rows with their time.
    auto launched = CampaignRepository(db).launch(r.campaignId, options());
    QVERIFY(launched);
    QCOMPARE(launched->pending, 5);
    QCOMPARE(launched->held, 3);
    QCOMPARE(launched->skipped, 0);
    QSqlQuery q = db.query();
    QVERIFY(q.exec(
        u"SELECT phone, state, not_before FROM messages WHERE campaign_id = %1 ORDER BY phone"_s.arg(r.campaignId)));
    QHash<QString, QVariant> notBefore;
    while (q.next()) {
        QCOMPARE(q.value(1).toString(), u"pending"_s);
        notBefore.insert(q.value(0).toString(), q.value(2));
    }
    QVERIFY(notBefore.value(u"+48601000001"_s).isNull());
    QCOMPARE(notBefore.value(u"+12125550100"_s).toLongLong(), utc(2026, 6, 10, 12).toSecsSinceEpoch());
    QCOMPARE(notBefore.value(u"+16045550123"_s).toLongLong(), utc(2026, 6, 10, 15).toSecsSinceEpoch());
    QVERIFY(notBefore.value(u"+48601000004"_s).isNull());
    QCOMPARE(notBefore.value(u"+48601000005"_s).toLongLong(), utc(2026, 6, 10, 20).toSecsSinceEpoch());

    // Transactional messages are not held by quiet hours.
    const PreflightReport notice = preflight(db, draftFor(u"Your parcel is on its way"_s, false));
    QCOMPARE(notice.held, 0);
    QCOMPARE(notice.sendNow, 5);
    QVERIFY(!notice.warning(PreflightWarning::HeldQuietHours));
}

void TestPreflight::localSendTime()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s})); // Warsaw, UTC+2
    QVERIFY(addContact(db, {u"+48601000002"_s, u"opted_in"_s, u"mobile"_s, {}, u"America/New_York"_s})); // UTC−4
    QVERIFY(addContact(db, {u"+48601000003"_s, u"opted_in"_s, u"mobile"_s, {}, u"Asia/Tokyo"_s})); // UTC+9
    CampaignDraft draft = draftFor(u"Good morning"_s);
    draft.scheduleMode = ScheduleMode::LocalTime;
    draft.localDate = QDate(2026, 6, 11);
    draft.localTime = QTime(10, 0);
    const PreflightReport r = preflight(db, draft);
    QCOMPARE(r.recipients, 3);
    QCOMPARE(r.held, 3);
    QVERIFY(!r.warning(PreflightWarning::HeldQuietHours)); // 10:00 is inside the window everywhere
    QCOMPARE(r.firstSendAt, utc(2026, 6, 11, 1)); // Tokyo
    QCOMPARE(r.lastSendAt, utc(2026, 6, 11, 14)); // New York
    QCOMPARE(r.campaign.scheduledAt, utc(2026, 6, 10, 20)); // 10:00 at UTC+14
    // 07:00 local is before the window: each message waits for 08:00 in its own zone.
    draft.localTime = QTime(7, 0);
    const PreflightReport early = preflight(db, draft);
    QCOMPARE(early.warning(PreflightWarning::HeldQuietHours)->count, 3);
    QCOMPARE(early.firstSendAt, utc(2026, 6, 10, 23));
    QCOMPARE(early.lastSendAt, utc(2026, 6, 11, 12));
}

void TestPreflight::scheduledTimeAlreadyPassed()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    QVERIFY(addContact(db, {u"+48601000002"_s, u"opted_in"_s, u"mobile"_s, {}, u"America/New_York"_s}));
    QVERIFY(addContact(db, {u"+48601000003"_s, u"opted_in"_s, u"mobile"_s, {}, u"Asia/Tokyo"_s}));
    CampaignDraft at = draftFor(u"Hello"_s);
    at.scheduleMode = ScheduleMode::At;
    at.scheduledAt = fixedNow().addSecs(-3600);
    const PreflightReport late = preflight(db, at);
    QCOMPARE(late.warning(PreflightWarning::SchedulePassed)->count, 3);
    at.scheduledAt = fixedNow().addSecs(3600);
    const PreflightReport onTime = preflight(db, at);
    QVERIFY(!onTime.warning(PreflightWarning::SchedulePassed));
    QCOMPARE(onTime.firstSendAt, fixedNow().addSecs(3600).toUTC());
    // 11:00 local on 10 June: already past in Warsaw (09:00 UTC) and Tokyo, not in New York.
    CampaignDraft local = draftFor(u"Hello"_s);
    local.scheduleMode = ScheduleMode::LocalTime;
    local.localDate = QDate(2026, 6, 10);
    local.localTime = QTime(11, 0);
    const PreflightReport partly = preflight(db, local);
    QCOMPARE(partly.warning(PreflightWarning::SchedulePassed)->count, 2);
    QCOMPARE(partly.sendNow, 2);
    QCOMPARE(partly.lastSendAt, utc(2026, 6, 10, 15));
}

void TestPreflight::senderRules()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+12125550100"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s}));
    QVERIFY(addContact(db, {u"+12015550123"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s}));
    QVERIFY(addContact(db, {u"+16045550123"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s}));
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    CampaignDraft draft = draftFor(u"Hello"_s, false);
    draft.sender = u"HeraldShop"_s;
    const PreflightReport named = preflight(db, draft);
    QCOMPARE(named.sender, u"HeraldShop"_s);
    QVERIFY(!named.warning(PreflightWarning::SenderInvalid));
    QCOMPARE(named.warning(PreflightWarning::SenderAlphanumericUsCa)->count, 3);
    draft.sender = QString(); // the account's number
    const PreflightReport numbered = preflight(db, draft);
    QCOMPARE(numbered.sender, ProviderAccounts::simulatorSender());
    QVERIFY(!numbered.warning(PreflightWarning::SenderAlphanumericUsCa));
    QVERIFY(!numbered.warning(PreflightWarning::SenderInvalid));
    draft.sender = u"ThisNameIsTooLong"_s;
    const PreflightReport tooLong = preflight(db, draft);
    QCOMPARE(tooLong.warning(PreflightWarning::SenderInvalid)->count, 4);
    QVERIFY(tooLong.warning(PreflightWarning::SenderInvalid)->message.contains(u"ThisNameIsTooLong"_s));
    QVERIFY(!tooLong.warning(PreflightWarning::SenderAlphanumericUsCa));
}

void TestPreflight::costPerCountry()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    QVERIFY(addContact(db, {u"+48601000002"_s}));
    QVERIFY(addContact(db, {u"+12125550100"_s, u"opted_in"_s, u"fixed_line_or_mobile"_s}));
    QVERIFY(addContact(db, {u"+447400123456"_s}));
    const PreflightReport r = preflight(db, draftFor(u"Your order is ready"_s, false));
    QCOMPARE(r.currency, u"USD"_s);
    QCOMPARE(r.totalParts, 4);
    QCOMPARE(r.estimatedCostMicros, 2 * 42'000 + 8'300 + 43'600);
    QCOMPARE(r.costByCountry.size(), 3);
    QCOMPARE(r.costByCountry.at(0).country, u"GB"_s);
    QCOMPARE(r.costByCountry.at(1).country, u"PL"_s);
    QCOMPARE(r.costByCountry.at(1).recipients, 2);
    QCOMPARE(r.costByCountry.at(1).costMicros, 84'000);
    QCOMPARE(r.costByCountry.at(2).pricePerPartMicros, 8'300);
    QCOMPARE(Preflight::formatMoney(r.estimatedCostMicros), u"0.1359"_s);
    // The user's own price, and a two-part message.
    LaunchOptions o = options();
    o.prices.setPricePerPartMicros(u"PL"_s, 50'000);
    const PreflightReport edited = preflight(db, draftFor(u"Your order is ready "_s + QString(150, u'.'), false), o);
    QCOMPARE(edited.totalParts, 8);
    QCOMPARE(edited.partsHistogram.value(2), 4);
    QCOMPARE(edited.estimatedCostMicros, 2 * (2 * 50'000 + 8'300 + 43'600));
    // The launch records each row's estimate.
    QVERIFY(CampaignRepository(db).launch(edited.campaignId, o));
    QCOMPARE(db.scalar(u"SELECT sum(estimated_cost_micros) FROM messages WHERE campaign_id = ?"_s, {edited.campaignId})
                 ->toLongLong(),
        edited.estimatedCostMicros);
}

void TestPreflight::utmTagsAreCounted()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    const QString body = u"Sale! https://shop.example/sale "_s + QString(90, u'x');
    CampaignDraft draft = draftFor(body, false);
    draft.name = u"Letnia wyprzedaż"_s;
    const PreflightReport tagged = preflight(db, draft);
    QCOMPARE(tagged.utmCampaign, u"letnia-wyprzedaz"_s);
    QCOMPARE(tagged.totalParts, 2);
    draft.utmTags = false;
    const PreflightReport plain = preflight(db, draft);
    QVERIFY(plain.utmCampaign.isEmpty());
    QCOMPARE(plain.totalParts, 1);
    // The outbox gets the tagged text the report counted.
    QVERIFY(CampaignRepository(db).launch(tagged.campaignId, options()));
    const QString sent
        = db.scalar(u"SELECT body FROM messages WHERE campaign_id = ?"_s, {tagged.campaignId})->toString();
    QVERIFY(sent.startsWith(
        u"Sale! https://shop.example/sale?utm_source=sms&utm_medium=sms&utm_campaign=letnia-wyprzedaz xxx"_s));
    QCOMPARE(db.scalar(u"SELECT segments FROM messages WHERE campaign_id = ?"_s, {tagged.campaignId})->toInt(), 2);
}

void TestPreflight::placeholderWarnings()
{
    TempWorkspace temp;
    Database& db = temp.database();
    const qint64 withCode = addContact(db, {u"+48601000001"_s});
    QVERIFY(addContact(db, {u"+48601000002"_s}));
    QVERIFY(addContact(db, {u"+48601000003"_s}));
    QVERIFY(db.exec(
        u"INSERT INTO contact_fields (contact_id, name, value) VALUES (%1, 'discount_code', 'VIP20')"_s.arg(withCode)));
    const QString body = u"{shop}: use {field:discount_code|WELCOME10} today"_s;
    const PreflightReport noShop = preflight(db, draftFor(body, false), options(QString()));
    QCOMPARE(noShop.warning(PreflightWarning::ShopNameEmpty)->count, 3);
    const PreflightItem* fallback = noShop.warning(PreflightWarning::FallbackSent);
    QVERIFY(fallback);
    QCOMPARE(fallback->count, 2);
    QCOMPARE(fallback->details.value(u"fallback"_s).toString(), u"WELCOME10"_s);
    QCOMPARE(fallback->details.value(u"placeholder"_s).toString(), u"field:discount_code"_s);
    QVERIFY(fallback->message.contains(u"WELCOME10"_s));
    const PreflightReport named = preflight(db, draftFor(body, false), options(u"Sklep Ola"_s));
    QVERIFY(!named.warning(PreflightWarning::ShopNameEmpty));
    const PreflightReport withFallback = preflight(db, draftFor(u"{shop|Our shop}: hello"_s, false), options({}));
    QVERIFY(!withFallback.warning(PreflightWarning::ShopNameEmpty));
    QVERIFY(!withFallback.warning(PreflightWarning::FallbackSent));
}

void TestPreflight::footerAndEncodingWarnings()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    QVERIFY(addContact(db, {u"+48601000002"_s, u"opted_in"_s, u"mobile"_s, {}, {}, u"pl"_s, u"Łucja"_s}));
    CampaignDraft draft = draftFor(u"Hi {first_name}, -20% today"_s);
    const PreflightReport withFooter = preflight(db, draft);
    QVERIFY(!withFooter.warning(PreflightWarning::NoOptOutFooter));
    QCOMPARE(withFooter.warning(PreflightWarning::Ucs2)->count, 1);
    QCOMPARE(withFooter.ucs2Characters, QStringList {u"Ł"_s});
    QCOMPARE(withFooter.encodingName(), u"mixed"_s);
    draft.optOutFooter = false;
    const PreflightReport bare = preflight(db, draft);
    QCOMPARE(bare.warning(PreflightWarning::NoOptOutFooter)->count, 2);
    draft.body = u"Hi {first_name}, -20% today. Text STOP to opt out"_s;
    QVERIFY(!preflight(db, draft).warning(PreflightWarning::NoOptOutFooter));
    draft.transliterate = true;
    const PreflightReport plain = preflight(db, draft);
    QVERIFY(!plain.warning(PreflightWarning::Ucs2));
    QCOMPARE(plain.encodingName(), u"GSM-7"_s);
}

void TestPreflight::providerWithoutDeliveryReports()
{
    TempWorkspace temp;
    Database& db = temp.database();
    QVERIFY(addContact(db, {u"+48601000001"_s}));
    QVERIFY(db.exec(u"INSERT INTO provider_accounts (name, provider, sender, created_at, updated_at) "
                    "VALUES ('Callbacks only', 'smsapi', 'Sklep', 0, 0)"_s));
    CampaignDraft draft = draftFor(u"Hello"_s, false);
    draft.accountId = db.scalar(u"SELECT id FROM provider_accounts WHERE name = 'Callbacks only'"_s)->toLongLong();
    const PreflightReport r = preflight(db, draft);
    if (ProviderAccounts::supportedProviders().contains(u"smsapi"_s)) {
        QCOMPARE(r.warning(PreflightWarning::NoStatusPolling)->count, 1);
        QVERIFY(!r.warning(PreflightWarning::ProviderUnsupported));
    } else {
        QVERIFY(r.warning(PreflightWarning::ProviderUnsupported));
    }
    CampaignDraft simulated = draftFor(u"Hello"_s, false);
    simulated.accountId = ProviderAccounts::ensureSimulatorAccount(db).value();
    const PreflightReport viaSimulator = preflight(db, simulated);
    QVERIFY(!viaSimulator.warning(PreflightWarning::NoStatusPolling));
    QVERIFY(!viaSimulator.warning(PreflightWarning::ProviderUnsupported));
}

void TestPreflight::jsonHasStableKeys()
{
    TempWorkspace temp;
    Database& db = temp.database();
    addMixedAudience(db);
    const QJsonObject json = preflight(db, draftFor(u"Hi {first_name}"_s)).toJson();
    for (const QString& key : {u"id"_s, u"kind"_s, u"audience"_s, u"recipients"_s, u"send_now"_s, u"held"_s,
             u"first_send_at"_s, u"last_send_at"_s, u"schedule"_s, u"exclusions"_s, u"warnings"_s, u"quiet_hours"_s,
             u"frequency_cap"_s, u"encoding"_s, u"parts"_s, u"cost"_s, u"sender"_s, u"utm_campaign"_s}) {
        QVERIFY2(json.contains(key), qPrintable(key));
    }
    QCOMPARE(json.value(u"audience"_s).toInt(), 14);
    QCOMPARE(json.value(u"recipients"_s).toInt(), 6);
    const QJsonArray exclusions = json.value(u"exclusions"_s).toArray();
    QCOMPARE(exclusions.size(), Exclusion::all().size());
    QCOMPARE(exclusions.at(1).toObject().value(u"key"_s).toString(), u"opted_out"_s);
    QCOMPARE(exclusions.at(1).toObject().value(u"count"_s).toInt(), 2);
    QCOMPARE(json.value(u"first_send_at"_s).toString(), u"2026-06-10T10:00:00Z"_s);
    QCOMPARE(json.value(u"quiet_hours"_s).toObject().value(u"from"_s).toString(), u"08:00"_s);
    QCOMPARE(json.value(u"cost"_s).toObject().value(u"currency"_s).toString(), u"USD"_s);
}

QTEST_GUILESS_MAIN(TestPreflight)
#include "TestPreflight.moc"
