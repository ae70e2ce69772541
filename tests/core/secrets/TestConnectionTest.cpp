// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MemoryCredentialStore.h"
#include "providers/simulator/Simulator.h"
#include "secrets/ConnectionTest.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// "Test connection" against a real Simulator on 127.0.0.1: the credentials are checked, nothing
// is sent.
class TestConnectionTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void acceptedCredentialsFromKeychain();
    void refusedCredentialsSayWhy();
    void typedSecretWinsAndIsNotStored();
    void builtInSimulatorRunsInProcess();
    void missingSecretFailsBeforeAnyRequest();
    void unreachableProviderFailsInTime();
    void restartAbandonsTheRunningCheck();

private:
    ProviderAccount externalSimulator() const;

    std::unique_ptr<Simulator> m_simulator;
    Test::MemoryCredentialStore* m_store = nullptr;
    const QString m_secret = u"right-secret"_s;
    const QString m_key = u"account/test/1"_s;
};

void TestConnectionTest::init()
{
    Simulator::Options options;
    options.secret = m_secret;
    m_simulator = std::make_unique<Simulator>(options);
    QVERIFY(m_simulator->start(0).ok());
    m_store = new Test::MemoryCredentialStore(this);
}

void TestConnectionTest::cleanup()
{
    m_simulator.reset();
    delete m_store;
}

ProviderAccount TestConnectionTest::externalSimulator() const
{
    ProviderAccount account;
    account.id = 1;
    account.name = u"Local simulator"_s;
    account.provider = u"simulator"_s;
    account.baseUrl = m_simulator->url().toString();
    account.sender = ProviderAccounts::simulatorSender();
    account.options = {{u"account_sid"_s, ProviderAccounts::simulatorCredentials().accountId},
        {AccountCredentials::storedOption(), true}};
    return account;
}

void TestConnectionTest::acceptedCredentialsFromKeychain()
{
    m_store->insert(m_key, m_secret);
    ConnectionTest test(*m_store);
    const ConnectionTestResult result = test.runNow({externalSimulator(), m_key, {}, {}, 5000});
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.source, CredentialSource::Keychain);
    QCOMPARE(result.check.httpStatus, 200);
    QVERIFY(result.message.contains(u"Local simulator"_s));
    QVERIFY(!result.message.contains(m_secret));
    // The secret went on the wire as Basic auth, and nothing was sent.
    const QByteArray expected
        = "Basic " + (ProviderAccounts::simulatorCredentials().accountId + u':' + m_secret).toUtf8().toBase64();
    QCOMPARE(m_simulator->lastRequest().authorization, expected);
    QCOMPARE(m_simulator->lastRequest().method, QByteArray("GET"));
    QCOMPARE(m_simulator->createRequestCount(), 0);
    QVERIFY(m_simulator->ledger().isEmpty());
    QVERIFY(!test.isRunning());
}

void TestConnectionTest::refusedCredentialsSayWhy()
{
    m_store->insert(m_key, u"wrong-secret"_s);
    ConnectionTest test(*m_store);
    const ConnectionTestResult result = test.runNow({externalSimulator(), m_key, {}, {}, 5000});
    QVERIFY(!result.ok);
    QCOMPARE(result.check.httpStatus, 401);
    QCOMPARE(result.check.errorClass, SendOutcome::AccountProblem);
    // The provider's own word ("Authenticate") reaches the user.
    QVERIFY2(result.message.contains(u"Authenticate"_s), qPrintable(result.message));
    QVERIFY(result.message.contains(u"Local simulator"_s));
    QVERIFY(!result.message.contains(u"wrong-secret"_s));
}

void TestConnectionTest::typedSecretWinsAndIsNotStored()
{
    m_store->insert(m_key, u"wrong-secret"_s);
    ConnectionTest test(*m_store);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start({externalSimulator(), m_key, {}, m_secret, 5000});
    QVERIFY(test.isRunning());
    QCOMPARE(finished.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    const auto result = finished.constFirst().constFirst().value<ConnectionTestResult>();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.source, CredentialSource::Typed);
    QCOMPARE(m_store->reads(), 0);
    QCOMPARE(m_store->entries().value(m_key), u"wrong-secret"_s);
}

void TestConnectionTest::builtInSimulatorRunsInProcess()
{
    ProviderAccount account;
    account.id = 2;
    account.name = ProviderAccounts::simulatorAccountName();
    account.provider = u"simulator"_s;
    account.sender = ProviderAccounts::simulatorSender();
    ConnectionTest test(*m_store);
    const ConnectionTestResult result = test.runNow({account, m_key, {}, {}, 5000});
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.source, CredentialSource::BuiltIn);
    QCOMPARE(m_store->reads(), 0);
    QCOMPARE(m_simulator->requestCount(), 0); // its own Simulator, not the test's
}

void TestConnectionTest::missingSecretFailsBeforeAnyRequest()
{
    ProviderAccount account;
    account.id = 3;
    account.name = u"Twilio"_s;
    account.provider = u"twilio"_s;
    account.baseUrl = m_simulator->url().toString();
    account.sender = u"+15005550006"_s;
    account.options = {{u"account_sid"_s, ProviderAccounts::simulatorCredentials().accountId}};
    ConnectionTest test(*m_store);
    const ConnectionTestResult result = test.runNow({account, m_key, {}, {}, 5000});
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"No secret is stored"_s), qPrintable(result.message));
    QCOMPARE(result.check.httpStatus, 0);
    QCOMPARE(m_simulator->requestCount(), 0);
}

void TestConnectionTest::unreachableProviderFailsInTime()
{
    ProviderAccount account = externalSimulator();
    m_store->insert(m_key, m_secret);
    m_simulator.reset(); // nothing listens on its port any more
    ConnectionTest test(*m_store);
    const ConnectionTestResult result = test.runNow({account, m_key, {}, {}, 3000});
    QVERIFY(!result.ok);
    QCOMPARE(result.check.httpStatus, 0);
    QVERIFY2(result.message.contains(u"Local simulator"_s), qPrintable(result.message));
}

void TestConnectionTest::restartAbandonsTheRunningCheck()
{
    m_store->insert(m_key, m_secret);
    ConnectionTest test(*m_store);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    ProviderAccount wrong = externalSimulator();
    test.start({wrong, m_key, {}, u"wrong-secret"_s, 5000});
    test.start({externalSimulator(), m_key, {}, {}, 5000});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().constFirst().value<ConnectionTestResult>().ok);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "TestConnectionTest.moc"
