// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Whole imports of real files (data/real, written by data/real/generate.py) with exact counts:
// the encodings and the Shopify ' prefix that TestContactImporter's fixtures leave out, a
// duplicate in fourteen spellings, CSV-injection payloads through import and export, ragged rows
// with stray and unclosed quotes across multi-line fields, every consent word under each consent
// column, and files that must be refused without writing anything.

#include "ImportTestSupport.h"
#include "contacts/ContactExporter.h"
#include "contacts/CsvReader.h"
#include "contacts/ImportValues.h"
#include "contacts/PhoneNumbers.h"
#include "contacts/Suppression.h"
#include "contacts/TextDecoder.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::ImportTest;

namespace
{

QString real(const QString& name)
{
    return QStringLiteral(HERALD_TEST_DATA) + u"/real/"_s + name;
}

QList<qint64> countsOf(const ImportSummary& s)
{
    return {s.rows, s.imported, s.updated, s.duplicates, s.invalid, s.suppressed};
}

QList<qint64> linesOf(const QList<ImportIssue>& issues)
{
    QList<qint64> lines;
    for (const ImportIssue& issue : issues) {
        lines.append(issue.line);
    }
    return lines;
}

QStringList column(const Database& database, const QString& sql)
{
    QStringList values;
    QSqlQuery q = database.query();
    if (!q.exec(sql)) {
        return {u"<error: "_s + sql + u'>'};
    }
    while (q.next()) {
        values.append(q.value(0).toString());
    }
    return values;
}

} // namespace

class TestImportRealFiles final : public QObject
{
    Q_OBJECT

private slots:
    void files_data();
    void files();
    void encodedText_data();
    void encodedText();
    void shopifyApostrophes();
    void duplicateSpellings();
    void injectionPayloads();
    void raggedRowsAndQuotes();
    void consentWords_data();
    void consentWords();
    void refusedFiles_data();
    void refusedFiles();
    void invalidUtf16Units();
    void longerThanE164();
    void joinedExports();
    void oneWordNameUpdated();
};

void TestImportRealFiles::files_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("preset");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QList<qint64>>("counts"); // rows, imported, updated, duplicates, invalid, suppressed
    QTest::addColumn<QList<qint64>>("errorLines");
    QTest::addColumn<QList<qint64>>("consent"); // opt-in events, opt-out events

    using L = QList<qint64>;
    const int generic = int(ImportPreset::Generic);
    QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << u"RO"_s << generic << u"UTF-16BE"_s << u"\t"_s
                                  << L {4, 3, 0, 0, 1, 0} << L {5} << L {2, 1};
    QTest::newRow("utf-16le without bom") << u"utf16le_nobom.csv"_s << QString() << generic << u"UTF-16LE"_s << u","_s
                                          << L {4, 3, 0, 0, 1, 0} << L {5} << L {2, 1};
    QTest::newRow("windows-1252") << u"cp1252_semicolon.csv"_s << u"FR"_s << generic << u"windows-1252"_s << u";"_s
                                  << L {4, 3, 0, 0, 1, 0} << L {5} << L {2, 1};
    QTest::newRow("utf-8 without bom") << u"utf8_nobom_russian.csv"_s << u"RU"_s << generic << u"UTF-8"_s << u","_s
                                       << L {4, 3, 0, 0, 1, 0} << L {5} << L {2, 1};
    QTest::newRow("shopify apostrophes") << u"shopify_apostrophes.csv"_s << QString()
                                         << int(ImportPreset::ShopifyCurrent) << u"UTF-8"_s << u","_s
                                         << L {3, 3, 0, 0, 0, 0} << L {} << L {2, 1};
    QTest::newRow("duplicates") << u"duplicates_formats.csv"_s << u"PL"_s << generic << u"UTF-8"_s << u","_s
                                << L {17, 3, 0, 13, 1, 0} << L {18} << L {0, 0};
    QTest::newRow("injection") << u"injection_payloads.csv"_s << QString() << generic << u"UTF-8"_s << u","_s
                               << L {12, 6, 0, 0, 6, 0} << L {9, 10, 11, 12, 13, 14} << L {0, 0};
    QTest::newRow("ragged") << u"ragged_multiline.csv"_s << QString() << generic << u"UTF-8"_s << u","_s
                            << L {7, 3, 0, 0, 4, 0} << L {4, 5, 6, 10} << L {0, 0};
    QTest::newRow("accepts sms marketing") << u"consent_accepts_sms.csv"_s << QString() << generic << u"UTF-8"_s
                                           << u","_s << L {12, 12, 0, 0, 0, 0} << L {} << L {5, 5};
    QTest::newRow("sms opt-in") << u"consent_sms_opt_in.csv"_s << QString() << generic << u"UTF-8"_s << u","_s
                                << L {12, 12, 0, 0, 0, 0} << L {} << L {5, 5};
    QTest::newRow("zgoda na sms") << u"consent_zgoda.csv"_s << QString() << generic << u"UTF-8"_s << u","_s
                                  << L {12, 12, 0, 0, 0, 0} << L {} << L {5, 5};
}

