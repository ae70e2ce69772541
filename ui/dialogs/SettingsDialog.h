// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui
{
class SettingsDialog;
}

namespace Herald
{

class Settings;

// Application preferences: default country, interface language, quiet hours, frequency cap.
// Nothing is saved until OK.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    void load();
    void restoreDefaults();
    void updateFrequencySuffix(int value);
    void updateRestartNote();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
};

} // namespace Herald
