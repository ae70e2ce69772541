// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inbox/Conversation.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QTimer;

namespace Herald
{

class ConversationListModel;
class Database;
class MessageEditor;
class MessageHistoryModel;
class MessageWidget;
class Workspace;

// The two-way inbox: conversations on the leading side (newest reply first, unread in bold with
// their count, STOP/START/HELP badges, the campaign answered), the selected conversation's whole
// history as bubbles on the trailing side with each message's delivery state, and a reply box
// with the live counter under it. A reply is a transactional one-off outbox row on the account
// the conversation came in on (InboxReply); the send worker sends it after its next polling round
// and its state shows in the thread as it moves on. Numbers on the suppression list cannot be
// answered: the box says why.
//
// New replies and state changes are picked up by a cheap timer: PRAGMA data_version says whether
// another connection (the send worker's) committed anything, and only then the inbox's stamps
// are read and the views reloaded.
//
// Keys: Ctrl+F search, Ctrl+Return send, Ctrl+D mark handled / open again, Return in the list
// moves to the reply box, Escape in the search clears it.
class InboxPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxPane)

public:
    enum class Show
    {
        All,
        Unread,
        Open,
    };

    explicit InboxPane(QWidget* parent = nullptr);
    ~InboxPane() override;

    void setWorkspace(Workspace* workspace);
    ConversationListModel* conversationModel() const
    {
        return m_conversations;
    }
    MessageHistoryModel* historyModel() const
    {
        return m_history;
    }
    MessageWidget* messageWidget() const
    {
        return m_messageWidget;
    }
    MessageEditor* replyEditor() const
    {
        return m_replyEditor;
    }
    // The conversation shown on the trailing side (invalid when none).
    ConversationKey currentConversation() const
    {
        return m_current;
    }
    // How often to look for new replies (ms); 0 stops looking.
    void setRefreshInterval(int ms);

public slots:
    void selectConversation(const Herald::ConversationKey& key);
    // Queues the reply box's text for the current conversation; false (with the reason shown) if
    // it was refused.
    bool sendReply();
    void toggleHandled();
    void focusSearch();
    void setShow(Herald::InboxPane::Show show);
    // Reloads what changed since the last look (what the timer does).
    void refresh();

signals:
    // A reply was queued in the outbox (its messages.id).
    void replyQueued(qint64 messageId);
    // Unread replies in the whole inbox changed (for a badge on the navigation).
    void unreadCountChanged(int unreadMessages);

private:
    void handleCurrentChanged();
    void handleSearchChanged();
    void applyFilter();
    void reloadList();
    void showConversation(const ConversationKey& key);
    void updateHeader();
    void updateReplyState();
    void updateTotals();
    void openContactCard();

    Database* m_database = nullptr;
    Workspace* m_workspace = nullptr;
    ConversationKey m_current;
    qint64 m_dataVersion = -1;
    QString m_listStamp;
    QString m_historyStamp;
    bool m_selecting = false;

    ConversationListModel* m_conversations;
    MessageHistoryModel* m_history;
    QLineEdit* m_searchEdit;
    QComboBox* m_showCombo;
    QLabel* m_totalsLabel;
    QListView* m_conversationList;
    QLabel* m_emptyLabel;
    QLabel* m_titleLabel;
    QLabel* m_subtitleLabel;
    QPushButton* m_contactButton;
    QPushButton* m_handledButton;
    QListView* m_thread;
    MessageWidget* m_messageWidget;
    MessageEditor* m_replyEditor;
    QLabel* m_accountLabel;
    QPushButton* m_sendButton;
    QSplitter* m_splitter;
    QTimer* m_searchTimer;
    QTimer* m_refreshTimer;
};

} // namespace Herald
