// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignListModel.h"
#include "MessageBox.h"
#include "TestCampaignsFixture.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignMonitor.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/CampaignSender.h"
#include "campaigns/PreflightDialog.h"
#include "campaigns/TestSendDialog.h"
#include "editor/MessageEditor.h"
#include "panes/CampaignsPane.h"
#include "providers/ProviderAccount.h"
#include "providers/simulator/Simulator.h"
#include "secrets/AccountCredentials.h"
#include "sending/Outbox.h"
#include "sms/OptOutFooter.h"
#include "sms/SmsCounter.h"
#include "templates/TemplateRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The Campaigns pane, its composer, pre-flight dialog, monitor and test send.
class TestCampaignsPane final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void composerBuildsTheCampaign();
    void preflightDialogShowsWhatPreflightComputes();
    void launchReachesDeliveredOnTheSimulator();
    void heldMessagesDoNotBlockTheNextCampaign();
    void errorsAreLoggedAndFailedMessagesRetried();
    void heldCampaignIsPausedResumedAndCancelled();
    void draftsAreDuplicatedAndDeletedAfterAsking();
    void missedScheduleIsNeverSentByItself();
    void testSendGoesToTheUsersNumbers();
    void newSecretIsUsedAfterTheAccountsChange();

private:
    std::unique_ptr<Settings> m_settings;
};

void TestCampaignsPane::init()
{
    m_settings = campaignSettings();
}

void TestCampaignsPane::cleanup()
{
    Settings::setInstance(nullptr);
    m_settings.reset();
}

