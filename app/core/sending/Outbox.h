// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Herald
{

class Database;
struct ProviderMessage;

// Recipients of one campaign per outbox state (DESIGN §4).
struct OutboxCounts
{
    qint64 total = 0;
    qint64 pending = 0;
    qint64 claimed = 0;
    qint64 submitted = 0;
    qint64 accepted = 0;
    qint64 sent = 0;
    qint64 delivered = 0;
    qint64 undelivered = 0;
    qint64 failed = 0;
    qint64 unknown = 0;
    qint64 skipped = 0;
    qint64 cancelled = 0;

    // Nothing left to hand to the provider: no row is pending, claimed or submitted.
    bool sendingComplete() const
    {
        return pending == 0 && claimed == 0 && submitted == 0;
    }
    static QStringList stateNames(); // in the order of the members above, without "total"
    qint64 count(const QString& state) const;
    void set(const QString& state, qint64 n);
    // {"total":…, "pending":…, …} (the campaign status contract adds "id" and "state").
    QJsonObject toJson() const;
    friend bool operator==(const OutboxCounts&, const OutboxCounts&) = default;
};

// One outbox row as the send worker handles it.
struct OutboxRow
{
    qint64 id = 0;
    qint64 campaignId = 0;
    QString phone;
    QString body;
    int segments = 1;
    QString state;
    QString attemptKey;
    QString providerId;
    int attempts = 0; // requests sent for this row so far
    qint64 submittedAt = 0; // unix seconds of the last request
};

// A change of one row's state, applied in batches by Outbox::apply().
struct OutboxUpdate
{
    enum class Kind
    {
        Accepted, // the provider has it (providerId)
        Failed, // definitely not sent and never will be
        Skipped, // not sent on purpose (reason in errorMessage, e.g. opted out at the provider)
        Unknown, // outcome could not be settled
        Pending, // definitely not sent: back in line
    };
    qint64 id = 0;
    Kind kind = Kind::Unknown;
    QString providerId;
    QString providerStatus;
    QString errorCode;
    QString errorMessage;
};

// The outbox: per-recipient send state in `messages`, on the connection of the send worker
// (Durability::Full, so that a committed state survives a power cut).
//
// Invariants that make sending exactly-once across crashes:
// - claim() moves pending rows to "claimed" with a fresh attempt key in one BEGIN IMMEDIATE
//   transaction; markSubmitted() moves them to "submitted" in another, committed BEFORE any
//   request for them leaves. A "claimed" row was therefore never sent and may go straight back to
//   pending; a "submitted" or "unknown" row may have been, and only a lookup at the provider
//   settles it (Found → accepted, Absent → pending, unsure → unknown). Nothing is resent blindly.
// - A row's outcome is written only from an answer (or a lookup), never assumed.
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    explicit Outbox(Database& database);

    static QString newAttemptKey();

    // Claims up to limit pending rows of campaign (lowest id first). Marketing rows whose
    // recipient no longer consents (contact opted out, number on the suppression list) are
    // cancelled in the same transaction instead of being claimed: a STOP that arrived after the
    // launch stops every later marketing message to that number.
    Result<QList<OutboxRow>> claim(qint64 campaignId, int limit);
    // claimed/submitted/unknown → submitted, attempts + 1, submitted_at = now. A row that left
    // those states meanwhile (cancelled because its recipient replied STOP, settled) is not
    // marked: its id is returned, and it must not be sent. results, if any, are applied in the same
    // transaction (as apply() would), saving a commit on the sending path.
    Result<QList<qint64>> markSubmitted(const QList<qint64>& ids, const QList<OutboxUpdate>& results = {});
    // Rows the caller knows never reached the provider (armed: marked submitted, request not sent
    // yet; or waiting for a retry after an unprocessed refusal) of recipients who just opted out:
    // marketing ones → cancelled. Returns the ids withdrawn; the caller must not send them.
    Result<QList<qint64>> withdrawUnsent(const QList<qint64>& ids);
    Result<void> apply(const QList<OutboxUpdate>& updates);
    // Rows of a crashed or paused run: "claimed" → pending (never sent).
    Result<int> releaseClaimed(qint64 campaignId);
    // Rows whose fate only the provider knows: submitted and unknown.
    Result<QList<OutboxRow>> inDoubt(qint64 campaignId);
    // pending → cancelled; returns how many.
    Result<int> cancelPending(qint64 campaignId);
    Result<OutboxCounts> counts(qint64 campaignId) const;

    // Rows handed over but not final yet (accepted, sent) by provider id, for status polling.
    Result<QHash<QString, qint64>> awaitingStatus(qint64 campaignId) const;
    // Applies the provider's view of messages (by provider id → row id); returns rows changed.
    Result<int> applyStatuses(const QHash<QString, qint64>& rowsByProviderId, const QList<ProviderMessage>& messages);

    // Status polling across campaigns (Poller). A row belongs to the account it names, else to
    // its campaign's account, else to the default account (defaultAccountId).
    struct AwaitingStatus
    {
        QHash<QString, qint64> rowsByProviderId;
        qint64 oldestAcceptedAt = 0; // unix seconds; 0 when nothing awaits
    };
    // accepted/sent rows of account with a provider id, accepted at or after notBefore.
    Result<AwaitingStatus> awaitingStatusOf(qint64 accountId, qint64 defaultAccountId, qint64 notBefore) const;
    // accepted/sent rows of account accepted before notBefore will get no more reports: they
    // become "unknown" with error code "status-expired" (the provider's status is kept).
    Result<int> expireStatuses(qint64 accountId, qint64 defaultAccountId, qint64 notBefore);

    // One-off rows (no campaign: automatic answers to keyword replies) of an account, sent by
    // the Poller through the same states as campaign rows.
    Result<QList<OutboxRow>> claimOneOff(qint64 accountId, int limit);
    Result<int> releaseClaimedOneOff(qint64 accountId);
    // submitted/unknown one-off rows last submitted at or after notBefore, for lookup.
    Result<QList<OutboxRow>> oneOffInDoubt(qint64 accountId, qint64 notBefore) const;

private:
    // apply() inside the caller's transaction.
    Result<void> applyRows(const QList<OutboxUpdate>& updates);
    // Of rows (id, phone, kind), the marketing ones whose number is on the suppression list.
    Result<QList<qint64>> suppressedMarketing(const QList<std::pair<qint64, QString>>& rows);

    Database& m_database;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::OutboxCounts)
