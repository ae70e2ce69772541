// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Application.h"
#include "ContactListModel.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "Workspace.h"
#include "dialogs/ImportDialog.h"
#include "dialogs/SettingsDialog.h"
#include "panes/ContactsPane.h"
#include "settings/Settings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace Herald;

// The window opens offscreen on a demo workspace, every pane is reachable, and closing
// remembers the window. Runs with its own HOME (see herald_add_test), so the user's real
// settings and workspaces are never touched.
class TestMainWindow final : public QObject
{
    Q_OBJECT

public:
    explicit TestMainWindow(Application& app)
        : m_app(app)
    {
    }

private slots:
    void initTestCase();
    void firstStartCreatesDemoWorkspace();
    void everyPaneIsReachable();
    void shortcutsSwitchPanes();
    void settingsDialogSavesOnlyOnOk();
    void droppingAFileIsAnswered();
    void closingRemembersWindow();

private:
    Application& m_app;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Workspace::defaultPath());
    QSettings().clear();
}

void TestMainWindow::firstStartCreatesDemoWorkspace()
{
    auto started = m_app.start();
    QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    QVERIFY(m_app.workspace());
    QCOMPARE(m_app.workspace()->path(), QFileInfo(Workspace::defaultPath()).absoluteFilePath());
    QCOMPARE(m_app.settings().lastWorkspace(), m_app.workspace()->path());

    MainWindow window(m_app);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* view = window.findChild<QTableView*>(u"contactsView"_s);
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    QCOMPARE(window.contactsPane()->model()->totalCount(), 300);
    QVERIFY(window.findChild<QLabel*>(u"workspaceLabel"_s)->text().contains(u"workspace"_s));
    QVERIFY(window.findChild<QLabel*>(u"contactsStatusLabel"_s)->text().contains(u"300"_s));
    QVERIFY(window.findChild<QLabel*>(u"senderLabel"_s)->isVisible());
    QVERIFY(window.findChild<QDockWidget*>(u"logDock"_s));
}

void TestMainWindow::everyPaneIsReachable()
{
    MainWindow window(m_app);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* navigation = window.findChild<QListWidget*>(u"navigationList"_s);
    auto* stack = window.findChild<QStackedWidget*>(u"paneStack"_s);
    QVERIFY(navigation && stack);
    QCOMPARE(navigation->count(), 6);
    const QStringList panes = {u"contactsPane"_s, u"segmentsPane"_s, u"templatesPane"_s, u"campaignsPane"_s,
        u"inboxPane"_s, u"analyticsPane"_s};
    for (int row = 0; row < navigation->count(); ++row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.currentPane(), MainWindow::Pane(row));
        QCOMPARE(stack->currentWidget()->objectName(), panes.at(row));
        QVERIFY(stack->currentWidget()->isVisible());
        if (panes.at(row) == u"templatesPane"_s) {
            QVERIFY(stack->currentWidget()->findChild<QTableView*>(u"templatesView"_s));
        } else if (panes.at(row) == u"segmentsPane"_s) {
            QVERIFY(stack->currentWidget()->findChild<QWidget*>(u"ruleBuilder"_s));
        } else if (panes.at(row) == u"campaignsPane"_s) {
            QVERIFY(stack->currentWidget()->findChild<QTableView*>(u"campaignsView"_s));
        } else if (panes.at(row) == u"inboxPane"_s) {
            QVERIFY(stack->currentWidget()->findChild<QListView*>(u"conversationList"_s));
        } else if (panes.at(row) == u"analyticsPane"_s) {
            QVERIFY(stack->currentWidget()->findChild<QComboBox*>(u"campaignCombo"_s));
        }
        // No pane is a placeholder any more.
        QVERIFY(!stack->currentWidget()->findChild<QLabel*>(u"paneDescriptionLabel"_s));
    }
}