void TestCampaignsPane::composerBuildsTheCampaign()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    // Same name and language everywhere: every recipient gets the same text.
    QVERIFY(addContact(db, {u"+48601000001"_s, u"opted_in"_s, u"unknown"_s, {}, {}, u"en"_s, u"Ann"_s, {u"vip"_s}}));
    QVERIFY(addContact(db, {u"+48601000002"_s, u"opted_in"_s, u"unknown"_s, {}, {}, u"en"_s, u"Ann"_s, {u"new"_s}}));
    QVERIFY(addContact(
        db, {u"+48601000003"_s, u"opted_in"_s, u"unknown"_s, {}, {}, u"en"_s, u"Ann"_s, {u"vip"_s, u"new"_s}}));
    const qint64 vip = tagSegment(db, u"VIP"_s, u"vip"_s);
    const qint64 fresh = tagSegment(db, u"New"_s, u"new"_s);
    QVERIFY(vip > 0 && fresh > 0);
    const qint64 account = ProviderAccounts::ensureSimulatorAccount(db).value();
    Template t;
    t.name = u"Spring"_s;
    t.kind = Template::Kind::Marketing;
    t.language = u"en"_s;
    t.body = u"Hi {first_name|there}, spring sale: https://shop.example/sale"_s;
    auto templateId = TemplateRepository(db).insert(t);
    QVERIFY2(templateId, qPrintable(templateId.errorMessage()));

    CampaignComposer composer(ws.workspace());
    composer.show();
    auto* nameEdit = composer.findChild<QLineEdit*>(u"nameEdit"_s);
    auto* templateCombo = composer.findChild<QComboBox*>(u"templateCombo"_s);
    auto* kindCombo = composer.findChild<QComboBox*>(u"kindCombo"_s);
    auto* segmentsRadio = composer.findChild<QRadioButton*>(u"segmentsRadio"_s);
    auto* segmentList = composer.findChild<QListWidget*>(u"segmentList"_s);
    auto* accountCombo = composer.findChild<QComboBox*>(u"accountCombo"_s);
    auto* senderEdit = composer.findChild<QLineEdit*>(u"senderEdit"_s);
    auto* atRadio = composer.findChild<QRadioButton*>(u"sendAtRadio"_s);
    auto* atEdit = composer.findChild<QDateTimeEdit*>(u"sendAtEdit"_s);
    auto* utmCheck = composer.findChild<QCheckBox*>(u"utmCheck"_s);
    auto* sentCountLabel = composer.findChild<QLabel*>(u"sentCountLabel"_s);
    QVERIFY(nameEdit && templateCombo && kindCombo && segmentsRadio && segmentList && accountCombo && senderEdit
        && atRadio && atEdit && utmCheck && sentCountLabel);

    // Transactional first, then a marketing template: the template decides the kind.
    kindCombo->setCurrentIndex(1);
    const int templateIndex = templateCombo->findData(templateId.value());
    QVERIFY(templateIndex > 0);
    templateCombo->setCurrentIndex(templateIndex);
    emit templateCombo->activated(templateIndex);
    QCOMPARE(composer.messageEditor()->text(), t.body);
    QCOMPARE(kindCombo->currentData().toBool(), true);
    QCOMPARE(nameEdit->text(), u"Spring"_s); // an empty name takes the template's
    QTest::keyClicks(nameEdit, u" sale"_s);
    segmentsRadio->setChecked(true);
    QCOMPARE(segmentList->count(), 2);
    for (int i = 0; i < segmentList->count(); ++i) {
        segmentList->item(i)->setCheckState(Qt::Checked);
    }
    accountCombo->setCurrentIndex(accountCombo->findData(account));
    senderEdit->setText(u"HeraldShop"_s);
    atRadio->setChecked(true);
    const QDateTime at = QDateTime(QDate::currentDate().addDays(3), QTime(11, 30));
    atEdit->setDateTime(at);
    utmCheck->setChecked(true);

    // The counter counts what is sent: tagged links and the opt-out footer.
    const QString tagged = u"https://shop.example/sale?utm_source=sms&utm_medium=sms&utm_campaign=spring-sale"_s;
    QVERIFY2(composer.sentText().contains(tagged), qPrintable(composer.sentText()));
    QVERIFY(composer.sentText().endsWith(OptOutFooter::defaultText(u"en")));
    QVERIFY(sentCountLabel->isVisible());
    QVERIFY2(sentCountLabel->text().contains(u"spring-sale"_s), qPrintable(sentCountLabel->text()));
    // The live counter counts that text, tags included.
    QCOMPARE(composer.messageEditor()->currentCount().segments, SmsCounter::count(composer.sentText()).segments);
    QCOMPARE(composer.messageEditor()->currentCount().units, SmsCounter::count(composer.sentText()).units);

    // Without the footer the count drops it too.
    auto* footerCheck = composer.findChild<QCheckBox*>(u"footerCheck"_s);
    QVERIFY(footerCheck && footerCheck->isChecked());
    footerCheck->setChecked(false);
    QVERIFY(!composer.sentText().contains(OptOutFooter::defaultText(u"en")));
    QVERIFY(!composer.draft().optOutFooter);
    footerCheck->setChecked(true);

    auto* buttons = composer.findChild<QDialogButtonBox*>(u"composerButtons"_s);
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(composer.result(), int(QDialog::Accepted));
    QVERIFY(composer.campaignId() > 0);

    const Campaign c = CampaignRepository(db).find(composer.campaignId()).value();
    QCOMPARE(c.name, u"Spring sale"_s);
    QCOMPARE(c.state, CampaignState::Draft);
    QVERIFY(c.marketing);
    QCOMPARE(c.body, t.body);
    QCOMPARE(c.templateId, templateId.value());
    QVERIFY(!c.allContacts);
    QCOMPARE(QSet<qint64>(c.segmentIds.cbegin(), c.segmentIds.cend()), (QSet<qint64> {vip, fresh}));
    QCOMPARE(c.accountId, account);
    QCOMPARE(c.sender, u"HeraldShop"_s);
    QCOMPARE(c.scheduleMode, ScheduleMode::At);
    QCOMPARE(c.scheduledAt.toSecsSinceEpoch(), at.toSecsSinceEpoch());
    QVERIFY(c.utmTags);
    QCOMPARE(c.utmCampaign, u"spring-sale"_s);
    QVERIFY(c.optOutFooter);

    // What the composer counted is exactly what the planner will send: the union has three
    // people (one in both segments, counted once), all with the same text.
    LaunchOptions options;
    options.rules = SendingRules::unrestricted();
    CampaignPlanner planner(db, c, options);
    QSet<QString> texts;
    int recipients = 0;
    auto totals = planner.run([&](const RecipientPlan& plan) -> Result<void> {
        if (plan.exclusion.isEmpty()) {
            texts.insert(plan.text);
            ++recipients;
        }
        return {};
    });
    QVERIFY(totals);
    QCOMPARE(recipients, 3);
    QCOMPARE(texts, QSet<QString> {composer.sentText()});

    // Editing the draft keeps its id and changes what was changed.
    CampaignComposer editor(ws.workspace(), c.id);
    QCOMPARE(editor.findChild<QLineEdit*>(u"nameEdit"_s)->text(), u"Spring sale"_s);
    QCOMPARE(editor.findChild<QLineEdit*>(u"senderEdit"_s)->text(), u"HeraldShop"_s);
    editor.findChild<QRadioButton*>(u"allContactsRadio"_s)->setChecked(true);
    QVERIFY(editor.save());
    QCOMPARE(editor.campaignId(), c.id);
    QVERIFY(CampaignRepository(db).find(c.id).value().allContacts);
    QCOMPARE(CampaignRepository(db).list().value().size(), 1);
}

