// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendingFixture.h"
#include "TempWorkspace.h"
#include "campaigns/CampaignRepository.h"
#include "contacts/ContactEraser.h"
#include "contacts/ContactImporter.h"
#include "contacts/ContactRepository.h"
#include "contacts/Suppression.h"
#include "providers/ProviderAccount.h"
#include "providers/SmsGateway.h"
#include "sending/InboundProcessor.h"
#include "sending/Outbox.h"
#include "sending/ReplyTexts.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// Replies stored and acted on, in a real workspace, without a network: the InboundProcessor and
// the outbox's re-checks at claim and submit time.
class TestInboundProcessor final : public QObject
{
    Q_OBJECT

private slots:
    void samePageTwiceIsStoredAndActedOnOnce();
    void replyIsLinkedToContactAndCampaign();
    void stopSuppressesRecordsAndCancelsMarketingOnly();
    void stopCancelsClaimedRowsAndSubmitRefusesThem();
    void oneConfirmationPerOptOutInTheContactsLanguage();
    void noConfirmationWhenTheProviderConfirms();
    void startResubscribesOnlyAfterAnOptOut();
    void olderKeywordReadLateDoesNotWin();
    void helpQueuesOneAnswer();
    void freeTextIsStoredAndChangesNothing();
    void oldKeywordsGetNoAnswer();
    void unknownNumberIsSuppressed();
    void claimRechecksConsentAndSuppression();
    void reimportAfterStopAndErasureNeverOptsIn();
    void phonesAreNormalised();
    void replyTextsInEveryLanguage();

private:
    struct Setup
    {
        Setup()
        {
            ok = workspace.isOpen();
            const qint64 id = ProviderAccounts::ensureSimulatorAccount(db()).value();
            simulator = ProviderAccounts(db()).find(id).value();
        }
        Database& db()
        {
            return workspace.database();
        }
        qint64 campaign(bool marketing)
        {
            CampaignDraft draft;
            draft.name = marketing ? u"Sale"_s : u"Order update"_s;
            draft.body = marketing ? u"Hi {first_name}, -20% today"_s : u"Your order has shipped"_s;
            draft.allContacts = true;
            draft.marketing = marketing;
            CampaignRepository campaigns(db());
            auto id = campaigns.create(draft);
            if (!id || !campaigns.launch(id.value(), u"Shop"_s)) {
                return 0;
            }
            return id.value();
        }
        InboundSummary process(const ProviderAccount& account, const QList<ProviderMessage>& messages,
            const InboundOptions& options = InboundOptions())
        {
            auto summary = InboundProcessor(db(), options).process(account, messages);
            if (!summary) {
                qWarning() << summary.errorMessage();
                return {};
            }
            return summary.value();
        }
        qint64 scalar(const QString& sql, const QVariantList& bindings = {})
        {
            return db().scalar(sql, bindings).value().toLongLong();
        }
        QString text(const QString& sql, const QVariantList& bindings = {})
        {
            return db().scalar(sql, bindings).value().toString();
        }
        qint64 contactId(const QString& phone)
        {
            return scalar(u"SELECT id FROM contacts WHERE phone = ?"_s, {phone});
        }
        bool suppressed(const QString& phone)
        {
            return Suppression(db()).isSuppressed(phone).value();
        }
        // One-off outbox rows (automatic answers) to phone.
        qint64 answers(const QString& phone)
        {
            return scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phone});
        }
        TempWorkspace workspace;
        ProviderAccount simulator;
        bool ok = false;
    };

    static ProviderMessage reply(const QString& id, const QString& from, const QString& body,
        const QDateTime& at = QDateTime::currentDateTimeUtc())
    {
        ProviderMessage m;
        m.id = id;
        m.direction = u"inbound"_s;
        m.from = from;
        m.to = ProviderAccounts::simulatorSender();
        m.body = body;
        m.status = u"received"_s;
        m.createdAt = at;
        m.sentAt = at;
        return m;
    }
    static ProviderAccount twilio(Database& database, const QJsonObject& options = {})
    {
        ProviderAccount account;
        account.name = u"Twilio %1"_s.arg(options.isEmpty() ? u"default"_s : u"custom"_s);
        account.provider = u"twilio"_s;
        account.sender = u"+15005550006"_s;
        account.options = options;
        account.options.insert(u"account_sid"_s, u"AC0123456789abcdef0123456789abcdef"_s);
        account.id = ProviderAccounts(database).add(account).value();
        return account;
    }
};

