// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/Preflight.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace Herald
{

class Workspace;

// The pre-flight report of a campaign, which the user must confirm before it is launched
// (or scheduled): audience, exclusions with their reasons, when messages go out (quiet hours,
// held ones), parts, encoding and the characters that force UCS-2, cost per country, and
// warnings. The report is computed on a worker thread with its own connection, with a busy
// indicator and Cancel, so a large audience never freezes the window.
class PreflightDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreflightDialog)

public:
    PreflightDialog(Workspace& workspace, qint64 campaignId, const LaunchOptions& options, QWidget* parent = nullptr);
    ~PreflightDialog() override;

    // Starts the check (the constructor does not, so that callers can connect first).
    void start();
    bool isRunning() const;
    // The finished report, or null while running or after an error.
    const PreflightReport* report() const
    {
        return m_report ? &*m_report : nullptr;
    }
    QString errorMessage() const
    {
        return m_error;
    }
    // The campaign goes out later (its schedule): confirming schedules rather than launches.
    bool isForLater() const
    {
        return m_forLater;
    }

signals:
    void reportReady();
    void testSendRequested(qint64 campaignId);

private:
    struct Outcome
    {
        std::optional<PreflightReport> report;
        QString error;
    };
    void handleFinished();
    void showReport(const PreflightReport& report);
    void cancelCheck();

    Workspace& m_workspace;
    qint64 m_campaignId;
    LaunchOptions m_options;
    Campaign m_campaign;
    bool m_forLater = false;
    std::optional<PreflightReport> m_report;
    QString m_error;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Outcome>* m_watcher;

    QStackedWidget* m_stack;
    QLabel* m_busyLabel;
    QProgressBar* m_busyBar;
    QLabel* m_summaryLabel;
    QLabel* m_audienceLabel;
    QLabel* m_recipientsLabel;
    QLabel* m_timingLabel;
    QTreeWidget* m_exclusionsTree;
    QLabel* m_partsLabel;
    QLabel* m_encodingLabel;
    QLabel* m_costLabel;
    QTreeWidget* m_costTree;
    QListWidget* m_warningsList;
    QDialogButtonBox* m_buttons;
    QPushButton* m_launchButton;
    QPushButton* m_testButton;
};

} // namespace Herald
