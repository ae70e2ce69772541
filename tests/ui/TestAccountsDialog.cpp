// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MemoryCredentialStore.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "TempWorkspace.h"
#include "dialogs/AccountsDialog.h"
#include "providers/simulator/Simulator.h"
#include "secrets/AccountCredentials.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// The Accounts dialog with the in-memory store in place of the system keychain.
class TestAccountsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheSimulatorByDefault();
    void addAccountStoresSecretOnlyInKeychain();
    void badInputKeepsTheFields();
    void secretIsNeverShownBack();
    void unavailableKeychainSaysSo();
    void testConnectionRunsInBackground();
    void removeAsksAndDeletesKeychainEntry();

private:
    void fillTwilio(AccountsDialog& dialog, const QString& name, const QString& secret);
    template <typename T>
    static T* child(AccountsDialog& dialog, const char* name)
    {
        return dialog.findChild<T*>(QString::fromLatin1(name));
    }

    std::unique_ptr<Test::TempWorkspace> m_workspace;
    Test::MemoryCredentialStore* m_store = nullptr;
    std::unique_ptr<Simulator> m_simulator;
    const QString m_secret = u"dialog-secret-1234"_s;
};

void TestAccountsDialog::init()
{
    m_workspace = std::make_unique<Test::TempWorkspace>();
    QVERIFY(m_workspace->isOpen());
    m_store = new Test::MemoryCredentialStore(this);
    Simulator::Options options;
    options.secret = m_secret;
    m_simulator = std::make_unique<Simulator>(options);
    QVERIFY(m_simulator->start(0).ok());
}

void TestAccountsDialog::cleanup()
{
    delete m_store;
    m_simulator.reset();
    m_workspace.reset();
}

void TestAccountsDialog::fillTwilio(AccountsDialog& dialog, const QString& name, const QString& secret)
{
    QTest::mouseClick(child<QPushButton>(dialog, "addAccountButton"), Qt::LeftButton);
    QCOMPARE(dialog.currentAccountId(), 0);
    QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
    auto* provider = child<QComboBox>(dialog, "providerCombo");
    provider->setCurrentIndex(provider->findData(u"twilio"_s));
    // The Simulator speaks Twilio's API: a Twilio account pointed at it.
    QTest::keyClicks(child<QLineEdit>(dialog, "baseUrlEdit"), m_simulator->url().toString());
    QTest::keyClicks(child<QLineEdit>(dialog, "senderEdit"), u"+15005550006"_s);
    auto* options = child<QTableWidget>(dialog, "optionsTable");
    QCOMPARE(options->rowCount(), 1);
    QCOMPARE(options->item(0, 0)->text(), u"account_sid"_s);
    options->item(0, 1)->setText(ProviderAccounts::simulatorCredentials().accountId);
    QTest::keyClicks(child<QLineEdit>(dialog, "secretEdit"), secret);
    QVERIFY(dialog.isModified());
}

void TestAccountsDialog::listsTheSimulatorByDefault()
{
    AccountsDialog dialog(m_workspace->database(), *m_store);
    auto* list = child<QListWidget>(dialog, "accountList");
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(u"Simulator"_s));
    QVERIFY(dialog.currentAccountId() > 0);
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), ProviderAccounts::simulatorAccountName());
    QVERIFY(child<QLabel>(dialog, "keychainNoteLabel")->text().contains(u"system keychain"_s));
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog.isModified());
}

void TestAccountsDialog::addAccountStoresSecretOnlyInKeychain()
{
    AccountsDialog dialog(m_workspace->database(), *m_store);
    QSignalSpy stored(&dialog, &AccountsDialog::secretOperationFinished);
    fillTwilio(dialog, u"Shop"_s, m_secret);
    QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(stored.count(), 1);
    QVERIFY(stored.constFirst().constFirst().toBool());

    auto account = ProviderAccounts(m_workspace->database()).findByName(u"Shop"_s);
    QVERIFY(account.ok());
    QCOMPARE(dialog.currentAccountId(), account->id);
    QVERIFY(AccountCredentials::hasStoredSecret(account.value()));
    const QString key = AccountCredentials::keychainKey(m_workspace->database(), account->id).value();
    QCOMPARE(m_store->entries().value(key), m_secret);
    QCOMPARE(m_store->entries().size(), 1);
    // Nothing of the secret in the workspace.
    auto hits = m_workspace->database().scalar(
        u"SELECT count(*) FROM provider_accounts WHERE options LIKE ? OR name LIKE ? OR base_url LIKE ?"_s,
        {u"%%1%"_s.arg(m_secret), u"%%1%"_s.arg(m_secret), u"%%1%"_s.arg(m_secret)});
    QCOMPARE(hits.value().toInt(), 0);
    QCOMPARE(child<QListWidget>(dialog, "accountList")->count(), 2);
    QVERIFY(!dialog.isModified());
}

void TestAccountsDialog::badInputKeepsTheFields()
{
    AccountsDialog dialog(m_workspace->database(), *m_store);
    fillTwilio(dialog, u"Broken"_s, m_secret);
    child<QTableWidget>(dialog, "optionsTable")->item(0, 1)->setText(u"not-a-sid"_s);
    QVERIFY(!dialog.save());
    auto* banner = child<MessageWidget>(dialog, "accountsMessageWidget");
    QVERIFY(banner->isVisibleTo(&dialog));
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY2(banner->text().contains(u"Account SID"_s), qPrintable(banner->text()));
    // Nothing lost: the fields, the secret included, wait to be corrected.
    QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"Broken"_s);
    QCOMPARE(child<QLineEdit>(dialog, "secretEdit")->text(), m_secret);
    QVERIFY(m_store->entries().isEmpty());
    QVERIFY(!ProviderAccounts(m_workspace->database()).findByName(u"Broken"_s).ok());
}