void TestInboundProcessor::samePageTwiceIsStoredAndActedOnOnce()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 3);
    const QList<ProviderMessage> page {
        reply(u"SM1"_s, phones.at(0), u"STOP"_s),
        reply(u"SM2"_s, phones.at(1), u"Thanks!"_s),
        reply(u"SM3"_s, phones.at(2), u"HELP"_s),
    };
    const InboundSummary first = s.process(s.simulator, page);
    QCOMPARE(first.stored, 3);
    QCOMPARE(first.duplicates, 0);
    QCOMPARE(first.optOuts, 1);
    QCOMPARE(first.confirmations, 1);
    QCOMPARE(first.helpReplies, 1);

    const InboundSummary second = s.process(s.simulator, page);
    QCOMPARE(second.stored, 0);
    QCOMPARE(second.duplicates, 3);
    QCOMPARE(second.optOuts, 0);
    QCOMPARE(second.confirmations, 0);
    QCOMPARE(second.helpReplies, 0);

    QCOMPARE(s.scalar(u"SELECT count(*) FROM inbound"_s), 3);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM consent_events WHERE action = 'opt_out'"_s), 1);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL"_s), 2);
    QCOMPARE(s.text(u"SELECT keyword FROM inbound WHERE provider_id = 'SM1'"_s), u"stop"_s);
    QCOMPARE(s.text(u"SELECT keyword FROM inbound WHERE provider_id = 'SM2'"_s), u""_s);
    QCOMPARE(s.scalar(u"SELECT handled FROM inbound WHERE provider_id = 'SM1'"_s), 1);
    QCOMPARE(s.scalar(u"SELECT handled FROM inbound WHERE provider_id = 'SM2'"_s), 0);
    QCOMPARE(s.scalar(u"SELECT is_read FROM inbound WHERE provider_id = 'SM2'"_s), 0);
}

void TestInboundProcessor::replyIsLinkedToContactAndCampaign()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 2);
    const qint64 older = s.campaign(true);
    const qint64 newer = s.campaign(false);
    QVERIFY(older > 0 && newer > 0);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Both campaigns reached the first contact, the newer one last; only the older one the second.
    QVERIFY(s.db().scalar(u"UPDATE messages SET state = 'delivered', provider_id = 'P' || id, accepted_at = ? "
                          "WHERE campaign_id = ?"_s,
        {now - 600, older}));
    QVERIFY(s.db().scalar(u"UPDATE messages SET state = 'delivered', provider_id = 'P' || id, accepted_at = ? "
                          "WHERE campaign_id = ? AND phone = ?"_s,
        {now - 60, newer, phones.at(0)}));
    QVERIFY(s.db().scalar(u"DELETE FROM messages WHERE campaign_id = ? AND phone = ?"_s, {newer, phones.at(1)}));

    const QDateTime at = QDateTime::fromSecsSinceEpoch(now - 10, Qt::UTC);
    s.process(s.simulator,
        {reply(u"R1"_s, phones.at(0), u"See you Saturday"_s, at), reply(u"R2"_s, phones.at(1), u"ok"_s, at),
            reply(u"R3"_s, u"+48111222333"_s, u"who is this?"_s, at)});
    QCOMPARE(s.scalar(u"SELECT campaign_id FROM inbound WHERE provider_id = 'R1'"_s), newer);
    QCOMPARE(s.scalar(u"SELECT campaign_id FROM inbound WHERE provider_id = 'R2'"_s), older);
    QCOMPARE(s.scalar(u"SELECT contact_id FROM inbound WHERE provider_id = 'R1'"_s), s.contactId(phones.at(0)));
    QVERIFY(s.db().scalar(u"SELECT contact_id FROM inbound WHERE provider_id = 'R3'"_s).value().isNull());
    QVERIFY(s.db().scalar(u"SELECT campaign_id FROM inbound WHERE provider_id = 'R3'"_s).value().isNull());
    QCOMPARE(s.scalar(u"SELECT last_reply_at FROM contacts WHERE phone = ?"_s, {phones.at(0)}), now - 10);
    QCOMPARE(s.scalar(u"SELECT received_at FROM inbound WHERE provider_id = 'R1'"_s), now - 10);
}

