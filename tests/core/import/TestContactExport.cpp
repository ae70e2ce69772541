// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportTestSupport.h"
#include "contacts/ContactExporter.h"
#include "contacts/CsvWriter.h"
#include "contacts/ImportValues.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::ImportTest;

class TestContactExport final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripChangesNothing();
    void formulasNeutralised();
    void filteredExport();
    void csvWriterQuoting();

private:
    // Several presets, encodings, tags, birthdays, consent states and custom fields.
    static bool fillWorkspace(Database& database);
};

bool TestContactExport::fillWorkspace(Database& database)
{
    for (const auto& [file, region] : QList<std::pair<QString, QString>> {
             {u"shopify_current.csv"_s, QString()},
             {u"google_contacts.csv"_s, QString()},
             {u"english_bom.csv"_s, QString()},
             {u"polish_cp1250.csv"_s, u"PL"_s},
             {u"woocommerce.csv"_s, QString()},
         }) {
        if (!import(database, options(fixture(file), region)).ok()) {
            return false;
        }
    }
    auto preview = ContactImporter::preview(options(fixture(u"multiline.csv"_s)), 0);
    if (!preview) {
        return false;
    }
    ImportOptions o = options(fixture(u"multiline.csv"_s));
    o.mapping = preview->mapping;
    o.mapping->setRole(2, ContactField::Custom, u"notes"_s);
    return import(database, o).ok();
}

void TestContactExport::roundTripChangesNothing()
{
    QTemporaryDir dir;
    Test::TempWorkspace first;
    QVERIFY(first.isOpen());
    QVERIFY(fillWorkspace(first.database()));
    const qint64 contacts = count(first.database(), u"SELECT count(*) FROM contacts"_s);
    QCOMPARE(contacts, 20);

    const QString exportA = dir.filePath(u"a.csv"_s);
    auto written = ContactExporter(first.database()).exportCsv(exportA);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QCOMPARE(written.value(), contacts);
    const QByteArray bytesA = readAll(exportA);
    QVERIFY(bytesA.startsWith("\xEF\xBB\xBF"
                              "Phone,First Name,Last Name,Email,Country,City,Language,Time Zone,Birthday,Total Spent,"
                              "Currency,Orders,Last Order,SMS Consent,SMS Consent Date,Tags,notes\r\n"));
    QVERIFY(bytesA.contains("\r\n'+48601234567,Anna,Kowalska,anna@example.com,PL,Warszawa,,,,123.45,,3,,yes,"));

    // Importing the export into the same workspace changes nothing, with either policy.
    const QStringList before = snapshot(first.database());
    for (const DuplicatePolicy policy : {DuplicatePolicy::Update, DuplicatePolicy::Skip}) {
        ImportOptions o = options(exportA);
        o.onDuplicate = policy;
        auto summary = import(first.database(), o);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(summary->preset, ImportPreset::Herald);
        QCOMPARE(
            (QList<qint64> {summary->rows, summary->imported, summary->updated, summary->duplicates, summary->invalid}),
            (QList<qint64> {contacts, 0, 0, contacts, 0}));
        const QStringList after = snapshot(first.database());
        // The remembered mapping is the only new row anywhere, and it is not in the snapshot.
        QCOMPARE(after, before);
    }

    // Into a new workspace and out again: the same file, byte for byte.
    Test::TempWorkspace second;
    QVERIFY(second.isOpen());
    auto summary = import(second.database(), options(exportA));
    QVERIFY(summary.ok());
    QCOMPARE(summary->imported, contacts);
    const QString exportB = dir.filePath(u"b.csv"_s);
    QVERIFY(ContactExporter(second.database()).exportCsv(exportB).ok());
    QCOMPARE(readAll(exportB), bytesA);
    // Consent keeps its time and state; the ledger says where it came from.
    QCOMPARE(text(second.database(),
                 u"SELECT group_concat(marketing_consent || '@' || consent_changed_at, ' ') FROM "
                 "(SELECT * FROM contacts ORDER BY phone)"_s),
        text(first.database(),
            u"SELECT group_concat(marketing_consent || '@' || consent_changed_at, ' ') FROM "
            "(SELECT * FROM contacts ORDER BY phone)"_s));
    QCOMPARE(count(second.database(), u"SELECT count(*) FROM consent_events WHERE source = 'import: a.csv'"_s),
        count(first.database(), u"SELECT count(*) FROM contacts WHERE marketing_consent <> 'unknown'"_s));
}

