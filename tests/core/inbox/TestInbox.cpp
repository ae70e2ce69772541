// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InboxFixture.h"
#include "TempWorkspace.h"
#include "contacts/Suppression.h"
#include "inbox/Inbox.h"
#include "inbox/InboxReply.h"
#include "storage/Schema.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The inbox over a prepared workspace (InboxFixture): grouping, order, unread and open counts,
// keyword badges, the campaign answered, read and handled marks, search, the whole history with
// one person, and queuing replies.
class TestInbox final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void conversationsAreGroupedNewestFirst();
    void badgesUnreadAndCampaignLinks();
    void markReadAndHandled();
    void filtersUnreadAndOpen();
    void searchFindsBodyNameAndPhone();
    void historyIsChronologicalWithStates();
    void contactHistoryIncludesUnlinkedRowsOfTheNumber();
    void replyQueuesTransactionalRowOnTheConversationAccount();
    void replyToUnknownNumberUsesItsAccount();
    void replyIsRefusedForSuppressedNumber();
    void replyIsRefusedWhenEmptyOrTooLong();
    void replyIsRefusedToSomeoneWhoNeverWrote();
    void summaryStaysInStepWithReplies();

private:
    Conversation find(const QList<Conversation>& list, const QString& phone)
    {
        for (const Conversation& c : list) {
            if (c.phone == phone) {
                return c;
            }
        }
        return {};
    }
    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        return m_workspace->database().scalar(sql, values).value().toLongLong();
    }

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<InboxFixture> m_fixture;
};

void TestInbox::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY2(m_workspace->isOpen(), qPrintable(m_workspace->errorMessage()));
    m_fixture = std::make_unique<InboxFixture>(m_workspace->database());
    QVERIFY(m_fixture->ok);
}

void TestInbox::cleanup()
{
    m_fixture.reset();
    m_workspace.reset();
}

void TestInbox::conversationsAreGroupedNewestFirst()
{
    Inbox inbox(m_workspace->database());
    auto list = inbox.conversations();
    QVERIFY2(list, qPrintable(list.errorMessage()));
    QCOMPARE(list->size(), 4); // Anna, Boris, Chen, the unknown number; Dana never replied
    QStringList order;
    for (const Conversation& c : list.value()) {
        order << c.displayName();
    }
    QCOMPARE(order, (QStringList {u"+48600000099"_s, u"Anna Nowak"_s, u"Chen Wei"_s, u"Boris Ivanov"_s}));

    const Conversation anna = list->at(1);
    QCOMPARE(anna.key.contactId, m_fixture->anna);
    QCOMPARE(anna.messages, 2);
    QCOMPARE(anna.lastBody, u"Thanks, 100% happy!"_s);
    QCOMPARE(anna.lastAt, InboxFixture::T0 + 2000);
    QCOMPARE(anna.accountId, m_fixture->simulatorId);

    const Conversation unknown = list->at(0);
    QCOMPARE(unknown.key.contactId, 0);
    QCOMPARE(unknown.key.phone, u"+48600000099"_s);
    QVERIFY(unknown.name.isEmpty());
    QCOMPARE(unknown.lastBody, u"who is this?"_s);

    auto totals = inbox.totals();
    QVERIFY(totals);
    QCOMPARE(totals->conversations, 4);
    QCOMPARE(totals->unreadMessages, 6); // every reply is unread at first, keywords included
    QCOMPARE(totals->unreadConversations, 4);
    QCOMPARE(totals->openConversations, 3); // Boris sent only keywords: handled automatically

    // One conversation by key gives the same figures as the list.
    auto one = inbox.conversation(ConversationKey {m_fixture->anna, {}});
    QVERIFY(one);
    QCOMPARE(one->messages, 2);
    QCOMPARE(one->lastBody, anna.lastBody);
    QVERIFY(!inbox.conversation(ConversationKey {m_fixture->dana, {}}));
}

