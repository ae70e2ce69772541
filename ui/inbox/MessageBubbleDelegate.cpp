// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageBubbleDelegate.h"

#include "ConversationDelegate.h"
#include "MessageHistoryModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int s_outer = 10; // from the view's edges
constexpr int s_padding = 8; // inside the bubble
constexpr int s_spacing = 4; // between bubble and detail line
constexpr int s_rowGap = 8;

int viewWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width() > 0 ? option.rect.width() : 480;
}

QFont detailFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(qMax(6.0, base.pointSizeF() * 0.85));
    return font;
}

} // namespace

MessageBubbleDelegate::MessageBubbleDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

MessageBubbleDelegate::~MessageBubbleDelegate() = default;

MessageBubbleDelegate::Layout MessageBubbleDelegate::layout(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const bool inbound = index.data(MessageHistoryModel::InboundRole).toBool();
    const QString body = index.data(MessageHistoryModel::BodyRole).toString();
    const QString detail = index.data(MessageHistoryModel::DetailRole).toString();
    const int width = viewWidth(option);
    const int maxText = qMax(120, int(width * 0.68) - 2 * s_padding);
    const QFontMetrics metrics(option.font);
    // The text's own direction decides its alignment inside the bubble.
    const int align = body.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
    // Long links wrap anywhere rather than overflow the bubble.
    const int flags = Qt::TextWordWrap | Qt::TextWrapAnywhere | Qt::AlignAbsolute | align | Qt::AlignTop;
    QRect textRect = metrics.boundingRect(QRect(0, 0, maxText, 100000), flags, body.isEmpty() ? u" "_s : body);
    textRect.setWidth(qMin(maxText, textRect.width() + 2));
    const QFontMetrics detailMetrics(detailFont(option.font));
    const int detailWidth = qMin(width - 2 * s_outer, detailMetrics.horizontalAdvance(detail) + 2);

    // Left-to-right: received on the left, sent on the right; mirrored for right-to-left.
    const bool onLeft = inbound == (option.direction == Qt::LeftToRight);
    const int top = option.rect.top() + s_rowGap / 2;
    const int bubbleWidth = textRect.width() + 2 * s_padding;
    const int bubbleLeft = onLeft ? option.rect.left() + s_outer : option.rect.left() + width - s_outer - bubbleWidth;
    Layout l;
    l.bubble = QRect(bubbleLeft, top, bubbleWidth, textRect.height() + 2 * s_padding);
    l.text = l.bubble.adjusted(s_padding, s_padding, -s_padding, -s_padding);
    const int detailLeft = onLeft ? option.rect.left() + s_outer : option.rect.left() + width - s_outer - detailWidth;
    l.detail = QRect(detailLeft, l.bubble.bottom() + s_spacing, detailWidth, detailMetrics.height());
    l.textFlags = flags;
    return l;
}

QSize MessageBubbleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Layout l = layout(option, index);
    return QSize(viewWidth(option), l.detail.bottom() - option.rect.top() + s_rowGap);
}

void MessageBubbleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    const bool inbound = index.data(MessageHistoryModel::InboundRole).toBool();
    const QString state = index.data(MessageHistoryModel::StateRole).toString();
    const QString keyword = index.data(MessageHistoryModel::KeywordRole).toString();
    const bool failed
        = state == u"failed"_s || state == u"undelivered"_s || state == u"cancelled"_s || state == u"skipped"_s;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& palette = option.palette;
    QColor fill = inbound ? palette.color(QPalette::AlternateBase) : palette.color(QPalette::Highlight);
    if (inbound && fill == palette.color(QPalette::Base)) {
        fill = palette.color(QPalette::Button);
    }
    QColor border = inbound ? palette.color(QPalette::Mid) : fill.darker(115);
    if (!keyword.isEmpty()) {
        border = ConversationDelegate::badgeColor(keyword);
    }
    painter->setPen(QPen(border, (option.state & QStyle::State_Selected) ? 2.0 : 1.0));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(l.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
    painter->setPen(inbound ? palette.color(QPalette::Text) : palette.color(QPalette::HighlightedText));
    painter->setFont(option.font);
    // The message's own direction, not the window's: "Is it in stock?" keeps its question mark at
    // the end in an Arabic window, and an Arabic reply reads right to left in an English one.
    const QString body = index.data(MessageHistoryModel::BodyRole).toString();
    QTextOption textOption(Qt::Alignment(l.textFlags & (Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask)));
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(body.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    painter->drawText(QRectF(l.text), body, textOption);

    QColor detailColor = palette.color(QPalette::Text);
    detailColor.setAlphaF(0.6f);
    if (failed) {
        detailColor = QColor(0xc6, 0x28, 0x28);
    }
    painter->setPen(detailColor);
    painter->setFont(detailFont(option.font));
    painter->drawText(
        l.detail, Qt::AlignVCenter | Qt::AlignLeading, index.data(MessageHistoryModel::DetailRole).toString());
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.initFrom(option.widget);
        focus.rect = l.bubble.adjusted(-2, -2, 2, 2);
        QStyle* style = option.widget ? option.widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
    painter->restore();
}

} // namespace Herald
