// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "logging/EventLog.h"
#include "logging/LogCategories.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Herald;

Q_LOGGING_CATEGORY(lcOther, "other.area")

class TestEventLog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forwardsHeraldInfoAndAbove();
    void appendFromAnotherThread();
    void keepsAtMostMaxEntries();
};

void TestEventLog::initTestCase()
{
    QLoggingCategory::setFilterRules(u"herald.*.debug=true\nherald.*.info=true"_s);
    EventLog::installMessageHandler();
}

void TestEventLog::forwardsHeraldInfoAndAbove()
{
    EventLog* log = EventLog::instance();
    log->clear();
    QSignalSpy spy(log, &EventLog::entryAdded);
    qCDebug(lcStorage) << "debug detail";
    qCInfo(lcStorage) << "opened";
    qCWarning(lcSending) << "provider slow";
    qCWarning(lcOther) << "not ours";
    QTRY_COMPARE(spy.count(), 2);
    const QList<LogEntry> entries = log->entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).level, LogEntry::Level::Info);
    QCOMPARE(entries.at(0).category, u"herald.storage"_s);
    QCOMPARE(entries.at(0).message, u"opened"_s);
    QCOMPARE(entries.at(1).level, LogEntry::Level::Warning);
    QCOMPARE(entries.at(1).category, u"herald.sending"_s);
}

void TestEventLog::appendFromAnotherThread()
{
    EventLog* log = EventLog::instance();
    log->clear();
    QSignalSpy spy(log, &EventLog::entryAdded);
    QThread* thread = QThread::create([log] {
        for (int i = 0; i < 100; ++i) {
            log->append(LogEntry::Level::Info, u"herald.test"_s, QString::number(i));
        }
    });
    thread->start();
    QVERIFY(thread->wait(5000));
    delete thread;
    QTRY_COMPARE(spy.count(), 100);
    QCOMPARE(log->entries().size(), 100);
    QCOMPARE(log->entries().last().message, u"99"_s);
}

void TestEventLog::keepsAtMostMaxEntries()
{
    EventLog log;
    for (int i = 0; i < EventLog::MaxEntries + 10; ++i) {
        log.append(LogEntry::Level::Info, u"herald.test"_s, QString::number(i));
    }
    QCOMPARE(log.entries().size(), EventLog::MaxEntries);
    QCOMPARE(log.entries().first().message, u"10"_s);
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "TestEventLog.moc"
