// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvTestSupport.h"

#include <QBuffer>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::CsvTest;

namespace
{

const QStringList polishHeader {u"first_name"_s, u"last_name"_s, u"phone"_s, u"city"_s};
const QStringList basicHeader {u"name"_s, u"phone"_s, u"city"_s};

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void decodedFields_data();
    void decodedFields();
    void quotedMultiLineFields();
    void lineEndings_data();
    void lineEndings();
    void brokenRows_data();
    void brokenRows();
    void errorMessages();
    void chunkBoundaries_data();
    void chunkBoundaries();
    void largeFileAcrossChunks();
    void progress();
    void errorHandlerAndCap();
};

void TestCsvReader::decodedFields_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("last");
    QTest::addColumn<int>("count");

    const QStringList polishFirst {u"Zażółć"_s, u"Gęślą"_s, u"+48601234567"_s, u"Łódź"_s};
    const QStringList polishLast {u"Jędrzej"_s, u"Świątek"_s, u"+48603456789"_s, u"Gdańsk"_s};
    QTest::newRow("utf-8") << u"utf8.csv"_s << polishHeader << polishFirst << polishLast << 3;
    QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << polishHeader << polishFirst << polishLast << 3;
    QTest::newRow("utf-16le bom") << u"utf16le_bom.csv"_s << polishHeader << polishFirst << polishLast << 3;
    QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << polishHeader << polishFirst << polishLast << 3;
    QTest::newRow("polish excel") << u"cp1250_excel.csv"_s
                                  << QStringList {u"Imię"_s, u"Nazwisko"_s, u"Telefon"_s, u"Miasto"_s, u"Kwota"_s}
                                  << QStringList {u"Łukasz"_s, u"Wiśniewski"_s, u"601 234 567"_s, u"Łódź"_s, u"12,50"_s}
                                  << QStringList {u"Ździsław"_s, u"Pączek"_s, u"605 678 901"_s, u"Kraków"_s, u"0,50"_s}
                                  << 5;
    QTest::newRow("russian") << u"cp1251_russian.csv"_s
                             << QStringList {u"Имя"_s, u"Фамилия"_s, u"Телефон"_s, u"Город"_s}
                             << QStringList {u"Александр"_s, u"Чайковский"_s, u"+79161234567"_s, u"Москва"_s}
                             << QStringList {u"Екатерина"_s, u"Воробьёва"_s, u"+79164567890"_s, u"Екатеринбург"_s} << 4;
    QTest::newRow("western") << u"cp1252_western.csv"_s << QStringList {u"Name"_s, u"Surname"_s, u"Phone"_s, u"City"_s}
                             << QStringList {u"José"_s, u"Müller"_s, u"+4915112345678"_s, u"München"_s}
                             << QStringList {u"Renée"_s, u"Kühn"_s, u"+4915312345678"_s, u"Köln"_s} << 4;
    QTest::newRow("tab") << u"tab.csv"_s << basicHeader << QStringList {u"Anna"_s, u"+48601234567"_s, u"Warszawa"_s}
                         << QStringList {u"Zofia"_s, u"+48603456789"_s, u"Gdańsk"_s} << 3;
    QTest::newRow("pipe") << u"pipe.csv"_s << basicHeader << QStringList {u"Anna"_s, u"+48601234567"_s, u"Warszawa"_s}
                          << QStringList {u"Nowak | Jan"_s, u"+48604567890"_s, u"Łódź, centrum"_s} << 4;
    QTest::newRow("no header") << u"no_header.csv"_s << QStringList()
                               << QStringList {u"Anna"_s, u"+48601234567"_s, u"Warszawa"_s}
                               << QStringList {u"Piotr"_s, u"+48602345678"_s, u"Kraków"_s} << 2;
}

void TestCsvReader::decodedFields()
{
    QFETCH(QString, file);
    QFETCH(QStringList, header);
    QFETCH(QStringList, first);
    QFETCH(QStringList, last);
    QFETCH(int, count);

    const ReadResult result = readFile(file);
    QCOMPARE(result.header, header); // no BOM in the first name
    QCOMPARE(result.records.size(), count);
    QCOMPARE(result.records.constFirst().fields, first);
    QCOMPARE(result.records.constLast().fields, last);
    QVERIFY(result.errors.isEmpty());
    QCOMPARE(result.records.constFirst().line, header.isEmpty() ? 1 : 2);
}

void TestCsvReader::quotedMultiLineFields()
{
    const ReadResult result = readFile(u"multiline.csv"_s);
    QCOMPARE(result.header, (QStringList {u"name"_s, u"note"_s, u"phone"_s}));
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[0].fields,
        (QStringList {u"Kowalski, Jan"_s, u"first line\nsecond line\nthird \"quoted\" line"_s, u"+48601234567"_s}));
    QCOMPARE(result.records[1].fields, (QStringList {u"Nowak"_s, u"say \"hi\""_s, u"+48602345678"_s}));
    QCOMPARE(result.records[2].fields, (QStringList {QString(), QString(), u"+48603456789"_s}));
    // Line breaks inside the quoted field count as physical lines.
    QCOMPARE(recordLines(result.records), (QList<qint64> {2, 5, 6}));
    QVERIFY(result.errors.isEmpty());
}

