// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "secrets/KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Herald;

// The real KeychainCredentialStore on a machine without a keychain service, as CI and any
// headless Linux are: main() points the session bus at nothing, so no Secret Service or KWallet
// can answer whatever is installed. Every operation must end, promptly, with a clear
// Unavailable, never a crash, a hang, or a secret written somewhere else instead.
class TestKeychainStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writeReportsNoKeychain();
    void readAndRemoveReportNoKeychain();
    void answersOnceAndLater();
    void timeoutEndsAnOperation();
    void refusesSecretsItCannotStore();
    void nothingWrittenInPlainText();

private:
    QString m_canary = u"HERALD-KEYCHAIN-CANARY-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128));
    QString m_key = CredentialStore::accountKey(u"test"_s, 1);
};

void TestKeychainStore::initTestCase()
{
    QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), QByteArray("unix:path=/nonexistent/herald-test-bus"));
}

void TestKeychainStore::writeReportsNoKeychain()
{
    KeychainCredentialStore store;
    QElapsedTimer timer;
    timer.start();
    const CredentialOutcome outcome = store.writeNow(m_key, m_canary);
    QCOMPARE(outcome.status, CredentialOutcome::Status::Unavailable);
    QVERIFY(!outcome.ok());
    QVERIFY2(outcome.message.contains(u"No system keychain is available"_s), qPrintable(outcome.message));
    QVERIFY(outcome.message.contains(u"--secret-env"_s));
    QVERIFY(outcome.message.contains(u"plain text"_s));
    QVERIFY2(outcome.message.contains(u"no D-Bus session bus"_s), qPrintable(outcome.message));
    QVERIFY(!outcome.message.contains(m_canary));
    QVERIFY(outcome.secret.isEmpty());
    // Well within the store's own limit: a missing bus is noticed, not waited out.
    QVERIFY2(timer.elapsed() < KeychainCredentialStore::DefaultTimeoutMs, qPrintable(QString::number(timer.elapsed())));
}

void TestKeychainStore::readAndRemoveReportNoKeychain()
{
    KeychainCredentialStore store;
    const CredentialOutcome read = store.readNow(m_key);
    // Not NotFound: the keychain was not asked, so nobody knows whether it holds the key.
    QCOMPARE(read.status, CredentialOutcome::Status::Unavailable);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(read.message.contains(u"--secret-env"_s));
    const CredentialOutcome removed = store.removeNow(m_key);
    QCOMPARE(removed.status, CredentialOutcome::Status::Unavailable);
}

void TestKeychainStore::answersOnceAndLater()
{
    KeychainCredentialStore store;
    int calls = 0;
    CredentialOutcome last;
    store.write(m_key, m_canary, [&](const CredentialOutcome& outcome) {
        ++calls;
        last = outcome;
    });
    QCOMPARE(calls, 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);
    QCOMPARE(last.status, CredentialOutcome::Status::Unavailable);
    QTest::qWait(300);
    QCOMPARE(calls, 1);
}

void TestKeychainStore::timeoutEndsAnOperation()
{
    // With a limit shorter than any answer, the limit answers and the job's late answer is dropped.
    KeychainCredentialStore store;
    store.setTimeoutMs(1);
    QCOMPARE(store.timeoutMs(), 1);
    int calls = 0;
    CredentialOutcome last;
    store.read(m_key, [&](const CredentialOutcome& outcome) {
        ++calls;
        last = outcome;
    });
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 30000);
    QCOMPARE(last.status, CredentialOutcome::Status::Unavailable);
    QTest::qWait(500);
    QCOMPARE(calls, 1);
}

void TestKeychainStore::refusesSecretsItCannotStore()
{
    KeychainCredentialStore store;
    const CredentialOutcome empty = store.writeNow(m_key, QString());
    QCOMPARE(empty.status, CredentialOutcome::Status::Failed);
    QVERIFY(empty.message.contains(u"empty"_s));
    const CredentialOutcome huge = store.writeNow(m_key, QString(CredentialStore::MaxSecretBytes + 1, u'x'));
    QCOMPARE(huge.status, CredentialOutcome::Status::Failed);
    QVERIFY2(huge.message.contains(QString::number(CredentialStore::MaxSecretBytes)), qPrintable(huge.message));
    QVERIFY(CredentialStore::checkSecret(QString(CredentialStore::MaxSecretBytes, u'x')).isEmpty());
}

void TestKeychainStore::nothingWrittenInPlainText()
{
    // With the insecure fallback on, QtKeychain would have answered Ok and written the secret to
    // the application's settings file under HOME.
    KeychainCredentialStore store;
    QCOMPARE(store.writeNow(m_key, m_canary).status, CredentialOutcome::Status::Unavailable);
    QVERIFY(QDir::homePath().contains(u"home-test_keychain_store"_s)); // the test's own HOME
    const QByteArray utf8 = m_canary.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(m_canary.utf16()), m_canary.size() * 2);
    const auto search = [&](const QString& root) {
        QStringList found;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray content = file.readAll();
                if (content.contains(utf8) || content.contains(utf16)) {
                    found.append(file.fileName());
                }
            }
        }
        return found;
    };
    // The search finds a planted copy…
    QTemporaryDir control;
    QFile planted(control.filePath(u"Herald.conf"_s));
    QVERIFY(planted.open(QIODevice::WriteOnly));
    planted.write("secret=" + utf16);
    planted.close();
    QCOMPARE(search(control.path()).size(), 1);
    // …and none where the fallback would have written.
    const QStringList leaks = search(QDir::homePath());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
}

int main(int argc, char** argv)
{
    // Before anything talks to D-Bus: no session bus, hence no keychain service.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/herald-test-bus");
    QCoreApplication app(argc, argv);
    // Where QtKeychain's plain-text fallback would write: ~/.config/Herald/Herald.conf.
    QCoreApplication::setOrganizationName(u"Herald"_s);
    QCoreApplication::setApplicationName(u"Herald"_s);
    TestKeychainStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestKeychainStore.moc"
