// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "providers/ProviderAccount.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"account add --name N --provider simulator|twilio [--base-url URL] [--from SENDER] "
                        "[--rate R] [--option KEY=VALUE]… [--secret-env VAR] [--default] | account list"_s;

int runAdd(CliContext& context, const QStringList& args)
{
    ProviderAccount account;
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
            account.options.insert(option.left(eq), option.mid(eq + 1));
        } else if (arg == u"--secret-env"_s && hasValue) {
            // Only the variable's name is kept: the secret itself is read when sending.
            account.options.insert(u"secret_env"_s, args.at(++i));
        } else if (arg == u"--default"_s) {
            account.isDefault = true;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    if (account.name.isEmpty() || account.provider.isEmpty()) {
        return context.usageError(CommandRegistry::tr("account add needs --name and --provider"), s_usage);
    }
    if (account.isSimulator()) {
        if (!account.options.contains(u"account_sid"_s)) {
            account.options.insert(u"account_sid"_s, ProviderAccounts::simulatorCredentials().accountId);
        }
        if (account.sender.isEmpty()) {
            account.sender = ProviderAccounts::simulatorSender();
        }
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    auto id = ProviderAccounts(workspace.value()->database()).add(account);
    if (!id) {
        return context.fail(id.errorMessage(), BadUsage);
    }
    if (context.json()) {
        context.printJson({{u"id"_s, id.value()}});
    } else {
        context.out() << CommandRegistry::tr("Added account %1 (%2).").arg(id.value()).arg(account.name) << Qt::endl;
    }
    return Success;
}

int runList(CliContext& context)
{
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
            });
        }
        context.printJson({{u"accounts"_s, items}});
    } else {
        for (const ProviderAccount& a : accounts.value()) {
            context.out() << a.id << u'\t' << a.name << u'\t' << a.provider << u'\t' << a.sender << u'\t'
                          << (a.baseUrl.isEmpty() ? u"-"_s : a.baseUrl) << (a.isDefault ? u"\t(default)"_s : QString())
                          << Qt::endl;
        }
    }
    return Success;
}

int runAccount(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("account needs a subcommand"), s_usage);
    }
    if (args.constFirst() == u"add"_s) {
        return runAdd(context, args.mid(1));
    }
    if (args.constFirst() == u"list"_s && args.size() == 1) {
        return runList(context);
    }
    return context.usageError(CommandRegistry::tr("unknown account subcommand “%1”").arg(args.constFirst()), s_usage);
}

} // namespace

void registerAccountCommands(CommandRegistry& registry)
{
    registry.add({u"account"_s, s_usage, CommandRegistry::tr("add or list SMS provider accounts"), runAccount});
}

} // namespace Herald::Cli
