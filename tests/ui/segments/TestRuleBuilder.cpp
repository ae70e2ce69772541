// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The rule builder: editing a rule tree through its widgets, value editors by type, pickers
// filled from the workspace, inline validation, keyboard order.

#include "TempWorkspace.h"
#include "contacts/ContactRepository.h"
#include "segments/ListCompleter.h"
#include "segments/RuleBuilder.h"
#include "segments/RuleConditionWidget.h"
#include "segments/RuleGroupWidget.h"
#include "segments/SegmentFields.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentQuery.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

template <typename T>
T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found) {
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    }
    return found;
}

RuleConditionWidget* condition(RuleBuilder& builder, const QString& number)
{
    return child<RuleConditionWidget>(&builder, u"condition_%1"_s.arg(QString(number).replace(u'.', u'_')));
}

// Chooses a field and an operator the way a user does: through the combo boxes.
void choose(RuleConditionWidget* row, SegmentField field, SegmentOperator op)
{
    auto* fieldCombo = child<QComboBox>(row, u"fieldCombo"_s);
    fieldCombo->setCurrentIndex(fieldCombo->findData(int(field)));
    auto* opCombo = child<QComboBox>(row, u"operatorCombo"_s);
    opCombo->setCurrentIndex(opCombo->findData(int(op)));
}

QByteArray json(const SegmentRule& rule)
{
    return SegmentJson::serialize(rule);
}

} // namespace

class TestRuleBuilder final : public QObject
{
    Q_OBJECT

private slots:
    void buildsThreeRulesThroughTheWidgets();
    void everyOperatorGetsItsEditor();
    void roundTripsEveryValueType();
    void invalidValuesAreShownInline();
    void removeAndRenumber();
    void pickersUseTheWorkspace();
    void readOnly();
    void keyboardOrder();
};

void TestRuleBuilder::buildsThreeRulesThroughTheWidgets()
{
    RuleBuilder builder;
    QSignalSpy changed(&builder, &RuleBuilder::rulesChanged);
    QCOMPARE(builder.conditions().size(), 0);
    QVERIFY(builder.isValid()); // an empty group matches everyone
    QVERIFY(child<QLabel>(&builder, u"emptyGroupLabel"_s)->isVisibleTo(&builder));

    auto* root = builder.rootGroup();
    QTest::mouseClick(child<QPushButton>(root, u"addRuleButton"_s), Qt::LeftButton);
    QVERIFY(changed.size() >= 1);
    auto* first = condition(builder, u"1"_s);
    QVERIFY(first);
    choose(first, SegmentField::Country, SegmentOperator::Is);
    auto* country = child<QComboBox>(first, u"valueCombo"_s);
    country->setCurrentIndex(country->findData(u"PL"_s));
    QCOMPARE(country->currentText(), u"Poland (PL)"_s);

    QTest::mouseClick(child<QPushButton>(root, u"addRuleButton"_s), Qt::LeftButton);
    auto* second = condition(builder, u"2"_s);
    choose(second, SegmentField::Tags, SegmentOperator::HasAny);
    child<QLineEdit>(second, u"valueEdit"_s)->setText(u"vip, newsletter ,"_s);

    // A nested group: any of (spent at least 250, ordered in the last 60 days).
    QTest::mouseClick(child<QPushButton>(root, u"addGroupButton"_s), Qt::LeftButton);
    auto* group = child<RuleGroupWidget>(&builder, u"group_3"_s);
    QVERIFY(group);
    auto* match = child<QComboBox>(group, u"matchCombo"_s);
    match->setCurrentIndex(match->findData(int(SegmentMatch::Any)));
    auto* spent = condition(builder, u"3.1"_s); // a new group starts with one rule
    choose(spent, SegmentField::TotalSpent, SegmentOperator::GreaterOrEqual);
    child<QDoubleSpinBox>(spent, u"valueSpinBox"_s)->setValue(250.5);
    QTest::mouseClick(child<QPushButton>(group, u"addRuleButton"_s), Qt::LeftButton);
    auto* ordered = condition(builder, u"3.2"_s);
    choose(ordered, SegmentField::LastOrder, SegmentOperator::WithinDays);
    auto* days = child<QSpinBox>(ordered, u"valueSpinBox"_s);
    QCOMPARE(days->value(), 30); // "in the last [30] days"
    QCOMPARE(days->suffix(), u" days"_s);
    days->setValue(60);

    const SegmentRule expected = SegmentRule::group(SegmentMatch::All,
        {SegmentRule::condition(SegmentField::Country, SegmentOperator::Is, u"PL"_s),
            SegmentRule::condition(SegmentField::Tags, SegmentOperator::HasAny, QJsonArray {u"vip"_s, u"newsletter"_s}),
            SegmentRule::group(SegmentMatch::Any,
                {SegmentRule::condition(SegmentField::TotalSpent, SegmentOperator::GreaterOrEqual, 250.5),
                    SegmentRule::condition(SegmentField::LastOrder, SegmentOperator::WithinDays, 60)})});
    QCOMPARE(json(builder.rules()), json(expected));
    QVERIFY(builder.rules() == expected);
    QVERIFY(builder.isValid());
    QVERIFY(!child<QLabel>(&builder, u"ruleErrorLabel"_s)->isVisibleTo(&builder));
    QVERIFY(!child<QLabel>(&builder, u"emptyGroupLabel"_s)->isVisibleTo(&builder));
    QCOMPARE(builder.conditions().size(), 4);
    QCOMPARE(child<QLabel>(spent, u"numberLabel"_s)->text(), u"3.1"_s);
}

