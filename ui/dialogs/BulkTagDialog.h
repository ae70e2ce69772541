// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace Herald
{

// Adds a tag to, or removes it from, many contacts at once: the selected ones, or every
// contact matching the list's search and filters (however many were scrolled into view).
class BulkTagDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkTagDialog)

public:
    enum class Mode
    {
        Add,
        Remove,
    };
    enum class Scope
    {
        Selection,
        AllMatching,
    };

    // selected: how many rows are selected; matching: how many contacts match the filter, or
    // -1 while that is still being counted. tags: the workspace's tags, offered to pick.
    BulkTagDialog(Mode mode, qint64 selected, qint64 matching, const QStringList& tags, QWidget* parent = nullptr);
    ~BulkTagDialog() override;

    Mode mode() const
    {
        return m_mode;
    }
    QString tag() const;
    void setTag(const QString& tag);
    Scope scope() const;
    void setScope(Scope scope);

private:
    void updateButton();

    Mode m_mode;
    qint64 m_selected;
    qint64 m_matching;
    QComboBox* m_tagCombo;
    QRadioButton* m_selectionRadio;
    QRadioButton* m_allRadio;
    QLabel* m_hintLabel;
    QDialogButtonBox* m_buttons;
};

} // namespace Herald
