// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignSender.h"

#include "Workspace.h"
#include "campaigns/CampaignRepository.h"
#include "providers/ProviderAccount.h"
#include "secrets/AccountCredentials.h"
#include "sending/Outbox.h"
#include "sending/PollingSession.h"
#include "sending/SendService.h"
#include "sms/SmsCounter.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald
{

CampaignSender::CampaignSender(
    Workspace& workspace, CredentialStore& store, const SendOptions& options, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_store(store)
    , m_service(std::make_unique<SendService>(workspace.path(), options))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_service.get(), &SendService::progressChanged, this,
        [this](qint64 id, const OutboxCounts&) { emit progressChanged(id); });
    m_dueTimer = new QTimer(this);
    m_dueTimer->setInterval(2000);
    connect(m_dueTimer, &QTimer::timeout, this, &CampaignSender::checkRunning);
    m_dueTimer->start();
    connect(m_service.get(), &SendService::campaignFinished, this,
        [this](qint64 id, const QString& state, const OutboxCounts&) {
            m_running.remove(id);
            m_settingAside.remove(id);
            emit campaignFinished(id, state);
            if (state == CampaignState::Completed) {
                // Delivery reports come in after the hand-over.
                pollStatuses(id);
            }
        });
    connect(m_service.get(), &SendService::campaignPaused, this, [this](qint64 id, const QString& reason) {
        m_running.remove(id);
        if (m_settingAside.remove(id) && reason.isEmpty()) {
            // Set aside to free the worker: still sending as far as the user is concerned.
            (void)CampaignRepository(m_workspace.database()).setState(id, CampaignState::Sending);
            sleepUntilDue(id);
            emit progressChanged(id);
            return;
        }
        emit campaignPaused(id, reason);
    });
    connect(m_service.get(), &SendService::statusPollingFinished, this,
        [this](qint64 id, const OutboxCounts&) { emit statusPollingFinished(id); });
    connect(
        m_service.get(), &SendService::pollRoundFinished, this, [this](const PollSummary&) { emit repliesPolled(); });
}

CampaignSender::~CampaignSender()
{
    ++m_generation;
    m_service.reset(); // quits the worker's thread before the connections (and Simulators) go
}

void CampaignSender::withAccount(qint64 campaignId, qint64 accountId, const Ready& ready)
{
    ProviderAccounts accounts(m_workspace.database());
    auto account = accountId > 0 ? accounts.find(accountId) : accounts.defaultAccount();
    if (!account) {
        emit problem(campaignId, account.errorMessage());
        return;
    }
    if (m_stale.contains(account->id) && !inUse(account->id)) {
        forget(account->id);
    }
    if (m_connections.count(account->id) > 0) {
        ready(account->id);
        return;
    }
    auto key = AccountCredentials::keychainKey(m_workspace.database(), account->id);
    if (!key) {
        emit problem(campaignId, key.errorMessage());
        return;
    }
    const QPointer<CampaignSender> self(this);
    const quint64 generation = m_generation;
    const ProviderAccount chosen = account.value();
    AccountCredentials::resolve(chosen, key.value(), m_store, {},
        [self, generation, chosen, campaignId, ready](const Result<ResolvedCredentials>& resolved) {
            if (!self || self->m_generation != generation) {
                return;
            }
            if (self->m_connections.count(chosen.id) == 0) {
                if (!resolved) {
                    emit self->problem(campaignId, tr("“%1”: %2").arg(chosen.name, resolved.errorMessage()));
                    return;
                }
                auto connection = AccountConnection::open(chosen, resolved->credentials);
                if (!connection) {
                    emit self->problem(campaignId, tr("“%1”: %2").arg(chosen.name, connection.errorMessage()));
                    return;
                }
                self->m_connections.emplace(chosen.id, std::move(connection).value());
                if (chosen.isSimulator() && !self->m_polledAccounts.contains(chosen.id)) {
                    self->m_polledAccounts.append(chosen.id);
                    self->updatePolling();
                }
            }
            ready(chosen.id);
        });
}

void CampaignSender::accountsChanged()
{
    // withAccount() opens them afresh at their next use, once no campaign sends through them.
    for (const auto& [id, connection] : m_connections) {
        if (!connection->simulator()) {
            m_stale.insert(id);
        }
    }
}

bool CampaignSender::inUse(qint64 accountId) const
{
    for (qint64 campaignId : m_running) {
        if (m_accountOf.value(campaignId) == accountId) {
            return true;
        }
    }
    return false;
}

void CampaignSender::forget(qint64 accountId)
{
    m_stale.remove(accountId);
    if (m_polledAccounts.removeAll(accountId) > 0) {
        m_service->stopPolling();
        updatePolling();
    }
    m_connections.erase(accountId);
}

void CampaignSender::updatePolling()
{
    QList<PollAccount> accounts;
    for (qint64 id : std::as_const(m_polledAccounts)) {
        auto it = m_connections.find(id);
        if (it != m_connections.end()) {
            accounts.append(PollAccount {id, it->second->access()});
        }
    }
    if (!accounts.isEmpty()) {
        m_service->startPolling(accounts, m_pollOptions);
    }
}

