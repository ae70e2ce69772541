// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SegmentRule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Herald
{

// The kind of data a field holds; the rule builder picks its editor from it.
enum class SegmentFieldType
{
    Text,
    Enum, // one of SegmentFieldInfo::choices
    Tags,
    Number,
    Money, // in the shop's currency units, e.g. 49.99
    Date,
    Birthday,
    Custom, // a named custom field; text, number or date operators
};

// The operand an operator needs; the rule builder picks its value editor from it.
enum class SegmentValueType
{
    None, // e.g. "is empty", "birthday today"
    Text, // JSON string, not empty
    TextList, // JSON array of non-empty strings
    Choice, // JSON string, one of SegmentFieldInfo::choices ids
    TagList, // JSON array of tag names
    Number, // JSON number
    NumberRange, // JSON array [min, max], inclusive
    Money, // JSON number of currency units (not micros)
    MoneyRange, // JSON array [min, max] of currency units
    Days, // JSON integer, 1 … SegmentFields::MaxDays (NextDays: 1 … MaxBirthdayDays)
    Date, // JSON string "YYYY-MM-DD"
    DateRange, // JSON array ["YYYY-MM-DD", "YYYY-MM-DD"], inclusive
    Month, // JSON integer 1 … 12
};

struct SegmentChoice
{
    QString id; // stored in the JSON, e.g. "opted_in"
    QString displayName;
};

struct SegmentOperatorInfo
{
    SegmentOperator op = SegmentOperator::Is;
    QString id; // stored in the JSON, e.g. "within_days"
    QString displayName; // worded for the field, e.g. "in the last N days"
    SegmentValueType valueType = SegmentValueType::None;

    bool needsValue() const
    {
        return valueType != SegmentValueType::None;
    }
};

struct SegmentFieldInfo
{
    SegmentField field = SegmentField::Tags;
    QString id; // stored in the JSON, e.g. "last_order"
    QString displayName;
    QString description; // one sentence for a tooltip, including what an empty value means
    SegmentFieldType type = SegmentFieldType::Text;
    bool needsName = false; // custom fields: the rule names the field ("name" in the JSON)
    QList<SegmentOperatorInfo> operators; // in the order the rule builder should offer them
    QList<SegmentChoice> choices; // Enum fields only

    const SegmentOperatorInfo* findOperator(SegmentOperator op) const;
};

// The catalogue of what segment rules can say: every field, its type, its operators with the
// operand each needs, and display names. The rule builder is generated from it, and the
// parser and compiler check rules against it, so a field or operator exists only once.
//
// Display names are translated when asked for, so build the UI from all() after the
// translator is installed.
class SegmentFields final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentFields)

public:
    static constexpr int MaxDays = 36500; // "in the last N days": a century is plenty
    static constexpr int MaxBirthdayDays = 366; // "birthday in the next N days"
    static constexpr int MaxListValues = 500;

    // Every field, in the order the rule builder should offer them.
    static QList<SegmentFieldInfo> all();
    static SegmentFieldInfo info(SegmentField field);

    static QString id(SegmentField field);
    static std::optional<SegmentField> fieldFromId(const QString& id);
    static QString id(SegmentOperator op);
    static std::optional<SegmentOperator> operatorFromId(const QString& id);
    static QString id(SegmentMatch match);
    static std::optional<SegmentMatch> matchFromId(const QString& id);

    static SegmentFieldType type(SegmentField field);
    static bool allows(SegmentField field, SegmentOperator op);
    // The operand op needs on field (Is needs a Choice on an Enum field but Text elsewhere).
    static SegmentValueType valueType(SegmentField field, SegmentOperator op);
    static QString operatorDisplayName(SegmentField field, SegmentOperator op);

    // The marketing consent states of the Consent field, as stored in contacts.marketing_consent.
    static QList<SegmentChoice> consentChoices();
};

} // namespace Herald
