// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Preflight.h"

#include "CampaignPlanner.h"
#include "SenderId.h"
#include "providers/ProviderAccount.h"
#include "sms/MessageTemplate.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSet>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// The characters that force UCS-2 the report lists, at most.
constexpr qsizetype MaxListedCharacters = 40;

int plural(qint64 n)
{
    return int(qMin<qint64>(n, std::numeric_limits<int>::max()));
}

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue isoOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(isoUtc(at)) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const PreflightItem& item)
{
    QJsonObject object = item.details;
    object.insert(u"key"_s, item.key);
    object.insert(u"count"_s, item.count);
    object.insert(u"message"_s, item.message);
    object.insert(u"severity"_s, item.information ? u"info"_s : u"warning"_s);
    return object;
}

// The account the campaign sends through, and what its adapter can do.
struct AccountCheck
{
    bool found = false;
    bool supported = false;
    QString problem;
    GatewayCapabilities capabilities;
};

AccountCheck checkAccount(Database& database, qint64 accountId)
{
    AccountCheck check;
    ProviderAccounts accounts(database);
    auto account = accountId > 0 ? accounts.find(accountId) : accounts.defaultAccount();
    if (!account) {
        check.problem = account.errorMessage();
        return check;
    }
    check.found = true;
    // The adapter is only asked about itself: nothing is sent and no address is contacted.
    QNetworkAccessManager network;
    GatewayConfig config;
    config.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    config.sender = account->sender;
    auto gateway = ProviderAccounts::createGateway(account.value(), config, &network, nullptr);
    if (!gateway) {
        check.problem = gateway.errorMessage();
        return check;
    }
    std::unique_ptr<SmsGateway> owned(gateway.value());
    check.supported = true;
    check.capabilities = owned->capabilities();
    return check;
}

} // namespace

qint64 PreflightReport::excluded(const QString& key) const
{
    for (const PreflightItem& item : exclusions) {
        if (item.key == key) {
            return item.count;
        }
    }
    return 0;
}

const PreflightItem* PreflightReport::warning(const QString& key) const
{
    for (const PreflightItem& item : warnings) {
        if (item.key == key) {
            return &item;
        }
    }
    return nullptr;
}

QList<PreflightItem> PreflightReport::warningsWithKey(const QString& key) const
{
    QList<PreflightItem> found;
    for (const PreflightItem& item : warnings) {
        if (item.key == key) {
            found.append(item);
        }
    }
    return found;
}

QString PreflightReport::encodingName() const
{
    if (gsm7Recipients > 0 && ucs2Recipients > 0) {
        return u"mixed"_s;
    }
    if (ucs2Recipients > 0) {
        return u"UCS-2"_s;
    }
    return gsm7Recipients > 0 ? u"GSM-7"_s : QString();
}

