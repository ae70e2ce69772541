// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignAnalytics.h"

#include "ErrorCodes.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QString s_sentStates = u"'submitted', 'accepted', 'sent', 'delivered', 'undelivered', 'failed', 'unknown'"_s;

std::optional<double> ratio(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0) {
        return std::nullopt;
    }
    return double(numerator) / double(denominator);
}

QJsonValue rateJson(const std::optional<double>& rate)
{
    // Rounded to 6 decimals so that JSON consumers compare stable numbers.
    return rate ? QJsonValue(std::round(*rate * 1e6) / 1e6) : QJsonValue(QJsonValue::Null);
}

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(isoUtc(at)) : QJsonValue(QJsonValue::Null);
}

QDateTime fromSeconds(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

QString csvField(const QString& value)
{
    // Formula-safe: a cell starting with = + - @ would run as a formula in a spreadsheet.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front())) {
        bool number = false;
        v.toDouble(&number);
        if (!number) {
            v.prepend(u'\'');
        }
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u"\""_s, u"\"\""_s);
        v = u"\"%1\""_s.arg(v);
    }
    return v;
}

QString rateText(const std::optional<double>& rate)
{
    return rate ? QString::number(*rate, 'f', 6) : QString();
}

} // namespace

QString Analytics::sentStatesSql()
{
    return s_sentStates;
}

QJsonObject CampaignReport::toJson() const
{
    QJsonObject funnelJson {
        {u"targeted"_s, funnel.targeted},
        {u"excluded"_s, funnel.excluded},
        {u"skipped"_s, funnel.skipped},
        {u"cancelled"_s, funnel.cancelled},
        {u"pending"_s, funnel.pending},
        {u"in_flight"_s, funnel.inFlight},
        {u"sent"_s, funnel.sent},
        {u"delivered"_s, funnel.delivered},
        {u"failed"_s, funnel.failed},
        {u"undelivered"_s, funnel.undelivered},
        {u"unknown"_s, funnel.unknown},
    };
    QJsonArray errors;
    for (const ErrorCodeCount& e : errorCodes) {
        errors.append(QJsonObject {{u"code"_s, e.code}, {u"count"_s, e.count}, {u"failed"_s, e.failed},
            {u"undelivered"_s, e.undelivered}, {u"unknown"_s, e.unknown}, {u"meaning"_s, e.meaning},
            {u"example"_s, e.example}});
    }
    QJsonArray buckets;
    for (const TimeBucket& b : deliveries) {
        buckets.append(QJsonObject {{u"start"_s, isoUtc(QDateTime::fromSecsSinceEpoch(b.start, QTimeZone::utc()))},
            {u"delivered"_s, b.delivered}});
    }
    return QJsonObject {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"kind"_s, kind},
        {u"state"_s, state},
        {u"provider"_s, provider},
        {u"created_at"_s, timeJson(createdAt)},
        {u"launched_at"_s, timeJson(launchedAt)},
        {u"completed_at"_s, timeJson(completedAt)},
        {u"generated_at"_s, timeJson(generatedAt)},
        {u"funnel"_s, funnelJson},
        {u"delivery_rate"_s, rateJson(deliveryRate)},
        {u"opt_outs"_s, optOuts},
        {u"opt_out_rate"_s, rateJson(optOutRate)},
        {u"opt_out_benchmark"_s, Analytics::OptOutBenchmark},
        {u"opt_out_window_days"_s, int(Analytics::OptOutWindowSeconds / 86400)},
        {u"opt_out_window_complete"_s, optOutWindowComplete},
        {u"replies"_s, replies},
        {u"repliers"_s, repliers},
        {u"reply_rate"_s, rateJson(replyRate)},
        {u"parts"_s, parts},
        {u"cost"_s, CampaignAnalytics::decimal(costMicros)},
        {u"cost_micros"_s, costMicros},
        {u"reported_cost_micros"_s, reportedCostMicros},
        {u"estimated_cost_micros"_s, estimatedCostMicros},
        {u"priced_messages"_s, pricedMessages},
        {u"currency"_s, currency},
        {u"error_codes"_s, errors},
        {u"bucket_seconds"_s, bucketSeconds},
        {u"deliveries_over_time"_s, buckets},
    };
}

