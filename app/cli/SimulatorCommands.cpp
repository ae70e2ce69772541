// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "providers/simulator/Simulator.h"

#include <QCoreApplication>
#include <QJsonObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage
    = u"simulator [--port N] [--profile none|5xx|429|slow|accept-then-drop|garbage|reset|suspended|no-funds] "
      "[--fault-every N] [--retry-after S] [--slow-ms MS] [--reply-rate F] [--rate R] [--secret S]"_s;

#ifdef Q_OS_UNIX
// Self-pipe: the signal handler may only write(); the event loop reads and quits.
int s_signalPipe[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_signalPipe[0], &byte, 1);
}

void installQuitOnSignals(QObject* context)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(s_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#else
void handleSignal(int)
{
    // Windows runs console control handlers on their own thread: posting a queued call is safe.
    QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

void installQuitOnSignals(QObject*)
{
    std::signal(SIGINT, handleSignal);
    std::signal(SIGTERM, handleSignal);
}
#endif

int runSimulator(CliContext& context, const QStringList& args)
{
    Simulator::Options options;
    quint16 port = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (arg == u"--port"_s && hasValue) {
            port = args.at(++i).toUShort(&ok);
        } else if (arg == u"--profile"_s && hasValue) {
            const auto fault = Simulator::faultFromName(args.at(++i));
            if (!fault) {
                return context.usageError(CommandRegistry::tr("unknown profile “%1”; profiles: %2")
                                              .arg(args.at(i), Simulator::profileNames().join(u", "_s)),
                    s_usage);
            }
            options.fault = *fault;
        } else if (arg == u"--fault-every"_s && hasValue) {
            options.faultEvery = args.at(++i).toInt(&ok);
            ok = ok && options.faultEvery >= 1;
        } else if (arg == u"--retry-after"_s && hasValue) {
            options.retryAfterSeconds = args.at(++i).toInt(&ok);
        } else if (arg == u"--slow-ms"_s && hasValue) {
            options.slowDelayMs = args.at(++i).toInt(&ok);
        } else if (arg == u"--reply-rate"_s && hasValue) {
            options.replyRate = args.at(++i).toDouble(&ok);
        } else if (arg == u"--rate"_s && hasValue) {
            options.rateLimit = args.at(++i).toDouble(&ok);
            ok = ok && options.rateLimit >= 0;
        } else if (arg == u"--secret"_s && hasValue) {
            options.secret = args.at(++i);
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
        if (!ok) {
            return context.usageError(CommandRegistry::tr("bad value for %1").arg(arg), s_usage);
        }
    }
    Simulator simulator(options);
    auto url = simulator.start(port);
    if (!url) {
        return context.fail(url.errorMessage());
    }
    installQuitOnSignals(&simulator);
    // The first line is the address, so that scripts and tests can read it.
    if (context.json()) {
        context.printJson({{u"url"_s, url->toString()}, {u"profile"_s, Simulator::faultName(options.fault)}});
    } else {
        context.out() << url->toString() << Qt::endl;
    }
    context.err() << CommandRegistry::tr("Simulator running (profile %1); ledger at %2/_simulator/ledger.json. "
                                         "Stop it with Ctrl+C.")
                         .arg(Simulator::faultName(options.fault), url->toString())
                  << Qt::endl;
    QCoreApplication::exec();
    context.err() << CommandRegistry::tr(
        "Simulator stopped after %n message(s).", nullptr, int(simulator.ledger().size()))
                  << Qt::endl;
    return Success;
}

} // namespace

void registerSimulatorCommands(CommandRegistry& registry)
{
    registry.add({u"simulator"_s, s_usage,
        CommandRegistry::tr("run the SMS provider Simulator on 127.0.0.1 until stopped"), runSimulator});
}

} // namespace Herald::Cli
