// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Budget (DESIGN §7): with a rate limit of R messages/s the achieved rate is within ±2% of R, and
// Herald causes no 429. For each R, a `herald-cli simulator --rate R` process enforces R as a
// provider would (a token bucket holding one second of R) and answers 429 to anything faster;
// Herald sends R × seconds messages with its limit set to R. The achieved rate is measured on the
// Simulator's side, from the arrival of the first accepted message to the last. Prints one JSON
// object. Options: --rates R[,R…] (default 50,500), --seconds S (default 10), --window N (the
// SendOptions window).

#include "SendingBench.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"
#include "sending/SendService.h"

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Bench;

namespace
{

constexpr double s_tolerance = 0.02;

QJsonObject measure(double rate, int seconds, int window)
{
    const int count = qMax(2, int(rate * seconds));
    QJsonObject result {{u"rate"_s, rate}, {u"messages"_s, count}};
    SimulatorProcess simulator;
    if (!simulator.start({u"--reply-rate"_s, u"0"_s, u"--rate"_s, QString::number(rate)})) {
        result.insert(u"error"_s, u"cannot start the Simulator"_s);
        return result;
    }
    Test::TempWorkspace workspace;
    Database& database = workspace.database();
    if (!workspace.isOpen() || !insertContacts(database, count)
        || !ProviderAccounts::ensureSimulatorAccount(database)) {
        result.insert(u"error"_s, u"cannot set up the workspace"_s);
        return result;
    }
    CampaignDraft draft;
    draft.name = u"Rate"_s;
    draft.body = u"Hi {first_name}"_s;
    draft.allContacts = true;
    draft.marketing = false;
    CampaignRepository campaigns(database);
    auto id = campaigns.create(draft);
    if (!id || !campaigns.launch(id.value(), u"Shop"_s)) {
        result.insert(u"error"_s, u"cannot launch the campaign"_s);
        return result;
    }
    SendOptions options;
    options.rateOverride = rate;
    if (window > 0) {
        options.window = window;
    }
    SendService service(workspace.path(), options);
    bool done = false;
    QObject::connect(&service, &SendService::campaignFinished, [&] { done = true; });
    QObject::connect(&service, &SendService::campaignPaused, [&] { done = true; });
    AccountAccess access;
    access.baseUrl = simulator.url();
    access.credentials = ProviderAccounts::simulatorCredentials();
    QElapsedTimer clock;
    clock.start();
    service.start(id.value(), access);
    waitUntil([&] { return done; }, seconds * 20 * 1000);
    const double clientSeconds = double(clock.elapsed()) / 1000.0;

    const QJsonObject ledger = simulator.ledger();
    const QJsonArray messages = ledger.value(u"messages"_s).toArray();
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    for (const QJsonValue& m : messages) {
        const qint64 at = m.toObject().value(u"received_at_ms"_s).toInteger();
        first = qMin(first, at);
        last = qMax(last, at);
    }
    const double span = messages.size() > 1 ? double(last - first) / 1000.0 : 0;
    const double achieved = span > 0 ? double(messages.size() - 1) / span : 0;
    const double error = (achieved - rate) / rate;
    const int refused = ledger.value(u"rate_limited"_s).toInt();
    result.insert(u"accepted"_s, int(messages.size()));
    result.insert(u"seconds"_s, span);
    result.insert(u"achieved_rate"_s, achieved);
    result.insert(u"error_percent"_s, error * 100);
    result.insert(u"client_seconds"_s, clientSeconds);
    result.insert(u"rate_limited_429"_s, refused);
    result.insert(u"duplicates"_s, ledger.value(u"duplicate_recipients"_s).toInt());
    result.insert(u"within_budget"_s,
        qAbs(error) <= s_tolerance && refused == 0 && messages.size() == count
            && ledger.value(u"duplicate_recipients"_s).toInt() == 0);
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<double> rates {50, 500};
    int seconds = 10;
    int window = 0;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--rates"_s && i + 1 < args.size()) {
            rates.clear();
            for (const QString& r : args.at(++i).split(u',')) {
                rates.append(r.toDouble());
            }
        } else if (args.at(i) == u"--seconds"_s && i + 1 < args.size()) {
            seconds = args.at(++i).toInt();
        } else if (args.at(i) == u"--window"_s && i + 1 < args.size()) {
            window = args.at(++i).toInt();
        } else {
            err() << "usage: bench_sending_rate [--rates R[,R…]] [--seconds S] [--window N]" << Qt::endl;
            return 2;
        }
    }
    QJsonArray results;
    bool ok = true;
    const double load = loadAverage();
    for (double rate : std::as_const(rates)) {
        const QJsonObject one = measure(rate, seconds, window);
        ok = ok && one.value(u"within_budget"_s).toBool();
        results.append(one);
    }
    printJson({
        {u"bench"_s, u"sending_rate"_s},
        {u"tolerance_percent"_s, s_tolerance * 100},
        {u"results"_s, results},
        {u"load_average_before"_s, load},
        {u"within_budget"_s, ok},
    });
    return 0;
}
