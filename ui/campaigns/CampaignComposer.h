// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/CampaignRepository.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QTimeEdit;

namespace Herald
{

class MessageEditor;
class MessageWidget;
class Workspace;

// Writes a campaign: name, kind, message (from a template or written here, with the live
// counter), audience (all contacts, or the union of segments), provider account and sender ID,
// when it goes out and whether links get UTM tags. Saves a draft; launching is the pre-flight
// dialog's job.
class CampaignComposer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignComposer)

public:
    // campaignId 0: a new campaign; otherwise the draft to edit.
    CampaignComposer(Workspace& workspace, qint64 campaignId = 0, QWidget* parent = nullptr);
    ~CampaignComposer() override;

    // What the form says now.
    CampaignDraft draft() const;
    void setDraft(const CampaignDraft& draft);
    // The id of the saved draft (after accept()), or 0.
    qint64 campaignId() const
    {
        return m_campaignId;
    }
    // The text as the preview contact gets it, links tagged as the campaign will tag them.
    QString sentText() const;
    // The utm_campaign value links are tagged with; empty when tagging is off.
    QString utmCampaign() const;
    MessageEditor* messageEditor() const
    {
        return m_editor;
    }

    // Saves the draft; false (with the reason shown) when it cannot be saved.
    bool save();

    void accept() override;

private:
    void loadChoices();
    void handleTemplateChosen(int index);
    void handleKindChanged();
    void updateSentCount();
    void updateSenderHint();
    void updateScheduleWidgets();
    void updateAudience();

    Workspace& m_workspace;
    qint64 m_campaignId = 0;
    MessageWidget* m_messageWidget;
    QLineEdit* m_nameEdit;
    QComboBox* m_kindCombo;
    QComboBox* m_templateCombo;
    MessageEditor* m_editor;
    QCheckBox* m_utmCheck;
    QCheckBox* m_footerCheck;
    QLabel* m_sentCountLabel;
    QRadioButton* m_allContactsRadio;
    QRadioButton* m_segmentsRadio;
    QListWidget* m_segmentList;
    QComboBox* m_accountCombo;
    QLineEdit* m_senderEdit;
    QLabel* m_senderHintLabel;
    QButtonGroup* m_scheduleGroup;
    QRadioButton* m_nowRadio;
    QRadioButton* m_atRadio;
    QRadioButton* m_localRadio;
    QDateTimeEdit* m_atEdit;
    QDateEdit* m_localDateEdit;
    QTimeEdit* m_localTimeEdit;
    QDialogButtonBox* m_buttons;
    qint64 m_templateId = 0;
};

} // namespace Herald
