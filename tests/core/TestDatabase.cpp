// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "Workspace.h"
#include "contacts/ContactRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void pragmasAfterOpen_data();
    void pragmasAfterOpen();
    void writeTransactionCommitsAndRollsBack();
    void writeTransactionTakesTheWriteLockAtBegin();
    void schemaHasEveryTable();
    void fullTextIndexFollowsContactsAndTags();
    void consentLedgerIsAppendOnly();
    void oneMessagePerNumberPerCampaign();
    void nonSqliteFileIsRefused();
    void damagedFileGivesClearError();
    void foreignSqliteDatabaseIsRefused();
    void newerSchemaIsRefused();
    void emptyPathAndFolderAreRefused();
    void connectionPerThread();
};

void TestDatabase::pragmasAfterOpen_data()
{
    QTest::addColumn<int>("durability");
    QTest::addColumn<int>("synchronous");
    QTest::newRow("normal") << int(Database::Durability::Normal) << 1;
    QTest::newRow("full (sending connection)") << int(Database::Durability::Full) << 2;
}

void TestDatabase::pragmasAfterOpen()
{
    QFETCH(int, durability);
    QFETCH(int, synchronous);
    Test::TempWorkspace temp;
    QVERIFY2(temp.isOpen(), qPrintable(temp.errorMessage()));
    auto db = temp.workspace().openConnection(Database::Durability(durability));
    QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
    Database& d = *db.value();
    QCOMPARE(d.scalar(u"PRAGMA journal_mode"_s).value().toString(), u"wal"_s);
    QCOMPARE(d.scalar(u"PRAGMA foreign_keys"_s).value().toInt(), 1);
    QCOMPARE(d.scalar(u"PRAGMA secure_delete"_s).value().toInt(), 1);
    QVERIFY(d.scalar(u"PRAGMA busy_timeout"_s).value().toInt() >= 5000);
    QCOMPARE(d.scalar(u"PRAGMA synchronous"_s).value().toInt(), synchronous);
    QCOMPARE(d.scalar(u"PRAGMA user_version"_s).value().toInt(), Schema::latestVersion());
    QCOMPARE(d.scalar(u"PRAGMA application_id"_s).value().toInt(), Migrator::ApplicationId);
}

void TestDatabase::writeTransactionCommitsAndRollsBack()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    Database& db = temp.database();
    auto committed
        = db.writeTransaction([&]() -> Result<void> { return db.exec(u"INSERT INTO tags (name) VALUES ('kept')"_s); });
    QVERIFY(committed.ok());
    auto rolledBack = db.writeTransaction([&]() -> Result<void> {
        if (auto r = db.exec(u"INSERT INTO tags (name) VALUES ('dropped')"_s); !r) {
            return r;
        }
        return Error {u"caller gave up"_s};
    });
    QVERIFY(!rolledBack.ok());
    QCOMPARE(rolledBack.errorMessage(), u"caller gave up"_s);
    QCOMPARE(db.scalar(u"SELECT group_concat(name) FROM tags"_s).value().toString(), u"kept"_s);
    QVERIFY(!db.inTransaction());
    // A failing statement inside also rolls everything back.
    auto failed = db.writeTransaction([&]() -> Result<void> {
        (void)db.exec(u"INSERT INTO tags (name) VALUES ('also dropped')"_s);
        return db.exec(u"INSERT INTO tags (name) VALUES ('kept')"_s); // UNIQUE violation
    });
    QVERIFY(!failed.ok());
    QVERIFY(failed.errorMessage().contains(u"UNIQUE"_s));
    QCOMPARE(db.scalar(u"SELECT count(*) FROM tags"_s).value().toInt(), 1);
}

