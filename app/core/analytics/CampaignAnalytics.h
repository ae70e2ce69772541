// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace Herald
{

class Database;

// Analytics of campaigns, computed by SQL aggregates over the outbox (`messages`), the consent
// ledger (`consent_events`) and the replies (`inbound`).
//
// Definitions (one outbox row = one recipient of the campaign):
//   targeted     every outbox row of the campaign. Contacts left out by consent or suppression at
//                launch get no row (CampaignRepository::launch) and are not counted.
//   excluded     rows in state skipped (frequency cap, invalid number, landline, empty message)
//                or cancelled (opted out after the launch, or the campaign was cancelled).
//   sent         rows handed to the provider: submitted, accepted, sent, delivered, undelivered,
//                failed or unknown. ("pending" = pending + claimed: not handed over yet;
//                "in flight" = submitted + accepted + sent: waiting for a delivery report.)
//   delivered, failed, undelivered, unknown: rows in that state.
//   delivery rate  delivered / sent. Undefined (null) when sent = 0.
//   opt-outs     distinct contacts with a sent row in the campaign and a marketing "opt_out"
//                consent event whose occurred_at lies in [launched_at, launched_at + 7 days).
//                An opt-out counts for every campaign sent to that contact in the 7 days before.
//                The row is found by the contact's current phone: a contact whose number was edited
//                after the campaign is not matched to it.
//   opt-out rate opt-outs / sent, compared with OptOutBenchmark (2.55 %). Undefined when sent = 0.
//   replies      inbound messages linked to the campaign (inbound.campaign_id), every keyword.
//   repliers     distinct numbers (inbound.from_phone) with at least one linked reply that is not
//                a STOP or START keyword (those are opt-outs and opt-ins, not conversation).
//   reply rate   repliers / sent. Undefined when sent = 0.
//   parts        sum of messages.segments over sent rows.
//   cost         over sent rows: the price the provider reported (price_micros) where known,
//                else the estimate made at launch (estimated_cost_micros); both parts are given.
//   error codes  failed, undelivered and unknown rows grouped by error_code (rows without a code
//                are grouped under ""), with a meaning for the campaign's provider.
//   deliveries over time  delivered rows bucketed by delivered_at, from the launch, in buckets
//                of 15 minutes (span ≤ 6 h), 1 hour (≤ 72 h) or 1 day.
//
// Across campaigns (Trends):
//   monthly      campaigns grouped by the calendar month (UTC) of launched_at; each month's rates
//                are the sums of its campaigns' numerators over the sums of their denominators.
//                Campaigns launched more than 8 days before are cached in workspace_meta
//                ("analytics.campaign.ID"); replies are always counted afresh.
//   frequency    for each contact and calendar month (UTC) of the last 12 months, the number of
//                marketing messages handed to the provider (sent rows, as above) created in that month
//                (messages.created_at: when the launch put them in the outbox); histogram of those
//                counts (1 … 9, and 10 for "10 or more"), against the 2–6 messages per month
//                guideline. Read from analytics_frequency, which triggers of the schema keep in step
//                with the outbox (Schema, version 6).
//   replies by weekday and hour  every inbound message by received_at in local time
//                (weekday 0 = Monday … 6 = Sunday, hour 0 … 23).
//
// All rates are fractions (0.0255 = 2.55 %).
namespace Analytics
{
inline constexpr double OptOutBenchmark = 0.0255;
inline constexpr qint64 OptOutWindowSeconds = 7 * 86400;
inline constexpr int GuidelineMinPerMonth = 2;
inline constexpr int GuidelineMaxPerMonth = 6;
inline constexpr int FrequencyBuckets = 10; // 1 … 9 and "10 or more"
inline constexpr int TrendMonths = 12;

// The SQL states behind "sent" (see above), for queries.
QString sentStatesSql();
} // namespace Analytics

struct ErrorCodeCount
{
    QString code;
    qint64 count = 0;
    qint64 failed = 0;
    qint64 undelivered = 0;
    qint64 unknown = 0;
    QString meaning; // human text for the provider's code family
    QString example; // one error_message the provider gave, if any
};

struct TimeBucket
{
    qint64 start = 0; // unix seconds, UTC
    qint64 delivered = 0;
};

struct CampaignFunnel
{
    qint64 targeted = 0;
    qint64 excluded = 0;
    qint64 skipped = 0;
    qint64 cancelled = 0;
    qint64 pending = 0;
    qint64 inFlight = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 failed = 0;
    qint64 undelivered = 0;
    qint64 unknown = 0;
};

struct CampaignReport
{
    qint64 id = 0;
    QString name;
    QString kind; // marketing | transactional
    QString state;
    QString provider; // of the campaign's account (or the default account)
    QDateTime createdAt;
    QDateTime launchedAt; // invalid: never launched
    QDateTime completedAt;
    QDateTime generatedAt;

    CampaignFunnel funnel;
    std::optional<double> deliveryRate;
    qint64 optOuts = 0;
    std::optional<double> optOutRate;
    bool optOutWindowComplete = false; // 7 days have passed since the launch
    qint64 replies = 0;
    qint64 repliers = 0;
    std::optional<double> replyRate;
    qint64 parts = 0;
    qint64 costMicros = 0;
    qint64 reportedCostMicros = 0; // part of costMicros the provider reported
    qint64 estimatedCostMicros = 0; // part of costMicros estimated at launch
    qint64 pricedMessages = 0; // sent rows with a reported price
    QString currency;
    QList<ErrorCodeCount> errorCodes; // most frequent first
    qint64 bucketSeconds = 3600;
    QList<TimeBucket> deliveries; // contiguous buckets from the launch to the last delivery

    QJsonObject toJson() const;
};

struct MonthTrend
{
    QString month; // "2026-05"
    qint64 campaigns = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 optOuts = 0;
    qint64 repliers = 0;
    qint64 parts = 0;
    qint64 costMicros = 0;
    std::optional<double> deliveryRate;
    std::optional<double> optOutRate;
    std::optional<double> replyRate;
};

struct TrendsReport
{
    QList<MonthTrend> months; // oldest first, months without campaigns left out
    // frequency[i]: contact-months with i + 1 marketing messages (the last: 10 or more)
    std::array<qint64, Analytics::FrequencyBuckets> frequency {};
    qint64 contactMonths = 0;
    qint64 contactMonthsOverGuideline = 0; // more than GuidelineMaxPerMonth
    // repliesByHour[weekday][hour], weekday 0 = Monday
    std::array<std::array<qint64, 24>, 7> repliesByHour {};
    qint64 totalReplies = 0;
    QString currency;

    QJsonObject toJson() const;
};

struct CampaignChoice
{
    qint64 id = 0;
    QString name;
    QString state;
    QDateTime launchedAt;
};

// The queries. Each call runs on the caller's connection: open one per thread (Database is
// bound to the thread that opened it).
class CampaignAnalytics final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignAnalytics)

