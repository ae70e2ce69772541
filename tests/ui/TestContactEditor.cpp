// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The contact card as an editor: saving, validation, manual consent events and the message
// history.

#include "MessageBox.h"
#include "MessageWidget.h"
#include "TempWorkspace.h"
#include "contacts/ContactRepository.h"
#include "contacts/DemoWorkspace.h"
#include "dialogs/ConsentEventDialog.h"
#include "dialogs/ContactCardDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestContactEditor final : public QObject
{
    Q_OBJECT

private slots:
    void savesEditsWithNormalisedPhone();
    void refusesWhatCannotBeSaved();
    void recordsConsentEventsWithoutEditingHistory();
    void consentDialogNeedsProofForOptIn();
    void recordOptOutButtonAppendsToLedger();
    void messageHistoryAndEmptyState();
    void closingAsksAboutUnsavedChanges();
};

namespace
{

template <typename T>
T* child(QObject& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    if (!found) {
        qWarning("missing child %s", qPrintable(name));
    }
    return found;
}

} // namespace

void TestContactEditor::savesEditsWithNormalisedPhone()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    const qint64 id = 4;
    ContactCardDialog card(temp.database(), id);
    QSignalSpy changed(&card, &ContactCardDialog::contactChanged);
    QVERIFY(!card.isModified());
    child<QLineEdit>(card, u"firstNameEdit"_s)->setText(u"  Zofia "_s);
    child<QLineEdit>(card, u"lastNameEdit"_s)->setText(u"Wójcik-Nowak"_s);
    auto* country = child<QComboBox>(card, u"countryCombo"_s);
    country->setCurrentIndex(country->findData(u"PL"_s));
    child<QLineEdit>(card, u"phoneEdit"_s)->setText(u"601 234 999"_s); // national, read with the country
    QVERIFY(child<QLabel>(card, u"phoneStatusLabel"_s)->text().contains(u"+48601234999"_s));
    child<QLineEdit>(card, u"emailEdit"_s)->setText(u"zofia@example.pl"_s);
    child<QComboBox>(card, u"timeZoneCombo"_s)->setCurrentText(u"Europe/Warsaw"_s);
    auto* language = child<QComboBox>(card, u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"pl"_s));
    child<QComboBox>(card, u"birthdayMonthCombo"_s)->setCurrentIndex(3);
    child<QSpinBox>(card, u"birthdayDaySpin"_s)->setValue(14);
    child<QSpinBox>(card, u"birthdayYearSpin"_s)->setValue(1990);
    child<QLineEdit>(card, u"tagsEdit"_s)->setText(u"vip, called back , VIP"_s);
    auto* fields = child<QTableWidget>(card, u"customFieldsTable"_s);
    QTest::mouseClick(child<QPushButton>(card, u"addFieldButton"_s), Qt::LeftButton);
    const int row = fields->rowCount() - 1;
    fields->item(row, 0)->setText(u"Shoe size"_s);
    fields->item(row, 1)->setText(u"38"_s);
    QVERIFY(card.isModified());
    QVERIFY(card.problems().isEmpty());

    QVERIFY(card.save());
    QVERIFY(card.hasChanged());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!card.isModified());
    const Contact saved = ContactRepository(temp.database()).find(id).value();
    QCOMPARE(saved.firstName, u"Zofia"_s);
    QCOMPARE(saved.lastName, u"Wójcik-Nowak"_s);
    QCOMPARE(saved.phone, u"+48601234999"_s);
    QCOMPARE(saved.phoneType, u"mobile"_s);
    QCOMPARE(saved.email, u"zofia@example.pl"_s);
    QCOMPARE(saved.country, u"PL"_s);
    QCOMPARE(saved.language, u"pl"_s);
    QCOMPARE(saved.timeZone, u"Europe/Warsaw"_s);
    QCOMPARE(saved.birthdayMonth, 3);
    QCOMPARE(saved.birthdayDay, 14);
    QCOMPARE(saved.birthdayYear, 1990);
    QStringList tags = saved.tags;
    tags.sort();
    QCOMPARE(tags, (QStringList {u"called back"_s, u"vip"_s}));
    QCOMPARE(temp.database()
                 .scalar(u"SELECT value FROM contact_fields WHERE contact_id = ? AND name = 'Shoe size'"_s, {id})
                 .value()
                 .toString(),
        u"38"_s);
    QVERIFY(card.windowTitle().contains(u"Zofia Wójcik-Nowak"_s));
}

