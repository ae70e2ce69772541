// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConversationListModel.h"

#include "inbox/Inbox.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

bool sameRow(const Conversation& a, const Conversation& b)
{
    return a.key == b.key && a.lastInboundId == b.lastInboundId && a.unread == b.unread && a.open == b.open
        && a.messages == b.messages && a.keywords == b.keywords && a.name == b.name && a.phone == b.phone
        && a.campaignName == b.campaignName;
}

} // namespace

ConversationListModel::ConversationListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

ConversationListModel::~ConversationListModel() = default;

void ConversationListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void ConversationListModel::setFilter(const InboxFilter& filter)
{
    m_filter = filter;
    reload();
}

void ConversationListModel::reload()
{
    QList<Conversation> rows;
    m_error.clear();
    if (m_database) {
        // As many rows as are shown, at least one page: the view keeps its scroll position.
        InboxFilter filter = m_filter;
        filter.limit = int(qMax<qsizetype>(m_filter.limit, m_rows.size()));
        auto list = Inbox(*m_database).conversations(filter);
        if (list) {
            rows = std::move(list).value();
        } else {
            m_error = list.errorMessage();
        }
        m_atEnd = m_filter.limit <= 0 || rows.size() < filter.limit;
    } else {
        m_atEnd = true;
    }
    // The same conversations in the same order (the usual case of a poll that found nothing new,
    // or of a reply marked read): update in place, so views keep selection and scroll position.
    bool sameKeys = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i) {
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    }
    if (sameKeys) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (!sameRow(rows.at(i), m_rows.at(i))) {
                m_rows[i] = rows.at(i);
                emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
            } else {
                m_rows[i] = rows.at(i);
            }
        }
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    emit reloaded();
}

bool ConversationListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_database && !m_atEnd && !m_rows.isEmpty();
}

void ConversationListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    InboxFilter filter = m_filter;
    filter.beforeAt = m_rows.constLast().lastAt;
    filter.beforeInboundId = m_rows.constLast().lastInboundId;
    auto list = Inbox(*m_database).conversations(filter);
    if (!list) {
        m_error = list.errorMessage();
        m_atEnd = true;
        return;
    }
    m_atEnd = list->size() < filter.limit;
    if (list->isEmpty()) {
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + list->size() - 1));
    m_rows.append(list.value());
    endInsertRows();
}

int ConversationListModel::rowOf(const ConversationKey& key) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key) {
            return int(i);
        }
    }
    return -1;
}

int ConversationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Conversation& c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return c.displayName();
        case LastMessageColumn:
            return c.lastBody;
        case TimeColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(c.lastAt).toLocalTime(), QLocale::ShortFormat);
        case UnreadColumn:
            return c.unread > 0 ? QVariant(c.unread) : QVariant();
        case CampaignColumn:
            return c.campaignName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn) {
            return c.name.isEmpty() ? tr("%1 (not in your contacts)").arg(c.phone) : u"%1 (%2)"_s.arg(c.name, c.phone);
        }
        return index.column() == LastMessageColumn ? QVariant(c.lastBody) : QVariant();
    case Qt::FontRole:
        if (c.unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        return tr("%1, %Ln unread, last message: %2", nullptr, c.unread).arg(c.displayName(), c.lastBody);
    case ContactIdRole:
        return c.key.contactId;
    case PhoneRole:
        return c.phone;
    case KeyRole:
        return QVariant::fromValue(c.key);
    case UnreadRole:
        return c.unread;
    case OpenRole:
        return c.open;
    case HandledRole:
        return c.isHandled();
    case KeywordsRole:
        return c.keywords;
    case LastKeywordRole:
        return c.lastKeyword;
    case LastBodyRole:
        return c.lastBody;
    case LastAtRole:
        return c.lastAt;
    case CampaignRole:
        return c.campaignName;
    case MessagesRole:
        return c.messages;
    case RawValueRole:
        switch (index.column()) {
        case NameColumn:
            return c.displayName();
        case LastMessageColumn:
            return c.lastBody;
        case TimeColumn:
            return c.lastAt;
        case UnreadColumn:
            return c.unread;
        case CampaignColumn:
            return c.campaignName;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ConversationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Person");
    case LastMessageColumn:
        return tr("Last reply");
    case TimeColumn:
        return tr("Received");
    case UnreadColumn:
        return tr("Unread");
    case CampaignColumn:
        return tr("Answers campaign");
    default:
        return {};
    }
}

} // namespace Herald
