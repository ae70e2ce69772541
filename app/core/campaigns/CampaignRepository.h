// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "sending/Outbox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Herald
{

class Database;

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

// What the user chose when creating a campaign.
struct CampaignDraft
{
    QString name;
    QString body; // a MessageTemplate source
    qint64 templateId = 0; // 0: none; otherwise the body came from this template
    bool allContacts = false;
    QList<qint64> segmentIds; // recipients are the union of these segments
    qint64 accountId = 0; // 0: the workspace's default account
    bool marketing = true; // marketing: opted-in contacts only, with the opt-out footer
};

struct Campaign
{
    qint64 id = 0;
    QString name;
    bool marketing = true;
    QString state;
    QString body;
    qint64 accountId = 0;
    bool allContacts = false;
    QList<qint64> segmentIds;
    QString pauseReason;
    QDateTime createdAt;
    QDateTime launchedAt; // invalid until launched
    QDateTime completedAt;
};

// campaigns and the materialisation of their outbox rows, on one connection.
//
// A campaign is created as a draft (name, body, audience, account). launch() materialises one
// `messages` row per recipient phone — rendered body, encoding and parts counted by SmsCounter —
// and moves it to "sending"; the SendWorker does the rest. Pre-flight checks (quiet hours,
// frequency caps, cost) are a later layer on top of create() and launch().
class CampaignRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignRepository)

public:
    explicit CampaignRepository(Database& database);

    // Validates (name, body that parses, an audience, segments and account that exist) and
    // saves a draft; returns its id.
    Result<qint64> create(const CampaignDraft& draft);
    Result<Campaign> find(qint64 id) const;
    Result<QList<Campaign>> list() const;

    // Materialises the outbox of a draft and marks it "sending", in one transaction; returns the
    // number of rows created. Marketing campaigns reach only contacts with marketing_consent
    // 'opted_in' and end with the opt-out footer in each contact's language (OptOutFooterStore).
    // A contact in several segments gets one row: one per phone (UNIQUE (campaign_id, phone)).
    Result<int> launch(qint64 id, const QString& shopName, const QDateTime& now = QDateTime());

    Result<void> setState(qint64 id, const QString& state, const QString& reason = QString());
    Result<OutboxCounts> counts(qint64 id) const;

private:
    Database& m_database;
};

} // namespace Herald
