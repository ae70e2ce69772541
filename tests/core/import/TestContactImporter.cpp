// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportTestSupport.h"
#include "contacts/ContactRepository.h"
#include "contacts/ImportValues.h"
#include "contacts/Suppression.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::ImportTest;

class TestContactImporter final : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void shopifyValues();
    void consentLedger();
    void presetsPreferMobile();
    void encodingsAndLocalHeaders();
    void multilineAndCustomFields();
    void duplicateSpellings();
    void duplicatePolicy();
    void suppressionNeverResubscribes();
    void refusedFiles_data();
    void refusedFiles();
    void rejectedRowsFile();
    void cancelLeavesNothing();
    void progressReports();
    void previewWritesNothing();
    void rememberedMapping();
    void headerWithoutPhone();
    void searchFindsImportedContacts();
    void searchIndexMatchesTriggers();
    void cancelKeepsSearchTriggers();
};

void TestContactImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QList<qint64>>("counts"); // rows, imported, updated, duplicates, invalid, suppressed
    QTest::addColumn<QList<qint64>>("errorLines");

    using L = QList<qint64>;
    QTest::newRow("shopify current") << u"shopify_current.csv"_s << QString() << int(ImportPreset::ShopifyCurrent)
                                     << u"UTF-8"_s << u","_s << L {7, 5, 0, 1, 1, 0} << L {6};
    QTest::newRow("shopify legacy") << u"shopify_legacy.csv"_s << QString() << int(ImportPreset::ShopifyLegacy)
                                    << u"UTF-8"_s << u","_s << L {5, 4, 0, 0, 1, 0} << L {6};
    QTest::newRow("woocommerce") << u"woocommerce.csv"_s << QString() << int(ImportPreset::WooCommerce) << u"UTF-8"_s
                                 << u","_s << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("google") << u"google_contacts.csv"_s << QString() << int(ImportPreset::GoogleContacts) << u"UTF-8"_s
                            << u","_s << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("outlook") << u"outlook.csv"_s << QString() << int(ImportPreset::Outlook) << u"UTF-8"_s << u","_s
                             << L {2, 2, 0, 0, 0, 0} << L {};
    QTest::newRow("polish cp1250") << u"polish_cp1250.csv"_s << u"PL"_s << int(ImportPreset::Generic)
                                   << u"windows-1250"_s << u";"_s << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("russian cp1251") << u"russian_cp1251.csv"_s << u"RU"_s << int(ImportPreset::Generic)
                                    << u"windows-1251"_s << u","_s << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("romanian utf-16") << u"romanian_utf16.csv"_s << u"RO"_s << int(ImportPreset::Generic)
                                     << u"UTF-16LE"_s << u"\t"_s << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("english bom") << u"english_bom.csv"_s << QString() << int(ImportPreset::Generic) << u"UTF-8"_s
                                 << u","_s << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("multiline") << u"multiline.csv"_s << QString() << int(ImportPreset::Generic) << u"UTF-8"_s << u","_s
                               << L {3, 3, 0, 0, 0, 0} << L {};
    QTest::newRow("duplicates") << u"duplicates.csv"_s << u"PL"_s << int(ImportPreset::Generic) << u"UTF-8"_s << u","_s
                                << L {13, 2, 0, 11, 0, 0} << L {};
    QTest::newRow("injection") << u"injection.csv"_s << QString() << int(ImportPreset::Generic) << u"UTF-8"_s << u","_s
                               << L {6, 4, 0, 0, 2, 0} << L {6, 7};
    QTest::newRow("ragged") << u"ragged.csv"_s << QString() << int(ImportPreset::Generic) << u"UTF-8"_s << u","_s
                            << L {6, 3, 0, 0, 3, 0} << L {3, 4, 6};
}

void TestContactImporter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    QFETCH(int, preset);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QList<qint64>, counts);
    QFETCH(QList<qint64>, errorLines);

    Test::TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    auto summary = import(ws.database(), options(fixture(file), region));
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    const ImportSummary& s = summary.value();
    QCOMPARE(int(s.preset), preset);
    QCOMPARE(s.encoding, encoding);
    QCOMPARE(s.delimiterText(), delimiter);
    const QList<qint64> actual {s.rows, s.imported, s.updated, s.duplicates, s.invalid, s.suppressed};
    QCOMPARE(actual, counts);
    QList<qint64> lines;
    for (const ImportIssue& issue : s.errors) {
        lines.append(issue.line);
    }
    QCOMPARE(lines, errorLines);
    QCOMPARE(s.rows, s.imported + s.updated + s.duplicates + s.invalid);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts"_s), s.imported);
    // The search index follows the contacts table.
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts_fts"_s), s.imported);
    QCOMPARE(s.fileSha256,
        QString::fromLatin1(QCryptographicHash::hash(readAll(fixture(file)), QCryptographicHash::Sha256).toHex()));
}

