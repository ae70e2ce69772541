// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CsvTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::CsvTest;

class TestCsvSniffer final : public QObject
{
    Q_OBJECT

private slots:
    void sniff_data();
    void sniff();
    void detectShortSamples_data();
    void detectShortSamples();
    void unusableFiles_data();
    void unusableFiles();
    void encodingOverride();
    void utf16WithoutBom();
    void looksLikeHeader_data();
    void looksLikeHeader();
};

void TestCsvSniffer::sniff_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<bool>("header");

    QTest::newRow("utf-8") << u"utf8.csv"_s << u"UTF-8"_s << false << QChar(u',') << true;
    QTest::newRow("utf-8 bom") << u"utf8_bom.csv"_s << u"UTF-8"_s << true << QChar(u',') << true;
    QTest::newRow("utf-16le bom") << u"utf16le_bom.csv"_s << u"UTF-16LE"_s << true << QChar(u',') << true;
    QTest::newRow("utf-16be bom") << u"utf16be_bom.csv"_s << u"UTF-16BE"_s << true << QChar(u',') << true;
    QTest::newRow("polish excel") << u"cp1250_excel.csv"_s << u"windows-1250"_s << false << QChar(u';') << true;
    QTest::newRow("russian") << u"cp1251_russian.csv"_s << u"windows-1251"_s << false << QChar(u',') << true;
    QTest::newRow("western") << u"cp1252_western.csv"_s << u"windows-1252"_s << false << QChar(u',') << true;
    QTest::newRow("tab") << u"tab.csv"_s << u"UTF-8"_s << false << QChar(u'\t') << true;
    QTest::newRow("pipe") << u"pipe.csv"_s << u"UTF-8"_s << false << QChar(u'|') << true;
    QTest::newRow("no header") << u"no_header.csv"_s << u"UTF-8"_s << false << QChar(u';') << false;
    QTest::newRow("multi-line") << u"multiline.csv"_s << u"UTF-8"_s << false << QChar(u',') << true;
    QTest::newRow("cr only") << u"cr_only.csv"_s << u"UTF-8"_s << false << QChar(u',') << true;
    QTest::newRow("unclosed quote") << u"unclosed_quote.csv"_s << u"UTF-8"_s << false << QChar(u',') << true;
}

void TestCsvSniffer::sniff()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(bool, bom);
    QFETCH(QChar, delimiter);
    QFETCH(bool, header);

    QFile device(dataPath(file));
    QVERIFY(device.open(QIODevice::ReadOnly));
    Result<CsvFormat> format = CsvSniffer::sniff(&device);
    QVERIFY2(format.ok(), qPrintable(format.errorMessage()));
    QCOMPARE(format->encoding, encoding);
    QCOMPARE(format->hasBom, bom);
    QCOMPARE(format->delimiter, delimiter);
    QCOMPARE(format->hasHeader, header);
    QVERIFY(format->encodingConfidence > 0);
    QCOMPARE(device.pos(), 0); // sniffing only peeks
}

// A few names give ICU's statistics little to go on; the plausibility check must still pick the
// code page whose letters make sense.
void TestCsvSniffer::detectShortSamples_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("decoded");

    QTest::newRow("polish ó ę only") << QByteArray("Imie;Nazwisko\r\nJan;G\xf3rski\r\nEwa;K\xeasy\r\n")
                                     << u"windows-1250"_s << u"Jan Górski Ewa Kęsy"_s;
    QTest::newRow("polish 1250") << QByteArray("a,b\nZa\xbf\xf3\xb3\xe6,g\xea\x9c"
                                               "l\xb9\n")
                                 << u"windows-1250"_s << u"Zażółć gęślą"_s;
    QTest::newRow("polish iso-8859-2") << QByteArray(
        "imie,miasto\nZa\xbf\xf3\xb3\xe6 g\xea\xb6l\xb1 ja\xbc\xf1,\xa3\xf3"
        "d\xbc\n") << u"ISO-8859-2"_s << u"Zażółć gęślą jaźń Łódź"_s;
    QTest::newRow("russian") << QByteArray("name,city\n\xc0\xed\xed\xe0,\xcc\xee\xf1\xea\xe2\xe0\n")
                             << u"windows-1251"_s << u"Анна Москва"_s;
    QTest::newRow("french") << QByteArray("name,city\nFran\xe7ois,Besan\xe7on\nJos\xe9,M\xe1laga\n")
                            << u"windows-1252"_s << u"François Besançon José Málaga"_s;
    QTest::newRow("german") << QByteArray("Vorname;Stadt\nJ\xfcrgen;D\xfcsseldorf\nRen\xe9;K\xf6ln\n")
                            << u"windows-1252"_s << u"Jürgen Düsseldorf René Köln"_s;
}

