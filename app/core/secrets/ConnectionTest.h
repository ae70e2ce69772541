// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountCredentials.h"
#include "providers/ProviderAccount.h"
#include "providers/SmsGateway.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Herald
{

class CredentialStore;
class Simulator;

// What "Test connection" found.
struct ConnectionTestResult
{
    bool ok = false;
    QString message; // one sentence for the user, translated
    ConnectionCheck check; // the provider's answer; httpStatus 0 when none came
    CredentialSource source = CredentialSource::BuiltIn;
};

// "Test connection" for the Accounts dialog and `herald-cli account test`: resolves the
// account's credentials (AccountCredentials), builds its gateway and asks the provider to
// accept them with SmsGateway::testConnection(), which sends nothing. A Simulator account
// without an address gets a Simulator of its own on 127.0.0.1 for the check, as
// `campaign launch` does. finished() is emitted exactly once per start(), on this object's
// thread, within the request's timeout plus a margin.
class ConnectionTest final : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        ProviderAccount account;
        QString keychainKey; // AccountCredentials::keychainKey(); empty: an account not saved yet
        QString secretEnv; // --secret-env
        QString typedSecret; // a secret typed but not saved yet; wins over every other source
        int timeoutMs = 15000; // for the provider's answer
    };

    explicit ConnectionTest(CredentialStore& store, QObject* parent = nullptr);
    ~ConnectionTest() override;
    Q_DISABLE_COPY_MOVE(ConnectionTest)

    // Starts a check; a check still running is abandoned without its finished().
    void start(const Request& request);
    bool isRunning() const
    {
        return m_running;
    }

    // Waits for a check in a local event loop (command line).
    ConnectionTestResult runNow(const Request& request);

signals:
    void finished(const Herald::ConnectionTestResult& result);

private:
    void handleCredentials(const Result<ResolvedCredentials>& credentials);
    void handleCheck(const ConnectionCheck& check);
    void finish(ConnectionTestResult result);
    void cleanUp();

    CredentialStore& m_store;
    QNetworkAccessManager* m_network = nullptr;
    Request m_request;
    CredentialSource m_source = CredentialSource::BuiltIn;
    bool m_running = false;
    quint64 m_generation = 0; // tells the answers of an abandoned check from the current one
    std::unique_ptr<Simulator> m_simulator;
    QPointer<SmsGateway> m_gateway;
    QTimer* m_deadline = nullptr;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::ConnectionTestResult)