void TestContactImporter::shopifyValues()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto summary = import(ws.database(), options(fixture(u"shopify_current.csv"_s)));
    QVERIFY(summary.ok());
    QCOMPARE(summary->landlines, 1);
    QCOMPARE(summary->errors.constFirst().reason, u"no phone number"_s);
    QCOMPARE(summary->warningCount, 1);
    QCOMPARE(summary->warnings.constFirst().line, 5);
    QCOMPARE(summary->warnings.constFirst().reason,
        u"+48221234567 is a landline number: it may not receive text messages"_s);

    const Database& db = ws.database();
    QCOMPARE(text(db, u"SELECT group_concat(phone, ' ') FROM (SELECT phone FROM contacts ORDER BY id)"_s),
        u"+48601234567 +48602345678 +40712345678 +48221234567 +12015550123"_s);
    QCOMPARE(text(db, u"SELECT group_concat(phone_type, ' ') FROM (SELECT phone_type FROM contacts ORDER BY id)"_s),
        u"mobile mobile mobile fixed_line fixed_line_or_mobile"_s);
    QCOMPARE(text(db,
                 u"SELECT first_name || '|' || last_name || '|' || email || '|' || country || '|' || city || '|' || "
                 "total_spent_micros || '|' || orders_count || '|' || marketing_consent || '|' || source "
                 "FROM contacts WHERE phone = '+48601234567'"_s),
        u"Anna|Kowalska|anna@example.com|PL|Warszawa|123450000|3|opted_in|import: shopify_current.csv"_s);
    QCOMPARE(text(db, u"SELECT country || city FROM contacts WHERE phone = '+40712345678'"_s), u"ROBucurești"_s);
    QCOMPARE(text(db, u"SELECT total_spent_micros FROM contacts WHERE phone = '+12015550123'"_s), u"1234500000"_s);
    QCOMPARE(text(db,
                 u"SELECT group_concat(name, ',') FROM (SELECT t.name FROM contact_tags ct JOIN tags t "
                 "ON t.id = ct.tag_id JOIN contacts c ON c.id = ct.contact_id WHERE c.phone = '+48601234567' "
                 "ORDER BY t.name)"_s),
        u"newsletter,vip"_s);
    QCOMPARE(count(db, u"SELECT count(*) FROM tags"_s), 2);
    // Tags reach the search index through their trigger.
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'tags:vip'"_s), 2);
    // Unmapped columns (Customer ID, addresses, notes) are not custom fields unless chosen.
    QCOMPARE(count(db, u"SELECT count(*) FROM contact_fields"_s), 0);
}

void TestContactImporter::consentLedger()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    auto summary = import(ws.database(), options(fixture(u"shopify_current.csv"_s)));
    QVERIFY(summary.ok());
    const Database& db = ws.database();
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events"_s), 5);
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events WHERE action = 'opt_in'"_s), 4);
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events WHERE action = 'opt_out'"_s), 1);
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM consent_events WHERE method = 'import' AND purpose = 'marketing' "
                 "AND source = 'import: shopify_current.csv' AND evidence = ? AND occurred_at >= ? "
                 "AND recorded_at >= ?"_s,
                 {u"sha256:"_s + summary->fileSha256, before, before}),
        5);
    QCOMPARE(text(db,
                 u"SELECT e.wording FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone = '+48602345678'"_s),
        u"Accepts SMS Marketing: no"_s);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+48602345678'"_s), u"opted_out"_s);
    // The ledger stays append-only.
    QVERIFY(!db.exec(u"UPDATE consent_events SET action = 'opt_in'"_s).ok());

    // Legacy "Accepts Marketing" is the consent column when there is no SMS one; TRUE means yes.
    Test::TempWorkspace legacy;
    QVERIFY(import(legacy.database(), options(fixture(u"shopify_legacy.csv"_s))).ok());
    QCOMPARE(text(legacy.database(), u"SELECT marketing_consent FROM contacts WHERE phone = '+4915123456789'"_s),
        u"opted_in"_s);
    QCOMPARE(text(legacy.database(), u"SELECT marketing_consent FROM contacts WHERE phone = '+40712345679'"_s),
        u"opted_out"_s);
}

