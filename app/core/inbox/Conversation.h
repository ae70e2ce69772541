// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Herald
{

// Who a conversation is with: a contact, or (for a number without a contact, e.g. erased or
// never imported) the number alone.
struct ConversationKey
{
    qint64 contactId = 0;
    QString phone; // used only when contactId is 0

    bool isValid() const
    {
        return contactId > 0 || !phone.isEmpty();
    }
    friend bool operator==(const ConversationKey&, const ConversationKey&) = default;
};

// Keywords seen in a conversation (OptOutKeywords), as flags for the badges.
enum class InboxKeyword
{
    None = 0,
    Stop = 1,
    Start = 2,
    Help = 4,
};

// One row of the inbox: every reply of one person, summed up.
struct Conversation
{
    ConversationKey key;
    QString phone; // the number the replies came from (the contact's phone when known)
    QString name; // the contact's name; empty for a number without a contact
    qint64 lastAt = 0; // unix seconds of the newest reply
    QString lastBody; // the newest reply
    QString lastKeyword; // "stop", "start", "help" or "" of the newest reply
    qint64 lastInboundId = 0;
    int messages = 0; // replies received
    int unread = 0;
    int open = 0; // replies not handled yet
    int keywords = 0; // InboxKeyword flags of every reply
    qint64 campaignId = 0; // the campaign the newest linked reply answers, 0 for none
    QString campaignName;
    qint64 accountId = 0; // the account of the newest reply

    bool isHandled() const
    {
        return open == 0;
    }
    bool hasKeyword(InboxKeyword keyword) const
    {
        return (keywords & int(keyword)) != 0;
    }
    // The name, or the number when there is no name.
    QString displayName() const
    {
        return name.trimmed().isEmpty() ? phone : name.trimmed();
    }
};

// One message of the whole history with a person: a reply received or an outbox row.
struct HistoryMessage
{
    enum class Direction
    {
        Inbound,
        Outbound,
    };
    Direction direction = Direction::Inbound;
    qint64 id = 0; // inbound.id or messages.id
    qint64 at = 0; // unix seconds: received, or handed over (queued while not yet)
    QString body;
    QString keyword; // inbound only
    bool read = true; // inbound only
    bool handled = true; // inbound only
    QString state; // outbound only: the outbox state
    QString kind; // outbound only: "marketing" or "transactional"
    QString errorMessage; // outbound only
    int segments = 0; // outbound only
    qint64 campaignId = 0;
    QString campaignName;
    QString accountName;

    bool isInbound() const
    {
        return direction == Direction::Inbound;
    }
};

// Which conversations to list.
struct InboxFilter
{
    QString search; // words of a reply, the name or digits of the phone; empty: all
    bool unreadOnly = false;
    bool openOnly = false; // only conversations with replies not handled yet
    int limit = 200; // newest first; 0: no limit
    // Paging: only conversations older than this one (the last row of the previous page).
    qint64 beforeAt = 0;
    qint64 beforeInboundId = 0;
};

// Totals over the whole inbox (the filter ignored).
struct InboxTotals
{
    int conversations = 0;
    int unreadConversations = 0;
    int unreadMessages = 0;
    int openConversations = 0;
};

// Translated words for states and keywords, shared by the panes, models and the CLI.
class InboxTexts final
{
    Q_DECLARE_TR_FUNCTIONS(InboxTexts)

public:
    // "Queued", "Sent", "Delivered"… for an outbox state.
    static QString stateText(const QString& state);
    // "STOP", "START", "HELP": keywords are shown as customers type them, not translated.
    static QString keywordBadge(const QString& keyword);
    static int keywordFlag(const QString& keyword);
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::ConversationKey)