QJsonObject TrendsReport::toJson() const
{
    QJsonArray monthArray;
    for (const MonthTrend& m : months) {
        monthArray.append(QJsonObject {{u"month"_s, m.month}, {u"campaigns"_s, m.campaigns}, {u"sent"_s, m.sent},
            {u"delivered"_s, m.delivered}, {u"opt_outs"_s, m.optOuts}, {u"repliers"_s, m.repliers},
            {u"parts"_s, m.parts}, {u"cost_micros"_s, m.costMicros}, {u"delivery_rate"_s, rateJson(m.deliveryRate)},
            {u"opt_out_rate"_s, rateJson(m.optOutRate)}, {u"reply_rate"_s, rateJson(m.replyRate)}});
    }
    QJsonArray histogram;
    for (qint64 n : frequency) {
        histogram.append(n);
    }
    QJsonArray heat;
    for (const auto& day : repliesByHour) {
        QJsonArray hours;
        for (qint64 n : day) {
            hours.append(n);
        }
        heat.append(hours);
    }
    return QJsonObject {{u"months"_s, monthArray}, {u"messages_per_contact_month"_s, histogram},
        {u"contact_months"_s, contactMonths}, {u"contact_months_over_guideline"_s, contactMonthsOverGuideline},
        {u"replies_by_weekday_hour"_s, heat}, {u"total_replies"_s, totalReplies}, {u"currency"_s, currency}};
}

CampaignAnalytics::CampaignAnalytics(Database& database)
    : m_database(database)
{
}

QString CampaignAnalytics::decimal(qint64 micros)
{
    const bool negative = micros < 0;
    const qint64 a = qAbs(micros);
    QString text = QString::number(a / 1'000'000);
    qint64 fraction = a % 1'000'000;
    if (fraction != 0) {
        QString digits = u"%1"_s.arg(fraction, 6, 10, QLatin1Char('0'));
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        text += u'.' + digits;
    }
    return negative ? u"-"_s + text : text;
}

Result<QList<CampaignChoice>> CampaignAnalytics::campaigns() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT id, name, state, launched_at FROM campaigns "
                "ORDER BY coalesce(launched_at, created_at) DESC, id DESC"_s)) {
        return Database::errorFrom(q, u"list campaigns"_s);
    }
    QList<CampaignChoice> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), fromSeconds(q.value(3))});
    }
    return list;
}

