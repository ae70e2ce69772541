// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Bulk tag, untag and delete over a filter in SQL, editing one contact, and the contact list's
// background counting for big workspaces.

#include "ContactListModel.h"
#include "TempWorkspace.h"
#include "contacts/ContactImporter.h"
#include "contacts/ContactQuery.h"
#include "contacts/ContactRepository.h"
#include "contacts/DemoWorkspace.h"
#include "contacts/Suppression.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestContactBulkChanges final : public QObject
{
    Q_OBJECT

private slots:
    void tagAndUntagEveryMatchInSql();
    void tagAndUntagSelectedIds();
    void bulkChangesOverASearch();
    void deleteKeepsOptOutsSuppressed();
    void updateChecksPhoneAndKeepsSearchInStep();
    void tagsAndCustomFieldsAreReplaced();
    void bigWorkspacesAreCountedInTheBackground();
    void filteredPagesMatchSql_data();
    void filteredPagesMatchSql();
    void refreshContactUpdatesOneRow();

private:
    static qint64 scalar(Database& db, const QString& sql)
    {
        return db.scalar(sql).value().toLongLong();
    }
};

void TestContactBulkChanges::tagAndUntagEveryMatchInSql()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 300).ok());
    Database& db = temp.database();
    ContactFilter optedIn;
    optedIn.consent = MarketingConsent::OptedIn;
    const ContactQuery query(optedIn, ContactQuery::SortKey::Id, false);
    const qint64 matching = scalar(db, u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_in'"_s);
    QVERIFY(matching > 10 && matching < 300);

    ContactRepository repository(db);
    auto tagged = repository.addTagWhere(u"  spring promo "_s, query.whereClause(), query.bindings());
    QVERIFY2(tagged.ok(), qPrintable(tagged.errorMessage()));
    QCOMPARE(tagged.value(), matching);
    QCOMPARE(scalar(db,
                 u"SELECT count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                 "WHERE t.name = 'spring promo'"_s),
        matching);
    // Tagging again changes nobody; the search index knows the new tag.
    QCOMPARE(repository.addTagWhere(u"spring promo"_s, query.whereClause(), query.bindings()).value(), 0);
    ContactFilter byWord;
    byWord.search = u"spring promo"_s;
    QCOMPARE(ContactQuery(byWord, ContactQuery::SortKey::Id, false).count(db).value(), matching);

    // Untag the ones from Poland among them, through a filter of their own.
    const qint64 polish = scalar(db,
        u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_in' "
        "AND country = 'PL'"_s);
    QVERIFY(polish > 0);
    auto untagged = repository.removeTagWhere(u"spring promo"_s, u"c.country = ?"_s, {u"PL"_s});
    QVERIFY(untagged.ok());
    QCOMPARE(untagged.value(), polish);
    ContactFilter byTag;
    byTag.tag = u"spring promo"_s;
    QCOMPARE(ContactQuery(byTag, ContactQuery::SortKey::Id, false).count(db).value(), matching - polish);
    QCOMPARE(ContactQuery(byWord, ContactQuery::SortKey::Id, false).count(db).value(), matching - polish);
    QVERIFY(!repository.addTagWhere(u" , "_s, u"1"_s).ok()); // no name, no tag
}

void TestContactBulkChanges::tagAndUntagSelectedIds()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 40).ok());
    ContactRepository repository(temp.database());
    const QString where = ContactRepository::idsWhere({3, 5, 7, 999});
    QCOMPARE(repository.countWhere(where).value(), 3); // 999 does not exist
    QCOMPARE(repository.addTagWhere(u"called back"_s, where).value(), 3);
    QCOMPARE(repository.find(5).value().tags.contains(u"called back"_s), true);
    QCOMPARE(repository.find(4).value().tags.contains(u"called back"_s), false);
    QCOMPARE(repository.removeTagWhere(u"called back"_s, ContactRepository::idsWhere({5})).value(), 1);
    QCOMPARE(repository.find(5).value().tags.contains(u"called back"_s), false);
    QCOMPARE(repository.countWhere(ContactRepository::idsWhere({})).value(), 0);
}