void TestCsvReader::lineEndings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    const QList<QStringList> basic {{u"Anna"_s, u"+48601234567"_s, u"Warszawa"_s},
        {u"Piotr"_s, u"+48602345678"_s, u"Kraków"_s}, {u"Zofia"_s, u"+48603456789"_s, u"Gdańsk"_s}};
    QTest::newRow("cr only") << u"cr_only.csv"_s << basic << QList<qint64> {2, 3, 4};
    QTest::newRow("no final newline") << u"no_final_newline.csv"_s << basic << QList<qint64> {2, 3, 4};
    QTest::newRow("mixed") << u"mixed_endings.csv"_s
                           << QList<QStringList> {{u"Anna"_s, u"+48601234567"_s, u"Warszawa"_s},
                                  {u"Piotr\nPaweł"_s, u"+48602345678"_s, u"Kraków"_s},
                                  {u"Zofia"_s, u"+48603456789"_s, u"Gdańsk"_s},
                                  {u"Ewa"_s, u"+48604567890"_s, u"Poznań"_s}}
                           << QList<qint64> {2, 3, 5, 8};
}

void TestCsvReader::lineEndings()
{
    QFETCH(QString, file);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);

    const ReadResult result = readFile(file);
    QCOMPARE(result.header, basicHeader);
    QList<QStringList> fields;
    for (const CsvRecord& record : result.records) {
        fields.append(record.fields);
        for (const QString& field : record.fields) {
            QVERIFY2(!field.contains(u'\r'), qPrintable(field));
        }
    }
    QCOMPARE(fields, records);
    QCOMPARE(recordLines(result.records), lines);
    QVERIFY(result.errors.isEmpty());
}

void TestCsvReader::brokenRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<qint64>>("errorLines");
    QTest::addColumn<QStringList>("lastRecord");

    QTest::newRow("stray quote") << u"stray_quote.csv"_s << 3 << QList<qint64> {4, 5}
                                 << QStringList {u"Zofia"_s, u"+48605678901"_s};
    QTest::newRow("unclosed quote") << u"unclosed_quote.csv"_s << 49 << QList<qint64> {26}
                                    << QStringList {u"51"_s, u"Name 51"_s, u"+48600000051"_s};
    QTest::newRow("unclosed quote, long") << u"unclosed_quote_long.csv"_s << 299 << QList<qint64> {10}
                                          << QStringList {u"301"_s, u"Name 301"_s, u"+48600000301"_s};
    QTest::newRow("ragged") << u"ragged.csv"_s << 3 << QList<qint64> {3, 4}
                            << QStringList {u"Ewa"_s, u"+48605678901"_s, u"Poznań"_s};
}

void TestCsvReader::brokenRows()
{
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QList<qint64>, errorLines);
    QFETCH(QStringList, lastRecord);

    const ReadResult result = readFile(file);
    QCOMPARE(result.records.size(), count);
    QCOMPARE(CsvTest::errorLines(result.errors), errorLines);
    QCOMPARE(result.records.constLast().fields, lastRecord);
    for (const CsvError& error : result.errors) {
        QVERIFY(!error.reason.isEmpty());
    }
}

void TestCsvReader::errorMessages()
{
    ReadResult result = readFile(u"unclosed_quote.csv"_s);
    // The record after the broken line is read, and the one before is intact.
    QCOMPARE(result.records[23].fields, (QStringList {u"25"_s, u"Name 25"_s, u"+48600000025"_s}));
    QCOMPARE(result.records[24].fields, (QStringList {u"27"_s, u"Name 27"_s, u"+48600000027"_s}));
    QCOMPARE(result.records[24].line, 27);
    QCOMPARE(CsvReader::errorMessage(result.errors.constFirst()),
        u"Line 26: A quoted field starts here but its closing quote is missing."_s);

    result = readFile(u"unclosed_quote_long.csv"_s);
    QCOMPARE(result.records[8].line, 11);
    QCOMPARE(result.errors.constFirst().reason,
        u"A quoted field starts here and is still open after 100 line(s); the closing quote is probably "
        u"missing."_s);

    result = readFile(u"ragged.csv"_s);
    QCOMPARE(result.errors[0].reason, u"The row has 2 fields, but the header has 3."_s);
    QCOMPARE(result.errors[1].reason, u"The row has 4 fields, but the header has 3."_s);
    // Trailing empty cells are dropped rather than reported.
    QCOMPARE(result.records[1].fields, (QStringList {u"Marek"_s, u"+48604567890"_s, u"Gdańsk"_s}));

    result = readFile(u"stray_quote.csv"_s);
    QVERIFY(result.errors[0].reason.startsWith(u"A quote character appears inside a field"_s));
    QVERIFY(result.errors[1].reason.startsWith(u"Unexpected text after a closing quote."_s));
}