Result<CampaignReport> CampaignAnalytics::campaign(qint64 id, const QString& currency, const QDateTime& now) const
{
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    CampaignReport r;
    r.generatedAt = at.toUTC();
    r.currency = currency;

    QSqlQuery head = m_database.query();
    head.prepare(u"SELECT c.name, c.kind, c.state, c.created_at, c.launched_at, c.completed_at, "
                 "coalesce((SELECT provider FROM provider_accounts WHERE id = c.account_id), "
                 "(SELECT provider FROM provider_accounts ORDER BY is_default DESC, id LIMIT 1), '') "
                 "FROM campaigns c WHERE c.id = ?"_s);
    head.addBindValue(id);
    if (!head.exec()) {
        return Database::errorFrom(head, u"campaign report"_s);
    }
    if (!head.next()) {
        return Error {tr("There is no campaign %1.").arg(id)};
    }
    r.id = id;
    r.name = head.value(0).toString();
    r.kind = head.value(1).toString();
    r.state = head.value(2).toString();
    r.createdAt = fromSeconds(head.value(3));
    r.launchedAt = fromSeconds(head.value(4));
    r.completedAt = fromSeconds(head.value(5));
    r.provider = head.value(6).toString();
    head.finish();

    // 1. The funnel, parts and cost: one pass over the campaign's rows, grouped by state.
    QSqlQuery states = m_database.query();
    states.prepare(u"SELECT state, count(*), coalesce(sum(segments), 0), coalesce(sum(price_micros), 0), "
                   "coalesce(sum(CASE WHEN price_micros IS NULL THEN estimated_cost_micros END), 0), "
                   "count(price_micros), coalesce(max(price_currency), '') "
                   "FROM messages WHERE campaign_id = ? GROUP BY state"_s);
    states.addBindValue(id);
    if (!states.exec()) {
        return Database::errorFrom(states, u"campaign report"_s);
    }
    QString reportedCurrency;
    while (states.next()) {
        const QString state = states.value(0).toString();
        const qint64 n = states.value(1).toLongLong();
        CampaignFunnel& f = r.funnel;
        f.targeted += n;
        if (state == u"skipped"_s) {
            f.skipped += n;
        } else if (state == u"cancelled"_s) {
            f.cancelled += n;
        } else if (state == u"pending"_s || state == u"claimed"_s) {
            f.pending += n;
        } else {
            // Handed to the provider.
            f.sent += n;
            if (state == u"submitted"_s || state == u"accepted"_s || state == u"sent"_s) {
                f.inFlight += n;
            } else if (state == u"delivered"_s) {
                f.delivered += n;
            } else if (state == u"failed"_s) {
                f.failed += n;
            } else if (state == u"undelivered"_s) {
                f.undelivered += n;
            } else if (state == u"unknown"_s) {
                f.unknown += n;
            }
            r.parts += states.value(2).toLongLong();
            r.reportedCostMicros += states.value(3).toLongLong();
            r.estimatedCostMicros += states.value(4).toLongLong();
            r.pricedMessages += states.value(5).toLongLong();
            if (reportedCurrency.isEmpty()) {
                reportedCurrency = states.value(6).toString();
            }
        }
    }
    states.finish();
    r.funnel.excluded = r.funnel.skipped + r.funnel.cancelled;
    r.costMicros = r.reportedCostMicros + r.estimatedCostMicros;
    if (r.pricedMessages > 0 && !reportedCurrency.isEmpty()) {
        r.currency = reportedCurrency;
    }
    r.deliveryRate = ratio(r.funnel.delivered, r.funnel.sent);

    // 2. Opt-outs within 7 days of the launch, of people this campaign reached: each opt-out of the
    // window (consent_events_by_time) is looked up by the contact's phone in the campaign's outbox
    // (UNIQUE (campaign_id, phone)).
    if (r.launchedAt.isValid()) {
        const qint64 start = r.launchedAt.toSecsSinceEpoch();
        QSqlQuery optOuts = m_database.query();
        optOuts.prepare(
            u"SELECT count(DISTINCT e.contact_id) FROM consent_events e "
            "WHERE e.action = 'opt_out' AND e.purpose = 'marketing' "
            "AND e.occurred_at >= ? AND e.occurred_at < ? "
            "AND EXISTS (SELECT 1 FROM contacts p JOIN messages m ON m.campaign_id = ? AND m.phone = p.phone "
            "WHERE p.id = e.contact_id AND m.contact_id = e.contact_id AND m.state IN (%1))"_s.arg(s_sentStates));
        optOuts.addBindValue(start);
        optOuts.addBindValue(start + Analytics::OptOutWindowSeconds);
        optOuts.addBindValue(id);
        if (!optOuts.exec()) {
            return Database::errorFrom(optOuts, u"campaign opt-outs"_s);
        }
        r.optOuts = optOuts.next() ? optOuts.value(0).toLongLong() : 0;
        r.optOutWindowComplete = at.toSecsSinceEpoch() >= start + Analytics::OptOutWindowSeconds;
    }
    r.optOutRate = ratio(r.optOuts, r.funnel.sent);

    // 3. Replies linked to the campaign.
    QSqlQuery replies = m_database.query();
    replies.prepare(u"SELECT count(*), count(DISTINCT CASE WHEN keyword NOT IN ('stop', 'start') THEN from_phone END) "
                    "FROM inbound WHERE campaign_id = ?"_s);
    replies.addBindValue(id);
    if (!replies.exec()) {
        return Database::errorFrom(replies, u"campaign replies"_s);
    }
    if (replies.next()) {
        r.replies = replies.value(0).toLongLong();
        r.repliers = replies.value(1).toLongLong();
    }
    r.replyRate = ratio(r.repliers, r.funnel.sent);

    // 4. Error codes.
    QSqlQuery errors = m_database.query();
    errors.prepare(u"SELECT error_code, count(*), sum(state = 'failed'), sum(state = 'undelivered'), "
                   "sum(state = 'unknown'), coalesce(max(error_message), '') FROM messages "
                   "WHERE campaign_id = ? AND state IN ('failed', 'undelivered', 'unknown') "
                   "GROUP BY error_code ORDER BY count(*) DESC, error_code"_s);
    errors.addBindValue(id);
    if (!errors.exec()) {
        return Database::errorFrom(errors, u"campaign errors"_s);
    }
    while (errors.next()) {
        ErrorCodeCount e;
        e.code = errors.value(0).toString();
        e.count = errors.value(1).toLongLong();
        e.failed = errors.value(2).toLongLong();
        e.undelivered = errors.value(3).toLongLong();
        e.unknown = errors.value(4).toLongLong();
        e.example = errors.value(5).toString();
        e.meaning = ErrorCodes::meaning(r.provider, e.code);
        r.errorCodes.append(e);
    }

    // 5. Deliveries over time: counted per 15 minutes in SQL, merged into wider buckets here.
    if (r.funnel.delivered > 0) {
        constexpr qint64 Fine = 900;
        QSqlQuery times = m_database.query();
        times.prepare(u"SELECT min(delivered_at) FROM messages WHERE campaign_id = ? AND state = 'delivered'"_s);
        times.addBindValue(id);
        if (!times.exec()) {
            return Database::errorFrom(times, u"campaign deliveries"_s);
        }
        const qint64 first = times.next() ? times.value(0).toLongLong() : 0;
        times.finish();
        qint64 origin = r.launchedAt.isValid() ? qMin(r.launchedAt.toSecsSinceEpoch(), first) : first;
        origin -= origin % Fine;
        QSqlQuery fine = m_database.query();
        fine.prepare(u"SELECT (delivered_at - ?) / ?, count(*) FROM messages "
                     "WHERE campaign_id = ? AND state = 'delivered' AND delivered_at IS NOT NULL GROUP BY 1"_s);
        fine.addBindValue(origin);
        fine.addBindValue(Fine);
        fine.addBindValue(id);
        if (!fine.exec()) {
            return Database::errorFrom(fine, u"campaign deliveries"_s);
        }
        QList<std::pair<qint64, qint64>> fineSlots;
        qint64 last = 0;
        while (fine.next()) {
            const qint64 slot = fine.value(0).toLongLong();
            fineSlots.append({slot, fine.value(1).toLongLong()});
            last = qMax(last, slot);
        }
        const qint64 span = (last + 1) * Fine;
        r.bucketSeconds = span <= 6 * 3600 ? Fine : span <= 72 * 3600 ? 3600 : 86400;
        if (r.bucketSeconds == 86400) {
            origin -= origin % 86400; // whole UTC days
        } else if (r.bucketSeconds == 3600) {
            origin -= origin % 3600;
        }
        QHash<qint64, qint64> byBucket;
        qint64 lastBucket = 0;
        const qint64 fineOrigin = r.launchedAt.isValid() ? qMin(r.launchedAt.toSecsSinceEpoch(), first) : first;
        const qint64 fineStart = fineOrigin - fineOrigin % Fine;
        for (const auto& [slot, n] : std::as_const(fineSlots)) {
            const qint64 b = qMax<qint64>(0, (fineStart + slot * Fine - origin) / r.bucketSeconds);
            byBucket[b] += n;
            lastBucket = qMax(lastBucket, b);
        }
        for (qint64 b = 0; b <= lastBucket; ++b) {
            r.deliveries.append({origin + b * r.bucketSeconds, byBucket.value(b)});
        }
    }
    return r;
}