void TestInboundProcessor::stopSuppressesRecordsAndCancelsMarketingOnly()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 3);
    const qint64 marketing = s.campaign(true);
    const qint64 transactional = s.campaign(false);
    QVERIFY(marketing > 0 && transactional > 0);
    const QString stopper = phones.at(1);

    const InboundSummary summary = s.process(s.simulator, {reply(u"SM9"_s, stopper, u" Stop."_s)});
    QCOMPARE(summary.optOuts, 1);
    QCOMPARE(summary.cancelled, 1);
    QCOMPARE(summary.optedOutPhones, QStringList {stopper});

    // Consent ledger: one opt-out, as the person wrote it, with its source.
    const qint64 contact = s.contactId(stopper);
    QSqlQuery q = s.db().query();
    q.prepare(u"SELECT action, purpose, method, source, wording, evidence FROM consent_events WHERE contact_id = ?"_s);
    q.addBindValue(contact);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"opt_out"_s);
    QCOMPARE(q.value(1).toString(), u"marketing"_s);
    QCOMPARE(q.value(2).toString(), u"keyword"_s);
    QCOMPARE(q.value(3).toString(), u"sms reply: STOP"_s);
    QCOMPARE(q.value(4).toString(), u" Stop."_s);
    QVERIFY(q.value(5).toString().contains(u"SM9"_s));
    QVERIFY(!q.next());
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE id = ?"_s, {contact}), u"opted_out"_s);
    QVERIFY(s.suppressed(stopper));
    QVERIFY(!s.suppressed(phones.at(0)));

    // The marketing row to that number is cancelled; the order update still goes out.
    QCOMPARE(s.text(u"SELECT state FROM messages WHERE campaign_id = ? AND phone = ?"_s, {marketing, stopper}),
        u"cancelled"_s);
    QCOMPARE(s.text(u"SELECT skip_reason FROM messages WHERE campaign_id = ? AND phone = ?"_s, {marketing, stopper}),
        u"opted out"_s);
    QCOMPARE(s.text(u"SELECT state FROM messages WHERE campaign_id = ? AND phone = ?"_s, {transactional, stopper}),
        u"pending"_s);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE campaign_id = ? AND state = 'pending'"_s, {marketing}), 2);
}

