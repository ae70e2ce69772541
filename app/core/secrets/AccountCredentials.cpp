// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountCredentials.h"

#include "CredentialStore.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QString s_secretEnvOption = u"secret_env"_s;

// Answers on the store's thread, after the caller's frame (the contract of resolve()).
void deliver(CredentialStore& store, const AccountCredentials::Callback& done, Result<ResolvedCredentials> result)
{
    QTimer::singleShot(0, &store, [done, result = std::move(result)] { done(result); });
}

ResolvedCredentials builtIn(const ProviderAccount& account)
{
    ResolvedCredentials resolved;
    resolved.credentials = ProviderAccounts::simulatorCredentials();
    resolved.credentials.accountId = account.options.value(u"account_sid"_s).toString(resolved.credentials.accountId);
    resolved.source = CredentialSource::BuiltIn;
    return resolved;
}

} // namespace

QString credentialSourceName(CredentialSource source)
{
    switch (source) {
    case CredentialSource::Environment:
        return u"environment"_s;
    case CredentialSource::Keychain:
        return u"keychain"_s;
    case CredentialSource::BuiltIn:
        return u"built-in"_s;
    case CredentialSource::Typed:
        return u"typed"_s;
    }
    return {};
}

Result<QString> AccountCredentials::workspaceId(Database& database)
{
    const QString select = u"SELECT value FROM workspace_meta WHERE key = 'keychain_id'"_s;
    auto id = database.scalar(select);
    if (!id) {
        return id.error();
    }
    if (id.value().isNull()) {
        if (auto made = database.exec(u"INSERT OR IGNORE INTO workspace_meta (key, value) "
                                      "VALUES ('keychain_id', lower(hex(randomblob(16))))"_s);
            !made) {
            return made.error();
        }
        id = database.scalar(select);
        if (!id) {
            return id.error();
        }
    }
    return id.value().toString();
}

Result<QString> AccountCredentials::keychainKey(Database& database, qint64 accountId)
{
    auto workspace = workspaceId(database);
    if (!workspace) {
        return workspace.error();
    }
    return CredentialStore::accountKey(workspace.value(), accountId);
}

QString AccountCredentials::storedOption()
{
    return u"secret_in_keychain"_s;
}

bool AccountCredentials::hasStoredSecret(const ProviderAccount& account)
{
    return account.options.value(storedOption()).toBool();
}

bool AccountCredentials::usesKeychain(const ProviderAccount& account)
{
    return !account.isSimulator() || hasStoredSecret(account);
}

ProviderCredentials AccountCredentials::withSecret(const ProviderAccount& account, const QString& secret)
{
    ProviderCredentials credentials;
    if (account.isSimulator()) {
        credentials.accountId = ProviderAccounts::simulatorCredentials().accountId;
    }
    credentials.accountId = account.options.value(u"account_sid"_s).toString(credentials.accountId);
    credentials.keyId = account.options.value(u"api_key"_s).toString();
    // As ProviderAccounts::credentialsFromEnvironment() reads them.
    if (account.provider == u"plivo"_s) {
        credentials.accountId = account.options.value(u"auth_id"_s).toString();
    }
    credentials.secret = secret;
    return credentials;
}

void AccountCredentials::resolve(const ProviderAccount& account, const QString& keychainKey, CredentialStore& store,
    const QString& secretEnv, Callback done)
{
    // 1. An explicit --secret-env wins, and only it is tried.
    if (!secretEnv.isEmpty()) {
        auto credentials = ProviderAccounts::credentialsFromEnvironment(account, secretEnv);
        if (!credentials) {
            deliver(store, done, credentials.error());
            return;
        }
        deliver(store, done, ResolvedCredentials {credentials.value(), CredentialSource::Environment, secretEnv});
        return;
    }
    // 2. The account's own variable, when this process has it.
    const QString variable = account.options.value(s_secretEnvOption).toString();
    if (!variable.isEmpty() && !qEnvironmentVariableIsEmpty(variable.toLocal8Bit().constData())) {
        auto credentials = ProviderAccounts::credentialsFromEnvironment(account, variable);
        if (!credentials) {
            deliver(store, done, credentials.error());
            return;
        }
        deliver(store, done, ResolvedCredentials {credentials.value(), CredentialSource::Environment, variable});
        return;
    }
    // 3. The keychain.
    if (usesKeychain(account) && !keychainKey.isEmpty()) {
        store.read(keychainKey, [account, variable, done](const CredentialOutcome& outcome) {
            if (outcome.ok()) {
                done(ResolvedCredentials {withSecret(account, outcome.secret), CredentialSource::Keychain, {}});
                return;
            }
            // 4. The Simulator may not ask for any particular secret.
            if (account.isSimulator() && variable.isEmpty()) {
                done(builtIn(account));
                return;
            }
            QString message;
            if (outcome.status == CredentialOutcome::Status::NotFound) {
                message = variable.isEmpty()
                    ? tr("No secret is stored for the account “%1”. Save one in Herald’s Accounts dialog or with "
                         "herald-cli account set-secret \"%1\" (the secret on standard input), or pass --secret-env "
                         "VARIABLE.")
                          .arg(account.name)
                    : tr("No secret for the account “%1”: the environment variable %2 is not set and the system "
                         "keychain holds no secret for it.")
                          .arg(account.name, variable);
            } else {
                message = variable.isEmpty()
                    ? tr("The secret of the account “%1” cannot be read: %2").arg(account.name, outcome.message)
                    : tr("The environment variable %1 is not set, and the secret of the account “%2” cannot be "
                         "read from the keychain: %3")
                          .arg(variable, account.name, outcome.message);
            }
            done(Error {message});
        });
        return;
    }
    if (account.isSimulator() && variable.isEmpty()) {
        deliver(store, done, builtIn(account));
        return;
    }
    deliver(store, done,
        Error {variable.isEmpty() ? tr("No secret for the account “%1”: pass --secret-env VARIABLE.").arg(account.name)
                                  : tr("The environment variable %1 is empty or not set.").arg(variable)});
}

Result<ResolvedCredentials> AccountCredentials::resolveNow(
    const ProviderAccount& account, const QString& keychainKey, CredentialStore& store, const QString& secretEnv)
{
    auto answer = std::make_shared<std::optional<Result<ResolvedCredentials>>>();
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    resolve(account, keychainKey, store, secretEnv, [answer, guard](const Result<ResolvedCredentials>& result) {
        answer->emplace(result);
        if (guard) {
            guard->quit();
        }
    });
    if (!answer->has_value()) {
        loop.exec();
    }
    return answer->value_or(Error {tr("The credentials could not be read.")});
}

Result<ProviderCredentials> AccountCredentials::credentialsNow(
    Database& database, const ProviderAccount& account, CredentialStore& store, const QString& secretEnv)
{
    auto key = keychainKey(database, account.id);
    if (!key) {
        return key.error();
    }
    auto resolved = resolveNow(account, key.value(), store, secretEnv);
    if (!resolved) {
        return resolved.error();
    }
    return resolved->credentials;
}

} // namespace Herald
