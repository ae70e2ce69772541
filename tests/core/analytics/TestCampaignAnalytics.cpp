// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every analytics figure against values computed by hand from AnalyticsFixture (see there).

#include "AnalyticsFixture.h"
#include "TempWorkspace.h"
#include "analytics/CampaignAnalytics.h"
#include "analytics/ErrorCodes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <time.h>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

class TestCampaignAnalytics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void campaignWithEveryState();
    void campaignWithZeroSends();
    void campaignAllFailed();
    void draftAndMissing();
    void optOutWindowStillOpen();
    void trends();
    void reportJson();
    void reportCsv();
    void campaignList();
    void errorMeanings();
    void frequencyAboveGuideline();
    void monthlyTrendsCache();

private:
    std::unique_ptr<TempWorkspace> m_workspace;
    const QDateTime m_now = QDateTime::fromSecsSinceEpoch(AnalyticsFixture::Now, QTimeZone::utc());
};

void TestCampaignAnalytics::initTestCase()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    auto populated = AnalyticsFixture::populate(m_workspace->database());
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
}

void TestCampaignAnalytics::campaignWithEveryState()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto report = analytics.campaign(1, u"EUR"_s, m_now);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const CampaignReport& r = report.value();
    QCOMPARE(r.name, u"Spring sale"_s);
    QCOMPARE(r.provider, u"twilio"_s);
    QCOMPARE(r.launchedAt.toSecsSinceEpoch(), AnalyticsFixture::Launch1);
    QCOMPARE(r.funnel.targeted, 10);
    QCOMPARE(r.funnel.excluded, 2);
    QCOMPARE(r.funnel.skipped, 1);
    QCOMPARE(r.funnel.cancelled, 1);
    QCOMPARE(r.funnel.pending, 1);
    QCOMPARE(r.funnel.inFlight, 1);
    QCOMPARE(r.funnel.sent, 7);
    QCOMPARE(r.funnel.delivered, 3);
    QCOMPARE(r.funnel.undelivered, 1);
    QCOMPARE(r.funnel.failed, 1);
    QCOMPARE(r.funnel.unknown, 1);
    QVERIFY(r.deliveryRate.has_value());
    QCOMPARE(*r.deliveryRate, 3.0 / 7.0);
    QCOMPARE(r.optOuts, 1);
    QCOMPARE(*r.optOutRate, 1.0 / 7.0);
    QVERIFY(r.optOutWindowComplete);
    QCOMPARE(r.replies, 4);
    QCOMPARE(r.repliers, 2);
    QCOMPARE(*r.replyRate, 2.0 / 7.0);
    QCOMPARE(r.parts, 11);
    QCOMPARE(r.reportedCostMicros, 52500);
    QCOMPARE(r.estimatedCostMicros, 32000);
    QCOMPARE(r.costMicros, 84500);
    QCOMPARE(r.pricedMessages, 4);
    QCOMPARE(r.currency, u"USD"_s); // the provider's reported currency wins over the estimate's

    QCOMPARE(r.errorCodes.size(), 3);
    QCOMPARE(r.errorCodes.at(0).code, u"21211"_s);
    QCOMPARE(r.errorCodes.at(0).failed, 1);
    QCOMPARE(r.errorCodes.at(0).meaning, ErrorCodes::tr("The phone number is not valid."));
    QCOMPARE(r.errorCodes.at(0).example, u"Carrier message"_s);
    QCOMPARE(r.errorCodes.at(1).code, u"30003"_s);
    QCOMPARE(r.errorCodes.at(1).undelivered, 1);
    QCOMPARE(r.errorCodes.at(1).meaning, ErrorCodes::tr("The handset is switched off or out of reach."));
    QCOMPARE(r.errorCodes.at(2).code, u"status-expired"_s);
    QCOMPARE(r.errorCodes.at(2).unknown, 1);

    QCOMPARE(r.bucketSeconds, 900);
    QCOMPARE(r.deliveries.size(), 5);
    const QList<qint64> expected = {1, 1, 0, 0, 1};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(r.deliveries.at(i).start, AnalyticsFixture::Launch1 + i * 900);
        QCOMPARE(r.deliveries.at(i).delivered, expected.at(i));
    }
}