void TestCsvSniffer::detectShortSamples()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, decoded);

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ReadResult result = readDevice(&buffer);
    QCOMPARE(result.format.encoding, encoding);
    QStringList words;
    for (const CsvRecord& record : result.records) {
        words += record.fields;
    }
    QCOMPARE(words.join(u' '), decoded);
}

void TestCsvSniffer::unusableFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << u"empty.csv"_s << u"The file is empty (0 bytes)."_s;
    QTest::newRow("blank lines") << u"blank_lines.csv"_s
                                 << u"The file contains no data, only empty lines or empty cells."_s;
    QTest::newRow("header only") << u"header_only.csv"_s << u"The file contains only a header row and no contacts."_s;
    QTest::newRow("binary") << u"binary.csv"_s
                            << u"The file contains binary data (NUL bytes), so it is not a CSV text file."_s;
    QTest::newRow("xlsx") << u"xlsx_renamed.csv"_s
                          << u"The file is an Excel workbook (.xlsx) or another ZIP archive, not a CSV file. Open "
                             u"it in Excel and save it as “CSV UTF-8”."_s;
}

void TestCsvSniffer::unusableFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, message);

    QFile device(dataPath(file));
    QVERIFY(device.open(QIODevice::ReadOnly));
    const Result<CsvFormat> format = CsvSniffer::sniff(&device);
    QVERIFY(!format.ok());
    QCOMPARE(format.errorMessage(), message);
}

void TestCsvSniffer::encodingOverride()
{
    CsvSniffOptions options;
    options.encoding = u"UTF-8"_s;
    QFile file(dataPath(u"cp1250_excel.csv"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Result<CsvFormat> format = CsvSniffer::sniff(&file, options);
    QVERIFY(format.ok());
    QCOMPARE(format->encoding, u"UTF-8"_s);
    CsvReader reader(&file, format.value());
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QVERIFY(record.fields.constFirst().contains(QChar::ReplacementCharacter));
    QVERIFY(reader.hasDecodingErrors());

    options.encoding = u"ISO-8859-2"_s;
    options.delimiter = u';';
    options.hasHeader = false;
    const ReadResult latin2 = readFile(u"cp1250_excel.csv"_s, CsvReader::DefaultChunkSize, options);
    QCOMPARE(latin2.format.encoding, u"ISO-8859-2"_s);
    QCOMPARE(latin2.records.size(), 6); // the header is now a record
    QCOMPARE(latin2.records[0].fields[0], u"Imię"_s); // ę is the same byte in both

    options = {};
    options.encoding = u"no-such-encoding"_s;
    file.seek(0);
    QCOMPARE(CsvSniffer::sniff(&file, options).errorMessage(), u"The encoding “no-such-encoding” is not supported."_s);
}

void TestCsvSniffer::utf16WithoutBom()
{
    const QString text = u"name,phone\r\nŁucja,+48601234567\r\n"_s;
    QByteArray data(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    const ReadResult result = readDevice(&buffer);
    QCOMPARE(result.format.encoding, u"UTF-16LE"_s);
    QCOMPARE(result.format.hasBom, false);
    QCOMPARE(result.records.size(), 1);
    QCOMPARE(result.records[0].fields, (QStringList {u"Łucja"_s, u"+48601234567"_s}));
}

void TestCsvSniffer::looksLikeHeader_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<bool>("header");

    QTest::newRow("shopify") << QStringList {u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Phone"_s} << true;
    QTest::newRow("polish") << QStringList {u"Imię"_s, u"Nazwisko"_s, u"Telefon"_s} << true;
    QTest::newRow("one column") << QStringList {u"phone"_s} << true;
    QTest::newRow("phone") << QStringList {u"Anna"_s, u"+48 601 234 567"_s} << false;
    QTest::newRow("email") << QStringList {u"Anna"_s, u"anna@example.com"_s} << false;
    QTest::newRow("numbers") << QStringList {u"Anna"_s, u"Nowak"_s, u"42"_s} << false;
    QTest::newRow("duplicates") << QStringList {u"Name"_s, u"name"_s} << false;
    QTest::newRow("mostly empty") << QStringList {u"Name"_s, QString(), QString()} << false;
}

void TestCsvSniffer::looksLikeHeader()
{
    QFETCH(QStringList, row);
    QFETCH(bool, header);
    QCOMPARE(CsvSniffer::looksLikeHeader(row), header);
}

QTEST_GUILESS_MAIN(TestCsvSniffer)
#include "TestCsvSniffer.moc"
