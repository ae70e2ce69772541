// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QVariantList>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Herald
{

class Database;

// Exports contacts to CSV through ContactExporter (UTF-8 with BOM, formula-safe, re-importable):
// the selected ones, the current view (search and filters), a saved segment or everyone. The
// export runs on a worker thread with its own connection, with progress and cancel (a cancelled
// export leaves no file).
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Scope
    {
        Selection,
        CurrentView,
        Segment,
        Everyone,
    };

    // What can be exported: a condition over `contacts c` with its values and how many contacts
    // it matches (-1 when not known yet).
    struct Choice
    {
        QString where;
        QVariantList bindings;
        qint64 count = -1;
    };

    ExportDialog(Database& database, const Choice& selection, const Choice& currentView, QWidget* parent = nullptr);
    ~ExportDialog() override;

    Scope scope() const;
    void setScope(Scope scope);
    // Picks the saved segment with this id; false if there is none.
    bool setSegment(qint64 segmentId);
    QString filePath() const;
    void setFilePath(const QString& path);

    bool isExporting() const;
    // Whether an export finished and wrote its file.
    bool isFinished() const
    {
        return m_finished;
    }
    qint64 exportedCount() const
    {
        return m_exported;
    }

public slots:
    void startExport();
    void reject() override;

private:
    struct Outcome
    {
        qint64 count = 0;
        QString error;
    };
    void browse();
    void updateState();
    void handleFinished();
    // The condition for the chosen scope, or an error message.
    bool chosen(Choice& out, QString& error) const;

    Database& m_database;
    Choice m_selection;
    Choice m_view;
    QRadioButton* m_selectionRadio;
    QRadioButton* m_viewRadio;
    QRadioButton* m_segmentRadio;
    QRadioButton* m_everyoneRadio;
    QComboBox* m_segmentCombo;
    QLineEdit* m_pathEdit;
    QPushButton* m_browseButton;
    QProgressBar* m_progressBar;
    QLabel* m_statusLabel;
    QDialogButtonBox* m_buttons;
    QPushButton* m_exportButton;
    QFutureWatcher<Outcome>* m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_finished = false;
    qint64 m_exported = 0;
};

} // namespace Herald