void TestRuleBuilder::everyOperatorGetsItsEditor()
{
    RuleBuilder builder;
    builder.rootGroup()->addCondition();
    auto* row = condition(builder, u"1"_s);
    using V = SegmentValueType;
    for (const SegmentFieldInfo& field : SegmentFields::all()) {
        for (const SegmentOperatorInfo& op : field.operators) {
            const QByteArray where = (field.id + u' ' + op.id).toUtf8();
            choose(row, field.field, op.op);
            QCOMPARE(child<QComboBox>(row, u"operatorCombo"_s)->currentText(), op.displayName);
            QCOMPARE(child<QComboBox>(row, u"customFieldCombo"_s)->isVisibleTo(row), field.needsName);
            auto* editor = row->findChild<QWidget*>(u"valueEditor"_s);
            QVERIFY2(editor->isVisibleTo(row) == op.needsValue(), where.constData());
            const bool pickedCountryOrLanguage
                = (field.field == SegmentField::Country || field.field == SegmentField::Language)
                && (op.op == SegmentOperator::Is || op.op == SegmentOperator::IsNot);
            bool validByDefault = true;
            switch (op.valueType) {
            case V::None:
                break;
            case V::Text:
                QVERIFY2(pickedCountryOrLanguage ? row->findChild<QComboBox*>(u"valueCombo"_s) != nullptr
                                                 : row->findChild<QLineEdit*>(u"valueEdit"_s) != nullptr,
                    where.constData());
                validByDefault = pickedCountryOrLanguage;
                break;
            case V::TextList:
            case V::TagList: {
                auto* edit = row->findChild<QLineEdit*>(u"valueEdit"_s);
                QVERIFY2(edit && qobject_cast<ListCompleter*>(edit->completer()), where.constData());
                validByDefault = false;
                break;
            }
            case V::Choice: {
                auto* combo = row->findChild<QComboBox*>(u"valueCombo"_s);
                QVERIFY2(combo && combo->count() == 3, where.constData());
                QCOMPARE(combo->itemData(0).toString(), u"opted_in"_s);
                break;
            }
            case V::Number:
            case V::Money:
            case V::Days:
                QVERIFY2(row->findChild<QAbstractSpinBox*>(u"valueSpinBox"_s), where.constData());
                QVERIFY2(!row->findChild<QAbstractSpinBox*>(u"toSpinBox"_s), where.constData());
                break;
            case V::NumberRange:
            case V::MoneyRange:
                QVERIFY2(row->findChild<QAbstractSpinBox*>(u"valueSpinBox"_s), where.constData());
                QVERIFY2(row->findChild<QAbstractSpinBox*>(u"toSpinBox"_s), where.constData());
                break;
            case V::Date:
                QVERIFY2(row->findChild<QDateEdit*>(u"valueDateEdit"_s)->calendarPopup(), where.constData());
                QVERIFY2(!row->findChild<QDateEdit*>(u"toDateEdit"_s), where.constData());
                break;
            case V::DateRange:
                QVERIFY2(row->findChild<QDateEdit*>(u"valueDateEdit"_s), where.constData());
                QVERIFY2(row->findChild<QDateEdit*>(u"toDateEdit"_s)->calendarPopup(), where.constData());
                break;
            case V::Month: {
                auto* combo = row->findChild<QComboBox*>(u"valueCombo"_s);
                QVERIFY2(combo && combo->count() == 12, where.constData());
                QCOMPARE(combo->currentData().toInt(), QDate::currentDate().month());
                break;
            }
            }
            if (field.needsName) {
                validByDefault = false; // the custom field's name is still empty
            }
            if (field.field == SegmentField::Country || field.field == SegmentField::Language) {
                // The picker's country or language stays through the text operators that
                // follow "is" ("is PL" → "is any of PL" → "contains PL").
                validByDefault = true;
            }
            QVERIFY2(builder.isValid() == validByDefault, where.constData());
            QVERIFY2(row->isInvalid() == !validByDefault, where.constData());
            const SegmentRule rule = builder.rules().rules.at(0);
            QCOMPARE(rule.field, field.field);
            QCOMPARE(rule.op, op.op);
        }
    }
    // Days: at most a century, and a year for birthdays.
    choose(row, SegmentField::Birthday, SegmentOperator::NextDays);
    QCOMPARE(child<QSpinBox>(row, u"valueSpinBox"_s)->maximum(), SegmentFields::MaxBirthdayDays);
    QCOMPARE(child<QSpinBox>(row, u"valueSpinBox"_s)->value(), 7);
    choose(row, SegmentField::Created, SegmentOperator::WithinDays);
    QCOMPARE(child<QSpinBox>(row, u"valueSpinBox"_s)->maximum(), SegmentFields::MaxDays);
    // An operator that takes the same value keeps it: "is PL" → "is not PL" → "is any of PL".
    choose(row, SegmentField::Country, SegmentOperator::Is);
    auto* country = child<QComboBox>(row, u"valueCombo"_s);
    country->setCurrentIndex(country->findData(u"RO"_s));
    choose(row, SegmentField::Country, SegmentOperator::IsNot);
    QCOMPARE(builder.rules().rules.at(0).value, QJsonValue(u"RO"_s));
    choose(row, SegmentField::Country, SegmentOperator::IsAnyOf);
    QCOMPARE(builder.rules().rules.at(0).value, QJsonValue(QJsonArray {u"RO"_s}));
}

