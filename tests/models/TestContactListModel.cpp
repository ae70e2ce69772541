// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"
#include "TempWorkspace.h"
#include "contacts/DemoWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestContactListModel final : public QObject
{
    Q_OBJECT

private slots:
    void emptyWithoutDatabase();
    void fetchesInPages();
    void rolesAndColumns();
};

void TestContactListModel::emptyWithoutDatabase()
{
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ContactListModel::ColumnCount));
    QVERIFY(!model.canFetchMore({}));
}

void TestContactListModel::fetchesInPages()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 600).ok());
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &ContactListModel::totalCountChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setDatabase(&temp.database());
    QCOMPARE(total.count(), 1);
    QCOMPARE(total.at(0).at(0).toLongLong(), 600);
    QCOMPARE(model.totalCount(), 600);
    QCOMPARE(model.rowCount(), 0); // nothing read until a view asks
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ContactListModel::PageSize);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(inserted.count(), 3); // 256 + 256 + 88
    // Ids strictly increase: no row fetched twice.
    for (int row = 1; row < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(ContactListModel::IdRole).toLongLong()
            > model.index(row - 1, 0).data(ContactListModel::IdRole).toLongLong());
    }
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 600);
}

void TestContactListModel::rolesAndColumns()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contacts (phone, first_name, last_name, country, language, orders_count, "
                      "total_spent_micros, currency, marketing_consent, created_at, updated_at) VALUES "
                      "('+48601234567', 'Zofia', 'Nowak', 'PL', 'pl', 3, 123450000, 'PLN', 'opted_in', 0, 0), "
                      "('+886912345678', '佳穎', '王', 'TW', 'zh_TW', 0, 0, 'TWD', 'unknown', 0, 0)"_s)
                .ok());
    QVERIFY(temp.database().exec(u"INSERT INTO tags (name) VALUES ('vip'), ('newsletter')"_s).ok());
    QVERIFY(temp.database().exec(u"INSERT INTO contact_tags (contact_id, tag_id) VALUES (1, 1), (1, 2)"_s).ok());
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&temp.database());
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ContactListModel::NameColumn).data().toString(), u"Zofia Nowak"_s);
    QCOMPARE(model.index(1, ContactListModel::NameColumn).data().toString(), u"王佳穎"_s);
    QCOMPARE(model.index(0, ContactListModel::PhoneColumn).data().toString(), u"+48601234567"_s);
    QCOMPARE(model.index(0, ContactListModel::CountryColumn).data(ContactListModel::RawValueRole).toString(), u"PL"_s);
    QCOMPARE(model.index(0, ContactListModel::ConsentColumn).data(ContactListModel::ConsentRole).toInt(),
        int(MarketingConsent::OptedIn));
    QCOMPARE(model.index(1, ContactListModel::ConsentColumn).data(ContactListModel::ConsentRole).toInt(),
        int(MarketingConsent::Unknown));
    const QStringList tags = model.index(0, ContactListModel::TagsColumn).data().toString().split(u", "_s);
    QCOMPARE(QSet<QString>(tags.begin(), tags.end()), (QSet<QString> {u"vip"_s, u"newsletter"_s}));
    QCOMPARE(model.index(0, ContactListModel::OrdersColumn).data(ContactListModel::RawValueRole).toInt(), 3);
    QCOMPARE(
        model.index(0, ContactListModel::SpentColumn).data(ContactListModel::RawValueRole).toLongLong(), 123450000);
    QVERIFY(!model.headerData(ContactListModel::PhoneColumn, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestContactListModel)
#include "TestContactListModel.moc"
