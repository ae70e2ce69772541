// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/ImportSummary.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace Herald
{

class Workspace;

// Importing a customer file: what Herald understood of it (encoding, delimiter, format), the
// first rows exactly as they will be imported or why they will be refused, the country for
// numbers without one and what to do with numbers already in the workspace. The import runs
// in the background with progress and cancel (cancel imports nothing), and ends with a
// summary and, if rows were refused, a CSV of them to fix and import again.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    ImportDialog(
        Workspace& workspace, const QString& filePath, const QString& defaultRegion, QWidget* parent = nullptr);
    ~ImportDialog() override;

    bool isImporting() const;
    // Whether an import finished (anything may have been added).
    bool imported() const
    {
        return m_finished;
    }
    const ImportSummary& summary() const
    {
        return m_summary;
    }

public slots:
    void startImport();
    void reject() override;

private:
    struct Outcome
    {
        ImportSummary summary;
        QString error;
    };
    void refreshPreview();
    void handleFinished();

    Workspace& m_workspace;
    QString m_filePath;
    QLabel* m_formatLabel;
    QComboBox* m_regionCombo;
    QComboBox* m_duplicateCombo;
    QTableWidget* m_previewTable;
    QLabel* m_statusLabel;
    QProgressBar* m_progressBar;
    QDialogButtonBox* m_buttons;
    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ImportSummary m_summary;
    bool m_finished = false;
};

} // namespace Herald