void TestRuleBuilder::roundTripsEveryValueType()
{
    const QList<SegmentRule> rules = {
        SegmentRule::condition(SegmentField::Tags, SegmentOperator::HasNone, QJsonArray {u"vip"_s, u"wholesale"_s}),
        SegmentRule::condition(SegmentField::Consent, SegmentOperator::IsNot, u"opted_out"_s),
        SegmentRule::condition(SegmentField::OptedIn, SegmentOperator::Before, u"2025-03-01"_s),
        SegmentRule::condition(SegmentField::Country, SegmentOperator::Is, u"ZZ"_s), // not in QLocale's list
        SegmentRule::condition(SegmentField::Language, SegmentOperator::IsNoneOf, QJsonArray {u"zh_TW"_s}),
        SegmentRule::condition(SegmentField::City, SegmentOperator::StartsWith, u"Łód"_s),
        SegmentRule::condition(
            SegmentField::Created, SegmentOperator::DateBetween, QJsonArray {u"2024-01-01"_s, u"2024-12-31"_s}),
        SegmentRule::condition(SegmentField::Birthday, SegmentOperator::InMonth, 2),
        SegmentRule::condition(SegmentField::Birthday, SegmentOperator::Today),
        SegmentRule::group(SegmentMatch::Any,
            {SegmentRule::condition(SegmentField::TotalSpent, SegmentOperator::Between, QJsonArray {100, 999.99}),
                SegmentRule::condition(SegmentField::Orders, SegmentOperator::Greater, 3),
                SegmentRule::group(SegmentMatch::All,
                    {SegmentRule::condition(SegmentField::LastMessage, SegmentOperator::NotWithinDays, 14)})}),
        SegmentRule::condition(SegmentField::LastReply, SegmentOperator::IsNotEmpty),
        SegmentRule::customCondition(u"shoe_size"_s, SegmentOperator::Between, QJsonArray {38, 42.5}),
        SegmentRule::customCondition(u"member_since"_s, SegmentOperator::After, u"2020-06-15"_s),
    };
    const SegmentRule root = SegmentRule::group(SegmentMatch::Any, rules);
    QVERIFY(SegmentQuery::validate(root).ok());
    RuleBuilder builder;
    QSignalSpy changed(&builder, &RuleBuilder::rulesChanged);
    builder.setRules(root);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(json(builder.rules()), json(root));
    QVERIFY(builder.isValid());
    QCOMPARE(builder.conditions().size(), 15);
    QCOMPARE(child<QComboBox>(condition(builder, u"4"_s), u"valueCombo"_s)->currentText(), u"ZZ"_s);
    QCOMPARE(child<QDateEdit>(condition(builder, u"7"_s), u"toDateEdit"_s)->date(), QDate(2024, 12, 31));
    QCOMPARE(child<QComboBox>(condition(builder, u"12"_s), u"customFieldCombo"_s)->currentText(), u"shoe_size"_s);
    QVERIFY(condition(builder, u"10.3.1"_s));
    // Setting the same rules again replaces the widgets, it does not add to them.
    builder.setRules(root);
    QCOMPARE(builder.conditions().size(), 15);
    QCOMPARE(json(builder.rules()), json(root));
}

