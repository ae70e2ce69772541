// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The import/export commands of herald-cli (DESIGN §6), run as a user's script would.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{

QString fixture(const QString& name)
{
    return QStringLiteral(HERALD_TEST_DATA) + u"/import/"_s + name;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject json(const QByteArray& out)
{
    return QJsonDocument::fromJson(out.trimmed()).object();
}

} // namespace

class TestImportCli final : public QObject
{
    Q_OBJECT

private slots:
    void phone();
    void importJson();
    void importMapAndPolicy();
    void refusedFilesCreateNothing();
    void exportRoundTripAndErase();
    void badUsage();
};

void TestImportCli::phone()
{
    const Run run = cli({u"phone"_s, u"--region"_s, u"PL"_s},
        "+48 601 234 567\n601234567\n(201) 555-0123\tUS\n22 123 45 67\n4.8537906428E+10\n=1+2\n"
        "'+48601234567\n12\n\n");
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
        u"+48601234567\tmobile\n"
        "+48601234567\tmobile\n"
        "+12015550123\tfixed_line_or_mobile\n"
        "+48221234567\tfixed_line\n"
        "INVALID\tthe number is in scientific notation (4.8537906428E+10): the spreadsheet has lost its last "
        "digits. Format the column as text in the spreadsheet and export again\n"
        "INVALID\ta spreadsheet formula, not a phone number\n"
        "+48601234567\tmobile\n"
        "INVALID\tnot a valid number for its country\n"
        "INVALID\tno phone number\n"_s);

    const Run json = cli({u"--json"_s, u"phone"_s}, "+40712345678\n");
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.trimmed(),
        QByteArray(R"({"e164":"+40712345678","input":"+40712345678","region":"RO","type":"mobile"})"));
}

void TestImportCli::importJson()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"w.herald"_s);
    const Run run = cli({u"--db"_s, db, u"--json"_s, u"import"_s, fixture(u"shopify_current.csv"_s)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(),
        QByteArray(
            R"({"delimiter":",","duplicates":1,"encoding":"UTF-8","errors":[{"line":6,"reason":"no phone number"}],)"
            R"("imported":5,"invalid":1,"rows":7,"suppressed":0,"updated":0})"));
    const QJsonObject object = json(run.out);
    QCOMPARE(object.keys(),
        (QStringList {u"delimiter"_s, u"duplicates"_s, u"encoding"_s, u"errors"_s, u"imported"_s, u"invalid"_s,
            u"rows"_s, u"suppressed"_s, u"updated"_s}));

    const Run count = cli({u"--db"_s, db, u"--json"_s, u"contacts"_s, u"count"_s});
    QCOMPARE(count.out.trimmed(), QByteArray(R"({"count":5})"));

    // Text output: a readable summary.
    const Run text = cli({u"--db"_s, db, u"import"_s, fixture(u"shopify_legacy.csv"_s), u"--rejected"_s,
        dir.filePath(u"rejected.csv"_s)});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Imported: 4\n"), text.out.constData());
    QVERIFY(text.out.contains("Invalid: 1\n"));
    QVERIFY(text.out.contains("Line 6: the number is in scientific notation"));
    QVERIFY(QFile::exists(dir.filePath(u"rejected.csv"_s)));
}

void TestImportCli::importMapAndPolicy()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"w.herald"_s);
    const Run first = cli(
        {u"--db"_s, db, u"--json"_s, u"import"_s, fixture(u"multiline.csv"_s), u"--map"_s, u"Notes=custom:remark"_s});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(json(first.out).value(u"imported"_s).toInt(), 3);
    const Run show = cli({u"--db"_s, db, u"--json"_s, u"contacts"_s, u"export-person"_s, u"1"_s});
    QCOMPARE(show.exitCode, 0);
    QCOMPARE(json(show.out).value(u"custom_fields"_s).toObject().value(u"remark"_s).toString(),
        u"first line\nsecond line"_s);

    const Run skip
        = cli({u"--db"_s, db, u"--json"_s, u"import"_s, fixture(u"multiline.csv"_s), u"--on-duplicate"_s, u"skip"_s});
    QCOMPARE(json(skip.out).value(u"duplicates"_s).toInt(), 3);

    // A Polish file with local column names and no country codes.
    const Run polish = cli({u"--db"_s, db, u"--json"_s, u"import"_s, fixture(u"polish_cp1250.csv"_s), u"--region"_s,
        u"PL"_s, u"--preset"_s, u"generic"_s});
    QCOMPARE(polish.exitCode, 0);
    QCOMPARE(json(polish.out).value(u"encoding"_s).toString(), u"windows-1250"_s);
    QCOMPARE(json(polish.out).value(u"delimiter"_s).toString(), u";"_s);
    QCOMPARE(json(polish.out).value(u"imported"_s).toInt(), 3);
}

