// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QWidget>

namespace Herald
{

// A pane whose feature is not built yet. It says plainly what will be there, so the user
// is never left guessing at an empty page.
class PlaceholderPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPane)

public:
    PlaceholderPane(const QIcon& icon, const QString& title, const QString& description, QWidget* parent = nullptr);
    ~PlaceholderPane() override;
};

} // namespace Herald