void TestInbox::badgesUnreadAndCampaignLinks()
{
    auto list = Inbox(m_workspace->database()).conversations();
    QVERIFY(list);
    const Conversation anna = find(list.value(), u"+48600000001"_s);
    const Conversation boris = find(list.value(), u"+48600000002"_s);
    const Conversation chen = find(list.value(), u"+48600000003"_s);

    QCOMPARE(anna.unread, 2);
    QCOMPARE(anna.open, 2);
    QCOMPARE(anna.keywords, int(InboxKeyword::None));
    QCOMPARE(anna.campaignId, m_fixture->winterSale);
    QCOMPARE(anna.campaignName, u"Winter sale"_s);

    QCOMPARE(boris.unread, 2);
    QCOMPARE(boris.open, 0);
    QVERIFY(boris.isHandled());
    QVERIFY(boris.hasKeyword(InboxKeyword::Stop));
    QVERIFY(boris.hasKeyword(InboxKeyword::Help));
    QVERIFY(!boris.hasKeyword(InboxKeyword::Start));
    QCOMPARE(boris.lastKeyword, u"stop"_s);
    // The STOP came after Spring news reached Boris: it answers that campaign, not Winter sale.
    QCOMPARE(boris.campaignName, u"Spring news"_s);

    // Chen's reply came in on another account than the campaign went out on: no campaign.
    QCOMPARE(chen.campaignId, 0);
    QVERIFY(chen.campaignName.isEmpty());
    QCOMPARE(chen.accountId, m_fixture->backupId);
}

void TestInbox::markReadAndHandled()
{
    Inbox inbox(m_workspace->database());
    const ConversationKey anna {m_fixture->anna, {}};
    auto read = inbox.markRead(anna);
    QVERIFY(read);
    QCOMPARE(read.value(), 2);
    QCOMPARE(inbox.conversation(anna)->unread, 0);
    QCOMPARE(inbox.conversation(anna)->open, 2); // read is not handled
    QCOMPARE(inbox.markRead(anna).value(), 0);

    auto handled = inbox.markHandled(anna);
    QVERIFY(handled);
    QCOMPARE(handled.value(), 2);
    QVERIFY(inbox.conversation(anna)->isHandled());
    QCOMPARE(inbox.totals()->openConversations, 2);

    // Unhandled again: the newest reply is open, the older one stays handled.
    QCOMPARE(inbox.markHandled(anna, false).value(), 1);
    QCOMPARE(inbox.conversation(anna)->open, 1);
    QCOMPARE(scalar(u"SELECT handled FROM inbound WHERE provider_id = 'IN4'"_s), 0);
    QCOMPARE(scalar(u"SELECT handled FROM inbound WHERE provider_id = 'IN1'"_s), 1);

    // The number without a contact is marked by its number, and nothing else changes.
    const ConversationKey unknown {0, u"+48600000099"_s};
    QCOMPARE(inbox.markHandled(unknown).value(), 1);
    QCOMPARE(inbox.conversation(unknown)->unread, 0);
    QCOMPARE(inbox.conversation(ConversationKey {m_fixture->chen, {}})->unread, 1);

    // Stamps move with every change, so a view knows when to reload.
    const QString before = inbox.listStamp().value();
    const QString historyBefore = inbox.historyStamp(ConversationKey {m_fixture->chen, {}}).value();
    QVERIFY(inbox.markRead(ConversationKey {m_fixture->chen, {}}));
    QVERIFY(inbox.listStamp().value() != before);
    QVERIFY(inbox.historyStamp(ConversationKey {m_fixture->chen, {}}).value() != historyBefore);
}

void TestInbox::filtersUnreadAndOpen()
{
    Inbox inbox(m_workspace->database());
    QVERIFY(inbox.markRead(ConversationKey {m_fixture->anna, {}}));
    InboxFilter unread;
    unread.unreadOnly = true;
    auto list = inbox.conversations(unread);
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(find(list.value(), u"+48600000001"_s).messages, 0); // Anna is not there

    InboxFilter open;
    open.openOnly = true;
    list = inbox.conversations(open);
    QVERIFY(list);
    QCOMPARE(list->size(), 3); // Anna (read, not handled), Chen, the unknown number
    QCOMPARE(find(list.value(), u"+48600000002"_s).messages, 0);

    InboxFilter limited;
    limited.limit = 2;
    auto page = inbox.conversations(limited);
    QCOMPARE(page->size(), 2);
    // The next page starts after the last row of the first one.
    limited.beforeAt = page->constLast().lastAt;
    limited.beforeInboundId = page->constLast().lastInboundId;
    auto next = inbox.conversations(limited);
    QVERIFY(next);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->at(0).displayName(), u"Chen Wei"_s);
    QCOMPARE(next->at(1).displayName(), u"Boris Ivanov"_s);
}

