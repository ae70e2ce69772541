// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

#include <functional>
#include <optional>

namespace Herald
{

// Modal boxes, for decisions only. Tests answer them in advance with setNextAnswer(), so
// no test ever blocks on a dialog.
class MessageBox final
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
        QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    // Asks Save / Discard / Cancel about unsaved changes and carries out the answer; true when
    // the caller may go on (saved, or discarded), false when the user cancelled or saving failed.
    static bool resolveUnsavedChanges(QWidget* parent, const QString& title, const QString& text,
        const std::function<bool()>& save, const std::function<void()>& discard);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // The next box returns answer without showing itself.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // How many boxes were answered automatically (for tests).
    static int autoAnswered();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static int s_autoAnswered;
};

} // namespace Herald