QJsonObject PreflightReport::toJson() const
{
    QJsonArray exclusionArray;
    for (const PreflightItem& item : exclusions) {
        exclusionArray.append(
            QJsonObject {{u"key"_s, item.key}, {u"count"_s, item.count}, {u"message"_s, item.message}});
    }
    QJsonArray warningArray;
    for (const PreflightItem& item : warnings) {
        warningArray.append(itemJson(item));
    }
    QJsonObject histogram;
    for (auto it = partsHistogram.begin(); it != partsHistogram.end(); ++it) {
        histogram.insert(QString::number(it.key()), it.value());
    }
    QJsonArray byCountry;
    for (const CountryCost& c : costByCountry) {
        byCountry.append(QJsonObject {{u"country"_s, c.country}, {u"recipients"_s, c.recipients}, {u"parts"_s, c.parts},
            {u"price_per_part_micros"_s, c.pricePerPartMicros}, {u"cost_micros"_s, c.costMicros}});
    }
    const PreflightItem* quiet = warning(PreflightWarning::HeldQuietHours);
    const PreflightItem* sunday = warning(PreflightWarning::HeldSunday);
    QJsonObject schedule {{u"mode"_s, scheduleModeName(campaign.scheduleMode)}};
    if (campaign.scheduleMode == ScheduleMode::At) {
        schedule.insert(u"at"_s, isoOrNull(campaign.scheduledAt));
    } else if (campaign.scheduleMode == ScheduleMode::LocalTime) {
        schedule.insert(u"local_time"_s, campaign.localTime.toString(u"HH:mm"_s));
        schedule.insert(u"date"_s, campaign.localDate.toString(Qt::ISODate));
    }
    return {
        {u"id"_s, campaignId},
        {u"kind"_s, marketing ? u"marketing"_s : u"transactional"_s},
        {u"now"_s, isoUtc(now)},
        {u"audience"_s, audience},
        {u"recipients"_s, recipients},
        {u"send_now"_s, sendNow},
        {u"held"_s, held},
        {u"first_send_at"_s, isoOrNull(firstSendAt)},
        {u"last_send_at"_s, isoOrNull(lastSendAt)},
        {u"schedule"_s, schedule},
        {u"exclusions"_s, exclusionArray},
        {u"warnings"_s, warningArray},
        {u"quiet_hours"_s,
            QJsonObject {{u"from"_s, rules.allowedFrom.toString(u"HH:mm"_s)},
                {u"until"_s, rules.allowedUntil.toString(u"HH:mm"_s)},
                {u"enabled"_s, marketing && rules.hasQuietHours()},
                {u"avoid_sundays"_s, marketing && rules.avoidSundays}, {u"held"_s, quiet ? quiet->count : 0},
                {u"held_sunday"_s, sunday ? sunday->count : 0}}},
        {u"frequency_cap"_s,
            QJsonObject {{u"cap"_s, marketing ? rules.frequencyCap : 0}, {u"window_days"_s, rules.frequencyWindowDays},
                {u"excluded"_s, excluded(Exclusion::FrequencyCap)}}},
        {u"encoding"_s, encodingName().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(encodingName())},
        {u"gsm7_recipients"_s, gsm7Recipients},
        {u"ucs2_recipients"_s, ucs2Recipients},
        {u"ucs2_characters"_s, QJsonArray::fromStringList(ucs2Characters)},
        {u"parts"_s, QJsonObject {{u"total"_s, totalParts}, {u"histogram"_s, histogram}}},
        {u"cost"_s,
            QJsonObject {{u"currency"_s, currency}, {u"estimated_micros"_s, estimatedCostMicros},
                {u"estimated"_s, Preflight::formatMoney(estimatedCostMicros)}, {u"by_country"_s, byCountry}}},
        {u"sender"_s, sender},
        {u"utm_campaign"_s, utmCampaign.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(utmCampaign)},
    };
}

QString Preflight::formatMoney(qint64 micros)
{
    const qint64 units = micros / 1'000'000;
    const qint64 rest = qAbs(micros % 1'000'000) / 100; // four decimals
    return u"%1%2.%3"_s.arg(micros < 0 && units == 0 ? u"-"_s : QString())
        .arg(units)
        .arg(rest, 4, 10, QLatin1Char('0'));
}

QString Preflight::exclusionMessage(const QString& key, qint64 n, const SendingRules& rules)
{
    const int count = plural(n);
    if (key == Exclusion::NoMarketingConsent) {
        return tr("%n contact(s) have not agreed to marketing messages.", nullptr, count);
    }
    if (key == Exclusion::OptedOut) {
        return tr("%n contact(s) opted out or are on the suppression list.", nullptr, count);
    }
    if (key == Exclusion::FrequencyCap) {
        return tr("%n contact(s) already reached the limit of %1 marketing messages in %2 days.", nullptr, count)
            .arg(rules.frequencyCap)
            .arg(rules.frequencyWindowDays);
    }
    if (key == Exclusion::InvalidNumber) {
        return tr("%n contact(s) have a phone number that is not valid.", nullptr, count);
    }
    if (key == Exclusion::Landline) {
        return tr("%n contact(s) have a landline number, which cannot receive text messages.", nullptr, count);
    }
    if (key == Exclusion::EmptyMessage) {
        return tr("%n message(s) would be empty once the placeholders are filled in.", nullptr, count);
    }
    if (key == Exclusion::Duplicate) {
        return tr("%n duplicate(s) across segments removed: everyone gets one message.", nullptr, count);
    }
    return key;
}

Result<PreflightReport> Preflight::run(Database& database, qint64 campaignId, const LaunchOptions& options)
{
    auto campaign = CampaignRepository(database).find(campaignId);
    if (!campaign) {
        return campaign.error();
    }
    return run(database, campaign.value(), options);
}

Result<PreflightReport> Preflight::run(Database& database, const Campaign& campaign, const LaunchOptions& options)
{
    return run(database, campaign, options, nullptr);
}

