// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MemoryCredentialStore.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "secrets/AccountCredentials.h"
#include "secrets/AccountEditor.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

const QString s_sid = u"AC0123456789abcdef0123456789abcdef"_s;

ProviderAccount twilioAccount(const QString& secretEnv = QString())
{
    ProviderAccount account;
    account.id = 7;
    account.name = u"Shop Twilio"_s;
    account.provider = u"twilio"_s;
    account.sender = u"+15005550006"_s;
    account.options = {{u"account_sid"_s, s_sid}};
    if (!secretEnv.isEmpty()) {
        account.options.insert(u"secret_env"_s, secretEnv);
    }
    return account;
}

} // namespace

// Where a secret comes from (AccountCredentials), with the in-memory store standing in for the
// keychain, and the account edits that go with it (AccountEditor).
class TestAccountCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void workspaceIdIsStableAndNotSecret();
    void explicitVariableWinsOverEverything();
    void explicitVariableUnsetIsAnErrorWithoutFallback();
    void accountVariableComesBeforeKeychain();
    void unsetAccountVariableFallsBackToKeychain();
    void keychainSecretWithNonSecretValuesFromOptions();
    void missingSecretSaysWhatToDo();
    void unavailableKeychainSaysSoAndSuggestsEnvironment();
    void simulatorNeedsNoKeychain();
    void simulatorWithStoredSecretUsesIt();
    void answersAreNeverSynchronous();
    void keychainAndEnvironmentGiveTheSameCredentials();

    void editorUpdatesWithAddRules();
    void editorRemovesAndMovesDefault();
    void editorRefusesRemovingAccountOfUnfinishedCampaign();

private:
    static constexpr const char* Variable = "HERALD_TEST_SECRET";
    static constexpr const char* AccountVariable = "HERALD_TEST_ACCOUNT_SECRET";
    Test::MemoryCredentialStore* m_store = nullptr;
};

void TestAccountCredentials::init()
{
    m_store = new Test::MemoryCredentialStore(this);
    qunsetenv(Variable);
    qunsetenv(AccountVariable);
}

void TestAccountCredentials::cleanup()
{
    delete m_store;
    m_store = nullptr;
    qunsetenv(Variable);
    qunsetenv(AccountVariable);
}

void TestAccountCredentials::workspaceIdIsStableAndNotSecret()
{
    Test::TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    auto first = AccountCredentials::workspaceId(temp.database());
    QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(first.value()).hasMatch());
    QCOMPARE(AccountCredentials::workspaceId(temp.database()).value(), first.value());
    QVERIFY(temp.reopen());
    QCOMPARE(AccountCredentials::workspaceId(temp.database()).value(), first.value());
    auto key = AccountCredentials::keychainKey(temp.database(), 42);
    QCOMPARE(key.value(), u"account/%1/42"_s.arg(first.value()));
    QCOMPARE(CredentialStore::serviceName(), u"org.herald.Herald"_s);

    // Another workspace gets another id, so its accounts never share a keychain entry.
    Test::TempWorkspace other;
    QVERIFY(other.isOpen());
    QVERIFY(AccountCredentials::workspaceId(other.database()).value() != first.value());
}

void TestAccountCredentials::explicitVariableWinsOverEverything()
{
    qputenv(Variable, "from-explicit");
    qputenv(AccountVariable, "from-account-variable");
    m_store->insert(u"k"_s, u"from-keychain"_s);
    auto resolved = AccountCredentials::resolveNow(
        twilioAccount(QString::fromLatin1(AccountVariable)), u"k"_s, *m_store, QString::fromLatin1(Variable));
    QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage()));
    QCOMPARE(resolved->credentials.secret, u"from-explicit"_s);
    QCOMPARE(resolved->credentials.accountId, s_sid);
    QCOMPARE(resolved->source, CredentialSource::Environment);
    QCOMPARE(resolved->variable, QString::fromLatin1(Variable));
    QCOMPARE(m_store->reads(), 0);
}

