// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../core/campaigns/CampaignFixture.h"
#include "CampaignListModel.h"
#include "TempWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The campaigns list: one row per campaign (newest first) with its state and outbox counts,
// refreshed while a campaign is sending with minimal dataChanged signals.
class TestCampaignListModel final : public QObject
{
    Q_OBJECT

private slots:
    void listsCampaignsWithCounts();
    void refreshesSendingCampaigns();
    void draftsCanBeDuplicatedAndDeleted();
    void progressTextRoundsDown();
};

namespace
{

bool setRowStates(Database& db, qint64 campaignId, const QString& state, int limit)
{
    QSqlQuery q = db.query();
    q.prepare(u"UPDATE messages SET state = ? WHERE id IN (SELECT id FROM messages WHERE campaign_id = ? AND "
              "state = 'pending' ORDER BY id LIMIT ?)"_s);
    q.addBindValue(state);
    q.addBindValue(campaignId);
    q.addBindValue(limit);
    return q.exec();
}

} // namespace

void TestCampaignListModel::listsCampaignsWithCounts()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    for (int i = 0; i < 4; ++i) {
        QVERIFY(addContact(db, {u"+4860100000%1"_s.arg(i)}) > 0);
    }
    CampaignRepository campaigns(db);
    auto draft = campaigns.create(draftFor(u"Hi {first_name}"_s));
    QVERIFY(draft);
    CampaignDraft second = draftFor(u"Your order shipped"_s, false);
    second.name = u"Shipping"_s;
    auto launched = campaigns.create(second);
    QVERIFY(launched);
    QCOMPARE(campaigns.launch(launched.value(), u"Shop"_s).value(), 4);
    QVERIFY(setRowStates(db, launched.value(), u"delivered"_s, 2));
    QVERIFY(setRowStates(db, launched.value(), u"failed"_s, 1));

    CampaignListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&db);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(model.campaignAt(0).id, launched.value());
    QCOMPARE(model.index(0, CampaignListModel::NameColumn).data().toString(), u"Shipping"_s);
    QCOMPARE(model.index(0, CampaignListModel::KindColumn).data().toString(), u"Transactional"_s);
    QCOMPARE(model.index(0, CampaignListModel::StateColumn).data(CampaignListModel::RawValueRole).toString(),
        CampaignState::Sending);
    QCOMPARE(model.index(0, CampaignListModel::QueuedColumn).data(CampaignListModel::RawValueRole).toLongLong(), 1);
    QCOMPARE(model.index(0, CampaignListModel::DeliveredColumn).data(CampaignListModel::RawValueRole).toLongLong(), 2);
    QCOMPARE(model.index(0, CampaignListModel::FailedColumn).data(CampaignListModel::RawValueRole).toLongLong(), 1);
    // Sent counts what the provider took, delivered and failed included.
    QCOMPARE(model.index(0, CampaignListModel::SentColumn).data(CampaignListModel::RawValueRole).toLongLong(), 3);
    // 3 of 4 settled: 750 per mille.
    QCOMPARE(model.index(0, CampaignListModel::ProgressColumn).data(CampaignListModel::ProgressRole).toInt(), 750);
    QCOMPARE(model.index(1, CampaignListModel::StateColumn).data().toString(), u"Draft"_s);
    QCOMPARE(model.index(1, CampaignListModel::ProgressColumn).data(CampaignListModel::ProgressRole).toInt(), -1);
    QCOMPARE(model.rowOf(draft.value()), 1);
}

// The list shows whole percent rounded down, as the open campaign's progress bar does: 2 of 3
// settled is 66%, and 100% only once nothing waits.
void TestCampaignListModel::progressTextRoundsDown()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(addContact(db, {u"+4860100000%1"_s.arg(i)}) > 0);
    }
    CampaignRepository campaigns(db);
    auto id = campaigns.create(draftFor(u"Your order shipped"_s, false));
    QVERIFY(id);
    QCOMPARE(campaigns.launch(id.value(), u"Shop"_s).value(), 3);
    QVERIFY(setRowStates(db, id.value(), u"delivered"_s, 2));
    CampaignListModel model;
    model.setDatabase(&db);
    QCOMPARE(model.index(0, CampaignListModel::ProgressColumn).data(CampaignListModel::ProgressRole).toInt(), 666);
    QCOMPARE(model.index(0, CampaignListModel::ProgressColumn).data().toString(), u"66%"_s);
}

