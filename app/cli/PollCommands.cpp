// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "QuitOnSignal.h"
#include "providers/ProviderAccount.h"
#include "secrets/KeychainCredentialStore.h"
#include "sending/AccountConnection.h"
#include "sending/Poller.h"
#include "sending/SendService.h"
#include "settings/Settings.h"

#include <QEventLoop>
#include <QPointer>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"poll [--once] [--account NAME [--secret-env VAR]] [--interval S]"_s;

void printSummary(CliContext& context, const PollSummary& summary)
{
    if (context.json()) {
        context.printJson(summary.toJson());
    } else {
        QTextStream& out = context.out();
        out << CommandRegistry::tr("Accounts polled: %1").arg(summary.accounts) << Qt::endl;
        out << CommandRegistry::tr("Delivery statuses updated: %1").arg(summary.statusesUpdated) << Qt::endl;
        out << CommandRegistry::tr("Replies stored: %1").arg(summary.inbound.stored) << Qt::endl;
        out << CommandRegistry::tr("Opt-outs: %1").arg(summary.inbound.optOuts) << Qt::endl;
        out << CommandRegistry::tr("Re-subscribes: %1").arg(summary.inbound.resubscribes) << Qt::endl;
        out << CommandRegistry::tr("Help replies queued: %1").arg(summary.inbound.helpReplies) << Qt::endl;
        out << CommandRegistry::tr("Opt-out confirmations queued: %1").arg(summary.inbound.confirmations) << Qt::endl;
        out << CommandRegistry::tr("Waiting messages cancelled by opt-outs: %1").arg(summary.inbound.cancelled)
            << Qt::endl;
        out << CommandRegistry::tr("Automatic replies sent: %1").arg(summary.repliesSent) << Qt::endl;
        out << CommandRegistry::tr("Without a final report after 7 days (now unknown): %1").arg(summary.expired)
            << Qt::endl;
    }
    for (const QString& error : summary.errors) {
        context.err() << u"herald-cli: "_s << error << Qt::endl;
    }
}

int runPoll(CliContext& context, const QStringList& args)
{
    bool once = false;
    QString accountName;
    QString secretEnv;
    int intervalSeconds = 30;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == u"--once"_s) {
            once = true;
        } else if (arg == u"--account"_s && hasValue) {
            accountName = args.at(++i);
        } else if (arg == u"--secret-env"_s && hasValue) {
            secretEnv = args.at(++i);
        } else if (arg == u"--interval"_s && hasValue) {
            intervalSeconds = args.at(++i).toInt(&ok);
            ok = ok && intervalSeconds >= 1;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
        if (!ok) {
            return context.usageError(CommandRegistry::tr("bad value for %1").arg(arg), s_usage);
        }
    }
    if (!secretEnv.isEmpty() && accountName.isEmpty()) {
        return context.usageError(CommandRegistry::tr("--secret-env needs --account"), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    ProviderAccounts accounts(database);
    QList<ProviderAccount> selected;
    if (!accountName.isEmpty()) {
        auto account = accounts.findByName(accountName);
        if (!account) {
            return context.fail(account.errorMessage(), BadUsage);
        }
        selected.append(account.value());
    } else {
        auto all = accounts.list();
        if (!all) {
            return context.fail(all.errorMessage());
        }
        selected = all.value();
    }

    // Credentials and, for the built-in Simulator, a Simulator in this process (like `campaign
    // launch`). Such a Simulator starts empty: it knows only what is sent while it runs.
    KeychainCredentialStore keychain;
    std::vector<std::unique_ptr<AccountConnection>> reachable;
    QList<PollAccount> pollAccounts;
    for (const ProviderAccount& account : std::as_const(selected)) {
        auto access = AccountConnection::open(database, account, keychain, secretEnv);
        if (!access) {
            if (!accountName.isEmpty()) {
                return context.fail(access.errorMessage());
            }
            context.err()
                << u"herald-cli: "_s
                << CommandRegistry::tr("skipping the account “%1”: %2").arg(account.name, access.errorMessage())
                << Qt::endl;
            continue;
        }
        pollAccounts.append({account.id, access.value()->access()});
        reachable.push_back(std::move(access).value());
    }
    if (pollAccounts.isEmpty()) {
        return context.fail(CommandRegistry::tr("There is no account to poll."));
    }

    PollOptions options;
    options.intervalMs = intervalSeconds * 1000;
    options.inbound.shopName = Settings().shopName();
    int exitCode = Success;
    {
        SendService service(workspace.value()->path());
        QEventLoop loop;
        QObject::connect(&service, &SendService::pollRoundFinished, &loop, [&](const PollSummary& summary) {
            printSummary(context, summary);
            if (once) {
                exitCode = summary.errors.isEmpty() ? Success : Failure;
                loop.quit();
            }
        });
        if (once) {
            service.pollOnce(pollAccounts, options);
        } else {
            installQuitOnSignal(&loop, [guard = QPointer<QEventLoop>(&loop)] {
                if (guard) {
                    guard->quit();
                }
            });
            if (!context.json()) {
                context.err() << CommandRegistry::tr(
                    "Polling every %n second(s); stop with Ctrl+C.", nullptr, intervalSeconds)
                              << Qt::endl;
            }
            service.startPolling(pollAccounts, options);
        }
        loop.exec();
        service.stopPolling();
    } // the worker thread ends here, before the Simulators it talks to
    return exitCode;
}

} // namespace

void registerPollCommands(CommandRegistry& registry)
{
    registry.add({u"poll"_s, s_usage,
        CommandRegistry::tr("read delivery reports and replies (STOP, START, HELP) of every account: one round "
                            "with --once, else until stopped"),
        runPoll});
}

} // namespace Herald::Cli