void TestAccountsDialog::secretIsNeverShownBack()
{
    {
        AccountsDialog dialog(m_workspace->database(), *m_store);
        QSignalSpy stored(&dialog, &AccountsDialog::secretOperationFinished);
        fillTwilio(dialog, u"Shop"_s, m_secret);
        QVERIFY(dialog.save());
        QTRY_COMPARE(stored.count(), 1);
        QVERIFY(child<QLineEdit>(dialog, "secretEdit")->text().isEmpty());
    }
    AccountsDialog dialog(m_workspace->database(), *m_store);
    const qint64 id = ProviderAccounts(m_workspace->database()).findByName(u"Shop"_s)->id;
    QVERIFY(dialog.selectAccount(id));
    QVERIFY(child<QLineEdit>(dialog, "secretEdit")->text().isEmpty());
    QVERIFY(child<QLabel>(dialog, "secretStatusLabel")->text().contains(u"stored in the system keychain"_s));
    for (const QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            QVERIFY(!label->text().contains(m_secret));
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(widget)) {
            QVERIFY(!edit->text().contains(m_secret));
        }
    }
    QCOMPARE(m_store->reads(), 0); // showing an account does not even read it
}

void TestAccountsDialog::unavailableKeychainSaysSo()
{
    m_store->setUnavailable(true);
    AccountsDialog dialog(m_workspace->database(), *m_store);
    QSignalSpy stored(&dialog, &AccountsDialog::secretOperationFinished);
    fillTwilio(dialog, u"Headless"_s, m_secret);
    QVERIFY(dialog.save());
    QTRY_COMPARE(stored.count(), 1);
    QVERIFY(!stored.constFirst().constFirst().toBool());
    const QString message = stored.constFirst().at(1).toString();
    QVERIFY2(message.contains(u"No system keychain is available"_s), qPrintable(message));
    auto* banner = child<MessageWidget>(dialog, "accountsMessageWidget");
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QCOMPARE(banner->text(), message);
    auto account = ProviderAccounts(m_workspace->database()).findByName(u"Headless"_s);
    QVERIFY(account.ok());
    QVERIFY(!AccountCredentials::hasStoredSecret(account.value()));
    QVERIFY(m_store->entries().isEmpty());
}

void TestAccountsDialog::testConnectionRunsInBackground()
{
    AccountsDialog dialog(m_workspace->database(), *m_store);
    QSignalSpy tested(&dialog, &AccountsDialog::connectionTestFinished);
    fillTwilio(dialog, u"Shop"_s, u"wrong"_s);
    auto* testButton = child<QPushButton>(dialog, "testButton");
    auto* progress = child<QProgressBar>(dialog, "testProgress");
    auto* result = child<QLabel>(dialog, "testResultLabel");

    // Typed but not saved: the check uses the typed secret, the provider refuses it.
    QTest::mouseClick(testButton, Qt::LeftButton);
    QVERIFY(progress->isVisibleTo(&dialog));
    QVERIFY(!testButton->isEnabled());
    QVERIFY(dialog.isBusy());
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 20000);
    QVERIFY(!tested.constLast().constFirst().toBool());
    QVERIFY2(result->text().contains(u"Authenticate"_s), qPrintable(result->text()));
    QVERIFY(!progress->isVisibleTo(&dialog));
    QVERIFY(testButton->isEnabled());

    // The right secret, from the keyboard.
    auto* secret = child<QLineEdit>(dialog, "secretEdit");
    secret->clear();
    QTest::keyClicks(secret, m_secret);
    testButton->setFocus();
    QTest::keyClick(testButton, Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 2, 20000);
    QVERIFY2(tested.constLast().constFirst().toBool(), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"works"_s));
    QCOMPARE(m_simulator->createRequestCount(), 0);
    QVERIFY(m_store->entries().isEmpty()); // testing stores nothing
}

void TestAccountsDialog::removeAsksAndDeletesKeychainEntry()
{
    AccountsDialog dialog(m_workspace->database(), *m_store);
    QSignalSpy finished(&dialog, &AccountsDialog::secretOperationFinished);
    fillTwilio(dialog, u"Shop"_s, m_secret);
    QVERIFY(dialog.save());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_store->entries().size(), 1);
    const qint64 id = dialog.currentAccountId();

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(dialog, "removeAccountButton"), Qt::LeftButton);
    QTest::qWait(50);
    QVERIFY(ProviderAccounts(m_workspace->database()).find(id).ok());
    QCOMPARE(m_store->entries().size(), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(dialog, "removeAccountButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 2);
    QVERIFY(!ProviderAccounts(m_workspace->database()).find(id).ok());
    QVERIFY(m_store->entries().isEmpty());
    QCOMPARE(child<QListWidget>(dialog, "accountList")->count(), 1);
}

QTEST_MAIN(TestAccountsDialog)
#include "TestAccountsDialog.moc"
