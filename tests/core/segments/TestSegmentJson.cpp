// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The stored form of segment rules: round trip, versions, and error messages that name the rule.

#include "segments/SegmentFields.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestSegmentJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripEveryOperator();
    void canonicalForm();
    void errors_data();
    void errors();
    void builtFromCode();
    void catalogue();
};

void TestSegmentJson::roundTrip()
{
    const QByteArray json
        = R"({"version":1,"match":"any","rules":[{"field":"tags","op":"has_any","value":["vip","Ślub"]},)"
          R"({"match":"all","rules":[{"field":"country","op":"is","value":"PL"},)"
          R"({"field":"custom","name":"shoe_size","op":"between","value":[38,42.5]},)"
          R"({"field":"birthday","op":"today"}]}]})";
    auto parsed = SegmentJson::parse(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const SegmentRule& root = parsed.value();
    QVERIFY(root.isGroup());
    QCOMPARE(root.match, SegmentMatch::Any);
    QCOMPARE(root.rules.size(), 2);
    QCOMPARE(root.rules.at(0).field, SegmentField::Tags);
    QCOMPARE(root.rules.at(0).op, SegmentOperator::HasAny);
    QCOMPARE(root.rules.at(0).value, QJsonValue(QJsonArray {u"vip"_s, u"Ślub"_s}));
    const SegmentRule& inner = root.rules.at(1);
    QVERIFY(inner.isGroup());
    QCOMPARE(inner.rules.at(1).customField, u"shoe_size"_s);
    QCOMPARE(inner.rules.at(2).op, SegmentOperator::Today);
    QVERIFY(inner.rules.at(2).value.isNull());

    const QByteArray written = SegmentJson::serialize(root);
    auto again = SegmentJson::parse(written);
    QVERIFY(again.ok());
    QCOMPARE(again.value(), root);
    QCOMPARE(SegmentJson::serialize(again.value()), written);
    QCOMPARE(QJsonDocument::fromJson(written), QJsonDocument::fromJson(json));
}

// One condition per field × operator, built from the catalogue, survives the trip.
void TestSegmentJson::roundTripEveryOperator()
{
    SegmentRule root = SegmentRule::group(SegmentMatch::All);
    for (const SegmentFieldInfo& field : SegmentFields::all()) {
        for (const SegmentOperatorInfo& op : field.operators) {
            QJsonValue value;
            switch (op.valueType) {
            case SegmentValueType::None:
                break;
            case SegmentValueType::Text:
                value = u"Łódź 'x' %_"_s;
                break;
            case SegmentValueType::Choice:
                value = field.choices.constFirst().id;
                break;
            case SegmentValueType::TextList:
            case SegmentValueType::TagList:
                value = QJsonArray {u"a"_s, u"北京"_s};
                break;
            case SegmentValueType::Number:
            case SegmentValueType::Money:
                value = 12.5;
                break;
            case SegmentValueType::NumberRange:
            case SegmentValueType::MoneyRange:
                value = QJsonArray {1, 2};
                break;
            case SegmentValueType::Days:
                value = 30;
                break;
            case SegmentValueType::Date:
                value = u"2026-01-31"_s;
                break;
            case SegmentValueType::DateRange:
                value = QJsonArray {u"2026-01-01"_s, u"2026-01-31"_s};
                break;
            case SegmentValueType::Month:
                value = 12;
                break;
            }
            SegmentRule rule = SegmentRule::condition(field.field, op.op, value);
            if (field.needsName) {
                rule.customField = u"size"_s;
            }
            root.rules.append(rule);
        }
    }
    QCOMPARE(root.rules.size(), 114);
    auto parsed = SegmentJson::parse(SegmentJson::serialize(root));
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed.value(), root);
    auto sql = SegmentQuery::compile(root, QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC));
    QVERIFY2(sql.ok(), qPrintable(sql.errorMessage()));
    QCOMPARE(sql.value().where.count(u'?'), sql.value().bindings.size());
}

