// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentFields.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

using Op = SegmentOperator;
using Type = SegmentFieldType;

template <typename Enum>
struct IdEntry
{
    Enum value;
    const char16_t* id;
};

// The JSON ids. They are stored in workspaces: never rename one, only add.
constexpr IdEntry<SegmentField> s_fieldIds[] = {
    {SegmentField::Tags, u"tags"},
    {SegmentField::Consent, u"consent"},
    {SegmentField::OptedIn, u"opted_in"},
    {SegmentField::Country, u"country"},
    {SegmentField::Language, u"language"},
    {SegmentField::City, u"city"},
    {SegmentField::Created, u"created"},
    {SegmentField::Birthday, u"birthday"},
    {SegmentField::TotalSpent, u"total_spent"},
    {SegmentField::Orders, u"orders"},
    {SegmentField::LastOrder, u"last_order"},
    {SegmentField::LastMessage, u"last_message"},
    {SegmentField::LastReply, u"last_reply"},
    {SegmentField::Custom, u"custom"},
};

constexpr IdEntry<SegmentOperator> s_operatorIds[] = {
    {Op::Is, u"is"},
    {Op::IsNot, u"is_not"},
    {Op::IsAnyOf, u"is_any_of"},
    {Op::IsNoneOf, u"is_none_of"},
    {Op::Contains, u"contains"},
    {Op::NotContains, u"not_contains"},
    {Op::StartsWith, u"starts_with"},
    {Op::IsEmpty, u"is_empty"},
    {Op::IsNotEmpty, u"is_not_empty"},
    {Op::HasAny, u"has_any"},
    {Op::HasAll, u"has_all"},
    {Op::HasNone, u"has_none"},
    {Op::Equal, u"eq"},
    {Op::NotEqual, u"ne"},
    {Op::Greater, u"gt"},
    {Op::GreaterOrEqual, u"gte"},
    {Op::Less, u"lt"},
    {Op::LessOrEqual, u"lte"},
    {Op::Between, u"between"},
    {Op::WithinDays, u"within_days"},
    {Op::NotWithinDays, u"not_within_days"},
    {Op::MoreThanDaysAgo, u"more_than_days_ago"},
    {Op::Before, u"before"},
    {Op::After, u"after"},
    {Op::On, u"on"},
    {Op::DateBetween, u"date_between"},
    {Op::Today, u"today"},
    {Op::ThisMonth, u"this_month"},
    {Op::NextDays, u"next_days"},
    {Op::InMonth, u"in_month"},
};

template <typename Enum, std::size_t N>
QString idOf(const IdEntry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return QString::fromUtf16(entry.id);
        }
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromId(const IdEntry<Enum> (&table)[N], const QString& id)
{
    for (const auto& entry : table) {
        if (id == QStringView(entry.id)) {
            return entry.value;
        }
    }
    return std::nullopt;
}

const QList<Op> s_textOps = {Op::Is, Op::IsNot, Op::IsAnyOf, Op::IsNoneOf, Op::Contains, Op::NotContains,
    Op::StartsWith, Op::IsEmpty, Op::IsNotEmpty};
const QList<Op> s_numberOps
    = {Op::Equal, Op::NotEqual, Op::Greater, Op::GreaterOrEqual, Op::Less, Op::LessOrEqual, Op::Between};
const QList<Op> s_dateOps
    = {Op::WithinDays, Op::NotWithinDays, Op::MoreThanDaysAgo, Op::Before, Op::After, Op::On, Op::DateBetween};

// Which operators a field offers. Nullable dates (a contact may never have ordered) add
// "never" / "at least once"; custom fields hold text that may be a number or a date.
QList<Op> operatorsOf(SegmentField field)
{
    switch (field) {
    case SegmentField::Tags:
        return {Op::HasAny, Op::HasAll, Op::HasNone};
    case SegmentField::Consent:
        return {Op::Is, Op::IsNot};
    case SegmentField::Country:
    case SegmentField::Language:
    case SegmentField::City:
        return s_textOps;
    case SegmentField::Created:
        return s_dateOps;
    case SegmentField::OptedIn:
    case SegmentField::LastOrder:
    case SegmentField::LastMessage:
    case SegmentField::LastReply:
        return s_dateOps + QList<Op> {Op::IsEmpty, Op::IsNotEmpty};
    case SegmentField::Birthday:
        return {Op::Today, Op::ThisMonth, Op::NextDays, Op::InMonth, Op::IsEmpty, Op::IsNotEmpty};
    case SegmentField::TotalSpent:
    case SegmentField::Orders:
        return s_numberOps;
    case SegmentField::Custom:
        return s_textOps
            + QList<Op> {Op::Equal, Op::Greater, Op::GreaterOrEqual, Op::Less, Op::LessOrEqual, Op::Between, Op::Before,
                Op::After, Op::On, Op::DateBetween};
    }
    return {};
}

} // namespace

