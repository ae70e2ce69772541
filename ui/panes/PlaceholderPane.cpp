// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PlaceholderPane.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

PlaceholderPane::PlaceholderPane(const QIcon& icon, const QString& title, const QString& description, QWidget* parent)
    : QWidget(parent)
{
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(u"paneTitleLabel"_s);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    titleLabel->setFont(font);
    titleLabel->setAlignment(Qt::AlignCenter);
    auto* descriptionLabel = new QLabel(description, this);
    descriptionLabel->setObjectName(u"paneDescriptionLabel"_s);
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setAlignment(Qt::AlignCenter);
    descriptionLabel->setMaximumWidth(560);
    descriptionLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(iconLabel);
    layout->addWidget(titleLabel);
    layout->addWidget(descriptionLabel, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

PlaceholderPane::~PlaceholderPane() = default;

} // namespace Herald
