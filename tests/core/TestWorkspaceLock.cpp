// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workspace.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// A second Herald on the same workspace is refused; a lock left by a dead process is not.
class TestWorkspaceLock final : public QObject
{
    Q_OBJECT

private slots:
    void secondOpenIsRefused();
    void lockIsReleasedOnClose();
    void lockOfDeadProcessIsRecovered();
    void oldLockOfLiveProcessStillHolds();
};

void TestWorkspaceLock::secondOpenIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    auto first = Workspace::open(path);
    QVERIFY(first.ok());
    auto second = Workspace::open(path);
    QVERIFY(!second.ok());
    QVERIFY2(second.errorMessage().contains(u"already open"_s), qPrintable(second.errorMessage()));
    QVERIFY(second.errorMessage().contains(QString::number(QCoreApplication::applicationPid())));
}

void TestWorkspaceLock::lockIsReleasedOnClose()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    {
        auto first = Workspace::open(path);
        QVERIFY(first.ok());
    }
    QVERIFY(Workspace::open(path).ok());
}

void TestWorkspaceLock::lockOfDeadProcessIsRecovered()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    const QString lockPath = path + u".lock"_s;
    // Make a genuine lock file, then rewrite it as if a process that has since died held it.
    QByteArray content;
    {
        QLockFile lock(lockPath);
        QVERIFY(lock.tryLock());
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        content = file.readAll();
        lock.unlock();
    }
    QProcess child;
    child.start(u"sh"_s, {u"-c"_s, u"exit 0"_s});
    QVERIFY(child.waitForFinished(5000));
    const qint64 deadPid = child.processId() > 0 ? child.processId() : 999999;
    const QList<QByteArray> lines = content.split('\n');
    QVERIFY(lines.size() >= 3);
    QByteArray stale = QByteArray::number(deadPid > 0 ? deadPid : 999999);
    for (int i = 1; i < lines.size(); ++i) {
        stale += '\n' + lines.at(i);
    }
    // The child's pid is gone once waited for; fall back to an unlikely one if it was reused.
    QFile file(lockPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(stale);
    file.close();
    auto opened = Workspace::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
}

void TestWorkspaceLock::oldLockOfLiveProcessStillHolds()
{
    // QLockFile's default would call a 30-second-old lock stale even if its owner is alive.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    auto first = Workspace::open(path);
    QVERIFY(first.ok());
    QFile lockFile(path + u".lock"_s);
    QVERIFY(lockFile.open(QIODevice::ReadWrite));
    QVERIFY(lockFile.setFileTime(QDateTime::currentDateTime().addDays(-1), QFileDevice::FileModificationTime));
    lockFile.close();
    auto second = Workspace::open(path);
    QVERIFY(!second.ok());
}

QTEST_GUILESS_MAIN(TestWorkspaceLock)
#include "TestWorkspaceLock.moc"
