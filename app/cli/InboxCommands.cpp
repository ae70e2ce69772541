// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "inbox/Inbox.h"
#include "inbox/InboxReply.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"inbox list [--unread] [--open] [--search TEXT] [--limit N] | inbox show CONTACT | "
                        "inbox reply CONTACT --body TEXT | inbox handled CONTACT [--undo]  "
                        "(CONTACT: a contact id, or a number for replies without a contact)"_s;

QString isoTime(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QJsonArray keywordsJson(int flags)
{
    QJsonArray keywords;
    if (flags & int(InboxKeyword::Stop)) {
        keywords.append(u"STOP"_s);
    }
    if (flags & int(InboxKeyword::Start)) {
        keywords.append(u"START"_s);
    }
    if (flags & int(InboxKeyword::Help)) {
        keywords.append(u"HELP"_s);
    }
    return keywords;
}

QJsonObject toJson(const Conversation& c)
{
    return {
        {u"contact_id"_s, c.key.contactId > 0 ? QJsonValue(c.key.contactId) : QJsonValue()},
        {u"phone"_s, c.phone},
        {u"name"_s, c.name},
        {u"last_at"_s, isoTime(c.lastAt)},
        {u"last_body"_s, c.lastBody},
        {u"messages"_s, c.messages},
        {u"unread"_s, c.unread},
        {u"open"_s, c.open},
        {u"handled"_s, c.isHandled()},
        {u"keywords"_s, keywordsJson(c.keywords)},
        {u"campaign_id"_s, c.campaignId > 0 ? QJsonValue(c.campaignId) : QJsonValue()},
        {u"campaign"_s, c.campaignName},
    };
}

// A contact id, or a number: the contact with that number if there is one, else the number alone.
Result<ConversationKey> parseKey(Database& database, const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (ok && id > 0 && !text.startsWith(u'+')) {
        return ConversationKey {id, {}};
    }
    if (!text.startsWith(u'+')) {
        return Error {CommandRegistry::tr("“%1” is neither a contact id nor a number in +E.164 form").arg(text)};
    }
    auto contact = database.scalar(u"SELECT id FROM contacts WHERE phone = ?"_s, {text});
    if (!contact) {
        return contact.error();
    }
    if (!contact.value().isNull()) {
        return ConversationKey {contact.value().toLongLong(), {}};
    }
    return ConversationKey {0, text};
}

int runList(CliContext& context, Database& database, const QStringList& args)
{
    InboxFilter filter;
    filter.limit = 1000;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == u"--unread"_s) {
            filter.unreadOnly = true;
        } else if (arg == u"--open"_s) {
            filter.openOnly = true;
        } else if (arg == u"--search"_s && i + 1 < args.size()) {
            filter.search = args.at(++i);
        } else if (arg == u"--limit"_s && i + 1 < args.size()) {
            bool ok = false;
            filter.limit = args.at(++i).toInt(&ok);
            if (!ok || filter.limit < 0) {
                return context.usageError(CommandRegistry::tr("--limit must be a number (0: no limit)"), s_usage);
            }
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    Inbox inbox(database);
    auto list = inbox.conversations(filter);
    if (!list) {
        return context.fail(list.errorMessage());
    }
    auto totals = inbox.totals();
    if (!totals) {
        return context.fail(totals.errorMessage());
    }
    if (context.json()) {
        QJsonArray items;
        for (const Conversation& c : list.value()) {
            items.append(toJson(c));
        }
        context.printJson({{u"conversations"_s, items}, {u"total_conversations"_s, totals->conversations},
            {u"unread_messages"_s, totals->unreadMessages}, {u"open_conversations"_s, totals->openConversations}});
        return Success;
    }
    // UNREAD <TAB> WHO <TAB> CONTACT <TAB> LAST REPLY AT <TAB> KEYWORDS <TAB> CAMPAIGN <TAB> LAST REPLY
    for (const Conversation& c : list.value()) {
        QStringList keywords;
        for (const QJsonValue& k : keywordsJson(c.keywords)) {
            keywords << k.toString();
        }
        context.out() << c.unread << u'\t' << c.displayName() << u'\t'
                      << (c.key.contactId > 0 ? QString::number(c.key.contactId) : c.phone) << u'\t'
                      << isoTime(c.lastAt) << u'\t' << keywords.join(u',') << u'\t' << c.campaignName << u'\t'
                      << QString(c.lastBody).replace(u'\n', u' ').replace(u'\t', u' ') << Qt::endl;
    }
    return Success;
}

int runShow(CliContext& context, Database& database, const ConversationKey& key)
{
    auto history = Inbox(database).history(key);
    if (!history) {
        return context.fail(history.errorMessage());
    }
    if (context.json()) {
        QJsonArray items;
        for (const HistoryMessage& m : history.value()) {
            items.append(QJsonObject {
                {u"direction"_s, m.isInbound() ? u"in"_s : u"out"_s},
                {u"id"_s, m.id},
                {u"at"_s, isoTime(m.at)},
                {u"body"_s, m.body},
                {u"state"_s, m.isInbound() ? QString() : m.state},
                {u"keyword"_s, m.keyword},
                {u"kind"_s, m.kind},
                {u"campaign"_s, m.campaignName},
                {u"error"_s, m.errorMessage},
            });
        }
        context.printJson({{u"messages"_s, items}});
        return Success;
    }
    for (const HistoryMessage& m : history.value()) {
        context.out() << isoTime(m.at) << u'\t' << (m.isInbound() ? u"in"_s : u"out"_s) << u'\t'
                      << (m.isInbound() ? InboxTexts::keywordBadge(m.keyword) : m.state) << u'\t'
                      << QString(m.body).replace(u'\n', u' ').replace(u'\t', u' ') << Qt::endl;
    }
    return Success;
}

int runReply(CliContext& context, Database& database, const ConversationKey& key, const QStringList& args)
{
    QString body;
    bool hasBody = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--body"_s && i + 1 < args.size()) {
            body = args.at(++i);
            hasBody = true;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_usage);
        }
    }
    if (!hasBody || body.trimmed().isEmpty()) {
        return context.usageError(CommandRegistry::tr("inbox reply needs --body TEXT"), s_usage);
    }
    auto queued = InboxReply(database).queue(key, body);
    if (!queued) {
        return context.fail(queued.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"id"_s, queued->messageId}, {u"account"_s, queued->accountName},
            {u"phone"_s, queued->phone}, {u"segments"_s, queued->segments}, {u"encoding"_s, queued->encoding}});
    } else {
        context.out() << CommandRegistry::tr("Reply %1 to %2 queued on “%3”; `herald-cli poll --once` sends it.")
                             .arg(queued->messageId)
                             .arg(queued->phone, queued->accountName)
                      << Qt::endl;
    }
    return Success;
}

