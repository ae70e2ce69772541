// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Budgets (DESIGN §7): a 100,000-recipient campaign against the Simulator with no rate limit
// sends ≥ 2,000 messages/s with flat memory (≤ +50 MB) and never stalls the UI's event loop
// more than 50 ms; polling the statuses of 100,000 messages takes list pages (≤ 1 request per
// 1,000 messages).
//
// The main thread plays the GUI: it holds the SendService (the worker runs on its own thread),
// receives its signals, and a 1 ms timer measures how late its event loop runs. The Simulator
// is a separate `herald-cli simulator` process, as a provider would be. Prints one JSON object.
// Options: --count N (recipients), --window N, --claim-batch N, --flush-ms MS, --progress-ms MS (the
// SendOptions of the same names), --no-poll (skip the polling part).

#include "SendingBench.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"
#include "sending/Outbox.h"
#include "sending/SendService.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Bench;

namespace
{

constexpr double s_budgetMessagesPerSecond = 2000;
constexpr double s_budgetRssMb = 50;
constexpr double s_budgetStallMs = 50;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int count = 100'000;
    bool poll = true;
    SendOptions options;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--count"_s && i + 1 < args.size()) {
            count = args.at(++i).toInt();
        } else if (args.at(i) == u"--window"_s && i + 1 < args.size()) {
            options.window = args.at(++i).toInt();
        } else if (args.at(i) == u"--claim-batch"_s && i + 1 < args.size()) {
            options.claimBatch = args.at(++i).toInt();
        } else if (args.at(i) == u"--flush-ms"_s && i + 1 < args.size()) {
            options.flushIntervalMs = args.at(++i).toInt();
        } else if (args.at(i) == u"--progress-ms"_s && i + 1 < args.size()) {
            options.progressIntervalMs = args.at(++i).toInt();
        } else if (args.at(i) == u"--no-poll"_s) {
            poll = false;
        } else {
            err() << "usage: bench_sending_throughput [--count N] [--window N] [--claim-batch N] [--flush-ms MS] "
                     "[--progress-ms MS] [--no-poll]"
                  << Qt::endl;
            return 2;
        }
    }

    SimulatorProcess simulator;
    if (!simulator.start({u"--reply-rate"_s, u"0"_s})) {
        err() << "cannot start the Simulator" << Qt::endl;
        return 1;
    }
    Test::TempWorkspace workspace;
    if (!workspace.isOpen()) {
        err() << "cannot open a workspace: " << workspace.errorMessage() << Qt::endl;
        return 1;
    }
    Database& database = workspace.database();
    QElapsedTimer setup;
    setup.start();
    if (!insertContacts(database, count) || !ProviderAccounts::ensureSimulatorAccount(database)) {
        return 1;
    }
    CampaignDraft draft;
    draft.name = u"Throughput"_s;
    draft.body = u"Hi {first_name}, our winter sale starts today: -20% on everything."_s;
    draft.allContacts = true;
    draft.marketing = false; // no quiet hours or frequency caps: the engine alone is measured
    CampaignRepository campaigns(database);
    auto id = campaigns.create(draft);
    if (!id || !campaigns.launch(id.value(), u"Shop"_s)) {
        err() << "cannot launch the campaign" << Qt::endl;
        return 1;
    }
    const qint64 campaignId = id.value();
    err() << "set up " << count << " recipients in " << setup.elapsed() << " ms" << Qt::endl;

    AccountAccess access;
    access.baseUrl = simulator.url();
    access.credentials = ProviderAccounts::simulatorCredentials();

    SendService service(workspace.path(), options);
    bool finished = false;
    bool paused = false;
    QString pauseReason;
    qint64 progressSignals = 0;
    QObject::connect(&service, &SendService::campaignFinished, &app,
        [&](qint64, const QString&, const OutboxCounts&) { finished = true; });
    QObject::connect(&service, &SendService::campaignPaused, &app, [&](qint64, const QString& reason) {
        paused = true;
        pauseReason = reason;
    });
    // Memory as the campaign progresses: flat means it levels off, whatever the recipients' count.
    QJsonArray memorySeries;
    qint64 nextMark = 0;
    QObject::connect(&service, &SendService::progressChanged, &app, [&](qint64, const OutboxCounts& counts) {
        ++progressSignals;
        const qint64 done = counts.total - counts.pending - counts.claimed - counts.submitted;
        if (done >= nextMark) {
            const Rss now = Rss::now();
            memorySeries.append(QJsonArray {done, double(now.anonKb) / 1024.0, double(now.fileKb) / 1024.0});
            nextMark = done + qMax(1, count / 10);
        }
    });

    // Memory is sampled every 50 ms on the main thread, as part of what it does.
    const Rss before = Rss::now();
    Rss peak = before;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const Rss now = Rss::now();
        peak.totalKb = qMax(peak.totalKb, now.totalKb);
        peak.anonKb = qMax(peak.anonKb, now.anonKb);
        peak.fileKb = qMax(peak.fileKb, now.fileKb);
    });
    sampler.start(50);
    // The control: how late the main thread runs on this machine with nothing being sent.
    EventLoopProbe control;
    control.start();
    waitUntil([] { return false; }, 3000);
    control.stop();
    EventLoopProbe probe;
    const double loadBefore = loadAverage();
    const double cpuBefore = cpuSeconds();
    const QHash<QString, double> threadsBefore = cpuSecondsByThread();
    const double simulatorCpuBefore = simulator.cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    probe.start();
    service.start(campaignId, access);
    waitUntil([&] { return finished || paused; }, 30 * 60 * 1000);
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    probe.stop();
    sampler.stop();
    const double cpu = cpuSeconds() - cpuBefore;
    QJsonObject cpuByThread;
    {
        const QHash<QString, double> now = cpuSecondsByThread();
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const double used = it.value() - threadsBefore.value(it.key());
            if (used > 0.05) {
                cpuByThread.insert(it.key(), used * 1e6 / double(qMax(1, count)));
            }
        }
    }
    const double simulatorCpu = simulator.cpuSeconds() - simulatorCpuBefore;
    const double loadAfter = loadAverage();
    const Rss after = Rss::now();

    const QJsonObject stats = simulator.stats();
    const OutboxCounts counts = Outbox(database).counts(campaignId).value();
    const qint64 accepted = stats.value(u"accepted"_s).toInteger();
    const double serverSeconds
        = double(stats.value(u"last_accepted_ms"_s).toInteger() - stats.value(u"first_accepted_ms"_s).toInteger())
        / 1000.0;
    const double rate = double(accepted) / seconds;
    const double rssDeltaMb = double(peak.totalKb - before.totalKb) / 1024.0;
    const bool exactlyOnce = accepted == count && stats.value(u"recipients"_s).toInteger() == count
        && stats.value(u"duplicate_recipients"_s).toInteger() == 0 && counts.accepted == count;

    QJsonObject result {
        {u"bench"_s, u"sending_throughput"_s},
        {u"recipients"_s, count},
        {u"window"_s, options.window},
        {u"seconds"_s, seconds},
        {u"messages_per_second"_s, rate},
        {u"server_messages_per_second"_s, serverSeconds > 0 ? double(accepted - 1) / serverSeconds : 0.0},
        {u"budget_messages_per_second"_s, s_budgetMessagesPerSecond},
        {u"rss_before_mb"_s, double(before.totalKb) / 1024.0},
        {u"rss_peak_mb"_s, double(peak.totalKb) / 1024.0},
        {u"rss_after_mb"_s, double(after.totalKb) / 1024.0},
        {u"rss_delta_mb"_s, rssDeltaMb},
        {u"rss_anon_delta_mb"_s, double(peak.anonKb - before.anonKb) / 1024.0},
        {u"rss_file_delta_mb"_s, double(peak.fileKb - before.fileKb) / 1024.0},
        {u"budget_rss_delta_mb"_s, s_budgetRssMb},
        {u"max_event_loop_stall_ms"_s, probe.maxGapMs()},
        {u"event_loop_stalls_over_16ms"_s, probe.over16()},
        {u"event_loop_stalls_over_50ms"_s, probe.over50()},
        {u"budget_stall_ms"_s, s_budgetStallMs},
        {u"control_max_event_loop_stall_ms"_s, control.maxGapMs()},
        {u"memory_series_done_anon_mb_file_mb"_s, memorySeries},
        {u"progress_signals"_s, progressSignals},
        {u"cpu_ms_per_1000_messages"_s, accepted > 0 ? cpu * 1e6 / double(accepted) : 0.0},
        {u"cpu_ms_per_1000_messages_by_thread"_s, cpuByThread},
        {u"simulator_cpu_ms_per_1000_messages"_s, accepted > 0 ? simulatorCpu * 1e6 / double(accepted) : 0.0},
        {u"load_average_before"_s, loadBefore},
        {u"load_average_after"_s, loadAfter},
        {u"accepted"_s, accepted},
        {u"create_requests"_s, stats.value(u"creates"_s).toInteger()},
        {u"duplicates"_s, stats.value(u"duplicate_recipients"_s).toInteger()},
        {u"exactly_once"_s, exactlyOnce},
    };
    if (paused) {
        result.insert(u"paused"_s, pauseReason);
    }
    bool ok = exactlyOnce && rate >= s_budgetMessagesPerSecond && rssDeltaMb <= s_budgetRssMb
        && probe.maxGapMs() <= s_budgetStallMs;

    if (poll && exactlyOnce) {
        // Every message of the Simulator is final a second after it was accepted.
        waitUntil([] { return false; }, 1500);
        const int listBefore = stats.value(u"list_requests"_s).toInt();
        const int fetchBefore = stats.value(u"fetch_requests"_s).toInt();
        bool polled = false;
        QObject::connect(
            &service, &SendService::statusPollingFinished, &app, [&](qint64, const OutboxCounts&) { polled = true; });
        QElapsedTimer pollClock;
        pollClock.start();
        service.pollStatuses(campaignId, access);
        waitUntil([&] { return polled; }, 10 * 60 * 1000);
        const qint64 pollMs = pollClock.elapsed();
        const QJsonObject pollStats = simulator.stats();
        const int listRequests = pollStats.value(u"list_requests"_s).toInt() - listBefore;
        const int fetchRequests = pollStats.value(u"fetch_requests"_s).toInt() - fetchBefore;
        const OutboxCounts polledCounts = Outbox(database).counts(campaignId).value();
        const double perThousand = double(listRequests + fetchRequests) * 1000.0 / double(count);
        result.insert(u"poll_seconds"_s, double(pollMs) / 1000.0);
        result.insert(u"poll_list_requests"_s, listRequests);
        result.insert(u"poll_fetch_requests"_s, fetchRequests);
        result.insert(u"poll_requests_per_1000_messages"_s, perThousand);
        result.insert(u"poll_delivered"_s, polledCounts.delivered);
        ok = ok && perThousand <= 1.0 && polledCounts.delivered == count;
    }
    result.insert(u"within_budget"_s, ok);
    printJson(result); // a missed budget or a broken rule shows in the result, not in the exit code
    return 0;
}
