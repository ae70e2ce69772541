// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SendingRules.h"
#include "sending/Outbox.h"
#include "sms/PriceTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace Herald
{

class Database;
class Settings;

// Campaign states as stored in campaigns.state.
namespace CampaignState
{
inline const QString Draft = QStringLiteral("draft");
inline const QString Scheduled = QStringLiteral("scheduled");
inline const QString Sending = QStringLiteral("sending");
inline const QString Paused = QStringLiteral("paused");
inline const QString Completed = QStringLiteral("completed");
inline const QString Cancelled = QStringLiteral("cancelled");
} // namespace CampaignState

// When a campaign goes out (campaigns.schedule_mode).
enum class ScheduleMode
{
    Now, // when launched
    At, // at one instant (scheduledAt)
    LocalTime, // on localDate at localTime in each recipient's own time zone
};

QString scheduleModeName(ScheduleMode mode); // "now", "at", "local_time"
ScheduleMode scheduleModeFromName(const QString& name);

// What the user chose when creating a campaign.
struct CampaignDraft
{
    QString name;
    QString body; // a MessageTemplate source
    qint64 templateId = 0; // 0: none; otherwise the body came from this template
    bool allContacts = false;
    QList<qint64> segmentIds; // recipients are the union of these segments
    qint64 accountId = 0; // 0: the workspace's default account
    QString sender; // empty: the account's sender
    // marketing: opted-in contacts only, with the opt-out footer, quiet hours and frequency cap.
    // transactional (order and shipping notices): no marketing consent needed, but the
    // suppression list and a transactional opt-out still hold.
    bool marketing = true;
    ScheduleMode scheduleMode = ScheduleMode::Now;
    QDateTime scheduledAt; // ScheduleMode::At
    QTime localTime; // ScheduleMode::LocalTime
    QDate localDate; // ScheduleMode::LocalTime
    bool utmTags = true; // tag links with utm_source=sms&utm_medium=sms&utm_campaign=<slug>
    bool optOutFooter = true; // marketing messages end with the opt-out footer
    bool transliterate = false; // send without diacritics
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    bool marketing = true;
    QString state;
    QString body;
    qint64 templateId = 0;
    qint64 accountId = 0;
    QString sender; // as chosen at creation (the account's sender when none was given)
    bool allContacts = false;
    QList<qint64> segmentIds;
    ScheduleMode scheduleMode = ScheduleMode::Now;
    // At: the instant. LocalTime: the first moment anyone on Earth reaches localTime on
    // localDate (UTC+14), when Herald must start materialising the outbox.
    QDateTime scheduledAt;
    QTime localTime;
    QDate localDate;
    bool utmTags = false;
    QString utmCampaign; // the utm_campaign value (a slug of the name)
    bool optOutFooter = true;
    bool transliterate = false;
    QString pauseReason;
    QDateTime createdAt;
    QDateTime launchedAt; // invalid until launched
    QDateTime completedAt;

    // The utm_campaign value links get, empty when tagging is off.
    QString utmValue() const
    {
        return utmTags ? utmCampaign : QString();
    }
};

// Everything a launch (and its pre-flight) depends on besides the campaign itself.
struct LaunchOptions
{
    QString shopName;
    QDateTime now; // invalid: the current time
    SendingRules rules;
    PriceTable prices;

    // The user's shop name, rules and prices (Settings), as the app and the command line launch.
    static LaunchOptions fromSettings(const Settings& settings);
};

// What launch() put in the outbox.
struct LaunchSummary
{
    int rows = 0; // rows created: pending + skipped
    int pending = 0; // to be sent
    int held = 0; // of the pending ones, not before a later time (schedule, quiet hours, Sunday)
    int skipped = 0; // per-message exclusions (frequency cap, invalid number, landline, empty)
    QDateTime firstSendAt; // UTC, invalid when nothing is pending
    QDateTime lastSendAt;
};

// campaigns and the materialisation of their outbox rows, on one connection.
//
// A campaign is created as a draft (name, body, audience, account, sender, kind, schedule).
// A draft to be sent later is confirmed with schedule(); Herald launches it when its time
// comes while running. A scheduled campaign whose time passed while Herald was closed is never
// sent by itself: missedSchedules() lists them so that the user is asked.
//
// launch() runs the same computation as the pre-flight report (CampaignPlanner): recipients
// excluded by consent or suppression get no row; those excluded per message (frequency cap,
// invalid number, landline, nothing to say) get a "skipped" row whose skip_reason is the
// exclusion key; the others a "pending" row whose not_before holds them to their send time.
class CampaignRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database& database);

    // Validates (name, body that parses, an audience, segments and account that exist, a
    // schedule that is complete) and saves a draft; returns its id.
    Result<qint64> create(const CampaignDraft& draft);
    Result<Campaign> find(qint64 id) const;
    Result<QList<Campaign>> list() const;

    // draft → scheduled, for a campaign with a schedule whose time has not passed at now.
    Result<void> schedule(qint64 id, const QDateTime& now = QDateTime());
    // Scheduled campaigns whose time came before now: Herald was closed, or the user has not
    // decided. Oldest first.
    Result<QList<Campaign>> missedSchedules(const QDateTime& now = QDateTime()) const;

    // Materialises the outbox of a draft or scheduled campaign and marks it "sending", in one
    // transaction. Marketing campaigns reach only contacts with marketing_consent 'opted_in'
    // and end with the opt-out footer in each contact's language (OptOutFooterStore). A contact
    // in several segments gets one row: one per phone (UNIQUE (campaign_id, phone)).
    Result<LaunchSummary> launch(qint64 id, const LaunchOptions& options);
    // Without time and frequency rules (SendingRules::unrestricted()); returns the rows created.
    // For one-off sends and the sending engine's tests; the app and the CLI use the above.
    Result<int> launch(qint64 id, const QString& shopName, const QDateTime& now = QDateTime());

    // Replaces a draft with draft (same checks as create()); the id stays.
    Result<void> updateDraft(qint64 id, const CampaignDraft& draft);
    // Deletes a draft (never a campaign that was scheduled or launched: its outbox is history).
    Result<void> removeDraft(qint64 id);
    // Rows of campaign id that failed (the provider refused them or gave up before sending) back
    // to pending with a fresh start, and the campaign back to "sending"; returns how many. Only
    // for a campaign that is completed or paused. Rows keep their send-not-before time.
    Result<int> retryFailed(qint64 id);
    // A draft with the settings of campaign id, named newName; returns its id.
    Result<qint64> duplicate(qint64 id, const QString& newName);
    // The draft that would recreate campaign (for editing and duplicating).
    static CampaignDraft draftOf(const Campaign& campaign);

    Result<void> setState(qint64 id, const QString& state, const QString& reason = QString());
    Result<OutboxCounts> counts(qint64 id) const;

    // Pending rows of campaign held until later, and the earliest of their times (UTC, invalid
    // when none is held): what a sender waits for instead of asking the outbox again and again.
    Result<qint64> heldCount(qint64 id, const QDateTime& now = QDateTime()) const;
    Result<QDateTime> nextHeldSendTime(qint64 id, const QDateTime& now = QDateTime()) const;

private:
    Database& m_database;
};

} // namespace Herald