// The search index is read to choose the contacts while the same statement's triggers write to it.
void TestContactBulkChanges::bulkChangesOverASearch()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 300).ok());
    Database& db = temp.database();
    ContactFilter filter;
    filter.search = u"a"_s;
    const ContactQuery query(filter, ContactQuery::SortKey::Id, false);
    const qint64 matching = query.count(db).value();
    QVERIFY(matching > 20 && matching < 300);
    ContactRepository repository(db);
    QCOMPARE(repository.addTagWhere(u"letter a"_s, query.whereClause(), query.bindings()).value(), matching);
    QCOMPARE(query.count(db).value(), matching); // the new tag words matched nobody new
    ContactFilter byTag;
    byTag.tag = u"letter a"_s;
    QCOMPARE(ContactQuery(byTag, ContactQuery::SortKey::Id, false).count(db).value(), matching);
    QCOMPARE(repository.removeTagWhere(u"letter a"_s, query.whereClause(), query.bindings()).value(), matching);
    QCOMPARE(repository.deleteWhere(query.whereClause(), query.bindings()).value(), matching);
    QCOMPARE(query.count(db).value(), 0);
    QCOMPARE(repository.count().value(), 300 - matching);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM contacts_fts"_s), 300 - matching);
}

void TestContactBulkChanges::deleteKeepsOptOutsSuppressed()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 30).ok());
    Database& db = temp.database();
    ContactRepository repository(db);
    const qint64 out = scalar(db, u"SELECT id FROM contacts WHERE marketing_consent = 'opted_out' LIMIT 1"_s);
    const qint64 in = scalar(db, u"SELECT id FROM contacts WHERE marketing_consent = 'opted_in' LIMIT 1"_s);
    QVERIFY(out > 0 && in > 0);
    const QString outPhone = repository.find(out).value().phone;
    const QString inPhone = repository.find(in).value().phone;
    QVERIFY(!Suppression(db).isSuppressed(outPhone).value());
    const qint64 before = repository.count().value();

    auto deleted = repository.deleteWhere(ContactRepository::idsWhere({out, in}));
    QVERIFY2(deleted.ok(), qPrintable(deleted.errorMessage()));
    QCOMPARE(deleted.value(), 2);
    QCOMPARE(repository.count().value(), before - 2);
    QVERIFY(!repository.find(out).ok());
    // Ledger, tags and search entry went with the contacts…
    QCOMPARE(scalar(db, u"SELECT count(*) FROM consent_events WHERE contact_id IN (%1, %2)"_s.arg(out).arg(in)), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM contacts_fts WHERE rowid IN (%1, %2)"_s.arg(out).arg(in)), 0);
    // …but the opt-out outlives its contact, and only as a hash.
    QVERIFY(Suppression(db).isSuppressed(outPhone).value());
    QVERIFY(!Suppression(db).isSuppressed(inPhone).value());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM suppression WHERE reason = 'opted_out'"_s), 1);

    // Importing the number again with consent "yes" cannot subscribe the person again.
    const QString csv = temp.dir() + u"/again.csv"_s;
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Phone,First Name,SMS Consent\n%1,Again,yes\n%2,Welcome,yes\n"_s.arg(outPhone, inPhone).toUtf8());
    file.close();
    ImportOptions options;
    options.filePath = csv;
    options.defaultRegion = u"PL"_s;
    auto summary = ContactImporter(db, options).run();
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(summary->imported, 2);
    QCOMPARE(summary->suppressed, 1);
    const qint64 again = repository.idByPhone(outPhone).value();
    QVERIFY(again > 0);
    QCOMPARE(repository.find(again).value().marketingConsent, MarketingConsent::OptedOut);
    QCOMPARE(
        repository.find(repository.idByPhone(inPhone).value()).value().marketingConsent, MarketingConsent::OptedIn);

    // Deleting everything matching a filter, in one statement.
    ContactFilter optedIn;
    optedIn.consent = MarketingConsent::OptedIn;
    const ContactQuery query(optedIn, ContactQuery::SortKey::Id, false);
    const qint64 matching = query.count(db).value();
    QCOMPARE(repository.deleteWhere(query.whereClause(), query.bindings()).value(), matching);
    QCOMPARE(query.count(db).value(), 0);
}