void TestCampaignsPane::preflightDialogShowsWhatPreflightComputes()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    QVERIFY(addContact(db, {u"+48601000011"_s}));
    QVERIFY(addContact(db, {u"+48601000012"_s}));
    QVERIFY(addContact(db, {u"+48601000013"_s}));
    QVERIFY(addContact(db, {u"+48601000014"_s, u"unknown"_s}));
    QVERIFY(addContact(db, {u"+48601000015"_s, u"opted_out"_s}));
    QVERIFY(addContact(db, {u"+48221234567"_s})); // a Warsaw landline
    QVERIFY(addContact(db, {u"+4812"_s})); // not a number
    ProviderAccounts::ensureSimulatorAccount(db).value();
    // "ś" forces UCS-2.
    auto id = CampaignRepository(db).create(draftFor(u"Cześć {first_name}, -20% dziś"_s));
    QVERIFY(id);

    LaunchOptions options;
    options.shopName = u"Shop"_s;
    options.rules = SendingRules::unrestricted();
    options.now = QDateTime::currentDateTimeUtc();
    const PreflightReport expected = Preflight::run(db, id.value(), options).value();
    QCOMPARE(expected.recipients, 3);

    PreflightDialog dialog(ws.workspace(), id.value(), options);
    QSignalSpy ready(&dialog, &PreflightDialog::reportReady);
    dialog.show();
    dialog.start();
    QVERIFY(ready.wait(10000) || ready.count() == 1);
    QVERIFY2(dialog.report(), qPrintable(dialog.errorMessage()));
    const PreflightReport& shown = *dialog.report();
    QCOMPARE(shown.audience, expected.audience);
    QCOMPARE(shown.recipients, expected.recipients);
    QCOMPARE(shown.totalParts, expected.totalParts);
    QCOMPARE(shown.estimatedCostMicros, expected.estimatedCostMicros);

    // The numbers on screen.
    const QLocale locale;
    QVERIFY(dialog.findChild<QLabel*>(u"audienceLabel"_s)->text().contains(locale.toString(expected.audience)));
    QVERIFY(dialog.findChild<QLabel*>(u"recipientsLabel"_s)->text().contains(locale.toString(expected.recipients)));
    QVERIFY(dialog.findChild<QLabel*>(u"costLabel"_s)
                ->text()
                .contains(Preflight::formatMoney(expected.estimatedCostMicros)));
    QVERIFY(dialog.findChild<QLabel*>(u"partsLabel"_s)->text().contains(locale.toString(expected.totalParts)));
    const QString encoding = dialog.findChild<QLabel*>(u"encodingLabel"_s)->text();
    QVERIFY2(encoding.contains(u"UCS-2"_s) && encoding.contains(u"ś"_s), qPrintable(encoding));
    auto* exclusions = dialog.findChild<QTreeWidget*>(u"exclusionsTree"_s);
    QCOMPARE(exclusions->topLevelItemCount(), int(expected.exclusions.size()));
    QHash<QString, qint64> shownExclusions;
    for (int i = 0; i < exclusions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = exclusions->topLevelItem(i);
        shownExclusions.insert(item->data(0, Qt::UserRole).toString(), item->data(1, Qt::UserRole).toLongLong());
    }
    for (const PreflightItem& item : expected.exclusions) {
        QCOMPARE(shownExclusions.value(item.key, -1), item.count);
    }
    QCOMPARE(shownExclusions.value(Exclusion::NoMarketingConsent), 1);
    QCOMPARE(shownExclusions.value(Exclusion::OptedOut), 1);
    QCOMPARE(shownExclusions.value(Exclusion::Landline), 1);
    QCOMPARE(shownExclusions.value(Exclusion::InvalidNumber), 1);
    auto* warnings = dialog.findChild<QListWidget*>(u"warningsList"_s);
    QStringList warningKeys;
    for (int i = 0; i < warnings->count(); ++i) {
        warningKeys.append(warnings->item(i)->data(Qt::UserRole).toString());
    }
    QStringList expectedKeys;
    for (const PreflightItem& item : expected.warnings) {
        expectedKeys.append(item.key);
    }
    QCOMPARE(warningKeys, expectedKeys);
    QVERIFY(warningKeys.contains(PreflightWarning::Ucs2));
    auto* launch = dialog.findChild<QPushButton*>(u"launchButton"_s);
    QVERIFY(launch->isEnabled());

    // Cancel while checking: the dialog closes, nothing is launched.
    PreflightDialog second(ws.workspace(), id.value(), options);
    second.show();
    second.start();
    QTest::mouseClick(
        second.findChild<QDialogButtonBox*>(u"preflightButtons"_s)->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QCOMPARE(second.result(), int(QDialog::Rejected));
    QCOMPARE(CampaignRepository(db).find(id.value()).value().state, CampaignState::Draft);
}