void TestImportRealFiles::files()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    QFETCH(int, preset);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(QList<qint64>, counts);
    QFETCH(QList<qint64>, errorLines);
    QFETCH(QList<qint64>, consent);

    Test::TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    auto summary = import(ws.database(), options(real(file), region));
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    const ImportSummary& s = summary.value();
    QCOMPARE(int(s.preset), preset);
    QCOMPARE(s.encoding, encoding);
    QCOMPARE(s.delimiterText(), delimiter);
    QCOMPARE(countsOf(s), counts);
    QCOMPARE(linesOf(s.errors), errorLines);
    QCOMPARE(s.rows, s.imported + s.updated + s.duplicates + s.invalid);
    for (const ImportIssue& issue : s.errors) {
        QVERIFY2(!issue.reason.isEmpty(), qPrintable(QString::number(issue.line)));
    }

    const Database& db = ws.database();
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts"_s), s.imported);
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts_fts"_s), s.imported);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    for (const QString& phone : column(db, u"SELECT phone FROM contacts"_s)) {
        QVERIFY2(e164.match(phone).hasMatch(), qPrintable(phone));
    }
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events WHERE action = 'opt_in'"_s), consent.at(0));
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events WHERE action = 'opt_out'"_s), consent.at(1));
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_in'"_s), consent.at(0));
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_out'"_s), consent.at(1));

    // The preview announces the same rows as the import takes.
    auto preview = ContactImporter::preview(options(real(file), region), 100);
    QVERIFY(preview.ok());
    QCOMPARE(preview->format.encoding, encoding);
    QCOMPARE(preview->rows.size(), s.rows);
    QList<qint64> previewErrors;
    for (const ImportPreviewRow& row : preview->rows) {
        if (!row.error.isEmpty()) {
            previewErrors.append(row.line);
        }
    }
    std::sort(previewErrors.begin(), previewErrors.end());
    QCOMPARE(previewErrors, errorLines);
}

void TestImportRealFiles::encodedText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("expected"); // first name|last name|city|consent

    QTest::newRow("utf-16be") << u"utf16be_bom.csv"_s << u"RO"_s << u"+40712345690"_s
                              << u"Ștefan|Țăranu|Brașov|opted_in"_s;
    QTest::newRow("utf-16be national") << u"utf16be_bom.csv"_s << u"RO"_s << u"+40712345691"_s
                                       << u"Ioana|Mănescu|Timișoara|opted_out"_s;
    QTest::newRow("utf-16le full name") << u"utf16le_nobom.csv"_s << QString() << u"+447400123460"_s
                                        << u"Alice|Walker|London|opted_in"_s;
    QTest::newRow("windows-1252 french") << u"cp1252_semicolon.csv"_s << u"FR"_s << u"+33612345679"_s
                                         << u"François|Lefèvre|Besançon|opted_in"_s;
    QTest::newRow("windows-1252 german") << u"cp1252_semicolon.csv"_s << u"FR"_s << u"+4915123456780"_s
                                         << u"Jürgen|Müßig|Köln|opted_out"_s;
    QTest::newRow("windows-1252 danish") << u"cp1252_semicolon.csv"_s << u"FR"_s << u"+4520123456"_s
                                         << u"Søren|Åkesson|Århus|opted_in"_s;
    QTest::newRow("utf-8 russian") << u"utf8_nobom_russian.csv"_s << u"RU"_s << u"+79163456780"_s
                                   << u"Дмитрий|Соколов|Казань|opted_in"_s;
    QTest::newRow("utf-8 russian trunk prefix")
        << u"utf8_nobom_russian.csv"_s << u"RU"_s << u"+79163456781"_s << u"Ольга|Кузнецова|Самара|opted_out"_s;
}