void TestContactImporter::presetsPreferMobile()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QVERIFY(import(ws.database(), options(fixture(u"google_contacts.csv"_s))).ok());
    QVERIFY(import(ws.database(), options(fixture(u"outlook.csv"_s))).ok());
    QVERIFY(import(ws.database(), options(fixture(u"woocommerce.csv"_s))).ok());
    const Database& db = ws.database();
    // Google: the Mobile phone, not Phone 1 (Home); the first of several " ::: " values.
    QCOMPARE(text(db,
                 u"SELECT phone || '|' || country || '|' || birthday_year || '-' || birthday_month || '-' || "
                 "birthday_day FROM contacts WHERE first_name = 'Zofia'"_s),
        u"+48604567890|PL|1990-5-17"_s);
    QCOMPARE(text(db,
                 u"SELECT phone || '|' || coalesce(birthday_year, 'none') || '|' || birthday_month || '|' || "
                 "birthday_day FROM contacts WHERE first_name = 'Andrei'"_s),
        u"+40712345680|none|12|24"_s);
    QCOMPARE(text(db,
                 u"SELECT group_concat(name, ',') FROM (SELECT t.name FROM contact_tags ct JOIN tags t "
                 "ON t.id = ct.tag_id JOIN contacts c ON c.id = ct.contact_id WHERE c.first_name = 'Ivan' "
                 "ORDER BY t.name)"_s),
        u"Clients,VIP"_s);
    QCOMPARE(count(db, u"SELECT count(*) FROM tags WHERE name LIKE '%myContacts%'"_s), 0);
    // Outlook: Mobile Phone over Business Phone; country names; US birthday; 0/0/00 is none.
    QCOMPARE(text(db,
                 u"SELECT phone || '|' || country || '|' || city || '|' || birthday_year || '-' || birthday_month "
                 "|| '-' || birthday_day FROM contacts WHERE first_name = 'Tomasz'"_s),
        u"+48605678901|PL|Łódź|1985-3-14"_s);
    QCOMPARE(text(db,
                 u"SELECT phone || '|' || country || '|' || coalesce(birthday_month, 'none') FROM contacts "
                 "WHERE first_name = 'Elena'"_s),
        u"+79123456791|RU|none"_s);
    // WooCommerce: shipping phone when billing has none, with the row's country; "1,234.56".
    QCOMPARE(text(db,
                 u"SELECT phone || '|' || total_spent_micros || '|' || marketing_consent FROM contacts "
                 "WHERE first_name = 'Piotr'"_s),
        u"+48603456789|1234560000|opted_out"_s);
    QCOMPARE(text(db, u"SELECT phone || '|' || marketing_consent FROM contacts WHERE first_name = 'Sophie'"_s),
        u"+33612345678|unknown"_s);
}

void TestContactImporter::encodingsAndLocalHeaders()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QVERIFY(import(ws.database(), options(fixture(u"polish_cp1250.csv"_s), u"PL"_s)).ok());
    QVERIFY(import(ws.database(), options(fixture(u"russian_cp1251.csv"_s), u"RU"_s)).ok());
    QVERIFY(import(ws.database(), options(fixture(u"romanian_utf16.csv"_s), u"RO"_s)).ok());
    QVERIFY(import(ws.database(), options(fixture(u"english_bom.csv"_s))).ok());
    const Database& db = ws.database();
    QCOMPARE(text(db,
                 u"SELECT first_name || ' ' || last_name || '|' || city || '|' || marketing_consent FROM contacts "
                 "WHERE phone = '+48601234568'"_s),
        u"Łukasz Wiśniewski|Łódź|opted_in"_s);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+48602345679'"_s), u"opted_out"_s);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+48603456780'"_s), u"opted_in"_s);
    QCOMPARE(text(db,
                 u"SELECT first_name || ' ' || last_name || '|' || city || '|' || marketing_consent FROM contacts "
                 "WHERE phone = '+79162345678'"_s),
        u"Мария Щербакова|Санкт-Петербург|opted_out"_s);
    QCOMPARE(text(db,
                 u"SELECT first_name || ' ' || last_name || '|' || city || '|' || marketing_consent FROM contacts "
                 "WHERE phone = '+40712345682'"_s),
        u"Ștefan Țăranu|Brașov|opted_in"_s);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+40712345684'"_s), u"opted_in"_s);
    // "Full Name" split; leap-day birthday; --MM-DD without a year.
    QCOMPARE(text(db,
                 u"SELECT first_name || '|' || last_name || '|' || birthday_year || '-' || birthday_month || '-' || "
                 "birthday_day || '|' || marketing_consent FROM contacts WHERE phone = '+447400123457'"_s),
        u"Alice|Walker|1980-2-29|opted_in"_s);
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts"_s), 12);
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events"_s), 12);
}

