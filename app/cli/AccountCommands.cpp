// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "providers/ProviderAccount.h"
#include "secrets/AccountCredentials.h"
#include "secrets/AccountEditor.h"
#include "secrets/ConnectionTest.h"
#include "secrets/KeychainCredentialStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage
    = u"account add --name N --provider simulator|twilio [--base-url URL] [--from SENDER] [--rate R] "
      "[--option KEY=VALUE]… [--secret-env VAR | --secret-stdin] [--default] | account list | "
      "account test NAME [--secret-env VAR] [--timeout S] | account set-secret NAME (secret on stdin) | "
      "account remove NAME"_s;

// How long the command line waits for the keychain (which may ask to be unlocked).
constexpr int KeychainTimeoutMs = 30000;

// The secret on stdin, without the line break a shell or a file adds after it.
Result<QString> readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return Error {CommandRegistry::tr("cannot read stdin")};
    }
    QByteArray bytes = in.readAll();
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) {
        bytes.chop(1);
    }
    const QString secret = QString::fromUtf8(bytes);
    if (const QString refusal = CredentialStore::checkSecret(secret); !refusal.isEmpty()) {
        return Error {CommandRegistry::tr("No secret on stdin: %1").arg(refusal)};
    }
    return secret;
}

// Where the secret of account is expected to come from, without reading it.
QString secretSource(const ProviderAccount& account)
{
    const QString variable = account.options.value(u"secret_env"_s).toString();
    if (!variable.isEmpty()) {
        return AccountCredentials::hasStoredSecret(account) ? u"env:%1+keychain"_s.arg(variable)
                                                            : u"env:%1"_s.arg(variable);
    }
    if (AccountCredentials::hasStoredSecret(account)) {
        return u"keychain"_s;
    }
    return account.isSimulator() ? u"built-in"_s : u"none"_s;
}

