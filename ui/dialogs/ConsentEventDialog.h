// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/Contact.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Herald
{

// Records one consent event by hand: an opt-in with its proof (when, how, where, the exact
// words the person agreed to, a pointer to the evidence) or an opt-out. The event goes to the
// append-only ledger; nothing here edits an earlier event.
class ConsentEventDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentEventDialog)

public:
    ConsentEventDialog(ConsentEvent::Action action, const QString& contactName, QWidget* parent = nullptr);
    ~ConsentEventDialog() override;

    // The event as filled in (method, source and evidence trimmed).
    ConsentEvent consentEvent() const;
    // What is missing or wrong, empty when the event can be recorded. An opt-in needs its
    // source and wording: consent that cannot be shown is no consent.
    QStringList problems() const;

public slots:
    void accept() override;

private:
    ConsentEvent::Action m_action;
    QComboBox* m_purposeCombo;
    QDateTimeEdit* m_whenEdit;
    QComboBox* m_methodCombo;
    QLineEdit* m_sourceEdit;
    QPlainTextEdit* m_wordingEdit;
    QLineEdit* m_evidenceEdit;
    QLabel* m_problemLabel;
};

} // namespace Herald
