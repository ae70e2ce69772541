// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConsentEventDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

ConsentEventDialog::ConsentEventDialog(ConsentEvent::Action action, const QString& contactName, QWidget* parent)
    : QDialog(parent)
    , m_action(action)
    , m_purposeCombo(new QComboBox(this))
    , m_whenEdit(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_methodCombo(new QComboBox(this))
    , m_sourceEdit(new QLineEdit(this))
    , m_wordingEdit(new QPlainTextEdit(this))
    , m_evidenceEdit(new QLineEdit(this))
    , m_problemLabel(new QLabel(this))
{
    const bool optIn = action == ConsentEvent::Action::OptIn;
    setObjectName(u"consentEventDialog"_s);
    setWindowTitle(optIn ? tr("Record Opt-in for %1").arg(contactName) : tr("Record Opt-out for %1").arg(contactName));
    m_purposeCombo->setObjectName(u"consentPurposeCombo"_s);
    m_whenEdit->setObjectName(u"consentWhenEdit"_s);
    m_methodCombo->setObjectName(u"consentMethodCombo"_s);
    m_sourceEdit->setObjectName(u"consentSourceEdit"_s);
    m_wordingEdit->setObjectName(u"consentWordingEdit"_s);
    m_evidenceEdit->setObjectName(u"consentEvidenceEdit"_s);
    m_problemLabel->setObjectName(u"consentProblemLabel"_s);

    m_purposeCombo->addItem(tr("Marketing messages"), u"marketing"_s);
    m_purposeCombo->addItem(tr("Transactional messages (orders, shipping)"), u"transactional"_s);
    m_whenEdit->setCalendarPopup(true);
    m_whenEdit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    m_whenEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Stored values stay in English, like every other method in the ledger; the labels are translated.
    const QList<std::pair<QString, QString>> methods = {
        {u"in store"_s, tr("In store")},
        {u"phone call"_s, tr("Phone call")},
        {u"paper form"_s, tr("Paper form")},
        {u"web form"_s, tr("Web form")},
        {u"email"_s, tr("Email")},
        {u"manual"_s, tr("Other")},
    };
    for (const auto& [value, label] : methods) {
        m_methodCombo->addItem(label, value);
    }
    m_sourceEdit->setPlaceholderText(optIn ? tr("Where it was given, e.g. shop counter in Kraków, form #12")
                                           : tr("How the person asked, e.g. phone call to the shop"));
    m_wordingEdit->setPlaceholderText(
        optIn ? tr("The exact words the person agreed to") : tr("What the person said or wrote (optional)"));
    m_wordingEdit->setTabChangesFocus(true);
    m_wordingEdit->setFixedHeight(m_wordingEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_evidenceEdit->setPlaceholderText(tr("Where the proof is kept, e.g. signed form in the binder, call recording"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"color: #b00020"_s);
    m_problemLabel->hide();

    auto* intro = new QLabel(optIn ? tr("The opt-in is added to the consent ledger of %1 with its proof. The ledger "
                                        "keeps every event: it cannot be edited or removed later.")
                                         .arg(contactName)
                                   : tr("The opt-out is added to the consent ledger of %1 and applies at once: no "
                                        "marketing message will be sent to this number. The ledger keeps every "
                                        "event: it cannot be edited or removed later.")
                                         .arg(contactName),
        this);
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&For:"), m_purposeCombo);
    form->addRow(tr("&When:"), m_whenEdit);
    form->addRow(tr("&How:"), m_methodCombo);
    form->addRow(optIn ? tr("&Source (required):") : tr("&Source:"), m_sourceEdit);
    form->addRow(optIn ? tr("Wor&ding (required):") : tr("Wor&ding:"), m_wordingEdit);
    form->addRow(tr("&Evidence:"), m_evidenceEdit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* record
        = buttons->addButton(optIn ? tr("Record &Opt-in") : tr("Record &Opt-out"), QDialogButtonBox::AcceptRole);
    record->setObjectName(u"consentRecordButton"_s);
    record->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

ConsentEventDialog::~ConsentEventDialog() = default;

ConsentEvent ConsentEventDialog::consentEvent() const
{
    ConsentEvent e;
    e.action = m_action;
    e.purpose = m_purposeCombo->currentData().toString();
    e.occurredAt = m_whenEdit->dateTime().toUTC();
    e.method = m_methodCombo->currentData().toString();
    e.source = m_sourceEdit->text().trimmed();
    e.wording = m_wordingEdit->toPlainText().trimmed();
    e.evidence = m_evidenceEdit->text().trimmed();
    if (e.source.isEmpty()) {
        e.source = u"manual"_s;
    }
    return e;
}

QStringList ConsentEventDialog::problems() const
{
    QStringList out;
    if (m_action == ConsentEvent::Action::OptIn) {
        if (m_sourceEdit->text().trimmed().isEmpty()) {
            out << tr("Say where the consent was given.");
        }
        if (m_wordingEdit->toPlainText().trimmed().isEmpty()) {
            out << tr("Write the exact words the person agreed to.");
        }
    }
    if (m_whenEdit->dateTime() > QDateTime::currentDateTime().addSecs(60)) {
        out << tr("The event cannot be in the future.");
    }
    return out;
}

void ConsentEventDialog::accept()
{
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        m_problemLabel->setText(wrong.join(u'\n'));
        m_problemLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace Herald