void TestContactImporter::multilineAndCustomFields()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto preview = ContactImporter::preview(options(fixture(u"multiline.csv"_s)), 0);
    QVERIFY(preview.ok());
    QCOMPARE(preview->header, (QStringList {u"Name"_s, u"Phone"_s, u"Notes"_s}));
    ColumnMapping mapping = preview->mapping;
    QCOMPARE(mapping.roles.at(0).field, ContactField::FullName);
    QCOMPARE(mapping.roles.at(2).field, ContactField::Ignore);
    mapping.setRole(2, ContactField::Custom);
    ImportOptions o = options(fixture(u"multiline.csv"_s));
    o.mapping = mapping;
    auto summary = import(ws.database(), o);
    QVERIFY(summary.ok());
    QCOMPARE(summary->imported, 3);
    const Database& db = ws.database();
    QCOMPARE(text(db,
                 u"SELECT f.value FROM contact_fields f JOIN contacts c ON c.id = f.contact_id "
                 "WHERE c.phone = '+48606000001' AND f.name = 'Notes'"_s),
        u"first line\nsecond line"_s);
    QCOMPARE(text(db,
                 u"SELECT f.value FROM contact_fields f JOIN contacts c ON c.id = f.contact_id "
                 "WHERE c.phone = '+48606000002' AND f.name = 'Notes'"_s),
        u"He said \"hi\"\nand left"_s);
    QCOMPARE(text(db, u"SELECT first_name || '/' || last_name FROM contacts WHERE phone = '+48606000001'"_s),
        u"Anna/Multi"_s);
}

void TestContactImporter::duplicateSpellings()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto summary = import(ws.database(), options(fixture(u"duplicates.csv"_s), u"PL"_s));
    QVERIFY(summary.ok());
    // The first occurrence wins.
    QCOMPARE(text(ws.database(), u"SELECT first_name FROM contacts WHERE phone = '+48607123456'"_s), u"One"_s);
    QCOMPARE(text(ws.database(), u"SELECT first_name FROM contacts WHERE phone = '+48607123457'"_s), u"Other"_s);
    // A second import of the same file: every row is a workspace duplicate now.
    auto again = import(ws.database(), options(fixture(u"duplicates.csv"_s), u"PL"_s));
    QVERIFY(again.ok());
    QCOMPARE((QList<qint64> {again->rows, again->imported, again->updated, again->duplicates, again->invalid}),
        (QList<qint64> {13, 0, 0, 13, 0}));
}

void TestContactImporter::duplicatePolicy()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QVERIFY(import(ws.database(), options(fixture(u"shopify_current.csv"_s))).ok());
    const QStringList before = snapshot(ws.database());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"changes.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Phone,First Name,Email,City,SMS Opt-In,Tags\n"
               "+48601234567,Anna-Maria,,Gdynia,no,gold\n" // changes name, city, consent, adds a tag
               "+48602345678,Jan,,,,\n" // same values: nothing to change
               "+48609999999,New,,,yes,\n");
    file.close();

    ImportOptions skip = options(path);
    auto skipped = import(ws.database(), skip);
    QVERIFY2(skipped.ok(), qPrintable(skipped.errorMessage()));
    QCOMPARE((QList<qint64> {skipped->imported, skipped->updated, skipped->duplicates}), (QList<qint64> {1, 0, 2}));
    QCOMPARE(text(ws.database(), u"SELECT first_name FROM contacts WHERE phone = '+48601234567'"_s), u"Anna"_s);

    ImportOptions update = options(path);
    update.onDuplicate = DuplicatePolicy::Update;
    auto updated = import(ws.database(), update);
    QVERIFY(updated.ok());
    QCOMPARE((QList<qint64> {updated->imported, updated->updated, updated->duplicates}), (QList<qint64> {0, 1, 2}));
    const Database& db = ws.database();
    // Empty cells keep what the contact had (e-mail); others overwrite.
    QCOMPARE(text(db,
                 u"SELECT first_name || '|' || last_name || '|' || email || '|' || city || '|' || "
                 "marketing_consent FROM contacts WHERE phone = '+48601234567'"_s),
        u"Anna-Maria|Kowalska|anna@example.com|Gdynia|opted_out"_s);
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone = '+48601234567'"_s),
        2);
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM contact_tags ct JOIN contacts c ON c.id = ct.contact_id "
                 "WHERE c.phone = '+48601234567'"_s),
        3);
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'name:\"Anna-Maria\"'"_s), 1);
    Q_UNUSED(before);
}

