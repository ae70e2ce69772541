// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestSendDialog.h"

#include "CampaignSender.h"
#include "MessageWidget.h"
#include "contacts/PhoneNumbers.h"
#include "sms/MessageTemplate.h"
#include "sms/OutgoingText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QString s_numbersKey = u"Campaigns/testNumbers"_s;

} // namespace

TestSendDialog::TestSendDialog(
    const Campaign& campaign, CampaignSender& sender, const QString& defaultRegion, QWidget* parent)
    : QDialog(parent)
    , m_campaign(campaign)
    , m_sender(sender)
    , m_region(defaultRegion)
    , m_messageWidget(new MessageWidget(this))
    , m_numbersEdit(new QLineEdit(this))
    , m_textView(new QPlainTextEdit(this))
    , m_resultsList(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"testSendDialog"_s);
    setWindowTitle(tr("Send a Test — %1").arg(campaign.name));
    m_messageWidget->setObjectName(u"testSendMessageWidget"_s);
    m_numbersEdit->setObjectName(u"testNumbersEdit"_s);
    m_numbersEdit->setPlaceholderText(tr("Your own numbers, separated by commas"));
    // The user's own numbers are a preference of this computer, not customer data.
    m_numbersEdit->setText(QSettings().value(s_numbersKey).toString());
    m_textView->setObjectName(u"testTextView"_s);
    m_textView->setReadOnly(true);
    m_textView->setPlainText(text());
    m_textView->setMaximumHeight(120);
    m_resultsList->setObjectName(u"testResultsList"_s);
    m_sendButton = m_buttons->addButton(tr("&Send Test"), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(u"sendTestButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Numbers:"), m_numbersEdit);
    form->addRow(tr("Message:"), m_textView);
    form->addRow(tr("Results:"), m_resultsList);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageWidget);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);

    connect(m_sendButton, &QPushButton::clicked, this, [this] { (void)sendNow(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The account could not be reached: no number gets an answer.
    connect(&m_sender, &CampaignSender::problem, this, [this](qint64 campaignId, const QString& message) {
        if (campaignId == 0 && !m_sendButton->isEnabled()) {
            m_messageWidget->showMessage(message, MessageWidget::Type::Error);
            m_sendButton->setEnabled(true);
        }
    });
    resize(560, 420);
}

TestSendDialog::~TestSendDialog() = default;

QString TestSendDialog::text() const
{
    auto parsed = MessageTemplate::parse(m_campaign.body);
    if (!parsed) {
        return m_campaign.body;
    }
    // A transactional copy: placeholders show their fallback text, links get the campaign's tags.
    OutgoingText::Options options;
    options.marketing = false;
    options.transliterate = m_campaign.transliterate;
    return OutgoingText::compose(parsed.value(), {}, options, m_campaign.utmValue());
}

void TestSendDialog::setNumbers(const QString& numbers)
{
    m_numbersEdit->setText(numbers);
}

bool TestSendDialog::sendNow()
{
    QStringList numbers;
    const QStringList typed = m_numbersEdit->text().split(QRegularExpression(u"[,;]"_s), Qt::SkipEmptyParts);
    for (const QString& raw : typed) {
        auto phone = PhoneNumbers::normalize(raw.trimmed(), m_region);
        if (!phone) {
            m_messageWidget->showMessage(tr("“%1” is not a phone number: %2").arg(raw.trimmed(), phone.errorMessage()),
                MessageWidget::Type::Error);
            return false;
        }
        if (!numbers.contains(phone->e164)) {
            numbers.append(phone->e164);
        }
    }
    if (numbers.isEmpty()) {
        m_messageWidget->showMessage(tr("Type at least one of your own numbers."), MessageWidget::Type::Warning);
        return false;
    }
    if (numbers.size() > 5) {
        m_messageWidget->showMessage(tr("A test goes to at most 5 numbers."), MessageWidget::Type::Warning);
        return false;
    }
    QSettings().setValue(s_numbersKey, m_numbersEdit->text());
    m_sendButton->setEnabled(false);
    m_resultsList->clear();
    m_expected = int(numbers.size());
    m_answered = 0;
    m_accepted = 0;
    const QPointer<TestSendDialog> self(this);
    m_sender.testSend(m_campaign.accountId, m_campaign.sender, numbers, text(),
        [self](const QString& number, bool ok, const QString& detail) {
            if (!self) {
                return;
            }
            ++self->m_answered;
            self->m_accepted += ok ? 1 : 0;
            self->m_resultsList->addItem(ok ? tr("%1: accepted by the provider (%2)").arg(number, detail)
                                            : tr("%1: not sent — %2").arg(number, detail));
            if (self->m_answered >= self->m_expected) {
                self->m_sendButton->setEnabled(true);
                emit self->allAnswered();
            }
        });
    return true;
}

} // namespace Herald
