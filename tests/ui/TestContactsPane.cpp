// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactListModel.h"
#include "TempWorkspace.h"
#include "contacts/DemoWorkspace.h"
#include "dialogs/ContactCardDialog.h"
#include "panes/ContactsPane.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestContactsPane final : public QObject
{
    Q_OBJECT

private slots:
    void searchAsYouTypeAndFilters();
    void headerSortsBySql();
    void contactCardShowsConsentProof();
};

void TestContactsPane::searchAsYouTypeAndFilters()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database()).ok());
    ContactsPane pane;
    pane.setDatabase(&temp.database());
    pane.show();
    QCOMPARE(pane.model()->totalCount(), 300);
    // Unsorted at first: the order contacts were added.
    auto* view = pane.findChild<QTableView*>(u"contactsView"_s);
    QTRY_VERIFY(view->model()->rowCount() > 1);
    QCOMPARE(view->model()->index(0, 0).data(ContactListModel::IdRole).toLongLong(), 1);
    QCOMPARE(view->model()->index(1, 0).data(ContactListModel::IdRole).toLongLong(), 2);
    auto* search = pane.findChild<QLineEdit*>(u"contactSearchEdit"_s);
    QTest::keyClicks(search, u"nowak"_s);
    const int nowaks = temp.database()
                           .scalar(u"SELECT count(*) FROM contacts WHERE last_name = 'Nowak' OR first_name = 'Nowak'"_s)
                           .value()
                           .toInt();
    QVERIFY(nowaks > 0);
    QTRY_COMPARE(pane.model()->totalCount(), qint64(nowaks)); // after the debounce
    QVERIFY(pane.findChild<QLabel*>(u"contactCountLabel"_s)->text().contains(u"of 300"_s));
    auto* consent = pane.findChild<QComboBox*>(u"consentFilterCombo"_s);
    consent->setCurrentIndex(consent->findData(int(MarketingConsent::OptedIn)));
    QCOMPARE(pane.model()->totalCount(),
        temp.database()
            .scalar(u"SELECT count(*) FROM contacts WHERE last_name = 'Nowak' AND marketing_consent = 'opted_in'"_s)
            .value()
            .toLongLong());
    search->clear();
    consent->setCurrentIndex(0);
    auto* tags = pane.findChild<QComboBox*>(u"tagFilterCombo"_s);
    QVERIFY(tags->count() > 3);
    tags->setCurrentIndex(tags->findData(u"wholesale"_s));
    QTRY_COMPARE(pane.model()->totalCount(),
        temp.database()
            .scalar(u"SELECT count(*) FROM contact_tags JOIN tags ON tags.id = tag_id WHERE name = 'wholesale'"_s)
            .value()
            .toLongLong());
}

void TestContactsPane::headerSortsBySql()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 50).ok());
    ContactsPane pane;
    pane.setDatabase(&temp.database());
    pane.show();
    auto* view = pane.findChild<QTableView*>(u"contactsView"_s);
    view->horizontalHeader()->setSortIndicator(ContactListModel::SpentColumn, Qt::DescendingOrder);
    QTRY_VERIFY(view->model()->rowCount() > 0);
    const qint64 top
        = view->model()->index(0, ContactListModel::SpentColumn).data(ContactListModel::RawValueRole).toLongLong();
    QCOMPARE(top, temp.database().scalar(u"SELECT max(total_spent_micros) FROM contacts"_s).value().toLongLong());
}

void TestContactsPane::contactCardShowsConsentProof()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    const qint64 id = temp.database()
                          .scalar(u"SELECT contact_id FROM consent_events WHERE action = 'opt_out' LIMIT 1"_s)
                          .value()
                          .toLongLong();
    QVERIFY(id > 0);
    ContactCardDialog card(temp.database(), id);
    auto* consent = card.findChild<QTableWidget*>(u"consentHistoryTable"_s);
    QVERIFY(consent);
    QCOMPARE(consent->rowCount(), 2); // the opt-in at checkout and the later STOP
    QCOMPARE(consent->item(0, 1)->text(), u"Opted out"_s); // newest first
    QCOMPARE(consent->item(0, 5)->text(), u"STOP"_s); // the exact words
    QVERIFY(consent->item(1, 5)->text().contains(u"Reply STOP to opt out"_s));
}

QTEST_MAIN(TestContactsPane)
#include "TestContactsPane.moc"