void TestRuleBuilder::invalidValuesAreShownInline()
{
    RuleBuilder builder;
    builder.show();
    builder.rootGroup()->addCondition();
    auto* group = builder.rootGroup()->addGroup();
    group->addCondition();
    auto* nested = condition(builder, u"2.1"_s);
    choose(nested, SegmentField::City, SegmentOperator::Contains);
    auto* error = child<QLabel>(&builder, u"ruleErrorLabel"_s);
    // Rule 1 (tags, no tag yet) and rule 2.1 (no city) are both marked; the message is the
    // engine's own, naming the rule.
    QCOMPARE(builder.validationError(), SegmentQuery::validate(builder.rules()).errorMessage());
    QVERIFY(builder.validationError().startsWith(u"rule "_s));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), builder.validationError());
    QVERIFY(condition(builder, u"1"_s)->isInvalid());
    QVERIFY(nested->isInvalid());

    child<QLineEdit>(condition(builder, u"1"_s), u"valueEdit"_s)->setText(u"vip"_s);
    QVERIFY(!condition(builder, u"1"_s)->isInvalid());
    QCOMPARE(builder.validationError(),
        SegmentQuery::validate(builder.rules()).errorMessage()); // names the nested rule
    QVERIFY(builder.validationError().startsWith(u"rule 2.1: "_s));
    QVERIFY(error->isVisible());

    // Spaces are not a value.
    child<QLineEdit>(nested, u"valueEdit"_s)->setText(u"   "_s);
    QVERIFY(!builder.isValid());
    child<QLineEdit>(nested, u"valueEdit"_s)->setText(u"Kraków"_s);
    QVERIFY(builder.isValid());
    QVERIFY(!error->isVisible());
    QVERIFY(!nested->isInvalid());

    // A range the wrong way round.
    choose(nested, SegmentField::Orders, SegmentOperator::Between);
    child<QSpinBox>(nested, u"valueSpinBox"_s)->setValue(9);
    child<QSpinBox>(nested, u"toSpinBox"_s)->setValue(2);
    QVERIFY(!builder.isValid());
    QCOMPARE(builder.validationError(), u"rule 2.1: “between” on “orders” needs two numbers, the smaller first."_s);
    QVERIFY(nested->isInvalid());
}