Result<PreflightReport> Preflight::run(
    Database& database, const Campaign& campaign, const LaunchOptions& options, const std::atomic<bool>* cancel)
{
    CampaignPlanner planner(database, campaign, options);
    PreflightReport report;
    report.campaignId = campaign.id;
    report.campaign = campaign;
    report.marketing = campaign.marketing;
    report.now = planner.options().now;
    report.rules = options.rules;
    report.currency = options.prices.currency();
    report.sender = campaign.sender;
    report.utmCampaign = campaign.utmValue();

    const SenderId::Kind senderKind = SenderId::classify(campaign.sender);
    QHash<QString, qint64> exclusionCounts;
    QMap<QString, CountryCost> costs;
    QHash<QString, qint64> fallbackCounts;
    qint64 quietHeld = 0;
    qint64 sundayHeld = 0;
    qint64 passed = 0;
    qint64 alphanumericRefused = 0;
    QSet<char32_t> seenCharacters;

    auto totals = planner.run([&](const RecipientPlan& plan) -> Result<void> {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return Error {tr("The pre-flight check was cancelled.")};
        }
        if (!plan.exclusion.isEmpty()) {
            ++exclusionCounts[plan.exclusion];
            return {};
        }
        ++report.recipients;
        report.partsHistogram[plan.count.segments] += 1;
        report.totalParts += plan.count.segments;
        if (plan.count.encoding == SmsEncoding::Ucs2) {
            ++report.ucs2Recipients;
            for (const NonGsmCharacter& c : plan.count.nonGsm) {
                if (report.ucs2Characters.size() < MaxListedCharacters && !seenCharacters.contains(c.codePoint)) {
                    seenCharacters.insert(c.codePoint);
                    report.ucs2Characters.append(c.toString());
                }
            }
        } else {
            ++report.gsm7Recipients;
        }
        report.estimatedCostMicros += plan.costMicros;
        CountryCost& cost = costs[plan.region];
        cost.country = plan.region;
        cost.recipients += 1;
        cost.parts += plan.count.segments;
        cost.costMicros += plan.costMicros;
        cost.pricePerPartMicros = options.prices.pricePerPartMicros(plan.region);
        if (plan.hold.isEmpty()) {
            ++report.sendNow;
        } else {
            ++report.held;
            quietHeld += plan.hold == Hold::QuietHours ? 1 : 0;
            sundayHeld += plan.hold == Hold::Sunday ? 1 : 0;
        }
        if (!report.firstSendAt.isValid() || plan.notBefore < report.firstSendAt) {
            report.firstSendAt = plan.notBefore;
        }
        if (!report.lastSendAt.isValid() || plan.notBefore > report.lastSendAt) {
            report.lastSendAt = plan.notBefore;
        }
        passed += plan.schedulePassed ? 1 : 0;
        if (senderKind == SenderId::Kind::Alphanumeric && SenderId::refusesAlphanumeric(plan.region)) {
            ++alphanumericRefused;
        }
        for (const QString& key : plan.fallbacksUsed) {
            ++fallbackCounts[key];
        }
        return {};
    });
    if (!totals) {
        return totals.error();
    }
    report.audience = totals->audience;
    exclusionCounts[Exclusion::Duplicate] = totals->segmentMatches - totals->audience;
    for (const QString& key : Exclusion::all()) {
        const qint64 n = exclusionCounts.value(key);
        report.exclusions.append({key, n, exclusionMessage(key, n, options.rules), false, {}});
    }
    report.costByCountry = costs.values();

    // Warnings, most serious first.
    const qint64 n = report.recipients;
    const int count = plural(n);
    auto warn = [&report](const QString& key, qint64 affected, const QString& message, QJsonObject details = {}) {
        report.warnings.append({key, affected, message, false, std::move(details)});
    };
    if (n == 0) {
        warn(PreflightWarning::NoRecipients, 0, tr("Nobody would get this campaign."));
    }
    if (campaign.marketing && !campaign.optOutFooter && !campaign.body.contains(u"STOP"_s, Qt::CaseInsensitive)) {
        warn(PreflightWarning::NoOptOutFooter, n,
            tr("This marketing message tells none of its %n recipient(s) how to opt out: add the opt-out footer "
               "or a “STOP” line.",
                nullptr, count));
    }
    if (senderKind == SenderId::Kind::Invalid) {
        warn(PreflightWarning::SenderInvalid, n, SenderId::problem(campaign.sender), {{u"sender"_s, campaign.sender}});
    }
    if (alphanumericRefused > 0) {
        warn(PreflightWarning::SenderAlphanumericUsCa, alphanumericRefused,
            tr("%n recipient(s) in the United States or Canada cannot get messages from the sender name “%1”: "
               "networks there accept only phone numbers.",
                nullptr, plural(alphanumericRefused))
                .arg(campaign.sender),
            {{u"sender"_s, campaign.sender}});
    }
    const AccountCheck account = checkAccount(database, campaign.accountId);
    if (!account.supported) {
        warn(PreflightWarning::ProviderUnsupported, n, account.problem);
    } else if (!account.capabilities.statusPolling) {
        warn(PreflightWarning::NoStatusPolling, n,
            tr("The provider account cannot report deliveries: you will not know which of the %n message(s) "
               "arrived.",
                nullptr, count));
    }
    if (passed > 0) {
        if (campaign.scheduleMode == ScheduleMode::At) {
            warn(PreflightWarning::SchedulePassed, passed,
                tr("The scheduled time %1 has already passed: %n message(s) would go out at once.", nullptr,
                    plural(passed))
                    .arg(QLocale().toString(campaign.scheduledAt.toLocalTime(), QLocale::ShortFormat)),
                {{u"scheduled_at"_s, isoOrNull(campaign.scheduledAt)}});
        } else {
            warn(PreflightWarning::SchedulePassed, passed,
                tr("%1 on %2 local time has already passed for %n recipient(s): their messages would go out at "
                   "once.",
                    nullptr, plural(passed))
                    .arg(QLocale().toString(campaign.localTime, QLocale::ShortFormat),
                        QLocale().toString(campaign.localDate, QLocale::ShortFormat)));
        }
    }
    if (n > 0 && options.shopName.trimmed().isEmpty()) {
        if (auto message = MessageTemplate::parse(campaign.body)) {
            for (const MessageTemplate::Placeholder& p : message->placeholders()) {
                if (p.key == u"shop"_s && p.fallback.trimmed().isEmpty()) {
                    warn(PreflightWarning::ShopNameEmpty, n,
                        tr("The message uses {shop}, but the shop name is not set: %n message(s) would have a gap "
                           "there.",
                            nullptr, count));
                    break;
                }
            }
        }
    }
    if (auto message = MessageTemplate::parse(campaign.body)) {
        QStringList reported;
        for (const MessageTemplate::Placeholder& p : message->placeholders()) {
            const qint64 used = fallbackCounts.value(p.key);
            if (used == 0 || reported.contains(p.key) || !p.isCustomField() || p.fallback.isEmpty()) {
                continue;
            }
            reported.append(p.key);
            warn(PreflightWarning::FallbackSent, used,
                tr("%n recipient(s) have no “%1”: they get “%2” exactly as written.", nullptr, plural(used))
                    .arg(p.key.mid(6), p.fallback),
                {{u"placeholder"_s, p.key}, {u"fallback"_s, p.fallback}});
        }
    }
    if (report.ucs2Recipients > 0) {
        warn(PreflightWarning::Ucs2, report.ucs2Recipients,
            tr("%n message(s) go out in UCS-2 (70 characters per part instead of 160) because of: %1", nullptr,
                plural(report.ucs2Recipients))
                .arg(report.ucs2Characters.join(u' ')),
            {{u"characters"_s, QJsonArray::fromStringList(report.ucs2Characters)}});
    }
    if (quietHeld > 0) {
        report.warnings.append({PreflightWarning::HeldQuietHours, quietHeld,
            tr("%n message(s) fall outside %1–%2 in the recipient's time zone and wait for the next morning.", nullptr,
                plural(quietHeld))
                .arg(QLocale().toString(options.rules.allowedFrom, QLocale::ShortFormat),
                    QLocale().toString(options.rules.allowedUntil, QLocale::ShortFormat)),
            true, {}});
    }
    if (sundayHeld > 0) {
        report.warnings.append({PreflightWarning::HeldSunday, sundayHeld,
            tr("%n message(s) would arrive on a Sunday and wait until Monday.", nullptr, plural(sundayHeld)), true,
            {}});
    }
    return report;
}

} // namespace Herald