void TestContactExport::formulasNeutralised()
{
    QTemporaryDir dir;
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    auto preview = ContactImporter::preview(options(fixture(u"injection.csv"_s)), 0);
    QVERIFY(preview.ok());
    ImportOptions o = options(fixture(u"injection.csv"_s));
    o.mapping = preview->mapping;
    o.mapping->setRole(4, ContactField::Custom);
    auto summary = import(ws.database(), o);
    QVERIFY(summary.ok());
    QCOMPARE(summary->imported, 4);
    QCOMPARE(summary->errors.at(0).reason, u"a spreadsheet formula, not a phone number (“=48608000005”)"_s);
    QVERIFY(summary->errors.at(1).reason.startsWith(u"the number is in scientific notation (4.8608E+10)"_s));
    // The database keeps what the file said.
    QCOMPARE(text(ws.database(), u"SELECT first_name FROM contacts WHERE phone = '+48608000001'"_s),
        u"=HYPERLINK(\"http://evil.example\",\"click\")"_s);

    const QString path = dir.filePath(u"export.csv"_s);
    QVERIFY(ContactExporter(ws.database()).exportCsv(path).ok());
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.at(0), ColumnMapping::heraldColumns().join(u',') + u",Notes"_s);
    QCOMPARE(lines.at(1),
        u"'+48608000001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",Evil,,PL,'@SUM(A1),,,,0.00,"
        ",0,,,,,'-1+2"_s);
    QCOMPARE(lines.at(2), u"'+48608000002,'+cmd,|calc,,PL,Tabbed,,,,0.00,,0,,,,,'=1+1"_s);
    QCOMPARE(lines.at(4), u"'+48608000004,Dash,'-Lead,,PL,'-,,,,0.00,,0,,,,,'@"_s);
    // No cell of the file starts with a formula character.
    for (const QString& line : lines) {
        for (const QString& cell : line.split(u',')) {
            const QString value = cell.startsWith(u'"') ? cell.mid(1) : cell;
            QVERIFY2(!ImportValues::startsLikeFormula(value), qPrintable(line));
        }
    }
    // And it imports back to the same contacts.
    const QStringList before = snapshot(ws.database());
    auto back = import(ws.database(), options(path));
    QVERIFY(back.ok());
    QCOMPARE(back->duplicates, 4);
    QCOMPARE(back->invalid, 0);
    QCOMPARE(snapshot(ws.database()), before);
}

void TestContactExport::filteredExport()
{
    QTemporaryDir dir;
    Test::TempWorkspace ws;
    QVERIFY(ws.isOpen());
    QVERIFY(fillWorkspace(ws.database()));
    const QString path = dir.filePath(u"ro.csv"_s);
    auto written = ContactExporter(ws.database())
                       .exportCsv(path, u"c.country = ? AND c.marketing_consent = ?"_s, {u"RO"_s, u"opted_in"_s});
    QVERIFY(written.ok());
    QCOMPARE(written.value(), 1);
    const QStringList lines = QString::fromUtf8(readAll(path).mid(3)).split(u"\r\n"_s);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(1).startsWith(u"'+40712345678,Maria,Popescu,"_s));
    // No custom field among the exported contacts: no custom column.
    QCOMPARE(lines.at(0), ColumnMapping::heraldColumns().join(u','));

    auto bad = ContactExporter(ws.database()).exportCsv(dir.filePath(u"bad.csv"_s), u"c.nope = 1"_s);
    QVERIFY(!bad.ok());
    QVERIFY(!QFile::exists(dir.filePath(u"bad.csv"_s)));
}

void TestContactExport::csvWriterQuoting()
{
    QCOMPARE(CsvWriter::encodeCell(u"plain"_s), u"plain"_s);
    QCOMPARE(CsvWriter::encodeCell(u"a,b"_s), u"\"a,b\""_s);
    QCOMPARE(CsvWriter::encodeCell(u"say \"hi\""_s), u"\"say \"\"hi\"\"\""_s);
    QCOMPARE(CsvWriter::encodeCell(u"two\nlines"_s), u"\"two\nlines\""_s);
    QCOMPARE(CsvWriter::encodeCell(u"=1,2"_s), u"\"'=1,2\""_s);
    QCOMPARE(CsvWriter::encodeCell(u"\rx"_s), u"\"'\rx\""_s);
}

QTEST_GUILESS_MAIN(TestContactExport)
#include "TestContactExport.moc"
