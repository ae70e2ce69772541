// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contacts/TextDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void splitSequences_data();
    void splitSequences();
    void invalidBytes();
    void invalidBytesAcrossChunks();
};

void TestTextDecoder::splitSequences_data()
{
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    const QString mixed = u"Zażółć gęślą jaźń — Съешь же ещё 😀"_s;
    QTest::newRow("utf-8") << u"UTF-8"_s << mixed.toUtf8() << mixed;
    QTest::newRow("utf-16le") << u"UTF-16LE"_s
                              << QByteArray(reinterpret_cast<const char*>(mixed.utf16()), mixed.size() * 2) << mixed;
    QTest::newRow("utf-16be") << u"UTF-16BE"_s
                              << QByteArray("\x00Z\x00"
                                            "a\x01|\x00\xF3\x01"
                                            "B\x01\x07",
                                     12)
                              << u"Zażółć"_s;
    QTest::newRow("windows-1250") << u"windows-1250"_s << QByteArray("Za\xBF\xF3\xB3\xE6 g\xEA\x9Cl\xB9 ja\x9F\xF1")
                                  << u"Zażółć gęślą jaźń"_s;
    QTest::newRow("shift_jis") << u"Shift_JIS"_s << QByteArray("\x93\xfa\x96\x7b") << u"日本"_s;
}

// Feeding one byte at a time splits every multi-byte sequence; the result must not change.
void TestTextDecoder::splitSequences()
{
    QFETCH(QString, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    TextDecoder whole(encoding);
    QVERIFY(whole.isValid());
    QString expected = whole.decode(bytes);
    whole.finish(expected);
    QVERIFY(!whole.hasErrors());
    QCOMPARE(expected, text);

    TextDecoder byByte(encoding);
    QString actual;
    for (const char byte : bytes) {
        byByte.decode(QByteArrayView(&byte, 1), actual);
    }
    byByte.finish(actual);
    QCOMPARE(actual, text);
    QVERIFY(!byByte.hasErrors());
}

void TestTextDecoder::invalidBytes()
{
    TextDecoder utf8(u"UTF-8"_s);
    QString out = utf8.decode("ab\xFF"
                              "c\xC5");
    QCOMPARE(out, u"ab\uFFFDc"_s);
    utf8.finish(out); // the cut-off Ł becomes a replacement character
    QCOMPARE(out, u"ab\uFFFDc\uFFFD"_s);
    QVERIFY(utf8.hasErrors());

    TextDecoder sjis(u"Shift_JIS"_s);
    QVERIFY(sjis.isValid());
    out = sjis.decode("a\x82");
    sjis.finish(out);
    QCOMPARE(out, u"a\uFFFD"_s);
    QVERIFY(sjis.hasErrors());

    QVERIFY(TextDecoder::isSupported(u"cp1250"_s));
    QVERIFY(TextDecoder::isSupported(u"KOI8-R"_s));
    QVERIFY(!TextDecoder::isSupported(u"klingon-1"_s));
    // Latin-1 labels decode as Windows-1252: 0x80 is the euro sign.
    QCOMPARE(TextDecoder(u"ISO-8859-1"_s).decode("\x80"), u"€"_s);
}

// Found by fuzzing: Qt 6.4's stateful UTF-8 decoder lost the byte after an invalid sequence
// split across two chunks ("Imi\xEA" + ";").
void TestTextDecoder::invalidBytesAcrossChunks()
{
    const QByteArray bytes("Imi\xEA;Nazwisko");
    TextDecoder whole(u"UTF-8"_s);
    QString expected = whole.decode(bytes);
    whole.finish(expected);
    QCOMPARE(expected, u"Imi\uFFFD;Nazwisko"_s);

    TextDecoder split(u"UTF-8"_s);
    QString actual;
    for (const char byte : bytes) {
        split.decode(QByteArrayView(&byte, 1), actual);
    }
    split.finish(actual);
    QCOMPARE(actual, expected);
    QVERIFY(split.hasErrors());
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