void TestRuleBuilder::removeAndRenumber()
{
    RuleBuilder builder;
    builder.setRules(SegmentRule::group(SegmentMatch::All,
        {SegmentRule::condition(SegmentField::Country, SegmentOperator::Is, u"PL"_s),
            SegmentRule::condition(SegmentField::City, SegmentOperator::Is, u"Gdańsk"_s),
            SegmentRule::group(
                SegmentMatch::Any, {SegmentRule::condition(SegmentField::Orders, SegmentOperator::Greater, 1)})}));
    QSignalSpy changed(&builder, &RuleBuilder::rulesChanged);
    QTest::mouseClick(child<QToolButton>(condition(builder, u"1"_s), u"removeRuleButton"_s), Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(builder.rules().rules.size(), 2);
    QTRY_COMPARE(builder.conditions().size(), 2);
    // The city rule is now rule 1, the group is group 2.
    QCOMPARE(child<QLineEdit>(condition(builder, u"1"_s), u"valueEdit"_s)->text(), u"Gdańsk"_s);
    auto* group = child<RuleGroupWidget>(&builder, u"group_2"_s);
    QVERIFY(group);
    QVERIFY(condition(builder, u"2.1"_s));
    QTest::mouseClick(child<QPushButton>(group, u"removeGroupButton"_s), Qt::LeftButton);
    QCOMPARE(json(builder.rules()),
        json(SegmentRule::group(
            SegmentMatch::All, {SegmentRule::condition(SegmentField::City, SegmentOperator::Is, u"Gdańsk"_s)})));
    QVERIFY(!child<QPushButton>(builder.rootGroup(), u"removeGroupButton"_s)->isVisibleTo(builder.rootGroup()));
}

void TestRuleBuilder::pickersUseTheWorkspace()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ContactRepository contacts(temp.database());
    Contact c;
    c.phone = u"+48600000001"_s;
    c.country = u"PL"_s;
    c.language = u"de"_s;
    const qint64 id = contacts.insert(c).value();
    QVERIFY(contacts.addTag(id, u"newsletter"_s).ok());
    QVERIFY(contacts.addTag(id, u"VIP"_s).ok());
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contact_fields (contact_id, name, value) VALUES (%1, 'shoe_size', '42'), "
                      "(%1, 'favourite_colour', 'red')"_s.arg(id))
                .ok());

    RuleBuilder builder;
    QSignalSpy loaded(&builder, &RuleBuilder::choicesLoaded);
    builder.rootGroup()->addCondition(); // before the choices are in
    builder.setWorkspace(&temp.workspace());
    QVERIFY(loaded.wait(10'000));
    QCOMPARE(builder.choices().tags, (QStringList {u"newsletter"_s, u"VIP"_s}));
    QCOMPARE(builder.choices().customFields, (QStringList {u"favourite_colour"_s, u"shoe_size"_s}));
    QStringList languages;
    for (const RuleChoices::Item& item : builder.choices().languages) {
        languages.append(item.value);
    }
    QCOMPARE(languages, (QStringList {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s, u"de"_s}));
    QCOMPARE(builder.choices().languages.at(1).label, u"Polski (pl)"_s);
    // Countries: ISO codes, sorted by name.
    const QList<RuleChoices::Item>& countries = builder.choices().countries;
    QVERIFY(countries.size() > 200);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (qsizetype i = 1; i < countries.size(); ++i) {
        QVERIFY(collator.compare(countries.at(i - 1).label, countries.at(i).label) <= 0);
        QCOMPARE(countries.at(i).value.size(), 2);
    }

    // The tag picker of the row added earlier completes from the workspace's tags.
    auto* row = condition(builder, u"1"_s);
    auto* edit = child<QLineEdit>(row, u"valueEdit"_s);
    auto* completer = qobject_cast<ListCompleter*>(edit->completer());
    QVERIFY(completer);
    edit->setText(u"VIP, news"_s);
    completer->setCompletionPrefix(edit->text());
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->pathFromIndex(completer->currentIndex()), u"VIP, newsletter"_s);
    // Countries complete by name and insert the code.
    choose(row, SegmentField::Country, SegmentOperator::IsAnyOf);
    edit = child<QLineEdit>(row, u"valueEdit"_s);
    completer = qobject_cast<ListCompleter*>(edit->completer());
    edit->setText(u"PL, roman"_s);
    completer->setCompletionPrefix(edit->text());
    QCOMPARE(completer->currentIndex().data().toString(), u"Romania (RO)"_s);
    QCOMPARE(completer->currentCompletion(), u"PL, RO"_s);
    QCOMPARE(completer->pathFromIndex(completer->currentIndex()), u"PL, RO"_s);
    // Languages: the picker lists them by name.
    choose(row, SegmentField::Language, SegmentOperator::Is);
    auto* language = child<QComboBox>(row, u"valueCombo"_s);
    QCOMPARE(language->count(), 7);
    QCOMPARE(language->itemData(6).toString(), u"de"_s);
    // Custom field names are offered, and any name can be typed.
    choose(row, SegmentField::Custom, SegmentOperator::IsNotEmpty);
    auto* name = child<QComboBox>(row, u"customFieldCombo"_s);
    QCOMPARE(name->count(), 2);
    QVERIFY(name->isEditable());
    name->setCurrentIndex(1);
    QCOMPARE(builder.rules().rules.at(0).customField, u"shoe_size"_s);
    name->setEditText(u"loyalty card"_s);
    QCOMPARE(builder.rules().rules.at(0).customField, u"loyalty card"_s);
    QVERIFY(builder.isValid());
}

