// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/Poller.h"
#include "sending/SendWorker.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Herald
{

class AccountConnection;
class CredentialStore;
class SendService;
class Workspace;

// Sends the campaigns launched from the Campaigns pane: one SendService (a SendWorker on its own
// thread) for the open workspace, and the connection to each account used (its secret, read
// asynchronously from the keychain, and for the built-in Simulator the Simulator started in this
// process). After a campaign has been handed over, its delivery reports are polled with the same
// connection; replies to a Simulator account are polled here too, since only this connection
// reaches that Simulator (real providers' replies are polled by the window's PollingSession).
//
// The worker sends one campaign at a time. A campaign whose remaining messages all wait for a
// later time (quiet hours, Sundays, local send times) must not hold it: such a campaign is put
// to sleep (it stays "sending") and handed to the worker again when its next message is due,
// so that other campaigns go out meanwhile.
class CampaignSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignSender)

public:
    CampaignSender(Workspace& workspace, CredentialStore& store, const SendOptions& options = SendOptions(),
        QObject* parent = nullptr);
    ~CampaignSender() override;

    void setPollOptions(const PollOptions& options)
    {
        m_pollOptions = options;
    }

    // Hands the launched (or paused, or retried) campaign to the send worker once its account
    // is reachable.
    void start(qint64 campaignId);
    void pause(qint64 campaignId);
    void cancel(qint64 campaignId);
    // Delivery reports of a campaign that has been handed over.
    void pollStatuses(qint64 campaignId);
    // Accounts were added, changed or removed (a new secret, another URL): a connection opened
    // before is opened afresh the next time it is needed. One that a campaign is sending through
    // is kept until that campaign stops; the built-in Simulator's is kept (it holds the messages
    // it is playing).
    void accountsChanged();

    // Sends text to each of numbers (E.164) at once through the account, outside any campaign:
    // the test send before a launch. done is called once per number.
    void testSend(qint64 accountId, const QString& sender, const QStringList& numbers, const QString& text,
        const std::function<void(const QString& number, bool ok, const QString& detail)>& done);

    SendService& service()
    {
        return *m_service;
    }

signals:
    void progressChanged(qint64 campaignId);
    void campaignFinished(qint64 campaignId, const QString& state);
    void campaignPaused(qint64 campaignId, const QString& reason);
    void statusPollingFinished(qint64 campaignId);
    void repliesPolled();
    // An account could not be reached (missing secret…): the campaign was not started.
    void problem(qint64 campaignId, const QString& message);

private:
    using Ready = std::function<void(qint64 accountId)>;
    // Opens (once) the connection of accountId (0: the default account) and calls ready with the
    // account's id, or emits problem.
    void withAccount(qint64 campaignId, qint64 accountId, const Ready& ready);
    void updatePolling();
    // Nothing of campaignId can leave now: every pending row waits for a later time.
    bool nothingDue(qint64 campaignId) const;
    // Hands campaignId to the worker again when its next held message is due.
    void sleepUntilDue(qint64 campaignId);
    void checkRunning();
    // Whether a campaign with the worker sends through accountId.
    bool inUse(qint64 accountId) const;
    // Closes the connection of accountId (it is opened again when needed).
    void forget(qint64 accountId);

    Workspace& m_workspace;
    CredentialStore& m_store;
    PollOptions m_pollOptions;
    // Connections before the service: the service (and its thread) goes first.
    std::map<qint64, std::unique_ptr<AccountConnection>> m_connections;
    QList<qint64> m_polledAccounts; // Simulator accounts whose replies are polled here
    std::unique_ptr<SendService> m_service;
    QNetworkAccessManager* m_network = nullptr; // test sends
    quint64 m_generation = 0;
    QSet<qint64> m_running; // handed to the worker, not finished or paused
    QHash<qint64, qint64> m_accountOf; // campaign → the account it was handed over with
    QSet<qint64> m_stale; // connections opened before the accounts last changed
    QSet<qint64> m_sleeping; // waiting for their next held message (a timer is set)
    QSet<qint64> m_settingAside; // paused by us to free the worker, not by the user
    QTimer* m_dueTimer = nullptr;
};

} // namespace Herald
