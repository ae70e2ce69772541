// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportTestSupport.h"
#include "contacts/ContactEraser.h"
#include "contacts/Suppression.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::ImportTest;

namespace
{

const QByteArray CanaryFirst = "Zbyszkocanary";
const QByteArray CanaryLast = "Qwertyuiopcanary";
const QByteArray CanaryEmail = "canary.person@example.org";
const QByteArray CanaryPhone = "+48691234567";
const QByteArray CanaryDigits = "48691234567";

// A file with many ordinary contacts around the canary, so that its search-index entries sit in
// shared segments and pages rather than alone.
QString writeCanaryFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"customers.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray bytes = "First Name,Last Name,Email,Phone,SMS Opt-In,Tags,Loyalty\n";
    for (int i = 0; i < 3000; ++i) {
        if (i == 1500) {
            bytes += CanaryFirst + "," + CanaryLast + "," + CanaryEmail + "," + CanaryPhone + ",yes,vip," + CanaryLast
                + "-gold\n";
        }
        bytes += "Person" + QByteArray::number(i) + ",Surname" + QByteArray::number(i) + ",p" + QByteArray::number(i)
            + "@example.com,+48 602 " + QByteArray::number(100000 + i) + ",yes,vip,silver\n";
    }
    file.write(bytes);
    return path;
}

} // namespace

class TestContactErasure final : public QObject
{
    Q_OBJECT

private slots:
    void exportPerson();
    void eraseLeavesOnlyTheHash();
    void unknownContact();
};

namespace
{

qint64 canaryId(const Database& db)
{
    return count(db, u"SELECT id FROM contacts WHERE phone = ?"_s, {QString::fromLatin1(CanaryPhone)});
}

bool addMessages(const Database& db, qint64 id)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    return db.scalar(u"INSERT INTO messages (contact_id, phone, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s,
                 {id, QString::fromLatin1(CanaryPhone),
                     u"Hi %1, your order shipped"_s.arg(QString::fromLatin1(CanaryFirst)), now, now})
               .ok()
        && db.scalar(
                 u"INSERT INTO inbound (from_phone, body, received_at, contact_id, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                 {QString::fromLatin1(CanaryPhone), u"Thanks! %1"_s.arg(QString::fromLatin1(CanaryLast)), now, id, now})
               .ok()
        // A reply that was never matched to the contact still carries the number.
        && db.scalar(u"INSERT INTO inbound (from_phone, body, received_at, created_at) VALUES (?, ?, ?, ?)"_s,
                 {QString::fromLatin1(CanaryPhone), u"STOP"_s, now, now})
               .ok();
}

} // namespace

void TestContactErasure::exportPerson()
{
    QTemporaryDir dir;
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    ImportOptions o = options(writeCanaryFile(dir));
    auto preview = ContactImporter::preview(o, 0);
    QVERIFY(preview.ok());
    o.mapping = preview->mapping;
    o.mapping->setRole(6, ContactField::Custom, u"loyalty"_s);
    QVERIFY(import(ws.database(), o).ok());
    const qint64 id = canaryId(ws.database());
    QVERIFY(addMessages(ws.database(), id));

    auto person = ContactEraser(ws.database()).exportPerson(id);
    QVERIFY2(person.ok(), qPrintable(person.errorMessage()));
    const QJsonObject json = person.value();
    QCOMPARE(json.value(u"format"_s).toString(), u"herald-personal-data/1"_s);
    const QJsonObject contact = json.value(u"contact"_s).toObject();
    QCOMPARE(contact.value(u"phone"_s).toString(), QString::fromLatin1(CanaryPhone));
    QCOMPARE(contact.value(u"first_name"_s).toString(), QString::fromLatin1(CanaryFirst));
    QCOMPARE(contact.value(u"email"_s).toString(), QString::fromLatin1(CanaryEmail));
    QCOMPARE(contact.value(u"marketing_consent"_s).toString(), u"opted_in"_s);
    QCOMPARE(json.value(u"tags"_s).toArray(), QJsonArray {u"vip"_s});
    QCOMPARE(json.value(u"custom_fields"_s).toObject().value(u"loyalty"_s).toString(),
        QString::fromLatin1(CanaryLast + "-gold"));
    const QJsonArray consent = json.value(u"consent_events"_s).toArray();
    QCOMPARE(consent.size(), 1);
    QCOMPARE(consent.at(0).toObject().value(u"method"_s).toString(), u"import"_s);
    QCOMPARE(consent.at(0).toObject().value(u"source"_s).toString(), u"import: customers.csv"_s);
    QCOMPARE(consent.at(0).toObject().value(u"wording"_s).toString(), u"SMS Opt-In: yes"_s);
    QVERIFY(consent.at(0).toObject().value(u"occurred_at"_s).toString().endsWith(u'Z'));
    QCOMPARE(json.value(u"messages"_s).toArray().size(), 1);
    QCOMPARE(json.value(u"inbound"_s).toArray().size(), 2);
    QCOMPARE(json.value(u"suppressed"_s).toBool(), false);
}

