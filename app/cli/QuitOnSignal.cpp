// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QuitOnSignal.h"

#include <QCoreApplication>
#include <QObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <QMetaObject>

#include <csignal>
#endif

namespace Herald::Cli
{

namespace
{

std::function<void()> s_onSignal;

#ifdef Q_OS_UNIX
// Self-pipe: the signal handler may only write(); the event loop reads and reacts.
int s_pipe[2] = {-1, -1};

void handleSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[0], &byte, 1);
}
#else
void handleSignal(int)
{
    // Windows runs console control handlers on their own thread: post to the main thread.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [] {
            if (s_onSignal) {
                s_onSignal();
            }
        },
        Qt::QueuedConnection);
}
#endif

} // namespace

void installQuitOnSignal(QObject* context, std::function<void()> onSignal)
{
    s_onSignal = std::move(onSignal);
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(s_pipe[1], &byte, 1);
        if (s_onSignal) {
            s_onSignal();
        }
    });
    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#else
    Q_UNUSED(context)
    std::signal(SIGINT, handleSignal);
    std::signal(SIGTERM, handleSignal);
#endif
}

} // namespace Herald::Cli
