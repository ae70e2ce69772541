// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PollingSession.h"

#include "SendService.h"
#include "logging/LogCategories.h"
#include "secrets/AccountCredentials.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Herald
{

PollingSession::PollingSession(Database& database, SendService& service, CredentialStore& store, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_service(service)
    , m_store(store)
{
}

PollingSession::~PollingSession()
{
    stop();
}

void PollingSession::stop()
{
    const bool wasActive = isActive() || m_pending > 0;
    ++m_generation; // answers still on their way are for nobody now
    m_pending = 0;
    m_service.stopPolling();
    m_accounts.clear();
    m_names.clear();
    m_connections.clear();
    if (wasActive) {
        emit stateChanged();
    }
}

void PollingSession::pollNow()
{
    if (isActive()) {
        m_service.pollOnce(m_accounts, m_options);
    }
}

void PollingSession::restart(const PollOptions& options)
{
    ++m_generation;
    m_service.stopPolling();
    m_accounts.clear();
    m_names.clear();
    m_problems.clear();
    m_connections.clear();
    m_pending = 0;
    m_options = options;
    auto accounts = ProviderAccounts(m_database).list();
    if (!accounts) {
        m_problems.append(accounts.errorMessage());
        emit stateChanged();
        return;
    }
    QList<ProviderAccount> pollable;
    QStringList keys;
    for (const ProviderAccount& account : std::as_const(accounts.value())) {
        // Only what the adapter can poll; no request is made to learn it.
        GatewayConfig config;
        // The built-in Simulator gets its address when AccountConnection starts it.
        config.baseUrl
            = account.isSimulator() && account.baseUrl.isEmpty() ? QUrl(u"http://127.0.0.1"_s) : QUrl(account.baseUrl);
        config.sender = account.sender;
        auto gateway = ProviderAccounts::createGateway(account, config, nullptr, nullptr);
        if (!gateway) {
            m_problems.append(tr("“%1”: %2").arg(account.name, gateway.errorMessage()));
            continue;
        }
        const GatewayCapabilities caps = gateway.value()->capabilities();
        delete gateway.value();
        if (!caps.statusPolling && !caps.inboundPolling) {
            continue;
        }
        auto key = AccountCredentials::keychainKey(m_database, account.id);
        if (!key) {
            m_problems.append(tr("“%1”: %2").arg(account.name, key.errorMessage()));
            continue;
        }
        pollable.append(account);
        keys.append(key.value());
    }
    if (pollable.isEmpty()) {
        emit stateChanged();
        return;
    }
    // The keychain may take a while (or ask the user to unlock it): the secrets are read
    // asynchronously, and polling starts once every account has answered. Nothing here waits
    // in a nested event loop, so the rest of the application never runs half-switched.
    m_pending = int(pollable.size());
    const quint64 generation = m_generation;
    const QPointer<PollingSession> self(this);
    for (qsizetype i = 0; i < pollable.size(); ++i) {
        const ProviderAccount account = pollable.at(i);
        AccountCredentials::resolve(
            account, keys.at(i), m_store, {}, [self, generation, account](const Result<ResolvedCredentials>& resolved) {
                if (!self || self->m_generation != generation) {
                    return;
                }
                self->addAccount(account, resolved);
            });
    }
    emit stateChanged();
}

void PollingSession::addAccount(const ProviderAccount& account, const Result<ResolvedCredentials>& resolved)
{
    auto connection = resolved ? AccountConnection::open(account, resolved->credentials)
                               : Result<std::unique_ptr<AccountConnection>>(resolved.error());
    if (!connection) {
        qCInfo(lcSending).noquote()
            << tr("Replies of “%1” are not polled: %2").arg(account.name, connection.errorMessage());
        m_problems.append(tr("“%1”: %2").arg(account.name, connection.errorMessage()));
    } else {
        m_accounts.append(PollAccount {account.id, connection.value()->access()});
        m_names.append(account.name);
        m_connections.push_back(std::move(connection).value());
    }
    if (--m_pending > 0) {
        return;
    }
    if (!m_accounts.isEmpty()) {
        m_service.startPolling(m_accounts, m_options);
    }
    emit stateChanged();
}

} // namespace Herald
