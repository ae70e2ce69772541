// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountConnection.h"
#include "Poller.h"
#include "Result.h"
#include "providers/ProviderAccount.h"
#include "secrets/AccountCredentials.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Herald
{

class CredentialStore;
class Database;
class SendService;

// Continuous polling of replies and delivery reports for the accounts of one workspace
// (SendService::startPolling), as the desktop app runs it: restart() after the workspace opens
// and whenever its accounts change, stop() before it closes. Accounts whose provider has nothing
// to poll (SMSAPI) or whose secret is missing are left out; with none left nothing runs.
// restart() returns at once: secrets are read from the keychain asynchronously and polling
// starts when all have answered (isStarting() until then; stateChanged() tells each change).
class PollingSession final : public QObject
{
    Q_OBJECT

public:
    PollingSession(Database& database, SendService& service, CredentialStore& store, QObject* parent = nullptr);
    ~PollingSession() override;
    Q_DISABLE_COPY_MOVE(PollingSession)

    void restart(const PollOptions& options = PollOptions());
    void stop();
    // A round at once, instead of at the next tick: a reply the user just wrote goes out now.
    void pollNow();

    bool isActive() const
    {
        return !m_accounts.isEmpty() && m_pending == 0;
    }
    // Waiting for secrets after restart().
    bool isStarting() const
    {
        return m_pending > 0;
    }
    // Names of the accounts polled.
    QStringList accountNames() const
    {
        return m_names;
    }
    // Why accounts were left out, in words for the user (empty when none was).
    QStringList problems() const
    {
        return m_problems;
    }

signals:
    void stateChanged();

private:
    void addAccount(const ProviderAccount& account, const Result<ResolvedCredentials>& resolved);

    Database& m_database;
    SendService& m_service;
    CredentialStore& m_store;
    std::vector<std::unique_ptr<AccountConnection>> m_connections;
    QList<PollAccount> m_accounts;
    QStringList m_names;
    QStringList m_problems;
    PollOptions m_options;
    quint64 m_generation = 0;
    int m_pending = 0; // accounts whose secret has not answered yet
};

} // namespace Herald
