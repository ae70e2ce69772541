// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InboxPane.h"

#include "ConversationListModel.h"
#include "MessageHistoryModel.h"
#include "MessageWidget.h"
#include "Workspace.h"
#include "dialogs/ContactCardDialog.h"
#include "editor/MessageEditor.h"
#include "inbox/Inbox.h"
#include "inbox/InboxDelegates.h"
#include "inbox/InboxReply.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int s_defaultRefreshMs = 2000;

QFont titleFont(QFont font)
{
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    return font;
}

} // namespace

InboxPane::InboxPane(QWidget* parent)
    : QWidget(parent)
    , m_conversations(new ConversationListModel(this))
    , m_history(new MessageHistoryModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_showCombo(new QComboBox(this))
    , m_totalsLabel(new QLabel(this))
    , m_conversationList(new QListView(this))
    , m_emptyLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_subtitleLabel(new QLabel(this))
    , m_contactButton(new QPushButton(tr("Contact &card"), this))
    , m_handledButton(new QPushButton(this))
    , m_thread(new QListView(this))
    , m_messageWidget(new MessageWidget(this))
    , m_replyEditor(new MessageEditor(this))
    , m_accountLabel(new QLabel(this))
    , m_sendButton(new QPushButton(tr("&Send reply"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_searchTimer(new QTimer(this))
    , m_refreshTimer(new QTimer(this))
{
    m_searchEdit->setObjectName(u"inboxSearchEdit"_s);
    m_showCombo->setObjectName(u"inboxShowCombo"_s);
    m_totalsLabel->setObjectName(u"inboxTotalsLabel"_s);
    m_conversationList->setObjectName(u"conversationList"_s);
    m_emptyLabel->setObjectName(u"inboxEmptyLabel"_s);
    m_titleLabel->setObjectName(u"conversationTitleLabel"_s);
    m_subtitleLabel->setObjectName(u"conversationSubtitleLabel"_s);
    m_contactButton->setObjectName(u"contactCardButton"_s);
    m_handledButton->setObjectName(u"handledButton"_s);
    m_thread->setObjectName(u"threadView"_s);
    m_messageWidget->setObjectName(u"inboxMessageWidget"_s);
    m_replyEditor->setObjectName(u"replyEditor"_s);
    m_accountLabel->setObjectName(u"replyAccountLabel"_s);
    m_sendButton->setObjectName(u"sendReplyButton"_s);

    // Top row: search, what to show, totals.
    m_searchEdit->setPlaceholderText(tr("Search replies, names and numbers (Ctrl+F)"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search the inbox"));
    m_showCombo->addItem(tr("All conversations"), int(Show::All));
    m_showCombo->addItem(tr("Unread"), int(Show::Unread));
    m_showCombo->addItem(tr("Not handled"), int(Show::Open));
    m_showCombo->setAccessibleName(tr("Conversations to show"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_showCombo);
    top->addWidget(m_totalsLabel);

    // Leading side: the conversations.
    m_conversationList->setModel(m_conversations);
    m_conversationList->setItemDelegate(new ConversationDelegate(m_conversationList));
    m_conversationList->setUniformItemSizes(true);
    m_conversationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_conversationList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conversationList->setAccessibleName(tr("Conversations"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setEnabled(false);
    auto* listSide = new QWidget(m_splitter);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_conversationList, 1);
    listLayout->addWidget(m_emptyLabel, 1);

    // Trailing side: header, thread, reply box.
    m_titleLabel->setFont(titleFont(m_titleLabel->font()));

    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setWordWrap(true);
    m_handledButton->setToolTip(tr("Mark every reply of this conversation handled, or open it again (Ctrl+D)"));
    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_subtitleLabel);
    header->addLayout(titles, 1);
    header->addWidget(m_contactButton);
    header->addWidget(m_handledButton);

    m_thread->setModel(m_history);
    m_thread->setItemDelegate(new MessageBubbleDelegate(m_thread));
    m_thread->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thread->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_thread->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_thread->setResizeMode(QListView::Adjust);
    m_thread->setWordWrap(true);
    m_thread->setAccessibleName(tr("Messages of the conversation"));

    // The reply is a plain answer: no placeholders, no preview contact, no opt-out footer.
    m_replyEditor->setMarketing(false);
    for (const QString& name : {u"insertPlaceholderButton"_s, u"previewContactCombo"_s, u"previewLabel"_s}) {
        if (auto* child = m_replyEditor->findChild<QWidget*>(name)) {
            child->hide();
        }
    }
    for (QLabel* label : m_replyEditor->findChildren<QLabel*>()) {
        if (label->buddy() && label->buddy()->objectName() == u"previewContactCombo"_s) {
            label->hide();
        }
    }
    if (auto* body = m_replyEditor->findChild<QWidget*>(u"bodyEdit"_s)) {
        body->setMinimumHeight(70);
        body->setAccessibleName(tr("Reply"));
        body->setProperty("placeholderText", tr("Write a reply… (Ctrl+Enter sends)"));
    }
    m_accountLabel->setWordWrap(true);
    m_sendButton->setDefault(false);
    m_sendButton->setToolTip(tr("Send the reply (Ctrl+Enter)"));
    auto* sendRow = new QHBoxLayout;
    sendRow->addWidget(m_accountLabel, 1);
    sendRow->addWidget(m_sendButton);

    auto* threadSide = new QWidget(m_splitter);
    auto* threadLayout = new QVBoxLayout(threadSide);
    threadLayout->setContentsMargins(0, 0, 0, 0);
    threadLayout->addLayout(header);
    // The thread gets most of the height; the reply box stays a few lines high.
    threadLayout->addWidget(m_thread, 4);
    threadLayout->addWidget(m_messageWidget);
    threadLayout->addWidget(m_replyEditor, 1);
    threadLayout->addLayout(sendRow);

    m_splitter->addWidget(listSide);
    m_splitter->addWidget(threadSide);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({360, 560});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    // Keyboard access.
    auto* findAction = new QAction(tr("Search the inbox"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(findAction, &QAction::triggered, this, &InboxPane::focusSearch);
    addAction(findAction);
    auto* sendAction = new QAction(tr("Send reply"), this);
    sendAction->setObjectName(u"sendReplyAction"_s);
    sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    sendAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(sendAction, &QAction::triggered, this, [this] { sendReply(); });
    addAction(sendAction);
    auto* handledAction = new QAction(tr("Mark handled"), this);
    handledAction->setObjectName(u"toggleHandledAction"_s);
    handledAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    handledAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(handledAction, &QAction::triggered, this, &InboxPane::toggleHandled);
    addAction(handledAction);

    auto* clearSearch = new QAction(tr("Clear the search"), m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_searchEdit, &QLineEdit::clear);
    m_searchEdit->addAction(clearSearch);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &InboxPane::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &InboxPane::handleSearchChanged);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
        m_conversationList->setFocus();
    });
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, &InboxPane::applyFilter);
    connect(m_conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &InboxPane::handleCurrentChanged);
    connect(m_conversationList, &QListView::activated, this, [this] { m_replyEditor->setFocus(); });
    connect(m_conversations, &QAbstractItemModel::modelReset, this, [this] {
        // Keep the shown conversation selected across reloads.
        const int row = m_conversations->rowOf(m_current);
        if (row >= 0) {
            m_selecting = true;
            m_conversationList->setCurrentIndex(m_conversations->index(row, 0));
            m_selecting = false;
        }
    });
    connect(m_history, &QAbstractItemModel::rowsInserted, m_thread, &QListView::scrollToBottom);
    connect(m_history, &QAbstractItemModel::modelReset, m_thread, &QListView::scrollToBottom);
    connect(m_contactButton, &QPushButton::clicked, this, &InboxPane::openContactCard);
    connect(m_handledButton, &QPushButton::clicked, this, &InboxPane::toggleHandled);
    connect(m_sendButton, &QPushButton::clicked, this, [this] { sendReply(); });
    connect(m_replyEditor, &MessageEditor::textChanged, this, &InboxPane::updateReplyState);

    m_refreshTimer->setInterval(s_defaultRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &InboxPane::refresh);

    setWorkspace(nullptr);
}

InboxPane::~InboxPane() = default;

void InboxPane::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_database = workspace ? &workspace->database() : nullptr;
    m_current = ConversationKey();
    m_dataVersion = -1;
    m_listStamp.clear();
    m_historyStamp.clear();
    m_messageWidget->hide();
    m_history->setDatabase(m_database);
    m_conversations->setDatabase(m_database);
    m_replyEditor->setText(QString());
    if (m_database) {
        m_refreshTimer->start();
        refresh();
        if (m_conversations->rowCount() > 0 && !m_current.isValid()) {
            m_conversationList->setCurrentIndex(m_conversations->index(0, 0));
        }
    } else {
        m_refreshTimer->stop();
    }
    showConversation(m_current);
    updateTotals();
}

void InboxPane::setRefreshInterval(int ms)
{
    if (ms <= 0) {
        m_refreshTimer->stop();
        return;
    }
    m_refreshTimer->setInterval(ms);
    if (m_database) {
        m_refreshTimer->start();
    }
}

void InboxPane::refresh()
{
    if (!m_database) {
        return;
    }
    // data_version moves when another connection commits; our own writes reload explicitly.
    auto version = m_database->scalar(u"PRAGMA data_version"_s);
    if (version && version.value().toLongLong() == m_dataVersion) {
        return;
    }
    m_dataVersion = version ? version.value().toLongLong() : -1;
    Inbox inbox(*m_database);
    if (auto stamp = inbox.listStamp(); !stamp || stamp.value() != m_listStamp) {
        m_listStamp = stamp ? stamp.value() : QString();
        reloadList();
    }
    if (m_current.isValid()) {
        if (auto stamp = inbox.historyStamp(m_current); !stamp || stamp.value() != m_historyStamp) {
            m_historyStamp = stamp ? stamp.value() : QString();
            m_history->reload();
            updateHeader();
        }
    }
}

void InboxPane::reloadList()
{
    m_conversations->reload();
    if (!m_conversations->errorMessage().isEmpty()) {
        m_messageWidget->showMessage(m_conversations->errorMessage(), MessageWidget::Type::Error);
    }
    updateTotals();
}

void InboxPane::updateTotals()
{
    const bool any = m_conversations->rowCount() > 0;
    m_conversationList->setVisible(any);
    m_emptyLabel->setVisible(!any);
    if (!m_database) {
        m_emptyLabel->setText(tr("Open a workspace to see the replies of your customers."));
        m_totalsLabel->clear();
        return;
    }
    auto totals = Inbox(*m_database).totals();
    if (!totals) {
        m_totalsLabel->clear();
        return;
    }
    const bool filtered = !m_searchEdit->text().trimmed().isEmpty() || m_showCombo->currentIndex() > 0;
    if (!any) {
        m_emptyLabel->setText(filtered ? tr("No conversation matches.")
                                       : tr("No replies yet. When customers answer a campaign, their messages "
                                            "appear here, grouped by person."));
    }
    m_totalsLabel->setText(tr("%Ln conversation(s)", nullptr, totals->conversations) + u" · "_s
        + tr("%Ln unread", nullptr, totals->unreadMessages));
    emit unreadCountChanged(totals->unreadMessages);
}

void InboxPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void InboxPane::setShow(Show show)
{
    m_showCombo->setCurrentIndex(m_showCombo->findData(int(show)));
}

void InboxPane::handleSearchChanged()
{
    m_searchTimer->start();
}

void InboxPane::applyFilter()
{
    InboxFilter filter;
    filter.search = m_searchEdit->text();
    const auto show = Show(m_showCombo->currentData().toInt());
    filter.unreadOnly = show == Show::Unread;
    filter.openOnly = show == Show::Open;
    m_conversations->setFilter(filter);
    updateTotals();
    if (m_conversations->rowOf(m_current) < 0 && m_conversations->rowCount() > 0) {
        m_conversationList->setCurrentIndex(m_conversations->index(0, 0));
    }
}

void InboxPane::handleCurrentChanged()
{
    if (m_selecting) {
        return;
    }
    const QModelIndex current = m_conversationList->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const auto key = current.data(ConversationListModel::KeyRole).value<ConversationKey>();
    if (key == m_current) {
        return;
    }
    showConversation(key);
}

void InboxPane::selectConversation(const ConversationKey& key)
{
    const int row = m_conversations->rowOf(key);
    if (row >= 0) {
        m_conversationList->setCurrentIndex(m_conversations->index(row, 0));
    } else {
        showConversation(key);
    }
}

void InboxPane::showConversation(const ConversationKey& key)
{
    const bool changed = !(key == m_current);
    m_current = key;
    if (changed) {
        m_messageWidget->hide();
        m_replyEditor->setText(QString());
    }
    if (m_database && key.isValid()) {
        // Opening a conversation reads it.
        if (auto read = Inbox(*m_database).markRead(key); read && read.value() > 0) {
            reloadList();
        }
        m_history->setConversation(key);
        if (auto stamp = Inbox(*m_database).historyStamp(key)) {
            m_historyStamp = stamp.value();
        }
        if (auto stamp = Inbox(*m_database).listStamp()) {
            m_listStamp = stamp.value();
        }
    } else {
        m_history->clear();
    }
    m_thread->scrollToBottom();
    updateHeader();
}

void InboxPane::updateHeader()
{
    // On the window's leading side whatever the script of the name: QLabel would follow the text's
    // own direction and put an Arabic name on the far side of an English window (and vice versa).
    const Qt::Alignment leading = Qt::AlignAbsolute | Qt::AlignVCenter
        | (layoutDirection() == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft);
    m_titleLabel->setAlignment(leading);
    m_subtitleLabel->setAlignment(leading);
    m_accountLabel->setAlignment(leading);
    const bool shown = m_database && m_current.isValid();
    m_thread->setEnabled(shown);
    m_contactButton->setVisible(shown && m_current.contactId > 0);
    m_handledButton->setVisible(shown);
    if (!shown) {
        m_titleLabel->setText(m_database ? tr("No conversation selected") : QString());
        m_subtitleLabel->clear();
        updateReplyState();
        return;
    }
    auto conversation = Inbox(*m_database).conversation(m_current);
    if (!conversation) {
        // Outbox rows only (a contact card's history), or the replies were erased.
        auto phone = Inbox(*m_database).phoneOf(m_current);
        m_titleLabel->setText(phone ? phone.value() : QString());
        m_subtitleLabel->setText(conversation.errorMessage());
        m_handledButton->setVisible(false);
        updateReplyState();
        return;
    }
    m_titleLabel->setText(conversation->displayName());
    QStringList parts;
    if (!conversation->name.isEmpty()) {
        parts << conversation->phone;
    } else {
        parts << tr("not in your contacts");
    }
    parts << tr("%Ln reply(ies)", nullptr, conversation->messages);
    if (!conversation->campaignName.isEmpty()) {
        parts << tr("answers “%1”").arg(conversation->campaignName);
    }
    parts << (conversation->isHandled() ? tr("handled") : tr("%Ln not handled", nullptr, conversation->open));
    m_subtitleLabel->setText(parts.join(u" · "_s));
    m_handledButton->setText(conversation->isHandled() ? tr("Open &again") : tr("Mark &handled"));
    updateReplyState();
}

void InboxPane::updateReplyState()
{
    if (!m_database || !m_current.isValid()) {
        m_replyEditor->setEnabled(false);
        m_sendButton->setEnabled(false);
        m_accountLabel->clear();
        return;
    }
    InboxReply reply(*m_database);
    auto refusal = reply.refusal(m_current);
    const QString reason = refusal ? refusal.value() : refusal.errorMessage();
    if (!reason.isEmpty()) {
        m_replyEditor->setEnabled(false);
        m_sendButton->setEnabled(false);
        m_accountLabel->setText(reason);
        return;
    }
    m_replyEditor->setEnabled(true);
    auto account = reply.accountFor(m_current);
    m_accountLabel->setText(
        account ? tr("Sent through “%1” as a transactional message.").arg(account->name) : account.errorMessage());
    m_sendButton->setEnabled(!m_replyEditor->text().trimmed().isEmpty());
}

bool InboxPane::sendReply()
{
    if (!m_database || !m_current.isValid()) {
        return false;
    }
    const QString text = m_replyEditor->countedText();
    if (text.trimmed().isEmpty()) {
        m_messageWidget->showMessage(tr("Write a reply first."), MessageWidget::Type::Warning);
        return false;
    }
    auto queued = InboxReply(*m_database).queue(m_current, text);
    if (!queued) {
        m_messageWidget->showMessage(queued.errorMessage(), MessageWidget::Type::Error);
        updateReplyState();
        return false;
    }
    m_messageWidget->showMessage(
        tr("Reply queued on “%1”; it is sent with the next check of replies (%Ln part(s)).", nullptr, queued->segments)
            .arg(queued->accountName),
        MessageWidget::Type::Positive);
    m_replyEditor->setText(QString());
    m_history->reload();
    if (auto stamp = Inbox(*m_database).historyStamp(m_current)) {
        m_historyStamp = stamp.value();
    }
    reloadList();
    updateHeader();
    m_thread->scrollToBottom();
    emit replyQueued(queued->messageId);
    return true;
}

void InboxPane::toggleHandled()
{
    if (!m_database || !m_current.isValid()) {
        return;
    }
    Inbox inbox(*m_database);
    auto conversation = inbox.conversation(m_current);
    if (!conversation) {
        return;
    }
    auto marked = inbox.markHandled(m_current, !conversation->isHandled());
    if (!marked) {
        m_messageWidget->showMessage(marked.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    reloadList();
    m_history->reload();
    updateHeader();
}

void InboxPane::openContactCard()
{
    if (!m_database || m_current.contactId <= 0) {
        return;
    }
    auto* card = new ContactCardDialog(*m_database, m_current.contactId, this);
    card->setAttribute(Qt::WA_DeleteOnClose);
    connect(card, &QDialog::finished, this, [this] {
        reloadList();
        updateHeader();
    });
    card->open();
}

} // namespace Herald
