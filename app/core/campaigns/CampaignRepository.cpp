// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignRepository.h"

#include "CampaignPlanner.h"
#include "providers/ProviderAccount.h"
#include "segments/SegmentRepository.h"
#include "settings/Settings.h"
#include "sms/MessageTemplate.h"
#include "sms/Utm.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// The widest offsets a recipient can have: a local time reaches UTC+14 first and UTC−12 last.
constexpr qint64 EarliestOffsetSeconds = 14 * 3600;
constexpr qint64 LatestOffsetSeconds = -12 * 3600;

QDateTime fromSeconds(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// The instant a local time is first (offset +14) or last (offset −12) reached somewhere.
QDateTime localTimeReached(const QDate& date, const QTime& time, qint64 offsetSeconds)
{
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

QDateTime currentOr(const QDateTime& now)
{
    return now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
}

const QString s_campaignColumns
    = u"id, name, kind, state, body, template_id, account_id, sender, all_contacts, schedule_mode, scheduled_at, "
      "local_send_time, options, pause_reason, created_at, launched_at, completed_at"_s;

} // namespace

QString scheduleModeName(ScheduleMode mode)
{
    switch (mode) {
    case ScheduleMode::At:
        return u"at"_s;
    case ScheduleMode::LocalTime:
        return u"local_time"_s;
    case ScheduleMode::Now:
        break;
    }
    return u"now"_s;
}

ScheduleMode scheduleModeFromName(const QString& name)
{
    if (name == u"at"_s) {
        return ScheduleMode::At;
    }
    return name == u"local_time"_s ? ScheduleMode::LocalTime : ScheduleMode::Now;
}

CampaignRepository::CampaignRepository(Database& database)
    : m_database(database)
{
}

Result<qint64> CampaignRepository::create(const CampaignDraft& draft)
{
    if (draft.name.trimmed().isEmpty()) {
        return Error {tr("A campaign needs a name.")};
    }
    if (draft.body.trimmed().isEmpty()) {
        return Error {tr("A campaign needs a message.")};
    }
    if (auto parsed = MessageTemplate::parse(draft.body); !parsed) {
        return parsed.error();
    }
    if (!draft.allContacts && draft.segmentIds.isEmpty()) {
        return Error {tr("Choose who gets the campaign: all contacts or one or more segments.")};
    }
    if (draft.scheduleMode == ScheduleMode::At && !draft.scheduledAt.isValid()) {
        return Error {tr("A scheduled campaign needs a date and time.")};
    }
    if (draft.scheduleMode == ScheduleMode::LocalTime && (!draft.localTime.isValid() || !draft.localDate.isValid())) {
        return Error {tr("A campaign sent at each recipient's local time needs a date and a time of day.")};
    }
    SegmentRepository segments(m_database);
    for (qint64 segmentId : draft.segmentIds) {
        auto segment = segments.find(segmentId);
        if (!segment) {
            return segment.error();
        }
        if (!segment->rulesError.isEmpty()) {
            return Error {segment->rulesError};
        }
    }
    qint64 accountId = draft.accountId;
    QString sender;
    ProviderAccounts accounts(m_database);
    if (accountId == 0) {
        auto account = accounts.defaultAccount();
        if (!account) {
            auto simulator = ProviderAccounts::ensureSimulatorAccount(m_database);
            if (!simulator) {
                return simulator.error();
            }
            account = accounts.find(simulator.value());
            if (!account) {
                return account.error();
            }
        }
        accountId = account->id;
        sender = account->sender;
    } else {
        auto account = accounts.find(accountId);
        if (!account) {
            return account.error();
        }
        sender = account->sender;
    }
    if (!draft.sender.trimmed().isEmpty()) {
        sender = draft.sender.trimmed();
    }

    QVariant scheduledAt;
    QString localSendTime;
    QJsonObject options {
        {u"transliterate"_s, draft.transliterate},
        {u"utm"_s, draft.utmTags},
        {u"utm_campaign"_s, Utm::slug(draft.name)},
        {u"opt_out_footer"_s, draft.optOutFooter},
    };
    if (draft.scheduleMode == ScheduleMode::At) {
        scheduledAt = draft.scheduledAt.toSecsSinceEpoch();
    } else if (draft.scheduleMode == ScheduleMode::LocalTime) {
        scheduledAt = localTimeReached(draft.localDate, draft.localTime, EarliestOffsetSeconds).toSecsSinceEpoch();
        localSendTime = draft.localTime.toString(u"HH:mm"_s);
        options.insert(u"local_date"_s, draft.localDate.toString(Qt::ISODate));
    }

    qint64 id = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q = m_database.query();
        q.prepare(u"INSERT INTO campaigns (name, kind, state, body, template_id, account_id, sender, all_contacts, "
                  "schedule_mode, scheduled_at, local_send_time, options, created_at, updated_at) "
                  "VALUES (?, ?, 'draft', ?, ?, ?, coalesce(?, ''), ?, ?, ?, coalesce(?, ''), ?, ?, ?)"_s);
        q.addBindValue(draft.name.trimmed());
        q.addBindValue(draft.marketing ? u"marketing"_s : u"transactional"_s);
        q.addBindValue(draft.body);
        q.addBindValue(draft.templateId > 0 ? QVariant(draft.templateId) : QVariant());
        q.addBindValue(accountId);
        q.addBindValue(sender);
        q.addBindValue(draft.allContacts ? 1 : 0);
        q.addBindValue(scheduleModeName(draft.scheduleMode));
        q.addBindValue(scheduledAt);
        q.addBindValue(localSendTime);
        q.addBindValue(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            return Database::errorFrom(q, u"create campaign"_s);
        }
        id = q.lastInsertId().toLongLong();
        if (options.value(u"utm_campaign"_s).toString().isEmpty()) {
            // A name with no Latin letters or digits ("冬季特賣") still needs a value.
            options.insert(u"utm_campaign"_s, u"campaign-%1"_s.arg(id));
            QSqlQuery u = m_database.query();
            u.prepare(u"UPDATE campaigns SET options = ? WHERE id = ?"_s);
            u.addBindValue(QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact)));
            u.addBindValue(id);
            if (!u.exec()) {
                return Database::errorFrom(u, u"create campaign"_s);
            }
        }
        QSqlQuery link = m_database.query();
        link.prepare(u"INSERT OR IGNORE INTO campaign_segments (campaign_id, segment_id) VALUES (?, ?)"_s);
        for (qint64 segmentId : draft.segmentIds) {
            link.bindValue(0, id);
            link.bindValue(1, segmentId);
            if (!link.exec()) {
                return Database::errorFrom(link, u"campaign segments"_s);
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<Campaign> CampaignRepository::find(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT %1 FROM campaigns WHERE id = ?"_s.arg(s_campaignColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"find campaign"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no campaign %1.").arg(id)};
    }
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.marketing = q.value(2).toString() == u"marketing"_s;
    c.state = q.value(3).toString();
    c.body = q.value(4).toString();
    c.templateId = q.value(5).toLongLong();
    c.accountId = q.value(6).toLongLong();
    c.sender = q.value(7).toString();
    c.allContacts = q.value(8).toInt() != 0;
    c.scheduleMode = scheduleModeFromName(q.value(9).toString());
    c.scheduledAt = fromSeconds(q.value(10));
    c.localTime = QTime::fromString(q.value(11).toString(), u"HH:mm"_s);
    const QJsonObject options = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    c.transliterate = options.value(u"transliterate"_s).toBool();
    c.utmCampaign = options.value(u"utm_campaign"_s).toString();
    c.utmTags = options.value(u"utm"_s).toBool() && !c.utmCampaign.isEmpty();
    c.optOutFooter = options.value(u"opt_out_footer"_s).toBool(true);
    c.localDate = QDate::fromString(options.value(u"local_date"_s).toString(), Qt::ISODate);
    c.pauseReason = q.value(13).toString();
    c.createdAt = fromSeconds(q.value(14));
    c.launchedAt = fromSeconds(q.value(15));
    c.completedAt = fromSeconds(q.value(16));
    QSqlQuery s = m_database.query();
    s.prepare(u"SELECT segment_id FROM campaign_segments WHERE campaign_id = ? ORDER BY segment_id"_s);
    s.addBindValue(id);
    if (!s.exec()) {
        return Database::errorFrom(s, u"campaign segments"_s);
    }
    while (s.next()) {
        c.segmentIds.append(s.value(0).toLongLong());
    }
    return c;
}

