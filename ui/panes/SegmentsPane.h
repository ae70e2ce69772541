// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/Contact.h"
#include "segments/Segment.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Herald
{

class MessageWidget;
class RuleBuilder;
class SegmentListModel;
class Workspace;

// Segments: the saved segments with their sizes on one side; on the other the selected
// segment's name, description and rules, the live number of contacts they match and the
// first of them. Counting runs off the GUI thread 300 ms after the last edit, and a newer edit
// cancels an older count. Changes are saved explicitly; leaving unsaved changes asks first.
// Built-in segments are shown read-only: duplicating one makes an editable copy.
class SegmentsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPane)

public:
    static constexpr int PreviewLimit = 50;
    static constexpr int CountDelayMs = 300;

    explicit SegmentsPane(QWidget* parent = nullptr);
    ~SegmentsPane() override;

    void setWorkspace(Workspace* workspace);

    SegmentListModel* model() const
    {
        return m_model;
    }
    RuleBuilder* ruleBuilder() const
    {
        return m_ruleBuilder;
    }
    bool hasUnsavedChanges() const
    {
        return m_dirty;
    }
    // The segment in the form (id 0 for a new one not yet saved).
    qint64 currentSegmentId() const
    {
        return m_current.id;
    }
    bool isReadOnly() const
    {
        return m_current.builtin;
    }
    // The number of contacts the form's rules match, or -1 while counting or if they cannot
    // be counted (invalid rules).
    qint64 audienceCount() const
    {
        return m_audienceCount;
    }
    bool isCounting() const;
    // The contacts in the preview table, in order.
    QList<Contact> previewContacts() const
    {
        return m_previewContacts;
    }
    void selectSegment(qint64 id);

    // Asks about unsaved changes; false if the user cancelled.
    bool maybeSave();

public slots:
    void newSegment();
    bool save();
    void revert();
    void duplicateCurrent();
    void deleteCurrent();

signals:
    // The form's audience was counted (count is -1 if counting failed).
    void audienceCounted(qint64 count);

private:
    struct CountOutcome
    {
        qint64 count = -1;
        QList<Contact> preview;
        QString error;
    };

    void handleSelectionChanged();
    void handleRulesChanged();
    void loadIntoForm(const Segment& segment);
    void setDirty(bool dirty);
    void startCount();
    void handleCountFinished();
    void cancelCount();
    void showPreview(const QList<Contact>& contacts);
    Segment formSegment() const;

    Workspace* m_workspace = nullptr;
    Segment m_current;
    bool m_dirty = false;
    bool m_loading = false;
    qint64 m_audienceCount = -1;
    QList<Contact> m_previewContacts;

    SegmentListModel* m_model;
    QTableView* m_view;
    QPushButton* m_newButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_deleteButton;
    MessageWidget* m_messageWidget;
    QLabel* m_builtinHintLabel;
    QLineEdit* m_nameEdit;
    QLineEdit* m_descriptionEdit;
    RuleBuilder* m_ruleBuilder;
    QLabel* m_countLabel;
    QTableWidget* m_previewTable;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;

    QTimer* m_countTimer;

    bool m_countPending = false; // a count was started and its result is not in yet
    QFutureWatcher<CountOutcome>* m_countWatcher;
    std::shared_ptr<std::atomic<bool>> m_countCancel;
};

} // namespace Herald