void TestSegmentJson::canonicalForm()
{
    const SegmentRule rule = SegmentRule::condition(SegmentField::LastOrder, SegmentOperator::MoreThanDaysAgo, 90);
    QCOMPARE(SegmentJson::serialize(rule),
        QByteArray(
            R"({"match":"all","rules":[{"field":"last_order","op":"more_than_days_ago","value":90}],"version":1})"));
    QCOMPARE(SegmentJson::serialize(SegmentRule::group(SegmentMatch::Any)),
        QByteArray(R"({"match":"any","rules":[],"version":1})"));
    // "match" defaults to "all".
    auto parsed = SegmentJson::parse(R"({"version":1,"rules":[]})");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value().match, SegmentMatch::All);
}

void TestSegmentJson::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    auto rules = [](const char* list) { return QByteArray(R"({"version":1,"match":"all","rules":)") + list + '}'; };
    QTest::newRow("not json") << QByteArray("{\"version\":1,")
                              << u"The segment rules are not valid JSON: "
                                 "unterminated object (at character 13)."_s;
    QTest::newRow("array") << QByteArray("[]")
                           << u"The segment rules must be a JSON object with “version”, “match” and “rules”."_s;
    QTest::newRow("no version") << QByteArray(R"({"rules":[]})")
                                << u"The segment rules have no “version”; this version of Herald writes 1."_s;
    QTest::newRow("bad version") << QByteArray(R"({"version":"1","rules":[]})")
                                 << u"The segment rules have an invalid “version”; this version of Herald writes 1."_s;
    QTest::newRow("future version") << QByteArray(R"({"version":2,"rules":[]})")
                                    << u"These segment rules were saved in format 2 by a newer version of Herald, "
                                       "which this version (format 1) cannot read. Update Herald to use them."_s;
    QTest::newRow("unknown top key") << QByteArray(R"({"version":1,"rules":[],"limit":5})")
                                     << u"The segment rules have an unknown key “limit”."_s;
    QTest::newRow("no rules") << QByteArray(R"({"version":1})") << u"The segment rules need a “rules” list."_s;
    QTest::newRow("bad match") << QByteArray(R"({"version":1,"match":"some","rules":[]})")
                               << u"The segment rules' “match” must be “all” or “any”."_s;
    QTest::newRow("unknown operator nested")
        << rules(R"([{"field":"tags","op":"has_any","value":["x"]},{"match":"any","rules":[)"
                 R"({"field":"country","op":"near","value":"PL"}]}])")
        << u"rule 2.1: unknown operator “near” for field “country”."_s;
    QTest::newRow("operator of another field") << rules(R"([{"field":"country","op":"has_any","value":["PL"]}])")
                                               << u"rule 1: unknown operator “has_any” for field “country”."_s;
    QTest::newRow("unknown field") << rules(R"([{"field":"shoe","op":"is","value":"x"}])")
                                   << u"rule 1: unknown field “shoe”."_s;
    QTest::newRow("no field") << rules(R"([{"op":"is","value":"x"}])")
                              << u"rule 1: a rule needs a “field” (or, for a group, “rules”)."_s;
    QTest::newRow("no op") << rules(R"([{"field":"city"}])") << u"rule 1: the rule on “city” needs an “op”."_s;
    QTest::newRow("typo key") << rules(R"([{"field":"city","op":"is","vlaue":"x"}])")
                              << u"rule 1: unknown key “vlaue”."_s;
    QTest::newRow("not an object") << rules(R"([{"match":"any","rules":[1]}])")
                                   << u"rule 1.1: a rule must be a JSON object."_s;
    QTest::newRow("group rules not list")
        << rules(R"([{"match":"any","rules":{}}])") << u"rule 1: “rules” must be a list."_s;
    QTest::newRow("group bad match") << rules(R"([{"match":"either","rules":[]}])")
                                     << u"rule 1: “match” must be “all” or “any”."_s;
    QTest::newRow("empty text") << rules(R"([{"field":"city","op":"is","value":""}])")
                                << u"rule 1: “is” on “city” needs a text that is not empty."_s;
    QTest::newRow("number as text") << rules(R"([{"field":"total_spent","op":"gt","value":"500"}])")
                                    << u"rule 1: “gt” on “total_spent” needs a number."_s;
    QTest::newRow("range reversed") << rules(R"([{"field":"orders","op":"between","value":[5,3]}])")
                                    << u"rule 1: “between” on “orders” needs two numbers, the smaller first."_s;
    QTest::newRow("days zero") << rules(R"([{"field":"last_order","op":"within_days","value":0}])")
                               << u"rule 1: “within_days” on “last_order” needs a whole number of days from 1 to "
                                  "36500."_s;
    QTest::newRow("days fraction") << rules(R"([{"field":"last_order","op":"within_days","value":1.5}])")
                                   << u"rule 1: “within_days” on “last_order” needs a whole number of days from 1 "
                                      "to 36500."_s;
    QTest::newRow("birthday days") << rules(R"([{"field":"birthday","op":"next_days","value":400}])")
                                   << u"rule 1: “next_days” on “birthday” needs a whole number of days from 1 to "
                                      "366."_s;
    QTest::newRow("bad date") << rules(R"([{"field":"created","op":"before","value":"2026-02-30"}])")
                              << u"rule 1: “before” on “created” needs a date written YYYY-MM-DD."_s;
    QTest::newRow("dates reversed")
        << rules(R"([{"field":"created","op":"date_between","value":["2026-02-01","2026-01-01"]}])")
        << u"rule 1: “date_between” on “created” needs two dates written YYYY-MM-DD, the earlier first."_s;
    QTest::newRow("month") << rules(R"([{"field":"birthday","op":"in_month","value":13}])")
                           << u"rule 1: “in_month” on “birthday” needs a month from 1 to 12."_s;
    QTest::newRow("consent choice") << rules(R"([{"field":"consent","op":"is","value":"yes"}])")
                                    << u"rule 1: “is” on “consent” needs one of: opted_in, opted_out, unknown."_s;
    QTest::newRow("tags not list") << rules(R"([{"field":"tags","op":"has_all","value":"vip"}])")
                                   << u"rule 1: “has_all” on “tags” needs a list of tag names."_s;
    QTest::newRow("blank tag") << rules(R"([{"field":"tags","op":"has_all","value":["vip"," "]}])")
                               << u"rule 1: “has_all” on “tags” needs a list of tag names."_s;
    QTest::newRow("list with number") << rules(R"([{"field":"country","op":"is_any_of","value":["PL",5]}])")
                                      << u"rule 1: “is_any_of” on “country” needs a list of texts that are not "
                                         "empty."_s;
    QTest::newRow("value not needed") << rules(R"([{"field":"birthday","op":"today","value":1}])")
                                      << u"rule 1: “today” on “birthday” takes no value."_s;
    QTest::newRow("custom without name") << rules(R"([{"field":"custom","op":"is_empty"}])")
                                         << u"rule 1: a custom field rule needs the field's “name”."_s;
    QTest::newRow("name on a field") << rules(R"([{"field":"city","name":"x","op":"is_empty"}])")
                                     << u"rule 1: unknown key “name”."_s;
    QTest::newRow("too deep") << rules(R"([{"rules":[{"rules":[{"rules":[{"rules":[{"rules":[{"rules":[)"
                                       R"({"rules":[{"rules":[]}]}]}]}]}]}]}]}])")
                              << u"rule 1.1.1.1.1.1.1.1: groups are nested too deeply (at most 8 levels)."_s;
    QTest::newRow("hostile value in message")
        << rules(R"([{"match":"any","rules":[{"field":"city","op":"is","value":"x"},)"
                 R"({"field":"city","op":"'; DROP TABLE contacts; --"}]}])")
        << u"rule 1.2: unknown operator “'; DROP TABLE contacts; --” for field “city”."_s;
}