Result<TrendsReport> CampaignAnalytics::trends(const QString& currency, const QDateTime& now) const
{
    TrendsReport t;
    t.currency = currency;
    if (auto r = addMonthlyTrends(t, now); !r) {
        return r.error();
    }
    if (auto r = addContactFrequency(t, now); !r) {
        return r.error();
    }
    if (auto r = addReplyHours(t); !r) {
        return r.error();
    }
    return t;
}

Result<void> CampaignAnalytics::addMonthlyTrends(TrendsReport& t, const QDateTime& now) const
{
    const qint64 at = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    // Per campaign first, months made here. A campaign launched more than 8 days ago has final
    // figures (statuses are polled for 7 days, the opt-out window is 7 days): they are kept in
    // workspace_meta ("analytics.campaign.ID"; schema triggers drop them when the outbox or an old
    // opt-out changes), so a year of campaigns costs only the recent ones.
    struct Figures
    {
        qint64 sent = 0;
        qint64 delivered = 0;
        qint64 parts = 0;
        qint64 costMicros = 0;
        qint64 optOuts = 0;
    };
    struct Launched
    {
        qint64 id = 0;
        qint64 launchedAt = 0;
        QString month;
    };
    QList<Launched> launched;
    QHash<qint64, QString> monthOf;
    QMap<QString, MonthTrend> months;
    QSqlQuery list = m_database.query();
    if (!list.exec(u"SELECT id, launched_at FROM campaigns WHERE launched_at IS NOT NULL"_s)) {
        return Database::errorFrom(list, u"monthly trends"_s);
    }
    while (list.next()) {
        Launched c {list.value(0).toLongLong(), list.value(1).toLongLong(), QString()};
        c.month = QDateTime::fromSecsSinceEpoch(c.launchedAt, QTimeZone::utc()).toString(u"yyyy-MM"_s);
        monthOf.insert(c.id, c.month);
        MonthTrend& m = months[c.month];
        m.month = c.month;
        ++m.campaigns;
        launched.append(c);
    }
    list.finish();

    QHash<qint64, Figures> cache;
    QSqlQuery cached = m_database.query();
    if (!cached.exec(u"SELECT key, value FROM workspace_meta WHERE key LIKE 'analytics.campaign.%'"_s)) {
        return Database::errorFrom(cached, u"monthly trends"_s);
    }
    while (cached.next()) {
        const QJsonArray v = QJsonDocument::fromJson(cached.value(1).toString().toUtf8()).array();
        if (v.size() == 5) {
            cache.insert(cached.value(0).toString().section(u'.', 2).toLongLong(),
                {v.at(0).toInteger(), v.at(1).toInteger(), v.at(2).toInteger(), v.at(3).toInteger(),
                    v.at(4).toInteger()});
        }
    }
    cached.finish();

    QSqlQuery perState = m_database.query();
    perState.prepare(u"SELECT state, count(*), sum(segments), sum(coalesce(price_micros, estimated_cost_micros, 0)) "
                     "FROM messages WHERE campaign_id = ? GROUP BY state"_s);
    QSqlQuery optOuts = m_database.query();
    optOuts.prepare(u"SELECT count(DISTINCT e.contact_id) FROM consent_events e "
                    "WHERE e.action = 'opt_out' AND e.purpose = 'marketing' AND e.occurred_at >= ? "
                    "AND e.occurred_at < ? AND EXISTS (SELECT 1 FROM contacts p JOIN messages m "
                    "ON m.campaign_id = ? AND m.phone = p.phone WHERE p.id = e.contact_id "
                    "AND m.contact_id = e.contact_id AND m.state IN (%1))"_s.arg(s_sentStates));
    static const QStringList sentStates
        = {u"submitted"_s, u"accepted"_s, u"sent"_s, u"delivered"_s, u"undelivered"_s, u"failed"_s, u"unknown"_s};
    QList<std::pair<QString, QString>> toCache;
    for (const Launched& c : std::as_const(launched)) {
        Figures f;
        const bool final = c.launchedAt + 8 * 86400 <= at;
        if (final && cache.contains(c.id)) {
            f = cache.value(c.id);
        } else {
            perState.addBindValue(c.id);
            if (!perState.exec()) {
                return Database::errorFrom(perState, u"monthly trends"_s);
            }
            while (perState.next()) {
                const QString state = perState.value(0).toString();
                if (!sentStates.contains(state)) {
                    continue;
                }
                const qint64 n = perState.value(1).toLongLong();
                f.sent += n;
                f.delivered += state == u"delivered"_s ? n : 0;
                f.parts += perState.value(2).toLongLong();
                f.costMicros += perState.value(3).toLongLong();
            }
            perState.finish();
            optOuts.addBindValue(c.launchedAt);
            optOuts.addBindValue(c.launchedAt + Analytics::OptOutWindowSeconds);
            optOuts.addBindValue(c.id);
            if (!optOuts.exec()) {
                return Database::errorFrom(optOuts, u"monthly opt-outs"_s);
            }
            f.optOuts = optOuts.next() ? optOuts.value(0).toLongLong() : 0;
            optOuts.finish();
            if (final) {
                const QJsonArray v {f.sent, f.delivered, f.parts, f.costMicros, f.optOuts};
                toCache.append({u"analytics.campaign.%1"_s.arg(c.id),
                    QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Compact))});
            }
        }
        MonthTrend& m = months[c.month];
        m.sent += f.sent;
        m.delivered += f.delivered;
        m.parts += f.parts;
        m.costMicros += f.costMicros;
        m.optOuts += f.optOuts;
    }
    storeCache(toCache);

    QSqlQuery repliers = m_database.query();
    if (!repliers.exec(u"SELECT campaign_id, count(DISTINCT from_phone) FROM inbound "
                       "WHERE campaign_id IS NOT NULL AND keyword NOT IN ('stop', 'start') GROUP BY campaign_id"_s)) {
        return Database::errorFrom(repliers, u"monthly replies"_s);
    }
    while (repliers.next()) {
        if (const auto it = monthOf.constFind(repliers.value(0).toLongLong()); it != monthOf.cend()) {
            months[*it].repliers += repliers.value(1).toLongLong();
        }
    }
    t.months.clear();
    for (MonthTrend m : std::as_const(months)) {
        m.deliveryRate = ratio(m.delivered, m.sent);
        m.optOutRate = ratio(m.optOuts, m.sent);
        m.replyRate = ratio(m.repliers, m.sent);
        t.months.append(m);
    }
    return {};
}

