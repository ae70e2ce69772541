// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/Template.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Herald
{

class MessageEditor;
class MessageWidget;
class TemplateFilterModel;
class TemplateListModel;
class Workspace;

// Templates: a searchable list on one side, the selected template in the message editor on
// the other. Changes are saved explicitly; leaving unsaved changes asks first, and deleting
// asks for confirmation.
class TemplatesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesPane)

public:
    explicit TemplatesPane(QWidget* parent = nullptr);
    ~TemplatesPane() override;

    void setWorkspace(Workspace* workspace);

    TemplateListModel* model() const
    {
        return m_model;
    }
    MessageEditor* editor() const
    {
        return m_editor;
    }
    bool hasUnsavedChanges() const
    {
        return m_dirty;
    }
    // The template in the form (id 0 for a new one not yet saved).
    qint64 currentTemplateId() const
    {
        return m_current.id;
    }
    void selectTemplate(qint64 id);

    // Asks about unsaved changes; false if the user cancelled.
    bool maybeSave();

public slots:
    void newTemplate();
    bool save();
    void revert();
    void duplicateCurrent();
    void deleteCurrent();
    void editFooters();

private:
    void handleSelectionChanged();
    void loadIntoForm(const Template& t);
    void setDirty(bool dirty);
    void updateAudience();
    Template formTemplate() const;

    Workspace* m_workspace = nullptr;
    Template m_current;
    bool m_dirty = false;
    bool m_loading = false;
    qint64 m_selectedId = 0;

    TemplateListModel* m_model;
    TemplateFilterModel* m_filter;
    QLineEdit* m_searchEdit;
    QComboBox* m_languageFilterCombo;
    QTableView* m_view;
    QPushButton* m_newButton;
    QPushButton* m_duplicateButton;
    QPushButton* m_deleteButton;
    QLineEdit* m_nameEdit;
    QComboBox* m_categoryCombo;
    QComboBox* m_languageCombo;
    QComboBox* m_kindCombo;
    MessageEditor* m_editor;
    QPushButton* m_footersButton;
    QPushButton* m_saveButton;
    QPushButton* m_revertButton;
    MessageWidget* m_messageWidget;
};

} // namespace Herald
