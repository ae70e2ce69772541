// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestLogModel final : public QObject
{
    Q_OBJECT

private slots:
    void followsTheLog();
};

void TestLogModel::followsTheLog()
{
    EventLog log;
    log.append(LogEntry::Level::Info, u"herald.test"_s, u"before"_s);
    QCoreApplication::processEvents();
    LogModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    log.append(LogEntry::Level::Error, u"herald.test"_s, u"provider refused the credentials"_s);
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(1, LogModel::MessageColumn).data().toString(), u"provider refused the credentials"_s);
    QCOMPARE(model.index(1, 0).data(LogModel::LevelRole).toInt(), int(LogEntry::Level::Error));
    QVERIFY(model.index(1, 0).data(Qt::ForegroundRole).isValid());
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLogModel)
#include "TestLogModel.moc"