void TestContactImporter::suppressionNeverResubscribes()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    Suppression suppression(ws.database());
    QVERIFY(suppression.add(u"+48601234567"_s, u"stop"_s, u"inbound: STOP"_s).ok());
    QVERIFY(suppression.add(u"+40712345678"_s, u"erased"_s).ok());
    auto summary = import(ws.database(), options(fixture(u"shopify_current.csv"_s)));
    QVERIFY(summary.ok());
    QCOMPARE(summary->suppressed, 2);
    QCOMPARE(summary->imported, 5);
    const Database& db = ws.database();
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+48601234567'"_s), u"opted_out"_s);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+40712345678'"_s), u"opted_out"_s);
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone IN ('+48601234567', '+40712345678') AND e.action = 'opt_in'"_s),
        0);
    QCOMPARE(text(db,
                 u"SELECT e.evidence FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone = '+48601234567'"_s),
        u"suppression: stop"_s);
    // The others still opt in.
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+12015550123'"_s), u"opted_in"_s);

    // Updating from a file that says "yes" does not opt them in either.
    ImportOptions update = options(fixture(u"shopify_current.csv"_s));
    update.onDuplicate = DuplicatePolicy::Update;
    auto again = import(ws.database(), update);
    QVERIFY(again.ok());
    QCOMPARE(again->suppressed, 2);
    QCOMPARE(again->updated, 0);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+48601234567'"_s), u"opted_out"_s);
    QCOMPARE(suppression.isSuppressed(u"+48601234567"_s).value(), true);
    QCOMPARE(suppression.isSuppressed(u"+48602345678"_s).value(), false);
    QCOMPARE(suppression.hash(u"+48601234567"_s).value().size(), 32);
}

void TestContactImporter::refusedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << data(u"empty.csv"_s) << u"“empty.csv” cannot be imported: The file is empty (0 bytes)."_s;
    QTest::newRow("header only") << data(u"header_only.csv"_s)
                                 << u"“header_only.csv” cannot be imported: The file contains only a header row and "
                                    "no contacts."_s;
    QTest::newRow("binary") << data(u"binary.csv"_s)
                            << u"“binary.csv” cannot be imported: The file contains binary data (NUL bytes), so it "
                               "is not a CSV text file."_s;
}

void TestContactImporter::refusedFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    ImportOptions o = options(path, u"PL"_s);
    o.rejectedPath = dir.filePath(u"rejected.csv"_s);
    auto summary = import(ws.database(), o);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.errorMessage(), message);
    QCOMPARE(ContactImporter::preview(o).errorMessage(), message);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts"_s), 0);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'import_mapping:%'"_s), 0);
    QVERIFY(!QFile::exists(o.rejectedPath));
}