void TestContactEditor::refusesWhatCannotBeSaved()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    ContactRepository repository(temp.database());
    const Contact before = repository.find(2).value();
    ContactCardDialog card(temp.database(), 2);
    auto* phone = child<QLineEdit>(card, u"phoneEdit"_s);
    auto* email = child<QLineEdit>(card, u"emailEdit"_s);
    phone->setText(u"12"_s);
    email->setText(u"not an address"_s);
    child<QComboBox>(card, u"timeZoneCombo"_s)->setCurrentText(u"Mars/Olympus"_s);
    child<QComboBox>(card, u"birthdayMonthCombo"_s)->setCurrentIndex(2); // February…
    child<QSpinBox>(card, u"birthdayDaySpin"_s)->setValue(30); // …has no 30th
    const QStringList problems = card.problems();
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).startsWith(u"Phone:"_s));
    QVERIFY(!card.save());
    auto* banner = child<MessageWidget>(card, u"contactMessageWidget"_s);
    QVERIFY(!banner->isHidden());
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY(banner->text().contains(u"not an address"_s));
    QCOMPARE(repository.find(2).value().phone, before.phone); // nothing written
    QCOMPARE(repository.find(2).value().email, before.email);

    // Valid again except for a number another contact has: the database says no, clearly.
    email->clear();
    child<QComboBox>(card, u"timeZoneCombo"_s)->setCurrentText(QString());
    child<QComboBox>(card, u"birthdayMonthCombo"_s)->setCurrentIndex(0);
    const QString taken = repository.find(3).value().phone;
    phone->setText(taken);
    QVERIFY(card.problems().isEmpty());
    QVERIFY(!card.save());
    QVERIFY(banner->text().contains(taken));
    QCOMPARE(repository.find(2).value().phone, before.phone);
    // Accepting a card that cannot be saved keeps it open.
    card.show();
    card.accept();
    QVERIFY(card.isVisible());
    QCOMPARE(card.result(), int(QDialog::Rejected));
}