void TestInboundProcessor::stopCancelsClaimedRowsAndSubmitRefusesThem()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 4);
    const qint64 marketing = s.campaign(true);
    QVERIFY(marketing > 0);
    // The send worker holds all four rows claimed, none submitted yet.
    Outbox outbox(s.db());
    const QList<OutboxRow> claimed = outbox.claim(marketing, 10).value();
    QCOMPARE(claimed.size(), 4);

    const InboundSummary summary = s.process(s.simulator, {reply(u"SMa"_s, phones.at(2), u"STOP"_s)});
    QCOMPARE(summary.cancelled, 1);

    QList<qint64> ids;
    qint64 stopperRow = 0;
    for (const OutboxRow& row : claimed) {
        ids.append(row.id);
        if (row.phone == phones.at(2)) {
            stopperRow = row.id;
        }
    }
    // Arming them: the cancelled row is refused (not an error), the others are marked.
    const QList<qint64> withdrawn = outbox.markSubmitted(ids).value();
    QCOMPARE(withdrawn, QList<qint64> {stopperRow});
    const OutboxCounts counts = outbox.counts(marketing).value();
    QCOMPARE(counts.submitted, 3);
    QCOMPARE(counts.cancelled, 1);

    // A row armed (submitted) but not sent yet can be withdrawn too; a sent one cannot.
    const QList<qint64> unsent = outbox.withdrawUnsent({ids.at(0), stopperRow}).value();
    QCOMPARE(unsent, QList<qint64> {ids.at(0)});
    QCOMPARE(outbox.counts(marketing).value().cancelled, 2);
    // A row waiting for a retry after the lookup found it absent ("unknown") likewise.
    QVERIFY(s.db().scalar(u"UPDATE messages SET state = 'unknown' WHERE id = ?"_s, {ids.at(1)}));
    QCOMPARE(outbox.withdrawUnsent({ids.at(1)}).value(), QList<qint64> {ids.at(1)});
    // Transactional rows are never withdrawn by an opt-out.
    const qint64 transactional = s.campaign(false);
    const QList<OutboxRow> orders = outbox.claim(transactional, 10).value();
    QVERIFY(!orders.isEmpty());
    QVERIFY(outbox.markSubmitted({orders.at(0).id}));
    QVERIFY(outbox.withdrawUnsent({orders.at(0).id}).value().isEmpty());
}