void TestCampaignsPane::launchReachesDeliveredOnTheSimulator()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    for (int i = 0; i < 6; ++i) {
        QVERIFY(addContact(db, {u"+4860200001%1"_s.arg(i)}));
    }
    // The built-in Simulator account: the pane starts a Simulator on 127.0.0.1 for it.
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(db));
    auto id = CampaignRepository(db).create(draftFor(u"Hello {first_name}"_s));
    QVERIFY(id);

    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setSendOptions(fastSendOptions(), fastPollOptions());
    pane.setWorkspace(&ws.workspace());
    pane.show();
    QCOMPARE(pane.model()->rowCount(), 1);
    pane.selectCampaign(id.value());
    QCOMPARE(pane.monitor()->campaignId(), id.value());
    QVERIFY(pane.findChild<QAction*>(u"deleteCampaignAction"_s)->isEnabled());

    QVERIFY(pane.launch(id.value()));
    QVERIFY(!pane.findChild<QAction*>(u"deleteCampaignAction"_s)->isEnabled());
    CampaignRepository campaigns(db);
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.counts(id.value()).value().delivered == 6, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.find(id.value()).value().state, CampaignState::Completed, 10000);
    // The list and the open campaign show it.
    const int row = pane.model()->rowOf(id.value());
    QTRY_COMPARE_WITH_TIMEOUT(
        pane.model()->index(row, CampaignListModel::DeliveredColumn).data(CampaignListModel::RawValueRole).toLongLong(),
        6, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(pane.monitor()->shownCount(u"delivered"_s), 6, 5000);
    QCOMPARE(pane.monitor()->shownCount(u"queued"_s), 0);
    QCOMPARE(pane.monitor()->shownCount(u"failed"_s), 0);
    QCOMPARE(pane.model()->index(row, CampaignListModel::ProgressColumn).data(CampaignListModel::ProgressRole).toInt(),
        1000);
}