void TestContactEditor::recordsConsentEventsWithoutEditingHistory()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 20).ok());
    Database& db = temp.database();
    const qint64 id
        = db.scalar(u"SELECT id FROM contacts WHERE marketing_consent = 'unknown' LIMIT 1"_s).value().toLongLong();
    QVERIFY(id > 0);
    const qint64 eventsBefore
        = db.scalar(u"SELECT count(*) FROM consent_events WHERE contact_id = ?"_s, {id}).value().toLongLong();
    ContactCardDialog card(db, id);
    auto* table = child<QTableWidget>(card, u"consentHistoryTable"_s);
    QCOMPARE(table->rowCount(), int(eventsBefore));

    ConsentEvent optIn;
    optIn.action = ConsentEvent::Action::OptIn;
    optIn.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    optIn.method = u"in store"_s;
    optIn.source = u"shop counter, Kraków"_s;
    optIn.wording = u"Yes, send me offers by SMS. Reply STOP to opt out."_s;
    optIn.evidence = u"signed form #118"_s;
    QVERIFY(card.recordConsent(optIn));
    QCOMPARE(table->rowCount(), int(eventsBefore) + 1);
    QCOMPARE(table->item(0, 1)->text(), u"Opted in"_s);
    QCOMPARE(table->item(0, 5)->text(), optIn.wording);
    QCOMPARE(table->item(0, 6)->text(), optIn.evidence);
    QCOMPARE(ContactRepository(db).find(id).value().marketingConsent, MarketingConsent::OptedIn);
    QVERIFY(card.hasChanged());
    QVERIFY(child<QTabWidget>(card, u"contactTabs"_s)->tabText(2).contains(QString::number(eventsBefore + 1)));

    ConsentEvent optOut;
    optOut.action = ConsentEvent::Action::OptOut;
    optOut.method = u"phone call"_s;
    optOut.source = u"manual"_s;
    QVERIFY(card.recordConsent(optOut));
    QCOMPARE(table->rowCount(), int(eventsBefore) + 2);
    QCOMPARE(table->item(0, 1)->text(), u"Opted out"_s);
    QCOMPARE(ContactRepository(db).find(id).value().marketingConsent, MarketingConsent::OptedOut);
    // The earlier opt-in is still there, word for word: the ledger only grows.
    QCOMPARE(db.scalar(u"SELECT wording FROM consent_events WHERE contact_id = ? AND action = 'opt_in' "
                       "ORDER BY id DESC LIMIT 1"_s,
                   {id})
                 .value()
                 .toString(),
        optIn.wording);
    QVERIFY(child<QLabel>(card, u"consentStateLabel"_s)->text().contains(u"opted out"_s));
    // Saving other fields never touches consent.
    child<QLineEdit>(card, u"firstNameEdit"_s)->setText(u"Edited"_s);
    QVERIFY(card.save());
    QCOMPARE(ContactRepository(db).find(id).value().marketingConsent, MarketingConsent::OptedOut);
}

void TestContactEditor::consentDialogNeedsProofForOptIn()
{
    ConsentEventDialog optIn(ConsentEvent::Action::OptIn, u"Zofia"_s);
    QCOMPARE(optIn.problems().size(), 2); // source and wording
    optIn.show();
    optIn.accept();
    QVERIFY(optIn.isVisible()); // refused
    QVERIFY(!child<QLabel>(optIn, u"consentProblemLabel"_s)->isHidden());
    child<QLineEdit>(optIn, u"consentSourceEdit"_s)->setText(u"checkout form"_s);
    child<QPlainTextEdit>(optIn, u"consentWordingEdit"_s)->setPlainText(u"Send me offers"_s);
    QVERIFY(optIn.problems().isEmpty());
    optIn.accept();
    QCOMPARE(optIn.result(), int(QDialog::Accepted));
    const ConsentEvent e = optIn.consentEvent();
    QCOMPARE(e.action, ConsentEvent::Action::OptIn);
    QCOMPARE(e.purpose, u"marketing"_s);
    QCOMPARE(e.source, u"checkout form"_s);
    QCOMPARE(e.wording, u"Send me offers"_s);
    QVERIFY(e.occurredAt.isValid());

    ConsentEventDialog optOut(ConsentEvent::Action::OptOut, u"Zofia"_s);
    QVERIFY(optOut.problems().isEmpty()); // an opt-out is honoured without paperwork
    QCOMPARE(optOut.consentEvent().source, u"manual"_s);
}

void TestContactEditor::recordOptOutButtonAppendsToLedger()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 10).ok());
    Database& db = temp.database();
    const qint64 id
        = db.scalar(u"SELECT id FROM contacts WHERE marketing_consent = 'opted_in' LIMIT 1"_s).value().toLongLong();
    ContactCardDialog card(db, id);
    card.show();
    bool answered = false;
    // The consent dialog is modal: fill it in from a timer once it is up.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<ConsentEventDialog*>(QApplication::activeModalWidget());
        if (!dialog || answered) {
            return;
        }
        answered = true;
        dialog->findChild<QPlainTextEdit*>(u"consentWordingEdit"_s)->setPlainText(u"please stop texting me"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"consentRecordButton"_s), Qt::LeftButton);
    });
    poll.start(20);
    QTest::mouseClick(child<QPushButton>(card, u"recordOptOutButton"_s), Qt::LeftButton);
    QVERIFY(answered);
    QCOMPARE(ContactRepository(db).find(id).value().marketingConsent, MarketingConsent::OptedOut);
    QCOMPARE(db.scalar(u"SELECT wording FROM consent_events WHERE contact_id = ? ORDER BY id DESC LIMIT 1"_s, {id})
                 .value()
                 .toString(),
        u"please stop texting me"_s);
}