void TestCampaignAnalytics::campaignWithZeroSends()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto report = analytics.campaign(2, u"EUR"_s, m_now);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const CampaignReport& r = report.value();
    QCOMPARE(r.funnel.targeted, 0);
    QCOMPARE(r.funnel.sent, 0);
    QCOMPARE(r.funnel.delivered, 0);
    QVERIFY(!r.deliveryRate.has_value());
    QVERIFY(!r.optOutRate.has_value());
    QVERIFY(!r.replyRate.has_value());
    QCOMPARE(r.optOuts, 0);
    QCOMPARE(r.parts, 0);
    QCOMPARE(r.costMicros, 0);
    QCOMPARE(r.currency, u"EUR"_s);
    QVERIFY(r.errorCodes.isEmpty());
    QVERIFY(r.deliveries.isEmpty());
    const QJsonObject json = r.toJson();
    QVERIFY(json.value(u"delivery_rate"_s).isNull());
    QVERIFY(json.value(u"opt_out_rate"_s).isNull());
}

void TestCampaignAnalytics::campaignAllFailed()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto report = analytics.campaign(3, u"EUR"_s, m_now);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    const CampaignReport& r = report.value();
    QCOMPARE(r.funnel.targeted, 3);
    QCOMPARE(r.funnel.sent, 3);
    QCOMPARE(r.funnel.failed, 3);
    QCOMPARE(r.funnel.delivered, 0);
    QVERIFY(r.deliveryRate.has_value());
    QCOMPARE(*r.deliveryRate, 0.0);
    QCOMPARE(*r.optOutRate, 0.0);
    QCOMPARE(*r.replyRate, 0.0);
    QCOMPARE(r.parts, 3);
    QCOMPARE(r.costMicros, 24000);
    QCOMPARE(r.estimatedCostMicros, 24000);
    QCOMPARE(r.reportedCostMicros, 0);
    QCOMPARE(r.currency, u"EUR"_s); // nothing priced by the provider: the estimate's currency
    QCOMPARE(r.errorCodes.size(), 2);
    QCOMPARE(r.errorCodes.at(0).code, u"30007"_s);
    QCOMPARE(r.errorCodes.at(0).count, 2);
    QCOMPARE(r.errorCodes.at(0).meaning, ErrorCodes::tr("The carrier filtered the message as spam."));
    QCOMPARE(r.errorCodes.at(1).code, u"21614"_s);
    QCOMPARE(r.errorCodes.at(1).count, 1);
    QVERIFY(r.deliveries.isEmpty());
}

void TestCampaignAnalytics::draftAndMissing()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto draft = analytics.campaign(4, u"EUR"_s, m_now);
    QVERIFY2(draft.ok(), qPrintable(draft.errorMessage()));
    QVERIFY(!draft->launchedAt.isValid());
    QVERIFY(!draft->optOutWindowComplete);
    QCOMPARE(draft->funnel.targeted, 0);
    QCOMPARE(draft->state, u"draft"_s);

    auto reminder = analytics.campaign(5, u"EUR"_s, m_now);
    QVERIFY(reminder.ok());
    QCOMPARE(reminder->funnel.targeted, 2);
    QCOMPARE(reminder->funnel.sent, 1);
    QCOMPARE(reminder->funnel.delivered, 1);
    QCOMPARE(reminder->funnel.excluded, 1);
    QCOMPARE(*reminder->deliveryRate, 1.0);
    QCOMPARE(reminder->optOuts, 0); // contact 2's opt-outs came before this launch

    auto missing = analytics.campaign(999, u"EUR"_s, m_now);
    QVERIFY(!missing.ok());
    QVERIFY(missing.errorMessage().contains(u"999"_s));
}

void TestCampaignAnalytics::optOutWindowStillOpen()
{
    CampaignAnalytics analytics(m_workspace->database());
    const QDateTime soon = QDateTime::fromSecsSinceEpoch(AnalyticsFixture::Launch1 + 86400, QTimeZone::utc());
    auto report = analytics.campaign(1, u"EUR"_s, soon);
    QVERIFY(report.ok());
    QVERIFY(!report->optOutWindowComplete);
    QCOMPARE(report->optOuts, 1); // what the ledger holds counts, the window is only flagged open
}