void TestInboundProcessor::oneConfirmationPerOptOutInTheContactsLanguage()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 2);
    QVERIFY(s.db().scalar(u"UPDATE contacts SET language = 'pl' WHERE phone = ?"_s, {phones.at(0)}));
    QVERIFY(s.db().scalar(u"UPDATE contacts SET language = 'zh_TW' WHERE phone = ?"_s, {phones.at(1)}));
    InboundOptions options;
    options.shopName = u"Sklep Ani"_s;

    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-30);
    const InboundSummary first = s.process(s.simulator,
        {reply(u"A1"_s, phones.at(0), u"STOP"_s, t0), reply(u"B1"_s, phones.at(1), u"退訂"_s, t0)}, options);
    QCOMPARE(first.confirmations, 2);
    // A second STOP, and one in another word: still opted out, no second confirmation (C2).
    const InboundSummary again = s.process(s.simulator,
        {reply(u"A2"_s, phones.at(0), u"stop"_s, t0.addSecs(5)),
            reply(u"A3"_s, phones.at(0), u"WYPISZ"_s, t0.addSecs(6))},
        options);
    QCOMPARE(again.optOuts, 0);
    QCOMPARE(again.confirmations, 0);
    QCOMPARE(s.answers(phones.at(0)), 1);
    QCOMPARE(s.answers(phones.at(1)), 1);

    const QString polish
        = s.text(u"SELECT body FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(0)});
    QCOMPARE(polish,
        ReplyTexts::render(ReplyTexts::defaultText(ReplyTexts::Kind::OptOutConfirmation, u"pl"), u"Sklep Ani"_s));
    QVERIFY(polish.startsWith(u"Sklep Ani: "_s));
    QVERIFY(polish.contains(u"START"_s));
    const QString chinese
        = s.text(u"SELECT body FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(1)});
    QVERIFY(chinese.contains(u"取消訂閱"_s));
    // The confirmation is a transactional one-off row of the Simulator account, waiting to be sent.
    QCOMPARE(
        s.text(u"SELECT kind || '/' || state FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(1)}),
        u"transactional/pending"_s);
    QCOMPARE(s.scalar(u"SELECT account_id FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(1)}),
        s.simulator.id);
    QCOMPARE(
        s.text(u"SELECT encoding FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(1)}), u"UCS-2"_s);

    // START then STOP again: a new opt-out, so one more confirmation.
    s.process(s.simulator, {reply(u"A4"_s, phones.at(0), u"START"_s, t0.addSecs(10))}, options);
    const InboundSummary third
        = s.process(s.simulator, {reply(u"A5"_s, phones.at(0), u"NIE"_s, t0.addSecs(20))}, options);
    QCOMPARE(third.optOuts, 1);
    QCOMPARE(third.confirmations, 1);
    QCOMPARE(s.answers(phones.at(0)), 2);
}

void TestInboundProcessor::noConfirmationWhenTheProviderConfirms()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 3);
    const ProviderAccount twilioDefault = twilio(s.db());
    QVERIFY(InboundProcessor::providerConfirmsOptOut(twilioDefault));
    QVERIFY(!InboundProcessor::providerConfirmsOptOut(s.simulator));
    const InboundSummary byTwilio = s.process(twilioDefault, {reply(u"T1"_s, phones.at(0), u"STOP"_s)});
    QCOMPARE(byTwilio.optOuts, 1);
    QCOMPARE(byTwilio.confirmations, 0);
    QCOMPARE(s.answers(phones.at(0)), 0);
    QVERIFY(s.suppressed(phones.at(0)));

    // The account option overrides the provider's default, both ways.
    const ProviderAccount twilioCustom = twilio(s.db(), {{u"provider_confirms_optout"_s, false}});
    const InboundSummary custom = s.process(twilioCustom, {reply(u"T2"_s, phones.at(1), u"STOP"_s)});
    QCOMPARE(custom.confirmations, 1);
    ProviderAccount quietSimulator = s.simulator;
    quietSimulator.options.insert(u"provider_confirms_optout"_s, u"true"_s);
    const InboundSummary quiet = s.process(quietSimulator, {reply(u"T3"_s, phones.at(2), u"STOP"_s)});
    QCOMPARE(quiet.optOuts, 1);
    QCOMPARE(quiet.confirmations, 0);
}

void TestInboundProcessor::startResubscribesOnlyAfterAnOptOut()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 1);
    const QStringList unknown = addContacts(s.db(), 1, 50, u"unknown"_s);
    const QString phone = phones.at(0);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
    s.process(s.simulator, {reply(u"S1"_s, phone, u"STOP"_s, t0)});
    QVERIFY(s.suppressed(phone));

    const InboundSummary summary = s.process(s.simulator, {reply(u"S2"_s, phone, u"Start"_s, t0.addSecs(30))});
    QCOMPARE(summary.resubscribes, 1);
    QVERIFY(!s.suppressed(phone));
    const qint64 contact = s.contactId(phone);
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE id = ?"_s, {contact}), u"opted_in"_s);
    QCOMPARE(s.text(u"SELECT source FROM consent_events WHERE contact_id = ? AND action = 'opt_in'"_s, {contact}),
        u"sms reply: START"_s);
    QCOMPARE(s.text(u"SELECT wording FROM consent_events WHERE contact_id = ? AND action = 'opt_in'"_s, {contact}),
        u"Start"_s);

    // A "yes" from someone who never opted out answers a question; it creates no consent.
    const InboundSummary yes = s.process(s.simulator, {reply(u"S3"_s, unknown.at(0), u"Yes"_s)});
    QCOMPARE(yes.resubscribes, 0);
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {unknown.at(0)}), u"unknown"_s);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM consent_events WHERE contact_id = ?"_s, {s.contactId(unknown.at(0))}), 0);
    QCOMPARE(s.text(u"SELECT keyword FROM inbound WHERE provider_id = 'S3'"_s), u"start"_s);
}