void TestAccountCredentials::explicitVariableUnsetIsAnErrorWithoutFallback()
{
    m_store->insert(u"k"_s, u"from-keychain"_s);
    auto resolved = AccountCredentials::resolveNow(twilioAccount(), u"k"_s, *m_store, QString::fromLatin1(Variable));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.errorMessage().contains(QString::fromLatin1(Variable)), qPrintable(resolved.errorMessage()));
    QCOMPARE(m_store->reads(), 0);
}

void TestAccountCredentials::accountVariableComesBeforeKeychain()
{
    qputenv(AccountVariable, "from-account-variable");
    m_store->insert(u"k"_s, u"from-keychain"_s);
    auto resolved = AccountCredentials::resolveNow(
        twilioAccount(QString::fromLatin1(AccountVariable)), u"k"_s, *m_store, QString());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->credentials.secret, u"from-account-variable"_s);
    QCOMPARE(resolved->source, CredentialSource::Environment);
    QCOMPARE(m_store->reads(), 0);
}

void TestAccountCredentials::unsetAccountVariableFallsBackToKeychain()
{
    m_store->insert(u"k"_s, u"from-keychain"_s);
    auto resolved = AccountCredentials::resolveNow(
        twilioAccount(QString::fromLatin1(AccountVariable)), u"k"_s, *m_store, QString());
    QVERIFY2(resolved.ok(), qPrintable(resolved.errorMessage()));
    QCOMPARE(resolved->credentials.secret, u"from-keychain"_s);
    QCOMPARE(resolved->source, CredentialSource::Keychain);
    QCOMPARE(m_store->reads(), 1);
}

void TestAccountCredentials::keychainSecretWithNonSecretValuesFromOptions()
{
    ProviderAccount account = twilioAccount();
    account.options.insert(u"api_key"_s, u"SK0123456789abcdef0123456789abcdef"_s);
    m_store->insert(u"k"_s, u"api-key-secret"_s);
    auto resolved = AccountCredentials::resolveNow(account, u"k"_s, *m_store, QString());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->credentials.accountId, s_sid);
    QCOMPARE(resolved->credentials.keyId, u"SK0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(resolved->credentials.basicUser(), u"SK0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(resolved->credentials.secret, u"api-key-secret"_s);
}

void TestAccountCredentials::missingSecretSaysWhatToDo()
{
    auto plain = AccountCredentials::resolveNow(twilioAccount(), u"k"_s, *m_store, QString());
    QVERIFY(!plain.ok());
    QVERIFY2(plain.errorMessage().contains(u"Shop Twilio"_s), qPrintable(plain.errorMessage()));
    QVERIFY(plain.errorMessage().contains(u"--secret-env"_s));

    auto withVariable = AccountCredentials::resolveNow(
        twilioAccount(QString::fromLatin1(AccountVariable)), u"k"_s, *m_store, QString());
    QVERIFY(!withVariable.ok());
    QVERIFY2(withVariable.errorMessage().contains(QString::fromLatin1(AccountVariable)),
        qPrintable(withVariable.errorMessage()));
}

void TestAccountCredentials::unavailableKeychainSaysSoAndSuggestsEnvironment()
{
    m_store->setUnavailable(true);
    auto resolved = AccountCredentials::resolveNow(twilioAccount(), u"k"_s, *m_store, QString());
    QVERIFY(!resolved.ok());
    QVERIFY2(
        resolved.errorMessage().contains(u"No system keychain is available"_s), qPrintable(resolved.errorMessage()));
    QVERIFY(resolved.errorMessage().contains(u"--secret-env"_s));
    QVERIFY(resolved.errorMessage().contains(u"plain text"_s));

    // The environment still works on such a machine.
    qputenv(Variable, "headless");
    auto headless = AccountCredentials::resolveNow(twilioAccount(), u"k"_s, *m_store, QString::fromLatin1(Variable));
    QVERIFY(headless.ok());
    QCOMPARE(headless->credentials.secret, u"headless"_s);
}