void TestSegmentJson::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    auto parsed = SegmentJson::parse(json);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.errorMessage(), message);
}

// Rules built in C++ (as the rule builder does) get the same checks, with the same paths.
void TestSegmentJson::builtFromCode()
{
    SegmentRule root = SegmentRule::group(SegmentMatch::All,
        {SegmentRule::condition(SegmentField::Consent, SegmentOperator::Is, u"opted_in"_s),
            SegmentRule::group(SegmentMatch::Any,
                {SegmentRule::condition(SegmentField::Orders, SegmentOperator::Greater, 2),
                    SegmentRule::condition(SegmentField::Orders, SegmentOperator::Contains, u"x"_s)})});
    auto valid = SegmentQuery::validate(root);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.errorMessage(), u"rule 2.2: unknown operator “contains” for field “orders”."_s);

    root.rules[1].rules[1] = SegmentRule::customCondition(u" "_s, SegmentOperator::IsEmpty);
    QCOMPARE(SegmentQuery::validate(root).errorMessage(), u"rule 2.2: a custom field rule needs the field's “name”."_s);

    root.rules[1].rules[1] = SegmentRule::customCondition(u"size"_s, SegmentOperator::IsEmpty);
    QVERIFY(SegmentQuery::validate(root).ok());

    // A lone condition compiles as a group of one.
    auto single = SegmentQuery::compile(
        SegmentRule::condition(SegmentField::Orders, SegmentOperator::Greater, 2), QDateTime::currentDateTimeUtc());
    QVERIFY(single.ok());
    QCOMPARE(single.value().where, u"+c.orders_count > ?"_s);
    QCOMPARE(single.value().bindings, QVariantList {2.0});

    QList<SegmentRule> many;
    for (int i = 0; i <= SegmentQuery::MaxConditions; ++i) {
        many.append(SegmentRule::condition(SegmentField::Birthday, SegmentOperator::Today));
    }
    QCOMPARE(SegmentQuery::validate(SegmentRule::group(SegmentMatch::All, many)).errorMessage(),
        u"The segment has too many rules (at most 200)."_s);
}

