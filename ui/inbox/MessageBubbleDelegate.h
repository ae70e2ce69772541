// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Herald
{

// A message of a conversation as a bubble: replies received on the leading side, messages sent
// on the trailing side in the highlight colour, each with a line under it (time, delivery state
// or keyword, campaign, error). The side follows the layout direction; the text inside follows
// its own direction (an Arabic reply in an English window still reads right to left).
class MessageBubbleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBubbleDelegate)

public:
    explicit MessageBubbleDelegate(QObject* parent = nullptr);
    ~MessageBubbleDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect bubble;
        QRect text;
        QRect detail;
        int textFlags = 0;
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace Herald
