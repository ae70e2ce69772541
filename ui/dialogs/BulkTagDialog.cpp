// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BulkTagDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

int clampedCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

} // namespace

BulkTagDialog::BulkTagDialog(Mode mode, qint64 selected, qint64 matching, const QStringList& tags, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_selected(selected)
    , m_matching(matching)
    , m_tagCombo(new QComboBox(this))
    , m_selectionRadio(new QRadioButton(this))
    , m_allRadio(new QRadioButton(this))
    , m_hintLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    const bool adding = mode == Mode::Add;
    setObjectName(u"bulkTagDialog"_s);
    setWindowTitle(adding ? tr("Add Tag") : tr("Remove Tag"));
    m_tagCombo->setObjectName(u"bulkTagCombo"_s);
    m_selectionRadio->setObjectName(u"bulkSelectionRadio"_s);
    m_allRadio->setObjectName(u"bulkAllMatchingRadio"_s);
    m_hintLabel->setObjectName(u"bulkHintLabel"_s);

    // Adding may create a tag; removing offers only the tags that exist.
    m_tagCombo->setEditable(adding);
    m_tagCombo->setInsertPolicy(QComboBox::NoInsert);
    m_tagCombo->addItems(tags);
    m_tagCombo->setCurrentIndex(adding ? -1 : 0);
    if (adding) {
        m_tagCombo->lineEdit()->setPlaceholderText(tr("A tag, new or existing"));
        m_tagCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        m_tagCombo->completer()->setFilterMode(Qt::MatchContains);
        m_tagCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    }
    m_tagCombo->setMinimumWidth(260);

    m_selectionRadio->setText(tr("The %Ln selected contact(s)", nullptr, clampedCount(selected)));
    m_allRadio->setText(matching < 0
            ? tr("All contacts matching the current search and filters")
            : tr("All %Ln contact(s) matching the current search and filters", nullptr, clampedCount(matching)));
    m_selectionRadio->setEnabled(selected > 0);
    m_allRadio->setEnabled(matching != 0);
    (selected > 0 ? m_selectionRadio : m_allRadio)->setChecked(true);

    m_hintLabel->setWordWrap(true);
    m_hintLabel->setText(
        adding ? tr("Contacts that already have the tag keep it.") : tr("Only the tag is removed; the contacts stay."));
    m_hintLabel->setEnabled(false);

    auto* scope = new QGroupBox(adding ? tr("Add it to") : tr("Remove it from"), this);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_selectionRadio);
    scopeLayout->addWidget(m_allRadio);

    auto* form = new QFormLayout;
    form->addRow(tr("&Tag:"), m_tagCombo);

    QPushButton* ok = m_buttons->addButton(adding ? tr("&Add Tag") : tr("&Remove Tag"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"bulkTagOkButton"_s);
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tagCombo, &QComboBox::currentTextChanged, this, &BulkTagDialog::updateButton);
    connect(m_selectionRadio, &QRadioButton::toggled, this, &BulkTagDialog::updateButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(scope);
    layout->addWidget(m_hintLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);
    updateButton();
    m_tagCombo->setFocus();
}

BulkTagDialog::~BulkTagDialog() = default;

QString BulkTagDialog::tag() const
{
    return m_tagCombo->currentText().simplified().remove(u',');
}

void BulkTagDialog::setTag(const QString& tag)
{
    if (m_tagCombo->isEditable()) {
        m_tagCombo->setEditText(tag);
    } else {
        m_tagCombo->setCurrentIndex(m_tagCombo->findText(tag, Qt::MatchFixedString));
    }
}

BulkTagDialog::Scope BulkTagDialog::scope() const
{
    return m_selectionRadio->isChecked() ? Scope::Selection : Scope::AllMatching;
}

void BulkTagDialog::setScope(Scope scope)
{
    (scope == Scope::Selection ? m_selectionRadio : m_allRadio)->setChecked(true);
}

void BulkTagDialog::updateButton()
{
    QAbstractButton* ok = m_buttons->buttons().constLast();
    for (QAbstractButton* button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            ok = button;
        }
    }
    const qint64 n = scope() == Scope::Selection ? m_selected : m_matching;
    ok->setEnabled(!tag().isEmpty() && n != 0);
}

} // namespace Herald
