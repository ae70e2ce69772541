// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "providers/ProviderAccount.h"
#include "providers/simulator/Simulator.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Herald;

// A canary secret planted through every way herald-cli takes one (reliability-and-compliance
// S1): after adding accounts, testing them and sending small (transactional, so quiet hours
// never hold them) campaigns through a Simulator on
// 127.0.0.1 that demands the canary, its bytes must not be in the workspace file, its WAL and
// shared memory, the settings, any export, any output or log line, or anywhere under HOME. No
// keychain is reachable here (the session bus points at nothing), as on a headless server.
class TestSecretCanary final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void searchFindsPlantedBytes();
    void accountsTakeTheSecretOnlyFromEnvironment();
    void keychainUnavailableRefusesToStore();
    void testConnectionUsesTheSecret();
    void campaignSendsWithTheSecret();
    void builtInSimulatorWithSecretFromEnvironment();
    void exportsAndListings();
    void canaryIsNowhere();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QByteArray& input = {}, const QHash<QString, QString>& env = {});
    // The places where a leaked canary would show, as the bytes of every encoding it could take.
    QList<QByteArray> needles() const;
    QStringList filesContaining(const QString& root) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_canary;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Database> m_reader; // keeps the WAL and -shm files in place between runs
    QByteArray m_output; // everything herald-cli printed, logs included
};

TestSecretCanary::Run TestSecretCanary::cli(
    const QStringList& args, const QByteArray& input, const QHash<QString, QString>& env)
{
    // The Simulator lives in this process: wait for herald-cli with the event loop running.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/herald-test-bus"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"herald.*.debug=true;herald.*.info=true"_s);
    environment.insert(u"HERALD_CANARY"_s, m_canary);
    for (auto it = env.constBegin(); it != env.constEnd(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    process.start(QStringLiteral(HERALD_CLI_PATH), QStringList {u"--db"_s, m_db} + args);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    deadline.start(90000);
    if (process.state() != QProcess::NotRunning) {
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
        return {};
    }
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    m_output += out + err;
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(out),
        QString::fromUtf8(err)};
}

QList<QByteArray> TestSecretCanary::needles() const
{
    const QByteArray utf8 = m_canary.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : m_canary) {
        utf16le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    const QByteArray basicAuth
        = (ProviderAccounts::simulatorCredentials().accountId + u':' + m_canary).toUtf8().toBase64();
    return {utf8, utf16le, utf16be, utf8.toBase64(), basicAuth};
}

QStringList TestSecretCanary::filesContaining(const QString& root) const
{
    QStringList found;
    const QList<QByteArray> patterns = needles();
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray content = file.readAll();
        for (const QByteArray& pattern : patterns) {
            if (content.contains(pattern)) {
                found.append(file.fileName());
                break;
            }
        }
    }
    return found;
}

void TestSecretCanary::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"canary.herald"_s);
    m_canary = u"HERALD-CANARY-%1"_s.arg(QUuid::createUuid().toString(QUuid::Id128).toUpper());
    Simulator::Options options;
    options.secret = m_canary; // any other secret gets 401
    options.sendLatencyMinMs = 10;
    options.sendLatencyMaxMs = 50;
    options.deliveryLatencyMinMs = 10;
    options.deliveryLatencyMaxMs = 50;
    options.replyRate = 0;
    m_simulator = std::make_unique<Simulator>(options);
    QVERIFY(m_simulator->start(0).ok());
    const Run init = cli({u"init"_s, u"--demo"_s, u"--count"_s, u"20"_s});
    QCOMPARE(init.exitCode, 0);
    auto reader = Database::open(m_db);
    QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
    m_reader = std::move(reader).value();
    QVERIFY(m_reader->scalar(u"SELECT count(*) FROM contacts"_s).ok());
}

void TestSecretCanary::cleanupTestCase()
{
    m_reader.reset();
    m_simulator.reset();
}