void TestCampaignAnalytics::trends()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto trends = analytics.trends(u"USD"_s, m_now);
    QVERIFY2(trends.ok(), qPrintable(trends.errorMessage()));
    const TrendsReport& t = trends.value();
    QCOMPARE(t.months.size(), 2);
    const MonthTrend& march = t.months.at(0);
    QCOMPARE(march.month, u"2026-03"_s);
    QCOMPARE(march.campaigns, 3); // 1, 2 (no rows) and 5; the draft has no month
    QCOMPARE(march.sent, 8);
    QCOMPARE(march.delivered, 4);
    QCOMPARE(march.parts, 12);
    QCOMPARE(march.costMicros, 92000); // 84500 (campaign 1) + 7500 (campaign 5)
    QCOMPARE(march.optOuts, 1);
    QCOMPARE(march.repliers, 2);
    QCOMPARE(*march.deliveryRate, 0.5);
    QCOMPARE(*march.optOutRate, 1.0 / 8.0);
    QCOMPARE(*march.replyRate, 2.0 / 8.0);
    const MonthTrend& april = t.months.at(1);
    QCOMPARE(april.month, u"2026-04"_s);
    QCOMPARE(april.campaigns, 1);
    QCOMPARE(april.sent, 3);
    QCOMPARE(april.delivered, 0);
    QCOMPARE(april.parts, 3);
    QCOMPARE(april.costMicros, 24000);
    QCOMPARE(*april.deliveryRate, 0.0);

    // Contact-months: March — contact 1 twice (campaigns 1 and 5), contacts 2, 3, 4, 5, 6, 9 once;
    // April — contacts 1, 2, 3 once. Skipped, cancelled and pending rows do not count.
    QCOMPARE(t.frequency[0], 9);
    QCOMPARE(t.frequency[1], 1);
    for (int i = 2; i < Analytics::FrequencyBuckets; ++i) {
        QCOMPARE(t.frequency[i], 0);
    }
    QCOMPARE(t.contactMonths, 10);
    QCOMPARE(t.contactMonthsOverGuideline, 0);

    // Replies in local time (TZ=UTC in this test): Tue 11 h and 15 h, Wed 12 h, Thu 10 h, Fri 10 h.
    QCOMPARE(t.totalReplies, 5);
    QCOMPARE(t.repliesByHour[1][11], 1);
    QCOMPARE(t.repliesByHour[1][15], 1);
    QCOMPARE(t.repliesByHour[2][12], 1);
    QCOMPARE(t.repliesByHour[3][10], 1);
    QCOMPARE(t.repliesByHour[4][10], 1);
    QCOMPARE(t.repliesByHour[0][11], 0);

    // A year later the frequency window holds none of these months.
    auto later = analytics.trends(u"USD"_s, m_now.addYears(2));
    QVERIFY(later.ok());
    QCOMPARE(later->contactMonths, 0);
    QCOMPARE(later->months.size(), 2); // monthly trends keep every month
}

void TestCampaignAnalytics::reportJson()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto report = analytics.campaign(1, u"EUR"_s, m_now);
    QVERIFY(report.ok());
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value(u"id"_s).toInteger(), 1);
    QCOMPARE(json.value(u"launched_at"_s).toString(), u"2026-03-10T10:00:00Z"_s);
    const QJsonObject funnel = json.value(u"funnel"_s).toObject();
    QCOMPARE(funnel.value(u"targeted"_s).toInteger(), 10);
    QCOMPARE(funnel.value(u"sent"_s).toInteger(), 7);
    QCOMPARE(funnel.value(u"delivered"_s).toInteger(), 3);
    QCOMPARE(json.value(u"delivery_rate"_s).toDouble(), 0.428571);
    QCOMPARE(json.value(u"opt_out_rate"_s).toDouble(), 0.142857);
    QCOMPARE(json.value(u"opt_out_benchmark"_s).toDouble(), 0.0255);
    QCOMPARE(json.value(u"reply_rate"_s).toDouble(), 0.285714);
    QCOMPARE(json.value(u"parts"_s).toInteger(), 11);
    QCOMPARE(json.value(u"cost"_s).toString(), u"0.0845"_s);
    QCOMPARE(json.value(u"error_codes"_s).toArray().size(), 3);
    QCOMPARE(json.value(u"deliveries_over_time"_s).toArray().size(), 5);
    QCOMPARE(json.value(u"bucket_seconds"_s).toInteger(), 900);
}

