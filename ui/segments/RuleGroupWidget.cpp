// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RuleGroupWidget.h"

#include "RuleConditionWidget.h"
#include "segments/SegmentQuery.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

RuleGroupWidget::RuleGroupWidget(const RuleChoices* choices, int depth, QWidget* parent)
    : QFrame(parent)
    , m_choices(choices)
    , m_depth(depth)
    , m_matchLabel(new QLabel(depth == 1 ? tr("Contacts &must match:") : tr("&Match:"), this))
    , m_matchCombo(new QComboBox(this))
    , m_addRuleButton(new QPushButton(tr("Add &rule"), this))
    , m_addGroupButton(new QPushButton(tr("Add &group"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_emptyLabel(new QLabel(tr("No rules yet: every contact matches."), this))
    , m_childLayout(new QVBoxLayout)
{
    setObjectName(depth == 1 ? u"rootGroup"_s : u"group"_s);
    m_matchLabel->setObjectName(u"matchLabel"_s);
    m_matchCombo->setObjectName(u"matchCombo"_s);
    m_addRuleButton->setObjectName(u"addRuleButton"_s);
    m_addGroupButton->setObjectName(u"addGroupButton"_s);
    m_removeButton->setObjectName(u"removeGroupButton"_s);
    m_emptyLabel->setObjectName(u"emptyGroupLabel"_s);

    m_matchLabel->setBuddy(m_matchCombo);
    m_matchCombo->addItem(tr("all of these rules"), int(SegmentMatch::All));
    m_matchCombo->addItem(tr("any of these rules"), int(SegmentMatch::Any));
    m_addGroupButton->setToolTip(tr("Add a group of rules with its own “all” or “any”"));
    m_addGroupButton->setEnabled(depth < SegmentQuery::MaxDepth);
    m_removeButton->setToolTip(tr("Remove this group and its rules"));
    m_removeButton->setVisible(depth > 1);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    if (depth > 1) {
        // Nested groups stand out from the rules around them.
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        setBackgroundRole(depth % 2 == 0 ? QPalette::AlternateBase : QPalette::Base);
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_matchLabel);
    header->addWidget(m_matchCombo);
    header->addStretch(1);
    header->addWidget(m_addRuleButton);
    header->addWidget(m_addGroupButton);
    header->addWidget(m_removeButton);
    m_childLayout->setSpacing(4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(depth > 1 ? 8 : 0, depth > 1 ? 6 : 0, depth > 1 ? 6 : 0, depth > 1 ? 6 : 0);
    layout->addLayout(header);
    layout->addWidget(m_emptyLabel);
    layout->addLayout(m_childLayout);

    connect(m_matchCombo, &QComboBox::currentIndexChanged, this, &RuleGroupWidget::changed);
    connect(m_addRuleButton, &QPushButton::clicked, this, [this] { addCondition()->focusFirst(); });
    connect(m_addGroupButton, &QPushButton::clicked, this, [this] {
        RuleGroupWidget* group = addGroup();
        // A new group starts with one rule, ready to edit.
        group->addCondition()->focusFirst();
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RuleGroupWidget::removeRequested);
}

RuleGroupWidget::~RuleGroupWidget() = default;

void RuleGroupWidget::adopt(QWidget* child)
{
    m_children.append(child);
    m_childLayout->addWidget(child);
    updateEmptyHint();
}

void RuleGroupWidget::removeChild(QWidget* child)
{
    const bool hadFocus = child->isAncestorOf(QApplication::focusWidget());
    m_children.removeOne(child);
    m_childLayout->removeWidget(child);
    // Out of the tree at once (findChild, numbering), but deleted only once the click that
    // asked for it has returned: the request came from a button inside child.
    child->hide();
    child->setParent(nullptr);
    child->deleteLater();
    updateEmptyHint();
    if (hadFocus) {
        m_addRuleButton->setFocus(Qt::OtherFocusReason);
    }
    emit changed();
}

RuleConditionWidget* RuleGroupWidget::addCondition()
{
    auto* condition = new RuleConditionWidget(m_choices, this);
    condition->setReadOnly(m_readOnly);
    connect(condition, &RuleConditionWidget::changed, this, &RuleGroupWidget::changed);
    connect(condition, &RuleConditionWidget::removeRequested, this, [this, condition] { removeChild(condition); });
    adopt(condition);
    emit changed();
    return condition;
}

RuleGroupWidget* RuleGroupWidget::addGroup()
{
    auto* group = new RuleGroupWidget(m_choices, m_depth + 1, this);
    group->setReadOnly(m_readOnly);
    connect(group, &RuleGroupWidget::changed, this, &RuleGroupWidget::changed);
    connect(group, &RuleGroupWidget::removeRequested, this, [this, group] { removeChild(group); });
    adopt(group);
    emit changed();
    return group;
}

void RuleGroupWidget::setRule(const SegmentRule& group)
{
    {
        const QSignalBlocker blocker(this);
        for (QWidget* child : std::as_const(m_children)) {
            m_childLayout->removeWidget(child);
            delete child;
        }
        m_children.clear();
        m_matchCombo->setCurrentIndex(qMax(0, m_matchCombo->findData(int(group.match))));
        for (const SegmentRule& rule : group.rules) {
            if (rule.isGroup()) {
                addGroup()->setRule(rule);
            } else {
                addCondition()->setRule(rule);
            }
        }
        updateEmptyHint();
    }
    emit changed();
}

SegmentRule RuleGroupWidget::rule() const
{
    QList<SegmentRule> rules;
    for (QWidget* child : m_children) {
        if (auto* group = qobject_cast<RuleGroupWidget*>(child)) {
            rules.append(group->rule());
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(child)) {
            rules.append(condition->rule());
        }
    }
    return SegmentRule::group(SegmentMatch(m_matchCombo->currentData().toInt()), rules);
}

void RuleGroupWidget::setNumber(const QString& number)
{
    if (m_depth > 1) {
        setObjectName(u"group_%1"_s.arg(QString(number).replace(u'.', u'_')));
        setAccessibleName(tr("Group %1").arg(number));
    }
    for (qsizetype i = 0; i < m_children.size(); ++i) {
        const QString childNumber = number.isEmpty() ? QString::number(i + 1) : u"%1.%2"_s.arg(number).arg(i + 1);
        if (auto* group = qobject_cast<RuleGroupWidget*>(m_children.at(i))) {
            group->setNumber(childNumber);
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(m_children.at(i))) {
            condition->setNumber(childNumber);
        }
    }
}

void RuleGroupWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_matchCombo->setEnabled(!readOnly);
    m_addRuleButton->setVisible(!readOnly);
    m_addGroupButton->setVisible(!readOnly);
    m_removeButton->setVisible(!readOnly && m_depth > 1);
    for (QWidget* child : std::as_const(m_children)) {
        if (auto* group = qobject_cast<RuleGroupWidget*>(child)) {
            group->setReadOnly(readOnly);
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(child)) {
            condition->setReadOnly(readOnly);
        }
    }
}

int RuleGroupWidget::markInvalid()
{
    int invalid = 0;
    for (QWidget* child : std::as_const(m_children)) {
        if (auto* group = qobject_cast<RuleGroupWidget*>(child)) {
            invalid += group->markInvalid();
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(child)) {
            const bool bad = !SegmentQuery::validate(condition->rule()).ok();
            condition->setInvalid(bad);
            invalid += bad ? 1 : 0;
        }
    }
    return invalid;
}

void RuleGroupWidget::refreshChoices()
{
    for (QWidget* child : std::as_const(m_children)) {
        if (auto* group = qobject_cast<RuleGroupWidget*>(child)) {
            group->refreshChoices();
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(child)) {
            condition->refreshChoices();
        }
    }
}

QList<QWidget*> RuleGroupWidget::focusWidgets() const
{
    QList<QWidget*> widgets = {m_matchCombo, m_addRuleButton, m_addGroupButton};
    if (m_depth > 1) {
        widgets.append(m_removeButton);
    }
    for (QWidget* child : m_children) {
        if (auto* group = qobject_cast<RuleGroupWidget*>(child)) {
            widgets += group->focusWidgets();
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(child)) {
            widgets += condition->focusWidgets();
        }
    }
    return widgets;
}

QList<RuleConditionWidget*> RuleGroupWidget::conditions() const
{
    QList<RuleConditionWidget*> result;
    for (QWidget* child : m_children) {
        if (auto* group = qobject_cast<RuleGroupWidget*>(child)) {
            result += group->conditions();
        } else if (auto* condition = qobject_cast<RuleConditionWidget*>(child)) {
            result.append(condition);
        }
    }
    return result;
}

void RuleGroupWidget::updateEmptyHint()
{
    m_emptyLabel->setVisible(m_children.isEmpty());
}

} // namespace Herald