public:
    explicit CampaignAnalytics(Database& database);

    // now: "the present" for the opt-out window (invalid: the current time). currency: that
    // of the launch-time estimates (the price table's).
    Result<CampaignReport> campaign(qint64 id, const QString& currency, const QDateTime& now = QDateTime()) const;
    // now decides which 12 months the frequency histogram covers. The three parts below, in turn.
    Result<TrendsReport> trends(const QString& currency, const QDateTime& now = QDateTime()) const;
    // Each fills its part of report: months; frequency and its totals; repliesByHour and totalReplies.
    Result<void> addMonthlyTrends(TrendsReport& report, const QDateTime& now = QDateTime()) const;
    Result<void> addContactFrequency(TrendsReport& report, const QDateTime& now = QDateTime()) const;
    Result<void> addReplyHours(TrendsReport& report) const;
    // Every campaign, newest first.
    Result<QList<CampaignChoice>> campaigns() const;

    // The CSV of a report (UTF-8, comma, one "section,key,value…" table per figure).
    static QByteArray toCsv(const CampaignReport& report);
    // micros as a decimal with up to 6 digits, "C" locale ("0.0075").
    static QString decimal(qint64 micros);

private:
    // Writes cache entries to workspace_meta, ignoring a failure (the next call computes again).
    void storeCache(const QList<std::pair<QString, QString>>& entries) const;

    Database& m_database;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::CampaignReport)
Q_DECLARE_METATYPE(Herald::TrendsReport)
