// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentRule.h"

namespace Herald
{

SegmentRule SegmentRule::condition(SegmentField field, SegmentOperator op, const QJsonValue& value)
{
    SegmentRule rule;
    rule.kind = Kind::Condition;
    rule.field = field;
    rule.op = op;
    rule.value = value;
    return rule;
}

SegmentRule SegmentRule::customCondition(const QString& name, SegmentOperator op, const QJsonValue& value)
{
    SegmentRule rule = condition(SegmentField::Custom, op, value);
    rule.customField = name;
    return rule;
}

SegmentRule SegmentRule::group(SegmentMatch match, const QList<SegmentRule>& rules)
{
    SegmentRule rule;
    rule.kind = Kind::Group;
    rule.match = match;
    rule.rules = rules;
    return rule;
}

bool operator==(const SegmentRule& a, const SegmentRule& b)
{
    if (a.kind != b.kind) {
        return false;
    }
    if (a.isGroup()) {
        return a.match == b.match && a.rules == b.rules;
    }
    return a.field == b.field && a.op == b.op && a.customField == b.customField && a.value == b.value;
}

} // namespace Herald