void TestInboundProcessor::olderKeywordReadLateDoesNotWin()
{
    Setup s;
    QVERIFY(s.ok);
    const QString phone = addContacts(s.db(), 1).at(0);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-300);
    // STOP, START and STOP again, but the pages arrive newest first (as Twilio lists them).
    s.process(s.simulator, {reply(u"K1"_s, phone, u"STOP"_s, t0)});
    s.process(s.simulator, {reply(u"K3"_s, phone, u"START"_s, t0.addSecs(200))});
    const InboundSummary late = s.process(s.simulator, {reply(u"K2"_s, phone, u"STOP"_s, t0.addSecs(100))});
    QCOMPARE(late.optOuts, 0);
    QCOMPARE(late.cancelled, 0);
    QVERIFY(!s.suppressed(phone));
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {phone}), u"opted_in"_s);
    // Still stored: the inbox shows everything that arrived.
    QCOMPARE(s.scalar(u"SELECT count(*) FROM inbound WHERE from_phone = ?"_s, {phone}), 3);

    // Within one page the order of the page does not matter either: oldest first wins last.
    const QString other = addContacts(s.db(), 1, 10).at(0);
    s.process(s.simulator,
        {reply(u"L2"_s, other, u"STOP"_s, t0.addSecs(100)), reply(u"L1"_s, other, u"START"_s, t0.addSecs(50))});
    QVERIFY(s.suppressed(other));
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {other}), u"opted_out"_s);
}

void TestInboundProcessor::helpQueuesOneAnswer()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 2);
    QVERIFY(s.db().scalar(u"UPDATE contacts SET language = 'ru' WHERE phone = ?"_s, {phones.at(1)}));
    InboundOptions options;
    options.shopName = u"Anna's Shop"_s;

    const InboundSummary summary = s.process(s.simulator, {reply(u"H1"_s, phones.at(0), u"HELP"_s)}, options);
    QCOMPARE(summary.helpReplies, 1);
    const QString help = s.text(u"SELECT body FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(0)});
    QVERIFY(help.startsWith(u"Anna's Shop: "_s));
    QVERIFY(help.contains(u"STOP"_s));
    // HELP changes no consent.
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {phones.at(0)}), u"opted_in"_s);
    QVERIFY(!s.suppressed(phones.at(0)));

    // Asked again within the hour: no second answer.
    const InboundSummary again = s.process(s.simulator, {reply(u"H2"_s, phones.at(0), u"info"_s)}, options);
    QCOMPARE(again.helpReplies, 0);
    QCOMPARE(s.answers(phones.at(0)), 1);

    // The workspace's own text, in the contact's language.
    QVERIFY(!ReplyTexts(s.db()).setText(ReplyTexts::Kind::Help, u"ru"_s, u"no keyword here"_s));
    QVERIFY(ReplyTexts(s.db()).setText(
        ReplyTexts::Kind::Help, u"ru"_s, u"{shop}: пишите на help@shop.ru, STOP — отписка"_s));
    s.process(s.simulator, {reply(u"H3"_s, phones.at(1), u"помощь"_s)}, options);
    QCOMPARE(s.text(u"SELECT body FROM messages WHERE campaign_id IS NULL AND phone = ?"_s, {phones.at(1)}),
        u"Anna's Shop: пишите на help@shop.ru, STOP — отписка"_s);

    // Twilio answers HELP itself by default.
    const ProviderAccount account = twilio(s.db());
    const QString third = addContacts(s.db(), 1, 20).at(0);
    QCOMPARE(s.process(account, {reply(u"H4"_s, third, u"HELP"_s)}, options).helpReplies, 0);
    QCOMPARE(s.answers(third), 0);
}

void TestInboundProcessor::freeTextIsStoredAndChangesNothing()
{
    Setup s;
    QVERIFY(s.ok);
    const QString phone = addContacts(s.db(), 1).at(0);
    const qint64 marketing = s.campaign(true);
    const InboundSummary summary = s.process(s.simulator, {reply(u"F1"_s, phone, u"please stop texting me"_s)});
    QCOMPARE(summary.stored, 1);
    QCOMPARE(summary.optOuts, 0);
    QCOMPARE(summary.cancelled, 0);
    QVERIFY(!s.suppressed(phone));
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {phone}), u"opted_in"_s);
    QCOMPARE(s.text(u"SELECT body FROM inbound WHERE provider_id = 'F1'"_s), u"please stop texting me"_s);
    QCOMPARE(s.text(u"SELECT state FROM messages WHERE campaign_id = ?"_s, {marketing}), u"pending"_s);
    QCOMPARE(s.answers(phone), 0);
}