void TestCampaignsPane::heldMessagesDoNotBlockTheNextCampaign()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    // Sending is allowed from 2 h to 4 h after the current UTC time of day, local time: open now
    // for someone at UTC+3, closed for someone at UTC (held for about two hours).
    const QTime now = QDateTime::currentDateTimeUtc().time();
    const QTime from(now.addSecs(2 * 3600).hour(), now.addSecs(2 * 3600).minute());
    const QTime until(now.addSecs(4 * 3600).hour(), now.addSecs(4 * 3600).minute());
    m_settings->setQuietHours(from, until);
    QVERIFY(addContact(db, {u"+48605000001"_s, u"opted_in"_s, u"unknown"_s, {}, u"Etc/GMT-3"_s}));
    QVERIFY(addContact(db, {u"+48605000002"_s, u"opted_in"_s, u"unknown"_s, {}, u"UTC"_s}));
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(db));
    CampaignRepository campaigns(db);
    auto first = campaigns.create(draftFor(u"First"_s));
    QVERIFY(first);

    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setSendOptions(fastSendOptions(), fastPollOptions());
    pane.setWorkspace(&ws.workspace());
    QVERIFY(pane.launch(first.value()));
    QCOMPARE(campaigns.heldCount(first.value()).value(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.counts(first.value()).value().delivered == 1, 30000);

    // The second campaign goes out although the first still waits for its held message.
    m_settings->setQuietHours(QTime(0, 0), QTime(0, 0));
    CampaignDraft d = draftFor(u"Second"_s, false);
    d.name = u"Second"_s;
    auto second = campaigns.create(d);
    QVERIFY(second);
    QVERIFY(pane.launch(second.value()));
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.counts(second.value()).value().delivered == 2, 30000);
    QCOMPARE(campaigns.find(first.value()).value().state, CampaignState::Sending);
    QCOMPARE(campaigns.counts(first.value()).value().pending, 1);
    QCOMPARE(campaigns.heldCount(first.value()).value(), 1);
}

void TestCampaignsPane::errorsAreLoggedAndFailedMessagesRetried()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    // The Simulator refuses …91 (21211, invalid number) and fails …94 (30008) after accepting it.
    QVERIFY(addContact(db, {u"+48606000010"_s}));
    QVERIFY(addContact(db, {u"+48606000091"_s}));
    QVERIFY(addContact(db, {u"+48606000094"_s}));
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(db));
    CampaignRepository campaigns(db);
    auto id = campaigns.create(draftFor(u"Hello"_s));
    QVERIFY(id);
    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setSendOptions(fastSendOptions(), fastPollOptions());
    pane.setWorkspace(&ws.workspace());
    QVERIFY(pane.launch(id.value()));
    QTRY_VERIFY_WITH_TIMEOUT(
        campaigns.counts(id.value()).value().delivered == 1 && campaigns.counts(id.value()).value().failed == 2, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.find(id.value()).value().state, CampaignState::Completed, 10000);
    // The error log shows the provider's codes.
    QTRY_COMPARE_WITH_TIMEOUT(pane.monitor()->errorRows(), 2, 5000);
    auto* errors = pane.monitor()->findChild<QTableWidget*>(u"errorsTable"_s);
    QStringList codes;
    for (int row = 0; row < errors->rowCount(); ++row) {
        codes.append(errors->item(row, 2)->text());
    }
    codes.sort();
    QCOMPARE(codes, (QStringList {u"21211"_s, u"30008"_s}));
    auto* retry = pane.monitor()->findChild<QPushButton*>(u"retryFailedButton"_s);
    QVERIFY(!retry->isHidden());

    // Retry: the failed rows go out again (and fail again, for these numbers).
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(campaigns.find(id.value()).value().state, CampaignState::Sending);
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.find(id.value()).value().state, CampaignState::Completed, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.counts(id.value()).value().failed, 2, 30000);
    QCOMPARE(campaigns.counts(id.value()).value().delivered, 1);
    QCOMPARE(campaigns.counts(id.value()).value().total, 3);
    QVERIFY(
        db.scalar(u"SELECT max(attempts) FROM messages WHERE campaign_id = ?"_s, {id.value()}).value().toInt() >= 1);
}

