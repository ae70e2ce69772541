// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountAccess.h"
#include "Result.h"
#include "providers/ProviderAccount.h"

#include <QString>

#include <memory>

namespace Herald
{

class CredentialStore;
class Database;
class Simulator;

// How to reach one account right now: its credentials (environment variable, keychain, or the
// Simulator's built-in ones, see AccountCredentials) and, for the built-in Simulator account
// that has no address, a Simulator started in this process on a free loopback port, alive as
// long as this object. Used by the desktop app's polling and the command line (`campaign launch`, `poll`).
class AccountConnection final
{
public:
    static Result<std::unique_ptr<AccountConnection>> open(
        Database& database, const ProviderAccount& account, CredentialStore& store, const QString& secretEnv = {});
    // With credentials already resolved (AccountCredentials::resolve()).
    static Result<std::unique_ptr<AccountConnection>> open(
        const ProviderAccount& account, const ProviderCredentials& credentials);
    ~AccountConnection();
    AccountConnection(const AccountConnection&) = delete;
    AccountConnection& operator=(const AccountConnection&) = delete;

    const AccountAccess& access() const
    {
        return m_access;
    }
    // The Simulator started for this connection, or null. It lives on a thread of its own: reach
    // it only through queued calls.
    Simulator* simulator() const;

private:
    AccountConnection() = default;

    AccountAccess m_access;
    struct SimulatorHost;
    std::unique_ptr<SimulatorHost> m_simulator;
};

} // namespace Herald