void CampaignAnalytics::storeCache(const QList<std::pair<QString, QString>>& entries) const
{
    if (entries.isEmpty()) {
        return;
    }
    // Only a cache: a busy workspace or a read-only file leaves it for the next time.
    auto stored = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery store = m_database.query();
        store.prepare(u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"_s);
        for (const auto& [key, value] : entries) {
            store.addBindValue(key);
            store.addBindValue(value);
            if (!store.exec()) {
                return Database::errorFrom(store, u"analytics cache"_s);
            }
        }
        return {};
    });
    Q_UNUSED(stored)
}

Result<void> CampaignAnalytics::addContactFrequency(TrendsReport& t, const QDateTime& now) const
{
    const QDateTime at = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toUTC();
    const QDate today = at.date();
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-(Analytics::TrendMonths - 1));
    t.frequency.fill(0);
    t.contactMonths = 0;
    t.contactMonthsOverGuideline = 0;

    // Kept up to date by triggers of the schema (version 6: analytics_frequency), a row per month
    // and count of messages.
    QSqlQuery histogram = m_database.query();
    histogram.prepare(u"SELECT messages, sum(contacts) FROM analytics_frequency WHERE month >= ? AND month <= ? "
                      "GROUP BY messages"_s);
    histogram.addBindValue(firstMonth.toString(u"yyyy-MM"_s));
    histogram.addBindValue(today.toString(u"yyyy-MM"_s));
    if (!histogram.exec()) {
        return Database::errorFrom(histogram, u"messages per contact"_s);
    }
    while (histogram.next()) {
        const int n = histogram.value(0).toInt();
        const qint64 contacts = histogram.value(1).toLongLong();
        if (n < 1 || n > Analytics::FrequencyBuckets || contacts <= 0) {
            continue;
        }
        t.frequency[n - 1] += contacts;
        t.contactMonths += contacts;
        if (n > Analytics::GuidelineMaxPerMonth) {
            t.contactMonthsOverGuideline += contacts;
        }
    }
    return {};
}