void TestAccountCredentials::simulatorNeedsNoKeychain()
{
    ProviderAccount simulator;
    simulator.name = ProviderAccounts::simulatorAccountName();
    simulator.provider = u"simulator"_s;
    m_store->insert(u"k"_s, u"never-read"_s);
    auto resolved = AccountCredentials::resolveNow(simulator, u"k"_s, *m_store, QString());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->source, CredentialSource::BuiltIn);
    QCOMPARE(resolved->credentials.secret, ProviderAccounts::simulatorCredentials().secret);
    QCOMPARE(resolved->credentials.accountId, ProviderAccounts::simulatorCredentials().accountId);
    QCOMPARE(m_store->reads(), 0);

    // …and an external Simulator whose stored secret cannot be read still gets the built-in one.
    simulator.baseUrl = u"http://127.0.0.1:9"_s;
    simulator.options.insert(AccountCredentials::storedOption(), true);
    m_store->setUnavailable(true);
    auto external = AccountCredentials::resolveNow(simulator, u"k"_s, *m_store, QString());
    QVERIFY(external.ok());
    QCOMPARE(external->source, CredentialSource::BuiltIn);
    QCOMPARE(m_store->reads(), 1);
}

void TestAccountCredentials::simulatorWithStoredSecretUsesIt()
{
    ProviderAccount simulator;
    simulator.name = u"Local"_s;
    simulator.provider = u"simulator"_s;
    simulator.options.insert(AccountCredentials::storedOption(), true);
    m_store->insert(u"k"_s, u"sim-secret"_s);
    auto resolved = AccountCredentials::resolveNow(simulator, u"k"_s, *m_store, QString());
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->source, CredentialSource::Keychain);
    QCOMPARE(resolved->credentials.secret, u"sim-secret"_s);
}

void TestAccountCredentials::answersAreNeverSynchronous()
{
    int calls = 0;
    bool returned = false;
    bool calledBeforeReturn = false;
    auto count = [&](const Result<ResolvedCredentials>&) {
        ++calls;
        calledBeforeReturn = calledBeforeReturn || !returned;
    };
    qputenv(Variable, "x");
    AccountCredentials::resolve(twilioAccount(), u"k"_s, *m_store, QString::fromLatin1(Variable), count);
    AccountCredentials::resolve(twilioAccount(), u"k"_s, *m_store, QString(), count);
    AccountCredentials::resolve(twilioAccount(), QString(), *m_store, QString(), count);
    returned = true;
    QTRY_COMPARE(calls, 3);
    QVERIFY(!calledBeforeReturn);
    QTest::qWait(50);
    QCOMPARE(calls, 3);
}

void TestAccountCredentials::keychainAndEnvironmentGiveTheSameCredentials()
{
    // Whatever the provider, a secret from the keychain is paired with the same non-secret values
    // as one from the environment.
    qputenv(Variable, "same-secret");
    for (const QString& provider : ProviderAccounts::supportedProviders()) {
        ProviderAccount account = twilioAccount();
        account.provider = provider;
        account.options.insert(u"api_key"_s, u"key-id"_s);
        account.options.insert(u"auth_id"_s, u"MA0123456789"_s);
        account.options.insert(AccountCredentials::storedOption(), true);
        m_store->insert(u"k"_s, u"same-secret"_s);
        auto fromEnvironment = AccountCredentials::resolveNow(account, u"k"_s, *m_store, QString::fromLatin1(Variable));
        auto fromKeychain = AccountCredentials::resolveNow(account, u"k"_s, *m_store, QString());
        QVERIFY2(fromEnvironment.ok() && fromKeychain.ok(), qPrintable(provider));
        QCOMPARE(fromKeychain->source, CredentialSource::Keychain);
        QCOMPARE(fromKeychain->credentials.accountId, fromEnvironment->credentials.accountId);
        QCOMPARE(fromKeychain->credentials.keyId, fromEnvironment->credentials.keyId);
        QCOMPARE(fromKeychain->credentials.secret, fromEnvironment->credentials.secret);
    }
}

