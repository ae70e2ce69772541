// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ConversationDelegate.h"

#include "ConversationListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int s_margin = 8;
constexpr int s_gap = 6;

// The rectangle r of a left-to-right layout, mirrored inside bounds for right-to-left.
QRect visual(const QStyleOptionViewItem& option, const QRect& r)
{
    return QStyle::visualRect(option.direction, option.rect, r);
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

ConversationDelegate::~ConversationDelegate() = default;

QColor ConversationDelegate::badgeColor(const QString& keyword)
{
    if (keyword == u"stop"_s) {
        return QColor(0xc6, 0x28, 0x28);
    }
    if (keyword == u"start"_s) {
        return QColor(0x2e, 0x7d, 0x32);
    }
    return QColor(0x15, 0x65, 0xc0);
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index)
    const QFontMetrics metrics(option.font);
    return QSize(260, 2 * metrics.height() + 3 * s_margin);
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background, selection and focus from the style; the text is ours.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QModelIndex row = index.siblingAtColumn(ConversationListModel::NameColumn);
    const int unread = row.data(ConversationListModel::UnreadRole).toInt();
    const bool handled = row.data(ConversationListModel::HandledRole).toBool();
    const int keywords = row.data(ConversationListModel::KeywordsRole).toInt();
    const QString name = row.data(Qt::DisplayRole).toString();
    const QString body = row.data(ConversationListModel::LastBodyRole).toString().simplified();
    const QString time = index.siblingAtColumn(ConversationListModel::TimeColumn).data(Qt::DisplayRole).toString();
    const QString campaign = row.data(ConversationListModel::CampaignRole).toString();

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);

    painter->save();
    const QRect area = option.rect.adjusted(s_margin, s_margin, -s_margin, -s_margin);
    QFont nameFont = option.font;
    nameFont.setBold(unread > 0);
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics metrics(option.font);
    const int line = metrics.height();

    // First line: name … time.
    const int timeWidth = metrics.horizontalAdvance(time);
    const QRect timeRect(area.right() - timeWidth, area.top(), timeWidth, line);
    const QRect nameRect(area.left(), area.top(), area.width() - timeWidth - s_gap, line);
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(visual(option, timeRect), Qt::AlignVCenter | Qt::AlignAbsolute | Qt::AlignRight, time);
    painter->setFont(nameFont);
    painter->setPen(text);
    QString shownName = name;
    if (!handled && unread == 0) {
        shownName = tr("%1 • open").arg(name);
    }
    painter->drawText(visual(option, nameRect), Qt::AlignVCenter | Qt::AlignLeading,
        nameMetrics.elidedText(shownName, Qt::ElideRight, nameRect.width()));

    // Second line: badges, preview … unread count.
    int left = area.left();
    const int top = area.top() + line + s_margin;
    QFont badgeFont = option.font;
    badgeFont.setBold(true);
    badgeFont.setPointSizeF(qMax(6.0, option.font.pointSizeF() * 0.8));
    const QFontMetrics badgeMetrics(badgeFont);
    painter->setRenderHint(QPainter::Antialiasing);
    const std::pair<InboxKeyword, QString> badges[]
        = {{InboxKeyword::Stop, u"stop"_s}, {InboxKeyword::Start, u"start"_s}, {InboxKeyword::Help, u"help"_s}};
    for (const auto& [flag, keyword] : badges) {
        if ((keywords & int(flag)) == 0) {
            continue;
        }
        const QString label = InboxTexts::keywordBadge(keyword);
        const QRect badge(left, top + 1, badgeMetrics.horizontalAdvance(label) + 10, line - 2);
        const QRect shown = visual(option, badge);
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeColor(keyword));
        painter->drawRoundedRect(shown, 4, 4);
        painter->setPen(Qt::white);
        painter->setFont(badgeFont);
        painter->drawText(shown, Qt::AlignCenter, label);
        left = badge.right() + s_gap;
    }
    int right = area.right();
    if (unread > 0) {
        const QString count = QLocale().toString(unread);
        const int width = qMax(line, badgeMetrics.horizontalAdvance(count) + 10);
        const QRect pill(right - width, top, width, line);
        const QRect shown = visual(option, pill);
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight));
        painter->drawRoundedRect(shown, line / 2.0, line / 2.0);
        painter->setPen(option.palette.color(group, selected ? QPalette::Highlight : QPalette::HighlightedText));
        painter->setFont(badgeFont);
        painter->drawText(shown, Qt::AlignCenter, count);
        right = pill.left() - s_gap;
    }
    const QRect previewRect(left, top, qMax(0, right - left), line);
    painter->setFont(option.font);
    painter->setPen(dim);
    const QString preview = campaign.isEmpty() ? body : tr("%1 — re: %2").arg(body, campaign);
    painter->drawText(visual(option, previewRect), Qt::AlignVCenter | Qt::AlignLeading,
        metrics.elidedText(preview, Qt::ElideRight, previewRect.width()));
    painter->restore();
}

} // namespace Herald
