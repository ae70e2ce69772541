// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBox.h"
#include "TempWorkspace.h"
#include "TemplateListModel.h"
#include "editor/MessageEditor.h"
#include "panes/TemplatesPane.h"
#include "templates/TemplateRepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestTemplatesPane final : public QObject
{
    Q_OBJECT

private slots:
    void listsTheStarterLibrary();
    void searchFindsWithoutDiacritics();
    void createEditSave();
    void unsavedChangesAreNotLost();
    void deleteAsksFirst();
    void invalidTemplateIsNotSaved();
    void firstTemplateOpensInArabic();

private:
    static int visibleRows(TemplatesPane& pane)
    {
        return pane.findChild<QTableView*>(u"templatesView"_s)->model()->rowCount();
    }
};

void TestTemplatesPane::listsTheStarterLibrary()
{
    Test::TempWorkspace temp;
    QVERIFY(TemplateRepository(temp.database()).addStarterLibrary().ok());
    TemplatesPane pane;
    QAbstractItemModelTester tester(pane.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    pane.setWorkspace(&temp.workspace());
    QCOMPARE(pane.model()->rowCount(), 72);
    QCOMPARE(visibleRows(pane), 72);
    auto* language = pane.findChild<QComboBox*>(u"templateLanguageFilterCombo"_s);
    language->setCurrentIndex(language->findData(u"pl"_s));
    QCOMPARE(visibleRows(pane), 12);
    QVERIFY(pane.currentTemplateId() > 0); // the first template is open in the editor
    QVERIFY(!pane.editor()->text().isEmpty());
    QVERIFY(!pane.hasUnsavedChanges());
}

// Right to left, with the Arabic translation: the first template of the list is open at once
// (QTableView::selectRow() selected nothing before the view was laid out).
void TestTemplatesPane::firstTemplateOpensInArabic()
{
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/herald_ar.qm"_s));
    QCoreApplication::installTranslator(&translator);
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    Test::TempWorkspace temp;
    QVERIFY(TemplateRepository(temp.database()).addStarterLibrary().ok());
    {
        TemplatesPane pane;
        pane.setWorkspace(&temp.workspace());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QTest::qWait(200);
        const qint64 first
            = pane.findChild<QTableView*>()->model()->index(0, 0).data(TemplateListModel::IdRole).toLongLong();
        QCOMPARE(pane.currentTemplateId(), first);
        QVERIFY(!pane.editor()->text().isEmpty());
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    QCoreApplication::removeTranslator(&translator);
}

void TestTemplatesPane::searchFindsWithoutDiacritics()
{
    Test::TempWorkspace temp;
    TemplateRepository repository(temp.database());
    Template t;
    t.name = u"Wyprzedaż zimowa"_s;
    t.language = u"pl"_s;
    t.body = u"Zimowa wyprzedaż w {shop}!"_s;
    QVERIFY(repository.insert(t).ok());
    t.name = u"Flash sale"_s;
    t.language = u"en"_s;
    t.body = u"Flash sale at {shop}!"_s;
    QVERIFY(repository.insert(t).ok());
    TemplatesPane pane;
    pane.setWorkspace(&temp.workspace());
    auto* search = pane.findChild<QLineEdit*>(u"templateSearchEdit"_s);
    search->setText(u"wyprzedaz"_s);
    QCOMPARE(visibleRows(pane), 1);
    search->setText(u"SALE"_s);
    QCOMPARE(visibleRows(pane), 1);
    search->setText(u"nothing like this"_s);
    QCOMPARE(visibleRows(pane), 0);
    search->clear();
    QCOMPARE(visibleRows(pane), 2);
}

void TestTemplatesPane::createEditSave()
{
    Test::TempWorkspace temp;
    TemplatesPane pane;
    pane.setWorkspace(&temp.workspace());
    QCOMPARE(pane.model()->rowCount(), 0);
    pane.newTemplate();
    QVERIFY(pane.hasUnsavedChanges());
    pane.findChild<QLineEdit*>(u"templateNameEdit"_s)->setText(u"Restock"_s);
    pane.editor()->setText(u"{first_name|Hi}, it's back in stock at {shop}."_s);
    QVERIFY(pane.save());
    QVERIFY(!pane.hasUnsavedChanges());
    QCOMPARE(pane.model()->rowCount(), 1);
    const qint64 id = pane.currentTemplateId();
    QVERIFY(id > 0);
    auto saved = TemplateRepository(temp.database()).find(id);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().name, u"Restock"_s);
    QCOMPARE(saved.value().body, u"{first_name|Hi}, it's back in stock at {shop}."_s);

    pane.editor()->setText(u"Back in stock!"_s);
    QVERIFY(pane.hasUnsavedChanges());
    QVERIFY(pane.findChild<QPushButton*>(u"saveTemplateButton"_s)->isEnabled());
    QTest::mouseClick(pane.findChild<QPushButton*>(u"saveTemplateButton"_s), Qt::LeftButton);
    QCOMPARE(TemplateRepository(temp.database()).find(id).value().body, u"Back in stock!"_s);
    QVERIFY(!TemplateRepository(temp.database()).find(id).value().transliterate);
    pane.editor()->setTransliterate(true);
    QVERIFY(pane.hasUnsavedChanges());
    QVERIFY(pane.save());
    QVERIFY(TemplateRepository(temp.database()).find(id).value().transliterate);

    QTest::mouseClick(pane.findChild<QPushButton*>(u"duplicateTemplateButton"_s), Qt::LeftButton);
    QCOMPARE(pane.model()->rowCount(), 2);
    QVERIFY(pane.currentTemplateId() != id);
}

void TestTemplatesPane::unsavedChangesAreNotLost()
{
    Test::TempWorkspace temp;
    TemplateRepository repository(temp.database());
    Template a;
    a.name = u"A"_s;
    a.body = u"First"_s;
    const qint64 idA = repository.insert(a).value();
    Template b = a;
    b.name = u"B"_s;
    b.body = u"Second"_s;
    const qint64 idB = repository.insert(b).value();
    TemplatesPane pane;
    pane.setWorkspace(&temp.workspace());
    pane.selectTemplate(idA);
    pane.editor()->setText(u"First, edited"_s);

    // Cancel keeps the edit and the selection.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    pane.selectTemplate(idB);
    QCOMPARE(pane.currentTemplateId(), idA);
    QCOMPARE(pane.editor()->text(), u"First, edited"_s);

    // Save writes it before moving on.
    MessageBox::setNextAnswer(QMessageBox::Save);
    pane.selectTemplate(idB);
    QCOMPARE(pane.currentTemplateId(), idB);
    QCOMPARE(repository.find(idA).value().body, u"First, edited"_s);

    // Discard drops it.
    pane.editor()->setText(u"Second, edited"_s);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    pane.selectTemplate(idA);
    QCOMPARE(pane.currentTemplateId(), idA);
    QCOMPARE(repository.find(idB).value().body, u"Second"_s);
}

void TestTemplatesPane::deleteAsksFirst()
{
    Test::TempWorkspace temp;
    Template t;
    t.name = u"Doomed"_s;
    t.body = u"Bye"_s;
    const qint64 id = TemplateRepository(temp.database()).insert(t).value();
    TemplatesPane pane;
    pane.setWorkspace(&temp.workspace());
    pane.selectTemplate(id);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    pane.deleteCurrent();
    QCOMPARE(pane.model()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane.deleteCurrent();
    QCOMPARE(pane.model()->rowCount(), 0);
    QVERIFY(!TemplateRepository(temp.database()).find(id).ok());
}

void TestTemplatesPane::invalidTemplateIsNotSaved()
{
    Test::TempWorkspace temp;
    TemplatesPane pane;
    pane.setWorkspace(&temp.workspace());
    pane.newTemplate();
    pane.editor()->setText(u"Hi {frist_name}"_s);
    QVERIFY(!pane.save());
    QVERIFY(pane.hasUnsavedChanges());
    QCOMPARE(pane.model()->rowCount(), 0);
}

QTEST_MAIN(TestTemplatesPane)
#include "TestTemplatesPane.moc"