void TestInbox::searchFindsBodyNameAndPhone()
{
    Inbox inbox(m_workspace->database());
    const auto names = [&](const QString& search) {
        InboxFilter f;
        f.search = search;
        QStringList out;
        const QList<Conversation> list = inbox.conversations(f).value();
        for (const Conversation& c : list) {
            out << c.displayName();
        }
        return out;
    };
    QCOMPARE(names(u"stock"_s), QStringList {u"Chen Wei"_s});
    QCOMPARE(names(u"Gdańsk"_s), QStringList {u"Anna Nowak"_s});
    QCOMPARE(names(u"nowak"_s), QStringList {u"Anna Nowak"_s});
    QCOMPARE(names(u"Ivanov Boris"_s), QStringList {u"Boris Ivanov"_s});
    QCOMPARE(names(u"600 000 002"_s), QStringList {u"Boris Ivanov"_s});
    QCOMPARE(names(u"+48600000099"_s), QStringList {u"+48600000099"_s});
    QCOMPARE(names(u"who is"_s), QStringList {u"+48600000099"_s});
    // A match in any reply brings the whole conversation, newest reply first.
    InboxFilter f;
    f.search = u"ship"_s;
    auto anna = inbox.conversations(f);
    QCOMPARE(anna->size(), 1);
    QCOMPARE(anna->constFirst().messages, 2);
    QCOMPARE(anna->constFirst().lastBody, u"Thanks, 100% happy!"_s);
    // LIKE wildcards in the search are plain characters.
    QCOMPARE(names(u"100%"_s), QStringList {u"Anna Nowak"_s});
    QCOMPARE(names(u"%"_s), QStringList {u"Anna Nowak"_s});
    QCOMPARE(names(u"_"_s), QStringList());
    QCOMPARE(names(u"nothing like this"_s), QStringList());
    // Dana never replied: her name finds nothing.
    QCOMPARE(names(u"Dana"_s), QStringList());
}

void TestInbox::historyIsChronologicalWithStates()
{
    Inbox inbox(m_workspace->database());
    auto history = inbox.history(ConversationKey {m_fixture->boris, {}});
    QVERIFY2(history, qPrintable(history.errorMessage()));
    QCOMPARE(history->size(), 4);
    QVERIFY(!history->at(0).isInbound());
    QCOMPARE(history->at(0).campaignName, u"Winter sale"_s);
    QCOMPARE(history->at(0).state, u"delivered"_s);
    QCOMPARE(history->at(0).at, InboxFixture::T0);
    QVERIFY(history->at(1).isInbound());
    QCOMPARE(history->at(1).keyword, u"help"_s);
    QCOMPARE(history->at(1).campaignName, u"Winter sale"_s);
    QCOMPARE(history->at(1).accountName, u"Simulator"_s);
    QVERIFY(!history->at(2).isInbound());
    QCOMPARE(history->at(2).campaignName, u"Spring news"_s);
    QCOMPARE(history->at(3).body, u"STOP"_s);
    QCOMPARE(history->at(3).campaignName, u"Spring news"_s);

    // limit keeps the newest, still oldest first.
    auto last2 = inbox.history(ConversationKey {m_fixture->boris, {}}, 2);
    QVERIFY(last2);
    QCOMPARE(last2->size(), 2);
    QCOMPARE(last2->at(0).campaignName, u"Spring news"_s);
    QCOMPARE(last2->at(1).body, u"STOP"_s);

    // Dana has only the campaign message.
    auto dana = inbox.history(ConversationKey {m_fixture->dana, {}});
    QVERIFY(dana);
    QCOMPARE(dana->size(), 1);
    QCOMPARE(InboxTexts::stateText(dana->constFirst().state), u"Delivered"_s);
}

void TestInbox::contactHistoryIncludesUnlinkedRowsOfTheNumber()
{
    // A one-off message to Dana's number stored before the number was linked to her.
    QVERIFY(InboxFixture::insert(m_workspace->database(),
        u"INSERT INTO messages (phone, kind, body, state, created_at, updated_at) "
        "VALUES ('+48600000004', 'transactional', 'Your order shipped', 'failed', ?, ?)"_s,
        {InboxFixture::T0 + 50, InboxFixture::T0 + 50}));
    Inbox inbox(m_workspace->database());
    auto card = inbox.contactHistory(m_fixture->dana);
    QVERIFY(card);
    QCOMPARE(card->size(), 2);
    QCOMPARE(card->at(1).body, u"Your order shipped"_s);
    QCOMPARE(card->at(1).kind, u"transactional"_s);
    QCOMPARE(InboxTexts::stateText(card->at(1).state), u"Failed"_s);
    QCOMPARE(inbox.history(ConversationKey {m_fixture->dana, {}})->size(), 1);
    QVERIFY(!inbox.contactHistory(9999));
}

