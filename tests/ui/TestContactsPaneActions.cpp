// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// What a person does in the contacts pane besides searching: bulk tags, deletion with its
// confirmation, export, the keyboard, empty states, and dropping a customer file on the pane.

#include "Application.h"
#include "ContactListModel.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "TempWorkspace.h"
#include "Workspace.h"
#include "contacts/ContactRepository.h"
#include "contacts/DemoWorkspace.h"
#include "contacts/Suppression.h"
#include "dialogs/BulkTagDialog.h"
#include "dialogs/ContactCardDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ImportDialog.h"
#include "panes/ContactsPane.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestContactsPaneActions final : public QObject
{
    Q_OBJECT

public:
    explicit TestContactsPaneActions(Application& app)
        : m_app(app)
    {
    }

private slots:
    void bulkTagAndUntag();
    void deleteAsksAndKeepsSuppression();
    void exportSelectionAndView();
    void keyboard();
    void emptyStates();
    void dropOnPaneOffersImport();
    void dropOnPaneInWindowOpensImportDialog();

private:
    static void selectRows(QTableView* view, int first, int last)
    {
        QItemSelection selection(view->model()->index(first, 0), view->model()->index(last, 0));
        view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(view->model()->index(first, 0), QItemSelectionModel::NoUpdate);
    }
    static qint64 scalar(Database& db, const QString& sql)
    {
        return db.scalar(sql).value().toLongLong();
    }

    Application& m_app;
};