void TestDatabase::writeTransactionTakesTheWriteLockAtBegin()
{
    // BEGIN IMMEDIATE holds the write lock from the start; a plain BEGIN would not, and a
    // second writer could then slip in before our first write.
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    Database& db = temp.database();
    QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
    other.setDatabaseName(temp.path());
    other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s);
    QVERIFY(other.open());
    bool otherCouldBegin = true;
    auto result = db.writeTransaction([&]() -> Result<void> {
        QSqlQuery q(other);
        otherCouldBegin = q.exec(u"BEGIN IMMEDIATE"_s);
        if (otherCouldBegin) {
            q.exec(u"ROLLBACK"_s);
        }
        return {};
    });
    QVERIFY(result.ok());
    QVERIFY2(!otherCouldBegin, "a second writer could start while a write transaction was open");
    {
        QSqlQuery q(other);
        QVERIFY2(q.exec(u"BEGIN IMMEDIATE"_s), "the write lock was not released after COMMIT");
        q.exec(u"ROLLBACK"_s);
    }
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"other-writer"_s);
}

void TestDatabase::schemaHasEveryTable()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    const QStringList expected = {u"analytics_contact_months"_s, u"analytics_frequency"_s, u"campaign_segments"_s,
        u"campaigns"_s, u"consent_events"_s, u"contact_fields"_s, u"contact_tags"_s, u"contacts"_s, u"contacts_fts"_s,
        u"inbound"_s, u"inbox_conversations"_s, u"messages"_s, u"provider_accounts"_s, u"segments"_s, u"suppression"_s,
        u"tags"_s, u"templates"_s, u"workspace_meta"_s};
    QSqlQuery q = temp.database().query();
    QVERIFY(q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'contacts_fts_%' "
                   "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s));
    QStringList tables;
    while (q.next()) {
        tables << q.value(0).toString();
    }
    QCOMPARE(tables, expected);
    // The suppression key exists and is 32 random bytes in hex.
    const QString key = temp.database()
                            .scalar(u"SELECT value FROM workspace_meta WHERE key = 'suppression_key'"_s)
                            .value()
                            .toString();
    QCOMPARE(key.size(), 64);
    // No column anywhere may be meant for a secret.
    QVERIFY(
        q.exec(u"SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"_s));
    while (q.next()) {
        const QString column = q.value(1).toString();
        QVERIFY2(!column.contains(u"secret"_s) && !column.contains(u"token"_s) && !column.contains(u"password"_s),
            qPrintable(q.value(0).toString() + u"."_s + column));
    }
}

void TestDatabase::fullTextIndexFollowsContactsAndTags()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ContactRepository contacts(temp.database());
    Contact c;
    c.phone = u"+48601234567"_s;
    c.firstName = u"Łucja"_s;
    c.lastName = u"Wiśniewska"_s;
    c.email = u"lucja@example.com"_s;
    auto id = contacts.insert(c);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    QVERIFY(contacts.addTag(id.value(), u"vip"_s).ok());
    auto match = [&](const QString& query) {
        return temp.database()
            .scalar(u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?"_s, {query})
            .value()
            .toInt();
    };
    QCOMPARE(match(u"wisniewska"_s), 1); // diacritics folded
    QCOMPARE(match(u"\"Łucja\""_s), 1);
    QCOMPARE(match(u"48601234567"_s), 1);
    QCOMPARE(match(u"tags:vip"_s), 1);
    QVERIFY(temp.database().exec(u"DELETE FROM contact_tags"_s).ok());
    QCOMPARE(match(u"tags:vip"_s), 0);
    QVERIFY(temp.database().exec(u"UPDATE contacts SET last_name = 'Nowak'"_s).ok());
    QCOMPARE(match(u"wisniewska"_s), 0);
    QCOMPARE(match(u"nowak"_s), 1);
    QVERIFY(temp.database().exec(u"DELETE FROM contacts"_s).ok());
    QCOMPARE(temp.database().scalar(u"SELECT count(*) FROM contacts_fts"_s).value().toInt(), 0);
}