void TestInbox::replyQueuesTransactionalRowOnTheConversationAccount()
{
    InboxReply reply(m_workspace->database());
    const ConversationKey chen {m_fixture->chen, {}};
    QCOMPARE(reply.accountFor(chen)->id, m_fixture->backupId);
    QCOMPARE(reply.refusal(chen).value(), QString());
    const QString body = u"Yes, it is back: size M and L."_s;
    auto queued = reply.queue(chen, body, QDateTime::fromSecsSinceEpoch(InboxFixture::T0 + 3000, Qt::UTC));
    QVERIFY2(queued, qPrintable(queued.errorMessage()));
    QCOMPARE(queued->accountId, m_fixture->backupId);
    QCOMPARE(queued->phone, u"+48600000003"_s);
    QCOMPARE(queued->segments, 1);

    Database& db = m_workspace->database();
    QSqlQuery q = db.query();
    q.prepare(u"SELECT campaign_id, contact_id, account_id, phone, kind, body, state, encoding, segments "
              "FROM messages WHERE id = ?"_s);
    q.addBindValue(queued->messageId);
    QVERIFY(q.exec() && q.next());
    QVERIFY(q.value(0).isNull()); // a one-off row: the Poller sends it
    QCOMPARE(q.value(1).toLongLong(), m_fixture->chen);
    QCOMPARE(q.value(2).toLongLong(), m_fixture->backupId);
    QCOMPARE(q.value(3).toString(), u"+48600000003"_s);
    QCOMPARE(q.value(4).toString(), u"transactional"_s);
    QCOMPARE(q.value(5).toString(), body);
    QCOMPARE(q.value(6).toString(), u"pending"_s);
    QCOMPARE(q.value(7).toString(), u"GSM-7"_s);
    QCOMPARE(q.value(8).toInt(), 1);

    // Answered: read and handled, and the reply is in the conversation with its state.
    Inbox inbox(db);
    QCOMPARE(inbox.conversation(chen)->unread, 0);
    QVERIFY(inbox.conversation(chen)->isHandled());
    auto history = inbox.history(chen);
    QVERIFY(history);
    QCOMPARE(history->constLast().body, body);
    QVERIFY(!history->constLast().isInbound());
    QCOMPARE(InboxTexts::stateText(history->constLast().state), u"Queued"_s);

    // Anna writes Polish with diacritics the GSM alphabet lacks: UCS-2, counted like the editor.
    auto anna = reply.queue(ConversationKey {m_fixture->anna, {}}, u"Tak, wysyłamy do Gdańska. Dziękujemy!"_s);
    QVERIFY(anna);
    QCOMPARE(anna->encoding, u"UCS-2"_s);
    QCOMPARE(anna->accountId, m_fixture->simulatorId);
}

void TestInbox::replyToUnknownNumberUsesItsAccount()
{
    InboxReply reply(m_workspace->database());
    const ConversationKey unknown {0, u"+48600000099"_s};
    auto queued = reply.queue(unknown, u"This is Herald's demo shop."_s);
    QVERIFY2(queued, qPrintable(queued.errorMessage()));
    QCOMPARE(queued->accountId, m_fixture->simulatorId);
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE phone = '+48600000099' AND contact_id IS NULL "
                    "AND campaign_id IS NULL AND kind = 'transactional'"_s),
        1);
    QCOMPARE(Inbox(m_workspace->database()).history(unknown)->size(), 2);
}

void TestInbox::replyIsRefusedForSuppressedNumber()
{
    InboxReply reply(m_workspace->database());
    const ConversationKey boris {m_fixture->boris, {}};
    const qint64 before = scalar(u"SELECT count(*) FROM messages"_s);
    auto refusal = reply.refusal(boris);
    QVERIFY(refusal);
    QVERIFY(refusal->contains(u"suppression list"_s));
    QVERIFY(refusal->contains(u"+48600000002"_s));
    auto queued = reply.queue(boris, u"Sorry to see you go"_s);
    QVERIFY(!queued);
    QVERIFY(queued.errorMessage().contains(u"STOP"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), before);

    // The same for a number put on the list another way (an erased contact, a manual opt-out).
    QVERIFY(Suppression(m_workspace->database()).add(u"+48600000003"_s, u"opted_out"_s));
    QVERIFY(!reply.queue(ConversationKey {m_fixture->chen, {}}, u"Hello"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), before);
    // Anna is not suppressed: she can be answered.
    QVERIFY(reply.queue(ConversationKey {m_fixture->anna, {}}, u"Hello"_s));
}

