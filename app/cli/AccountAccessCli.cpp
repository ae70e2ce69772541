// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountAccessCli.h"

#include "secrets/AccountCredentials.h"
#include "secrets/KeychainCredentialStore.h"

namespace Herald::Cli
{

AccountAccessCli::~AccountAccessCli() = default;

Result<std::unique_ptr<AccountAccessCli>> AccountAccessCli::open(
    Database& database, const ProviderAccount& account, const QString& secretEnv)
{
    KeychainCredentialStore keychain;
    auto credentials = AccountCredentials::credentialsNow(database, account, keychain, secretEnv);
    if (!credentials) {
        return credentials.error();
    }
    std::unique_ptr<AccountAccessCli> opened(new AccountAccessCli);
    opened->m_access.credentials = credentials.value();
    // The built-in Simulator account has no address: run one here, on a free loopback port.
    if (account.isSimulator() && account.baseUrl.isEmpty()) {
        Simulator::Options options;
        options.secret = credentials->secret;
        opened->m_simulator = std::make_unique<Simulator>(options);
        auto url = opened->m_simulator->start(0);
        if (!url) {
            return url.error();
        }
        opened->m_access.baseUrl = url.value();
    }
    return opened;
}

} // namespace Herald::Cli