void TestContactEditor::messageHistoryAndEmptyState()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 10).ok());
    Database& db = temp.database();
    const Contact c = ContactRepository(db).find(5).value();
    {
        ContactCardDialog card(db, c.id);
        card.show();
        QVERIFY(child<QTableWidget>(card, u"messageHistoryTable"_s)->isHidden());
        QVERIFY(!child<QLabel>(card, u"messageHistoryEmptyLabel"_s)->isHidden());
        QVERIFY(child<QTabWidget>(card, u"contactTabs"_s)->tabText(3).contains(u"(0)"_s));
    }
    // One message linked by contact, one only by number (sent before the contact existed), a reply.
    QVERIFY(db.exec(u"INSERT INTO messages (contact_id, phone, body, state, created_at, updated_at) VALUES "
                    "(%1, '%2', 'Winter sale -20%%', 'delivered', 100, 100), "
                    "(NULL, '%2', 'Welcome!', 'delivered', 50, 50)"_s.arg(c.id)
                        .arg(c.phone)
                        .replace(u"%%"_s, u"%"_s))
                .ok());
    QVERIFY(db.exec(u"INSERT INTO inbound (from_phone, body, received_at, contact_id, created_at) VALUES "
                    "('%1', 'Thanks!', 200, %2, 200)"_s.arg(c.phone)
                        .arg(c.id))
                .ok());
    ContactCardDialog card(db, c.id);
    card.show();
    auto* table = child<QTableWidget>(card, u"messageHistoryTable"_s);
    QVERIFY(!table->isHidden());
    QVERIFY(child<QLabel>(card, u"messageHistoryEmptyLabel"_s)->isHidden());
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), u"Thanks!"_s); // newest first
    QCOMPARE(table->item(0, 1)->text(), u"Received"_s);
    QCOMPARE(table->item(2, 2)->text(), u"Welcome!"_s);
}

void TestContactEditor::closingAsksAboutUnsavedChanges()
{
    Test::TempWorkspace temp;
    QVERIFY(DemoWorkspace::populate(temp.database(), 10).ok());
    ContactRepository repository(temp.database());
    const QString original = repository.find(6).value().firstName;
    {
        ContactCardDialog card(temp.database(), 6);
        card.show();
        child<QLineEdit>(card, u"firstNameEdit"_s)->setText(u"Discarded"_s);
        const int answered = MessageBox::autoAnswered();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        card.reject();
        QCOMPARE(MessageBox::autoAnswered(), answered + 1);
        QVERIFY(card.isVisible()); // cancel keeps editing
        MessageBox::setNextAnswer(QMessageBox::Discard);
        card.reject();
        QVERIFY(!card.isVisible());
        QCOMPARE(repository.find(6).value().firstName, original);
    }
    {
        ContactCardDialog card(temp.database(), 6);
        card.show();
        child<QLineEdit>(card, u"firstNameEdit"_s)->setText(u"Kept"_s);
        MessageBox::setNextAnswer(QMessageBox::Save);
        card.reject();
        QVERIFY(!card.isVisible());
        QCOMPARE(repository.find(6).value().firstName, u"Kept"_s);
    }
    // Nothing changed: no question at all.
    ContactCardDialog card(temp.database(), 6);
    card.show();
    const int answered = MessageBox::autoAnswered();
    card.reject();
    QCOMPARE(MessageBox::autoAnswered(), answered);
    QVERIFY(!card.isVisible());
}

QTEST_MAIN(TestContactEditor)
#include "TestContactEditor.moc"
