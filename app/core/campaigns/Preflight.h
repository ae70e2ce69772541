// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CampaignRepository.h"
#include "Result.h"
#include "SendingRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>

namespace Herald
{

class Database;

// Keys of the pre-flight warnings (stable, for JSON and tests).
namespace PreflightWarning
{
inline const QString NoRecipients = QStringLiteral("no_recipients");
inline const QString NoOptOutFooter = QStringLiteral("no_opt_out_footer");
inline const QString SenderInvalid = QStringLiteral("sender_invalid");
inline const QString SenderAlphanumericUsCa = QStringLiteral("sender_alphanumeric_us_ca");
inline const QString ProviderUnsupported = QStringLiteral("provider_unsupported");
inline const QString NoStatusPolling = QStringLiteral("no_status_polling");
inline const QString SchedulePassed = QStringLiteral("schedule_passed");
inline const QString ShopNameEmpty = QStringLiteral("shop_name_empty");
inline const QString FallbackSent = QStringLiteral("fallback_sent"); // one per placeholder
inline const QString Ucs2 = QStringLiteral("ucs2");
inline const QString HeldQuietHours = QStringLiteral("held_quiet_hours"); // information
inline const QString HeldSunday = QStringLiteral("held_sunday"); // information
} // namespace PreflightWarning

// One line of the report: a stable key, how many recipients it concerns, the sentence for the
// user (translated, with plurals) and, for JSON, any details (characters, placeholder, time).
struct PreflightItem
{
    QString key;
    qint64 count = 0;
    QString message;
    bool information = false; // not a problem, just worth knowing (messages held to a window)
    QJsonObject details;
};

struct CountryCost
{
    QString country; // ISO code of the numbers; empty when unknown
    qint64 recipients = 0;
    qint64 parts = 0;
    qint64 pricePerPartMicros = 0;
    qint64 costMicros = 0;
};

// What launching a campaign would do, computed by the same CampaignPlanner as the launch.
struct PreflightReport
{
    qint64 campaignId = 0;
    bool marketing = true;
    QDateTime now; // UTC, the moment the report is for
    qint64 audience = 0; // distinct contacts selected by the segments (or all contacts)
    qint64 recipients = 0; // who get the message
    qint64 sendNow = 0; // of them, at once
    qint64 held = 0; // of them, later (schedule, quiet hours, Sunday)
    QDateTime firstSendAt; // UTC; invalid without recipients
    QDateTime lastSendAt;
    QList<PreflightItem> exclusions; // every Exclusion key in order, with its count (0 too)
    QList<PreflightItem> warnings; // only those that apply
    QMap<int, qint64> partsHistogram; // parts → recipients
    qint64 totalParts = 0;
    qint64 gsm7Recipients = 0;
    qint64 ucs2Recipients = 0;
    QStringList ucs2Characters; // the distinct characters that force UCS-2, in order of appearance
    qint64 estimatedCostMicros = 0;
    QString currency;
    QList<CountryCost> costByCountry; // by country code
    QString sender;
    QString utmCampaign; // empty when links are not tagged
    SendingRules rules;
    Campaign campaign;

    qint64 excluded(const QString& key) const;
    const PreflightItem* warning(const QString& key) const;
    QList<PreflightItem> warningsWithKey(const QString& key) const;
    // "GSM-7", "UCS-2", "mixed", or empty without recipients.
    QString encodingName() const;
    QJsonObject toJson() const;
};

// The pre-flight check of a campaign (DESIGN §1.4): audience, exclusions with their reasons,
// quiet hours, parts and cost, and warnings, before the user confirms the launch.
class Preflight final
{
    Q_DECLARE_TR_FUNCTIONS(Preflight)

public:
    static Result<PreflightReport> run(Database& database, qint64 campaignId, const LaunchOptions& options);
    static Result<PreflightReport> run(Database& database, const Campaign& campaign, const LaunchOptions& options);
    // The same on any thread with that thread's connection; stops with an error as soon as
    // cancel becomes true.
    static Result<PreflightReport> run(
        Database& database, const Campaign& campaign, const LaunchOptions& options, const std::atomic<bool>* cancel);

    // The sentence of an exclusion key for n contacts.
    static QString exclusionMessage(const QString& key, qint64 n, const SendingRules& rules);
    // "12.3456" for micro-units.
    static QString formatMoney(qint64 micros);
};

} // namespace Herald