void TestSecretCanary::searchFindsPlantedBytes()
{
    // The search itself must be able to fail: plant the canary in a file in each encoding.
    QTemporaryDir control;
    int index = 0;
    for (const QByteArray& needle : needles()) {
        QFile file(control.filePath(u"planted-%1"_s.arg(index++)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix" + needle + "suffix");
    }
    QCOMPARE(filesContaining(control.path()).size(), index);
}

void TestSecretCanary::accountsTakeTheSecretOnlyFromEnvironment()
{
    const Run add = cli({u"account"_s, u"add"_s, u"--name"_s, u"Canary"_s, u"--provider"_s, u"simulator"_s,
        u"--base-url"_s, m_simulator->url().toString(), u"--secret-env"_s, u"HERALD_CANARY"_s, u"--default"_s});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
    const Run list = cli({u"--json"_s, u"account"_s, u"list"_s});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"accounts"_s).toArray();
    bool seen = false;
    for (const QJsonValue& value : accounts) {
        if (value.toObject().value(u"name"_s).toString() == u"Canary"_s) {
            seen = true;
            QCOMPARE(value.toObject().value(u"secret"_s).toString(), u"env:HERALD_CANARY"_s);
            QVERIFY(value.toObject().value(u"default"_s).toBool());
        }
    }
    QVERIFY(seen);
}

void TestSecretCanary::keychainUnavailableRefusesToStore()
{
    const QByteArray input = m_canary.toUtf8() + '\n';
    const Run add = cli({u"account"_s, u"add"_s, u"--name"_s, u"Keychain"_s, u"--provider"_s, u"simulator"_s,
                            u"--base-url"_s, m_simulator->url().toString(), u"--secret-stdin"_s},
        input);
    QCOMPARE(add.exitCode, 1);
    QVERIFY2(add.err.contains(u"No system keychain is available"_s), qPrintable(add.err));
    QVERIFY(add.err.contains(u"--secret-env"_s));
    QVERIFY(add.err.contains(u"Keychain"_s));
    // Refused means not added either: no account without its secret is left behind.
    const Run list = cli({u"account"_s, u"list"_s});
    QVERIFY(!list.out.contains(u"\tKeychain\t"_s));
    const Run setSecret = cli({u"account"_s, u"set-secret"_s, u"Canary"_s}, input);
    QCOMPARE(setSecret.exitCode, 1);
    QVERIFY(setSecret.err.contains(u"No system keychain is available"_s));
}

void TestSecretCanary::testConnectionUsesTheSecret()
{
    const int before = m_simulator->requestCount();
    const Run ok = cli({u"--json"_s, u"account"_s, u"test"_s, u"Canary"_s});
    QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
    const QJsonObject answer = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    QVERIFY(answer.value(u"ok"_s).toBool());
    QCOMPARE(answer.value(u"credentials"_s).toString(), u"environment"_s);
    QCOMPARE(answer.value(u"http_status"_s).toInt(), 200);
    QVERIFY(m_simulator->requestCount() > before);
    QCOMPARE(m_simulator->createRequestCount(), 0); // a test sends nothing

    const Run wrong = cli({u"account"_s, u"test"_s, u"Canary"_s, u"--secret-env"_s, u"WRONG_SECRET"_s}, {},
        {{u"WRONG_SECRET"_s, u"not-the-canary"_s}});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"Authenticate"_s), qPrintable(wrong.err));

    const Run unset = cli({u"account"_s, u"test"_s, u"Canary"_s}, {}, {{u"HERALD_CANARY"_s, QString()}});
    QCOMPARE(unset.exitCode, 1);
    QVERIFY2(unset.err.contains(u"HERALD_CANARY"_s), qPrintable(unset.err));

    QCOMPARE(cli({u"account"_s, u"test"_s}).exitCode, 2);
    QCOMPARE(cli({u"account"_s, u"test"_s, u"Nobody"_s}).exitCode, 2);
}