void TestContactsPaneActions::bulkTagAndUntag()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 300).ok());
    Database& db = temp.database();
    ContactsPane pane;
    pane.setDatabase(&db);
    pane.show();
    auto* view = pane.findChild<QTableView*>(u"contactsView"_s);
    QTRY_VERIFY(view->model()->rowCount() > 10);
    selectRows(view, 2, 6);
    QCOMPARE(pane.selectedIds(), (QList<qint64> {3, 4, 5, 6, 7}));

    // Add a new tag to the five selected.
    pane.showAddTagDialog();
    auto* dialog = pane.findChild<BulkTagDialog*>(u"bulkTagDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), BulkTagDialog::Scope::Selection);
    dialog->setTag(u"called back"_s);
    QSignalSpy finished(&pane, &ContactsPane::bulkFinished);
    dialog->accept();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(scalar(db,
                 u"SELECT count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                 "WHERE t.name = 'called back'"_s),
        5);
    QVERIFY(pane.messageWidget()->text().contains(u"to 5 contact"_s));
    auto* tagFilter = pane.findChild<QComboBox*>(u"tagFilterCombo"_s);
    QVERIFY(tagFilter->findData(u"called back"_s) > 0); // offered as a filter at once

    // Remove it from everything matching a filter, however many rows are loaded.
    tagFilter->setCurrentIndex(tagFilter->findData(u"called back"_s));
    QCOMPARE(pane.model()->totalCount(), 5);
    view->clearSelection();
    pane.showRemoveTagDialog();
    dialog = pane.findChild<BulkTagDialog*>(u"bulkTagDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), BulkTagDialog::Scope::AllMatching); // nothing selected
    dialog->setTag(u"called back"_s);
    QCOMPARE(dialog->tag(), u"called back"_s);
    dialog->accept();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(scalar(db,
                 u"SELECT count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                 "WHERE t.name = 'called back'"_s),
        0);
    QVERIFY(pane.messageWidget()->text().contains(u"from 5 contact"_s));

    // All matching a consent filter, in one statement.
    tagFilter->setCurrentIndex(0);
    auto* consent = pane.findChild<QComboBox*>(u"consentFilterCombo"_s);
    consent->setCurrentIndex(consent->findData(int(MarketingConsent::OptedOut)));
    const qint64 optedOut = scalar(db, u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_out'"_s);
    QCOMPARE(pane.model()->totalCount(), optedOut);
    pane.addTag(u"do not call"_s, ContactsPane::Scope::AllMatching);
    QTRY_COMPARE(finished.count(), 3);
    QCOMPARE(scalar(db,
                 u"SELECT count(*) FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                 "JOIN contacts c ON c.id = ct.contact_id WHERE t.name = 'do not call'"_s),
        optedOut);
}

void TestContactsPaneActions::deleteAsksAndKeepsSuppression()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 60).ok());
    Database& db = temp.database();
    ContactsPane pane;
    pane.setDatabase(&db);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    auto* consent = pane.findChild<QComboBox*>(u"consentFilterCombo"_s);
    consent->setCurrentIndex(consent->findData(int(MarketingConsent::OptedOut)));
    auto* view = pane.findChild<QTableView*>(u"contactsView"_s);
    QTRY_VERIFY(view->model()->rowCount() >= 2);
    selectRows(view, 0, 1);
    const QList<qint64> ids = pane.selectedIds();
    QStringList phones;
    for (qint64 id : ids) {
        phones << ContactRepository(db).find(id).value().phone;
    }
    const qint64 before = ContactRepository(db).count().value();

    // Cancel deletes nothing.
    const int answered = MessageBox::autoAnswered();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    pane.deleteContacts(ContactsPane::Scope::Selection);
    QCOMPARE(MessageBox::autoAnswered(), answered + 1);
    QVERIFY(!pane.isBusy());
    QCOMPARE(ContactRepository(db).count().value(), before);

    // The Delete key on the list asks too; yes deletes the two.
    QSignalSpy finished(&pane, &ContactsPane::bulkFinished);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(MessageBox::autoAnswered(), answered + 2);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(ContactRepository(db).count().value(), before - 2);
    QVERIFY(pane.messageWidget()->text().contains(u"Deleted 2 contact"_s));
    for (const QString& phone : std::as_const(phones)) {
        QVERIFY2(Suppression(db).isSuppressed(phone).value(), qPrintable(phone)); // opt-outs are permanent
    }
    QCOMPARE(pane.model()->totalCount(),
        scalar(db, u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_out'"_s));

    // Delete in the search field edits the text, not the contacts.
    auto* search = pane.findChild<QLineEdit*>(u"contactSearchEdit"_s);
    search->setFocus();
    search->setText(u"ab"_s);
    search->setCursorPosition(0);
    QTest::keyClick(search, Qt::Key_Delete);
    QCOMPARE(search->text(), u"b"_s);
    QCOMPARE(MessageBox::autoAnswered(), answered + 2);
}

void TestContactsPaneActions::exportSelectionAndView()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 120).ok());
    Database& db = temp.database();
    ContactsPane pane;
    pane.setDatabase(&db);
    pane.show();
    auto* view = pane.findChild<QTableView*>(u"contactsView"_s);
    QTRY_VERIFY(view->model()->rowCount() > 5);
    selectRows(view, 0, 2);

    pane.showExportDialog();
    auto* dialog = pane.findChild<ExportDialog*>(u"exportDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::Selection);
    const QString selected = temp.dir() + u"/selected.csv"_s;
    dialog->setFilePath(selected);
    dialog->startExport();
    QTRY_VERIFY(dialog->isFinished());
    QCOMPARE(dialog->exportedCount(), 3);
    QFile file(selected);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for spreadsheets
    const QList<QByteArray> lines = bytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // header + 3
    QVERIFY(lines.at(1).contains(ContactRepository(db).find(1).value().phone.mid(1).toUtf8()));
    dialog->reject(); // Close
    QTRY_VERIFY(!pane.findChild<ExportDialog*>(u"exportDialog"_s));

    // The current view: a search, however many rows were scrolled into view.
    auto* search = pane.findChild<QLineEdit*>(u"contactSearchEdit"_s);
    search->setText(u"a"_s);
    QTRY_COMPARE(pane.model()->filter().search, u"a"_s);
    view->clearSelection();
    pane.showExportDialog();
    dialog = pane.findChild<ExportDialog*>(u"exportDialog"_s);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::CurrentView);
    dialog->setFilePath(temp.dir() + u"/view.csv"_s);
    dialog->startExport();
    QTRY_VERIFY(dialog->isFinished());
    QCOMPARE(dialog->exportedCount(), pane.model()->totalCount());
    QVERIFY(pane.model()->totalCount() < 120);
    dialog->reject();
    QTRY_VERIFY(!pane.findChild<ExportDialog*>(u"exportDialog"_s));

    // A saved segment.
    pane.showExportDialog();
    dialog = pane.findChild<ExportDialog*>(u"exportDialog"_s);
    const qint64 segment = scalar(db, u"SELECT id FROM segments ORDER BY id LIMIT 1"_s);
    if (segment > 0) {
        QVERIFY(dialog->setSegment(segment));
        QCOMPARE(dialog->scope(), ExportDialog::Scope::Segment);
    } else {
        dialog->setScope(ExportDialog::Scope::Everyone);
    }
    dialog->setFilePath(temp.dir() + u"/segment.csv"_s);
    dialog->startExport();
    QTRY_VERIFY(dialog->isFinished());
    QVERIFY(dialog->exportedCount() > 0);
    QVERIFY(QFile::exists(temp.dir() + u"/segment.csv"_s));
    dialog->reject();
}

void TestContactsPaneActions::keyboard()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 30).ok());
    ContactsPane pane;
    pane.setDatabase(&temp.database());
    pane.show();
    QApplication::setActiveWindow(&pane);
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    auto* view = pane.findChild<QTableView*>(u"contactsView"_s);
    auto* search = pane.findChild<QLineEdit*>(u"contactSearchEdit"_s);
    QTRY_VERIFY(view->model()->rowCount() > 3);
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());

    // Ctrl+F: the search field.
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());

    // Enter on a row: its card.
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Return);
    auto* card = pane.findChild<ContactCardDialog*>(u"contactCardDialog"_s);
    QVERIFY(card);
    QTRY_VERIFY(card->isVisible());
    QCOMPARE(card->contactId(), view->model()->index(2, 0).data(ContactListModel::IdRole).toLongLong());
    // An edit there shows in the list without reloading it.
    card->findChild<QLineEdit*>(u"firstNameEdit"_s)->setText(u"Keyboard"_s);
    card->findChild<QLineEdit*>(u"lastNameEdit"_s)->setText(u"User"_s);
    card->accept();
    QTRY_VERIFY(!pane.findChild<ContactCardDialog*>(u"contactCardDialog"_s));
    QCOMPARE(view->model()->index(2, ContactListModel::NameColumn).data().toString(), u"Keyboard User"_s);
}