void TestImportCli::refusedFilesCreateNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"w.herald"_s);
    for (const QString& name : {u"empty.csv"_s, u"header_only.csv"_s, u"binary.csv"_s}) {
        const Run run = cli({u"--db"_s, db, u"import"_s, QStringLiteral(HERALD_TEST_DATA) + u'/' + name});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("cannot be imported"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
    QVERIFY(!QFile::exists(db));
    const Run missing = cli({u"--db"_s, db, u"import"_s, dir.filePath(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(!QFile::exists(db));
}

void TestImportCli::exportRoundTripAndErase()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"w.herald"_s);
    QCOMPARE(cli({u"--db"_s, db, u"import"_s, fixture(u"google_contacts.csv"_s)}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, db, u"import"_s, fixture(u"outlook.csv"_s)}).exitCode, 0);
    const QString out = dir.filePath(u"out.csv"_s);
    const Run exported = cli({u"--db"_s, db, u"--json"_s, u"export"_s, out});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(json(exported.out).value(u"exported"_s).toInt(), 5);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBFPhone,First Name,"));
    file.close();

    const Run back = cli({u"--db"_s, db, u"--json"_s, u"import"_s, out, u"--on-duplicate"_s, u"update"_s});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(json(back.out).value(u"duplicates"_s).toInt(), 5);
    QCOMPARE(json(back.out).value(u"updated"_s).toInt(), 0);

    const Run erase = cli({u"--db"_s, db, u"--json"_s, u"contacts"_s, u"erase"_s, u"2"_s});
    QCOMPARE(erase.exitCode, 0);
    QCOMPARE(erase.out.trimmed(), QByteArray(R"({"erased":2,"wal_truncated":true})"));
    QCOMPARE(cli({u"--db"_s, db, u"--json"_s, u"contacts"_s, u"count"_s}).out.trimmed(), QByteArray(R"({"count":4})"));
    const Run gone = cli({u"--db"_s, db, u"contacts"_s, u"export-person"_s, u"2"_s});
    QCOMPARE(gone.exitCode, 1);
    QVERIFY(gone.err.contains("There is no contact with id 2."));

    // Export of a saved segment needs a segment that exists.
    const Run noSegment = cli({u"--db"_s, db, u"export"_s, dir.filePath(u"s.csv"_s), u"--segment"_s, u"999"_s});
    QCOMPARE(noSegment.exitCode, 2);
    QVERIFY(!QFile::exists(dir.filePath(u"s.csv"_s)));
}

void TestImportCli::badUsage()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"w.herald"_s);
    const QString file = fixture(u"shopify_current.csv"_s);
    for (const QStringList& args : {
             QStringList {u"import"_s},
             QStringList {u"import"_s, file, u"--on-duplicate"_s, u"merge"_s},
             QStringList {u"import"_s, file, u"--preset"_s, u"excel"_s},
             QStringList {u"import"_s, file, u"--region"_s, u"XX"_s},
             QStringList {u"import"_s, file, u"--map"_s, u"Nope=phone"_s},
             QStringList {u"import"_s, file, u"--map"_s, u"Phone=nonsense"_s},
             QStringList {u"export"_s},
             QStringList {u"phone"_s, u"--region"_s, u"XX"_s},
             QStringList {u"contacts"_s, u"erase"_s},
             QStringList {u"contacts"_s, u"erase"_s, u"abc"_s},
         }) {
        const Run run = cli(QStringList {u"--db"_s, db} + args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
        QVERIFY(!run.err.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