void TestCampaignAnalytics::reportCsv()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto report = analytics.campaign(1, u"EUR"_s, m_now);
    QVERIFY(report.ok());
    const QByteArray csv = CampaignAnalytics::toCsv(report.value());
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv);
    QVERIFY(text.contains(u"funnel,sent,7,\r\n"_s));
    QVERIFY(text.contains(u"funnel,targeted,10,\r\n"_s));
    QVERIFY(text.contains(u"rate,delivery_rate,0.428571,delivered / sent\r\n"_s));
    QVERIFY(text.contains(u"cost,total,0.0845,USD\r\n"_s));
    QVERIFY(text.contains(u"error,30003,1,"_s));
    QCOMPARE(CampaignAnalytics::decimal(1234567), u"1.234567"_s);
    QCOMPARE(CampaignAnalytics::decimal(2000000), u"2"_s);
    QCOMPARE(CampaignAnalytics::decimal(-7500), u"-0.0075"_s);
}

void TestCampaignAnalytics::campaignList()
{
    CampaignAnalytics analytics(m_workspace->database());
    auto list = analytics.campaigns();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 5);
    QCOMPARE(list->at(0).id, 3); // launched last
    QCOMPARE(list->at(1).id, 5);
}

void TestCampaignAnalytics::errorMeanings()
{
    QCOMPARE(ErrorCodes::meaning(u"simulator"_s, u"30005"_s),
        ErrorCodes::tr("The number does not exist or is no longer in use."));
    QCOMPARE(ErrorCodes::meaning(u"plivo"_s, u"900"_s), ErrorCodes::tr("The provider account has no credit left."));
    QCOMPARE(ErrorCodes::meaning(u"vonage"_s, u"1240"_s),
        ErrorCodes::tr("The recipient replied STOP earlier: the provider blocks messages to them."));
    QCOMPARE(ErrorCodes::meaning(u"smsapi"_s, u"57"_s), ErrorCodes::tr("The recipient is on the account's blacklist."));
    QCOMPARE(ErrorCodes::meaning(u"infobip"_s, u"6"_s), ErrorCodes::tr("The handset is switched off or out of reach."));
    QCOMPARE(ErrorCodes::meaning(u"twilio"_s, u"30999"_s),
        ErrorCodes::tr("The carrier did not deliver the message (provider error %1).").arg(30999));
    QCOMPARE(ErrorCodes::meaning(u"twilio"_s, u"http-503"_s),
        ErrorCodes::tr("The provider had an internal problem (HTTP %1).").arg(503));
    QCOMPARE(ErrorCodes::meaning(u"http"_s, u"77"_s),
        ErrorCodes::tr("Provider error %1: see the provider's list of error codes.").arg(u"77"_s));
    QVERIFY(!ErrorCodes::meaning(u"twilio"_s, u"connection-refused"_s).isEmpty());
}

