// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageHistoryModel.h"

#include "inbox/Inbox.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

bool sameMessage(const HistoryMessage& a, const HistoryMessage& b)
{
    return a.direction == b.direction && a.id == b.id;
}

bool unchanged(const HistoryMessage& a, const HistoryMessage& b)
{
    return sameMessage(a, b) && a.state == b.state && a.at == b.at && a.read == b.read && a.handled == b.handled
        && a.errorMessage == b.errorMessage && a.body == b.body;
}

QString timeText(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MessageHistoryModel::MessageHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

MessageHistoryModel::~MessageHistoryModel() = default;

void MessageHistoryModel::setDatabase(Database* database)
{
    m_database = database;
    clear();
}

void MessageHistoryModel::setConversation(const ConversationKey& key)
{
    m_key = key;
    m_wholeContact = false;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void MessageHistoryModel::setContact(qint64 contactId)
{
    m_key = ConversationKey {contactId, {}};
    m_wholeContact = true;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    reload();
}

void MessageHistoryModel::clear()
{
    m_key = ConversationKey();
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit reloaded();
}

void MessageHistoryModel::reload()
{
    QList<HistoryMessage> rows;
    m_error.clear();
    if (m_database && m_key.isValid()) {
        Inbox inbox(*m_database);
        auto list = m_wholeContact ? inbox.contactHistory(m_key.contactId, Limit) : inbox.history(m_key, Limit);
        if (list) {
            rows = std::move(list).value();
        } else {
            m_error = list.errorMessage();
        }
    }
    // Usually the old rows are a prefix of the new ones (a reply arrived, a state moved on).
    bool prefix = rows.size() >= m_rows.size();
    for (qsizetype i = 0; prefix && i < m_rows.size(); ++i) {
        prefix = sameMessage(rows.at(i), m_rows.at(i));
    }
    if (!prefix) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        emit reloaded();
        return;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!unchanged(rows.at(i), m_rows.at(i))) {
            m_rows[i] = rows.at(i);
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        }
    }
    if (rows.size() > m_rows.size()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(rows.size() - 1));
        for (qsizetype i = m_rows.size(); i < rows.size(); ++i) {
            m_rows.append(rows.at(i));
        }
        endInsertRows();
    }
    emit reloaded();
}

int MessageHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const HistoryMessage& m = m_rows.at(index.row());
    const QString stateText = m.isInbound() ? InboxTexts::keywordBadge(m.keyword) : InboxTexts::stateText(m.state);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(m.at);
        case DirectionColumn:
            return m.isInbound() ? tr("Received") : tr("Sent");
        case TextColumn:
            return m.body;
        case StateColumn:
            return stateText;
        case CampaignColumn:
            return m.campaignName.isEmpty() && !m.isInbound() && m.kind == u"transactional"_s ? tr("One-off message")
                                                                                              : m.campaignName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !m.errorMessage.isEmpty()) {
            return m.errorMessage;
        }
        return index.column() == TextColumn ? QVariant(m.body) : QVariant();
    case Qt::AccessibleTextRole:
        return m.isInbound() ? tr("Received %1: %2").arg(timeText(m.at), m.body)
                             : tr("Sent %1, %2: %3").arg(timeText(m.at), stateText, m.body);
    case InboundRole:
        return m.isInbound();
    case BodyRole:
        return m.body;
    case TimeRole:
        return m.at;
    case StateRole:
        return m.state;
    case StateTextRole:
        return stateText;
    case KeywordRole:
        return m.keyword;
    case CampaignRole:
        return m.campaignName;
    case ErrorRole:
        return m.errorMessage;
    case IdRole:
        return m.id;
    case DetailRole: {
        QStringList parts {timeText(m.at)};
        if (!stateText.isEmpty()) {
            parts << stateText;
        }
        if (!m.campaignName.isEmpty()) {
            parts << (m.isInbound() ? tr("answers “%1”").arg(m.campaignName) : tr("campaign “%1”").arg(m.campaignName));
        }
        if (!m.errorMessage.isEmpty()) {
            parts << m.errorMessage;
        }
        return parts.join(u" · "_s);
    }
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return m.at;
        case DirectionColumn:
            return m.isInbound() ? u"in"_s : u"out"_s;
        case TextColumn:
            return m.body;
        case StateColumn:
            return m.isInbound() ? m.keyword : m.state;
        case CampaignColumn:
            return m.campaignName;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant MessageHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("When");
    case DirectionColumn:
        return tr("Direction");
    case TextColumn:
        return tr("Text");
    case StateColumn:
        return tr("State");
    case CampaignColumn:
        return tr("Campaign");
    default:
        return {};
    }
}

} // namespace Herald