void TestCsvReader::chunkBoundaries_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : {u"utf8.csv"_s, u"utf8_bom.csv"_s, u"utf16le_bom.csv"_s, u"utf16be_bom.csv"_s,
             u"cp1250_excel.csv"_s, u"cp1251_russian.csv"_s, u"multiline.csv"_s, u"mixed_endings.csv"_s,
             u"cr_only.csv"_s, u"stray_quote.csv"_s, u"unclosed_quote.csv"_s, u"ragged.csv"_s, u"pipe.csv"_s}) {
        QTest::newRow(qPrintable(file)) << file;
    }
}

// Every split of the input (inside a multi-byte character, between CR and LF, between the two
// quotes of a doubled quote) must give the same records and errors as reading it whole.
void TestCsvReader::chunkBoundaries()
{
    QFETCH(QString, file);

    const ReadResult whole = readFile(file);
    QVERIFY(!whole.records.isEmpty());
    for (const qsizetype chunk : {1, 2, 3, 5, 7, 64}) {
        const ReadResult split = readFile(file, chunk);
        QCOMPARE(split.header, whole.header);
        QCOMPARE(split.records.size(), whole.records.size());
        for (qsizetype i = 0; i < whole.records.size(); ++i) {
            QCOMPARE(split.records[i].fields, whole.records[i].fields);
            QCOMPARE(split.records[i].line, whole.records[i].line);
        }
        QCOMPARE(errorLines(split.errors), errorLines(whole.errors));
    }
}

void TestCsvReader::largeFileAcrossChunks()
{
    // ~300 KiB of CRLF rows with multi-byte text, a quoted multi-line field every 100 rows and
    // an unclosed quote in the middle, so chunk boundaries fall everywhere.
    QByteArray data = "name,note,phone\r\n";
    const int rows = 5000;
    qint64 line = 2;
    QList<qint64> expectedLines;
    qint64 brokenLine = 0;
    for (int i = 0; i < rows; ++i) {
        expectedLines.append(line);
        if (i == 2500) {
            data += "Zażółć \"gęślą,jaźń,+48" + QByteArray::number(600000000 + i) + "\r\n";
            expectedLines.removeLast();
            brokenLine = line++;
            continue;
        }
        if (i % 100 == 0) {
            data += "\"Łukasz " + QByteArray::number(i) + "\",\"wiersz 1\r\nwiersz 2\",+48"
                + QByteArray::number(600000000 + i) + "\r\n";
            line += 2;
        } else {
            data += "Żaneta " + QByteArray::number(i) + ",Kraków Łódź Gdańsk Świnoujście,+48"
                + QByteArray::number(600000000 + i) + "\r\n";
            ++line;
        }
    }
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ReadResult result = readDevice(&buffer, 4096 + 1);
    QCOMPARE(result.records.size(), rows - 1);
    QCOMPARE(recordLines(result.records), expectedLines);
    QCOMPARE(brokenLine, 2 + 2500 + 25);
    QCOMPARE(errorLines(result.errors), (QList<qint64> {brokenLine}));
    QCOMPARE(result.records[100].fields, (QStringList {u"Łukasz 100"_s, u"wiersz 1\nwiersz 2"_s, u"+48600000100"_s}));
    QCOMPARE(result.records[101].fields,
        (QStringList {u"Żaneta 101"_s, u"Kraków Łódź Gdańsk Świnoujście"_s, u"+48600000101"_s}));
    QCOMPARE(result.bytesRead, data.size());
}

void TestCsvReader::progress()
{
    const ReadResult result = readFile(u"unclosed_quote_long.csv"_s, 512);
    QCOMPARE(result.totalBytes, QFileInfo(dataPath(u"unclosed_quote_long.csv"_s)).size());
    QCOMPARE(result.bytesRead, result.totalBytes);
}

void TestCsvReader::errorHandlerAndCap()
{
    // Every data row is broken: errors beyond the cap are counted but not stored.
    QByteArray data = "a,b\n";
    const int broken = int(CsvReader::MaxStoredErrors) + 50;
    for (int i = 0; i < broken; ++i) {
        data += "x\"y,1\n";
    }
    data += "ok,2\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, CsvFormat());
    qint64 handled = 0;
    qint64 lastLine = 0;
    reader.setErrorHandler([&](const CsvError& error) {
        ++handled;
        lastLine = error.line;
    });
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.fields, (QStringList {u"ok"_s, u"2"_s}));
    QCOMPARE(record.line, broken + 2);
    QVERIFY(!reader.readRecord(record));
    QVERIFY(reader.atEnd());
    QCOMPARE(handled, broken);
    QCOMPARE(lastLine, broken + 1);
    QCOMPARE(reader.errorCount(), broken);
    QCOMPARE(reader.errors().size(), CsvReader::MaxStoredErrors);
    QCOMPARE(reader.takeErrors().size(), CsvReader::MaxStoredErrors);
    QVERIFY(reader.errors().isEmpty());
    QCOMPARE(reader.recordCount(), 1);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
