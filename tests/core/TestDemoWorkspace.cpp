// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "contacts/ContactRepository.h"
#include "contacts/DemoWorkspace.h"
#include "contacts/PhoneNumbers.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void populatesRealisticContacts();
    void isDeterministic();
    void refusesWorkspaceWithContacts();
};

void TestDemoWorkspace::populatesRealisticContacts()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(!DemoWorkspace::isDemo(temp.database()));
    auto added = DemoWorkspace::populate(temp.database());
    QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    QCOMPARE(added.value(), DemoWorkspace::DefaultContactCount);
    QVERIFY(DemoWorkspace::isDemo(temp.database()));

    ContactRepository contacts(temp.database());
    QCOMPARE(contacts.count().value(), qint64(DemoWorkspace::DefaultContactCount));
    auto all = contacts.page(0, 1000);
    QVERIFY(all.ok());
    QSet<QString> phones;
    QSet<QString> languages;
    for (const Contact& c : all.value()) {
        auto normalized = PhoneNumbers::normalize(c.phone, c.country);
        QVERIFY2(normalized.ok(), qPrintable(c.phone));
        QCOMPARE(normalized.value().e164, c.phone); // stored as E.164 already
        QCOMPARE(normalized.value().region, c.country);
        QVERIFY(!c.firstName.isEmpty() && !c.lastName.isEmpty());
        phones.insert(c.phone);
        languages.insert(c.language);
    }
    QCOMPARE(phones.size(), DemoWorkspace::DefaultContactCount);
    QCOMPARE(languages, (QSet<QString> {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s}));

    Database& db = temp.database();
    QVERIFY(db.scalar(u"SELECT count(*) FROM tags"_s).value().toInt() >= 3);
    // Every opted-in or opted-out contact has the ledger entries to prove it.
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts c WHERE marketing_consent != 'unknown' AND NOT EXISTS "
                       "(SELECT 1 FROM consent_events e WHERE e.contact_id = c.id)"_s)
                 .value()
                 .toInt(),
        0);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts c WHERE marketing_consent = 'opted_out' AND NOT EXISTS "
                       "(SELECT 1 FROM consent_events e WHERE e.contact_id = c.id AND e.action = 'opt_out')"_s)
                 .value()
                 .toInt(),
        0);
    const int optedIn
        = db.scalar(u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_in'"_s).value().toInt();
    QVERIFY2(optedIn > 200 && optedIn < 280, qPrintable(QString::number(optedIn)));
    QVERIFY(db.scalar(u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_out'"_s).value().toInt() > 0);
    QVERIFY(db.scalar(u"SELECT count(*) FROM contacts WHERE marketing_consent = 'unknown'"_s).value().toInt() > 0);
    QVERIFY(db.scalar(u"SELECT count(*) FROM contacts WHERE birthday_month IS NOT NULL"_s).value().toInt() > 100);
}

void TestDemoWorkspace::isDeterministic()
{
    Test::TempWorkspace a;
    Test::TempWorkspace b;
    QVERIFY(DemoWorkspace::populate(a.database(), 40, 7).ok());
    QVERIFY(DemoWorkspace::populate(b.database(), 40, 7).ok());
    const QString sql = u"SELECT group_concat(phone || first_name || last_name, '|') FROM "
                        "(SELECT * FROM contacts ORDER BY id)"_s;
    QCOMPARE(a.database().scalar(sql).value().toString(), b.database().scalar(sql).value().toString());
}

void TestDemoWorkspace::refusesWorkspaceWithContacts()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 5).ok());
    auto again = DemoWorkspace::populate(temp.database(), 5);
    QVERIFY(!again.ok());
    QCOMPARE(ContactRepository(temp.database()).count().value(), qint64(5));
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "TestDemoWorkspace.moc"