// Contact 1 gets 33 marketing messages in May 2026, contact 2 gets 7, contact 3 gets 2 in May and
// 1 in June.
void TestCampaignAnalytics::frequencyAboveGuideline()
{
    TempWorkspace workspace;
    QVERIFY(workspace.isOpen());
    Database& db = workspace.database();
    const qint64 may = 1778284800; // 2026-05-09T00:00:00Z
    const qint64 june = 1780963200; // 2026-06-09T00:00:00Z
    auto done = db.writeTransaction([&]() -> Result<void> {
        for (int c = 1; c <= 3; ++c) {
            if (auto r = db.exec(u"INSERT INTO contacts (id, phone, created_at, updated_at) VALUES (%1, '+48500000%1', "
                                 "0, 0)"_s.arg(c));
                !r) {
                return r;
            }
        }
        for (int k = 1; k <= 34; ++k) {
            const qint64 at = k == 34 ? june : may + k * 3600;
            if (auto r = db.exec(u"INSERT INTO campaigns (id, name, state, created_at, updated_at, launched_at) "
                                 "VALUES (%1, 'C%1', 'completed', %2, %2, %2)"_s.arg(k)
                                     .arg(at));
                !r) {
                return r;
            }
            QList<int> recipients;
            if (k <= 33) {
                recipients.append(1);
            }
            if (k <= 7) {
                recipients.append(2);
            }
            if (k <= 2 || k == 34) {
                recipients.append(3);
            }
            for (int c : std::as_const(recipients)) {
                if (auto r = db.exec(u"INSERT INTO messages (campaign_id, contact_id, phone, body, state, created_at, "
                                     "updated_at) VALUES (%1, %2, '+48500000%2', 'x', 'delivered', %3, %3)"_s.arg(k)
                                         .arg(c)
                                         .arg(at));
                    !r) {
                    return r;
                }
            }
        }
        return {};
    });
    QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    CampaignAnalytics analytics(db);
    TrendsReport t;
    auto added = analytics.addContactFrequency(t, QDateTime::fromSecsSinceEpoch(june, QTimeZone::utc()));
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(t.contactMonths, 4);
    QCOMPARE(t.frequency[0], 1); // contact 3 in June
    QCOMPARE(t.frequency[1], 1); // contact 3 in May
    QCOMPARE(t.frequency[6], 1); // contact 2: 7
    QCOMPARE(t.frequency[9], 1); // contact 1: 33, in "10 or more"
    QCOMPARE(t.contactMonthsOverGuideline, 2);

    // The histogram kept by the schema's triggers equals the one counted from the outbox.
    const QDateTime juneNow = QDateTime::fromSecsSinceEpoch(june, QTimeZone::utc());
    auto counted = [&db]() {
        std::array<qint64, Analytics::FrequencyBuckets> out {};
        QSqlQuery q = db.query();
        q.exec(u"SELECT min(n, 10), count(*) FROM (SELECT count(*) AS n FROM messages WHERE kind = 'marketing' "
               "AND contact_id IS NOT NULL AND state NOT IN ('pending', 'claimed', 'skipped', 'cancelled') "
               "GROUP BY contact_id, strftime('%Y-%m', created_at, 'unixepoch')) GROUP BY 1"_s);
        while (q.next()) {
            out[q.value(0).toInt() - 1] = q.value(1).toLongLong();
        }
        return out;
    };
    auto frequencyNow = [&]() {
        TrendsReport r;
        const auto result = analytics.addContactFrequency(r, juneNow);
        return result.ok() ? r.frequency : std::array<qint64, Analytics::FrequencyBuckets> {};
    };
    QCOMPARE(frequencyNow(), counted());

    // One of contact 2's May messages is erased: 7 become 6.
    QVERIFY(db.exec(u"DELETE FROM messages WHERE campaign_id = 1 AND contact_id = 2"_s).ok());
    TrendsReport after;
    QVERIFY(analytics.addContactFrequency(after, juneNow).ok());
    QCOMPARE(after.frequency[6], 0);
    QCOMPARE(after.frequency[5], 1);
    QCOMPARE(after.contactMonthsOverGuideline, 1); // 6 is within the guideline; only contact 1 is above

    // A message waiting in the outbox does not count; handed to the provider it does; cancelled
    // or skipped it no longer does.
    QVERIFY(db.exec(u"INSERT INTO messages (id, campaign_id, contact_id, phone, body, state, created_at, updated_at) "
                    "VALUES (900, 34, 2, '+48500000902', 'x', 'pending', %1, %1)"_s.arg(june))
                .ok());
    QCOMPARE(frequencyNow()[0], 1); // contact 3 alone in June
    QVERIFY(db.exec(u"UPDATE messages SET state = 'submitted' WHERE id = 900"_s).ok());
    QCOMPARE(frequencyNow()[0], 2);
    QVERIFY(db.exec(u"UPDATE messages SET state = 'delivered' WHERE id = 900"_s).ok());
    QCOMPARE(frequencyNow()[0], 2);
    QVERIFY(db.exec(u"UPDATE messages SET state = 'skipped' WHERE id = 900"_s).ok());
    QCOMPARE(frequencyNow()[0], 1);
    QCOMPARE(frequencyNow(), counted());

    // A transactional message never counts; a message moved to May counts in May.
    QVERIFY(
        db.exec(u"INSERT INTO messages (campaign_id, contact_id, phone, kind, body, state, created_at, "
                "updated_at) VALUES (NULL, 3, '+48500000003', 'transactional', 'x', 'delivered', %1, %1)"_s.arg(june))
            .ok());
    QCOMPARE(frequencyNow(), counted());
    QVERIFY(db.exec(u"UPDATE messages SET created_at = %1 WHERE campaign_id = 34 AND contact_id = 3"_s.arg(may)).ok());
    TrendsReport moved;
    QVERIFY(analytics.addContactFrequency(moved, juneNow).ok());
    QCOMPARE(moved.frequency[0], 0); // nobody in June
    QCOMPARE(moved.frequency[2], 1); // contact 3: 3 in May
    QCOMPARE(moved.frequency, counted());

    // Erasing a contact (its messages go with it) leaves nothing of it behind.
    QVERIFY(db.exec(u"DELETE FROM contacts WHERE id = 1"_s).ok());
    QCOMPARE(frequencyNow()[9], 0);
    QCOMPARE(frequencyNow(), counted());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM analytics_contact_months WHERE contact_id = 1"_s).value().toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM analytics_frequency WHERE contacts < 0"_s).value().toInt(), 0);
}