void TestContactErasure::eraseLeavesOnlyTheHash()
{
    QTemporaryDir dir;
    const QString file = writeCanaryFile(dir);
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    ImportOptions o = options(file);
    auto preview = ContactImporter::preview(o, 0);
    QVERIFY(preview.ok());
    o.mapping = preview->mapping;
    o.mapping->setRole(6, ContactField::Custom, u"loyalty"_s);
    o.rememberMapping = false;
    QVERIFY(import(ws.database(), o).ok());
    Database& db = ws.database();
    const qint64 id = canaryId(db);
    QVERIFY(id > 0);
    QVERIFY(addMessages(db, id));
    QCOMPARE(
        count(db, u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?"_s, {QString::fromLatin1(CanaryLast)}),
        1);

    auto erased = ContactEraser(db).erase(id);
    QVERIFY2(erased.ok(), qPrintable(erased.errorMessage()));
    QVERIFY(erased->walTruncated);

    QCOMPARE(count(db, u"SELECT count(*) FROM contacts"_s), 3000);
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts WHERE id = ?"_s, {id}), 0);
    for (const QString& table :
        {u"contact_fields"_s, u"contact_tags"_s, u"consent_events"_s, u"messages"_s, u"inbound"_s}) {
        QCOMPARE(count(db, u"SELECT count(*) FROM %1 WHERE contact_id = ?"_s.arg(table), {id}), 0);
    }
    QCOMPARE(count(db, u"SELECT count(*) FROM inbound"_s), 0);
    QCOMPARE(
        count(db, u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?"_s, {QString::fromLatin1(CanaryLast)}),
        0);
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts"_s), 3000);
    QCOMPARE(text(db, u"PRAGMA integrity_check"_s), u"ok"_s);
    // Only the keyed hash stays.
    Suppression suppression(db);
    QCOMPARE(count(db, u"SELECT count(*) FROM suppression"_s), 1);
    QCOMPARE(text(db, u"SELECT reason FROM suppression"_s), u"erased"_s);
    QCOMPARE(suppression.isSuppressed(QString::fromLatin1(CanaryPhone)).value(), true);

    // The file and its WAL hold no trace of the person.
    const QByteArray bytes = readAll(ws.path()) + readAll(ws.path() + u"-wal"_s);
    QVERIFY(bytes.size() > 100000);
    for (const QByteArray& canary : {CanaryFirst, CanaryLast, CanaryEmail, CanaryDigits}) {
        QVERIFY2(!bytes.contains(canary), canary.constData());
        QVERIFY2(!bytes.toLower().contains(canary.toLower()), canary.constData());
    }
    QVERIFY(bytes.contains(suppression.hash(QString::fromLatin1(CanaryPhone)).value()));

    // Importing the same file again brings the contact back, never opted in.
    auto again = import(db, o);
    QVERIFY(again.ok());
    QCOMPARE(again->imported, 1);
    QCOMPARE(again->suppressed, 1);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {QString::fromLatin1(CanaryPhone)}),
        u"opted_out"_s);
}

void TestContactErasure::unknownContact()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QCOMPARE(ContactEraser(ws.database()).erase(42).errorMessage(), u"There is no contact with id 42."_s);
    QCOMPARE(ContactEraser(ws.database()).exportPerson(42).errorMessage(), u"There is no contact with id 42."_s);
}

QTEST_GUILESS_MAIN(TestContactErasure)
#include "TestContactErasure.moc"
