// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../core/inbox/InboxFixture.h"
#include "ConversationListModel.h"
#include "MessageHistoryModel.h"
#include "MessageWidget.h"
#include "TempWorkspace.h"
#include "dialogs/ContactCardDialog.h"
#include "editor/MessageEditor.h"
#include "panes/InboxPane.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;
using namespace Herald::Test;

// The inbox pane offscreen on the prepared inbox (InboxFixture).
class TestInboxPane final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsConversationsAndOpensTheNewest();
    void replyWithCtrlEnterQueuesAndShowsInThread();
    void suppressedNumberCannotBeAnswered();
    void searchFilterAndHandledKeys();
    void newRepliesFromAnotherConnectionAppear();
    void rightToLeftLayoutPaints();
    void contactCardShowsTheWholeConversation();
    void fitsInASmallWindow();

private:
    qint64 scalar(const QString& sql, const QVariantList& values = {})
    {
        return m_workspace->database().scalar(sql, values).value().toLongLong();
    }

    std::unique_ptr<TempWorkspace> m_workspace;
    std::unique_ptr<InboxFixture> m_fixture;
    std::unique_ptr<InboxPane> m_pane;
};

void TestInboxPane::init()
{
    m_workspace = std::make_unique<TempWorkspace>();
    QVERIFY(m_workspace->isOpen());
    m_fixture = std::make_unique<InboxFixture>(m_workspace->database());
    QVERIFY(m_fixture->ok);
    m_pane = std::make_unique<InboxPane>();
    m_pane->resize(1000, 650);
    m_pane->setWorkspace(&m_workspace->workspace());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestInboxPane::cleanup()
{
    m_pane.reset();
    m_fixture.reset();
    m_workspace.reset();
}

void TestInboxPane::listsConversationsAndOpensTheNewest()
{
    QAbstractItemModelTester tester(m_pane->conversationModel());
    QAbstractItemModelTester historyTester(m_pane->historyModel());
    auto* list = m_pane->findChild<QListView*>(u"conversationList"_s);
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 4);
    // The newest conversation is opened, and opening it read it.
    QCOMPARE(m_pane->currentConversation().phone, u"+48600000099"_s);
    QCOMPARE(scalar(u"SELECT is_read FROM inbound WHERE provider_id = 'IN6'"_s), 1);
    QCOMPARE(list->model()->index(0, 0).data(ConversationListModel::UnreadRole).toInt(), 0);
    // Anna is still unread: bold, with her count.
    const QModelIndex anna = list->model()->index(1, 0);
    QCOMPARE(anna.data().toString(), u"Anna Nowak"_s);
    QCOMPARE(anna.data(ConversationListModel::UnreadRole).toInt(), 2);
    QVERIFY(anna.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(anna.data(ConversationListModel::CampaignRole).toString(), u"Winter sale"_s);
    const QModelIndex boris = list->model()->index(3, 0);
    QCOMPARE(
        boris.data(ConversationListModel::KeywordsRole).toInt(), int(InboxKeyword::Stop) | int(InboxKeyword::Help));
    QVERIFY(m_pane->findChild<QLabel*>(u"inboxTotalsLabel"_s)->text().contains(u"4 conversation"_s));

    // Choosing Anna shows her whole history, oldest first, and reads her replies.
    list->setCurrentIndex(anna);
    QCOMPARE(m_pane->currentConversation().contactId, m_fixture->anna);
    QCOMPARE(m_pane->historyModel()->rowCount(), 3);
    QVERIFY(!m_pane->historyModel()->index(0, 0).data(MessageHistoryModel::InboundRole).toBool());
    QCOMPARE(
        m_pane->historyModel()->index(2, 0).data(MessageHistoryModel::BodyRole).toString(), u"Thanks, 100% happy!"_s);
    QCOMPARE(m_pane->findChild<QLabel*>(u"conversationTitleLabel"_s)->text(), u"Anna Nowak"_s);
    QVERIFY(m_pane->findChild<QLabel*>(u"conversationSubtitleLabel"_s)->text().contains(u"Winter sale"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM inbound WHERE contact_id = ? AND is_read = 0"_s, {m_fixture->anna}), 0);
    QVERIFY(m_pane->findChild<QPushButton*>(u"contactCardButton"_s)->isVisible());
}

void TestInboxPane::replyWithCtrlEnterQueuesAndShowsInThread()
{
    m_pane->selectConversation(ConversationKey {m_fixture->chen, {}});
    QCOMPARE(m_pane->currentConversation().contactId, m_fixture->chen);
    auto* send = m_pane->findChild<QPushButton*>(u"sendReplyButton"_s);
    QVERIFY(!send->isEnabled()); // nothing written yet
    QVERIFY(m_pane->findChild<QLabel*>(u"replyAccountLabel"_s)->text().contains(u"Backup"_s));
    auto* body = m_pane->replyEditor()->findChild<QPlainTextEdit*>(u"bodyEdit"_s);
    QVERIFY(body);
    body->setFocus();
    QTest::keyClicks(body, u"Back on Monday, size M."_s);
    QVERIFY(send->isEnabled());
    // The live counter of the editor counts the reply.
    QVERIFY(m_pane->replyEditor()->findChild<QLabel*>(u"counterLabel"_s)->text().contains(u"23"_s));
    QSignalSpy queued(m_pane.get(), &InboxPane::replyQueued);
    const int rows = m_pane->historyModel()->rowCount();
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(queued.size(), 1);
    const qint64 id = queued.constFirst().at(0).toLongLong();
    QCOMPARE(scalar(u"SELECT account_id FROM messages WHERE id = ?"_s, {id}), m_fixture->backupId);
    QCOMPARE(m_workspace->database().scalar(u"SELECT kind FROM messages WHERE id = ?"_s, {id}).value().toString(),
        u"transactional"_s);
    QCOMPARE(m_pane->historyModel()->rowCount(), rows + 1);
    const QModelIndex last = m_pane->historyModel()->index(rows, 0);
    QCOMPARE(last.data(MessageHistoryModel::BodyRole).toString(), u"Back on Monday, size M."_s);
    QCOMPARE(last.data(MessageHistoryModel::StateTextRole).toString(), u"Queued"_s);
    QVERIFY(body->toPlainText().isEmpty());
    QCOMPARE(m_pane->messageWidget()->type(), MessageWidget::Type::Positive);
    // Answered conversations are handled.
    QVERIFY(m_pane->findChild<QPushButton*>(u"handledButton"_s)->text().contains(u"again"_s));

    // The worker moves the row on (another connection's commit): the bubble's state follows.
    auto other = Database::open(m_workspace->path());
    QVERIFY(other);
    QVERIFY(other.value()->scalar(
        u"UPDATE messages SET state = 'delivered', accepted_at = created_at WHERE id = ?"_s, {id}));
    m_pane->refresh();
    QCOMPARE(
        m_pane->historyModel()->index(rows, 0).data(MessageHistoryModel::StateTextRole).toString(), u"Delivered"_s);
}

void TestInboxPane::suppressedNumberCannotBeAnswered()
{
    m_pane->selectConversation(ConversationKey {m_fixture->boris, {}});
    QVERIFY(!m_pane->replyEditor()->isEnabled());
    QVERIFY(!m_pane->findChild<QPushButton*>(u"sendReplyButton"_s)->isEnabled());
    QVERIFY(m_pane->findChild<QLabel*>(u"replyAccountLabel"_s)->text().contains(u"suppression list"_s));
    const qint64 before = scalar(u"SELECT count(*) FROM messages"_s);
    m_pane->replyEditor()->setText(u"Sorry to see you go"_s);
    QVERIFY(!m_pane->sendReply());
    QCOMPARE(m_pane->messageWidget()->type(), MessageWidget::Type::Error);
    QVERIFY(m_pane->messageWidget()->text().contains(u"STOP"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM messages"_s), before);
}

void TestInboxPane::searchFilterAndHandledKeys()
{
    auto* search = m_pane->findChild<QLineEdit*>(u"inboxSearchEdit"_s);
    m_pane->findChild<QListView*>(u"conversationList"_s)->setFocus();
    QTest::keyClick(m_pane.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"stock"_s);
    QTRY_COMPARE(m_pane->conversationModel()->rowCount(), 1);
    QCOMPARE(m_pane->conversationModel()->index(0, 0).data().toString(), u"Chen Wei"_s);
    QCOMPARE(m_pane->currentConversation().contactId, m_fixture->chen);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QTRY_COMPARE(m_pane->conversationModel()->rowCount(), 4);

    // Ctrl+D marks the shown conversation handled; "Not handled" no longer lists it.
    m_pane->selectConversation(ConversationKey {m_fixture->anna, {}});
    QTest::keyClick(m_pane->findChild<QListView*>(u"threadView"_s), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT count(*) FROM inbound WHERE contact_id = ? AND handled = 0"_s, {m_fixture->anna}), 0);
    m_pane->setShow(InboxPane::Show::Open);
    QCOMPARE(m_pane->conversationModel()->rowOf(ConversationKey {m_fixture->anna, {}}), -1);
    QCOMPARE(m_pane->conversationModel()->rowCount(), 2); // Chen and the unknown number
    // And Ctrl+D again opens it.
    m_pane->setShow(InboxPane::Show::All);
    m_pane->selectConversation(ConversationKey {m_fixture->anna, {}});
    QTest::keyClick(m_pane->findChild<QListView*>(u"threadView"_s), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(scalar(u"SELECT count(*) FROM inbound WHERE contact_id = ? AND handled = 0"_s, {m_fixture->anna}), 1);
    m_pane->setShow(InboxPane::Show::Unread);
    QCOMPARE(m_pane->conversationModel()->rowOf(ConversationKey {m_fixture->anna, {}}), -1);
}

void TestInboxPane::newRepliesFromAnotherConnectionAppear()
{
    QSignalSpy unread(m_pane.get(), &InboxPane::unreadCountChanged);
    m_pane->setRefreshInterval(50);
    // The send worker's connection stores a reply from Dana, who never wrote before.
    auto other = Database::open(m_workspace->path());
    QVERIFY(other);
    InboundProcessor processor(*other.value());
    auto simulator = ProviderAccounts(*other.value()).find(m_fixture->simulatorId);
    QVERIFY(simulator);
    auto stored = processor.process(simulator.value(),
        {InboxFixture::reply(
            u"IN7"_s, u"+48600000004"_s, u"Can I still order for Friday?"_s, QDateTime::currentSecsSinceEpoch())});
    QVERIFY(stored);
    QCOMPARE(stored->stored, 1);
    QTRY_COMPARE(m_pane->conversationModel()->rowCount(), 5);
    const QModelIndex first = m_pane->conversationModel()->index(0, 0);
    QCOMPARE(first.data().toString(), u"Dana Silent"_s);
    QCOMPARE(first.data(ConversationListModel::UnreadRole).toInt(), 1);
    QVERIFY(!unread.isEmpty());
    // The conversation shown before stays shown.
    QCOMPARE(m_pane->currentConversation().phone, u"+48600000099"_s);
}

void TestInboxPane::rightToLeftLayoutPaints()
{
    m_pane->setLayoutDirection(Qt::RightToLeft);
    m_pane->selectConversation(ConversationKey {m_fixture->anna, {}});
    auto* thread = m_pane->findChild<QListView*>(u"threadView"_s);
    auto* list = m_pane->findChild<QListView*>(u"conversationList"_s);
    // In a right-to-left layout the conversation list sits on the right of the thread.
    QTRY_VERIFY(list->mapTo(m_pane.get(), QPoint(0, 0)).x() > thread->mapTo(m_pane.get(), QPoint(0, 0)).x());
    const QImage image = m_pane->grab().toImage();
    QVERIFY(!image.isNull());
    // Every message has a row of a sensible height (the bubble layout ran).
    for (int row = 0; row < m_pane->historyModel()->rowCount(); ++row) {
        QVERIFY(thread->visualRect(m_pane->historyModel()->index(row, 0)).height() > 20);
    }
}

void TestInboxPane::contactCardShowsTheWholeConversation()
{
    ContactCardDialog card(m_workspace->database(), m_fixture->boris);
    card.show();
    auto* tabs = card.findChild<QTabWidget*>(u"contactTabs"_s);
    auto* view = card.findChild<QListView*>(u"conversationHistoryView"_s);
    QVERIFY(tabs && view);
    QVERIFY(tabs->indexOf(view) >= 0);
    tabs->setCurrentWidget(view);
    // Oldest first: Winter sale, HELP, Spring news, STOP; sent rows with their state.
    QAbstractItemModel* model = view->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(0, 0).data(MessageHistoryModel::CampaignRole).toString(), u"Winter sale"_s);
    QCOMPARE(model->index(0, 0).data(MessageHistoryModel::StateTextRole).toString(), u"Delivered"_s);
    QCOMPARE(model->index(1, 0).data(MessageHistoryModel::BodyRole).toString(), u"HELP"_s);
    QCOMPARE(model->index(1, 0).data(MessageHistoryModel::StateTextRole).toString(), u"HELP"_s);
    QCOMPARE(model->index(2, 0).data(MessageHistoryModel::CampaignRole).toString(), u"Spring news"_s);
    QVERIFY(model->index(3, 0).data(MessageHistoryModel::InboundRole).toBool());
    QVERIFY(model->index(3, 0).data(MessageHistoryModel::DetailRole).toString().contains(u"Spring news"_s));
}

void TestInboxPane::fitsInASmallWindow()
{
    // The main window must still fit a 1000×680 screen with the log dock open: the pane may not
    // demand more height than that, whatever conversation (and refusal text) it shows.
    m_pane->selectConversation(ConversationKey {m_fixture->boris, {}});
    QVERIFY(m_pane->minimumSizeHint().height() <= 420);
    QVERIFY(m_pane->minimumSizeHint().width() <= 700);
    // The same for an empty inbox and for no workspace at all.
    TempWorkspace empty;
    QVERIFY(empty.isOpen());
    InboxPane pane;
    pane.setWorkspace(&empty.workspace());
    pane.show();
    QVERIFY(pane.minimumSizeHint().height() <= 420);
    pane.setWorkspace(nullptr);
    QVERIFY(pane.minimumSizeHint().height() <= 420);
}

QTEST_MAIN(TestInboxPane)
#include "TestInboxPane.moc"
