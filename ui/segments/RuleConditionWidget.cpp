// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RuleConditionWidget.h"

#include "RuleChoices.h"
#include "RuleValueEditor.h"
#include "segments/SegmentFields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Herald
{

RuleConditionWidget::RuleConditionWidget(const RuleChoices* choices, QWidget* parent)
    : QFrame(parent)
    , m_choices(choices)
    , m_numberLabel(new QLabel(this))
    , m_fieldCombo(new QComboBox(this))
    , m_customFieldCombo(new QComboBox(this))
    , m_operatorCombo(new QComboBox(this))
    , m_valueEditor(new RuleValueEditor(choices, this))
    , m_removeButton(new QToolButton(this))
{
    setObjectName(u"condition"_s);
    m_numberLabel->setObjectName(u"numberLabel"_s);
    m_fieldCombo->setObjectName(u"fieldCombo"_s);
    m_customFieldCombo->setObjectName(u"customFieldCombo"_s);
    m_operatorCombo->setObjectName(u"operatorCombo"_s);
    m_valueEditor->setObjectName(u"valueEditor"_s);
    m_removeButton->setObjectName(u"removeRuleButton"_s);

    m_numberLabel->setMinimumWidth(fontMetrics().horizontalAdvance(u"8.8.8"_s));
    m_numberLabel->setForegroundRole(QPalette::PlaceholderText);
    m_fieldCombo->setAccessibleName(tr("Field"));
    m_fieldCombo->setMaxVisibleItems(20);
    for (const SegmentFieldInfo& info : SegmentFields::all()) {
        m_fieldCombo->addItem(info.displayName, int(info.field));
        m_fieldCombo->setItemData(m_fieldCombo->count() - 1, info.description, Qt::ToolTipRole);
    }
    m_customFieldCombo->setEditable(true);
    m_customFieldCombo->setInsertPolicy(QComboBox::NoInsert);
    m_customFieldCombo->setAccessibleName(tr("Custom field name"));
    m_customFieldCombo->lineEdit()->setPlaceholderText(tr("Field name"));
    m_customFieldCombo->setMinimumContentsLength(10);
    m_customFieldCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operatorCombo->setAccessibleName(tr("Comparison"));
    // One width for every row, whatever its field, so that the value editors line up.
    int longest = 0;
    for (const SegmentFieldInfo& info : SegmentFields::all()) {
        for (const SegmentOperatorInfo& op : info.operators) {
            longest = qMax(longest, m_operatorCombo->fontMetrics().horizontalAdvance(op.displayName));
        }
    }
    m_operatorCombo->setMinimumWidth(longest + 40); // the text, the arrow and the frame
    m_removeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_removeButton->setAutoRaise(true);
    m_removeButton->setFocusPolicy(Qt::StrongFocus);
    m_removeButton->setToolTip(tr("Remove this rule"));
    m_removeButton->setAccessibleName(tr("Remove rule"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 2, 2);
    layout->addWidget(m_numberLabel);
    layout->addWidget(m_fieldCombo);
    layout->addWidget(m_customFieldCombo);
    layout->addWidget(m_operatorCombo);
    layout->addWidget(m_valueEditor, 1);
    layout->addWidget(m_removeButton);

    fillCustomFieldNames();
    m_fieldCombo->setCurrentIndex(0);
    fillOperators(SegmentOperator::HasAny);
    m_customFieldCombo->setVisible(false);
    m_valueEditor->configure(currentField(), currentOperator());

    connect(m_fieldCombo, &QComboBox::currentIndexChanged, this, &RuleConditionWidget::handleFieldChanged);
    connect(m_operatorCombo, &QComboBox::currentIndexChanged, this, &RuleConditionWidget::handleOperatorChanged);
    connect(m_customFieldCombo, &QComboBox::currentTextChanged, this, &RuleConditionWidget::changed);
    connect(m_valueEditor, &RuleValueEditor::valueChanged, this, &RuleConditionWidget::changed);
    connect(m_removeButton, &QToolButton::clicked, this, &RuleConditionWidget::removeRequested);
}

RuleConditionWidget::~RuleConditionWidget() = default;

SegmentField RuleConditionWidget::currentField() const
{
    return SegmentField(m_fieldCombo->currentData().toInt());
}

SegmentOperator RuleConditionWidget::currentOperator() const
{
    return SegmentOperator(m_operatorCombo->currentData().toInt());
}

void RuleConditionWidget::fillOperators(SegmentOperator preferred)
{
    const QSignalBlocker blocker(m_operatorCombo);
    m_operatorCombo->clear();
    const SegmentFieldInfo info = SegmentFields::info(currentField());
    for (const SegmentOperatorInfo& op : info.operators) {
        m_operatorCombo->addItem(op.displayName, int(op.op));
    }
    m_operatorCombo->setCurrentIndex(qMax(0, m_operatorCombo->findData(int(preferred))));
}

void RuleConditionWidget::fillCustomFieldNames()
{
    const QSignalBlocker blocker(m_customFieldCombo);
    const QString current = m_customFieldCombo->currentText();
    m_customFieldCombo->clear();
    m_customFieldCombo->addItems(m_choices->customFields);
    m_customFieldCombo->setEditText(current);
}

void RuleConditionWidget::handleFieldChanged()
{
    // The operator stays when the new field has it too (last order → last message, "in the
    // last N days"), and so does its value.
    fillOperators(currentOperator());
    m_customFieldCombo->setVisible(currentField() == SegmentField::Custom);
    m_valueEditor->configure(currentField(), currentOperator());
    emit changed();
}

void RuleConditionWidget::handleOperatorChanged()
{
    m_valueEditor->configure(currentField(), currentOperator());
    emit changed();
}

void RuleConditionWidget::setRule(const SegmentRule& rule)
{
    {
        const QSignalBlocker fieldBlocker(m_fieldCombo);
        const QSignalBlocker nameBlocker(m_customFieldCombo);
        const QSignalBlocker valueBlocker(m_valueEditor);
        m_fieldCombo->setCurrentIndex(qMax(0, m_fieldCombo->findData(int(rule.field))));
        fillOperators(rule.op);
        m_customFieldCombo->setVisible(currentField() == SegmentField::Custom);
        m_customFieldCombo->setEditText(rule.customField);
        m_valueEditor->configure(currentField(), currentOperator());
        if (!rule.value.isNull() && !rule.value.isUndefined()) {
            m_valueEditor->setValue(rule.value);
        }
    }
    emit changed();
}

SegmentRule RuleConditionWidget::rule() const
{
    const SegmentField field = currentField();
    const SegmentOperator op = currentOperator();
    const bool needsValue = SegmentFields::valueType(field, op) != SegmentValueType::None;
    const QJsonValue value = needsValue ? m_valueEditor->value() : QJsonValue();
    if (field == SegmentField::Custom) {
        return SegmentRule::customCondition(m_customFieldCombo->currentText().trimmed(), op, value);
    }
    return SegmentRule::condition(field, op, value);
}

void RuleConditionWidget::setNumber(const QString& number)
{
    m_numberLabel->setText(number);
    setObjectName(u"condition_%1"_s.arg(QString(number).replace(u'.', u'_')));
    setAccessibleName(tr("Rule %1").arg(number));
}

void RuleConditionWidget::setReadOnly(bool readOnly)
{
    m_fieldCombo->setEnabled(!readOnly);
    m_customFieldCombo->setEnabled(!readOnly);
    m_operatorCombo->setEnabled(!readOnly);
    m_valueEditor->setReadOnly(readOnly);
    m_removeButton->setVisible(!readOnly);
}

void RuleConditionWidget::setInvalid(bool invalid)
{
    if (invalid == m_invalid) {
        return;
    }
    m_invalid = invalid;
    // Only this frame, not the editors inside it (the class selector does not cascade).
    setStyleSheet(invalid ? u".Herald--RuleConditionWidget { border: 1px solid #c62828; border-radius: 3px; "
                            "background: #fdecea; }"_s
                          : QString());
}

void RuleConditionWidget::refreshChoices()
{
    fillCustomFieldNames();
    m_valueEditor->refreshChoices();
}

QList<QWidget*> RuleConditionWidget::focusWidgets() const
{
    QList<QWidget*> widgets = {m_fieldCombo};
    if (currentField() == SegmentField::Custom) {
        widgets.append(m_customFieldCombo);
    }
    widgets.append(m_operatorCombo);
    widgets += m_valueEditor->focusWidgets();
    widgets.append(m_removeButton);
    return widgets;
}

void RuleConditionWidget::focusFirst()
{
    m_fieldCombo->setFocus(Qt::OtherFocusReason);
}

} // namespace Herald
