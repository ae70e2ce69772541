// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CampaignRepository.h"
#include "Result.h"
#include "sms/SmsCount.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Herald
{

class Database;

// Why a recipient of a campaign gets no message: stable keys for JSON, tests and
// messages.skip_reason.
namespace Exclusion
{
inline const QString NoMarketingConsent = QStringLiteral("no_marketing_consent");
inline const QString OptedOut = QStringLiteral("opted_out"); // opted out, or on the suppression list
inline const QString FrequencyCap = QStringLiteral("frequency_cap");
inline const QString InvalidNumber = QStringLiteral("invalid_number");
inline const QString Landline = QStringLiteral("landline");
inline const QString EmptyMessage = QStringLiteral("empty_message");
inline const QString Duplicate = QStringLiteral("duplicate"); // in several segments: counted once

// Every key, in the order a report lists them.
QStringList all();
// Exclusions that still leave a "skipped" outbox row (decided per message). Consent and
// suppression exclusions leave none: the campaign never addressed those people.
bool leavesSkippedRow(const QString& key);
} // namespace Exclusion

// Why a message waits after launch.
namespace Hold
{
inline const QString Schedule = QStringLiteral("schedule"); // its scheduled or local time
inline const QString QuietHours = QStringLiteral("quiet_hours");
inline const QString Sunday = QStringLiteral("sunday");
} // namespace Hold

// One contact of a campaign's audience, decided.
struct RecipientPlan
{
    qint64 contactId = 0;
    QString phone;
    QString region; // of the number (ISO code), for the price and the sender rules
    QString exclusion; // an Exclusion key, or empty: the message goes out
    QString text; // exactly what would be sent
    SmsCount count;
    qint64 costMicros = 0;
    QDateTime notBefore; // UTC; the message leaves at or after this instant
    QString hold; // a Hold key when notBefore is after now, else empty
    bool schedulePassed = false; // its scheduled or local time had already passed at now
    QStringList fallbacksUsed; // custom-field keys whose fallback text is in this message
};

struct PlanTotals
{
    qint64 audience = 0; // distinct contacts selected (all contacts, or the union of segments)
    qint64 segmentMatches = 0; // contacts counted once per segment that selects them
};

// The one computation behind the pre-flight report and the launch, so that what the user
// confirmed is what goes into the outbox: the audience (union of segments, deduplicated by
// phone), each recipient's exclusion, exact text (placeholders, utm tags, opt-out footer,
// transliteration), parts, cost and send-not-before time.
class CampaignPlanner final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPlanner)

public:
    CampaignPlanner(Database& database, Campaign campaign, LaunchOptions options);
    ~CampaignPlanner();
    Q_DISABLE_COPY_MOVE(CampaignPlanner)

    // Walks the audience in contact id order and hands each decided recipient to each; stops at
    // the first error each returns.
    Result<PlanTotals> run(const std::function<Result<void>(const RecipientPlan&)>& each);

    const Campaign& campaign() const
    {
        return m_campaign;
    }
    const LaunchOptions& options() const
    {
        return m_options; // options.now is always valid here
    }
    // When the campaign is planned to start, before quiet hours: now, or its scheduled time.
    QDateTime plannedStart() const;

private:
    struct State;

    Database& m_database;
    Campaign m_campaign;
    LaunchOptions m_options;
    std::unique_ptr<State> m_state;
};

} // namespace Herald
