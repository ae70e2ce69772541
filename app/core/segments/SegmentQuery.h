// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SegmentRule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariantList>

namespace Herald
{

// A compiled segment: a WHERE condition over `contacts c` and the values for its `?`
// placeholders, in order. User values only ever travel in bindings, never in the SQL text.
struct SegmentSql
{
    QString where;
    QVariantList bindings;
};

// Compiles a rule tree to one parameterised SQL condition, and checks rules.
//
// Meanings the shop owner relies on (DESIGN §1.2):
// - Text (country, language, city, custom fields) compares ignoring case: SQLite's NOCASE and
//   LIKE for values whose letters are all ASCII (these can use an index), and a GLOB pattern
//   with a [Xx] class per letter for values with other letters (Łódź, ZÜRICH), because SQLite
//   folds only ASCII case. Values are compared in Unicode NFC. "Empty" means blank after
//   trimming spaces; a missing custom field is empty.
// - Negative operators are the exact complement of their positive twin: "is not PL" includes
//   contacts without a country, "has none of vip" includes untagged contacts, and "last message
//   not in the last 30 days, or never" includes contacts we never messaged (what a frequency cap
//   needs).
// - "in the last N days" means within N×24 hours before now; a contact without the date (never
//   ordered) is not in it. "more than N days ago" needs a date older than that, so "Lapsed
//   customers" = last order more than 90 days ago = people who ordered before but not lately.
// - Calendar dates ("before 2026-01-01") start at midnight in now's time zone.
// - Birthdays: "today", "in the next N days" (today and the N-1 days after it, across New Year)
//   need day and month; "this month" and "in month" need the month only. In years without
//   29 February, people born on it celebrate on 28 February.
// - Money is compared in micro-units of whatever currency the contact's totals are in.
// - Custom numbers: optional sign, digits, one decimal point or comma ("42,5"); anything else
//   is not a number and matches no number comparison. Custom dates start with YYYY-MM-DD.
// - An empty group places no restriction.
//
// Index policy (DESIGN §7, 1,000,000 contacts ≤ 150 ms): only birthday windows of up to a month
// may drive the query through an index (contacts_birthday); every other column is written with
// a unary + so that SQLite reads it from the row. Without per-value statistics SQLite cannot tell
// a 2% condition from a 95% one ("country is PL" in a Polish shop, "opted in", "ordered in the
// last 365 days"), and a wrong guess costs hundreds of thousands of random row lookups — seconds
// — where a plain scan of the table costs a bounded ~100 ms. Tag and custom field conditions
// are answered from a set built once per query (the IN subquery), not by driving from it.
class SegmentQuery final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentQuery)

public:
    static constexpr int MaxDepth = 8;
    static constexpr int MaxConditions = 200;

    // now fixes "today" and "the last N days"; pass QDateTime::currentDateTime() (local time,
    // so birthdays follow the user's calendar) or a fixed time in tests.
    static Result<SegmentSql> compile(const SegmentRule& root, const QDateTime& now);

    // The same checks as compile(): every error names the rule by its path ("rule 2.1").
    static Result<void> validate(const SegmentRule& root);
};

} // namespace Herald