Result<QList<Campaign>> CampaignRepository::list() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT id FROM campaigns ORDER BY id"_s)) {
        return Database::errorFrom(q, u"list campaigns"_s);
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    QList<Campaign> campaigns;
    for (qint64 id : ids) {
        auto c = find(id);
        if (!c) {
            return c.error();
        }
        campaigns.append(c.value());
    }
    return campaigns;
}

Result<void> CampaignRepository::schedule(qint64 id, const QDateTime& now)
{
    auto campaign = find(id);
    if (!campaign) {
        return campaign.error();
    }
    if (campaign->state != CampaignState::Draft) {
        return Error {tr("Only a draft can be scheduled; campaign %1 is %2.").arg(id).arg(campaign->state)};
    }
    const QDateTime at = currentOr(now);
    switch (campaign->scheduleMode) {
    case ScheduleMode::Now:
        return Error {tr("Campaign %1 has no schedule: launch it instead.").arg(id)};
    case ScheduleMode::At:
        if (campaign->scheduledAt <= at) {
            return Error {tr("The scheduled time of campaign %1 has already passed.").arg(id)};
        }
        break;
    case ScheduleMode::LocalTime:
        if (localTimeReached(campaign->localDate, campaign->localTime, LatestOffsetSeconds) <= at) {
            return Error {tr("The local send time of campaign %1 has already passed everywhere.").arg(id)};
        }
        break;
    }
    return setState(id, CampaignState::Scheduled);
}

