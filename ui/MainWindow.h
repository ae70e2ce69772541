// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;

namespace Ui
{
class MainWindow;
}

namespace Herald
{

class Application;
class AnalyticsPane;
class CampaignsPane;
class ContactsPane;
class InboxPane;
class KeychainCredentialStore;
class PollingSession;
class SendService;
class LogPane;
class SegmentsPane;
class TemplatesPane;

// The main window: a sidebar of panes, the log pane, menus and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Pane
    {
        Contacts,
        Segments,
        Templates,
        Campaigns,
        Inbox,
        Analytics,
    };
    Q_ENUM(Pane)

    explicit MainWindow(Application& app, QWidget* parent = nullptr);
    ~MainWindow() override;

    Pane currentPane() const;
    void showPane(Pane pane);
    ContactsPane* contactsPane() const
    {
        return m_contactsPane;
    }
    TemplatesPane* templatesPane() const
    {
        return m_templatesPane;
    }
    SegmentsPane* segmentsPane() const
    {
        return m_segmentsPane;
    }
    CampaignsPane* campaignsPane() const
    {
        return m_campaignsPane;
    }
    // The background polling of replies and delivery reports, or null without a workspace.
    PollingSession* pollingSession() const
    {
        return m_polling.get();
    }
    // Asks about unsaved edits in every pane; false if the user cancelled.
    bool maybeSaveAll();

    // Starts importing path; the entry point for the menu, the pane button and drag-and-drop.
    void importCsv(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createPanes();
    void createActions();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();

    void handleWorkspaceAboutToClose();
    void handleWorkspaceChanged();
    void handleNewWorkspace();
    void handleOpenWorkspace();
    void handleImportCsv();
    void handleAccounts();
    void handleSettings();
    void handleAbout();
    void handleContactCountChanged(qint64 count);
    // Replies and delivery reports of the open workspace's accounts, polled in the background.
    void restartPolling();
    void stopPolling();
    void updateSenderLabel();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Application& m_app;
    ContactsPane* m_contactsPane = nullptr;
    TemplatesPane* m_templatesPane = nullptr;
    SegmentsPane* m_segmentsPane = nullptr;
    CampaignsPane* m_campaignsPane = nullptr;
    InboxPane* m_inboxPane = nullptr;
    AnalyticsPane* m_analyticsPane = nullptr;
    LogPane* m_logPane = nullptr;
    QDockWidget* m_logDock = nullptr;
    QLabel* m_workspaceLabel = nullptr;
    QLabel* m_contactsLabel = nullptr;
    QLabel* m_senderLabel = nullptr;
    std::unique_ptr<KeychainCredentialStore> m_pollKeychain;
    std::unique_ptr<SendService> m_sendService;
    std::unique_ptr<PollingSession> m_polling; // uses m_sendService: destroyed first
};

} // namespace Herald
