// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segments/SegmentFields.h"

#include <QJsonValue>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QAbstractSpinBox;

namespace Herald
{

class ListCompleter;
struct RuleChoices;

// The operand of one condition, edited by whatever suits the field and operator: a line edit,
// a comma-separated list with completion (tags, countries, languages), a country, language,
// consent or month picker, spin boxes for numbers, money and days, date edits with a calendar,
// or two of them for "between". value() is the JSON the rule stores.
class RuleValueEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleValueEditor)

public:
    explicit RuleValueEditor(const RuleChoices* choices, QWidget* parent = nullptr);
    ~RuleValueEditor() override;

    // Shows the editor for op on field. The value is kept when the new editor can hold it
    // (changing "is" to "is not"), and reset to a sensible default otherwise.
    void configure(SegmentField field, SegmentOperator op);
    void setValue(const QJsonValue& value);
    QJsonValue value() const;
    // The choices changed (the workspace's tags were loaded): refreshes pickers, keeps the value.
    void refreshChoices();
    void setReadOnly(bool readOnly);
    // The editors, in tab order.
    QList<QWidget*> focusWidgets() const;

signals:
    void valueChanged();

private:
    enum class Kind
    {
        None,
        Line,
        List,
        Choice,
        Country,
        Language,
        Integer,
        Decimal,
        Money,
        Days,
        Date,
        Month,
    };

    static Kind kindFor(SegmentField field, SegmentOperator op);
    void rebuild();
    void fillCombo();
    void resetValue();
    QAbstractSpinBox* createSpinBox(const QString& objectName);
    QDateEdit* createDateEdit(const QString& objectName);

    const RuleChoices* m_choices;
    SegmentField m_field = SegmentField::Tags;
    SegmentOperator m_op = SegmentOperator::HasAny;
    Kind m_kind = Kind::None;
    bool m_range = false;
    bool m_readOnly = false;

    QHBoxLayout* m_layout;
    QLineEdit* m_lineEdit = nullptr;
    ListCompleter* m_completer = nullptr;
    QComboBox* m_combo = nullptr;
    QAbstractSpinBox* m_spinBoxes[2] = {nullptr, nullptr};
    QDateEdit* m_dateEdits[2] = {nullptr, nullptr};
    QLabel* m_andLabel = nullptr;
};

} // namespace Herald
