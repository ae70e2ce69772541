// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sms/AudienceStats.h"
#include "sms/SmsCount.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace Herald
{

class SmsHighlighter;
class Workspace;

// The message editor of templates and campaigns.
//
// Under the text, a live counter of what will really be sent: the placeholders filled in for
// the preview contact and, for marketing, the opt-out footer in their language. Characters
// that force UCS-2 are highlighted; "Make GSM-safe" and "Remove diacritics" rewrite them as
// one undoable edit and say beforehand how many parts they save. When an audience is set,
// the parts distribution and cost over every recipient are computed in the background.
class MessageEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageEditor)

public:
    explicit MessageEditor(QWidget* parent = nullptr);
    ~MessageEditor() override;

    // The workspace supplies preview contacts, custom field names, footers and the audience.
    void setWorkspace(Workspace* workspace);

    QString text() const;
    void setText(const QString& text);
    void setMarketing(bool marketing);
    // Links are counted tagged for this utm_campaign value (Utm), as a campaign sends them; empty:
    // untagged.
    void setUtmCampaign(const QString& utmCampaign);
    bool isMarketing() const
    {
        return m_marketing;
    }
    // The message's language: chooses the transliteration table and the sample's footer.
    void setLanguage(const QString& language);
    void setReadOnly(bool readOnly);
    // Send without diacritics: the whole text, names filled in included, is transliterated.
    void setTransliterate(bool transliterate);
    bool transliterate() const;

    // Recipients to analyse; an empty label turns the analysis off.
    void setAudience(const AudienceQuery& audience);

    // What the counter shows: the text as sent to the preview contact, and its count.
    QString countedText() const;
    SmsCount currentCount() const;
    // An error about the template itself (unknown placeholder…), or empty.
    QString templateError() const
    {
        return m_templateError;
    }
    // The last finished audience analysis.
    const AudienceStats& audienceStats() const
    {
        return m_audienceStats;
    }
    bool isAnalysing() const;

signals:
    void textChanged();
    void transliterateChanged(bool transliterate);
    void audienceAnalysed();

private:
    void handleTextChanged();
    void handlePreviewContactChanged();
    void updateCounter();
    void updateFixButtons();
    void applyGsmSafe();
    void applyTransliteration();
    void applyChanges(const QList<std::pair<qsizetype, std::pair<QString, QString>>>& changes);
    void rebuildPlaceholderMenu();
    void reloadPreviewContacts();
    void startAudienceAnalysis();
    void handleAudienceFinished();
    QString render(const QString& body) const;

    Workspace* m_workspace = nullptr;
    bool m_marketing = true;
    QString m_utmCampaign;
    QString m_language;
    QString m_templateError;
    QHash<QString, QString> m_previewValues;
    QString m_previewLanguage;

    QPlainTextEdit* m_bodyEdit;
    SmsHighlighter* m_highlighter;
    QToolButton* m_insertButton;
    QPushButton* m_gsmSafeButton;
    QPushButton* m_transliterateButton;
    QComboBox* m_transliterateLanguageCombo;
    QCheckBox* m_transliterateOnSendCheck;
    QLabel* m_counterLabel;
    QLabel* m_encodingLabel;
    QComboBox* m_previewContactCombo;
    QLabel* m_previewLabel;
    QLabel* m_audienceLabel;

    AudienceQuery m_audience;
    AudienceStats m_audienceStats;
    QTimer* m_audienceTimer;
    struct AnalysisOutcome
    {
        AudienceStats stats;
        QString error;
    };
    QFutureWatcher<AnalysisOutcome>* m_audienceWatcher;
    std::shared_ptr<std::atomic<bool>> m_audienceCancel;
};

} // namespace Herald
