// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RuleValueEditor.h"

#include "ListCompleter.h"
#include "RuleChoices.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int MaxInteger = 999'999'999;
constexpr double MaxAmount = 1e12;

QStringList splitList(const QString& text)
{
    QStringList values;
    for (const QString& part : text.split(u',')) {
        const QString value = part.trimmed();
        if (!value.isEmpty()) {
            values.append(value);
        }
    }
    return values;
}

double roundToCents(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

RuleValueEditor::RuleValueEditor(const RuleChoices* choices, QWidget* parent)
    : QWidget(parent)
    , m_choices(choices)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

RuleValueEditor::~RuleValueEditor() = default;

RuleValueEditor::Kind RuleValueEditor::kindFor(SegmentField field, SegmentOperator op)
{
    using V = SegmentValueType;
    switch (SegmentFields::valueType(field, op)) {
    case V::None:
        return Kind::None;
    case V::Text:
        if (op == SegmentOperator::Is || op == SegmentOperator::IsNot) {
            if (field == SegmentField::Country) {
                return Kind::Country;
            }
            if (field == SegmentField::Language) {
                return Kind::Language;
            }
        }
        return Kind::Line;
    case V::TextList:
    case V::TagList:
        return Kind::List;
    case V::Choice:
        return Kind::Choice;
    case V::Number:
    case V::NumberRange:
        return field == SegmentField::Orders ? Kind::Integer : Kind::Decimal;
    case V::Money:
    case V::MoneyRange:
        return Kind::Money;
    case V::Days:
        return Kind::Days;
    case V::Date:
    case V::DateRange:
        return Kind::Date;
    case V::Month:
        return Kind::Month;
    }
    return Kind::None;
}

void RuleValueEditor::configure(SegmentField field, SegmentOperator op)
{
    const Kind kind = kindFor(field, op);
    const SegmentValueType type = SegmentFields::valueType(field, op);
    const bool range = type == SegmentValueType::NumberRange || type == SegmentValueType::MoneyRange
        || type == SegmentValueType::DateRange;
    // Pickers and completions depend on the field, the rest only on the kind of value.
    const bool dependsOnField = kind == Kind::List || kind == Kind::Choice;
    const bool sameEditor = kind == m_kind && range == m_range && (field == m_field || !dependsOnField)
        && !(kind == Kind::Days && (op == SegmentOperator::NextDays) != (m_op == SegmentOperator::NextDays));
    const bool fieldChanged = field != m_field;
    const QJsonValue previous = value();
    const Kind previousKind = m_kind;
    m_field = field;
    m_op = op;
    if (sameEditor && m_layout->count() > 0) {
        return;
    }
    m_kind = kind;
    m_range = range;
    rebuild();
    resetValue();
    // "is PL" becoming "is any of" keeps PL, and back.
    if (!fieldChanged && previous.isString() && kind == Kind::List) {
        setValue(QJsonArray {previous});
    } else if (!fieldChanged && previous.isArray() && previousKind == Kind::List
        && (kind == Kind::Line || kind == Kind::Country || kind == Kind::Language) && !previous.toArray().isEmpty()) {
        setValue(previous.toArray().first());
    }
}

QAbstractSpinBox* RuleValueEditor::createSpinBox(const QString& objectName)
{
    QAbstractSpinBox* box = nullptr;
    if (m_kind == Kind::Decimal || m_kind == Kind::Money) {
        auto* spin = new QDoubleSpinBox(this);
        spin->setDecimals(2);
        spin->setRange(m_kind == Kind::Money ? 0.0 : -MaxAmount, MaxAmount);
        spin->setGroupSeparatorShown(true);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &RuleValueEditor::valueChanged);
        box = spin;
    } else {
        auto* spin = new QSpinBox(this);
        if (m_kind == Kind::Days) {
            spin->setRange(
                1, m_op == SegmentOperator::NextDays ? SegmentFields::MaxBirthdayDays : SegmentFields::MaxDays);
            spin->setSuffix(tr(" days"));
        } else {
            spin->setRange(0, MaxInteger);
            spin->setGroupSeparatorShown(true);
        }
        connect(spin, &QSpinBox::valueChanged, this, &RuleValueEditor::valueChanged);
        box = spin;
    }
    box->setObjectName(objectName);
    box->setAccelerated(true);
    box->setMinimumWidth(110);
    return box;
}

QDateEdit* RuleValueEditor::createDateEdit(const QString& objectName)
{
    auto* edit = new QDateEdit(this);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    // ISO dates are what the rules store, and read the same in every locale.
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDateRange(QDate(1900, 1, 1), QDate(2999, 12, 31));
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"2000-00-00"_s) + 48);
    connect(edit, &QDateEdit::dateChanged, this, &RuleValueEditor::valueChanged);
    return edit;
}

