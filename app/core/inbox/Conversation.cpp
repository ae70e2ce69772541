// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Conversation.h"

using namespace Qt::StringLiterals;

namespace Herald
{

QString InboxTexts::stateText(const QString& state)
{
    if (state == u"pending"_s || state == u"claimed"_s) {
        return tr("Queued");
    }
    if (state == u"submitted"_s) {
        return tr("Sending");
    }
    if (state == u"accepted"_s) {
        return tr("Handed to the provider");
    }
    if (state == u"sent"_s) {
        return tr("Sent");
    }
    if (state == u"delivered"_s) {
        return tr("Delivered");
    }
    if (state == u"undelivered"_s) {
        return tr("Not delivered");
    }
    if (state == u"failed"_s) {
        return tr("Failed");
    }
    if (state == u"skipped"_s) {
        return tr("Skipped");
    }
    if (state == u"cancelled"_s) {
        return tr("Cancelled");
    }
    if (state == u"unknown"_s) {
        return tr("Outcome unknown");
    }
    return state;
}

QString InboxTexts::keywordBadge(const QString& keyword)
{
    return keyword.toUpper();
}

int InboxTexts::keywordFlag(const QString& keyword)
{
    if (keyword == u"stop"_s) {
        return int(InboxKeyword::Stop);
    }
    if (keyword == u"start"_s) {
        return int(InboxKeyword::Start);
    }
    if (keyword == u"help"_s) {
        return int(InboxKeyword::Help);
    }
    return int(InboxKeyword::None);
}

} // namespace Herald