void TestInboundProcessor::oldKeywordsGetNoAnswer()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 2);
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
    const InboundSummary summary = s.process(
        s.simulator, {reply(u"O1"_s, phones.at(0), u"STOP"_s, old), reply(u"O2"_s, phones.at(1), u"HELP"_s, old)});
    // Read after two hours offline: the opt-out still counts, but nobody gets a late answer.
    QCOMPARE(summary.optOuts, 1);
    QVERIFY(s.suppressed(phones.at(0)));
    QCOMPARE(summary.confirmations, 0);
    QCOMPARE(summary.helpReplies, 0);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL"_s), 0);
}

void TestInboundProcessor::unknownNumberIsSuppressed()
{
    Setup s;
    QVERIFY(s.ok);
    const QString stranger = u"+48699000111"_s;
    const InboundSummary summary = s.process(s.simulator, {reply(u"U1"_s, stranger, u"STOP"_s)});
    QCOMPARE(summary.optOuts, 1);
    QVERIFY(s.suppressed(stranger));
    QCOMPARE(s.scalar(u"SELECT count(*) FROM consent_events"_s), 0);
    // Without a contact, START cannot lift it: there is nobody to record the consent of.
    const InboundSummary start = s.process(s.simulator, {reply(u"U2"_s, stranger, u"START"_s)});
    QCOMPARE(start.resubscribes, 0);
    QVERIFY(s.suppressed(stranger));
}

void TestInboundProcessor::claimRechecksConsentAndSuppression()
{
    Setup s;
    QVERIFY(s.ok);
    const QStringList phones = addContacts(s.db(), 5);
    const qint64 marketing = s.campaign(true);
    const qint64 transactional = s.campaign(false);
    // After the launch: one contact opted out in the contact card, one number suppressed on its
    // own (the list survives erasure and is what an import checks).
    ContactRepository contacts(s.db());
    ConsentEvent event;
    event.action = ConsentEvent::Action::OptOut;
    event.method = u"manual"_s;
    event.source = u"contact card"_s;
    QVERIFY(contacts.recordConsent(s.contactId(phones.at(1)), event));
    QVERIFY(Suppression(s.db()).add(phones.at(3), u"opted_out"_s));

    Outbox outbox(s.db());
    const QList<OutboxRow> rows = outbox.claim(marketing, 10).value();
    QStringList claimed;
    for (const OutboxRow& row : rows) {
        claimed.append(row.phone);
    }
    QCOMPARE(claimed, (QStringList {phones.at(0), phones.at(2), phones.at(4)}));
    const OutboxCounts counts = outbox.counts(marketing).value();
    QCOMPARE(counts.cancelled, 2);
    QCOMPARE(counts.claimed, 3);
    // Transactional messages ignore the marketing opt-out.
    QCOMPARE(outbox.claim(transactional, 10).value().size(), 5);

    // A batch whose rows are all withdrawn does not end the campaign early.
    const qint64 another = s.campaign(true);
    QVERIFY(Suppression(s.db()).add(phones.at(0), u"opted_out"_s));
    QVERIFY(Suppression(s.db()).add(phones.at(2), u"opted_out"_s));
    const QList<OutboxRow> next = outbox.claim(another, 2).value();
    QCOMPARE(next.size(), 1);
    QCOMPARE(next.constFirst().phone, phones.at(4));
}

