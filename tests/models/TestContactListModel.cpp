// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"
#include "TempWorkspace.h"
#include "contacts/DemoWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
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
    void sortedPagesMatchSql_data();
    void sortedPagesMatchSql();
    void searchAndFilters();
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

void TestContactListModel::sortedPagesMatchSql_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("name") << int(ContactListModel::NameColumn) << int(Qt::AscendingOrder)
                          << u"last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"_s;
    QTest::newRow("name desc") << int(ContactListModel::NameColumn) << int(Qt::DescendingOrder)
                               << u"last_name COLLATE NOCASE DESC, first_name COLLATE NOCASE DESC, id DESC"_s;
    QTest::newRow("country") << int(ContactListModel::CountryColumn) << int(Qt::AscendingOrder) << u"country, id"_s;
    QTest::newRow("spent desc") << int(ContactListModel::SpentColumn) << int(Qt::DescendingOrder)
                                << u"total_spent_micros DESC, id DESC"_s;
    QTest::newRow("consent") << int(ContactListModel::ConsentColumn) << int(Qt::AscendingOrder)
                             << u"marketing_consent, id"_s;
    QTest::newRow("added") << int(ContactListModel::CreatedColumn) << int(Qt::AscendingOrder) << u"created_at, id"_s;
}

void TestContactListModel::sortedPagesMatchSql()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 700).ok()); // many equal sort keys across page borders
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&temp.database());
    model.sort(column, Qt::SortOrder(order));
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown << model.index(row, 0).data(ContactListModel::IdRole).toLongLong();
    }
    QList<qint64> expected;
    QSqlQuery q = temp.database().query();
    QVERIFY(q.exec(u"SELECT id FROM contacts ORDER BY %1"_s.arg(orderBy)));
    while (q.next()) {
        expected << q.value(0).toLongLong();
    }
    QCOMPARE(shown.size(), 700);
    QCOMPARE(shown, expected);
}

void TestContactListModel::searchAndFilters()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 300).ok());
    QVERIFY(
        temp.database()
            .exec(u"INSERT INTO contacts (phone, first_name, last_name, email, marketing_consent, created_at, "
                  "updated_at) VALUES ('+48601234567', 'Łucja', 'Wiśniewska', 'lucja@sklep.pl', 'opted_out', 0, 0)"_s)
            .ok());
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&temp.database());
    auto shownFor = [&](const ContactFilter& filter) {
        model.setFilter(filter);
        while (model.canFetchMore({})) {
            model.fetchMore({});
        }
        // The count shown in the status line must equal the rows the list really holds.
        return model.totalCount() == model.rowCount() ? model.rowCount() : -1;
    };
    auto sqlCount = [&](const QString& where) {
        return temp.database().scalar(u"SELECT count(*) FROM contacts WHERE "_s + where).value().toInt();
    };
    QCOMPARE(shownFor({u"wisniewska"_s, {}, {}}), 1); // no diacritics needed
    QCOMPARE(shownFor({u"Łucja Wiś"_s, {}, {}}), 1); // prefixes, all words
    QCOMPARE(shownFor({u"601 234"_s, {}, {}}), 1); // national digits of +48 601 234 567
    QCOMPARE(shownFor({u"48601234567"_s, {}, {}}), 1);
    QCOMPARE(shownFor({u"sklep"_s, {}, {}}), 1); // email
    QCOMPARE(shownFor({u"\"*\" OR (NEAR"_s, {}, {}}), 0); // FTS syntax is never passed through
    QCOMPARE(shownFor({u"'; DROP TABLE contacts; --"_s, {}, {}}), 0);
    QCOMPARE(sqlCount(u"1"_s), 301);
    QCOMPARE(shownFor({QString(), MarketingConsent::OptedOut, {}}), sqlCount(u"marketing_consent = 'opted_out'"_s));
    QCOMPARE(shownFor({QString(), {}, u"vip"_s}),
        sqlCount(u"id IN (SELECT contact_id FROM contact_tags JOIN tags ON tags.id = tag_id WHERE name = 'vip')"_s));
    QCOMPARE(shownFor({u"vip"_s, MarketingConsent::OptedIn, u"vip"_s}),
        sqlCount(u"marketing_consent = 'opted_in' AND id IN (SELECT contact_id FROM contact_tags JOIN tags ON "
                 "tags.id = tag_id WHERE name = 'vip')"_s));
    QCOMPARE(model.workspaceCount(), 301);
    QCOMPARE(shownFor({}), 301);
}

QTEST_GUILESS_MAIN(TestContactListModel)
#include "TestContactListModel.moc"