void RuleValueEditor::rebuild()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lineEdit = nullptr;
    m_completer = nullptr;
    m_combo = nullptr;
    m_spinBoxes[0] = m_spinBoxes[1] = nullptr;
    m_dateEdits[0] = m_dateEdits[1] = nullptr;
    m_andLabel = nullptr;

    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Line:
    case Kind::List:
        m_lineEdit = new QLineEdit(this);
        m_lineEdit->setObjectName(u"valueEdit"_s);
        m_lineEdit->setAccessibleName(tr("Value"));
        m_lineEdit->setMinimumWidth(160);
        if (m_kind == Kind::List) {
            m_lineEdit->setPlaceholderText(m_field == SegmentField::Tags ? tr("Tag names, separated by commas")
                                                                         : tr("Values, separated by commas"));
            m_completer = new ListCompleter(m_lineEdit);
            m_lineEdit->setCompleter(m_completer);
            fillCombo();
        } else {
            m_lineEdit->setPlaceholderText(tr("Value"));
        }
        connect(m_lineEdit, &QLineEdit::textChanged, this, &RuleValueEditor::valueChanged);
        m_layout->addWidget(m_lineEdit, 1);
        break;
    case Kind::Choice:
    case Kind::Country:
    case Kind::Language:
    case Kind::Month:
        m_combo = new QComboBox(this);
        m_combo->setObjectName(u"valueCombo"_s);
        m_combo->setAccessibleName(tr("Value"));
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(m_kind == Kind::Country ? 28 : 18);
        m_combo->setMaxVisibleItems(20);
        fillCombo();
        connect(m_combo, &QComboBox::currentIndexChanged, this, &RuleValueEditor::valueChanged);
        m_layout->addWidget(m_combo);
        m_layout->addStretch(1);
        break;
    case Kind::Integer:
    case Kind::Decimal:
    case Kind::Money:
    case Kind::Days:
        m_spinBoxes[0] = createSpinBox(u"valueSpinBox"_s);
        m_spinBoxes[0]->setAccessibleName(m_range ? tr("From") : tr("Value"));
        m_layout->addWidget(m_spinBoxes[0]);
        if (m_range) {
            m_andLabel = new QLabel(tr("and"), this);
            m_spinBoxes[1] = createSpinBox(u"toSpinBox"_s);
            m_spinBoxes[1]->setAccessibleName(tr("To"));
            m_layout->addWidget(m_andLabel);
            m_layout->addWidget(m_spinBoxes[1]);
        }
        m_layout->addStretch(1);
        break;
    case Kind::Date:
        m_dateEdits[0] = createDateEdit(u"valueDateEdit"_s);
        m_dateEdits[0]->setAccessibleName(m_range ? tr("From") : tr("Date"));
        m_layout->addWidget(m_dateEdits[0]);
        if (m_range) {
            m_andLabel = new QLabel(tr("and"), this);
            m_dateEdits[1] = createDateEdit(u"toDateEdit"_s);
            m_dateEdits[1]->setAccessibleName(tr("To"));
            m_layout->addWidget(m_andLabel);
            m_layout->addWidget(m_dateEdits[1]);
        }
        m_layout->addStretch(1);
        break;
    }
    setReadOnly(m_readOnly);
    setVisible(m_kind != Kind::None);
}

