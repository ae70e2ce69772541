// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "providers/ProviderAccount.h"
#include "providers/simulator/Simulator.h"
#include "sending/AccountAccess.h"

#include <QString>

#include <memory>

namespace Herald
{
class Database;
}

namespace Herald::Cli
{

// How the command line reaches an account: its credentials (an environment variable, the
// keychain, or the Simulator's built-in ones, see AccountCredentials) and, for the built-in
// Simulator account that has no address, a Simulator started in this process on a free
// loopback port, alive as long as this object. Shared by `campaign launch` and `poll`.
class AccountAccessCli final
{
public:
    static Result<std::unique_ptr<AccountAccessCli>> open(
        Database& database, const ProviderAccount& account, const QString& secretEnv = QString());
    ~AccountAccessCli();
    AccountAccessCli(const AccountAccessCli&) = delete;
    AccountAccessCli& operator=(const AccountAccessCli&) = delete;

    const AccountAccess& access() const
    {
        return m_access;
    }
    // The Simulator started here, or null.
    Simulator* simulator() const
    {
        return m_simulator.get();
    }

private:
    AccountAccessCli() = default;

    AccountAccess m_access;
    std::unique_ptr<Simulator> m_simulator;
};

} // namespace Herald::Cli