void TestCampaignsPane::heldCampaignIsPausedResumedAndCancelled()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    // Every message waits about two hours for the sending window.
    const QTime now = QDateTime::currentDateTimeUtc().time();
    m_settings->setQuietHours(QTime(now.addSecs(2 * 3600).hour(), now.addSecs(2 * 3600).minute()),
        QTime(now.addSecs(4 * 3600).hour(), now.addSecs(4 * 3600).minute()));
    QVERIFY(addContact(db, {u"+48607000001"_s, u"opted_in"_s, u"unknown"_s, {}, u"UTC"_s}));
    QVERIFY(addContact(db, {u"+48607000002"_s, u"opted_in"_s, u"unknown"_s, {}, u"UTC"_s}));
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(db));
    CampaignRepository campaigns(db);
    auto id = campaigns.create(draftFor(u"Later"_s));
    QVERIFY(id);
    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setSendOptions(fastSendOptions(), fastPollOptions());
    pane.setWorkspace(&ws.workspace());
    QVERIFY(pane.launch(id.value()));
    QCOMPARE(campaigns.heldCount(id.value()).value(), 2);
    QVERIFY(pane.monitor()->findChild<QLabel*>(u"monitorScheduleLabel"_s)->text().contains(u"2"_s));

    pane.selectCampaign(id.value());
    pane.findChild<QAction*>(u"pauseCampaignAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.find(id.value()).value().state, CampaignState::Paused, 10000);
    QTRY_VERIFY(pane.findChild<QAction*>(u"resumeCampaignAction"_s)->isEnabled());
    pane.findChild<QAction*>(u"resumeCampaignAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.find(id.value()).value().state, CampaignState::Sending, 10000);
    QTest::qWait(2500); // the worker is freed again; the campaign stays "sending"
    QCOMPARE(campaigns.find(id.value()).value().state, CampaignState::Sending);
    QCOMPARE(campaigns.counts(id.value()).value().pending, 2);

    // Cancel asks first.
    MessageBox::setNextAnswer(QMessageBox::No);
    pane.cancelCampaign(id.value());
    QTest::qWait(300);
    QCOMPARE(campaigns.find(id.value()).value().state, CampaignState::Sending);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane.cancelCampaign(id.value());
    QTRY_COMPARE_WITH_TIMEOUT(campaigns.find(id.value()).value().state, CampaignState::Cancelled, 10000);
    QCOMPARE(campaigns.counts(id.value()).value().cancelled, 2);
    QCOMPARE(campaigns.counts(id.value()).value().pending, 0);
}

void TestCampaignsPane::draftsAreDuplicatedAndDeletedAfterAsking()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    QVERIFY(addContact(db, {u"+48603000001"_s}));
    auto id = CampaignRepository(db).create(draftFor(u"Hello"_s));
    QVERIFY(id);
    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setWorkspace(&ws.workspace());
    pane.show();
    pane.selectCampaign(id.value());

    // The pane fits a small window (the open campaign scrolls).
    QVERIFY2(pane.minimumSizeHint().height() <= 480, qPrintable(QString::number(pane.minimumSizeHint().height())));
    pane.findChild<QAction*>(u"duplicateCampaignAction"_s)->trigger();
    QCOMPARE(pane.model()->rowCount(), 2);
    const qint64 copy = pane.currentCampaignId();
    QVERIFY(copy != id.value());
    QCOMPARE(CampaignRepository(db).find(copy).value().name, u"Summer sale (copy)"_s);

    // Refused: nothing deleted.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!pane.deleteDraft(copy));
    QCOMPARE(pane.model()->rowCount(), 2);
    // Confirmed, from the keyboard.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_Delete);
    QCOMPARE(pane.model()->rowCount(), 1);
    QVERIFY(!CampaignRepository(db).find(copy).ok());
    QVERIFY(CampaignRepository(db).find(id.value()).ok());
}