void TestContactImporter::rejectedRowsFile()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    ImportOptions o = options(fixture(u"ragged.csv"_s));
    o.rejectedPath = dir.filePath(u"rejected.csv"_s);
    auto summary = import(ws.database(), o);
    QVERIFY(summary.ok());
    QCOMPARE(summary->rejectedPath, o.rejectedPath);
    const QByteArray bytes = readAll(o.rejectedPath);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 5); // header, 3 rows, the empty string after the last CRLF
    QCOMPARE(lines.at(0), u"Name,Phone,City,Line,Reason"_s);
    QCOMPARE(lines.at(1), u",,,3,\"The row has 4 fields, but the header has 3.\""_s);
    QCOMPARE(lines.at(2), u",,,4,\"The row has 2 fields, but the header has 3.\""_s);
    QVERIFY(lines.at(3).startsWith(u",,,6,"_s));

    // Rows with an invalid phone keep their cells, so they can be fixed and imported again.
    ImportOptions legacy = options(fixture(u"shopify_legacy.csv"_s));
    legacy.rejectedPath = dir.filePath(u"legacy-rejected.csv"_s);
    QVERIFY(import(ws.database(), legacy).ok());
    const QStringList legacyLines = QString::fromUtf8(readAll(legacy.rejectedPath).mid(3)).split(u"\r\n"_s);
    QCOMPARE(legacyLines.size(), 3);
    QVERIFY(legacyLines.at(0).endsWith(u",Line,Reason"_s));
    QVERIFY2(
        legacyLines.at(1).startsWith(u"Excel,Broke,excel@example.com,,,,,,,,PL,,4.8537906428E+10,yes,0.00,0,,,no,6,"
                                     "the number is in scientific notation (4.8537906428E+10)"_s),
        qPrintable(legacyLines.at(1)));

    // No rejected rows: no file.
    ImportOptions clean = options(fixture(u"outlook.csv"_s));
    clean.rejectedPath = dir.filePath(u"none.csv"_s);
    auto cleanSummary = import(ws.database(), clean);
    QVERIFY(cleanSummary.ok());
    QVERIFY(cleanSummary->rejectedPath.isEmpty());
    QVERIFY(!QFile::exists(clean.rejectedPath));
}

namespace
{

QString writeBigFile(const QTemporaryDir& dir, int rows)
{
    const QString path = dir.filePath(u"big.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    QByteArray bytes = "Name,Phone,SMS Opt-In\n";
    for (int i = 0; i < rows; ++i) {
        bytes += "Person " + QByteArray::number(i) + ",+48 601 " + QByteArray::number(100000 + i) + ",yes\n";
    }
    file.write(bytes);
    return path;
}

} // namespace

void TestContactImporter::cancelLeavesNothing()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    const QString path = writeBigFile(dir, 60000);
    ImportOptions o = options(path);
    o.rejectedPath = dir.filePath(u"rejected.csv"_s);

    // Cancelled from the progress callback, mid-way.
    std::atomic<bool> cancel {false};
    qint64 rowsAtCancel = 0;
    ContactImporter importer(ws.database(), o);
    auto result = importer.run(
        [&](const ImportProgress& p) {
            if (p.rowsDone > 0 && !cancel) {
                rowsAtCancel = p.rowsDone;
                cancel = true;
            }
        },
        &cancel);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), u"The import was cancelled; nothing was imported."_s);
    QVERIFY(rowsAtCancel > 0);
    QVERIFY(rowsAtCancel < 60000);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts"_s), 0);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM consent_events"_s), 0);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts_fts"_s), 0);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'import_mapping:%'"_s), 0);
    QVERIFY(!QFile::exists(o.rejectedPath));

    // Cancelled before it starts.
    std::atomic<bool> early {true};
    QVERIFY(!ContactImporter(ws.database(), o).run({}, &early).ok());
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts"_s), 0);

    // The connection is usable afterwards: the same import completes.
    auto done = ContactImporter(ws.database(), o).run();
    QVERIFY(done.ok());
    QCOMPARE(done->imported, 60000);
}

void TestContactImporter::progressReports()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    const QString path = writeBigFile(dir, 30000);
    QList<ImportProgress> reports;
    auto summary
        = ContactImporter(ws.database(), options(path)).run([&](const ImportProgress& p) { reports.append(p); });
    QVERIFY(summary.ok());
    QVERIFY(!reports.isEmpty());
    const ImportProgress last = reports.constLast();
    QCOMPARE(last.rowsDone, 30000);
    QCOMPARE(last.bytesDone, QFileInfo(path).size());
    QCOMPARE(last.bytesTotal, QFileInfo(path).size());
    QCOMPARE(last.etaSeconds, 0.0);
    QVERIFY(last.rowsPerSecond > 0);
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).rowsDone >= reports.at(i - 1).rowsDone);
    }
}