void TestCampaignListModel::refreshesSendingCampaigns()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(addContact(db, {u"+4860200000%1"_s.arg(i)}) > 0);
    }
    CampaignRepository campaigns(db);
    auto quiet = campaigns.create(draftFor(u"A draft"_s));
    QVERIFY(quiet);
    auto id = campaigns.create(draftFor(u"Hello"_s));
    QVERIFY(id);
    QCOMPARE(campaigns.launch(id.value(), u"Shop"_s).value(), 3);

    CampaignListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRefreshInterval(50);
    model.setDatabase(&db);
    const int row = model.rowOf(id.value());
    QCOMPARE(model.index(row, CampaignListModel::QueuedColumn).data(CampaignListModel::RawValueRole).toLongLong(), 3);

    QSignalSpy changed(&model, &CampaignListModel::dataChanged);
    QSignalSpy reset(&model, &CampaignListModel::modelReset);
    QVERIFY(setRowStates(db, id.value(), u"delivered"_s, 3));
    // The timer notices without a reload; only the sending campaign's row changes.
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(reset.count(), 0);
    for (const QList<QVariant>& signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().row(), row);
        QCOMPARE(signal.at(1).toModelIndex().row(), row);
    }
    QCOMPARE(
        model.index(row, CampaignListModel::DeliveredColumn).data(CampaignListModel::RawValueRole).toLongLong(), 3);
    QCOMPARE(model.index(row, CampaignListModel::ProgressColumn).data(CampaignListModel::ProgressRole).toInt(), 1000);

    // The campaign completes: its state cell changes too.
    changed.clear();
    QVERIFY(campaigns.setState(id.value(), CampaignState::Completed).ok());
    QTRY_VERIFY(changed.count() >= 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(CampaignListModel::StateColumn));
    QCOMPARE(model.campaignAt(row).state, CampaignState::Completed);
    // Nothing moves any more: no further refresh.
    changed.clear();
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.campaignAt(model.rowOf(quiet.value())).state, CampaignState::Draft);
}

void TestCampaignListModel::draftsCanBeDuplicatedAndDeleted()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    QVERIFY(
        addContact(db, {u"+48603000001"_s, u"opted_in"_s, u"unknown"_s, {}, {}, u"en"_s, u"Ann"_s, {u"vip"_s}}) > 0);
    const qint64 segment = tagSegment(db, u"VIP"_s, u"vip"_s);
    QVERIFY(segment > 0);
    CampaignRepository campaigns(db);
    CampaignDraft d = draftFor(u"Hi https://shop.example/sale"_s);
    d.allContacts = false;
    d.segmentIds = {segment};
    d.utmTags = false;
    d.scheduleMode = ScheduleMode::At;
    d.scheduledAt = QDateTime::currentDateTimeUtc().addDays(2);
    auto id = campaigns.create(d);
    QVERIFY(id);

    auto copy = campaigns.duplicate(id.value(), u"Copy"_s);
    QVERIFY2(copy, qPrintable(copy.errorMessage()));
    const Campaign c = campaigns.find(copy.value()).value();
    QCOMPARE(c.name, u"Copy"_s);
    QCOMPARE(c.state, CampaignState::Draft);
    QCOMPARE(c.segmentIds, QList<qint64> {segment});
    QCOMPARE(c.scheduleMode, ScheduleMode::At);
    QCOMPARE(c.utmTags, false);

    // Editing keeps the id.
    CampaignDraft changed = CampaignRepository::draftOf(c);
    changed.body = u"Changed"_s;
    changed.allContacts = true;
    changed.segmentIds.clear();
    QVERIFY(campaigns.updateDraft(copy.value(), changed).ok());
    const Campaign edited = campaigns.find(copy.value()).value();
    QCOMPARE(edited.body, u"Changed"_s);
    QVERIFY(edited.allContacts);
    QVERIFY(edited.segmentIds.isEmpty());
    QCOMPARE(campaigns.list().value().size(), 2);

    QVERIFY(campaigns.removeDraft(copy.value()).ok());
    QVERIFY(!campaigns.find(copy.value()).ok());
    // A launched campaign is history: never deleted.
    QVERIFY(campaigns.schedule(id.value()).ok());
    QVERIFY(!campaigns.removeDraft(id.value()).ok());
    QVERIFY(!campaigns.updateDraft(id.value(), d).ok());
    QVERIFY(campaigns.find(id.value()).ok());
}

QTEST_GUILESS_MAIN(TestCampaignListModel)
#include "TestCampaignListModel.moc"
