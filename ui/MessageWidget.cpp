// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Herald
{

MessageWidget::MessageWidget(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(u"messageWidget"_s);
    m_label->setObjectName(u"messageLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_closeButton->setObjectName(u"messageCloseButton"_s);
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close this message"));
    m_closeButton->setAccessibleName(tr("Close message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

MessageWidget::~MessageWidget() = default;

void MessageWidget::showMessage(const QString& text, Type type)
{
    m_type = type;
    m_label->setText(text);
    QString colors;
    switch (type) {
    case Type::Information:
        colors = u"background: #e7f0ff; border: 1px solid #9db8e8; color: #1b2f55;"_s;
        break;
    case Type::Positive:
        colors = u"background: #e6f6ea; border: 1px solid #8fcf9f; color: #173d22;"_s;
        break;
    case Type::Warning:
        colors = u"background: #fff6dc; border: 1px solid #e3c36a; color: #4a3700;"_s;
        break;
    case Type::Error:
        colors = u"background: #fde8e8; border: 1px solid #e39a9a; color: #5c1111;"_s;
        break;
    }
    setStyleSheet(
        u"QFrame#messageWidget { %1 border-radius: 4px; } QLabel { border: none; background: transparent; }"_s.arg(
            colors));
    show();
}

QString MessageWidget::text() const
{
    return m_label->text();
}

} // namespace Herald
