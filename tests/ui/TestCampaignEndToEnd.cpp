// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignListModel.h"
#include "TestCampaignsFixture.h"
#include "campaigns/CampaignComposer.h"
#include "campaigns/CampaignMonitor.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/PreflightDialog.h"
#include "contacts/ContactImporter.h"
#include "editor/MessageEditor.h"
#include "panes/CampaignsPane.h"
#include "providers/ProviderAccount.h"
#include "providers/simulator/Simulator.h"
#include "templates/TemplateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The whole flow of a shop owner, through the Campaigns pane: import a customer CSV, build a
// segment, compose a campaign from a template, check it, launch it against the Simulator on
// 127.0.0.1, see the messages delivered, and a STOP reply take effect.
class TestCampaignEndToEnd final : public QObject
{
    Q_OBJECT

private slots:
    void importComposeCheckLaunchDeliverStop();
};

void TestCampaignEndToEnd::importComposeCheckLaunchDeliverStop()
{
    auto settings = campaignSettings();
    TempWorkspace ws;
    QVERIFY2(ws.isOpen(), qPrintable(ws.errorMessage()));
    Database& db = ws.database();

    // 1. A Shopify export: four VIPs (one never agreed to SMS marketing) and two others.
    const QString csvPath = ws.dir() + u"/customers.csv"_s;
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("First Name,Last Name,Email,Phone,Accepts SMS Marketing,Tags\n"
                  "Ala,Nowak,ala@example.com,+48 601 100 001,yes,vip\n"
                  "Ola,Kowalska,ola@example.com,601 100 002,yes,\"vip, newsletter\"\n"
                  "Jan,Wiśniewski,jan@example.com,+48601100003,yes,vip\n"
                  "Ewa,Zielińska,ewa@example.com,+48601100004,no,vip\n"
                  "Piotr,Lis,piotr@example.com,+48601100005,yes,\n"
                  "Anna,Wolna,anna@example.com,+48601100006,yes,newsletter\n");
    }
    ImportOptions importOptions;
    importOptions.filePath = csvPath;
    importOptions.defaultRegion = u"PL"_s;
    auto imported = ContactImporter(db, importOptions).run();
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(imported->imported, 6);

    // 2. A segment of the VIPs.
    const qint64 vip = tagSegment(db, u"VIP customers"_s, u"vip"_s);
    QVERIFY(vip > 0);
    QCOMPARE(SegmentRepository(db).count(vip).value(), 4);

    // 3. A template, and a Simulator on 127.0.0.1 where every delivered message is answered STOP.
    Template t;
    t.name = u"VIP preview"_s;
    t.kind = Template::Kind::Marketing;
    t.language = u"pl"_s;
    t.body = u"Hi {first_name|there}, VIP preview: https://shop.example/vip"_s;
    auto templateId = TemplateRepository(db).insert(t);
    QVERIFY(templateId);
    Simulator::Options so;
    so.replyRate = 1.0;
    so.stopRate = 1.0;
    so.replyDelayMs = 0;
    so.sendLatencyMinMs = 5;
    so.sendLatencyMaxMs = 30;
    so.deliveryLatencyMinMs = 5;
    so.deliveryLatencyMaxMs = 30;
    Simulator simulator(so);
    auto url = simulator.start(0);
    QVERIFY2(url, qPrintable(url.errorMessage()));
    ProviderAccount account;
    account.name = u"Shop simulator"_s;
    account.provider = u"simulator"_s;
    account.baseUrl = url->toString();
    account.sender = u"+48500600700"_s;
    auto accountId = ProviderAccounts(db).add(account);
    QVERIFY2(accountId, qPrintable(accountId.errorMessage()));

    MemoryCredentialStore store;
    CampaignsPane pane;
    pane.setCredentialStore(&store);
    pane.setSendOptions(fastSendOptions(), fastPollOptions());
    pane.setWorkspace(&ws.workspace());
    pane.show();

    // 4. Compose from the template, for the segment, through the account.
    CampaignComposer* composer = pane.newCampaign();
    QVERIFY(composer);
    auto* templateCombo = composer->findChild<QComboBox*>(u"templateCombo"_s);
    const int templateIndex = templateCombo->findData(templateId.value());
    templateCombo->setCurrentIndex(templateIndex);
    emit templateCombo->activated(templateIndex);
    composer->findChild<QRadioButton*>(u"segmentsRadio"_s)->setChecked(true);
    auto* segments = composer->findChild<QListWidget*>(u"segmentList"_s);
    for (int i = 0; i < segments->count(); ++i) {
        if (segments->item(i)->text() == u"VIP customers"_s) {
            segments->item(i)->setCheckState(Qt::Checked);
        }
    }
    auto* accounts = composer->findChild<QComboBox*>(u"accountCombo"_s);
    accounts->setCurrentIndex(accounts->findData(accountId.value()));
    QTest::mouseClick(
        composer->findChild<QDialogButtonBox*>(u"composerButtons"_s)->button(QDialogButtonBox::Save), Qt::LeftButton);
    QCOMPARE(pane.model()->rowCount(), 1);
    const qint64 id = pane.currentCampaignId();
    QVERIFY(id > 0);
    const Campaign campaign = CampaignRepository(db).find(id).value();
    QCOMPARE(campaign.name, u"VIP preview"_s);
    QCOMPARE(campaign.segmentIds, QList<qint64> {vip});
    QCOMPARE(campaign.accountId, accountId.value());

    // 5. Pre-flight: three VIPs get it, one is left out for lack of consent.
    PreflightDialog* preflight = pane.checkAndLaunch(id);
    QVERIFY(preflight);
    QTRY_VERIFY_WITH_TIMEOUT(preflight->report() != nullptr, 10000);
    QCOMPARE(preflight->report()->audience, 4);
    QCOMPARE(preflight->report()->recipients, 3);
    // "Accepts SMS Marketing: no" is not an agreement (the importer may record it as a refusal).
    QCOMPARE(preflight->report()->excluded(Exclusion::NoMarketingConsent)
            + preflight->report()->excluded(Exclusion::OptedOut),
        1);
    const int optedOutBefore
        = db.scalar(u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_out'"_s).value().toInt();
    auto* launchButton = preflight->findChild<QPushButton*>(u"launchButton"_s);
    QVERIFY(launchButton->isEnabled());

    // 6. Launch: the messages reach "delivered".
    QTest::mouseClick(launchButton, Qt::LeftButton);
    CampaignRepository campaigns(db);
    QTRY_VERIFY_WITH_TIMEOUT(campaigns.counts(id).value().delivered == 3, 30000);
    // One campaign message per recipient (the STOP confirmations come on top).
    QHash<QString, int> campaignMessages;
    for (const Simulator::LedgerEntry& e : simulator.ledger()) {
        if (e.body.startsWith(u"Hi "_s)) {
            ++campaignMessages[e.to];
        }
    }
    QCOMPARE(campaignMessages.size(), 3);
    for (int n : std::as_const(campaignMessages)) {
        QCOMPARE(n, 1);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pane.monitor()->shownCount(u"delivered"_s), 3, 10000);

    // 7. Every recipient replied STOP: they are opted out, and the replies show in the campaign.
    QTRY_COMPARE_WITH_TIMEOUT(
        db.scalar(u"SELECT count(*) FROM contacts WHERE marketing_consent = 'opted_out'"_s).value().toInt(),
        optedOutBefore + 3, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(pane.monitor()->replyRows() >= 3, 10000);

    // …and the next campaign to the same segment leaves them out.
    CampaignDraft next = CampaignRepository::draftOf(campaign);
    next.name = u"VIP reminder"_s;
    auto second = campaigns.create(next);
    QVERIFY(second);
    LaunchOptions options;
    options.rules = SendingRules::unrestricted();
    const PreflightReport report = Preflight::run(db, second.value(), options).value();
    QCOMPARE(report.recipients, 0);
    QCOMPARE(report.excluded(Exclusion::OptedOut), optedOutBefore + 3);

    Settings::setInstance(nullptr);
}

QTEST_MAIN(TestCampaignEndToEnd)
#include "TestCampaignEndToEnd.moc"