void TestImportRealFiles::encodedText()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    QFETCH(QString, phone);
    QFETCH(QString, expected);
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QVERIFY(import(ws.database(), options(real(file), region)).ok());
    QCOMPARE(text(ws.database(),
                 u"SELECT first_name || '|' || last_name || '|' || city || '|' || marketing_consent FROM contacts "
                 "WHERE phone = ?"_s,
                 {phone}),
        expected);
    // No replacement characters: every byte was decoded in the detected encoding.
    QCOMPARE(
        count(ws.database(), u"SELECT count(*) FROM contacts WHERE instr(first_name || last_name || city, ?) > 0"_s,
            {QString(QChar::ReplacementCharacter)}),
        0);
}

void TestImportRealFiles::shopifyApostrophes()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto preview = ContactImporter::preview(options(real(u"shopify_apostrophes.csv"_s)), 0);
    QVERIFY(preview.ok());
    QCOMPARE(preview->mapping.preset, ImportPreset::ShopifyCurrent);
    // Keep the Customer ID as a custom field to see its ' go.
    ImportOptions o = options(real(u"shopify_apostrophes.csv"_s));
    o.mapping = preview->mapping;
    o.mapping->setRole(0, ContactField::Custom, u"shopify_id"_s);
    auto summary = import(ws.database(), o);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {3, 3, 0, 0, 0, 0}));
    // '10.00, '1 and '2 are numbers like any other.
    QCOMPARE(summary->warningCount, 0);
    const Database& db = ws.database();
    QCOMPARE(column(db, u"SELECT phone FROM contacts ORDER BY id"_s),
        (QStringList {u"+48601111001"_s, u"+48601111002"_s, u"+40712345693"_s}));
    QCOMPARE(column(db,
                 u"SELECT f.value FROM contact_fields f JOIN contacts c ON c.id = f.contact_id "
                 "WHERE f.name = 'shopify_id' ORDER BY c.id"_s),
        (QStringList {u"7012345678911"_s, u"7012345678912"_s, u"7012345678913"_s}));
    QCOMPARE(column(db, u"SELECT total_spent_micros || '/' || orders_count FROM contacts ORDER BY id"_s),
        (QStringList {u"10000000/1"_s, u"0/0"_s, u"5500000/2"_s}));
    // The number without a country code took the row's country (RO), not a default.
    QCOMPARE(text(db, u"SELECT country || '|' || city FROM contacts WHERE phone = '+40712345693'"_s), u"RO|Iași"_s);
    QCOMPARE(column(db, u"SELECT marketing_consent FROM contacts ORDER BY id"_s),
        (QStringList {u"opted_in"_s, u"opted_out"_s, u"opted_in"_s}));
}

void TestImportRealFiles::duplicateSpellings()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    const ImportOptions o = options(real(u"duplicates_formats.csv"_s), u"PL"_s);
    auto preview = ContactImporter::preview(o, 100);
    QVERIFY(preview.ok());
    QCOMPARE(preview->rows.size(), 17);
    for (int i = 0; i < 14; ++i) {
        const ImportPreviewRow& row = preview->rows.at(i);
        QCOMPARE(row.contact.phone, u"+48601234570"_s);
        QCOMPARE(row.duplicate, i > 0);
        QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
    }
    QCOMPARE(preview->rows.at(16).error, u"not a valid number for its country (“601 234 570”)"_s);

    auto summary = import(ws.database(), o);
    QVERIFY(summary.ok());
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {17, 3, 0, 13, 1, 0}));
    const Database& db = ws.database();
    QCOMPARE(column(db, u"SELECT phone || ' ' || first_name FROM contacts ORDER BY id"_s),
        (QStringList {u"+48601234570 D01"_s, u"+48601234571 Other"_s, u"+40712345694 Romania"_s}));

    // Again, into the workspace that has them: all but the invalid row are duplicates.
    auto again = import(ws.database(), o);
    QVERIFY(again.ok());
    QCOMPARE(countsOf(again.value()), (QList<qint64> {17, 0, 0, 16, 1, 0}));
    ImportOptions update = o;
    update.onDuplicate = DuplicatePolicy::Update;
    auto updated = import(ws.database(), update);
    QVERIFY(updated.ok());
    QCOMPARE(countsOf(updated.value()), (QList<qint64> {17, 0, 0, 16, 1, 0}));
    QCOMPARE(count(db, u"SELECT count(*) FROM contacts"_s), 3);
}