void TestCampaignsPane::missedScheduleIsNeverSentByItself()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    QVERIFY(addContact(db, {u"+48604000001"_s}));
    CampaignRepository campaigns(db);
    const auto scheduledInThePast = [&](const QString& name) -> qint64 {
        CampaignDraft d = draftFor(u"Hello"_s);
        d.name = name;
        d.scheduleMode = ScheduleMode::At;
        d.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        auto id = campaigns.create(d);
        if (!id || !campaigns.schedule(id.value())) {
            return 0;
        }
        // Herald was closed when its time came.
        QSqlQuery q = db.query();
        q.prepare(u"UPDATE campaigns SET scheduled_at = ? WHERE id = ?"_s);
        q.addBindValue(QDateTime::currentSecsSinceEpoch() - 7200);
        q.addBindValue(id.value());
        return q.exec() ? id.value() : 0;
    };
    const qint64 first = scheduledInThePast(u"Left as is"_s);
    QVERIFY(first > 0);

    MemoryCredentialStore store;
    {
        CampaignsPane pane;
        pane.setCredentialStore(&store);
        const int asked = MessageBox::autoAnswered();
        MessageBox::setNextAnswer(QMessageBox::Ignore);
        pane.setWorkspace(&ws.workspace());
        QTRY_COMPARE(MessageBox::autoAnswered(), asked + 1);
        QCOMPARE(campaigns.find(first).value().state, CampaignState::Scheduled);
        QCOMPARE(campaigns.counts(first).value().total, 0); // not launched
    }
    {
        // Asked again next time; "No" turns it back into a draft to pick another time.
        CampaignsPane pane;
        pane.setCredentialStore(&store);
        const int asked = MessageBox::autoAnswered();
        MessageBox::setNextAnswer(QMessageBox::No);
        pane.setWorkspace(&ws.workspace());
        QTRY_COMPARE(MessageBox::autoAnswered(), asked + 1);
        QCOMPARE(campaigns.find(first).value().state, CampaignState::Draft);
        QCOMPARE(campaigns.counts(first).value().total, 0);
        QCOMPARE(pane.currentCampaignId(), first);
    }
    {
        // Due while Herald runs: launched when its time comes, without asking.
        CampaignDraft d = draftFor(u"Hello"_s);
        d.name = u"Due soon"_s;
        d.scheduleMode = ScheduleMode::At;
        d.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(1);
        auto soon = campaigns.create(d);
        QVERIFY(soon);
        QVERIFY(campaigns.schedule(soon.value()).ok());
        CampaignsPane pane;
        pane.setCredentialStore(&store);
        MessageBox::setNextAnswer(QMessageBox::Ignore); // the older one is still missed
        pane.setWorkspace(&ws.workspace());
        QTest::qWait(1500);
        pane.launchDueSchedules();
        QCOMPARE(campaigns.find(soon.value()).value().state, CampaignState::Sending);
        QCOMPARE(campaigns.counts(soon.value()).value().total, 1);
        QCOMPARE(campaigns.find(first).value().state, CampaignState::Draft);
        pane.pauseCampaign(soon.value());
        QTRY_VERIFY_WITH_TIMEOUT(campaigns.find(soon.value()).value().state != CampaignState::Sending, 10000);
    }
    {
        // "Yes" opens the pre-flight check; only confirming it launches.
        const qint64 second = scheduledInThePast(u"Send now"_s);
        QVERIFY(second > 0);
        CampaignsPane pane;
        pane.setCredentialStore(&store);
        pane.setSendOptions(fastSendOptions(), fastPollOptions());
        const int asked = MessageBox::autoAnswered();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        pane.setWorkspace(&ws.workspace());
        QTRY_COMPARE(MessageBox::autoAnswered(), asked + 1);
        PreflightDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<PreflightDialog*>()) != nullptr);
        QCOMPARE(campaigns.counts(second).value().total, 0);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->report() != nullptr, 10000);
        QVERIFY(!dialog->isForLater());
        const PreflightItem* passed = dialog->report()->warning(PreflightWarning::SchedulePassed);
        QVERIFY(passed);
        dialog->reject();
        QCOMPARE(campaigns.find(second).value().state, CampaignState::Scheduled);
        QCOMPARE(campaigns.counts(second).value().total, 0);
    }
}

