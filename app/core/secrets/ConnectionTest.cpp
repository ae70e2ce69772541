// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConnectionTest.h"

#include "CredentialStore.h"
#include "providers/simulator/Simulator.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// Beyond the request's own timeout: the time an adapter needs to notice it and answer.
constexpr int DeadlineMarginMs = 3000;

} // namespace

ConnectionTest::ConnectionTest(CredentialStore& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(new QNetworkAccessManager(this))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        ConnectionTestResult result;
        result.message = tr("The provider did not answer within %n second(s).", nullptr,
            (m_request.timeoutMs + DeadlineMarginMs + 999) / 1000);
        finish(result);
    });
}

ConnectionTest::~ConnectionTest()
{
    cleanUp();
}

void ConnectionTest::start(const Request& request)
{
    cleanUp();
    const quint64 generation = ++m_generation;
    m_running = true;
    m_request = request;
    QPointer<ConnectionTest> guard(this);
    auto answer = [this, guard, generation](const Result<ResolvedCredentials>& credentials) {
        if (guard && generation == m_generation) {
            handleCredentials(credentials);
        }
    };
    if (!request.typedSecret.isEmpty()) {
        Result<ResolvedCredentials> typed = Error {CredentialStore::checkSecret(request.typedSecret)};
        if (typed.errorMessage().isEmpty()) {
            typed = ResolvedCredentials {
                AccountCredentials::withSecret(request.account, request.typedSecret), CredentialSource::Typed, {}};
        }
        QTimer::singleShot(0, this, [answer, typed] { answer(typed); });
        return;
    }
    AccountCredentials::resolve(request.account, request.keychainKey, m_store, request.secretEnv, answer);
}

ConnectionTestResult ConnectionTest::runNow(const Request& request)
{
    ConnectionTestResult result;
    QEventLoop loop;
    const QMetaObject::Connection connection
        = connect(this, &ConnectionTest::finished, &loop, [&](const ConnectionTestResult& r) {
              result = r;
              loop.quit();
          });
    start(request);
    if (m_running) {
        loop.exec();
    }
    disconnect(connection);
    return result;
}

void ConnectionTest::handleCredentials(const Result<ResolvedCredentials>& credentials)
{
    if (!credentials) {
        ConnectionTestResult result;
        result.message = credentials.errorMessage();
        finish(result);
        return;
    }
    m_source = credentials->source;
    const ProviderAccount& account = m_request.account;
    GatewayConfig config;
    config.sender = account.sender;
    config.credentials = credentials->credentials;
    config.timeoutMs = m_request.timeoutMs;
    if (account.isSimulator() && account.baseUrl.isEmpty()) {
        // Like `campaign launch`: the built-in account's Simulator runs in this process.
        Simulator::Options options;
        options.secret = config.credentials.secret;
        m_simulator = std::make_unique<Simulator>(options);
        auto url = m_simulator->start(0);
        if (!url) {
            ConnectionTestResult result;
            result.message = url.errorMessage();
            finish(result);
            return;
        }
        config.baseUrl = url.value();
    } else if (!account.baseUrl.isEmpty()) {
        config.baseUrl = QUrl(account.baseUrl);
    }
    auto gateway = ProviderAccounts::createGateway(account, config, m_network, this);
    if (!gateway) {
        ConnectionTestResult result;
        result.message = gateway.errorMessage();
        finish(result);
        return;
    }
    m_gateway = gateway.value();
    m_deadline->start(m_request.timeoutMs + DeadlineMarginMs);
    QPointer<ConnectionTest> guard(this);
    const quint64 generation = m_generation;
    m_gateway->testConnection([this, guard, generation](const ConnectionCheck& check) {
        if (guard && generation == m_generation && m_running) {
            handleCheck(check);
        }
    });
}

void ConnectionTest::handleCheck(const ConnectionCheck& check)
{
    ConnectionTestResult result;
    result.ok = check.ok;
    result.check = check;
    const QString& name = m_request.account.name;
    if (check.ok) {
        result.message = tr("The connection works: the provider accepted the credentials of “%1”.").arg(name);
    } else if (check.errorClass == SendOutcome::AccountProblem) {
        result.message = check.detail.isEmpty()
            ? tr("The provider refused the credentials of “%1” (HTTP %2).").arg(name).arg(check.httpStatus)
            : tr("The provider refused the credentials of “%1”: %2").arg(name, check.detail);
    } else if (check.detail.isEmpty()) {
        result.message = tr("The connection to “%1” failed (HTTP %2).").arg(name).arg(check.httpStatus);
    } else {
        result.message = tr("The connection to “%1” failed: %2").arg(name, check.detail);
    }
    finish(result);
}

void ConnectionTest::finish(ConnectionTestResult result)
{
    result.source = m_source;
    cleanUp();
    m_running = false;
    emit finished(result);
}

void ConnectionTest::cleanUp()
{
    ++m_generation;
    m_deadline->stop();
    if (m_gateway) {
        // Possibly inside one of its callbacks: let it unwind first.
        m_gateway->deleteLater();
        m_gateway = nullptr;
    }
    if (m_simulator) {
        m_simulator.release()->deleteLater();
    }
    m_source = CredentialSource::BuiltIn;
}

} // namespace Herald