void TestContactImporter::previewWritesNothing()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto preview = ContactImporter::preview(options(fixture(u"shopify_current.csv"_s)), 20, &ws.database());
    QVERIFY(preview.ok());
    QCOMPARE(preview->mapping.preset, ImportPreset::ShopifyCurrent);
    QCOMPARE(preview->format.encoding, u"UTF-8"_s);
    QCOMPARE(preview->rows.size(), 7);
    QCOMPARE(preview->rows.at(0).line, 2);
    QCOMPARE(preview->rows.at(0).contact.phone, u"+48601234567"_s);
    QCOMPARE(preview->rows.at(0).contact.firstName, u"Anna"_s);
    QCOMPARE(preview->rows.at(2).contact.phone, u"+40712345678"_s);
    QCOMPARE(preview->rows.at(3).warning, u"+48221234567 is a landline number: it may not receive text messages"_s);
    QCOMPARE(preview->rows.at(4).error, u"no phone number"_s);
    QCOMPARE(preview->rows.at(5).duplicate, true);
    QCOMPARE(preview->rows.at(5).contact.phone, u"+48602345678"_s);
    QCOMPARE(preview->rows.at(6).duplicate, false);

    auto limited = ContactImporter::preview(options(fixture(u"duplicates.csv"_s), u"PL"_s), 3);
    QVERIFY(limited.ok());
    QCOMPARE(limited->rows.size(), 3);
    QCOMPARE(limited->rows.at(2).duplicate, true);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts"_s), 0);

    auto ragged = ContactImporter::preview(options(fixture(u"ragged.csv"_s)), 10);
    QVERIFY(ragged.ok());
    QCOMPARE(ragged->rows.size(), 6);
    QCOMPARE(ragged->rows.at(1).line, 3);
    QCOMPARE(ragged->rows.at(1).error, u"The row has 4 fields, but the header has 3."_s);
}

void TestContactImporter::rememberedMapping()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto preview = ContactImporter::preview(options(fixture(u"multiline.csv"_s)), 0, &ws.database());
    QVERIFY(preview.ok());
    ColumnMapping mapping = preview->mapping;
    mapping.setRole(2, ContactField::Custom, u"remark"_s);
    ImportOptions o = options(fixture(u"multiline.csv"_s));
    o.mapping = mapping;
    QVERIFY(import(ws.database(), o).ok());
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM workspace_meta WHERE key = ?"_s,
                 {ColumnMapping::rememberKey(preview->header)}),
        1);
    // The next file with the same header (in any case and spacing) gets the same mapping.
    auto again = ContactImporter::preview(options(fixture(u"multiline.csv"_s)), 0, &ws.database());
    QVERIFY(again.ok());
    QCOMPARE(again->mapping, mapping);
    QCOMPARE(
        ColumnMapping::rememberKey({u" name"_s, u"PHONE"_s, u"notes "_s}), ColumnMapping::rememberKey(preview->header));
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contact_fields WHERE name = 'remark'"_s), 3);
}

void TestContactImporter::headerWithoutPhone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nophone.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,City\nAnna,Warszawa\nJan,Kraków\n");
    file.close();
    Test::TempWorkspace ws;
    auto summary = import(ws.database(), options(path));
    QVERIFY(!summary.ok());
    QCOMPARE(summary.errorMessage(),
        u"No column of “nophone.csv” is mapped to the phone number. Choose the column that holds the phone "
        "numbers."_s);
}

void TestContactImporter::searchFindsImportedContacts()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto summary = import(ws.database(), options(fixture(u"shopify_current.csv"_s)));
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    const Database& db = ws.database();
    const QString find = u"SELECT group_concat(phone, ' ') FROM (SELECT c.phone FROM contacts_fts f JOIN contacts c "
                         "ON c.id = f.rowid WHERE contacts_fts MATCH ? ORDER BY c.id)"_s;
    // By name, by the national digits of the number, by its full digits and by tag.
    QCOMPARE(text(db, find, {u"name:Kowalska"_s}), u"+48601234567"_s);
    QCOMPARE(text(db, find, {u"phone:601234567"_s}), u"+48601234567"_s);
    QCOMPARE(text(db, find, {u"phone:48601234567"_s}), u"+48601234567"_s);
    QCOMPARE(text(db, find, {u"2015550123"_s}), u"+12015550123"_s);
    QCOMPARE(text(db, find, {u"tags:newsletter"_s}), u"+48601234567"_s);
    // The constraints that are off while the import writes are on again.
    QCOMPARE(count(db, u"PRAGMA ignore_check_constraints"_s), 0);
    // Every imported contact is in the index, and nothing else.
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts c JOIN contacts_fts f ON f.rowid = c.id"_s), summary->imported);

    // The search triggers are back after the import: a contact added later is found too.
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                 "('contacts_fts_insert', 'contact_tags_fts_insert')"_s),
        2);
    QVERIFY(db.exec(u"INSERT INTO contacts (phone, first_name, last_name, created_at, updated_at) "
                    "VALUES ('+48609000111', 'Zoë', 'Later', 0, 0)"_s)
                .ok());
    QCOMPARE(text(db, find, {u"name:Zoe"_s}), u"+48609000111"_s);
    QCOMPARE(text(db, find, {u"phone:609000111"_s}), u"+48609000111"_s);

    // A second import into the now non-empty workspace indexes its new contacts the same way.
    auto more = import(ws.database(), options(fixture(u"woocommerce.csv"_s)));
    QVERIFY2(more.ok(), qPrintable(more.errorMessage()));
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts"_s), count(db, u"SELECT count(*) FROM contacts"_s));
    QCOMPARE(text(db, find, {u"name:Piotr"_s}), u"+48603456789"_s);
}

