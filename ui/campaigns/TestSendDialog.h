// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/CampaignRepository.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Herald
{

class CampaignSender;
class MessageWidget;

// Sends a copy of a campaign's message to the user's own numbers through the campaign's
// account before the launch: as a transactional one-off (no consent check, no footer), with
// placeholders showing their fallback text and links tagged as the campaign tags them.
class TestSendDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestSendDialog)

public:
    TestSendDialog(
        const Campaign& campaign, CampaignSender& sender, const QString& defaultRegion, QWidget* parent = nullptr);
    ~TestSendDialog() override;

    // The text the numbers get.
    QString text() const;
    void setNumbers(const QString& numbers);
    // Sends to the numbers typed; false (with the reason shown) when one cannot be read.
    bool sendNow();
    // Numbers answered so far, and of them accepted by the provider.
    int answered() const
    {
        return m_answered;
    }
    int accepted() const
    {
        return m_accepted;
    }

signals:
    void allAnswered();

private:
    Campaign m_campaign;
    CampaignSender& m_sender;
    QString m_region;
    MessageWidget* m_messageWidget;
    QLineEdit* m_numbersEdit;
    QPlainTextEdit* m_textView;
    QListWidget* m_resultsList;
    QDialogButtonBox* m_buttons;
    QPushButton* m_sendButton;
    int m_expected = 0;
    int m_answered = 0;
    int m_accepted = 0;
};

} // namespace Herald