void TestInboundProcessor::reimportAfterStopAndErasureNeverOptsIn()
{
    Setup s;
    QVERIFY(s.ok);
    const QString phone = addContacts(s.db(), 1).at(0);
    s.process(s.simulator, {reply(u"E1"_s, phone, u"STOP"_s)});
    QVERIFY(ContactEraser(s.db()).erase(s.contactId(phone)));
    QCOMPARE(s.contactId(phone), 0);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM inbound"_s), 0); // erased with the person

    // The shop imports its customer list again, where the person still says "yes".
    QTemporaryDir dir;
    QFile file(dir.filePath(u"customers.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"Phone,First Name,Consent\n%1,Ann,yes\n+48600999888,Bob,yes\n"_s.arg(phone).toUtf8());
    file.close();
    ImportOptions options;
    options.filePath = file.fileName();
    options.defaultRegion = u"PL"_s;
    auto imported = ContactImporter(s.db(), options).run();
    QVERIFY2(imported, qPrintable(imported.errorMessage()));
    QCOMPARE(imported->imported, 2);
    QCOMPARE(imported->suppressed, 1);
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = ?"_s, {phone}), u"opted_out"_s);
    QCOMPARE(s.text(u"SELECT marketing_consent FROM contacts WHERE phone = '+48600999888'"_s), u"opted_in"_s);
    // And a marketing campaign leaves the number out.
    const qint64 campaign = s.campaign(true);
    QCOMPARE(s.scalar(u"SELECT count(*) FROM messages WHERE campaign_id = ? AND phone = ?"_s, {campaign, phone}), 0);
}

void TestInboundProcessor::phonesAreNormalised()
{
    QCOMPARE(InboundProcessor::normalizePhone(u"+48600100200"_s), u"+48600100200"_s);
    QCOMPARE(InboundProcessor::normalizePhone(u"48600100200"_s), u"+48600100200"_s);
    QCOMPARE(InboundProcessor::normalizePhone(u"0048 600-100-200"_s), u"+48600100200"_s);
    QCOMPARE(InboundProcessor::normalizePhone(u" +1 (415) 555-0100 "_s), u"+14155550100"_s);
    QCOMPARE(InboundProcessor::normalizePhone(u"72345"_s), u"72345"_s); // a short code
    QCOMPARE(InboundProcessor::normalizePhone(u"InfoSMS"_s), u"InfoSMS"_s);
}

void TestInboundProcessor::replyTextsInEveryLanguage()
{
    QSet<QString> seen;
    for (const QString& language : ReplyTexts::languages()) {
        const QString confirmation = ReplyTexts::defaultText(ReplyTexts::Kind::OptOutConfirmation, language);
        const QString help = ReplyTexts::defaultText(ReplyTexts::Kind::Help, language);
        // How to come back, and how to leave: the keywords stay in Latin letters everywhere.
        QVERIFY2(confirmation.contains(u"START"_s), qPrintable(language));
        QVERIFY2(help.contains(u"STOP"_s), qPrintable(language));
        seen.insert(confirmation);
        // Without a shop name the "{shop}:" prefix goes, whatever the colon.
        const QString bare = ReplyTexts::render(confirmation, QString());
        QVERIFY2(!bare.contains(u"{shop}"_s) && !bare.startsWith(u':') && !bare.startsWith(u'：'), qPrintable(bare));
        QVERIFY(ReplyTexts::render(help, u"Ania"_s).startsWith(u"Ania"_s));
    }
    QCOMPARE(seen.size(), ReplyTexts::languages().size()); // a text of its own per language
    // Regional and unknown codes fall back sensibly.
    QCOMPARE(ReplyTexts::defaultText(ReplyTexts::Kind::Help, u"pl_PL"),
        ReplyTexts::defaultText(ReplyTexts::Kind::Help, u"pl"));
    QCOMPARE(ReplyTexts::defaultText(ReplyTexts::Kind::Help, u"zh-HK"),
        ReplyTexts::defaultText(ReplyTexts::Kind::Help, u"zh_TW"));
    QCOMPARE(
        ReplyTexts::defaultText(ReplyTexts::Kind::Help, u"de"), ReplyTexts::defaultText(ReplyTexts::Kind::Help, u"en"));
}

QTEST_GUILESS_MAIN(TestInboundProcessor)
#include "TestInboundProcessor.moc"