Result<QList<Campaign>> CampaignRepository::missedSchedules(const QDateTime& now) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id FROM campaigns WHERE state = 'scheduled' AND scheduled_at <= ? ORDER BY scheduled_at, id"_s);
    q.addBindValue(currentOr(now).toSecsSinceEpoch());
    if (!q.exec()) {
        return Database::errorFrom(q, u"missed schedules"_s);
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    QList<Campaign> missed;
    for (qint64 id : ids) {
        auto c = find(id);
        if (!c) {
            return c.error();
        }
        missed.append(c.value());
    }
    return missed;
}

Result<LaunchSummary> CampaignRepository::launch(qint64 id, const LaunchOptions& options)
{
    auto campaign = find(id);
    if (!campaign) {
        return campaign.error();
    }
    if (campaign->state != CampaignState::Draft && campaign->state != CampaignState::Scheduled) {
        return Error {tr("Campaign %1 was already launched (it is %2).").arg(id).arg(campaign->state)};
    }
    CampaignPlanner planner(m_database, campaign.value(), options);
    const qint64 now = planner.options().now.toSecsSinceEpoch();
    LaunchSummary summary;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 stamp = QDateTime::currentSecsSinceEpoch();
        QSqlQuery insert = m_database.query();
        insert.prepare(u"INSERT OR IGNORE INTO messages (campaign_id, contact_id, account_id, phone, kind, body, "
                       "encoding, segments, state, skip_reason, estimated_cost_micros, not_before, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, coalesce(?, ''), ?, ?, ?, ?)"_s);
        const QString kind = campaign->marketing ? u"marketing"_s : u"transactional"_s;
        auto planned = planner.run([&](const RecipientPlan& plan) -> Result<void> {
            const bool skipped = !plan.exclusion.isEmpty();
            if (skipped && !Exclusion::leavesSkippedRow(plan.exclusion)) {
                return {};
            }
            const qint64 notBefore = plan.notBefore.isValid() ? plan.notBefore.toSecsSinceEpoch() : now;
            const bool held = !skipped && notBefore > now;
            insert.bindValue(0, id);
            insert.bindValue(1, plan.contactId);
            insert.bindValue(2, campaign->accountId > 0 ? QVariant(campaign->accountId) : QVariant());
            insert.bindValue(3, plan.phone);
            insert.bindValue(4, kind);
            insert.bindValue(5, plan.text);
            insert.bindValue(6, plan.count.encodingName());
            insert.bindValue(7, plan.count.segments);
            insert.bindValue(8, skipped ? u"skipped"_s : u"pending"_s);
            insert.bindValue(9, plan.exclusion);
            insert.bindValue(10, plan.costMicros);
            insert.bindValue(11, held ? QVariant(notBefore) : QVariant());
            insert.bindValue(12, stamp);
            insert.bindValue(13, stamp);
            if (!insert.exec()) {
                return Database::errorFrom(insert, u"materialise outbox"_s);
            }
            if (insert.numRowsAffected() == 0) {
                return {};
            }
            ++summary.rows;
            if (skipped) {
                ++summary.skipped;
                return {};
            }
            ++summary.pending;
            summary.held += held ? 1 : 0;
            const QDateTime at = QDateTime::fromSecsSinceEpoch(qMax(notBefore, now), Qt::UTC);
            if (!summary.firstSendAt.isValid() || at < summary.firstSendAt) {
                summary.firstSendAt = at;
            }
            if (!summary.lastSendAt.isValid() || at > summary.lastSendAt) {
                summary.lastSendAt = at;
            }
            return {};
        });
        if (!planned) {
            return planned.error();
        }
        QSqlQuery state = m_database.query();
        state.prepare(u"UPDATE campaigns SET state = 'sending', launched_at = ?, updated_at = ? WHERE id = ?"_s);
        state.addBindValue(stamp);
        state.addBindValue(stamp);
        state.addBindValue(id);
        if (!state.exec()) {
            return Database::errorFrom(state, u"launch campaign"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return summary;
}

Result<int> CampaignRepository::launch(qint64 id, const QString& shopName, const QDateTime& now)
{
    LaunchOptions options;
    options.shopName = shopName;
    options.now = now;
    options.rules = SendingRules::unrestricted();
    auto summary = launch(id, options);
    if (!summary) {
        return summary.error();
    }
    return summary->rows;
}

LaunchOptions LaunchOptions::fromSettings(const Settings& settings)
{
    LaunchOptions options;
    options.shopName = settings.shopName();
    options.rules = SendingRules::fromSettings(settings);
    const QHash<QString, qint64> prices = settings.pricePerPart();
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        options.prices.setPricePerPartMicros(it.key(), it.value());
    }
    return options;
}

CampaignDraft CampaignRepository::draftOf(const Campaign& campaign)
{
    CampaignDraft draft;
    draft.name = campaign.name;
    draft.body = campaign.body;
    draft.templateId = campaign.templateId;
    draft.allContacts = campaign.allContacts;
    draft.segmentIds = campaign.segmentIds;
    draft.accountId = campaign.accountId;
    draft.sender = campaign.sender;
    draft.marketing = campaign.marketing;
    draft.scheduleMode = campaign.scheduleMode;
    draft.scheduledAt = campaign.scheduleMode == ScheduleMode::At ? campaign.scheduledAt : QDateTime();
    draft.localTime = campaign.localTime;
    draft.localDate = campaign.localDate;
    draft.utmTags = campaign.utmTags;
    draft.optOutFooter = campaign.optOutFooter;
    draft.transliterate = campaign.transliterate;
    return draft;
}

Result<void> CampaignRepository::updateDraft(qint64 id, const CampaignDraft& draft)
{
    auto campaign = find(id);
    if (!campaign) {
        return campaign.error();
    }
    if (campaign->state != CampaignState::Draft) {
        return Error {tr("Only a draft can be changed; campaign %1 is %2.").arg(id).arg(campaign->state)};
    }
    // create() holds every check and the encoding of the options: the new row is made with it
    // and moved onto the draft's id in one transaction.
    auto made = create(draft);
    if (!made) {
        return made.error();
    }
    const qint64 madeId = made.value();
    auto moved = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE campaigns SET (name, kind, body, template_id, account_id, sender, all_contacts, "
                  "schedule_mode, scheduled_at, local_send_time, options, updated_at) = (SELECT name, kind, body, "
                  "template_id, account_id, sender, all_contacts, schedule_mode, scheduled_at, local_send_time, "
                  "options, updated_at FROM campaigns WHERE id = ?) WHERE id = ? AND state = 'draft'"_s);
        q.addBindValue(madeId);
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"update campaign"_s);
        }
        if (q.numRowsAffected() != 1) {
            return Error {tr("Campaign %1 is no longer a draft.").arg(id)};
        }
        QSqlQuery d = m_database.query();
        d.prepare(u"DELETE FROM campaign_segments WHERE campaign_id = ?"_s);
        d.addBindValue(id);
        if (!d.exec()) {
            return Database::errorFrom(d, u"update campaign"_s);
        }
        QSqlQuery m = m_database.query();
        m.prepare(u"UPDATE campaign_segments SET campaign_id = ? WHERE campaign_id = ?"_s);
        m.addBindValue(id);
        m.addBindValue(madeId);
        if (!m.exec()) {
            return Database::errorFrom(m, u"update campaign"_s);
        }
        QSqlQuery r = m_database.query();
        r.prepare(u"DELETE FROM campaigns WHERE id = ?"_s);
        r.addBindValue(madeId);
        if (!r.exec()) {
            return Database::errorFrom(r, u"update campaign"_s);
        }
        return {};
    });
    if (!moved) {
        (void)removeDraft(madeId);
        return moved.error();
    }
    return {};
}

