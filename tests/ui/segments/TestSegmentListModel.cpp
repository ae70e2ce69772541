// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The segment list and its sizes, counted in the background.

#include "SegmentListModel.h"
#include "TempWorkspace.h"
#include "contacts/DemoWorkspace.h"
#include "segments/SegmentRepository.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestSegmentListModel final : public QObject
{
    Q_OBJECT

private slots:
    void sizesMatchCounts();
    void unreadableRulesShowAnError();
    void reloadDropsStaleSizes();
    void noWorkspace();
};

void TestSegmentListModel::sizesMatchCounts()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(DemoWorkspace::populate(temp.database()).ok());
    SegmentRepository repository(temp.database());
    Segment mine;
    mine.name = u"Poles"_s;
    mine.description = u"Everyone in Poland"_s;
    mine.rules = SegmentRule::group(
        SegmentMatch::All, {SegmentRule::condition(SegmentField::Country, SegmentOperator::Is, u"PL"_s)});
    const qint64 mineId = repository.insert(mine).value();

    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &SegmentListModel::sizesCounted);
    QSignalSpy changed(&model, &SegmentListModel::dataChanged);
    model.setWorkspace(&temp.workspace());
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), 3);
    // Built-ins first, then by name.
    QCOMPARE(model.index(0, SegmentListModel::NameColumn).data().toString(), u"All opted-in"_s);
    QCOMPARE(model.index(7, SegmentListModel::NameColumn).data().toString(), u"Poles"_s);
    QCOMPARE(model.index(7, SegmentListModel::NameColumn).data(Qt::ToolTipRole).toString(), u"Everyone in Poland"_s);
    QCOMPARE(model.index(7, 0).data(SegmentListModel::IdRole).toLongLong(), mineId);
    QCOMPARE(model.rowOf(mineId), 7);
    QCOMPARE(model.segmentAt(7).name, u"Poles"_s);
    QCOMPARE(model.index(0, SegmentListModel::BuiltinColumn).data().toString(), u"Built-in"_s);
    QCOMPARE(model.index(0, SegmentListModel::BuiltinColumn).data(SegmentListModel::RawValueRole).toBool(), true);
    QCOMPARE(model.index(7, SegmentListModel::BuiltinColumn).data().toString(), QString());
    QCOMPARE(model.index(7, SegmentListModel::BuiltinColumn).data(SegmentListModel::RawValueRole).toBool(), false);

    // Unknown until the background job reports.
    QVERIFY(model.isCounting());
    QCOMPARE(model.index(0, SegmentListModel::SizeColumn).data().toString(), u"…"_s);
    QCOMPARE(model.index(0, SegmentListModel::SizeColumn).data(SegmentListModel::RawValueRole).toLongLong(), -1);
    QVERIFY(counted.wait(10'000));
    QCOMPARE(counted.size(), 1);
    // One minimal change: the size column of every row.
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, SegmentListModel::SizeColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(7, SegmentListModel::SizeColumn));

    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(SegmentListModel::IdRole).toLongLong();
        const qint64 expected = repository.count(id).value();
        const QModelIndex size = model.index(row, SegmentListModel::SizeColumn);
        QCOMPARE(size.data(SegmentListModel::RawValueRole).toLongLong(), expected);
        QCOMPARE(size.data().toString(), QLocale().toString(expected));
        QCOMPARE(model.sizeOf(id), expected);
    }
    const qint64 poles = repository.count(mineId).value();
    QCOMPARE(
        poles, temp.database().scalar(u"SELECT count(*) FROM contacts WHERE country = 'PL'"_s).value().toLongLong());
    QVERIFY(poles > 0);
    QCOMPARE(model.sizeOf(mineId), poles);
    const qint64 optedIn = temp.database()
                               .scalar(u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_in'"_s)
                               .value()
                               .toLongLong();
    QVERIFY(optedIn > 0);
    QCOMPARE(model.index(0, SegmentListModel::SizeColumn).data(SegmentListModel::RawValueRole).toLongLong(), optedIn);
}

void TestSegmentListModel::unreadableRulesShowAnError()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(temp.database()
                .exec(u"INSERT INTO segments (id, name, rules, created_at, updated_at) "
                      "VALUES (9, 'From the future', '{\"version\":7,\"rules\":[]}', 0, 0)"_s)
                .ok());
    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &SegmentListModel::sizesCounted);
    model.setWorkspace(&temp.workspace());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(counted.wait(10'000));
    const QModelIndex size = model.index(0, SegmentListModel::SizeColumn);
    QCOMPARE(size.data().toString(), u"error"_s);
    QCOMPARE(size.data(SegmentListModel::RawValueRole).toLongLong(), -1);
    QCOMPARE(size.data(Qt::ToolTipRole).toString(), SegmentRepository(temp.database()).find(9).value().rulesError);
}

void TestSegmentListModel::reloadDropsStaleSizes()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(DemoWorkspace::populate(temp.database(), 60).ok());
    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &SegmentListModel::sizesCounted);
    model.setWorkspace(&temp.workspace());
    QVERIFY(counted.wait(10'000));
    QCOMPARE(model.index(0, SegmentListModel::SizeColumn).data(SegmentListModel::RawValueRole).toLongLong(),
        SegmentRepository(temp.database())
            .count(model.index(0, 0).data(SegmentListModel::IdRole).toLongLong())
            .value());

    // Contacts change: a reload shows "…" again until the new sizes are in.
    QVERIFY(temp.database().exec(u"UPDATE contacts SET marketing_consent = 'opted_out'"_s).ok());
    model.reload();
    model.reload();
    QCOMPARE(model.index(0, SegmentListModel::SizeColumn).data().toString(), u"…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        model.index(0, SegmentListModel::SizeColumn).data(SegmentListModel::RawValueRole).toLongLong(), 0LL, 10'000);
    QVERIFY(!model.isCounting());

    model.refreshSizes(); // keeps the rows
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.index(0, SegmentListModel::SizeColumn).data(SegmentListModel::RawValueRole).toLongLong(), 0LL);
    QVERIFY(counted.wait(10'000));
}

void TestSegmentListModel::noWorkspace()
{
    SegmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isCounting());
    QCOMPARE(model.segmentAt(0).id, 0);
    QCOMPARE(model.rowOf(1), -1);
    QCOMPARE(model.headerData(SegmentListModel::SizeColumn, Qt::Horizontal).toString(), u"Contacts"_s);
}

QTEST_GUILESS_MAIN(TestSegmentListModel)
#include "TestSegmentListModel.moc"
