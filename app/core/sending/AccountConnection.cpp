// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountConnection.h"

#include "providers/simulator/Simulator.h"
#include "secrets/AccountCredentials.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Herald
{

// The in-process Simulator answers on a thread of its own: at thousands of requests a second it
// would otherwise take the GUI thread's time (and the sender's measurements would include it).
struct AccountConnection::SimulatorHost
{
    QThread thread;
    Simulator* simulator = nullptr;

    ~SimulatorHost()
    {
        if (simulator) {
            QMetaObject::invokeMethod(
                simulator, [this] { delete simulator; }, Qt::BlockingQueuedConnection);
        }
        thread.quit();
        thread.wait();
    }
};

AccountConnection::~AccountConnection() = default;

Simulator* AccountConnection::simulator() const
{
    return m_simulator ? m_simulator->simulator : nullptr;
}

Result<std::unique_ptr<AccountConnection>> AccountConnection::open(
    Database& database, const ProviderAccount& account, CredentialStore& store, const QString& secretEnv)
{
    auto credentials = AccountCredentials::credentialsNow(database, account, store, secretEnv);
    if (!credentials) {
        return credentials.error();
    }
    return open(account, credentials.value());
}

Result<std::unique_ptr<AccountConnection>> AccountConnection::open(
    const ProviderAccount& account, const ProviderCredentials& credentials)
{
    std::unique_ptr<AccountConnection> opened(new AccountConnection);
    opened->m_access.credentials = credentials;
    // The built-in Simulator account has no address: run one here, on a free loopback port.
    if (account.isSimulator() && account.baseUrl.isEmpty()) {
        Simulator::Options options;
        options.secret = credentials.secret;
        opened->m_simulator = std::make_unique<SimulatorHost>();
        SimulatorHost& host = *opened->m_simulator;
        host.thread.setObjectName(u"herald-simulator"_s);
        host.simulator = new Simulator(options);
        host.simulator->moveToThread(&host.thread);
        host.thread.start();
        Result<QUrl> url = Error {};
        QMetaObject::invokeMethod(
            host.simulator, [&host, &url] { url = host.simulator->start(0); }, Qt::BlockingQueuedConnection);
        if (!url) {
            return url.error();
        }
        opened->m_access.baseUrl = url.value();
    }
    return opened;
}

} // namespace Herald
