// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"
#include "contacts/DemoWorkspace.h"
#include "editor/MessageEditor.h"
#include "settings/Settings.h"
#include "sms/SmsCounter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestMessageEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counterShowsWhatIsSent();
    void highlightsCharactersThatForceUcs2();
    void gsmSafeSavesPartsAndUndoes();
    void transliterationSavesPartsAndUndoes();
    void inherentlyUcs2ScriptsMarkOnlySneakyCharacters();
    void unknownPlaceholderIsShown();
    void previewUsesTheContact();
    void transliterateOnSendCoversFilledInNames();
    void audienceDistributionAndCost();
};

void TestMessageEditor::initTestCase()
{
    // English plurals ("1 part", "2 parts") come from the embedded English translation.
    auto* translator = new QTranslator(this);
    QVERIFY(translator->load(u":/i18n/herald_en.qm"_s));
    QCoreApplication::installTranslator(translator);
}

void TestMessageEditor::counterShowsWhatIsSent()
{
    MessageEditor editor;
    editor.setMarketing(false);
    editor.setText(QString(160, u'a'));
    QCOMPARE(editor.currentCount().segments, 1);
    QVERIFY(editor.findChild<QLabel*>(u"counterLabel"_s)->text().contains(u"GSM-7"_s));
    editor.setMarketing(true); // the footer is always counted
    QCOMPARE(editor.currentCount().segments, 2);
    QVERIFY(editor.countedText().endsWith(u"\nReply STOP to opt out"_s));
    QCOMPARE(editor.currentCount().units, 160 + 1 + 21);
}

void TestMessageEditor::highlightsCharactersThatForceUcs2()
{
    MessageEditor editor;
    editor.setMarketing(false);
    editor.setText(u"Hi {first_name}, 20% off “today”"_s);
    auto* edit = editor.findChild<QPlainTextEdit*>(u"bodyEdit"_s);
    const QList<QTextLayout::FormatRange> formats = edit->document()->firstBlock().layout()->formats();
    QList<int> highlighted;
    int placeholderLength = 0;
    for (const QTextLayout::FormatRange& range : formats) {
        if (range.format.background().style() != Qt::NoBrush) {
            highlighted << range.start;
        } else if (range.format.fontWeight() == QFont::DemiBold) {
            placeholderLength = range.length;
        }
    }
    QCOMPARE(highlighted, (QList<int> {25, 31})); // the two curly quotes
    QCOMPARE(placeholderLength, 12);
    QVERIFY(editor.findChild<QLabel*>(u"encodingLabel"_s)->text().contains(u"“"_s));
}

void TestMessageEditor::gsmSafeSavesPartsAndUndoes()
{
    MessageEditor editor;
    editor.setMarketing(false);
    const QString original = QString(150, u'a') + u" “ok” – done…"_s; // 150 + 14 chars, UCS-2
    editor.setText(original);
    QCOMPARE(editor.currentCount().encoding, SmsEncoding::Ucs2);
    QCOMPARE(editor.currentCount().segments, 3);
    auto* button = editor.findChild<QPushButton*>(u"gsmSafeButton"_s);
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), u"Make GSM-safe (saves 1 part)"_s); // 3 parts → 2 parts
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(editor.text(), QString(150, u'a') + u" \"ok\" - done..."_s);
    QCOMPARE(editor.currentCount().encoding, SmsEncoding::Gsm7);
    QCOMPARE(editor.currentCount().segments, 2);
    QVERIFY(!button->isEnabled());
    editor.findChild<QPlainTextEdit*>(u"bodyEdit"_s)->undo(); // one step back to the original
    QCOMPARE(editor.text(), original);
}

void TestMessageEditor::transliterationSavesPartsAndUndoes()
{
    MessageEditor editor;
    editor.setMarketing(false);
    editor.setLanguage(u"pl"_s);
    const QString polish = u"Zażółć gęślą jaźń! Wyprzedaż trwa do niedzieli, rabaty do 50% na wszystko w sklepie. "
                           "Sprawdź nowości i odbierz prezent przy zakupach."_s;
    editor.setText(polish);
    const int before = editor.currentCount().segments;
    QCOMPARE(editor.currentCount().encoding, SmsEncoding::Ucs2);
    auto* combo = editor.findChild<QComboBox*>(u"transliterateLanguageCombo"_s);
    QVERIFY(combo->currentText().contains(u"Polish"_s));
    auto* button = editor.findChild<QPushButton*>(u"transliterateButton"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(editor.text().startsWith(u"Zazolc gesla jazn!"_s));
    QCOMPARE(editor.currentCount().encoding, SmsEncoding::Gsm7);
    QCOMPARE(editor.currentCount().segments, 1);
    QVERIFY(before > 1);
    editor.findChild<QPlainTextEdit*>(u"bodyEdit"_s)->undo();
    QCOMPARE(editor.text(), polish);
}

void TestMessageEditor::inherentlyUcs2ScriptsMarkOnlySneakyCharacters()
{
    MessageEditor editor;
    editor.setMarketing(false);
    editor.setText(u"Привет, {first_name}! Скидка “20%”"_s);
    auto* edit = editor.findChild<QPlainTextEdit*>(u"bodyEdit"_s);
    QList<int> highlighted;
    for (const QTextLayout::FormatRange& range : edit->document()->firstBlock().layout()->formats()) {
        if (range.format.background().style() != Qt::NoBrush) {
            highlighted << range.start;
        }
    }
    QCOMPARE(highlighted, (QList<int> {29, 33})); // only the curly quotes, not every Cyrillic letter
}

void TestMessageEditor::unknownPlaceholderIsShown()
{
    MessageEditor editor;
    editor.setText(u"Hi {frist_name}"_s);
    QVERIFY(!editor.templateError().isEmpty());
    QVERIFY(editor.templateError().contains(u"frist_name"_s));
    QVERIFY(editor.findChild<QLabel*>(u"encodingLabel"_s)->text().contains(u"frist_name"_s));
}

void TestMessageEditor::previewUsesTheContact()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contacts (phone, first_name, language, created_at, updated_at) VALUES "
                      "('+48601234567', 'Zofia', 'pl', 0, 0)"_s)
                .ok());
    MessageEditor editor;
    editor.setWorkspace(&temp.workspace());
    editor.setText(u"Cześć {first_name|Kliencie}!"_s);
    QCOMPARE(editor.countedText(), u"Cześć Zofia!\nRezygnacja: odpisz STOP"_s);
    auto* combo = editor.findChild<QComboBox*>(u"previewContactCombo"_s);
    combo->setCurrentIndex(0); // the sample customer: fallbacks
    QVERIFY(editor.countedText().startsWith(u"Cześć Kliencie!"_s));
    QCOMPARE(editor.findChild<QLabel*>(u"previewLabel"_s)->text(), editor.countedText());
}