void TestContactBulkChanges::updateChecksPhoneAndKeepsSearchInStep()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    Database& db = temp.database();
    ContactRepository repository(db);
    Contact a = repository.find(1).value();
    const Contact b = repository.find(2).value();

    Contact clash = a;
    clash.phone = b.phone;
    auto refused = repository.update(clash);
    QVERIFY(!refused.ok());
    QVERIFY(refused.errorMessage().contains(b.phone));

    a.firstName = u"Bożenna"_s;
    a.lastName = u"Zwierzyńska"_s;
    a.email = u"bozenna@example.com"_s;
    a.phone = u"+48601999888"_s;
    a.timeZone = u"Europe/Warsaw"_s;
    a.birthdayMonth = 2;
    a.birthdayDay = 29;
    a.birthdayYear = 0;
    QVERIFY(repository.update(a).ok());
    const Contact saved = repository.find(1).value();
    QCOMPARE(saved.displayName(), u"Bożenna Zwierzyńska"_s);
    QCOMPARE(saved.phone, u"+48601999888"_s);
    QCOMPARE(saved.birthdayMonth, 2);
    QCOMPARE(saved.birthdayDay, 29);
    QCOMPARE(saved.birthdayYear, 0);
    QCOMPARE(saved.marketingConsent, repository.find(1).value().marketingConsent); // untouched
    for (const QString& typed : {u"zwierzy"_s, u"bozenna"_s, u"601 999"_s}) {
        ContactFilter f;
        f.search = typed;
        QCOMPARE(ContactQuery(f, ContactQuery::SortKey::Id, false).count(db).value(), 1);
    }

    // A number that opted out stays suppressed when it is replaced.
    const qint64 outId = scalar(db, u"SELECT id FROM contacts WHERE marketing_consent = 'opted_out' LIMIT 1"_s);
    Contact out = repository.find(outId).value();
    const QString oldPhone = out.phone;
    out.phone = u"+48601999777"_s;
    QVERIFY(repository.update(out).ok());
    QVERIFY(Suppression(db).isSuppressed(oldPhone).value());
}

void TestContactBulkChanges::tagsAndCustomFieldsAreReplaced()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 10).ok());
    Database& db = temp.database();
    ContactRepository repository(db);
    QVERIFY(repository.setTags(3, {u"vip"_s, u" VIP "_s, u"wholesale, north"_s, u""_s}).ok());
    QStringList tags = repository.find(3).value().tags;
    tags.sort();
    QCOMPARE(tags, (QStringList {u"vip"_s, u"wholesale north"_s}));
    QVERIFY(repository.setTags(3, {u"wholesale north"_s}).ok());
    QCOMPARE(repository.find(3).value().tags, QStringList {u"wholesale north"_s});
    ContactFilter f;
    f.search = u"north"_s;
    QCOMPARE(ContactQuery(f, ContactQuery::SortKey::Id, false).count(db).value(), 1);

    QVERIFY(repository.setCustomFields(3, {{u"Shoe size"_s, u"38"_s}, {u"Empty"_s, u"  "_s}}).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM contact_fields WHERE contact_id = 3"_s), 1);
    QCOMPARE(
        db.scalar(u"SELECT value FROM contact_fields WHERE contact_id = 3 AND name = 'Shoe size'"_s).value().toString(),
        u"38"_s);
    QVERIFY(repository.setCustomFields(3, {}).ok());
    QCOMPARE(scalar(db, u"SELECT count(*) FROM contact_fields WHERE contact_id = 3"_s), 0);
    QVERIFY(repository.tagNames().value().contains(u"vip"_s));
}

void TestContactBulkChanges::bigWorkspacesAreCountedInTheBackground()
{
    Test::TempWorkspace temp;
    Database& db = temp.database();
    const int n = int(ContactListModel::SyncCountLimit) + 5000;
    QVERIFY(db.exec(u"INSERT INTO contacts (phone, first_name, last_name, marketing_consent, created_at, updated_at) "
                    "WITH RECURSIVE x(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM x WHERE i < %1) "
                    "SELECT '+4860' || substr('0000000' || x.i, -7, 7), CASE WHEN x.i % 10 = 0 THEN 'Kasia' "
                    "ELSE 'Jan' END, 'Nowak', CASE WHEN x.i % 4 = 0 THEN 'opted_out' ELSE 'opted_in' END, x.i, x.i "
                    "FROM x"_s.arg(n))
                .ok());
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &ContactListModel::totalCountChanged);
    model.setDatabase(&db);
    QVERIFY(model.isCounting()); // the first page does not wait for the count
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ContactListModel::PageSize);
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.totalCount(), n);
    QCOMPARE(model.workspaceCount(), n);
    QCOMPARE(counted.constLast().at(0).toLongLong(), n);

    // Filters typed in a row: only the last one's count arrives.
    ContactFilter kasia;
    kasia.search = u"kas"_s;
    ContactFilter kasiaOut = kasia;
    kasiaOut.consent = MarketingConsent::OptedOut;
    model.setFilter(kasia);
    model.setFilter(kasiaOut);
    QVERIFY(model.isCounting());
    model.fetchMore({});
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.index(0, ContactListModel::ConsentColumn).data(ContactListModel::ConsentRole).toInt(),
        int(MarketingConsent::OptedOut));
    QTRY_VERIFY(!model.isCounting());
    QCOMPARE(model.totalCount(),
        scalar(db, u"SELECT count(*) FROM contacts WHERE first_name = 'Kasia' AND marketing_consent = 'opted_out'"_s));
    QCOMPARE(model.workspaceCount(), n); // unchanged by filters
}