const SegmentOperatorInfo* SegmentFieldInfo::findOperator(SegmentOperator op) const
{
    for (const SegmentOperatorInfo& info : operators) {
        if (info.op == op) {
            return &info;
        }
    }
    return nullptr;
}

QList<SegmentChoice> SegmentFields::consentChoices()
{
    return {
        {u"opted_in"_s, tr("Opted in")},
        {u"opted_out"_s, tr("Opted out")},
        {u"unknown"_s, tr("No consent recorded")},
    };
}

QString SegmentFields::id(SegmentField field)
{
    return idOf(s_fieldIds, field);
}

std::optional<SegmentField> SegmentFields::fieldFromId(const QString& id)
{
    return fromId(s_fieldIds, id);
}

QString SegmentFields::id(SegmentOperator op)
{
    return idOf(s_operatorIds, op);
}

std::optional<SegmentOperator> SegmentFields::operatorFromId(const QString& id)
{
    return fromId(s_operatorIds, id);
}

QString SegmentFields::id(SegmentMatch match)
{
    return match == SegmentMatch::Any ? u"any"_s : u"all"_s;
}

std::optional<SegmentMatch> SegmentFields::matchFromId(const QString& id)
{
    if (id == u"all"_s) {
        return SegmentMatch::All;
    }
    if (id == u"any"_s) {
        return SegmentMatch::Any;
    }
    return std::nullopt;
}

SegmentFieldType SegmentFields::type(SegmentField field)
{
    switch (field) {
    case SegmentField::Tags:
        return Type::Tags;
    case SegmentField::Consent:
        return Type::Enum;
    case SegmentField::Country:
    case SegmentField::Language:
    case SegmentField::City:
        return Type::Text;
    case SegmentField::OptedIn:
    case SegmentField::Created:
    case SegmentField::LastOrder:
    case SegmentField::LastMessage:
    case SegmentField::LastReply:
        return Type::Date;
    case SegmentField::Birthday:
        return Type::Birthday;
    case SegmentField::TotalSpent:
        return Type::Money;
    case SegmentField::Orders:
        return Type::Number;
    case SegmentField::Custom:
        return Type::Custom;
    }
    return Type::Text;
}

bool SegmentFields::allows(SegmentField field, SegmentOperator op)
{
    return operatorsOf(field).contains(op);
}

SegmentValueType SegmentFields::valueType(SegmentField field, SegmentOperator op)
{
    using V = SegmentValueType;
    const bool money = type(field) == Type::Money;
    switch (op) {
    case Op::Is:
    case Op::IsNot:
        return type(field) == Type::Enum ? V::Choice : V::Text;
    case Op::IsAnyOf:
    case Op::IsNoneOf:
        return V::TextList;
    case Op::Contains:
    case Op::NotContains:
    case Op::StartsWith:
        return V::Text;
    case Op::IsEmpty:
    case Op::IsNotEmpty:
    case Op::Today:
    case Op::ThisMonth:
        return V::None;
    case Op::HasAny:
    case Op::HasAll:
    case Op::HasNone:
        return V::TagList;
    case Op::Equal:
    case Op::NotEqual:
    case Op::Greater:
    case Op::GreaterOrEqual:
    case Op::Less:
    case Op::LessOrEqual:
        return money ? V::Money : V::Number;
    case Op::Between:
        return money ? V::MoneyRange : V::NumberRange;
    case Op::WithinDays:
    case Op::NotWithinDays:
    case Op::MoreThanDaysAgo:
    case Op::NextDays:
        return V::Days;
    case Op::Before:
    case Op::After:
    case Op::On:
        return V::Date;
    case Op::DateBetween:
        return V::DateRange;
    case Op::InMonth:
        return V::Month;
    }
    return V::None;
}

