// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Workspace.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

// Schema migrations: from nothing, from the previous version with data, and a failing step.
class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void fromEmptyFile();
    void fromPreviousVersionKeepsData();
    void failingStepLeavesWorkspaceUnchanged();
    void currentVersionIsNotMigratedAgain();
    void contactMonthsFilledFromTheOutbox();

private:
    static Migration nextStep();
    static QList<Migration> withNextStep();
};

Migration TestMigrations::nextStep()
{
    Migration step;
    step.version = Schema::latestVersion() + 1;
    step.description = u"test: contact nicknames"_s;
    step.statements = {u"ALTER TABLE contacts ADD COLUMN nickname TEXT NOT NULL DEFAULT ''"_s,
        u"UPDATE contacts SET nickname = first_name"_s};
    return step;
}

QList<Migration> TestMigrations::withNextStep()
{
    QList<Migration> all = Schema::migrations();
    all.append(nextStep());
    return all;
}

void TestMigrations::fromEmptyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.herald"_s);
    QVERIFY(!QFileInfo::exists(path));
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    auto version = Migrator::schemaVersion(ws.value()->database());
    QCOMPARE(version.value(), Schema::latestVersion());
    QVERIFY(ws.value()->migrationBackupPath().isEmpty()); // nothing to back up
    QCOMPARE(ws.value()->database().scalar(u"SELECT count(*) FROM contacts"_s).value().toInt(), 0);

    // A 0-byte file (e.g. made by `touch`) is a new workspace too.
    const QString touched = dir.filePath(u"touched.herald"_s);
    QFile file(touched);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    auto ws2 = Workspace::open(touched);
    QVERIFY2(ws2.ok(), qPrintable(ws2.errorMessage()));
    QCOMPARE(Migrator::schemaVersion(ws2.value()->database()).value(), Schema::latestVersion());
}

void TestMigrations::fromPreviousVersionKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QVERIFY(ws.value()
                    ->database()
                    .exec(u"INSERT INTO contacts (phone, first_name, created_at, updated_at) "
                          "VALUES ('+48601234567', 'Zofia', 1, 1), ('+40712345678', 'Ioana', 1, 1)"_s)
                    .ok());
    }
    Workspace::Options options;
    options.migrations = withNextStep();
    auto ws = Workspace::open(path, options);
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    Database& db = ws.value()->database();
    QCOMPARE(Migrator::schemaVersion(db).value(), Schema::latestVersion() + 1);
    QCOMPARE(db.scalar(u"SELECT group_concat(nickname, ',') FROM (SELECT nickname FROM contacts ORDER BY id)"_s)
                 .value()
                 .toString(),
        u"Zofia,Ioana"_s);
    QCOMPARE(db.scalar(u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'zofia'"_s).value().toInt(), 1);

    // The backup is a complete copy at the old version.
    const QString backup = ws.value()->migrationBackupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        copy.setDatabaseName(backup);
        QVERIFY(copy.open());
        QSqlQuery q(copy);
        QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Schema::latestVersion());
        QVERIFY(q.exec(u"SELECT count(*) FROM contacts"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        copy.close();
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
}

void TestMigrations::failingStepLeavesWorkspaceUnchanged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws.ok());
        QVERIFY(ws.value()
                    ->database()
                    .exec(u"INSERT INTO contacts (phone, created_at, updated_at) VALUES ('+48601234567', 1, 1)"_s)
                    .ok());
    }
    QList<Migration> steps = withNextStep();
    Migration broken;
    broken.version = Schema::latestVersion() + 2;
    broken.description = u"test: broken step"_s;
    broken.statements = {u"DELETE FROM contacts"_s, u"THIS IS NOT SQL"_s};
    steps.append(broken);
    Workspace::Options options;
    options.migrations = steps;
    auto failed = Workspace::open(path, options);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(QString::number(Schema::latestVersion() + 2)),
        qPrintable(failed.errorMessage()));

    // Both pending steps were rolled back together: old version, data intact, lock released.
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    QCOMPARE(Migrator::schemaVersion(ws.value()->database()).value(), Schema::latestVersion());
    QCOMPARE(ws.value()->database().scalar(u"SELECT count(*) FROM contacts"_s).value().toInt(), 1);
    QVERIFY(!ws.value()->database().scalar(u"SELECT nickname FROM contacts"_s).ok());
}

void TestMigrations::currentVersionIsNotMigratedAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.herald"_s);
    {
        QVERIFY(Workspace::open(path).ok());
    }
    auto ws = Workspace::open(path);
    QVERIFY(ws.ok());
    QVERIFY(ws.value()->migrationBackupPath().isEmpty());
    const QStringList backups = QDir(dir.path()).entryList({u"*.bak"_s});
    QVERIFY2(backups.isEmpty(), qPrintable(backups.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestMigrations)
// Version 6 counts the messages already in the outbox of a version 5 workspace.
void TestMigrations::contactMonthsFilledFromTheOutbox()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.herald"_s);
    const qint64 may = 1778284800; // 2026-05-09T00:00:00Z
    const qint64 june = 1780963200; // 2026-06-09T00:00:00Z
    {
        Workspace::Options options;
        options.migrations = Schema::migrations().mid(0, 5);
        auto ws = Workspace::open(path, options);
        QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
        Database& db = ws.value()->database();
        QCOMPARE(Migrator::schemaVersion(db).value(), 5);
        QVERIFY(db.exec(u"INSERT INTO contacts (id, phone, created_at, updated_at) VALUES (1, '+48500000001', 0, 0), "
                        "(2, '+48500000002', 0, 0)"_s)
                    .ok());
        QVERIFY(db.exec(u"INSERT INTO campaigns (id, name, state, created_at, updated_at) VALUES (1, 'a', 'completed', "
                        "0, 0), (2, 'b', 'completed', 0, 0), (3, 'c', 'completed', 0, 0)"_s)
                    .ok());
        // Contact 1: two in May and one in June; contact 2: one delivered in May, one cancelled.
        QVERIFY(db.exec(u"INSERT INTO messages (campaign_id, contact_id, phone, body, state, created_at, updated_at) "
                        "VALUES (1, 1, '+48500000001', 'x', 'delivered', %1, 0), "
                        "(2, 1, '+48500000001', 'x', 'failed', %1, 0), (3, 1, '+48500000001', 'x', 'sent', %2, 0), "
                        "(1, 2, '+48500000002', 'x', 'delivered', %1, 0), "
                        "(2, 2, '+48500000002', 'x', 'cancelled', %1, 0)"_s.arg(may)
                            .arg(june))
                    .ok());
        QVERIFY(
            db.exec(u"INSERT INTO workspace_meta (key, value) VALUES ('analytics.frequency.2026-05', '[]')"_s).ok());
    }
    auto ws = Workspace::open(path);
    QVERIFY2(ws.ok(), qPrintable(ws.errorMessage()));
    Database& db = ws.value()->database();
    QCOMPARE(Migrator::schemaVersion(db).value(), Schema::latestVersion());
    QCOMPARE(db.scalar(u"SELECT group_concat(contact_id || ':' || month || '=' || messages, ' ') FROM "
                       "(SELECT * FROM analytics_contact_months ORDER BY contact_id, month)"_s)
                 .value()
                 .toString(),
        u"1:2026-05=2 1:2026-06=1 2:2026-05=1"_s);
    QCOMPARE(db.scalar(u"SELECT group_concat(month || '/' || messages || '=' || contacts, ' ') FROM "
                       "(SELECT * FROM analytics_frequency ORDER BY month, messages)"_s)
                 .value()
                 .toString(),
        u"2026-05/1=1 2026-05/2=1 2026-06/1=1"_s);
    QCOMPARE(
        db.scalar(u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'analytics.frequency.%'"_s).value().toInt(), 0);
}

#include "TestMigrations.moc"