void TestImportRealFiles::injectionPayloads()
{
    QTemporaryDir dir;
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto summary = import(ws.database(), options(real(u"injection_payloads.csv"_s)));
    QVERIFY(summary.ok());
    const QList<ImportIssue>& errors = summary->errors;
    QCOMPARE(errors.size(), 6);
    QCOMPARE(errors.at(0).reason, u"a spreadsheet formula, not a phone number (“=cmd|' /C calc'!A0”)"_s);
    QCOMPARE(errors.at(1).reason, u"a spreadsheet formula, not a phone number (“=48608100008”)"_s);
    QCOMPARE(errors.at(2).reason, u"a spreadsheet formula, not a phone number (“@48608100009”)"_s);
    QCOMPARE(errors.at(3).reason, u"not a phone number (“+cmd|' /C calc'!A0”)"_s);
    QVERIFY2(errors.at(4).reason.startsWith(u"the number is in scientific notation (4.8608100011E+10): the "
                                            "spreadsheet has lost its last digits."_s),
        qPrintable(errors.at(4).reason));
    QVERIFY2(errors.at(5).reason.startsWith(u"the number is in scientific notation (4,8608100012E+10)"_s),
        qPrintable(errors.at(5).reason));

    // Only the six real numbers became phones; the payloads stay text where they were.
    const Database& db = ws.database();
    QCOMPARE(column(db, u"SELECT phone FROM contacts ORDER BY phone"_s),
        (QStringList {u"+48608100001"_s, u"+48608100002"_s, u"+48608100003"_s, u"+48608100004"_s, u"+48608100005"_s,
            u"+48608100006"_s}));
    QCOMPARE(text(db, u"SELECT first_name FROM contacts WHERE phone = '+48608100001'"_s), u"=cmd|' /C calc'!A0"_s);
    QCOMPARE(text(db, u"SELECT city FROM contacts WHERE phone = '+48608100003'"_s), u"@SUM(1+1)*cmd|' /C calc'!A0"_s);
    // Surrounding whitespace (the TAB, the CR) is trimmed like in any cell.
    QCOMPARE(text(db, u"SELECT last_name FROM contacts WHERE phone = '+48608100005'"_s), u"=cmd|' /C calc'!A0"_s);
    QCOMPARE(text(db, u"SELECT last_name FROM contacts WHERE phone = '+48608100006'"_s), u"=cmd|' /C calc'!A0"_s);

    // Exported, no cell starts like a formula; the file imports back to the same text.
    const QString path = dir.filePath(u"export.csv"_s);
    auto exported = ContactExporter(db).exportCsv(path);
    QVERIFY(exported.ok());
    QCOMPARE(exported.value(), 6);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvFormat format;
    format.hasBom = true;
    CsvReader reader(&file, format);
    QVERIFY(!reader.header().isEmpty());
    CsvRecord record;
    int records = 0;
    int neutralised = 0;
    while (reader.readRecord(record)) {
        ++records;
        for (const QString& cell : std::as_const(record.fields)) {
            QVERIFY2(!ImportValues::startsLikeFormula(cell), qPrintable(cell));
            neutralised += cell.startsWith(u"'="_s) || cell.startsWith(u"'@"_s) || cell.startsWith(u"'-"_s) ? 1 : 0;
        }
    }
    QCOMPARE(records, 6);
    QCOMPARE(reader.errorCount(), 0);
    // =cmd ×3, -2+3 ×2, @SUM ×2, =1+1 (the phones' '+ are not counted here).
    QCOMPARE(neutralised, 8);
    file.close();

    Test::TempWorkspace back;
    QVERIFY(back.isOpen());
    auto reimported = import(back.database(), options(path));
    QVERIFY2(reimported.ok(), qPrintable(reimported.errorMessage()));
    QCOMPARE(countsOf(reimported.value()), (QList<qint64> {6, 6, 0, 0, 0, 0}));
    const QString names = u"SELECT phone || '|' || first_name || '|' || last_name || '|' || city FROM contacts "
                          "ORDER BY phone"_s;
    QCOMPARE(column(back.database(), names), column(db, names));
}

