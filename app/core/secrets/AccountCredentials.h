// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "providers/ProviderAccount.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Herald
{

class CredentialStore;
class Database;

// Where the secret of an account came from.
enum class CredentialSource
{
    Environment, // the variable named by --secret-env or the account's "secret_env" option
    Keychain, // the system keychain
    BuiltIn, // the Simulator's fixed, public credentials
    Typed, // typed by the user for this one check, not stored yet
};

QString credentialSourceName(CredentialSource source); // "environment", "keychain", "built-in", "typed"

struct ResolvedCredentials
{
    ProviderCredentials credentials;
    CredentialSource source = CredentialSource::BuiltIn;
    QString variable; // the environment variable, for Environment
};

// The one place that decides where an account's secret comes from. The secret is handed to
// the caller in memory and written nowhere: not the database, not settings, not a log.
//
// Order:
//   1. the environment variable named by secretEnv (--secret-env): headless use; when it is
//      not set that is an error, nothing else is tried;
//   2. the environment variable named by the account's "secret_env" option, if it is set;
//   3. the account's entry in the system keychain (for a Simulator account only when a secret
//      was stored for it: the Simulator needs none);
//   4. for the Simulator that names no variable, its fixed credentials.
class AccountCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(AccountCredentials)

public:
    using Callback = std::function<void(const Result<ResolvedCredentials>&)>;

    // The id that names this workspace in keychain keys. It is not secret: it is kept in
    // workspace_meta ("keychain_id"), made on first use, so a renamed or moved workspace file
    // keeps its secrets.
    static Result<QString> workspaceId(Database& database);
    // CredentialStore::accountKey() of accountId in this workspace.
    static Result<QString> keychainKey(Database& database, qint64 accountId);

    // The option recording, without the secret, that Herald stored one in the keychain.
    static QString storedOption(); // "secret_in_keychain"
    static bool hasStoredSecret(const ProviderAccount& account);
    // Whether resolving account reads the keychain (step 3 above).
    static bool usesKeychain(const ProviderAccount& account);

    // Resolves asynchronously; done is called once, never from inside this call.
    static void resolve(const ProviderAccount& account, const QString& keychainKey, CredentialStore& store,
        const QString& secretEnv, Callback done);
    // Waits for resolve() in a local event loop (command line).
    static Result<ResolvedCredentials> resolveNow(
        const ProviderAccount& account, const QString& keychainKey, CredentialStore& store, const QString& secretEnv);

    // resolveNow() for an account of database, with its keychain key (command line).
    static Result<ProviderCredentials> credentialsNow(
        Database& database, const ProviderAccount& account, CredentialStore& store, const QString& secretEnv);

    // The credentials of account with secret (typed, or read from the keychain): the values
    // that are not secret come from the account's options.
    static ProviderCredentials withSecret(const ProviderAccount& account, const QString& secret);
};

} // namespace Herald