void TestDatabase::consentLedgerIsAppendOnly()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ContactRepository contacts(temp.database());
    Contact c;
    c.phone = u"+40712345678"_s;
    auto id = contacts.insert(c);
    QVERIFY(id.ok());
    ConsentEvent in;
    in.method = u"web form"_s;
    in.source = u"checkout"_s;
    in.wording = u"Yes, text me offers."_s;
    in.occurredAt = QDateTime::currentDateTimeUtc().addDays(-2);
    QVERIFY(contacts.recordConsent(id.value(), in).ok());
    QCOMPARE(contacts.find(id.value()).value().marketingConsent, MarketingConsent::OptedIn);
    ConsentEvent out = in;
    out.action = ConsentEvent::Action::OptOut;
    out.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    QVERIFY(contacts.recordConsent(id.value(), out).ok());
    QCOMPARE(contacts.find(id.value()).value().marketingConsent, MarketingConsent::OptedOut);
    // An older event recorded late does not overturn a newer one.
    ConsentEvent late = in;
    late.occurredAt = QDateTime::currentDateTimeUtc().addDays(-10);
    QVERIFY(contacts.recordConsent(id.value(), late).ok());
    QCOMPARE(contacts.find(id.value()).value().marketingConsent, MarketingConsent::OptedOut);
    auto update = temp.database().exec(u"UPDATE consent_events SET action = 'opt_in'"_s);
    QVERIFY(!update.ok());
    QVERIFY2(update.errorMessage().contains(u"append-only"_s), qPrintable(update.errorMessage()));
    QCOMPARE(temp.database().scalar(u"SELECT count(*) FROM consent_events"_s).value().toInt(), 3);
}

void TestDatabase::oneMessagePerNumberPerCampaign()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    Database& db = temp.database();
    QVERIFY(db.exec(u"INSERT INTO campaigns (id, name, created_at, updated_at) VALUES (1, 'Sale', 0, 0)"_s).ok());
    const QString insert = u"INSERT INTO messages (campaign_id, phone, body, created_at, updated_at) "
                           "VALUES (1, '+48601234567', 'Hi', 0, 0)"_s;
    QVERIFY(db.exec(insert).ok());
    QVERIFY(!db.exec(insert).ok());
    QVERIFY(!db.exec(u"UPDATE messages SET state = 'sent-ish'"_s).ok()); // states are checked
}

void TestDatabase::nonSqliteFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.herald"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("name,phone\nAnna,+48601234567\n");
    file.close();
    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(u"not an SQLite database"_s), qPrintable(opened.errorMessage()));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("name,phone\nAnna,+48601234567\n")); // untouched
}

void TestDatabase::damagedFileGivesClearError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"damaged.herald"_s);
    {
        Test::TempWorkspace temp;
        QVERIFY(temp.isOpen());
        temp.close();
        QVERIFY(QFile::copy(temp.path(), path));
    }
    // Keep the header, wreck everything after it.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(16);
    file.write(QByteArray(8192, '\xA5'));
    file.close();
    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(u"damaged"_s), qPrintable(opened.errorMessage()));
}

void TestDatabase::foreignSqliteDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    auto opened = Workspace::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.errorMessage().contains(u"not a Herald workspace"_s), qPrintable(opened.errorMessage()));
}

void TestDatabase::newerSchemaIsRefused()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(temp.database().exec(u"PRAGMA user_version = 999"_s).ok());
    QVERIFY(!temp.reopen());
    QVERIFY2(temp.errorMessage().contains(u"newer version"_s), qPrintable(temp.errorMessage()));
}

void TestDatabase::emptyPathAndFolderAreRefused()
{
    QVERIFY(!Workspace::open(QString()).ok());
    QTemporaryDir dir;
    auto opened = Workspace::open(dir.path());
    QVERIFY(!opened.ok());
    QVERIFY(opened.errorMessage().contains(u"folder"_s));
}

void TestDatabase::connectionPerThread()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(temp.database().exec(u"INSERT INTO tags (name) VALUES ('from-main')"_s).ok());
    int seen = -1;
    QString threadConnection;
    QThread* thread = QThread::create([&] {
        auto db = temp.workspace().openConnection(Database::Durability::Full);
        if (db) {
            seen = db.value()->scalar(u"SELECT count(*) FROM tags"_s).value().toInt();
            threadConnection = db.value()->connectionName();
        }
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QCOMPARE(seen, 1);
    QVERIFY(!threadConnection.isEmpty());
    QVERIFY(threadConnection != temp.database().connectionName());
    QVERIFY(!QSqlDatabase::contains(threadConnection)); // removed when the thread's Database died
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
