// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/SegmentRule.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QToolButton;

namespace Herald
{

class RuleValueEditor;
struct RuleChoices;

// One condition of the rule builder: its number ("2.1", as validation errors name it), the
// field, a custom field's name, the operator offered for that field, and the value editor.
class RuleConditionWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleConditionWidget)

public:
    explicit RuleConditionWidget(const RuleChoices* choices, QWidget* parent = nullptr);
    ~RuleConditionWidget() override;

    void setRule(const SegmentRule& rule);
    SegmentRule rule() const;

    // "2.1": shown in front of the row, and names the row for tests ("condition_2_1").
    void setNumber(const QString& number);
    void setReadOnly(bool readOnly);
    // Marks the row as the one a validation error is about.
    void setInvalid(bool invalid);
    bool isInvalid() const
    {
        return m_invalid;
    }
    void refreshChoices();
    QList<QWidget*> focusWidgets() const;
    void focusFirst();

signals:
    void changed();
    void removeRequested();

private:
    void handleFieldChanged();
    void handleOperatorChanged();
    void fillOperators(SegmentOperator preferred);
    void fillCustomFieldNames();
    SegmentField currentField() const;
    SegmentOperator currentOperator() const;

    const RuleChoices* m_choices;
    bool m_invalid = false;
    QLabel* m_numberLabel;
    QComboBox* m_fieldCombo;
    QComboBox* m_customFieldCombo;
    QComboBox* m_operatorCombo;
    RuleValueEditor* m_valueEditor;
    QToolButton* m_removeButton;
};

} // namespace Herald