void TestSecretCanary::campaignSendsWithTheSecret()
{
    const Run create = cli({u"--json"_s, u"campaign"_s, u"create"_s, u"--name"_s, u"Canary sale"_s, u"--body"_s,
        u"Hi {first_name|there}, your order ships today."_s, u"--all"_s, u"--account"_s, u"Canary"_s, u"--kind"_s,
        u"transactional"_s});
    QVERIFY2(create.exitCode == 0, qPrintable(create.err));
    const QString id = QString::number(QJsonDocument::fromJson(create.out.toUtf8()).object().value(u"id"_s).toInt());
    const Run launch = cli({u"--json"_s, u"campaign"_s, u"launch"_s, id, u"--wait"_s, u"--timeout"_s, u"20"_s});
    QVERIFY2(launch.exitCode == 0, qPrintable(launch.err));
    const QJsonObject status = QJsonDocument::fromJson(launch.out.toUtf8()).object();
    QVERIFY2(status.value(u"delivered"_s).toInt() > 0, qPrintable(launch.out));
    QVERIFY(!m_simulator->ledger().isEmpty());
    const QByteArray expected
        = "Basic " + (ProviderAccounts::simulatorCredentials().accountId + u':' + m_canary).toUtf8().toBase64();
    QCOMPARE(m_simulator->lastRequest().authorization, expected);
}

void TestSecretCanary::builtInSimulatorWithSecretFromEnvironment()
{
    const Run create
        = cli({u"--json"_s, u"campaign"_s, u"create"_s, u"--name"_s, u"Built-in"_s, u"--body"_s, u"Hello again"_s,
            u"--all"_s, u"--account"_s, ProviderAccounts::simulatorAccountName(), u"--kind"_s, u"transactional"_s});
    QVERIFY2(create.exitCode == 0, qPrintable(create.err));
    const QString id = QString::number(QJsonDocument::fromJson(create.out.toUtf8()).object().value(u"id"_s).toInt());
    const Run launch = cli({u"--json"_s, u"campaign"_s, u"launch"_s, id, u"--secret-env"_s, u"HERALD_CANARY"_s});
    QVERIFY2(launch.exitCode == 0, qPrintable(launch.err));
    QVERIFY(QJsonDocument::fromJson(launch.out.toUtf8()).object().value(u"accepted"_s).toInt()
            + QJsonDocument::fromJson(launch.out.toUtf8()).object().value(u"delivered"_s).toInt()
            + QJsonDocument::fromJson(launch.out.toUtf8()).object().value(u"sent"_s).toInt()
        > 0);
    const Run test = cli(
        {u"account"_s, u"test"_s, ProviderAccounts::simulatorAccountName(), u"--secret-env"_s, u"HERALD_CANARY"_s});
    QVERIFY2(test.exitCode == 0, qPrintable(test.err));
}

void TestSecretCanary::exportsAndListings()
{
    QCOMPARE(cli({u"export"_s, m_dir.filePath(u"export.csv"_s)}).exitCode, 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"export.csv"_s)));
    QCOMPARE(cli({u"contacts"_s, u"export-person"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(cli({u"--json"_s, u"account"_s, u"list"_s}).exitCode, 0);
    QCOMPARE(cli({u"campaign"_s, u"status"_s, u"1"_s}).exitCode, 0);
}

void TestSecretCanary::canaryIsNowhere()
{
    // The reader connection keeps the WAL: check it is there to be searched.
    QVERIFY(QFile::exists(m_db));
    QVERIFY(QFile::exists(m_db + u"-wal"_s));
    QVERIFY(QFile::exists(m_db + u"-shm"_s));
    QVERIFY(QFileInfo(m_db + u"-wal"_s).size() > 0);
    // And the canary did reach the provider, so its absence elsewhere means something.
    QVERIFY(!m_output.isEmpty());

    QStringList leaks = filesContaining(m_dir.path());
    leaks += filesContaining(QDir::homePath());
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    for (const QByteArray& needle : needles()) {
        QVERIFY2(!m_output.contains(needle), "herald-cli printed the secret");
    }
}

QTEST_GUILESS_MAIN(TestSecretCanary)
#include "TestSecretCanary.moc"