void RuleValueEditor::fillCombo()
{
    if (m_completer) {
        QList<std::pair<QString, QString>> items;
        if (m_field == SegmentField::Tags) {
            for (const QString& tag : m_choices->tags) {
                items.append({tag, tag});
            }
        } else if (m_field == SegmentField::Country || m_field == SegmentField::Language) {
            for (const RuleChoices::Item& item :
                m_field == SegmentField::Country ? m_choices->countries : m_choices->languages) {
                items.append({item.value, item.label});
            }
        }
        m_completer->setItems(items);
    }
    if (!m_combo) {
        return;
    }
    const QSignalBlocker blocker(m_combo);
    const QVariant current = m_combo->currentData();
    m_combo->clear();
    switch (m_kind) {
    case Kind::Choice:
        for (const SegmentChoice& choice : SegmentFields::info(m_field).choices) {
            m_combo->addItem(choice.displayName, choice.id);
        }
        break;
    case Kind::Country:
        for (const RuleChoices::Item& item : m_choices->countries) {
            m_combo->addItem(item.label, item.value);
        }
        break;
    case Kind::Language:
        for (const RuleChoices::Item& item : m_choices->languages) {
            m_combo->addItem(item.label, item.value);
        }
        break;
    case Kind::Month:
        for (int month = 1; month <= 12; ++month) {
            m_combo->addItem(QLocale().standaloneMonthName(month), month);
        }
        break;
    default:
        break;
    }
    if (current.isValid()) {
        int index = m_combo->findData(current);
        if (index < 0 && (m_kind == Kind::Country || m_kind == Kind::Language)) {
            const QString code = current.toString();
            m_combo->addItem(
                m_kind == Kind::Country ? RuleChoices::countryLabel(code) : RuleChoices::languageLabel(code), code);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
    }
}

void RuleValueEditor::refreshChoices()
{
    fillCombo();
}

void RuleValueEditor::resetValue()
{
    const QDate today = QDate::currentDate();
    switch (m_kind) {
    case Kind::Country: {
        // The user's own country is the likeliest first pick.
        const QString home = QLocale::territoryToCode(QLocale::system().territory());
        setValue(m_combo->findData(home) >= 0 ? home : m_combo->itemData(0).toString());
        break;
    }
    case Kind::Month:
        setValue(today.month());
        break;
    case Kind::Days:
        setValue(m_op == SegmentOperator::NextDays ? 7 : 30);
        break;
    case Kind::Date:
        setValue(m_range
                ? QJsonValue(QJsonArray {today.addDays(-30).toString(Qt::ISODate), today.toString(Qt::ISODate)})
                : QJsonValue(today.toString(Qt::ISODate)));
        break;
    default:
        break;
    }
}

void RuleValueEditor::setValue(const QJsonValue& value)
{
    const QJsonArray array = value.toArray();
    const QJsonValue first = m_range ? array.at(0) : value;
    switch (m_kind) {
    case Kind::None:
        break;
    case Kind::Line:
        m_lineEdit->setText(value.toString());
        break;
    case Kind::List: {
        QStringList values;
        for (const QJsonValue& item : array) {
            values.append(item.toString());
        }
        m_lineEdit->setText(values.join(u", "_s));
        break;
    }
    case Kind::Choice:
    case Kind::Country:
    case Kind::Language:
    case Kind::Month: {
        const QVariant data = m_kind == Kind::Month ? QVariant(value.toInt()) : QVariant(value.toString());
        int index = m_combo->findData(data);
        if (index < 0 && (m_kind == Kind::Country || m_kind == Kind::Language) && !value.toString().isEmpty()) {
            const QString code = value.toString();
            m_combo->addItem(
                m_kind == Kind::Country ? RuleChoices::countryLabel(code) : RuleChoices::languageLabel(code), code);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
        break;
    }
    case Kind::Integer:
    case Kind::Days:
        for (int i = 0; i < (m_range ? 2 : 1); ++i) {
            static_cast<QSpinBox*>(m_spinBoxes[i])->setValue((i == 0 ? first : array.at(1)).toInt());
        }
        break;
    case Kind::Decimal:
    case Kind::Money:
        for (int i = 0; i < (m_range ? 2 : 1); ++i) {
            static_cast<QDoubleSpinBox*>(m_spinBoxes[i])->setValue((i == 0 ? first : array.at(1)).toDouble());
        }
        break;
    case Kind::Date:
        for (int i = 0; i < (m_range ? 2 : 1); ++i) {
            const QDate date = QDate::fromString((i == 0 ? first : array.at(1)).toString(), Qt::ISODate);
            if (date.isValid()) {
                m_dateEdits[i]->setDate(date);
            }
        }
        break;
    }
}

QJsonValue RuleValueEditor::value() const
{
    auto one = [this](int i) -> QJsonValue {
        switch (m_kind) {
        case Kind::Integer:
        case Kind::Days:
            return static_cast<QSpinBox*>(m_spinBoxes[i])->value();
        case Kind::Decimal:
        case Kind::Money:
            return roundToCents(static_cast<QDoubleSpinBox*>(m_spinBoxes[i])->value());
        case Kind::Date:
            return m_dateEdits[i]->date().toString(Qt::ISODate);
        default:
            return QJsonValue();
        }
    };
    switch (m_kind) {
    case Kind::None:
        return QJsonValue();
    case Kind::Line:
        return m_lineEdit->text().trimmed();
    case Kind::List:
        return QJsonArray::fromStringList(splitList(m_lineEdit->text()));
    case Kind::Choice:
    case Kind::Country:
    case Kind::Language:
        return m_combo->currentData().toString();
    case Kind::Month:
        return m_combo->currentData().toInt();
    case Kind::Integer:
    case Kind::Decimal:
    case Kind::Money:
    case Kind::Days:
    case Kind::Date:
        return m_range ? QJsonValue(QJsonArray {one(0), one(1)}) : one(0);
    }
    return QJsonValue();
}

void RuleValueEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    // Read-only editors rather than disabled ones, so a built-in segment stays readable and
    // its values can be selected and copied; a combo box has no read-only state.
    if (m_lineEdit) {
        m_lineEdit->setReadOnly(readOnly);
    }
    for (QAbstractSpinBox* box : {m_spinBoxes[0], m_spinBoxes[1], static_cast<QAbstractSpinBox*>(m_dateEdits[0]),
             static_cast<QAbstractSpinBox*>(m_dateEdits[1])}) {
        if (box) {
            box->setReadOnly(readOnly);
        }
    }
    if (m_combo) {
        m_combo->setEnabled(!readOnly);
    }
}

QList<QWidget*> RuleValueEditor::focusWidgets() const
{
    QList<QWidget*> widgets;
    for (QWidget* widget : {static_cast<QWidget*>(m_lineEdit), static_cast<QWidget*>(m_combo),
             static_cast<QWidget*>(m_spinBoxes[0]), static_cast<QWidget*>(m_spinBoxes[1]),
             static_cast<QWidget*>(m_dateEdits[0]), static_cast<QWidget*>(m_dateEdits[1])}) {
        if (widget) {
            widgets.append(widget);
        }
    }
    return widgets;
}

} // namespace Herald
