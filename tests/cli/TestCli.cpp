// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// herald-cli as a user or a script runs it: real process, real workspace file.
class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void helpAndUsageErrors();
    void countNewAndDemoWorkspace();
    void listAndShow();
    void lockedWorkspaceFails();
    void notAWorkspaceFails();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run cli(const QStringList& args, const QByteArray& input = {});
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::cli(const QStringList& args, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    if (!process.waitForStarted(10000)) {
        return {};
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::version()
{
    const Run plain = cli({u"version"_s});
    QCOMPARE(plain.exitCode, 0);
    QCOMPARE(plain.out.trimmed(), u"herald-cli %1"_s.arg(QStringLiteral(HERALD_VERSION)));
    const Run json = cli({u"--json"_s, u"version"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"version"_s).toString(),
        QStringLiteral(HERALD_VERSION));
}

void TestCli::helpAndUsageErrors()
{
    const Run help = cli({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"contacts count"_s));
    QVERIFY(help.out.contains(u"Exit codes"_s));
    QCOMPARE(cli({}).exitCode, 2);
    const Run unknown = cli({u"frobnicate"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"frobnicate"_s));
    const QString db = m_dir.filePath(u"usage.herald"_s);
    const Run badSub = cli({u"--db"_s, db, u"contacts"_s, u"dance"_s});
    QCOMPARE(badSub.exitCode, 2);
    QVERIFY(badSub.err.contains(u"usage:"_s));
    QCOMPARE(cli({u"--db"_s}).exitCode, 2);
    QCOMPARE(cli({u"--db"_s, db, u"contacts"_s, u"show"_s, u"abc"_s}).exitCode, 2);
}

void TestCli::countNewAndDemoWorkspace()
{
    const QString fresh = m_dir.filePath(u"x.herald"_s);
    const Run zero = cli({u"--db"_s, fresh, u"contacts"_s, u"count"_s});
    QCOMPARE(zero.exitCode, 0);
    QCOMPARE(zero.out, u"0\n"_s);
    QVERIFY(zero.err.isEmpty());

    const QString demo = m_dir.filePath(u"demo.herald"_s);
    const Run init = cli({u"--db"_s, demo, u"--json"_s, u"init"_s, u"--demo"_s});
    QCOMPARE(init.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(init.out.toUtf8()).object().value(u"demo_contacts"_s).toInt(), 300);
    const Run count = cli({u"--db"_s, demo, u"contacts"_s, u"count"_s});
    QCOMPARE(count.out, u"300\n"_s);
    const Run json = cli({u"contacts"_s, u"count"_s, u"--db"_s, demo, u"--json"_s}); // options after the command
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.trimmed(), u"{\"count\":300}"_s);
    // Demo data goes only into an empty workspace.
    const Run again = cli({u"--db"_s, demo, u"init"_s, u"--demo"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"empty workspace"_s));
}

void TestCli::listAndShow()
{
    const QString demo = m_dir.filePath(u"list.herald"_s);
    QCOMPARE(cli({u"--db"_s, demo, u"init"_s, u"--demo"_s, u"--count"_s, u"12"_s}).exitCode, 0);
    const Run list = cli({u"--db"_s, demo, u"contacts"_s, u"list"_s, u"--limit"_s, u"5"_s});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.count(u'\n'), 5);
    QVERIFY(list.out.startsWith(u"1\t+"_s));
    const Run show = cli({u"--db"_s, demo, u"--json"_s, u"contacts"_s, u"show"_s, u"3"_s});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject contact = QJsonDocument::fromJson(show.out.toUtf8()).object();
    QCOMPARE(contact.value(u"id"_s).toInt(), 3);
    QVERIFY(contact.value(u"phone"_s).toString().startsWith(u"+"_s));
    const Run missing = cli({u"--db"_s, demo, u"contacts"_s, u"show"_s, u"999"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"999"_s));
}

void TestCli::lockedWorkspaceFails()
{
    const QString path = m_dir.filePath(u"locked.herald"_s);
    auto held = Workspace::open(path);
    QVERIFY(held.ok());
    const Run run = cli({u"--db"_s, path, u"contacts"_s, u"count"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"already open"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::notAWorkspaceFails()
{
    const QString path = m_dir.filePath(u"customers.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("phone\n+48601234567\n");
    file.close();
    const Run run = cli({u"--db"_s, path, u"contacts"_s, u"count"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not an SQLite database"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