void TestImportRealFiles::raggedRowsAndQuotes()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    ImportOptions o = options(real(u"ragged_multiline.csv"_s));
    o.rejectedPath = dir.filePath(u"rejected.csv"_s);
    auto summary = import(ws.database(), o);
    QVERIFY(summary.ok());
    const QList<ImportIssue> expected = {
        {4, u"The row has 2 fields, but the header has 3."_s},
        {5, u"The row has 4 fields, but the header has 3."_s},
        {6,
            u"A quote character appears inside a field that does not start with a quote. Quote the whole field "
            "and double the inner quote (\"\")."_s},
        {10, u"A quoted field starts here but its closing quote is missing."_s},
    };
    QCOMPARE(summary->errors, expected);
    // The row after the unclosed quote is read again from its own line.
    QCOMPARE(column(ws.database(), u"SELECT first_name FROM contacts ORDER BY id"_s),
        (QStringList {u"A"_s, u"E"_s, u"G"_s}));
    // Every rejected row is in the rejected-rows file with its line and reason.
    const QStringList lines = QString::fromUtf8(readAll(o.rejectedPath).mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines.at(0), u"Name,Phone,Notes,Line,Reason"_s);
    QCOMPARE(lines.at(1), u",,,4,\"The row has 2 fields, but the header has 3.\""_s);
    QVERIFY(lines.at(4).startsWith(u",,,10,"_s));
}

void TestImportRealFiles::consentWords_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("columnName");
    QTest::newRow("Accepts SMS Marketing") << u"consent_accepts_sms.csv"_s << u"Accepts SMS Marketing"_s;
    QTest::newRow("SMS Opt-In") << u"consent_sms_opt_in.csv"_s << u"SMS Opt-In"_s;
    QTest::newRow("Zgoda na SMS") << u"consent_zgoda.csv"_s << u"Zgoda na SMS"_s;
}

void TestImportRealFiles::consentWords()
{
    QFETCH(QString, file);
    QFETCH(QString, columnName);
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    const Database& db = ws.database();
    // The "yes" row's number opted out by text earlier: it stays out.
    QVERIFY(Suppression(db).add(u"+48602000001"_s, u"stop"_s, u"inbound: STOP"_s).ok());
    auto summary = import(ws.database(), options(real(file)));
    QVERIFY(summary.ok());
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {12, 12, 0, 0, 0, 1}));
    QCOMPARE(summary->warningCount, 1);
    QCOMPARE(summary->warnings.constFirst().line, 12);
    QVERIFY2(summary->warnings.constFirst().reason.startsWith(u"%1 “maybe”"_s.arg(columnName)),
        qPrintable(summary->warnings.constFirst().reason));

    const QStringList expected = {
        u"+48602000001 opted_out"_s, // yes, but suppressed
        u"+48602000002 opted_in"_s, // true
        u"+48602000003 opted_in"_s, // tak
        u"+48602000004 opted_in"_s, // da
        u"+48602000005 opted_in"_s, // да
        u"+48602000006 opted_out"_s, // no
        u"+48602000007 opted_out"_s, // false
        u"+48602000008 opted_out"_s, // nie
        u"+48602000009 opted_out"_s, // nu
        u"+48602000010 opted_out"_s, // нет
        u"+48602000011 unknown"_s, // maybe
        u"+48602000012 unknown"_s, // empty
    };
    QCOMPARE(column(db, u"SELECT phone || ' ' || marketing_consent FROM contacts ORDER BY phone"_s), expected);
    // One ledger event per contact with a consent, worded after the file's column and value.
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events WHERE action = 'opt_in'"_s), 4);
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events WHERE action = 'opt_out'"_s), 6);
    QCOMPARE(text(db,
                 u"SELECT e.wording FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone = '+48602000005'"_s),
        u"%1: да"_s.arg(columnName));
    QCOMPARE(text(db,
                 u"SELECT e.evidence FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone = '+48602000001'"_s),
        u"suppression: stop"_s);

    // Updating from the same file does not opt the suppressed number in either.
    ImportOptions update = options(real(file));
    update.onDuplicate = DuplicatePolicy::Update;
    auto again = import(ws.database(), update);
    QVERIFY(again.ok());
    QCOMPARE(again->updated, 0);
    QCOMPARE(text(db, u"SELECT marketing_consent FROM contacts WHERE phone = '+48602000001'"_s), u"opted_out"_s);
    QCOMPARE(count(db,
                 u"SELECT count(*) FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
                 "WHERE c.phone = '+48602000001' AND e.action = 'opt_in'"_s),
        0);
    QCOMPARE(count(db, u"SELECT count(*) FROM consent_events"_s), 10);
}