void TestContactsPaneActions::emptyStates()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    ContactsPane pane;
    pane.setDatabase(&temp.database());
    pane.show();
    auto* empty = pane.findChild<QLabel*>(u"contactsEmptyLabel"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No contacts yet"_s));
    QVERIFY(!pane.findChild<QWidget*>(u"deleteButton"_s)->isEnabled());
    QVERIFY(pane.findChild<QWidget*>(u"importButton"_s)->isEnabled());

    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    pane.model()->reload();
    QVERIFY(!empty->isVisible());
    QVERIFY(pane.findChild<QTableView*>(u"contactsView"_s)->isVisible());
    pane.findChild<QLineEdit*>(u"contactSearchEdit"_s)->setText(u"qqqzzz"_s);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No contacts match"_s));
    QVERIFY(pane.findChild<QLabel*>(u"contactCountLabel"_s)->text().startsWith(u"0 of 20"_s));
}

void TestContactsPaneActions::dropOnPaneOffersImport()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 10).ok());
    ContactsPane pane;
    pane.setDatabase(&temp.database());
    pane.show();
    QSignalSpy dropped(&pane, &ContactsPane::importFileDropped);
    auto* viewport = pane.findChild<QTableView*>(u"contactsView"_s)->viewport();
    const QString csv = temp.dir() + u"/list.csv"_s;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    // Entering over the list reaches the pane, which takes the file.
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&pane, &drop);
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(dropped.at(0).at(0).toString(), csv);

    QMimeData picture;
    picture.setUrls({QUrl::fromLocalFile(temp.dir() + u"/photo.jpg"_s)});
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &picture, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &refused);
    QVERIFY(!refused.isAccepted());
    QVERIFY(!ContactsPane::isImportableFile(QUrl(u"https://example.com/list.csv"_s)));
}

void TestContactsPaneActions::dropOnPaneInWindowOpensImportDialog()
{
    QTemporaryDir dir;
    QVERIFY(m_app.openWorkspace(dir.filePath(u"shop.herald"_s), true).ok());
    MainWindow window(m_app);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(MainWindow::Pane::Contacts);
    const QString csv = dir.filePath(u"customers.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("first_name,phone\nZofia,+48 601 234 567\nJan,+48 601 234 568\n");
    file.close();
    ContactsPane* pane = window.contactsPane();
    auto* viewport = pane->findChild<QTableView*>(u"contactsView"_s)->viewport();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(pane, &drop);
    auto* dialog = window.findChild<ImportDialog*>(u"importDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QTableWidget*>(u"importPreviewTable"_s)->rowCount(), 2);
    dialog->reject();
    QTRY_VERIFY(!window.findChild<ImportDialog*>(u"importDialog"_s));
}

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    Application app(argc, argv);
    TestContactsPaneActions test(app);
    return QTest::qExec(&test, argc, argv);
}

#include "TestContactsPaneActions.moc"