void TestContactBulkChanges::filteredPagesMatchSql_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("consent"); // -1: any
    QTest::addColumn<QString>("tag");
    QTest::addColumn<int>("column"); // -1: unsorted
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("orderBy");
    const int in = int(MarketingConsent::OptedIn);
    const int out = int(MarketingConsent::OptedOut);
    QTest::newRow("search") << u"an"_s << -1 << QString() << -1 << 0 << u"c.id"_s;
    QTest::newRow("tag") << QString() << -1 << u"newsletter"_s << -1 << 0 << u"c.id"_s;
    QTest::newRow("consent") << QString() << out << QString() << -1 << 0 << u"c.id"_s;
    QTest::newRow("search, consent, tag") << u"a"_s << in << u"newsletter"_s << -1 << 0 << u"c.id"_s;
    QTest::newRow("tag, consent, desc by consent")
        << QString() << in << u"newsletter"_s << int(ContactListModel::ConsentColumn) << int(Qt::DescendingOrder)
        << u"c.marketing_consent DESC, c.id DESC"_s;
    QTest::newRow("search by consent") << u"a"_s << -1 << QString() << int(ContactListModel::ConsentColumn)
                                       << int(Qt::AscendingOrder) << u"c.marketing_consent, c.id"_s;
    QTest::newRow("search by name") << u"a"_s << -1 << QString() << int(ContactListModel::NameColumn)
                                    << int(Qt::AscendingOrder)
                                    << u"c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id"_s;
    QTest::newRow("tag by spent desc") << QString() << -1 << u"vip"_s << int(ContactListModel::SpentColumn)
                                       << int(Qt::DescendingOrder) << u"c.total_spent_micros DESC, c.id DESC"_s;
}

void TestContactBulkChanges::filteredPagesMatchSql()
{
    QFETCH(QString, search);
    QFETCH(int, consent);
    QFETCH(QString, tag);
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QString, orderBy);
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 900).ok()); // several pages
    ContactFilter filter;
    filter.search = search;
    if (consent >= 0) {
        filter.consent = MarketingConsent(consent);
    }
    filter.tag = tag;
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&temp.database());
    model.sort(column, Qt::SortOrder(order));
    model.setFilter(filter);
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row) {
        shown << model.index(row, 0).data(ContactListModel::IdRole).toLongLong();
    }
    const ContactQuery q = model.query();
    QSqlQuery expected = temp.database().query();
    QVERIFY(expected.prepare(u"SELECT c.id FROM contacts c WHERE %1 ORDER BY %2"_s.arg(q.whereClause(), orderBy)));
    for (const QVariant& value : q.bindings()) {
        expected.addBindValue(value);
    }
    QVERIFY(expected.exec());
    QList<qint64> ids;
    while (expected.next()) {
        ids << expected.value(0).toLongLong();
    }
    QVERIFY(!ids.isEmpty());
    QCOMPARE(shown.size(), ids.size());
    QCOMPARE(shown, ids);
    QCOMPARE(model.totalCount(), ids.size());
}

void TestContactBulkChanges::refreshContactUpdatesOneRow()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDatabase(&temp.database());
    model.fetchMore({});
    QCOMPARE(model.rowOf(7), 6);
    ContactRepository repository(temp.database());
    Contact c = repository.find(7).value();
    c.firstName = u"Renamed"_s;
    c.lastName = u"Person"_s;
    QVERIFY(repository.update(c).ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.refreshContact(7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 6);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(6, ContactListModel::NameColumn).data().toString(), u"Renamed Person"_s);
    model.refreshContact(12345); // not shown: nothing happens
    QCOMPARE(changed.count(), 1);
    // Column -1 restores the order contacts were added in.
    model.sort(ContactListModel::NameColumn, Qt::DescendingOrder);
    model.sort(-1);
    model.fetchMore({});
    QCOMPARE(model.index(0, 0).data(ContactListModel::IdRole).toLongLong(), 1);
}

QTEST_GUILESS_MAIN(TestContactBulkChanges)
#include "TestContactBulkChanges.moc"
