// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Herald
{

class Database;
struct ProviderAccount;
struct ProviderMessage;

// What a batch of replies did.
struct InboundSummary
{
    int stored = 0; // new rows in `inbound`
    int duplicates = 0; // already stored (a re-read page)
    int optOuts = 0; // STOP replies that opted a number out (a second STOP counts once)
    int resubscribes = 0; // START replies that re-subscribed an opted-out contact
    int helpReplies = 0; // answers to HELP queued
    int confirmations = 0; // opt-out confirmations queued
    int cancelled = 0; // outbox rows withdrawn because of an opt-out
    QStringList optedOutPhones; // every number a STOP was acted on for, once each

    InboundSummary& operator+=(const InboundSummary& other);
};

struct InboundOptions
{
    QString shopName; // "{shop}" in the reply texts
    // A keyword older than this (a backlog read after days offline) still changes consent, but
    // gets no automatic answer: a confirmation or help text days late only confuses.
    int replyMaxAgeSeconds = 3600;
    // At most one answer to HELP per number in this time, however often HELP arrives.
    int helpRepeatSeconds = 3600;
};

// Stores replies polled from a provider and acts on keyword replies (DESIGN §1.6).
//
// process() runs in ONE write transaction: every reply is inserted into `inbound` (unique by
// account and provider id, so a page read twice is stored once and acted on once) and acted on
// in the same commit. For read-once providers (Infobip's inbox) that is the persist-before-act
// rule: nothing is acknowledged to the provider that is not both stored and acted on.
//
// Each reply is linked to its contact by phone and to the campaign it answers (the campaign of
// the latest message handed to that contact through the same account before the reply). Then:
// - STOP (OptOutKeywords): an opt-out event in the consent ledger (method "keyword", source
//   "sms reply: <keyword>", the reply as wording), the number on the suppression list (which
//   survives erasure, so a re-import never opts it in again), and every pending or claimed
//   marketing row for the number cancelled in the same commit; transactional rows stay. One
//   confirmation is queued when the number was not already opted out, unless the account's
//   provider confirms opt-outs itself (account option provider_confirms_optout: default true for
//   Twilio, which answers STOP on long codes, false for every other provider and the Simulator).
// - START: re-subscribes a contact that opted out (ledger opt-in event with the reply as proof,
//   removal from the suppression list). A START from a number that never opted out, or from a
//   number without a contact (erased), changes nothing: a keyword alone never creates consent.
// - HELP: queues the workspace's help text (ReplyTexts), unless the provider answers HELP itself
//   (account option provider_answers_help: default true for Twilio).
// - anything else is stored for the inbox, unread, and changes nothing.
// A STOP or START older than a later STOP or START of the same number (pages read out of order)
// is stored and logged but does not change consent.
//
// Answers (confirmation, help) are one-off transactional rows of the outbox: `messages` with no
// campaign, the account set, state pending. The Poller sends them after each round through the
// same outbox states as campaigns, so they are exactly as crash-safe.
class InboundProcessor final
{
    Q_DECLARE_TR_FUNCTIONS(InboundProcessor)

public:
    explicit InboundProcessor(Database& database, InboundOptions options = InboundOptions());

    static bool providerConfirmsOptOut(const ProviderAccount& account);
    static bool providerAnswersHelp(const ProviderAccount& account);
    // "+48600…" stays, "48600…" and "0048600…" become "+48600…"; short codes and names stay.
    static QString normalizePhone(const QString& raw);

    // Stores and acts on messages received by account (outbound records are ignored). now is
    // the clock for reply ages (tests); invalid means the current time.
    Result<InboundSummary> process(
        const ProviderAccount& account, const QList<ProviderMessage>& messages, const QDateTime& now = QDateTime());

private:
    Database& m_database;
    InboundOptions m_options;
};

} // namespace Herald