void TestRuleBuilder::readOnly()
{
    RuleBuilder builder;
    builder.setReadOnly(true);
    builder.setRules(SegmentRule::group(SegmentMatch::All,
        {SegmentRule::condition(SegmentField::City, SegmentOperator::Is, u"Gdańsk"_s),
            SegmentRule::group(SegmentMatch::Any,
                {SegmentRule::condition(SegmentField::LastOrder, SegmentOperator::WithinDays, 90)})}));
    QVERIFY(builder.isReadOnly());
    for (auto* button : builder.findChildren<QPushButton*>()) {
        QVERIFY2(!button->isVisibleTo(&builder), qPrintable(button->objectName()));
    }
    for (auto* button : builder.findChildren<QToolButton*>()) {
        QVERIFY(!button->isVisibleTo(&builder));
    }
    for (auto* combo : builder.findChildren<QComboBox*>()) {
        QVERIFY(!combo->isEnabled());
    }
    QVERIFY(child<QLineEdit>(condition(builder, u"1"_s), u"valueEdit"_s)->isReadOnly());
    QVERIFY(child<QSpinBox>(condition(builder, u"2.1"_s), u"valueSpinBox"_s)->isReadOnly());
    builder.setReadOnly(false);
    QVERIFY(child<QPushButton>(builder.rootGroup(), u"addRuleButton"_s)->isVisibleTo(&builder));
    QVERIFY(!child<QLineEdit>(condition(builder, u"1"_s), u"valueEdit"_s)->isReadOnly());
}

void TestRuleBuilder::keyboardOrder()
{
    RuleBuilder builder;
    builder.resize(900, 500);
    builder.show();
    QVERIFY(QTest::qWaitForWindowActive(&builder));
    // Rule 2.1 is created after rule 3 but comes before it on screen, and so in Tab order.
    builder.rootGroup()->addCondition();
    auto* group = builder.rootGroup()->addGroup();
    builder.rootGroup()->addCondition();
    QTest::mouseClick(child<QPushButton>(group, u"addRuleButton"_s), Qt::LeftButton);
    auto* nested = condition(builder, u"2.1"_s);
    QVERIFY(nested);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(nested, u"fieldCombo"_s)); // ready to edit
    choose(nested, SegmentField::City, SegmentOperator::Is);
    // Widgets added to a shown layout are shown from the event loop.
    QTRY_VERIFY(child<QLineEdit>(nested, u"valueEdit"_s)->isVisible());
    child<QComboBox>(nested, u"fieldCombo"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(nested, u"operatorCombo"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(nested, u"valueEdit"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QToolButton>(nested, u"removeRuleButton"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(condition(builder, u"3"_s), u"fieldCombo"_s));

    // Removing the focused rule leaves the focus in its group, not nowhere.
    child<QToolButton>(nested, u"removeRuleButton"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(QApplication::focusWidget(), child<QPushButton>(group, u"addRuleButton"_s));
    QTRY_COMPARE(builder.conditions().size(), 2);

    // Every group's match combo has a label with a mnemonic.
    auto* label = child<QLabel>(builder.rootGroup(), u"matchLabel"_s);
    QCOMPARE(label->buddy(), child<QComboBox>(builder.rootGroup(), u"matchCombo"_s));
    QVERIFY(label->text().contains(u'&'));
    QCOMPARE(child<QPushButton>(builder.rootGroup(), u"addRuleButton"_s)->text(), u"Add &rule"_s);
}

QTEST_MAIN(TestRuleBuilder)
#include "TestRuleBuilder.moc"
