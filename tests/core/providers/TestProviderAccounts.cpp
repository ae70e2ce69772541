// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "providers/ProviderAccount.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Provider accounts: every adapter is reachable, and an account that lacks what its provider
// needs is refused with words that say what to add.
class TestProviderAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void everyProviderIsSupported();
    void optionsAreValidated_data();
    void optionsAreValidated();
    void validAccountsAreStored();
    void gatewaysAreCreated_data();
    void gatewaysAreCreated();
    void plivoAuthIdBecomesTheAccountId();

private:
    static ProviderAccount account(
        const QString& provider, const QString& sender, const QJsonObject& options, const QString& baseUrl = QString())
    {
        ProviderAccount a;
        a.name = provider + u" shop"_s;
        a.provider = provider;
        a.sender = sender;
        a.options = options;
        a.baseUrl = baseUrl;
        return a;
    }
};

void TestProviderAccounts::everyProviderIsSupported()
{
    const QStringList providers = ProviderAccounts::supportedProviders();
    for (const QString& name :
        {u"simulator"_s, u"twilio"_s, u"infobip"_s, u"plivo"_s, u"vonage"_s, u"smsapi"_s, u"http"_s}) {
        QVERIFY2(providers.contains(name), qPrintable(name));
    }
}

void TestProviderAccounts::optionsAreValidated_data()
{
    QTest::addColumn<ProviderAccount>("account");
    QTest::addColumn<QString>("mentions"); // empty = valid
    const QJsonObject plivo {{u"auth_id"_s, u"MAXXXXXXXXXXXXXXXXXX"_s}};
    QTest::newRow("twilio without sid") << account(u"twilio"_s, u"+15005550006"_s, {}) << u"account_sid"_s;
    QTest::newRow("infobip without address") << account(u"infobip"_s, u"InfoSMS"_s, {}) << u"--base-url"_s;
    QTest::newRow("infobip") << account(u"infobip"_s, u"InfoSMS"_s, {}, u"https://xyz12.api.infobip.com"_s)
                             << QString();
    QTest::newRow("plivo without auth id") << account(u"plivo"_s, u"+14155550100"_s, {}) << u"auth_id"_s;
    QTest::newRow("plivo bad auth id") << account(u"plivo"_s, u"+14155550100"_s, {{u"auth_id"_s, u"x"_s}})
                                       << u"auth_id"_s;
    QTest::newRow("plivo without sender") << account(u"plivo"_s, QString(), plivo) << u"powerpack_uuid"_s;
    QTest::newRow("plivo") << account(u"plivo"_s, u"+14155550100"_s, plivo) << QString();
    QTest::newRow("vonage without key") << account(u"vonage"_s, u"AcmeInc"_s, {}) << u"api_key"_s;
    QTest::newRow("vonage without sender")
        << account(u"vonage"_s, QString(), {{u"api_key"_s, u"abcd1234"_s}}) << u"--from"_s;
    QTest::newRow("vonage") << account(u"vonage"_s, u"AcmeInc"_s, {{u"api_key"_s, u"abcd1234"_s}}) << QString();
    QTest::newRow("smsapi") << account(u"smsapi"_s, u"Shop"_s, {}) << QString();
    QTest::newRow("smsapi long sender") << account(u"smsapi"_s, u"A sender name too long"_s, {}) << u"SMSAPI"_s;
    QTest::newRow("http without id path")
        << account(u"http"_s, u"Shop"_s, {{u"url"_s, u"https://sms.example.com/send"_s}}) << u"id_path"_s;
    QTest::newRow("http") << account(
        u"http"_s, u"Shop"_s, {{u"url"_s, u"https://sms.example.com/send"_s}, {u"id_path"_s, u"id"_s}})
                          << QString();
}

void TestProviderAccounts::optionsAreValidated()
{
    QFETCH(ProviderAccount, account);
    QFETCH(QString, mentions);
    const auto valid = ProviderAccounts::validateOptions(account);
    if (mentions.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.errorMessage()));
        return;
    }
    QVERIFY(!valid.ok());
    QVERIFY2(valid.errorMessage().contains(mentions), qPrintable(valid.errorMessage()));

    // add() refuses it with the same words, and stores nothing.
    Test::TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    ProviderAccounts accounts(temp.database());
    const auto added = accounts.add(account);
    QVERIFY(!added.ok());
    QCOMPARE(added.errorMessage(), valid.errorMessage());
    QVERIFY(!accounts.findByName(account.name).ok());
}

