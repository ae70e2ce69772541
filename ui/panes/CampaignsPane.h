// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/Poller.h"
#include "sending/SendWorker.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace Herald
{

class CampaignComposer;
class CampaignListModel;
class CampaignMonitor;
class CampaignSender;
class CredentialStore;
class MessageWidget;
class PreflightDialog;
class TestSendDialog;
class Workspace;

// The Campaigns pane: the list of campaigns with their state and progress, and below it the
// selected campaign, live. New campaigns are written in the composer, checked in the pre-flight
// report and launched from there; drafts can be edited, duplicated and deleted. A scheduled
// campaign whose time passed while Herald was closed is never sent by itself: opening the
// workspace asks the user what to do with it.
class CampaignsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPane)

public:
    explicit CampaignsPane(QWidget* parent = nullptr);
    ~CampaignsPane() override;

    // Tests: the secrets of accounts (default: the system keychain) and the sending tuning;
    // call before setWorkspace().
    void setCredentialStore(CredentialStore* store);
    void setSendOptions(const SendOptions& options, const PollOptions& pollOptions);

    void setWorkspace(Workspace* workspace);

    CampaignListModel* model() const
    {
        return m_model;
    }
    CampaignMonitor* monitor() const
    {
        return m_monitor;
    }
    CampaignSender* sender() const
    {
        return m_sender.get();
    }
    MessageWidget* messageWidget() const
    {
        return m_messageWidget;
    }
    QTableView* view() const
    {
        return m_view;
    }

    // The campaign selected in the list, or 0.
    qint64 currentCampaignId() const;
    void selectCampaign(qint64 id);

    // Each opens its window-modal dialog and returns it (it deletes itself when closed).
    CampaignComposer* newCampaign();
    CampaignComposer* editCampaign(qint64 id);
    PreflightDialog* checkAndLaunch(qint64 id);
    TestSendDialog* testSend(qint64 id);

    // The confirmed launch, as the command line does it: a campaign for later is scheduled,
    // any other is launched (the outbox is filled in one transaction) and handed to the sender.
    bool launch(qint64 id);
    bool duplicateCampaign(qint64 id);
    // Asks first.
    bool deleteDraft(qint64 id);
    void pauseCampaign(qint64 id);
    void resumeCampaign(qint64 id);
    // Asks first.
    void cancelCampaign(qint64 id);
    void retryFailed(qint64 id);

    // Asks about each scheduled campaign whose time passed while Herald was closed: send it now
    // (through the pre-flight check), turn it back into a draft to pick another time, or leave it
    // scheduled (asked again next time).
    void checkMissedSchedules();
    // Launches the scheduled campaigns that came due since the last look (while Herald ran);
    // runs every 15 seconds.
    void launchDueSchedules();

private:
    void createActions();
    void updateActions();
    void handleCurrentChanged();
    void handleContextMenu(const QPoint& pos);
    void refreshMonitorSoon();
    void resumeInterruptedCampaigns();
    CredentialStore& credentialStore();

    Workspace* m_workspace = nullptr;
    CredentialStore* m_store = nullptr;
    std::unique_ptr<CredentialStore> m_ownStore;
    SendOptions m_sendOptions;
    PollOptions m_pollOptions;
    std::unique_ptr<CampaignSender> m_sender;
    // Scheduled campaigns due after this instant are launched while Herald runs; those due
    // before it were missed and are asked about.
    QDateTime m_scheduleCheckedAt;

    MessageWidget* m_messageWidget;
    CampaignListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    CampaignMonitor* m_monitor;
    QTimer* m_scheduleTimer;
    QTimer* m_monitorTimer;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_launchAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_pauseAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_cancelAction = nullptr;
};

} // namespace Herald
