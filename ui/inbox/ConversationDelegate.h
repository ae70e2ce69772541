// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Herald
{

// One conversation of the inbox list in two lines: the person (bold while unread) with the time
// of the newest reply, then keyword badges (STOP, START, HELP), the newest reply elided and the
// unread count. Mirrored for right-to-left layouts.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    explicit ConversationDelegate(QObject* parent = nullptr);
    ~ConversationDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The colour of a keyword's badge ("stop", "start", "help").
    static QColor badgeColor(const QString& keyword);
};

} // namespace Herald