void TestContactImporter::searchIndexMatchesTriggers()
{
    // The importer writes the search rows of its new contacts itself; they must be exactly what
    // the schema's triggers write for the same contacts and tags.
    Test::TempWorkspace imported;
    QVERIFY(imported.isOpen());
    for (const QString& file : {u"shopify_current.csv"_s, u"google_contacts.csv"_s, u"outlook.csv"_s}) {
        auto summary = import(imported.database(), options(fixture(file)));
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    }
    // Tags added to a contact that was already there, through the update policy.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"more-tags.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Phone,First Name,Tags\n+48601234567,Anna,\"gold, Clients\"\n+48609999998,Nowy,gold\n");
    file.close();
    ImportOptions update = options(path);
    update.onDuplicate = DuplicatePolicy::Update;
    QVERIFY(import(imported.database(), update).ok());
    QCOMPARE(
        count(imported.database(), u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'tags:gold'"_s), 2);
    QCOMPARE(count(imported.database(),
                 u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'tags:clients AND name:anna'"_s),
        1);

    Test::TempWorkspace manual;
    QVERIFY(manual.isOpen());
    Database& db = manual.database();
    QVERIFY(db.exec(u"ATTACH DATABASE '%1' AS src"_s.arg(imported.path())).ok());
    QVERIFY(db.exec(u"INSERT INTO tags SELECT * FROM src.tags ORDER BY id"_s).ok());
    QVERIFY(db.exec(u"INSERT INTO contacts SELECT * FROM src.contacts ORDER BY id"_s).ok());
    QVERIFY(db.exec(u"INSERT INTO contact_tags SELECT * FROM src.contact_tags ORDER BY contact_id, tag_id"_s).ok());
    const QString rows = u"SELECT group_concat(r, char(10)) FROM (SELECT rowid || '|' || name || '|' || phone || '|' "
                         "|| email || '|' || tags AS r FROM %1contacts_fts ORDER BY rowid)"_s;
    const QString expected = text(db, rows.arg(QString()));
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts"_s), count(db, u"SELECT count(*) FROM src.contacts"_s));
    QVERIFY(expected.contains(u"gold"_s));
    QCOMPARE(text(db, rows.arg(u"src."_s)), expected);
}

void TestContactImporter::cancelKeepsSearchTriggers()
{
    // The import drops the search triggers inside its transaction: a cancel must bring them back.
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    const QString path = writeBigFile(dir, 40000);
    std::atomic<bool> cancel {false};
    auto result
        = ContactImporter(ws.database(), options(path)).run([&](const ImportProgress&) { cancel = true; }, &cancel);
    QVERIFY(!result.ok());
    const Database& db = ws.database();
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                 "('contacts_fts_insert', 'contact_tags_fts_insert')"_s),
        2);
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts"_s), 0);
    QVERIFY(db.exec(u"INSERT INTO contacts (phone, first_name, created_at, updated_at) "
                    "VALUES ('+48609000222', 'Ulrike', 0, 0)"_s)
                .ok());
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'name:Ulrike'"_s), 1);
    // The connection checks constraints again once the import is over.
    QVERIFY(!db.exec(u"INSERT INTO contacts (phone, marketing_consent, created_at, updated_at) "
                     "VALUES ('+48609000333', 'maybe', 0, 0)"_s)
                 .ok());
}

QTEST_GUILESS_MAIN(TestContactImporter)
#include "TestContactImporter.moc"