void TestImportRealFiles::refusedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    const QString prefix = u"“%1” cannot be imported: "_s;
    QTest::newRow("bom only") << u"bom_only.csv"_s
                              << prefix.arg(u"bom_only.csv"_s)
            + u"The file contains no data, only empty lines or empty cells."_s;
    QTest::newRow("blank cells") << u"blank_cells.csv"_s
                                 << prefix.arg(u"blank_cells.csv"_s)
            + u"The file contains no data, only empty lines or empty cells."_s;
    QTest::newRow("header only utf-16") << u"header_only_utf16.csv"_s
                                        << prefix.arg(u"header_only_utf16.csv"_s)
            + u"The file contains only a header row and no contacts."_s;
    QTest::newRow("header only no newline")
        << u"header_only_no_newline.csv"_s
        << prefix.arg(u"header_only_no_newline.csv"_s) + u"The file contains only a header row and no contacts."_s;
    QTest::newRow("png") << u"binary_png.csv"_s
                         << prefix.arg(u"binary_png.csv"_s)
            + u"The file contains binary data (NUL bytes), so it is not a CSV text file."_s;
}

void TestImportRealFiles::refusedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QTemporaryDir dir;
    ImportOptions o = options(real(file), u"PL"_s);
    o.rejectedPath = dir.filePath(u"rejected.csv"_s);
    const QStringList before = snapshot(ws.database());
    auto summary = import(ws.database(), o);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.errorMessage(), message);
    QCOMPARE(ContactImporter::preview(o).errorMessage(), message);
    QCOMPARE(snapshot(ws.database()), before);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM contacts"_s), 0);
    QCOMPARE(count(ws.database(), u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'import_mapping:%'"_s), 0);
    QVERIFY(!QFile::exists(o.rejectedPath));
}

void TestImportRealFiles::invalidUtf16Units()
{
    // What SQLite cannot store as text is decoded as U+FFFD, in one go and byte by byte.
    const QByteArray bytes = QByteArray::fromHex("005a d800 0078 0059 dc00 0079 0057 ffff fffe 0077 d83d de00");
    const QString expected = u"Z\uFFFDxY\uFFFDyW\uFFFD\uFFFDw\U0001F600"_s;
    TextDecoder whole(u"UTF-16BE"_s);
    QString out = whole.decode(bytes);
    whole.finish(out);
    QCOMPARE(out, expected);
    QVERIFY(whole.hasErrors());
    TextDecoder byByte(u"UTF-16BE"_s);
    QString split;
    for (const char byte : bytes) {
        byByte.decode(QByteArrayView(&byte, 1), split);
    }
    byByte.finish(split);
    QCOMPARE(split, expected);
    TextDecoder utf8(u"UTF-8"_s);
    QCOMPARE(utf8.decode("a\xEF\xBF\xBF"
                         "b"),
        u"a\uFFFDb"_s);
    QVERIFY(utf8.hasErrors());
    // A byte order mark inside the text is dropped, not an error.
    TextDecoder bom(u"UTF-8"_s);
    QCOMPARE(bom.decode("a\xEF\xBB\xBF"
                        "b"),
        u"ab"_s);
    QVERIFY(!bom.hasErrors());
    TextDecoder valid(u"UTF-16LE"_s);
    QCOMPARE(valid.decode(QByteArray::fromHex("3dd8 00de 6100")), u"\U0001F600a"_s);
    QVERIFY(!valid.hasErrors());

    // fuzz_importer found these making every re-import "update" the contact: the names read back
    // from SQLite differed from the file's. Now the import stores what it read, and again is a no-op.
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    const ImportOptions o = options(real(u"utf16be_invalid_units.csv"_s));
    auto summary = import(ws.database(), o);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {4, 4, 0, 0, 0, 0}));
    QCOMPARE(column(ws.database(), u"SELECT first_name FROM contacts ORDER BY id"_s),
        (QStringList {u"Z\uFFFDx"_s, u"Y\uFFFDy"_s, u"W\uFFFDw"_s, u"V\U0001F600v"_s}));
    ImportOptions update = o;
    update.onDuplicate = DuplicatePolicy::Update;
    const QStringList before = snapshot(ws.database());
    auto again = import(ws.database(), update);
    QVERIFY(again.ok());
    QCOMPARE(countsOf(again.value()), (QList<qint64> {4, 0, 0, 4, 0, 0}));
    QCOMPARE(snapshot(ws.database()), before);
}