void TestMessageEditor::transliterateOnSendCoversFilledInNames()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contacts (phone, first_name, language, marketing_consent, created_at, updated_at) "
                      "VALUES ('+48601234567', 'Jędrzej', 'pl', 'opted_in', 0, 0)"_s)
                .ok());
    MessageEditor editor;
    editor.setWorkspace(&temp.workspace());
    editor.setLanguage(u"pl"_s);
    editor.setText(u"Czesc {first_name|Kliencie}! Nowa kolekcja juz w sklepie."_s); // no diacritics of its own
    QCOMPARE(editor.currentCount().encoding, SmsEncoding::Ucs2); // …but the name has one
    QSignalSpy toggled(&editor, &MessageEditor::transliterateChanged);
    editor.findChild<QCheckBox*>(u"transliterateOnSendCheck"_s)->click();
    QCOMPARE(toggled.count(), 1);
    QVERIFY(editor.transliterate());
    QCOMPARE(editor.countedText(), u"Czesc Jedrzej! Nowa kolekcja juz w sklepie.\nRezygnacja: odpisz STOP"_s);
    QCOMPARE(editor.currentCount().encoding, SmsEncoding::Gsm7);
    QSignalSpy done(&editor, &MessageEditor::audienceAnalysed);
    editor.setAudience({u"Everyone"_s, u"1"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    QCOMPARE(editor.audienceStats().ucs2Recipients, 0);
}

void TestMessageEditor::audienceDistributionAndCost()
{
    Test::TempWorkspace temp;
    // Two short names and one long one that pushes the message into a second part.
    QVERIFY(temp.database()
                .exec(u"INSERT INTO contacts (phone, first_name, country, language, marketing_consent, created_at, "
                      "updated_at) VALUES ('+12015550101', 'Al', 'US', 'en', 'opted_in', 0, 0), "
                      "('+12015550102', 'Bo', 'US', 'en', 'opted_in', 0, 0), "
                      "('+12015550103', 'Maximiliano-Alexander-Bartholomew', 'US', 'en', 'opted_in', 0, 0), "
                      "('+12015550104', 'Cy', 'US', 'en', 'opted_out', 0, 0)"_s)
                .ok());
    MessageEditor editor;
    editor.setWorkspace(&temp.workspace());
    editor.setMarketing(true);
    // 116 + name + 1 + 21 (footer): 2-letter names give 140 units, the long name 171.
    editor.setText(u"Hi {first_name}! "_s + QString(112, u'x'));
    QSignalSpy done(&editor, &MessageEditor::audienceAnalysed);
    editor.setAudience({u"Opted-in contacts"_s, u"c.marketing_consent = 'opted_in'"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 10000);
    const AudienceStats& stats = editor.audienceStats();
    QCOMPARE(stats.recipients, 3);
    QCOMPARE(stats.partsHistogram.value(1), 2);
    QCOMPARE(stats.partsHistogram.value(2), 1);
    QCOMPARE(stats.totalParts, 4);
    QCOMPARE(stats.longestParts, 2);
    QVERIFY(stats.longestText.contains(u"Maximiliano"_s));
    QCOMPARE(stats.estimatedCostMicros, 4 * PriceTable().pricePerPartMicros(u"US"_s));
    QCOMPARE(stats.distributionText(), u"67% 1 part, 33% 2 parts"_s);
    QVERIFY(editor.findChild<QLabel*>(u"audienceLabel"_s)->text().contains(u"3 recipients"_s));

    // The user's own price for a country (Settings) is the one a launch estimates with, and so
    // the one the editor shows.
    auto settings = Settings::createTemporary();
    Settings::setInstance(settings.get());
    settings->setPricePerPart(u"US"_s, 12'500);
    editor.setAudience({u"Opted-in contacts, own prices"_s, u"c.marketing_consent = 'opted_in'"_s, {}});
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 10000);
    Settings::setInstance(nullptr);
    QCOMPARE(editor.audienceStats().estimatedCostMicros, 4 * 12'500);
}

QTEST_MAIN(TestMessageEditor)
#include "TestMessageEditor.moc"