void TestAccountCredentials::editorUpdatesWithAddRules()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ProviderAccounts accounts(temp.database());
    ProviderAccount account = twilioAccount();
    auto id = accounts.add(account);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    ProviderAccount other = twilioAccount();
    other.name = u"Second"_s;
    QVERIFY(accounts.add(other).ok());
    const qint64 rows = temp.database().scalar(u"SELECT count(*) FROM provider_accounts"_s).value().toLongLong();

    AccountEditor editor(temp.database());
    account.id = id.value();
    account.sender = u"+15005550007"_s;
    account.name = u"Renamed"_s;
    account.ratePerSecond = 5;
    QVERIFY(editor.update(account).ok());
    auto saved = accounts.find(id.value());
    QCOMPARE(saved->name, u"Renamed"_s);
    QCOMPARE(saved->sender, u"+15005550007"_s);
    QCOMPARE(saved->ratePerSecond, 5.0);
    QVERIFY(saved->isDefault);

    // The rules of a new account apply, and checking them leaves no row behind.
    ProviderAccount bad = account;
    bad.baseUrl = u"http://example.org"_s;
    auto refused = editor.update(bad);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"https"_s), qPrintable(refused.errorMessage()));
    bad = account;
    bad.options.insert(u"account_sid"_s, u"nope"_s);
    QVERIFY(!editor.update(bad).ok());
    bad = account;
    bad.name = u"Second"_s;
    QVERIFY(editor.update(bad).errorMessage().contains(u"already exists"_s));
    QCOMPARE(temp.database().scalar(u"SELECT count(*) FROM provider_accounts"_s).value().toLongLong(), rows);
    QCOMPARE(accounts.find(id.value())->name, u"Renamed"_s);

    // Making another account the default moves the mark.
    ProviderAccount second = accounts.findByName(u"Second"_s).value();
    second.isDefault = true;
    QVERIFY(editor.update(second).ok());
    QCOMPARE(accounts.defaultAccount()->name, u"Second"_s);
    QVERIFY(!accounts.find(id.value())->isDefault);
}

void TestAccountCredentials::editorRemovesAndMovesDefault()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ProviderAccounts accounts(temp.database());
    const qint64 first = accounts.add(twilioAccount()).value();
    ProviderAccount other = twilioAccount();
    other.name = u"Second"_s;
    const qint64 second = accounts.add(other).value();
    QVERIFY(accounts.find(first)->isDefault);
    AccountEditor editor(temp.database());
    QVERIFY(editor.remove(first).ok());
    QVERIFY(!accounts.find(first).ok());
    QCOMPARE(accounts.defaultAccount()->id, second);
    QVERIFY(accounts.find(second)->isDefault);
    QVERIFY(!editor.remove(first).ok());
}

void TestAccountCredentials::editorRefusesRemovingAccountOfUnfinishedCampaign()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    const qint64 accountId = ProviderAccounts(temp.database()).add(twilioAccount()).value();
    CampaignRepository campaigns(temp.database());
    CampaignDraft draft;
    draft.name = u"Sale"_s;
    draft.body = u"Hello"_s;
    draft.allContacts = true;
    draft.accountId = accountId;
    auto campaign = campaigns.create(draft);
    QVERIFY2(campaign.ok(), qPrintable(campaign.errorMessage()));
    QVERIFY(campaigns.setState(campaign.value(), CampaignState::Sending).ok());
    AccountEditor editor(temp.database());
    auto refused = editor.remove(accountId);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"Shop Twilio"_s), qPrintable(refused.errorMessage()));
    QVERIFY(ProviderAccounts(temp.database()).find(accountId).ok());
    QVERIFY(campaigns.setState(campaign.value(), CampaignState::Completed).ok());
    QVERIFY(editor.remove(accountId).ok());
    QCOMPARE(campaigns.find(campaign.value())->accountId, 0);
}

QTEST_GUILESS_MAIN(TestAccountCredentials)
#include "TestAccountCredentials.moc"
