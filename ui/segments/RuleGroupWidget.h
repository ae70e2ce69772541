// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/SegmentRule.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Herald
{

class RuleConditionWidget;
struct RuleChoices;

// A group of the rule builder: "all" or "any" of its rules, which are conditions and nested
// groups, with buttons to add a rule or a group and (except for the outermost) to remove it.
class RuleGroupWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleGroupWidget)

public:
    // depth 1 is the segment's outermost group, which cannot be removed.
    RuleGroupWidget(const RuleChoices* choices, int depth, QWidget* parent = nullptr);
    ~RuleGroupWidget() override;

    void setRule(const SegmentRule& group);
    SegmentRule rule() const;

    // Numbers the group ("2", empty for the outermost) and, recursively, its rules.
    void setNumber(const QString& number);
    void setReadOnly(bool readOnly);
    // Marks the conditions that are invalid on their own; returns how many.
    int markInvalid();
    void refreshChoices();
    QList<QWidget*> focusWidgets() const;
    QList<RuleConditionWidget*> conditions() const;

    RuleConditionWidget* addCondition();
    RuleGroupWidget* addGroup();

signals:
    void changed();
    void removeRequested();

private:
    void adopt(QWidget* child);
    void removeChild(QWidget* child);
    void updateEmptyHint();

    const RuleChoices* m_choices;
    int m_depth;
    bool m_readOnly = false;
    QList<QWidget*> m_children; // RuleConditionWidget or RuleGroupWidget, in order
    QLabel* m_matchLabel;
    QComboBox* m_matchCombo;
    QPushButton* m_addRuleButton;
    QPushButton* m_addGroupButton;
    QPushButton* m_removeButton;
    QLabel* m_emptyLabel;
    QVBoxLayout* m_childLayout;
};

} // namespace Herald