void TestCampaignsPane::testSendGoesToTheUsersNumbers()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    QVERIFY(ProviderAccounts::ensureSimulatorAccount(db));
    auto id = CampaignRepository(db).create(draftFor(u"Hi {first_name|there}: https://shop.example/x"_s));
    QVERIFY(id);
    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setWorkspace(&ws.workspace());
    TestSendDialog* dialog = pane.testSend(id.value());
    QVERIFY(dialog);
    // A transactional copy: fallbacks, tagged links, no footer.
    QVERIFY(dialog->text().startsWith(u"Hi there: https://shop.example/x?utm_source=sms"_s));
    QVERIFY(!dialog->text().contains(OptOutFooter::defaultText(u"en")));

    dialog->setNumbers(u"not a number"_s);
    QVERIFY(!dialog->sendNow());
    dialog->setNumbers(u"+48 601 234 567, +48601234567"_s); // the same number twice: one message
    QVERIFY(dialog->sendNow());
    QTRY_COMPARE_WITH_TIMEOUT(dialog->answered(), 1, 10000);
    QCOMPARE(dialog->accepted(), 1);
    // Outside any campaign: the outbox and the campaign are untouched.
    QCOMPARE(CampaignRepository(db).counts(id.value()).value().total, 0);
    QCOMPARE(CampaignRepository(db).find(id.value()).value().state, CampaignState::Draft);
    dialog->close();
}

// A secret corrected in the Accounts dialog is read again: the sender does not keep using the
// connection it opened with the old one.
void TestCampaignsPane::newSecretIsUsedAfterTheAccountsChange()
{
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();
    Simulator::Options options;
    options.secret = u"right-secret"_s;
    Simulator simulator(options);
    auto url = simulator.start(0);
    QVERIFY2(url.ok(), qPrintable(url.errorMessage()));
    ProviderAccount account;
    account.name = u"Local simulator"_s;
    account.provider = u"simulator"_s;
    account.baseUrl = url.value().toString();
    account.sender = ProviderAccounts::simulatorSender();
    account.options = {{u"account_sid"_s, ProviderAccounts::simulatorCredentials().accountId},
        {AccountCredentials::storedOption(), true}};
    auto id = ProviderAccounts(db).add(account);
    QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
    MemoryCredentialStore store;
    store.insert(AccountCredentials::keychainKey(db, id.value()).value(), u"wrong-secret"_s);
    CampaignSender sender(ws.workspace(), store);
    auto testSend = [&]() {
        bool answered = false;
        bool accepted = false;
        sender.testSend(
            id.value(), QString(), {u"+48601234567"_s}, u"Test"_s, [&](const QString&, bool ok, const QString&) {
                answered = true;
                accepted = ok;
            });
        return QTest::qWaitFor([&] { return answered; }, 10000) && accepted;
    };
    QVERIFY(!testSend()); // 401
    store.insert(AccountCredentials::keychainKey(db, id.value()).value(), u"right-secret"_s);
    QVERIFY(!testSend()); // the connection opened with the old secret
    sender.accountsChanged();
    QVERIFY(testSend());
}

QTEST_MAIN(TestCampaignsPane)
#include "TestCampaignsPane.moc"
