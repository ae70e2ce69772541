// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"
#include "providers/simulator/Simulator.h"
#include "sending/Outbox.h"
#include "sending/SendService.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage
    = u"campaign create --name N (--body TEXT | --template ID) (--all | --segment ID…) [--account NAME] "
      "[--kind marketing|transactional] | campaign launch|resume ID [--wait] [--timeout S] [--secret-env VAR] | "
      "campaign status|pause|cancel ID"_s;

QJsonObject statusJson(qint64 id, const QString& state, const OutboxCounts& counts)
{
    QJsonObject object = counts.toJson();
    object.insert(u"id"_s, id);
    object.insert(u"state"_s, state);
    return object;
}

int printStatus(CliContext& context, CampaignRepository& campaigns, qint64 id)
{
    auto campaign = campaigns.find(id);
    if (!campaign) {
        return context.fail(campaign.errorMessage());
    }
    auto counts = campaigns.counts(id);
    if (!counts) {
        return context.fail(counts.errorMessage());
    }
    if (context.json()) {
        context.printJson(statusJson(id, campaign->state, counts.value()));
        return Success;
    }
    context.out() << CommandRegistry::tr("Campaign %1 “%2”: %3").arg(id).arg(campaign->name, campaign->state)
                  << Qt::endl;
    if (!campaign->pauseReason.isEmpty()) {
        context.out() << CommandRegistry::tr("Paused because: %1").arg(campaign->pauseReason) << Qt::endl;
    }
    context.out() << u"total"_s << u'\t' << counts->total << Qt::endl;
    for (const QString& state : OutboxCounts::stateNames()) {
        context.out() << state << u'\t' << counts->count(state) << Qt::endl;
    }
    return Success;
}

