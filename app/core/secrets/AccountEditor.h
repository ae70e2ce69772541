// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "providers/ProviderAccount.h"

#include <QCoreApplication>

namespace Herald
{

class Database;

// Changes to existing provider_accounts rows: the edits of the Accounts dialog and
// `herald-cli account remove`. Adding stays with ProviderAccounts::add(). Secrets are not
// touched here: callers pair these with the account's keychain entry (AccountCredentials).
class AccountEditor final
{
    Q_DECLARE_TR_FUNCTIONS(AccountEditor)

public:
    explicit AccountEditor(Database& database);

    // Saves account (found by its id) with the same rules as a new account; isDefault = true
    // makes it the default, false leaves the default where it is.
    Result<void> update(const ProviderAccount& account);

    // Deletes the row. Refused while a campaign that is scheduled, sending or paused uses the
    // account: resuming it would otherwise send through another account. Finished campaigns
    // and their messages keep their history without the account. When the default goes, the
    // oldest remaining account becomes the default.
    Result<void> remove(qint64 accountId);

private:
    Database& m_database;
};

} // namespace Herald