int runAdd(CliContext& context, const QStringList& args)
{
    ProviderAccount account;
    bool secretFromStdin = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--name"_s && hasValue) {
            account.name = args.at(++i);
        } else if (arg == u"--provider"_s && hasValue) {
            account.provider = args.at(++i);
        } else if (arg == u"--base-url"_s && hasValue) {
            account.baseUrl = args.at(++i);
        } else if (arg == u"--from"_s && hasValue) {
            account.sender = args.at(++i);
        } else if (arg == u"--rate"_s && hasValue) {
            bool ok = false;
            account.ratePerSecond = args.at(++i).toDouble(&ok);
            if (!ok || account.ratePerSecond < 0) {
                return context.usageError(
                    CommandRegistry::tr("--rate must be a number of messages per second"), s_usage);
            }
        } else if (arg == u"--option"_s && hasValue) {
            const QString option = args.at(++i);
            const qsizetype eq = option.indexOf(u'=');
            if (eq <= 0) {
                return context.usageError(CommandRegistry::tr("--option needs KEY=VALUE"), s_usage);
            }
            const QString key = option.left(eq);
            if (key == AccountCredentials::storedOption()) {
                return context.usageError(CommandRegistry::tr("%1 is set by Herald itself").arg(key), s_usage);
            }
            account.options.insert(key, option.mid(eq + 1));
        } else if (arg == u"--secret-env"_s && hasValue) {
            // Only the variable's name is kept: the secret itself is read when it is needed.
            account.options.insert(u"secret_env"_s, args.at(++i));
        } else if (arg == u"--secret-stdin"_s) {
            secretFromStdin = true;
        } else if (arg == u"--default"_s) {
            account.isDefault = true;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    if (account.name.isEmpty() || account.provider.isEmpty()) {
        return context.usageError(CommandRegistry::tr("account add needs --name and --provider"), s_usage);
    }
    if (secretFromStdin && account.options.contains(u"secret_env"_s)) {
        return context.usageError(
            CommandRegistry::tr("give the secret either with --secret-env or with --secret-stdin"), s_usage);
    }
    if (account.isSimulator()) {
        if (!account.options.contains(u"account_sid"_s)) {
            account.options.insert(u"account_sid"_s, ProviderAccounts::simulatorCredentials().accountId);
        }
        if (account.sender.isEmpty()) {
            account.sender = ProviderAccounts::simulatorSender();
        }
    }
    QString secret;
    if (secretFromStdin) {
        auto read = readSecretFromStdin();
        if (!read) {
            return context.fail(read.errorMessage(), BadUsage);
        }
        secret = read.value();
        account.options.insert(AccountCredentials::storedOption(), true);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    auto id = ProviderAccounts(database).add(account);
    if (!id) {
        return context.fail(id.errorMessage(), BadUsage);
    }
    auto key = AccountCredentials::keychainKey(database, id.value());
    if (!key) {
        (void)AccountEditor(database).remove(id.value());
        return context.fail(key.errorMessage());
    }
    KeychainCredentialStore store;
    store.setTimeoutMs(KeychainTimeoutMs);
    if (secretFromStdin) {
        // The keychain or nothing: without it the account is not added, and no copy is kept.
        const CredentialOutcome stored = store.writeNow(key.value(), secret);
        if (!stored.ok()) {
            (void)AccountEditor(database).remove(id.value());
            return context.fail(
                CommandRegistry::tr("The account “%1” was not added: %2").arg(account.name, stored.message));
        }
    } else if (AccountCredentials::usesKeychain(account)) {
        // A key left behind by an earlier account with the same id must not lend this one its secret.
        (void)store.removeNow(key.value());
    }
    if (context.json()) {
        context.printJson({{u"id"_s, id.value()}, {u"secret"_s, secretSource(account)}});
    } else {
        context.out() << CommandRegistry::tr("Added account %1 (%2).").arg(id.value()).arg(account.name) << Qt::endl;
        if (secretFromStdin) {
            context.out() << CommandRegistry::tr("The secret is stored in the system keychain.") << Qt::endl;
        }
    }
    return Success;
}

int runList(CliContext& context, const QStringList& args)
{
    if (!args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.constFirst()), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    // A workspace always has the Simulator to try things with.
    if (auto simulator = ProviderAccounts::ensureSimulatorAccount(database); !simulator) {
        return context.fail(simulator.errorMessage());
    }
    auto accounts = ProviderAccounts(database).list();
    if (!accounts) {
        return context.fail(accounts.errorMessage());
    }
    if (context.json()) {
        QJsonArray items;
        for (const ProviderAccount& a : accounts.value()) {
            items.append(QJsonObject {
                {u"id"_s, a.id},
                {u"name"_s, a.name},
                {u"provider"_s, a.provider},
                {u"base_url"_s, a.baseUrl},
                {u"sender"_s, a.sender},
                {u"rate"_s, a.ratePerSecond},
                {u"default"_s, a.isDefault},
                {u"secret"_s, secretSource(a)},
            });
        }
        context.printJson({{u"accounts"_s, items}});
    } else {
        for (const ProviderAccount& a : accounts.value()) {
            context.out() << a.id << u'\t' << a.name << u'\t' << a.provider << u'\t' << a.sender << u'\t'
                          << (a.baseUrl.isEmpty() ? u"-"_s : a.baseUrl) << u'\t' << u"secret:"_s << secretSource(a)
                          << (a.isDefault ? u"\t(default)"_s : QString()) << Qt::endl;
        }
    }
    return Success;
}

int runTest(CliContext& context, const QStringList& args)
{
    QString name;
    ConnectionTest::Request request;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--secret-env"_s && hasValue) {
            request.secretEnv = args.at(++i);
        } else if (arg == u"--timeout"_s && hasValue) {
            bool ok = false;
            const int seconds = args.at(++i).toInt(&ok);
            if (!ok || seconds <= 0) {
                return context.usageError(CommandRegistry::tr("bad value for %1").arg(arg), s_usage);
            }
            request.timeoutMs = seconds * 1000;
        } else if (name.isEmpty() && !arg.startsWith(u"--"_s)) {
            name = arg;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    if (name.isEmpty()) {
        return context.usageError(CommandRegistry::tr("which account? Give its name"), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    auto account = ProviderAccounts(database).findByName(name);
    if (!account) {
        return context.fail(account.errorMessage(), BadUsage);
    }
    auto key = AccountCredentials::keychainKey(database, account->id);
    if (!key) {
        return context.fail(key.errorMessage());
    }
    request.account = account.value();
    request.keychainKey = key.value();
    KeychainCredentialStore store;
    store.setTimeoutMs(KeychainTimeoutMs);
    ConnectionTest test(store);
    const ConnectionTestResult result = test.runNow(request);
    if (context.json()) {
        context.printJson({
            {u"ok"_s, result.ok},
            {u"account"_s, account->name},
            {u"provider"_s, account->provider},
            {u"message"_s, result.message},
            {u"http_status"_s, result.check.httpStatus},
            {u"credentials"_s, credentialSourceName(result.source)},
        });
    } else if (result.ok) {
        context.out() << result.message << Qt::endl;
    }
    if (!result.ok) {
        return context.fail(result.message);
    }
    return Success;
}

int runSetSecret(CliContext& context, const QStringList& args)
{
    if (args.size() != 1) {
        return context.usageError(CommandRegistry::tr("account set-secret needs one account name"), s_usage);
    }
    auto secret = readSecretFromStdin();
    if (!secret) {
        return context.fail(secret.errorMessage(), BadUsage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    auto account = ProviderAccounts(database).findByName(args.constFirst());
    if (!account) {
        return context.fail(account.errorMessage(), BadUsage);
    }
    auto key = AccountCredentials::keychainKey(database, account->id);
    if (!key) {
        return context.fail(key.errorMessage());
    }
    KeychainCredentialStore store;
    store.setTimeoutMs(KeychainTimeoutMs);
    if (const CredentialOutcome stored = store.writeNow(key.value(), secret.value()); !stored.ok()) {
        return context.fail(stored.message);
    }
    if (!AccountCredentials::hasStoredSecret(account.value())) {
        ProviderAccount flagged = account.value();
        flagged.options.insert(AccountCredentials::storedOption(), true);
        flagged.isDefault = false;
        if (auto saved = AccountEditor(database).update(flagged); !saved) {
            return context.fail(saved.errorMessage());
        }
    }
    if (!context.json()) {
        context.out() << CommandRegistry::tr("The secret of “%1” is stored in the system keychain.").arg(account->name)
                      << Qt::endl;
    } else {
        context.printJson({{u"id"_s, account->id}, {u"secret"_s, u"keychain"_s}});
    }
    return Success;
}

int runRemove(CliContext& context, const QStringList& args)
{
    if (args.size() != 1) {
        return context.usageError(CommandRegistry::tr("account remove needs one account name"), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    auto account = ProviderAccounts(database).findByName(args.constFirst());
    if (!account) {
        return context.fail(account.errorMessage(), BadUsage);
    }
    auto key = AccountCredentials::keychainKey(database, account->id);
    if (!key) {
        return context.fail(key.errorMessage());
    }
    AccountEditor editor(database);
    if (AccountCredentials::usesKeychain(account.value())) {
        KeychainCredentialStore store;
        store.setTimeoutMs(KeychainTimeoutMs);
        const CredentialOutcome removed = store.removeNow(key.value());
        // Unavailable: a machine without a keychain cannot hold the secret of this account.
        if (!removed.ok() && removed.status != CredentialOutcome::Status::NotFound
            && removed.status != CredentialOutcome::Status::Unavailable) {
            return context.fail(
                CommandRegistry::tr("The account “%1” was kept: its secret could not be removed from the system "
                                    "keychain. %2")
                    .arg(account->name, removed.message));
        }
    }
    if (auto removed = editor.remove(account->id); !removed) {
        return context.fail(removed.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"removed"_s, account->id}});
    } else {
        context.out() << CommandRegistry::tr("Removed account %1 (%2).").arg(account->id).arg(account->name)
                      << Qt::endl;
    }
    return Success;
}

int runAccount(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("account needs a subcommand"), s_usage);
    }
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"add"_s) {
        return runAdd(context, rest);
    }
    if (sub == u"list"_s) {
        return runList(context, rest);
    }
    if (sub == u"test"_s) {
        return runTest(context, rest);
    }
    if (sub == u"set-secret"_s) {
        return runSetSecret(context, rest);
    }
    if (sub == u"remove"_s) {
        return runRemove(context, rest);
    }
    return context.usageError(CommandRegistry::tr("unknown account subcommand “%1”").arg(sub), s_usage);
}

} // namespace

void registerAccountCommands(CommandRegistry& registry)
{
    registry.add({u"account"_s, s_usage,
        CommandRegistry::tr("add, list, test or remove SMS provider accounts; secrets go to the system keychain"),
        runAccount});
}

} // namespace Herald::Cli