QString SegmentFields::operatorDisplayName(SegmentField field, SegmentOperator op)
{
    const Type fieldType = type(field);
    const bool custom = fieldType == Type::Custom;
    const bool date = fieldType == Type::Date;
    switch (op) {
    case Op::Is:
        return tr("is");
    case Op::IsNot:
        return tr("is not");
    case Op::IsAnyOf:
        return tr("is any of");
    case Op::IsNoneOf:
        return tr("is none of");
    case Op::Contains:
        return tr("contains");
    case Op::NotContains:
        return tr("does not contain");
    case Op::StartsWith:
        return tr("starts with");
    case Op::IsEmpty:
        if (date) {
            return tr("never");
        }
        return fieldType == Type::Birthday ? tr("is unknown") : tr("is empty");
    case Op::IsNotEmpty:
        if (date) {
            return tr("at least once");
        }
        return fieldType == Type::Birthday ? tr("is known") : tr("is not empty");
    case Op::HasAny:
        return tr("has any of");
    case Op::HasAll:
        return tr("has all of");
    case Op::HasNone:
        return tr("has none of");
    case Op::Equal:
        return custom ? tr("is the number") : tr("is equal to");
    case Op::NotEqual:
        return tr("is not equal to");
    case Op::Greater:
        return custom ? tr("is a number more than") : tr("is more than");
    case Op::GreaterOrEqual:
        return custom ? tr("is a number at least") : tr("is at least");
    case Op::Less:
        return custom ? tr("is a number less than") : tr("is less than");
    case Op::LessOrEqual:
        return custom ? tr("is a number at most") : tr("is at most");
    case Op::Between:
        return custom ? tr("is a number between") : tr("is between");
    case Op::WithinDays:
        return tr("in the last N days");
    case Op::NotWithinDays:
        return field == SegmentField::Created ? tr("not in the last N days") : tr("not in the last N days, or never");
    case Op::MoreThanDaysAgo:
        return tr("more than N days ago");
    case Op::Before:
        return custom ? tr("is a date before") : tr("before");
    case Op::After:
        return custom ? tr("is a date after") : tr("after");
    case Op::On:
        return custom ? tr("is the date") : tr("on");
    case Op::DateBetween:
        return custom ? tr("is a date between") : tr("between");
    case Op::Today:
        return tr("is today");
    case Op::ThisMonth:
        return tr("is this month");
    case Op::NextDays:
        return tr("is in the next N days");
    case Op::InMonth:
        return tr("is in the month");
    }
    return {};
}

SegmentFieldInfo SegmentFields::info(SegmentField field)
{
    SegmentFieldInfo info;
    info.field = field;
    info.id = id(field);
    info.type = type(field);
    info.needsName = field == SegmentField::Custom;
    for (const Op op : operatorsOf(field)) {
        info.operators.append({op, id(op), operatorDisplayName(field, op), valueType(field, op)});
    }
    switch (field) {
    case SegmentField::Tags:
        info.displayName = tr("Tags");
        info.description = tr("The contact's tags. Tag names are compared ignoring case.");
        break;
    case SegmentField::Consent:
        info.displayName = tr("Marketing consent");
        info.description = tr("Whether the contact agreed to marketing messages, as of the latest consent record.");
        info.choices = consentChoices();
        break;
    case SegmentField::OptedIn:
        info.displayName = tr("Opted in");
        info.description = tr("When the contact opted in to marketing messages. Contacts who are not opted in now "
                              "count as “never”.");
        break;
    case SegmentField::Country:
        info.displayName = tr("Country");
        info.description = tr("Two-letter country code such as PL or US, compared ignoring case.");
        break;
    case SegmentField::Language:
        info.displayName = tr("Language");
        info.description = tr("Language code such as pl or zh_TW, compared ignoring case.");
        break;
    case SegmentField::City:
        info.displayName = tr("City");
        info.description = tr("City, compared ignoring case.");
        break;
    case SegmentField::Created:
        info.displayName = tr("Added");
        info.description = tr("When the contact was added to Herald, by hand or by an import.");
        break;
    case SegmentField::Birthday:
        info.displayName = tr("Birthday");
        info.description = tr("The contact's birthday in the current year, counted in days from today. People born "
                              "on 29 February celebrate on 28 February in other years.");
        break;
    case SegmentField::TotalSpent:
        info.displayName = tr("Total spent");
        info.description = tr("Everything the contact has spent in the shop, in the shop's currency.");
        break;
    case SegmentField::Orders:
        info.displayName = tr("Number of orders");
        info.description = tr("How many orders the contact has placed.");
        break;
    case SegmentField::LastOrder:
        info.displayName = tr("Last order");
        info.description = tr("When the contact last ordered. Contacts who never ordered count as “never”.");
        break;
    case SegmentField::LastMessage:
        info.displayName = tr("Last message from us");
        info.description = tr("When we last sent the contact a message. Use “not in the last N days, or never” "
                              "to respect a frequency cap.");
        break;
    case SegmentField::LastReply:
        info.displayName = tr("Last reply");
        info.description = tr("When the contact last sent us a message.");
        break;
    case SegmentField::Custom:
        info.displayName = tr("Custom field");
        info.description = tr("A custom field from an import or typed by hand. A contact without the field counts as "
                              "empty. Numbers may use a decimal point or comma; dates are written YYYY-MM-DD.");
        break;
    }
    return info;
}

QList<SegmentFieldInfo> SegmentFields::all()
{
    QList<SegmentFieldInfo> fields;
    for (const auto& entry : s_fieldIds) {
        fields.append(info(entry.value));
    }
    return fields;
}

} // namespace Herald
