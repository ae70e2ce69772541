// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignPlanner.h"

#include "RecipientPhone.h"
#include "contacts/ContactValues.h"
#include "contacts/Suppression.h"
#include "providers/ProviderAccount.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"
#include "sms/MessageTemplate.h"
#include "sms/OptOutFooterStore.h"
#include "sms/OutgoingText.h"
#include "sms/SmsCounter.h"
#include "storage/Database.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace Herald
{

QStringList Exclusion::all()
{
    return {NoMarketingConsent, OptedOut, FrequencyCap, InvalidNumber, Landline, EmptyMessage, Duplicate};
}

bool Exclusion::leavesSkippedRow(const QString& key)
{
    return key == FrequencyCap || key == InvalidNumber || key == Landline || key == EmptyMessage;
}

namespace
{

// When the messages for one set of time zones leave.
struct Timing
{
    QDateTime notBefore;
    QString hold;
    bool passed = false;
};

} // namespace

struct CampaignPlanner::State
{
    std::optional<MessageTemplate> message;
    QStringList customNames;
    QSet<QByteArray> suppressed;
    QByteArray suppressionKey;
    QSet<QString> capped; // phones that reached the frequency cap
    QHash<QString, QString> footers; // language → footer
    SmsCounter::Options counterOptions;
    RecipientPhone phones;
    QSet<QString> seenPhones;
    QHash<int, Timing> timings; // by RecipientPhone zone set; -1 without zones
};

CampaignPlanner::CampaignPlanner(Database& database, Campaign campaign, LaunchOptions options)
    : m_database(database)
    , m_campaign(std::move(campaign))
    , m_options(std::move(options))
    , m_state(std::make_unique<State>())
{
    if (!m_options.now.isValid()) {
        m_options.now = QDateTime::currentDateTimeUtc();
    }
    m_options.now = m_options.now.toUTC();
}

CampaignPlanner::~CampaignPlanner() = default;

QDateTime CampaignPlanner::plannedStart() const
{
    if (m_campaign.scheduleMode == ScheduleMode::At && m_campaign.scheduledAt.isValid()) {
        return qMax(m_campaign.scheduledAt.toUTC(), m_options.now);
    }
    return m_options.now;
}

Result<PlanTotals> CampaignPlanner::run(const std::function<Result<void>(const RecipientPlan&)>& each)
{
    State& s = *m_state;
    s.seenPhones.clear();
    s.timings.clear();
    auto parsed = MessageTemplate::parse(m_campaign.body);
    if (!parsed) {
        return parsed.error();
    }
    s.message = std::move(parsed).value();
    const MessageTemplate& message = *s.message;
    const bool marketing = m_campaign.marketing;
    const QDateTime now = m_options.now;
    const SendingRules& rules = m_options.rules;

    // The audience: all contacts, or the union of the segments (an OR). The hit count per
    // contact tells how many segments chose them, for the "duplicate across segments" line.
    QString where = u"1"_s;
    QString hits = u"1"_s;
    QVariantList whereBindings;
    QVariantList hitBindings;
    if (!m_campaign.allContacts) {
        QStringList conditions;
        QStringList cases;
        SegmentRepository segments(m_database);
        for (qint64 segmentId : std::as_const(m_campaign.segmentIds)) {
            auto segment = segments.find(segmentId);
            if (!segment) {
                return segment.error();
            }
            if (!segment->rulesError.isEmpty()) {
                return Error {segment->rulesError};
            }
            auto sql = SegmentQuery::compile(segment->rules, now.toLocalTime());
            if (!sql) {
                return sql.error();
            }
            conditions.append(u"(%1)"_s.arg(sql->where));
            cases.append(u"(CASE WHEN (%1) THEN 1 ELSE 0 END)"_s.arg(sql->where));
            whereBindings.append(sql->bindings);
            hitBindings.append(sql->bindings);
        }
        where = conditions.isEmpty() ? u"0"_s : conditions.join(u" OR "_s);
        if (cases.size() > 1) {
            hits = cases.join(u" + "_s);
        } else {
            hitBindings.clear();
        }
    }

    // Custom fields come in as extra columns, one bound name each.
    s.customNames.clear();
    for (const QString& key : message.usedKeys()) {
        if (key.startsWith(u"field:"_s)) {
            s.customNames.append(key.mid(6));
        }
    }
    QString columns = u"c.id, c.phone, c.phone_type, c.first_name, c.last_name, c.email, c.city, c.country, "
                      "c.language, c.time_zone, c.marketing_consent, %1"_s.arg(hits);
    // A transactional campaign honours a transactional opt-out (the latest ledger entry).
    columns += marketing ? u", NULL"_s
                         : u", (SELECT e.action FROM consent_events e WHERE e.contact_id = c.id AND "
                           "e.purpose = 'transactional' ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1)"_s;
    QVariantList bindings = hitBindings;
    for (const QString& name : std::as_const(s.customNames)) {
        columns += u", (SELECT f.value FROM contact_fields f WHERE f.contact_id = c.id AND f.name = ?)"_s;
        bindings.append(name);
    }
    bindings.append(whereBindings);
    constexpr int FirstCustomColumn = 13;

    // The suppression list, as keyed hashes.
    Suppression suppression(m_database);
    auto suppressed = suppression.all();
    if (!suppressed) {
        return suppressed.error();
    }
    s.suppressed.clear();
    for (auto it = suppressed->constBegin(); it != suppressed->constEnd(); ++it) {
        s.suppressed.insert(it.key());
    }
    if (!s.suppressed.isEmpty()) {
        auto key = suppression.key();
        if (!key) {
            return key.error();
        }
        s.suppressionKey = key.value();
    }

    // Phones that reached the frequency cap: marketing messages of other campaigns that went
    // out (accepted, sent, delivered), may have (submitted, unknown) or are about to (pending,
    // claimed), within the window. Counting the ones on their way too keeps two campaigns
    // launched the same day from passing the cap together.
    s.capped.clear();
    if (marketing && rules.frequencyCap > 0) {
        QSqlQuery q = m_database.query();
        q.setForwardOnly(true);
        q.prepare(u"SELECT phone FROM messages WHERE kind = 'marketing' AND coalesce(campaign_id, 0) <> ? "
                  "AND state IN ('pending', 'claimed', 'submitted', 'accepted', 'sent', 'delivered', 'unknown') "
                  "AND coalesce(accepted_at, submitted_at, not_before, created_at) >= ? "
                  "GROUP BY phone HAVING count(*) >= ?"_s);
        q.addBindValue(m_campaign.id);
        q.addBindValue(now.toSecsSinceEpoch() - qint64(rules.frequencyWindowDays) * 24 * 3600);
        q.addBindValue(rules.frequencyCap);
        if (!q.exec()) {
            return Database::errorFrom(q, u"frequency cap"_s);
        }
        while (q.next()) {
            s.capped.insert(q.value(0).toString());
        }
    }

    // Parts are counted the way the campaign's account will send them.
    if (auto account = ProviderAccounts(m_database).find(m_campaign.accountId)) {
        s.counterOptions = account->counterOptions();
    }
    const bool withFooter = marketing && m_campaign.optOutFooter;
    OptOutFooterStore footerStore(m_database);
    const QString utm = m_campaign.utmValue();
    const bool needZones = (marketing && rules.hasTimeRules()) || m_campaign.scheduleMode == ScheduleMode::LocalTime;
    const QDateTime target = m_campaign.scheduleMode == ScheduleMode::At && m_campaign.scheduledAt.isValid()
        ? m_campaign.scheduledAt.toUTC()
        : now;

    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM contacts c WHERE %2 ORDER BY c.id"_s.arg(columns, where))) {
        return Database::errorFrom(q, u"campaign audience"_s);
    }
    for (const QVariant& value : std::as_const(bindings)) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"campaign audience"_s);
    }

    PlanTotals totals;
    while (q.next()) {
        ++totals.audience;
        totals.segmentMatches += qMax(1, q.value(11).toInt());
        Contact contact;
        contact.id = q.value(0).toLongLong();
        contact.phone = q.value(1).toString();
        contact.phoneType = q.value(2).toString();
        contact.firstName = q.value(3).toString();
        contact.lastName = q.value(4).toString();
        contact.email = q.value(5).toString();
        contact.city = q.value(6).toString();
        contact.country = q.value(7).toString();
        contact.language = q.value(8).toString();
        contact.timeZone = q.value(9).toString();
        const QString consent = q.value(10).toString();
        const bool transactionalOptOut = q.value(12).toString() == u"opt_out"_s;

        // contacts.phone is unique, so this only guards the promise "one message per phone".
        if (s.seenPhones.contains(contact.phone)) {
            continue;
        }
        s.seenPhones.insert(contact.phone);

        RecipientPlan plan;
        plan.contactId = contact.id;
        plan.phone = contact.phone;
        const bool isSuppressed
            = !s.suppressed.isEmpty() && s.suppressed.contains(Suppression::hash(s.suppressionKey, contact.phone));
        if (isSuppressed || (marketing && consent == u"opted_out"_s) || (!marketing && transactionalOptOut)) {
            plan.exclusion = Exclusion::OptedOut;
        } else if (marketing && consent != u"opted_in"_s) {
            plan.exclusion = Exclusion::NoMarketingConsent;
        }
        if (!plan.exclusion.isEmpty()) {
            plan.region = contact.country;
            if (auto r = each(plan); !r) {
                return r.error();
            }
            continue;
        }

        const RecipientPhoneFacts facts = s.phones.facts(contact.phone, contact.phoneType);
        plan.region = facts.region.isEmpty() ? contact.country.toUpper() : facts.region;
        if (!facts.valid) {
            plan.exclusion = Exclusion::InvalidNumber;
        } else if (facts.isLandline()) {
            plan.exclusion = Exclusion::Landline;
        } else if (marketing && s.capped.contains(contact.phone)) {
            plan.exclusion = Exclusion::FrequencyCap;
        }

        QHash<QString, QString> custom;
        for (int i = 0; i < s.customNames.size(); ++i) {
            custom.insert(s.customNames.at(i), q.value(FirstCustomColumn + i).toString());
        }
        const QHash<QString, QString> values = ContactValues::forContact(contact, m_options.shopName, custom);
        if (plan.exclusion.isEmpty() && message.render(values).trimmed().isEmpty()) {
            plan.exclusion = Exclusion::EmptyMessage;
        }
        OutgoingText::Options compose {withFooter, QString(), m_campaign.transliterate};
        if (withFooter) {
            auto footer = s.footers.constFind(contact.language);
            if (footer == s.footers.constEnd()) {
                footer = s.footers.insert(contact.language, footerStore.footer(contact.language));
            }
            compose.footer = footer.value();
        }
        plan.text = OutgoingText::compose(message, values, compose, utm);
        plan.count = SmsCounter::count(plan.text, s.counterOptions);
        plan.costMicros = qint64(plan.count.segments) * m_options.prices.pricePerPartMicros(plan.region);
        for (const MessageTemplate::Placeholder& placeholder : message.placeholders()) {
            if (placeholder.isCustomField() && !placeholder.fallback.isEmpty()
                && values.value(placeholder.key).isEmpty() && !plan.fallbacksUsed.contains(placeholder.key)) {
                plan.fallbacksUsed.append(placeholder.key);
            }
        }

        // When: the schedule first, then quiet hours and Sundays for marketing messages. It
        // depends only on the recipient's zones, so it is worked out once per set of zones.
        const int zoneSet = needZones ? s.phones.zoneSet(contact.timeZone, contact.phone, facts.region) : -1;
        auto timing = s.timings.constFind(zoneSet);
        if (timing == s.timings.constEnd()) {
            Timing t;
            QDateTime planned = target;
            if (zoneSet >= 0) {
                const QList<QTimeZone>& zones = s.phones.zonesAt(zoneSet);
                if (m_campaign.scheduleMode == ScheduleMode::LocalTime) {
                    planned = localDateTime(m_campaign.localDate, m_campaign.localTime, zones.constFirst());
                }
                t.passed = m_campaign.scheduleMode != ScheduleMode::Now && planned < now;
                planned = qMax(planned, now);
                t.notBefore = marketing ? rules.earliestSendTime(planned, zones) : planned;
                if (t.notBefore > planned) {
                    const bool sunday
                        = rules.avoidSundays && planned.toTimeZone(zones.constFirst()).date().dayOfWeek() == Qt::Sunday;
                    t.hold = sunday ? Hold::Sunday : Hold::QuietHours;
                }
            } else {
                t.passed = m_campaign.scheduleMode != ScheduleMode::Now && planned < now;
                t.notBefore = qMax(planned, now);
            }
            if (t.hold.isEmpty() && t.notBefore > now) {
                t.hold = Hold::Schedule;
            }
            timing = s.timings.insert(zoneSet, t);
        }
        plan.notBefore = timing->notBefore;
        plan.hold = timing->hold;
        plan.schedulePassed = timing->passed;
        if (auto r = each(plan); !r) {
            return r.error();
        }
    }
    return totals;
}

} // namespace Herald
