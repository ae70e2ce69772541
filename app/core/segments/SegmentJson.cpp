// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentJson.h"

#include "SegmentFields.h"
#include "SegmentQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString rulePath(const QString& parent, qsizetype index)
{
    return parent.isEmpty() ? QString::number(index + 1) : u"%1.%2"_s.arg(parent).arg(index + 1);
}

Result<SegmentRule> parseRule(const QJsonValue& json, const QString& path, int depth);

// The children of a group; path is empty for the root.
Result<QList<SegmentRule>> parseRules(const QJsonObject& object, const QString& path, int depth)
{
    const QJsonValue rules = object.value(u"rules"_s);
    if (!rules.isArray()) {
        return Error {path.isEmpty() ? SegmentJson::tr("The segment rules need a “rules” list.")
                                     : SegmentJson::tr("rule %1: “rules” must be a list.").arg(path)};
    }
    if (depth > SegmentQuery::MaxDepth) {
        return Error {SegmentJson::tr("rule %1: groups are nested too deeply (at most %2 levels).")
                          .arg(path)
                          .arg(SegmentQuery::MaxDepth)};
    }
    QList<SegmentRule> children;
    const QJsonArray array = rules.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto child = parseRule(array.at(i), rulePath(path, i), depth + 1);
        if (!child) {
            return child.error();
        }
        children.append(std::move(child).value());
    }
    return children;
}

Result<SegmentMatch> parseMatch(const QJsonObject& object, const QString& path)
{
    const QJsonValue match = object.value(u"match"_s);
    if (match.isUndefined()) {
        return SegmentMatch::All;
    }
    if (auto parsed = SegmentFields::matchFromId(match.toString()); parsed && match.isString()) {
        return *parsed;
    }
    return Error {path.isEmpty() ? SegmentJson::tr("The segment rules' “match” must be “all” or “any”.")
                                 : SegmentJson::tr("rule %1: “match” must be “all” or “any”.").arg(path)};
}

Result<SegmentRule> parseRule(const QJsonValue& json, const QString& path, int depth)
{
    if (!json.isObject()) {
        return Error {SegmentJson::tr("rule %1: a rule must be a JSON object.").arg(path)};
    }
    const QJsonObject object = json.toObject();
    const bool isGroup = object.contains(u"rules"_s);
    static const QSet<QString> groupKeys = {u"match"_s, u"rules"_s};
    static const QSet<QString> conditionKeys = {u"field"_s, u"op"_s, u"value"_s, u"name"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!(isGroup ? groupKeys : conditionKeys).contains(it.key())) {
            return Error {SegmentJson::tr("rule %1: unknown key “%2”.").arg(path, it.key())};
        }
    }
    if (isGroup) {
        auto match = parseMatch(object, path);
        if (!match) {
            return match.error();
        }
        auto children = parseRules(object, path, depth);
        if (!children) {
            return children.error();
        }
        return SegmentRule::group(match.value(), children.value());
    }

    const QJsonValue fieldJson = object.value(u"field"_s);
    if (!fieldJson.isString()) {
        return Error {SegmentJson::tr("rule %1: a rule needs a “field” (or, for a group, “rules”).").arg(path)};
    }
    const auto field = SegmentFields::fieldFromId(fieldJson.toString());
    if (!field) {
        return Error {SegmentJson::tr("rule %1: unknown field “%2”.").arg(path, fieldJson.toString())};
    }
    const QJsonValue opJson = object.value(u"op"_s);
    if (!opJson.isString()) {
        return Error {SegmentJson::tr("rule %1: the rule on “%2” needs an “op”.").arg(path, fieldJson.toString())};
    }
    const auto op = SegmentFields::operatorFromId(opJson.toString());
    if (!op || !SegmentFields::allows(*field, *op)) {
        return Error {SegmentJson::tr("rule %1: unknown operator “%2” for field “%3”.")
                          .arg(path, opJson.toString(), fieldJson.toString())};
    }
    const QJsonValue name = object.value(u"name"_s);
    if (*field == SegmentField::Custom) {
        if (!name.isString() || name.toString().trimmed().isEmpty()) {
            return Error {SegmentJson::tr("rule %1: a custom field rule needs the field's “name”.").arg(path)};
        }
    } else if (!name.isUndefined()) {
        return Error {SegmentJson::tr("rule %1: unknown key “%2”.").arg(path, u"name"_s)};
    }
    SegmentRule rule = SegmentRule::condition(*field, *op, object.value(u"value"_s));
    if (rule.value.isUndefined()) {
        rule.value = QJsonValue(); // null: "no value", the same in memory and on disk
    }
    rule.customField = name.toString();
    return rule;
}

} // namespace

Result<SegmentRule> SegmentJson::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error {tr("The segment rules are not valid JSON: %1 (at character %2).")
                          .arg(error.errorString())
                          .arg(error.offset)};
    }
    if (!document.isObject()) {
        return Error {tr("The segment rules must be a JSON object with “version”, “match” and “rules”.")};
    }
    return fromJson(document.object());
}

Result<SegmentRule> SegmentJson::fromJson(const QJsonObject& object)
{
    const QJsonValue version = object.value(u"version"_s);
    if (version.isUndefined()) {
        return Error {tr("The segment rules have no “version”; this version of Herald writes %1.").arg(Version)};
    }
    const double number = version.toDouble(-1);
    if (!version.isDouble() || number != std::floor(number) || number < 1) {
        return Error {
            tr("The segment rules have an invalid “version”; this version of Herald writes %1.").arg(Version)};
    }
    if (number > Version) {
        return Error {tr("These segment rules were saved in format %1 by a newer version of Herald, which this "
                         "version (format %2) cannot read. Update Herald to use them.")
                          .arg(qint64(number))
                          .arg(Version)};
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != u"version"_s && it.key() != u"match"_s && it.key() != u"rules"_s) {
            return Error {tr("The segment rules have an unknown key “%1”.").arg(it.key())};
        }
    }
    auto match = parseMatch(object, QString());
    if (!match) {
        return match.error();
    }
    auto rules = parseRules(object, QString(), 1);
    if (!rules) {
        return rules.error();
    }
    SegmentRule root = SegmentRule::group(match.value(), rules.value());
    if (auto valid = SegmentQuery::validate(root); !valid) {
        return valid.error();
    }
    return root;
}

namespace
{

QJsonObject ruleToJson(const SegmentRule& rule)
{
    if (rule.isGroup()) {
        QJsonArray children;
        for (const SegmentRule& child : rule.rules) {
            children.append(ruleToJson(child));
        }
        return {{u"match"_s, SegmentFields::id(rule.match)}, {u"rules"_s, children}};
    }
    QJsonObject object {{u"field"_s, SegmentFields::id(rule.field)}, {u"op"_s, SegmentFields::id(rule.op)}};
    if (rule.field == SegmentField::Custom) {
        object.insert(u"name"_s, rule.customField);
    }
    if (!rule.value.isNull() && !rule.value.isUndefined()) {
        object.insert(u"value"_s, rule.value);
    }
    return object;
}

} // namespace

QJsonObject SegmentJson::toJson(const SegmentRule& root)
{
    QJsonObject object = ruleToJson(root.isGroup() ? root : SegmentRule::group(SegmentMatch::All, {root}));
    object.insert(u"version"_s, Version);
    return object;
}

QByteArray SegmentJson::serialize(const SegmentRule& root)
{
    return QJsonDocument(toJson(root)).toJson(QJsonDocument::Compact);
}

} // namespace Herald