void TestInbox::replyIsRefusedWhenEmptyOrTooLong()
{
    InboxReply reply(m_workspace->database());
    const ConversationKey anna {m_fixture->anna, {}};
    QVERIFY(!reply.queue(anna, u"   \n "_s));
    auto tooLong = reply.queue(anna, QString(InboxReply::MaxCharacters + 1, u'a'));
    QVERIFY(!tooLong);
    QVERIFY(tooLong.errorMessage().contains(u"1601"_s));
    QVERIFY(!reply.queue(ConversationKey {}, u"Hello"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL"_s), 0);
    // Nothing was marked handled by a refused reply.
    QCOMPARE(Inbox(m_workspace->database()).conversation(anna)->open, 2);
}

void TestInbox::replyIsRefusedToSomeoneWhoNeverWrote()
{
    // Dana got the campaign but never answered: the inbox does not write first.
    InboxReply reply(m_workspace->database());
    const ConversationKey dana {m_fixture->dana, {}};
    auto refusal = reply.refusal(dana);
    QVERIFY(refusal);
    QVERIFY(refusal->contains(u"campaign"_s));
    QVERIFY(!reply.queue(dana, u"Hello"_s));
    QVERIFY(!reply.queue(ConversationKey {0, u"+48600000777"_s}, u"Hello"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL"_s), 0);
}

void TestInbox::summaryStaysInStepWithReplies()
{
    Database& db = m_workspace->database();
    // The summary rows, and the same figures computed from the replies themselves.
    const auto summary = [&] {
        QStringList rows;
        QSqlQuery q = db.query();
        q.exec(u"SELECT key, last_inbound_id, last_at, messages, unread, open, stops, starts, helps "
               "FROM inbox_conversations ORDER BY key"_s);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < 9; ++i) {
                values << q.value(i).toString();
            }
            rows << values.join(u',');
        }
        return rows;
    };
    const auto computed = [&] {
        QStringList rows;
        QSqlQuery q = db.query();
        q.exec(u"SELECT CASE WHEN contact_id IS NOT NULL THEN 'c' || contact_id ELSE 'p' || from_phone END AS k, id, "
               "max(received_at), count(*), sum(is_read = 0), sum(handled = 0), sum(keyword = 'stop'), "
               "sum(keyword = 'start'), sum(keyword = 'help') FROM inbound GROUP BY k ORDER BY k"_s);
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < 9; ++i) {
                values << q.value(i).toString();
            }
            rows << values.join(u',');
        }
        return rows;
    };
    QCOMPARE(summary().size(), 4);
    QCOMPARE(summary(), computed());

    Inbox inbox(db);
    QVERIFY(inbox.markRead(ConversationKey {m_fixture->anna, {}}));
    QVERIFY(inbox.markHandled(ConversationKey {m_fixture->chen, {}}));
    QVERIFY(inbox.markHandled(ConversationKey {m_fixture->chen, {}}, false));
    QCOMPARE(summary(), computed());

    // A reply moved to another contact (relinked), one deleted, a contact deleted (its replies go
    // with it by cascade): the summary follows each time.
    QVERIFY(db.scalar(u"UPDATE inbound SET contact_id = ? WHERE provider_id = 'IN6'"_s, {m_fixture->dana}));
    QCOMPARE(summary(), computed());
    QVERIFY(db.scalar(u"DELETE FROM inbound WHERE provider_id = 'IN4'"_s));
    QCOMPARE(summary(), computed());
    QCOMPARE(inbox.conversation(ConversationKey {m_fixture->anna, {}})->lastBody, u"Do you ship to Gdańsk?"_s);
    QVERIFY(db.scalar(u"DELETE FROM contacts WHERE id = ?"_s, {m_fixture->boris}));
    QCOMPARE(summary(), computed());
    QCOMPARE(summary().size(), 3);

    // The migration's backfill (its last statement) rebuilds the same rows from scratch.
    const QList<Migration> migrations = Schema::migrations();
    const auto step
        = std::find_if(migrations.begin(), migrations.end(), [](const Migration& m) { return m.version == 5; });
    QVERIFY(step != migrations.end());
    const QStringList before = summary();
    QVERIFY(db.scalar(u"DELETE FROM inbox_conversations"_s));
    QVERIFY(summary().isEmpty());
    QVERIFY(db.exec(step->statements.constLast()));
    QCOMPARE(summary(), before);
}

QTEST_GUILESS_MAIN(TestInbox)
#include "TestInbox.moc"
