// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Crash safety at full size (R1): a 10,000-recipient campaign sent by `herald-cli campaign launch`
// against a standalone Simulator, killed with SIGKILL at random moments at least 20 times and
// restarted each time, then run to completion. The Simulator's ledger must show every recipient
// exactly once (a request in flight at a kill settled by lookup, never resent blindly), and the
// workspace must pass PRAGMA integrity_check after every kill. test_sending_crash is the small
// version that runs in CI. Prints one JSON object.
// Options: --count N (recipients), --kills N (kills to land), --max-delay-ms MS (random part of
// each kill's moment), --rate R (the account's messages/s; default: no limit).

#include "CrashHarness.h"
#include "SendingBench.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Herald::Bench;
using Herald::Test::CrashHarness;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int count = 10'000;
    int kills = 25;
    int maxDelayMs = 200; // at ~2,000 messages/s, 10,000 recipients leave room for 25 kills
    QString rate;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--count"_s && i + 1 < args.size()) {
            count = args.at(++i).toInt();
        } else if (args.at(i) == u"--kills"_s && i + 1 < args.size()) {
            kills = args.at(++i).toInt();
        } else if (args.at(i) == u"--max-delay-ms"_s && i + 1 < args.size()) {
            maxDelayMs = args.at(++i).toInt();
        } else if (args.at(i) == u"--rate"_s && i + 1 < args.size()) {
            rate = args.at(++i);
        } else {
            err() << "usage: bench_sending_crash [--count N] [--kills N] [--max-delay-ms MS] [--rate R]" << Qt::endl;
            return 2;
        }
    }
    constexpr int s_minimumKills = 20;

    QTemporaryDir dir;
    CrashHarness h(QStringLiteral(HERALD_CLI_PATH), dir.filePath(u"crash.herald"_s));
    if (h.startSimulator({u"--reply-rate"_s, u"0"_s}).isEmpty()) {
        err() << "cannot start the Simulator" << Qt::endl;
        return 1;
    }
    QStringList account = {u"account"_s, u"add"_s, u"--name"_s, u"standalone"_s, u"--provider"_s, u"simulator"_s,
        u"--base-url"_s, h.url()};
    if (!rate.isEmpty()) {
        account += {u"--rate"_s, rate};
    }
    if (h.cli({u"init"_s, u"--demo"_s, u"--count"_s, QString::number(count)}).exitCode != 0
        || h.cli(account).exitCode != 0
        || h.cli({u"campaign"_s, u"create"_s, u"--name"_s, u"Crash"_s, u"--body"_s, u"Hello {first_name}"_s, u"--all"_s,
                     u"--account"_s, u"standalone"_s, u"--kind"_s, u"transactional"_s})
                .exitCode
            != 0) {
        err() << "cannot set up the workspace" << Qt::endl;
        return 1;
    }

    QElapsedTimer clock;
    clock.start();
    const CrashHarness::KillReport report = h.killAndRestart(1, kills, maxDelayMs, 20 * 60 * 1000, 20261123);
    const CrashHarness::Run final = h.finish(1);
    const double seconds = double(clock.elapsed()) / 1000.0;
    const QString integrity = h.integrityCheck();
    const QJsonObject status = QJsonDocument::fromJson(final.out.toUtf8()).object();
    const CrashHarness::Oracle oracle = h.check(1);
    const QJsonObject stats = h.stats();

    QJsonArray progression;
    for (int accepted : report.acceptedAfterKill) {
        progression.append(accepted);
    }
    const bool ok = report.error.isEmpty() && report.kills >= s_minimumKills && report.integrityFailures.isEmpty()
        && integrity == u"ok"_s && final.exitCode == 0 && status.value(u"state"_s).toString() == u"completed"_s
        && oracle.ok() && oracle.rows == count;
    QJsonObject result {
        {u"bench"_s, u"sending_crash"_s},
        {u"recipients"_s, count},
        {u"kills"_s, report.kills},
        {u"minimum_kills"_s, s_minimumKills},
        {u"runs"_s, report.runs + 1},
        {u"kills_while_sending"_s, report.midSend},
        {u"accepted_after_each_kill"_s, progression},
        {u"integrity_failures"_s, int(report.integrityFailures.size())},
        {u"final_integrity"_s, integrity},
        {u"final_state"_s, status.value(u"state"_s).toString()},
        {u"rows"_s, oracle.rows},
        {u"ledger_messages"_s, oracle.ledgerMessages},
        {u"duplicates"_s, oracle.duplicates},
        {u"lost"_s, oracle.lost},
        {u"problems"_s, QJsonArray::fromStringList(oracle.problems.mid(0, 20))},
        {u"lookup_requests"_s, stats.value(u"list_requests"_s).toInt() + stats.value(u"fetch_requests"_s).toInt()},
        {u"create_requests"_s, stats.value(u"creates"_s).toInt()},
        {u"seconds"_s, seconds},
        {u"exactly_once"_s, oracle.ok()},
        {u"within_budget"_s, ok},
    };
    if (!report.error.isEmpty()) {
        result.insert(u"error"_s, report.error);
    }
    printJson(result); // a missed budget or a broken rule shows in the result, not in the exit code
    return 0;
}