bool CampaignSender::nothingDue(qint64 campaignId) const
{
    CampaignRepository campaigns(m_workspace.database());
    auto counts = campaigns.counts(campaignId);
    auto held = campaigns.heldCount(campaignId);
    return counts && held && held.value() > 0 && counts->pending == held.value() && counts->claimed == 0
        && counts->submitted == 0 && counts->unknown == 0;
}

void CampaignSender::sleepUntilDue(qint64 campaignId)
{
    if (m_sleeping.contains(campaignId)) {
        return;
    }
    auto next = CampaignRepository(m_workspace.database()).nextHeldSendTime(campaignId);
    const qint64 ms = next && next->isValid() ? QDateTime::currentDateTimeUtc().msecsTo(next.value()) : 60000;
    m_sleeping.insert(campaignId);
    // At most an hour at a time: the computer may have slept, the clock may have changed.
    const QPointer<CampaignSender> self(this);
    const quint64 generation = m_generation;
    QTimer::singleShot(int(qBound(qint64(1000), ms, qint64(3600 * 1000))), this, [self, generation, campaignId] {
        if (!self || self->m_generation != generation) {
            return;
        }
        self->m_sleeping.remove(campaignId);
        auto campaign = CampaignRepository(self->m_workspace.database()).find(campaignId);
        if (campaign && campaign->state == CampaignState::Sending) {
            self->start(campaignId);
        }
    });
}

void CampaignSender::checkRunning()
{
    for (qint64 id : QSet<qint64>(m_running)) {
        if (!m_settingAside.contains(id) && nothingDue(id)) {
            m_settingAside.insert(id);
            m_service->pause(id);
        }
    }
}

void CampaignSender::start(qint64 campaignId)
{
    auto campaign = CampaignRepository(m_workspace.database()).find(campaignId);
    if (!campaign) {
        emit problem(campaignId, campaign.errorMessage());
        return;
    }
    if (campaign->state == CampaignState::Sending && nothingDue(campaignId)) {
        sleepUntilDue(campaignId);
        return;
    }
    m_settingAside.remove(campaignId);
    withAccount(campaignId, campaign->accountId, [this, campaignId](qint64 accountId) {
        m_running.insert(campaignId);
        m_accountOf.insert(campaignId, accountId);
        m_service->start(campaignId, m_connections.at(accountId)->access());
    });
}

void CampaignSender::pause(qint64 campaignId)
{
    m_settingAside.remove(campaignId);
    if (m_sleeping.contains(campaignId) && !m_running.contains(campaignId)) {
        // Not with the worker: recording the wish is enough (the wake-up finds it paused).
        (void)CampaignRepository(m_workspace.database()).setState(campaignId, CampaignState::Paused);
        emit campaignPaused(campaignId, QString());
        return;
    }
    m_service->pause(campaignId);
}

void CampaignSender::cancel(qint64 campaignId)
{
    m_settingAside.remove(campaignId);
    m_service->cancel(campaignId);
}

void CampaignSender::pollStatuses(qint64 campaignId)
{
    auto campaign = CampaignRepository(m_workspace.database()).find(campaignId);
    if (!campaign) {
        return;
    }
    withAccount(campaignId, campaign->accountId, [this, campaignId](qint64 accountId) {
        m_service->pollStatuses(campaignId, m_connections.at(accountId)->access());
    });
}

void CampaignSender::testSend(qint64 accountId, const QString& sender, const QStringList& numbers, const QString& text,
    const std::function<void(const QString&, bool, const QString&)>& done)
{
    withAccount(0, accountId, [this, sender, numbers, text, done](qint64 id) {
        auto account = ProviderAccounts(m_workspace.database()).find(id);
        if (!account) {
            for (const QString& number : numbers) {
                done(number, false, account.errorMessage());
            }
            return;
        }
        const AccountAccess& access = m_connections.at(id)->access();
        GatewayConfig config;
        config.baseUrl = access.baseUrl.isEmpty() ? QUrl(account->baseUrl) : access.baseUrl;
        config.sender = sender.isEmpty() ? account->sender : sender;
        config.credentials = access.credentials;
        config.options = account->options;
        auto gateway = ProviderAccounts::createGateway(account.value(), config, m_network, this);
        if (!gateway) {
            for (const QString& number : numbers) {
                done(number, false, gateway.errorMessage());
            }
            return;
        }
        // The gateway goes when the last answer is in.
        auto remaining = std::make_shared<int>(int(numbers.size()));
        QPointer<SmsGateway> owner(gateway.value());
        const int segments = SmsCounter::count(text, account->counterOptions()).segments;
        for (const QString& number : numbers) {
            OutgoingMessage message;
            message.to = number;
            message.body = text;
            message.attemptKey = Outbox::newAttemptKey();
            message.segments = segments;
            gateway.value()->send(message, [number, done, remaining, owner](const SendResult& result) {
                const bool ok = result.outcome == SendOutcome::Accepted;
                done(number, ok,
                    ok ? result.providerId
                       : (result.errorCode.isEmpty() ? result.errorMessage
                                                     : u"%1 (%2)"_s.arg(result.errorMessage, result.errorCode)));
                if (--*remaining == 0 && owner) {
                    owner->deleteLater();
                }
            });
        }
    });
}

} // namespace Herald
