// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "ReportCommands.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/CampaignRepository.h"
#include "campaigns/Preflight.h"
#include "providers/ProviderAccount.h"
#include "secrets/AccountCredentials.h"
#include "secrets/KeychainCredentialStore.h"
#include "sending/AccountConnection.h"
#include "sending/Outbox.h"
#include "sending/SendService.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage
    = u"campaign create --name N (--body TEXT | --template ID) (--all | --segment ID…) [--account NAME] "
      "[--kind marketing|transactional] [--sender FROM] [--schedule ISO-DATETIME | --local-time HH:MM [--date "
      "YYYY-MM-DD]] [--no-utm] [--no-footer] | campaign preflight ID | campaign list | "
      "campaign launch|resume ID [--now] [--wait] [--timeout S] [--secret-env VAR] | "
      "campaign status|pause|cancel ID | campaign report ID [--csv OUT.csv] [--pdf OUT.pdf]"_s;

QString isoUtc(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString localText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The user's rules and prices (Settings), as the app would launch with them.
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
    // Pending rows that wait for quiet hours to end or for a local send time.
    const auto heldRows = campaigns.heldCount(id);
    const qint64 held = heldRows ? heldRows.value() : 0;
    QDateTime next;
    if (held > 0) {
        if (auto at = campaigns.nextHeldSendTime(id)) {
            next = at.value();
        }
    }
    if (context.json()) {
        QJsonObject object = statusJson(id, campaign->state, counts.value());
        object.insert(u"held"_s, held);
        if (next.isValid()) {
            object.insert(u"next_send_at"_s, isoUtc(next));
        }
        if (campaign->state == CampaignState::Scheduled) {
            object.insert(u"scheduled_at"_s, isoUtc(campaign->scheduledAt));
        }
        context.printJson(object);
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
    if (held > 0) {
        context.out() << CommandRegistry::tr(
            "%n message(s) wait for their send time; the next at %1.", nullptr, int(held))
                             .arg(localText(next))
                      << Qt::endl;
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
    draft.utmTags = Settings().utmTags();
    QString accountName;
    bool hasDate = false;
    bool kindGiven = false;
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
            kindGiven = true;
        } else if (arg == u"--sender"_s && hasValue) {
            draft.sender = args.at(++i);
            ok = !draft.sender.trimmed().isEmpty();
        } else if (arg == u"--schedule"_s && hasValue && draft.scheduleMode != ScheduleMode::LocalTime) {
            // ISO 8601; without an offset it is the local time of this computer.
            draft.scheduleMode = ScheduleMode::At;
            draft.scheduledAt = QDateTime::fromString(args.at(++i), Qt::ISODate);
            ok = draft.scheduledAt.isValid();
        } else if (arg == u"--local-time"_s && hasValue && draft.scheduleMode != ScheduleMode::At) {
            draft.scheduleMode = ScheduleMode::LocalTime;
            draft.localTime = QTime::fromString(args.at(++i), u"H:mm"_s);
            ok = draft.localTime.isValid();
        } else if (arg == u"--date"_s && hasValue) {
            draft.localDate = QDate::fromString(args.at(++i), Qt::ISODate);
            ok = draft.localDate.isValid();
            hasDate = true;
        } else if (arg == u"--no-utm"_s) {
            draft.utmTags = false;
        } else if (arg == u"--no-footer"_s) {
            draft.optOutFooter = false;
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
    if (hasDate && draft.scheduleMode != ScheduleMode::LocalTime) {
        return context.usageError(CommandRegistry::tr("--date goes with --local-time"), s_usage);
    }
    if (draft.scheduleMode == ScheduleMode::LocalTime && !hasDate) {
        // The next time this computer's clock shows that time: today, or tomorrow if it passed.
        const QDateTime now = QDateTime::currentDateTime();
        draft.localDate = now.time() < draft.localTime ? now.date() : now.date().addDays(1);
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
        if (!kindGiven) {
            // An order update template makes a transactional campaign unless told otherwise.
            auto kind = database.scalar(u"SELECT kind FROM templates WHERE id = ?"_s, {draft.templateId});
            draft.marketing = !kind || kind.value().toString() != u"transactional"_s;
        }
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
    bool sendNow = false;
    int timeoutSeconds = 60;
    QString secretEnv;
    for (int i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        bool ok = true;
        if (arg == u"--wait"_s) {
            wait = true;
        } else if (arg == u"--now"_s) {
            sendNow = true;
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
        const QDateTime nowUtc = QDateTime::currentDateTimeUtc();
        const bool later = campaign->scheduleMode != ScheduleMode::Now && campaign->scheduledAt > nowUtc;
        if (later && !sendNow) {
            // Confirming a campaign for later: Herald launches it when its time comes while it runs,
            // and never by itself after missing it.
            if (campaign->state == CampaignState::Draft) {
                if (auto scheduled = campaigns.schedule(id); !scheduled) {
                    return context.fail(scheduled.errorMessage(), BadUsage);
                }
            }
            if (!context.json()) {
                const QString when = campaign->scheduleMode == ScheduleMode::LocalTime
                    ? CommandRegistry::tr("%1 on %2 in each recipient's local time")
                          .arg(QLocale().toString(campaign->localTime, QLocale::ShortFormat),
                              QLocale().toString(campaign->localDate, QLocale::ShortFormat))
                    : localText(campaign->scheduledAt);
                context.out() << CommandRegistry::tr("Campaign %1 is scheduled for %2. Herald launches it then while "
                                                     "it is running; to send it now: campaign launch %1 --now")
                                     .arg(id)
                                     .arg(when)
                              << Qt::endl;
            }
            return printStatus(context, campaigns, id);
        }
        if (campaign->state == CampaignState::Scheduled && campaign->scheduledAt <= nowUtc) {
            context.err() << u"herald-cli: "_s
                          << CommandRegistry::tr("Campaign %1 was scheduled for %2, which has passed; launching it now "
                                                 "as asked.")
                                 .arg(id)
                                 .arg(localText(campaign->scheduledAt))
                          << Qt::endl;
        }
        auto launched = campaigns.launch(id, LaunchOptions::fromSettings(Settings()));
        if (!launched) {
            return context.fail(launched.errorMessage());
        }
        if (launched->held > 0 && !context.json()) {
            context.out() << CommandRegistry::tr("%n message(s) wait for quiet hours to end or for their local send "
                                                 "time; the last goes out at %1.",
                nullptr, launched->held)
                                 .arg(localText(launched->lastSendAt))
                          << Qt::endl;
        }
        campaign = campaigns.find(id);
        if (!campaign) {
            return context.fail(campaign.errorMessage());
        }
    } else if (campaign->state == CampaignState::Paused && !resume) {
        return context.fail(
            CommandRegistry::tr("Campaign %1 is paused; resume it with: campaign resume %1").arg(id), BadUsage);
    } else if (campaign->state == CampaignState::Completed || campaign->state == CampaignState::Cancelled) {
        if (!wait || campaign->state == CampaignState::Cancelled) {
            return printStatus(context, campaigns, id);
        }
    }

    // Nothing is due yet (every pending row waits for its send time): no need to connect now.
    const auto nothingDue = [&campaigns, id]() {
        auto counts = campaigns.counts(id);
        auto held = campaigns.heldCount(id);
        return counts && held && held.value() > 0 && counts->pending == held.value() && counts->claimed == 0
            && counts->submitted == 0 && counts->unknown == 0;
    };
    if (campaign->state == CampaignState::Sending && nothingDue()) {
        return printStatus(context, campaigns, id);
    }

    ProviderAccounts accounts(database);
    auto account = campaign->accountId > 0 ? accounts.find(campaign->accountId) : accounts.defaultAccount();
    if (!account) {
        return context.fail(account.errorMessage());
    }
    // Credentials, and for the built-in Simulator account a Simulator in this process.
    KeychainCredentialStore keychain;
    auto reach = AccountConnection::open(database, account.value(), keychain, secretEnv);
    if (!reach) {
        return context.fail(reach.errorMessage());
    }
    const AccountAccess access = reach.value()->access();

    SendOptions options;
    options.pollStatusesAfterSending = wait;
    options.statusPollIntervalMs = 1000;
    options.statusPollDeadlineMs = timeoutSeconds * 1000;
    auto service = std::make_unique<SendService>(workspace.value()->path(), options);
    QEventLoop loop;
    int exitCode = Success;
    QObject::connect(service.get(), &SendService::campaignFinished, &loop,
        [&](qint64 campaignId, const QString& state, const OutboxCounts&) {
            if (campaignId == id && (!wait || state != CampaignState::Completed)) {
                loop.quit();
            }
        });
    QObject::connect(
        service.get(), &SendService::statusPollingFinished, &loop, [&](qint64 campaignId, const OutboxCounts&) {
            if (campaignId == id) {
                loop.quit();
            }
        });
    QObject::connect(service.get(), &SendService::campaignPaused, &loop, [&](qint64 campaignId, const QString& reason) {
        if (campaignId == id) {
            if (!reason.isEmpty()) {
                context.err() << u"herald-cli: "_s << reason << Qt::endl;
            }
            exitCode = Failure;
            loop.quit();
        }
    });
    // Once only held rows remain, this process has nothing more to send now.
    QTimer heldWatch;
    heldWatch.setInterval(500);
    QObject::connect(&heldWatch, &QTimer::timeout, &loop, [&]() {
        if (nothingDue()) {
            loop.quit();
        }
    });
    if (campaign->state == CampaignState::Completed) {
        service->pollStatuses(id, access);
    } else {
        service->start(id, access);
        heldWatch.start();
    }
    loop.exec();
    const auto stillSending = [&] {
        auto now = campaigns.find(id);
        return now && now->state == CampaignState::Sending;
    };
    if (wait && exitCode == Success && stillSending() && nothingDue()) {
        // What was sent still owes its delivery reports: the sender now only waits for the held
        // rows, so a fresh one polls the statuses (the held rows go out with a later launch).
        heldWatch.stop();
        service.reset();
        service = std::make_unique<SendService>(workspace.value()->path(), options);
        QObject::connect(
            service.get(), &SendService::statusPollingFinished, &loop, [&](qint64 campaignId, const OutboxCounts&) {
                if (campaignId == id) {
                    loop.quit();
                }
            });
        service->pollStatuses(id, access);
        loop.exec();
    }
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

QJsonObject campaignJson(const Campaign& c, bool missed)
{
    QJsonArray segments;
    for (qint64 segmentId : c.segmentIds) {
        segments.append(segmentId);
    }
    QJsonObject object {
        {u"id"_s, c.id},
        {u"name"_s, c.name},
        {u"kind"_s, c.marketing ? u"marketing"_s : u"transactional"_s},
        {u"state"_s, c.state},
        {u"account_id"_s, c.accountId},
        {u"sender"_s, c.sender},
        {u"all_contacts"_s, c.allContacts},
        {u"segments"_s, segments},
        {u"schedule_mode"_s, scheduleModeName(c.scheduleMode)},
        {u"utm_campaign"_s, c.utmValue().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.utmValue())},
        {u"created_at"_s, isoUtc(c.createdAt)},
        {u"missed_schedule"_s, missed},
    };
    if (c.scheduleMode != ScheduleMode::Now) {
        object.insert(u"scheduled_at"_s, isoUtc(c.scheduledAt));
    }
    if (c.scheduleMode == ScheduleMode::LocalTime) {
        object.insert(u"local_time"_s, c.localTime.toString(u"HH:mm"_s));
        object.insert(u"date"_s, c.localDate.toString(Qt::ISODate));
    }
    if (c.launchedAt.isValid()) {
        object.insert(u"launched_at"_s, isoUtc(c.launchedAt));
    }
    return object;
}

int runList(CliContext& context, CampaignRepository& campaigns)
{
    auto all = campaigns.list();
    if (!all) {
        return context.fail(all.errorMessage());
    }
    auto missed = campaigns.missedSchedules();
    if (!missed) {
        return context.fail(missed.errorMessage());
    }
    QList<qint64> missedIds;
    for (const Campaign& c : missed.value()) {
        missedIds.append(c.id);
    }
    if (context.json()) {
        QJsonArray list;
        for (const Campaign& c : all.value()) {
            list.append(campaignJson(c, missedIds.contains(c.id)));
        }
        QJsonArray missedArray;
        for (qint64 id : std::as_const(missedIds)) {
            missedArray.append(id);
        }
        context.printJson({{u"campaigns"_s, list}, {u"missed_schedules"_s, missedArray}});
        return Success;
    }
    for (const Campaign& c : all.value()) {
        context.out() << c.id << u'\t' << c.state << u'\t' << (c.marketing ? u"marketing"_s : u"transactional"_s)
                      << u'\t' << c.name << Qt::endl;
    }
    // A scheduled campaign whose time passed while Herald was closed waits for the user's word.
    for (const Campaign& c : missed.value()) {
        context.out() << CommandRegistry::tr("Campaign %1 “%2” was scheduled for %3 and has not been sent: launch it "
                                             "with “campaign launch %1” or cancel it with “campaign cancel %1”.")
                             .arg(c.id)
                             .arg(c.name, localText(c.scheduledAt))
                      << Qt::endl;
    }
    return Success;
}

int runPreflight(CliContext& context, Database& database, qint64 id)
{
    auto report = Preflight::run(database, id, LaunchOptions::fromSettings(Settings()));
    if (!report) {
        return context.fail(report.errorMessage(), BadUsage);
    }
    const PreflightReport& r = report.value();
    if (context.json()) {
        context.printJson(r.toJson());
        return Success;
    }
    QTextStream& out = context.out();
    out << CommandRegistry::tr("Campaign %1 “%2” (%3)")
               .arg(id)
               .arg(r.campaign.name, r.marketing ? u"marketing"_s : u"transactional"_s)
        << Qt::endl;
    out << CommandRegistry::tr("Audience: %n contact(s)", nullptr, int(r.audience)) << Qt::endl;
    out << CommandRegistry::tr("Recipients: %n, of them %1 at once and %2 later", nullptr, int(r.recipients))
               .arg(r.sendNow)
               .arg(r.held)
        << Qt::endl;
    for (const PreflightItem& item : r.exclusions) {
        if (item.count > 0) {
            out << u"  - "_s << item.key << u'\t' << item.count << u'\t' << item.message << Qt::endl;
        }
    }
    if (r.recipients > 0) {
        out << CommandRegistry::tr("Sending from %1 to %2").arg(localText(r.firstSendAt), localText(r.lastSendAt))
            << Qt::endl;
        out << CommandRegistry::tr("Parts: %1 (%2)").arg(r.totalParts).arg(r.encodingName()) << Qt::endl;
        for (auto it = r.partsHistogram.begin(); it != r.partsHistogram.end(); ++it) {
            out << u"  "_s << CommandRegistry::tr("%Ln part(s)", nullptr, it.key()) << u'\t' << it.value() << Qt::endl;
        }
        out << CommandRegistry::tr("Estimated cost: %1 %2")
                   .arg(Preflight::formatMoney(r.estimatedCostMicros), r.currency)
            << Qt::endl;
        for (const CountryCost& c : r.costByCountry) {
            out << u"  "_s << (c.country.isEmpty() ? u"?"_s : c.country) << u'\t' << c.recipients << u'\t' << c.parts
                << u'\t' << Preflight::formatMoney(c.pricePerPartMicros) << u'\t'
                << Preflight::formatMoney(c.costMicros) << Qt::endl;
        }
    }
    for (const PreflightItem& item : r.warnings) {
        out << (item.information ? u"i "_s : u"! "_s) << item.key << u'\t' << item.message << Qt::endl;
    }
    return Success;
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
    if (sub == u"report"_s) {
        return runCampaignReport(context, rest);
    }
    if (sub == u"list"_s) {
        if (!rest.isEmpty()) {
            return context.usageError(CommandRegistry::tr("campaign list takes no arguments"), s_usage);
        }
        auto workspace = context.workspace();
        if (!workspace) {
            return context.fail(workspace.errorMessage());
        }
        CampaignRepository campaigns(workspace.value()->database());
        return runList(context, campaigns);
    }
    if (sub != u"status"_s && sub != u"pause"_s && sub != u"cancel"_s && sub != u"preflight"_s) {
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
    if (sub == u"preflight"_s) {
        return runPreflight(context, database, id);
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
        CommandRegistry::tr("create, check, launch, pause, resume, cancel and list campaigns"), runCampaign});
}

} // namespace Herald::Cli