int runHandled(CliContext& context, Database& database, const ConversationKey& key, const QStringList& args)
{
    bool undo = false;
    for (const QString& arg : args) {
        if (arg == u"--undo"_s) {
            undo = true;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    Inbox inbox(database);
    if (auto exists = inbox.conversation(key); !exists) {
        return context.fail(exists.errorMessage());
    }
    auto changed = inbox.markHandled(key, !undo);
    if (!changed) {
        return context.fail(changed.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"changed"_s, changed.value()}, {u"handled"_s, !undo}});
    } else {
        context.out() << CommandRegistry::tr("%n reply(ies) changed.", nullptr, changed.value()) << Qt::endl;
    }
    return Success;
}

int runInbox(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("inbox needs a subcommand"), s_usage);
    }
    const QString sub = args.constFirst();
    if (sub != u"list"_s && sub != u"show"_s && sub != u"reply"_s && sub != u"handled"_s) {
        return context.usageError(CommandRegistry::tr("unknown inbox subcommand “%1”").arg(sub), s_usage);
    }
    if (sub != u"list"_s && args.size() < 2) {
        return context.usageError(CommandRegistry::tr("inbox %1 needs a contact id or a number").arg(sub), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    if (sub == u"list"_s) {
        return runList(context, database, args.mid(1));
    }
    auto key = parseKey(database, args.at(1));
    if (!key) {
        return context.usageError(key.errorMessage(), s_usage);
    }
    if (sub == u"show"_s) {
        if (args.size() > 2) {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(2)), s_usage);
        }
        return runShow(context, database, key.value());
    }
    if (sub == u"reply"_s) {
        return runReply(context, database, key.value(), args.mid(2));
    }
    return runHandled(context, database, key.value(), args.mid(2));
}

} // namespace

void registerInboxCommands(CommandRegistry& registry)
{
    registry.add({u"inbox"_s, s_usage,
        CommandRegistry::tr("list conversations (replies grouped by person), show one, reply, mark handled"),
        runInbox});
}

} // namespace Herald::Cli