qint64 parseId(const QStringList& args)
{
    bool ok = false;
    const qint64 id = args.isEmpty() ? 0 : args.constFirst().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

int runCreate(CliContext& context, const QStringList& args)
{
    CampaignDraft draft;
    QString accountName;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == u"--name"_s && hasValue) {
            draft.name = args.at(++i);
        } else if (arg == u"--body"_s && hasValue) {
            draft.body = args.at(++i);
        } else if (arg == u"--template"_s && hasValue) {
            draft.templateId = args.at(++i).toLongLong(&ok);
        } else if (arg == u"--all"_s) {
            draft.allContacts = true;
        } else if (arg == u"--segment"_s && hasValue) {
            draft.segmentIds.append(args.at(++i).toLongLong(&ok));
        } else if (arg == u"--account"_s && hasValue) {
            accountName = args.at(++i);
        } else if (arg == u"--kind"_s && hasValue) {
            const QString kind = args.at(++i);
            ok = kind == u"marketing"_s || kind == u"transactional"_s;
            draft.marketing = kind == u"marketing"_s;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
        if (!ok) {
            return context.usageError(CommandRegistry::tr("bad value for %1").arg(arg), s_usage);
        }
    }
    if (draft.name.isEmpty() || (draft.body.isEmpty() && draft.templateId == 0)
        || (!draft.allContacts && draft.segmentIds.isEmpty()) || (draft.allContacts && !draft.segmentIds.isEmpty())) {
        return context.usageError(
            CommandRegistry::tr("campaign create needs --name, --body or --template, and --all or --segment"), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    if (draft.templateId > 0 && draft.body.isEmpty()) {
        auto body = database.scalar(u"SELECT body FROM templates WHERE id = ?"_s, {draft.templateId});
        if (!body || body.value().isNull()) {
            return context.fail(CommandRegistry::tr("There is no template %1.").arg(draft.templateId), BadUsage);
        }
        draft.body = body.value().toString();
    }
    if (!accountName.isEmpty()) {
        auto account = ProviderAccounts(database).findByName(accountName);
        if (!account) {
            return context.fail(account.errorMessage(), BadUsage);
        }
        draft.accountId = account->id;
    }
    auto id = CampaignRepository(database).create(draft);
    if (!id) {
        return context.fail(id.errorMessage(), BadUsage);
    }
    if (context.json()) {
        context.printJson({{u"id"_s, id.value()}});
    } else {
        context.out() << CommandRegistry::tr("Created campaign %1.").arg(id.value()) << Qt::endl;
    }
    return Success;
}

// Sends the campaign in this process and returns when nothing is left to hand over (and, with
// --wait, when delivery reports are final or the timeout passed).
int runSend(CliContext& context, const QStringList& args, bool resume)
{
    const qint64 id = parseId(args);
    bool wait = false;
    int timeoutSeconds = 60;
    QString secretEnv;
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        bool ok = true;
        if (arg == u"--wait"_s) {
            wait = true;
        } else if (arg == u"--timeout"_s && i + 1 < args.size()) {
            timeoutSeconds = args.at(++i).toInt(&ok);
            ok = ok && timeoutSeconds >= 0;
        } else if (arg == u"--secret-env"_s && i + 1 < args.size()) {
            secretEnv = args.at(++i);
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
        if (!ok) {
            return context.usageError(CommandRegistry::tr("bad value for %1").arg(arg), s_usage);
        }
    }
    if (id == 0) {
        return context.usageError(CommandRegistry::tr("which campaign? Give its id"), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    CampaignRepository campaigns(database);
    auto campaign = campaigns.find(id);
    if (!campaign) {
        return context.fail(campaign.errorMessage(), BadUsage);
    }
    if (campaign->state == CampaignState::Draft || campaign->state == CampaignState::Scheduled) {
        if (resume) {
            return context.fail(CommandRegistry::tr("Campaign %1 has not been launched.").arg(id), BadUsage);
        }
        auto created = campaigns.launch(id, Settings().shopName());
        if (!created) {
            return context.fail(created.errorMessage());
        }
    } else if (campaign->state == CampaignState::Paused && !resume) {
        return context.fail(
            CommandRegistry::tr("Campaign %1 is paused; resume it with: campaign resume %1").arg(id), BadUsage);
    } else if (campaign->state == CampaignState::Completed || campaign->state == CampaignState::Cancelled) {
        if (!wait || campaign->state == CampaignState::Cancelled) {
            return printStatus(context, campaigns, id);
        }
    }

    ProviderAccounts accounts(database);
    auto account = campaign->accountId > 0 ? accounts.find(campaign->accountId) : accounts.defaultAccount();
    if (!account) {
        return context.fail(account.errorMessage());
    }
    auto credentials = ProviderAccounts::credentialsFromEnvironment(account.value(), secretEnv);
    if (!credentials) {
        return context.fail(credentials.errorMessage());
    }
    AccountAccess access;
    access.credentials = credentials.value();
    // The built-in Simulator account has no address: run one here, on a free loopback port.
    std::unique_ptr<Simulator> simulator;
    if (account->isSimulator() && account->baseUrl.isEmpty()) {
        Simulator::Options options;
        options.secret = credentials->secret;
        simulator = std::make_unique<Simulator>(options);
        auto url = simulator->start(0);
        if (!url) {
            return context.fail(url.errorMessage());
        }
        access.baseUrl = url.value();
    }

    SendOptions options;
    options.pollStatusesAfterSending = wait;
    options.statusPollIntervalMs = 1000;
    options.statusPollDeadlineMs = timeoutSeconds * 1000;
    SendService service(workspace.value()->path(), options);
    QEventLoop loop;
    int exitCode = Success;
    QObject::connect(&service, &SendService::campaignFinished, &loop,
        [&](qint64 campaignId, const QString& state, const OutboxCounts&) {
            if (campaignId == id && (!wait || state != CampaignState::Completed)) {
                loop.quit();
            }
        });
    QObject::connect(&service, &SendService::statusPollingFinished, &loop, [&](qint64 campaignId, const OutboxCounts&) {
        if (campaignId == id) {
            loop.quit();
        }
    });
    QObject::connect(&service, &SendService::campaignPaused, &loop, [&](qint64 campaignId, const QString& reason) {
        if (campaignId == id) {
            if (!reason.isEmpty()) {
                context.err() << u"herald-cli: "_s << reason << Qt::endl;
            }
            exitCode = Failure;
            loop.quit();
        }
    });
    if (campaign->state == CampaignState::Completed) {
        service.pollStatuses(id, access);
    } else {
        service.start(id, access);
    }
    loop.exec();
    const int printed = printStatus(context, campaigns, id);
    return exitCode != Success ? exitCode : printed;
}

int runPause(CliContext& context, CampaignRepository& campaigns, qint64 id)
{
    auto campaign = campaigns.find(id);
    if (!campaign) {
        return context.fail(campaign.errorMessage(), BadUsage);
    }
    if (campaign->state != CampaignState::Sending) {
        return context.fail(
            CommandRegistry::tr("Campaign %1 is not sending (it is %2).").arg(id).arg(campaign->state), BadUsage);
    }
    // The workspace lock means no other process is sending it now: recording the state is enough.
    if (auto done = campaigns.setState(id, CampaignState::Paused); !done) {
        return context.fail(done.errorMessage());
    }
    return printStatus(context, campaigns, id);
}

int runCancel(CliContext& context, Database& database, CampaignRepository& campaigns, qint64 id)
{
    auto campaign = campaigns.find(id);
    if (!campaign) {
        return context.fail(campaign.errorMessage(), BadUsage);
    }
    if (campaign->state == CampaignState::Completed || campaign->state == CampaignState::Cancelled) {
        return context.fail(CommandRegistry::tr("Campaign %1 is already %2.").arg(id).arg(campaign->state), BadUsage);
    }
    if (auto cancelled = Outbox(database).cancelPending(id); !cancelled) {
        return context.fail(cancelled.errorMessage());
    }
    if (auto done = campaigns.setState(id, CampaignState::Cancelled); !done) {
        return context.fail(done.errorMessage());
    }
    return printStatus(context, campaigns, id);
}

int runCampaign(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("campaign needs a subcommand"), s_usage);
    }
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"create"_s) {
        return runCreate(context, rest);
    }
    if (sub == u"launch"_s || sub == u"resume"_s) {
        return runSend(context, rest, sub == u"resume"_s);
    }
    if (sub != u"status"_s && sub != u"pause"_s && sub != u"cancel"_s) {
        return context.usageError(CommandRegistry::tr("unknown campaign subcommand “%1”").arg(sub), s_usage);
    }
    const qint64 id = parseId(rest);
    if (id == 0 || rest.size() != 1) {
        return context.usageError(CommandRegistry::tr("campaign %1 needs one campaign id").arg(sub), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    CampaignRepository campaigns(database);
    if (sub == u"status"_s) {
        return printStatus(context, campaigns, id);
    }
    if (sub == u"pause"_s) {
        return runPause(context, campaigns, id);
    }
    return runCancel(context, database, campaigns, id);
}

} // namespace

void registerCampaignCommands(CommandRegistry& registry)
{
    registry.add({u"campaign"_s, s_usage,
        CommandRegistry::tr("create, launch, pause, resume, cancel a campaign or show its status"), runCampaign});
}

} // namespace Herald::Cli