void TestMainWindow::shortcutsSwitchPanes()
{
    MainWindow window(m_app);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentPane(), MainWindow::Pane::Campaigns);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.currentPane(), MainWindow::Pane::Contacts);
    auto* logDock = window.findChild<QDockWidget*>(u"logDock"_s);
    const bool wasVisible = logDock->isVisible();
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(logDock->isVisible(), !wasVisible);
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(logDock->isVisible(), wasVisible);
    QVERIFY(window.findChild<QAction*>(u"quitAction"_s)->shortcut() == QKeySequence(QKeySequence::Quit));
    QVERIFY(!window.findChild<QAction*>(u"openWorkspaceAction"_s)->shortcut().isEmpty());
}

void TestMainWindow::settingsDialogSavesOnlyOnOk()
{
    Settings& settings = m_app.settings();
    settings.setFrequencyCap(4);
    {
        SettingsDialog dialog(settings);
        dialog.findChild<QSpinBox*>(u"frequencyCapSpin"_s)->setValue(7);
        dialog.reject();
    }
    QCOMPARE(settings.frequencyCap(), 4);
    SettingsDialog dialog(settings);
    auto* region = dialog.findChild<QComboBox*>(u"regionCombo"_s);
    QVERIFY(region->count() > 200);
    region->setCurrentIndex(region->findData(u"RO"_s));
    dialog.findChild<QSpinBox*>(u"frequencyCapSpin"_s)->setValue(7);
    dialog.findChild<QTimeEdit*>(u"quietStartEdit"_s)->setTime(QTime(9, 0));
    auto* language = dialog.findChild<QComboBox*>(u"languageCombo"_s);
    QCOMPARE(language->count(), 7); // system + six languages
    language->setCurrentIndex(language->findData(u"pl"_s));
    QVERIFY(dialog.findChild<QLabel*>(u"restartNoteLabel"_s)->isVisibleTo(&dialog));
    dialog.accept();
    QCOMPARE(settings.frequencyCap(), 7);
    QCOMPARE(settings.defaultRegion(), u"RO"_s);
    QCOMPARE(settings.quietHoursStart(), QTime(9, 0));
    QCOMPARE(settings.uiLanguage(), u"pl"_s);
    settings.setUiLanguage(QString());
}

void TestMainWindow::droppingAFileIsAnswered()
{
    MainWindow window(m_app);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPane(MainWindow::Pane::Inbox);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"customers.csv"_s);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("first_name,phone\nZofia,+48 601 234 567\n");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(window.currentPane(), MainWindow::Pane::Contacts);
    // The drop opens the import dialog with the file read and previewed…
    auto* dialog = window.findChild<ImportDialog*>(u"importDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QTableWidget*>(u"importPreviewTable"_s)->rowCount(), 1);
    const qint64 before = window.contactsPane()->model()->workspaceCount();
    // …and importing adds the contact and says so.
    dialog->startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->imported(), 20000);
    QCOMPARE(dialog->summary().imported, 1);
    dialog->reject(); // Close
    QTRY_COMPARE(window.contactsPane()->model()->workspaceCount(), before + 1);
    MessageWidget* banner = window.contactsPane()->messageWidget();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"customers.csv"_s));
    // A file that is not a list is not offered for import.
    QMimeData image;
    image.setUrls({QUrl::fromLocalFile(dir.filePath(u"photo.png"_s))});
    QDragEnterEvent enterImage(QPoint(10, 10), Qt::CopyAction, &image, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enterImage);
    QVERIFY(!enterImage.isAccepted());
}

void TestMainWindow::closingRemembersWindow()
{
    {
        MainWindow window(m_app);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1000, 680);
        window.showPane(MainWindow::Pane::Templates);
        QVERIFY(window.close());
    }
    QSettings settings;
    QCOMPARE(settings.value(u"MainWindow/pane"_s).toInt(), int(MainWindow::Pane::Templates));
    QVERIFY(!settings.value(u"MainWindow/geometry"_s).toByteArray().isEmpty());
    MainWindow reopened(m_app);
    QCOMPARE(reopened.currentPane(), MainWindow::Pane::Templates);
    QCOMPARE(reopened.size(), QSize(1000, 680));
}

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    Application app(argc, argv);
    TestMainWindow test(app);
    return QTest::qExec(&test, argc, argv);
}

#include "TestMainWindow.moc"