Result<void> CampaignAnalytics::addReplyHours(TrendsReport& t) const
{
    // Local time: SQLite's %w is 0 = Sunday; shifted to 0 = Monday.
    for (auto& day : t.repliesByHour) {
        day.fill(0);
    }
    t.totalReplies = 0;
    QSqlQuery heat = m_database.query();
    if (!heat.exec(u"SELECT (CAST(strftime('%w', received_at, 'unixepoch', 'localtime') AS INTEGER) + 6) % 7, "
                   "CAST(strftime('%H', received_at, 'unixepoch', 'localtime') AS INTEGER), count(*) "
                   "FROM inbound GROUP BY 1, 2"_s)) {
        return Database::errorFrom(heat, u"replies by hour"_s);
    }
    while (heat.next()) {
        const int day = heat.value(0).toInt();
        const int hour = heat.value(1).toInt();
        const qint64 n = heat.value(2).toLongLong();
        if (day >= 0 && day < 7 && hour >= 0 && hour < 24) {
            t.repliesByHour[day][hour] += n;
            t.totalReplies += n;
        }
    }
    return {};
}

QByteArray CampaignAnalytics::toCsv(const CampaignReport& r)
{
    QStringList lines;
    auto row = [&lines](const QStringList& cells) {
        QStringList escaped;
        for (const QString& c : cells) {
            escaped.append(csvField(c));
        }
        lines.append(escaped.join(u','));
    };
    auto n = [](qint64 v) { return QString::number(v); };
    row({u"section"_s, u"key"_s, u"value"_s, u"detail"_s});
    row({u"campaign"_s, u"id"_s, n(r.id), QString()});
    row({u"campaign"_s, u"name"_s, r.name, QString()});
    row({u"campaign"_s, u"kind"_s, r.kind, QString()});
    row({u"campaign"_s, u"state"_s, r.state, QString()});
    row({u"campaign"_s, u"provider"_s, r.provider, QString()});
    row({u"campaign"_s, u"launched_at"_s, isoUtc(r.launchedAt), QString()});
    row({u"campaign"_s, u"generated_at"_s, isoUtc(r.generatedAt), QString()});
    const CampaignFunnel& f = r.funnel;
    const QList<std::pair<QString, qint64>> funnel = {{u"targeted"_s, f.targeted}, {u"excluded"_s, f.excluded},
        {u"skipped"_s, f.skipped}, {u"cancelled"_s, f.cancelled}, {u"pending"_s, f.pending},
        {u"in_flight"_s, f.inFlight}, {u"sent"_s, f.sent}, {u"delivered"_s, f.delivered}, {u"failed"_s, f.failed},
        {u"undelivered"_s, f.undelivered}, {u"unknown"_s, f.unknown}};
    for (const auto& [key, value] : funnel) {
        row({u"funnel"_s, key, n(value), QString()});
    }
    row({u"rate"_s, u"delivery_rate"_s, rateText(r.deliveryRate), u"delivered / sent"_s});
    row({u"rate"_s, u"opt_out_rate"_s, rateText(r.optOutRate),
        u"opt-outs within 7 days / sent; benchmark %1"_s.arg(Analytics::OptOutBenchmark)});
    row({u"rate"_s, u"reply_rate"_s, rateText(r.replyRate), u"repliers / sent"_s});
    row({u"count"_s, u"opt_outs"_s, n(r.optOuts), QString()});
    row({u"count"_s, u"replies"_s, n(r.replies), QString()});
    row({u"count"_s, u"repliers"_s, n(r.repliers), QString()});
    row({u"count"_s, u"parts"_s, n(r.parts), QString()});
    row({u"cost"_s, u"total"_s, decimal(r.costMicros), r.currency});
    row({u"cost"_s, u"reported"_s, decimal(r.reportedCostMicros), r.currency});
    row({u"cost"_s, u"estimated"_s, decimal(r.estimatedCostMicros), r.currency});
    for (const ErrorCodeCount& e : r.errorCodes) {
        row({u"error"_s, e.code, n(e.count), e.meaning});
    }
    for (const TimeBucket& b : r.deliveries) {
        row({u"delivered_per_bucket"_s, isoUtc(QDateTime::fromSecsSinceEpoch(b.start, QTimeZone::utc())),
            n(b.delivered), u"%1 s"_s.arg(r.bucketSeconds)});
    }
    // UTF-8 with BOM and CRLF, as the contacts export: spreadsheets open it as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}

} // namespace Herald
