// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SegmentRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace Herald
{

// The stored form of segment rules (in segments.rules, and `herald-cli segment count --rules`):
//
//   {"version":1,"match":"all","rules":[
//       {"field":"tags","op":"has_any","value":["vip"]},
//       {"field":"custom","name":"shoe_size","op":"gt","value":40},
//       {"match":"any","rules":[…]}]}
//
// A rule with "rules" is a group; any other rule is a condition with "field", "op" and, when
// the operator needs one, "value"; custom fields add "name". Unknown keys are refused so that
// a typo cannot silently widen an audience. Rules are numbered from 1, nested ones with dots
// ("rule 2.1"), in every error message.
class SegmentJson final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentJson)

public:
    static constexpr int Version = 1;

    // Parses and validates (SegmentQuery::validate): a rule tree that parses can be compiled.
    static Result<SegmentRule> parse(const QByteArray& json);
    static Result<SegmentRule> fromJson(const QJsonObject& object);

    // The versioned JSON of root (a lone condition is written as a group of one).
    static QJsonObject toJson(const SegmentRule& root);
    static QByteArray serialize(const SegmentRule& root); // compact
};

} // namespace Herald
