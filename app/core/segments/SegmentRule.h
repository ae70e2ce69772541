// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Herald
{

// What a condition looks at. The stable string ids (used in the JSON) live in SegmentFields.
enum class SegmentField
{
    Tags,
    Consent,
    OptedIn, // when the contact's current marketing opt-in happened
    Country,
    Language,
    City,
    Created, // added to the workspace (created or imported)
    Birthday,
    TotalSpent,
    Orders,
    LastOrder,
    LastMessage, // the last message we sent to the contact
    LastReply, // the last message the contact sent to us
    Custom, // a custom field, named by SegmentRule::customField
};

// How a condition compares. Every negative operator is the exact complement of its positive
// twin (IsNot = not Is, NotWithinDays = not WithinDays, HasNone = not HasAny), so a contact
// with an empty or missing value is always in exactly one of the two.
enum class SegmentOperator
{
    // Text
    Is,
    IsNot,
    IsAnyOf,
    IsNoneOf,
    Contains,
    NotContains,
    StartsWith,
    IsEmpty, // for dates: never; for birthdays: unknown
    IsNotEmpty,
    // Tags
    HasAny,
    HasAll,
    HasNone,
    // Numbers and money
    Equal,
    NotEqual,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Between, // inclusive
             // Dates
    WithinDays, // in the last N days; never → no
    NotWithinDays, // not in the last N days, including never
    MoreThanDaysAgo, // has a date, and it is more than N days ago; never → no
    Before,
    After,
    On,
    DateBetween, // inclusive calendar dates
                 // Birthdays
    Today,
    ThisMonth,
    NextDays, // today and the following N-1 days
    InMonth,
};

enum class SegmentMatch
{
    All, // AND
    Any, // OR
};

// One node of a segment's rule tree: either a group of rules joined by AND/OR, or one
// condition on a contact field. The root of a segment is always a group.
//
// value holds the condition's operand as JSON (a string, a number, an array of strings,
// an array of two numbers or dates, or null when the operator takes none), exactly as it is
// stored, so rules round-trip through the database unchanged. SegmentQuery::validate() checks
// that it suits the operator.
struct SegmentRule
{
    enum class Kind
    {
        Condition,
        Group,
    };

    Kind kind = Kind::Group;

    // Group
    SegmentMatch match = SegmentMatch::All;
    QList<SegmentRule> rules;

    // Condition
    SegmentField field = SegmentField::Tags;
    SegmentOperator op = SegmentOperator::HasAny;
    QString customField; // the custom field's name when field is Custom
    QJsonValue value;

    bool isGroup() const
    {
        return kind == Kind::Group;
    }

    static SegmentRule condition(SegmentField field, SegmentOperator op, const QJsonValue& value = QJsonValue());
    static SegmentRule customCondition(const QString& name, SegmentOperator op, const QJsonValue& value = QJsonValue());
    static SegmentRule group(SegmentMatch match, const QList<SegmentRule>& rules = {});
};

bool operator==(const SegmentRule& a, const SegmentRule& b);
inline bool operator!=(const SegmentRule& a, const SegmentRule& b)
{
    return !(a == b);
}

} // namespace Herald