// Campaigns launched more than 8 days before "now" are cached; an opt-out recorded later with an
// old date, or an erased outbox row, makes them counted again.
void TestCampaignAnalytics::monthlyTrendsCache()
{
    TempWorkspace workspace;
    QVERIFY(workspace.isOpen());
    Database& db = workspace.database();
    QVERIFY(AnalyticsFixture::populate(db).ok());
    CampaignAnalytics analytics(db);
    TrendsReport first;
    QVERIFY(analytics.addMonthlyTrends(first, m_now).ok());
    QCOMPARE(first.months.at(0).optOuts, 1);
    QCOMPARE(db.scalar(u"SELECT value FROM workspace_meta WHERE key = 'analytics.campaign.1'"_s).value().toString(),
        u"[7,3,11,84500,1]"_s); // sent, delivered, parts, cost, opt-outs
    QCOMPARE(db.scalar(u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'analytics.campaign.%'"_s).value().toInt(),
        4); // 1, 2, 3 and 5; the draft has no launch

    TrendsReport cached;
    QVERIFY(analytics.addMonthlyTrends(cached, m_now).ok());
    QCOMPARE(cached.months.at(0).sent, first.months.at(0).sent);
    QCOMPARE(cached.months.at(0).costMicros, first.months.at(0).costMicros);

    // Contact 5 (failed in campaign 1, but handed over) opts out a day after the launch, recorded now.
    QVERIFY(db.exec(u"INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, "
                    "recorded_at) VALUES (5, 'marketing', 'opt_out', %1, 'manual', 'test', %1)"_s.arg(
                        AnalyticsFixture::Launch1 + 86400))
                .ok());
    QCOMPARE(
        db.scalar(u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'analytics.campaign.%'"_s).value().toInt(), 0);
    TrendsReport after;
    QVERIFY(analytics.addMonthlyTrends(after, m_now).ok());
    QCOMPARE(after.months.at(0).optOuts, 2);

    // A campaign younger than 8 days is not cached.
    TrendsReport early;
    QVERIFY(db.exec(u"DELETE FROM workspace_meta WHERE key LIKE 'analytics.%'"_s).ok());
    QVERIFY(
        analytics
            .addMonthlyTrends(early, QDateTime::fromSecsSinceEpoch(AnalyticsFixture::Launch3 + 86400, QTimeZone::utc()))
            .ok());
    QCOMPARE(db.scalar(u"SELECT count(*) FROM workspace_meta WHERE key = 'analytics.campaign.3'"_s).value().toInt(), 0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM workspace_meta WHERE key = 'analytics.campaign.1'"_s).value().toInt(), 1);
}

int main(int argc, char** argv)
{
    // Replies by hour are in local time: fix the zone so that the hand-computed hours hold.
    qputenv("TZ", "UTC");
#ifdef Q_OS_WIN
    _tzset();
#else
    tzset();
#endif
    QCoreApplication app(argc, argv);
    TestCampaignAnalytics test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCampaignAnalytics.moc"