void TestProviderAccounts::validAccountsAreStored()
{
    Test::TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    ProviderAccounts accounts(temp.database());
    ProviderAccount http = account(u"http"_s, u"Shop"_s,
        {{u"url"_s, u"/send"_s}, {u"id_path"_s, u"messages.0.id"_s}, {u"headers"_s, uR"({"X-Key":"{secret}"})"_s}},
        u"https://sms.example.com"_s);
    const auto id = accounts.add(http);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    const auto stored = accounts.find(id.value());
    QVERIFY(stored.ok());
    QCOMPARE(stored->provider, u"http"_s);
    QCOMPARE(stored->options.value(u"id_path"_s).toString(), u"messages.0.id"_s);
    QVERIFY(accounts.add(account(u"vonage"_s, u"AcmeInc"_s, {{u"api_key"_s, u"abcd1234"_s}})).ok());
    QVERIFY(accounts.add(account(u"smsapi"_s, u"Shop"_s, {})).ok());
}

void TestProviderAccounts::gatewaysAreCreated_data()
{
    QTest::addColumn<ProviderAccount>("account");
    QTest::addColumn<QString>("name");
    QTest::newRow("twilio") << account(
        u"twilio"_s, u"+15005550006"_s, {{u"account_sid"_s, u"AC00000000000000000000000000000000"_s}})
                            << u"twilio"_s;
    QTest::newRow("infobip") << account(u"infobip"_s, u"InfoSMS"_s, {}, u"https://xyz12.api.infobip.com"_s)
                             << u"infobip"_s;
    QTest::newRow("plivo") << account(u"plivo"_s, u"+14155550100"_s, {{u"auth_id"_s, u"MAXXXXXXXXXXXXXXXXXX"_s}})
                           << u"plivo"_s;
    QTest::newRow("vonage") << account(u"vonage"_s, u"AcmeInc"_s, {{u"api_key"_s, u"abcd1234"_s}}) << u"vonage"_s;
    QTest::newRow("smsapi") << account(u"smsapi"_s, u"Shop"_s, {}) << u"smsapi"_s;
    QTest::newRow("http") << account(
        u"http"_s, u"Shop"_s, {{u"url"_s, u"https://sms.example.com/send"_s}, {u"id_path"_s, u"id"_s}})
                          << u"http"_s;
}

void TestProviderAccounts::gatewaysAreCreated()
{
    QFETCH(ProviderAccount, account);
    QFETCH(QString, name);
    QNetworkAccessManager network;
    QObject owner;
    GatewayConfig config;
    config.credentials.secret = u"secret"_s;
    const auto gateway = ProviderAccounts::createGateway(account, config, &network, &owner);
    QVERIFY2(gateway.ok(), qPrintable(gateway.errorMessage()));
    QCOMPARE(gateway.value()->providerName(), name);
    QCOMPARE(gateway.value()->parent(), &owner);
    QVERIFY(gateway.value()->capabilities().defaultRatePerSecond > 0);

    // The Simulator still needs to be running, as before.
    ProviderAccount simulator = account;
    simulator.provider = u"simulator"_s;
    const auto notRunning = ProviderAccounts::createGateway(simulator, GatewayConfig(), &network, &owner);
    QVERIFY(!notRunning.ok());
}

void TestProviderAccounts::plivoAuthIdBecomesTheAccountId()
{
    ProviderAccount plivo = account(u"plivo"_s, u"+14155550100"_s,
        {{u"auth_id"_s, u"MAXXXXXXXXXXXXXXXXXX"_s}, {u"secret_env"_s, u"HERALD_TEST_PLIVO_TOKEN"_s}});
    qputenv("HERALD_TEST_PLIVO_TOKEN", "token-value");
    const auto credentials = ProviderAccounts::credentialsFromEnvironment(plivo);
    qunsetenv("HERALD_TEST_PLIVO_TOKEN");
    QVERIFY2(credentials.ok(), qPrintable(credentials.errorMessage()));
    QCOMPARE(credentials->accountId, u"MAXXXXXXXXXXXXXXXXXX"_s);
    QCOMPARE(credentials->secret, u"token-value"_s);
}

QTEST_GUILESS_MAIN(TestProviderAccounts)
#include "TestProviderAccounts.moc"