Result<void> CampaignRepository::removeDraft(qint64 id)
{
    return m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery s = m_database.query();
        s.prepare(u"DELETE FROM campaign_segments WHERE campaign_id = (SELECT id FROM campaigns WHERE id = ? AND "
                  "state = 'draft')"_s);
        s.addBindValue(id);
        if (!s.exec()) {
            return Database::errorFrom(s, u"delete campaign"_s);
        }
        QSqlQuery q = m_database.query();
        q.prepare(u"DELETE FROM campaigns WHERE id = ? AND state = 'draft'"_s);
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"delete campaign"_s);
        }
        if (q.numRowsAffected() != 1) {
            return Error {tr("Only a draft can be deleted; campaign %1 is not one.").arg(id)};
        }
        return {};
    });
}

Result<int> CampaignRepository::retryFailed(qint64 id)
{
    auto campaign = find(id);
    if (!campaign) {
        return campaign.error();
    }
    if (campaign->state != CampaignState::Completed && campaign->state != CampaignState::Paused) {
        return Error {tr("Failed messages can be retried once campaign %1 has finished or is paused.").arg(id)};
    }
    int rows = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE messages SET state = 'pending', attempt_key = NULL, attempts = 0, provider_id = NULL, "
                  "provider_status = '', error_code = '', error_message = '', claimed_at = NULL, submitted_at = NULL, "
                  "accepted_at = NULL, sent_at = NULL, delivered_at = NULL, finished_at = NULL, updated_at = ? "
                  "WHERE campaign_id = ? AND state = 'failed'"_s);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"retry failed messages"_s);
        }
        rows = q.numRowsAffected();
        if (rows == 0) {
            return {};
        }
        QSqlQuery c = m_database.query();
        c.prepare(u"UPDATE campaigns SET state = 'sending', pause_reason = '', completed_at = NULL, updated_at = ? "
                  "WHERE id = ?"_s);
        c.addBindValue(now);
        c.addBindValue(id);
        if (!c.exec()) {
            return Database::errorFrom(c, u"retry failed messages"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return rows;
}

Result<qint64> CampaignRepository::duplicate(qint64 id, const QString& newName)
{
    auto campaign = find(id);
    if (!campaign) {
        return campaign.error();
    }
    CampaignDraft draft = draftOf(campaign.value());
    draft.name = newName;
    return create(draft);
}

Result<void> CampaignRepository::setState(qint64 id, const QString& state, const QString& reason)
{
    return m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE campaigns SET state = ?, pause_reason = coalesce(?, ''), updated_at = ?, "
                  "completed_at = CASE WHEN ? IN ('completed', 'cancelled') THEN coalesce(completed_at, ?) "
                  "ELSE completed_at END WHERE id = ?"_s);
        q.addBindValue(state);
        q.addBindValue(reason);
        q.addBindValue(now);
        q.addBindValue(state);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"campaign state"_s);
        }
        if (q.numRowsAffected() != 1) {
            return Error {tr("There is no campaign %1.").arg(id)};
        }
        return {};
    });
}

Result<OutboxCounts> CampaignRepository::counts(qint64 id) const
{
    return Outbox(m_database).counts(id);
}

Result<qint64> CampaignRepository::heldCount(qint64 id, const QDateTime& now) const
{
    auto n = m_database.scalar(
        u"SELECT count(*) FROM messages WHERE campaign_id = ? AND state = 'pending' AND not_before > ?"_s,
        {id, currentOr(now).toSecsSinceEpoch()});
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

Result<QDateTime> CampaignRepository::nextHeldSendTime(qint64 id, const QDateTime& now) const
{
    auto at = m_database.scalar(
        u"SELECT min(not_before) FROM messages WHERE campaign_id = ? AND state = 'pending' AND not_before > ?"_s,
        {id, currentOr(now).toSecsSinceEpoch()});
    if (!at) {
        return at.error();
    }
    return fromSeconds(at.value());
}

} // namespace Herald
