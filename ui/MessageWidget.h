// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Herald
{

// An inline banner for recoverable problems and results, shown above a pane's content
// instead of a modal box. It stays until closed or replaced.
class MessageWidget final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageWidget)

public:
    enum class Type
    {
        Information,
        Positive,
        Warning,
        Error,
    };

    explicit MessageWidget(QWidget* parent = nullptr);
    ~MessageWidget() override;

    void showMessage(const QString& text, Type type);
    QString text() const;
    Type type() const
    {
        return m_type;
    }

private:
    QLabel* m_label;
    QToolButton* m_closeButton;
    Type m_type = Type::Information;
};

} // namespace Herald