void TestImportRealFiles::longerThanE164()
{
    // fuzz_importer found "+49486071253473456" stored as a phone: valid for libphonenumber's German
    // metadata, but 17 digits where E.164 allows 15.
    QCOMPARE(
        PhoneNumbers::normalize(u"+49486071253473456"_s, QString()).errorMessage(), u"too long to be a phone number"_s);
    QCOMPARE(
        PhoneNumbers::normalize(u"+4930123456789012"_s, QString()).errorMessage(), u"too long to be a phone number"_s);
    QCOMPARE(PhoneNumbers::normalize(u"+49 1512 3456781"_s, QString()).value().e164, u"+4915123456781"_s);

    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto summary = import(ws.database(), options(real(u"too_long_numbers.csv"_s), u"DE"_s));
    QVERIFY(summary.ok());
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {4, 2, 0, 0, 2, 0}));
    const QList<ImportIssue> expected = {
        {2, u"too long to be a phone number (“48 (607) 12keis3-456”)"_s},
        {4, u"too long to be a phone number (“+4930123456789012”)"_s},
    };
    QCOMPARE(summary->errors, expected);
    QCOMPARE(column(ws.database(), u"SELECT phone FROM contacts ORDER BY id"_s),
        (QStringList {u"+493012345678"_s, u"+4915123456781"_s}));
}

void TestImportRealFiles::joinedExports()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    const ImportOptions o = options(real(u"joined_exports.csv"_s));
    auto summary = import(ws.database(), o);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {4, 3, 0, 0, 1, 0}));
    QCOMPARE(linesOf(summary->errors), (QList<qint64> {4}));
    QCOMPARE(summary->errors.constFirst().reason, u"not a phone number (“Phone”)"_s);
    QCOMPARE(column(ws.database(), u"SELECT first_name || '|' || last_name || '|' || city FROM contacts ORDER BY id"_s),
        (QStringList {u"Ala|Nowak|Opole"_s, u"Ola||Nysa"_s, u"Ela|Lis|Brzeg"_s}));
    // What was stored is what the file said: updating from it again changes nothing.
    ImportOptions update = o;
    update.onDuplicate = DuplicatePolicy::Update;
    const QStringList before = snapshot(ws.database());
    auto again = import(ws.database(), update);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(countsOf(again.value()), (QList<qint64> {4, 0, 0, 3, 1, 0}));
    QCOMPARE(snapshot(ws.database()), before);
}

void TestImportRealFiles::oneWordNameUpdated()
{
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QVERIFY(import(ws.database(), options(real(u"one_word_name_before.csv"_s))).ok());
    ImportOptions update = options(real(u"one_word_name_after.csv"_s));
    update.onDuplicate = DuplicatePolicy::Update;
    auto summary = import(ws.database(), update);
    QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
    QCOMPARE(countsOf(summary.value()), (QList<qint64> {1, 0, 1, 0, 0, 0}));
    QCOMPARE(
        text(ws.database(), u"SELECT first_name || '|' || last_name || '|' || city FROM contacts"_s), u"Anna||Sopot"_s);
}

QTEST_GUILESS_MAIN(TestImportRealFiles)
#include "TestImportRealFiles.moc"