void TestSegmentJson::catalogue()
{
    const QList<SegmentFieldInfo> fields = SegmentFields::all();
    QStringList ids;
    for (const SegmentFieldInfo& field : fields) {
        ids.append(field.id);
        QVERIFY(!field.displayName.isEmpty());
        QVERIFY(!field.description.isEmpty());
        QVERIFY(!field.operators.isEmpty());
        QCOMPARE(SegmentFields::fieldFromId(field.id), field.field);
        for (const SegmentOperatorInfo& op : field.operators) {
            QVERIFY(!op.displayName.isEmpty());
            QCOMPARE(SegmentFields::operatorFromId(op.id), op.op);
            QVERIFY(SegmentFields::allows(field.field, op.op));
            QCOMPARE(op.valueType, SegmentFields::valueType(field.field, op.op));
        }
    }
    QCOMPARE(ids,
        (QStringList {u"tags"_s, u"consent"_s, u"opted_in"_s, u"country"_s, u"language"_s, u"city"_s, u"created"_s,
            u"birthday"_s, u"total_spent"_s, u"orders"_s, u"last_order"_s, u"last_message"_s, u"last_reply"_s,
            u"custom"_s}));

    const SegmentFieldInfo consent = SegmentFields::info(SegmentField::Consent);
    QCOMPARE(consent.type, SegmentFieldType::Enum);
    QCOMPARE(consent.choices.size(), 3);
    QCOMPARE(consent.choices.at(0).id, u"opted_in"_s);
    QCOMPARE(consent.findOperator(SegmentOperator::Is)->valueType, SegmentValueType::Choice);

    const SegmentFieldInfo spent = SegmentFields::info(SegmentField::TotalSpent);
    QCOMPARE(spent.type, SegmentFieldType::Money);
    QCOMPARE(spent.findOperator(SegmentOperator::Between)->valueType, SegmentValueType::MoneyRange);
    QCOMPARE(spent.findOperator(SegmentOperator::Contains), nullptr);

    const SegmentFieldInfo lastMessage = SegmentFields::info(SegmentField::LastMessage);
    QCOMPARE(
        lastMessage.findOperator(SegmentOperator::NotWithinDays)->displayName, u"not in the last N days, or never"_s);
    QCOMPARE(lastMessage.findOperator(SegmentOperator::IsEmpty)->displayName, u"never"_s);
    QVERIFY(!lastMessage.findOperator(SegmentOperator::IsEmpty)->needsValue());

    const SegmentFieldInfo custom = SegmentFields::info(SegmentField::Custom);
    QVERIFY(custom.needsName);
    QCOMPARE(custom.operators.size(), 19);
    QCOMPARE(SegmentFields::operatorFromId(u"near"_s), std::nullopt);
    QCOMPARE(SegmentFields::fieldFromId(u"Country"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSegmentJson)
#include "TestSegmentJson.moc"
