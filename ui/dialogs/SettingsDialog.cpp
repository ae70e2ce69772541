// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "contacts/PhoneNumbers.h"
#include "settings/Settings.h"

#include <QCollator>
#include <QLocale>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);

    // Countries by their name in the user's language, with the calling code as a hint.
    for (const auto& [code, name] : PhoneNumbers::regionsByName()) {
        m_ui->regionCombo->addItem(u"%1 (+%2)"_s.arg(name).arg(PhoneNumbers::countryCallingCode(code)), code);
    }

    // Each language in its own name, so a user can find theirs whatever language is showing.
    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString& code : Settings::supportedLanguages()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (code == u"zh_TW"_s) {
            name = u"繁體中文"_s;
        } else if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        m_ui->languageCombo->addItem(name, code);
    }

    m_ui->frequencyCapSpin->setRange(Settings::MinFrequencyCap, Settings::MaxFrequencyCap);
    connect(m_ui->frequencyCapSpin, &QSpinBox::valueChanged, this, &SettingsDialog::updateFrequencySuffix);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        &SettingsDialog::restoreDefaults);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    m_ui->shopNameEdit->setText(m_settings.shopName());
    const int region = m_ui->regionCombo->findData(m_settings.defaultRegion());
    m_ui->regionCombo->setCurrentIndex(qMax(0, region));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(m_settings.uiLanguage())));
    m_ui->quietStartEdit->setTime(m_settings.quietHoursStart());
    m_ui->quietEndEdit->setTime(m_settings.quietHoursEnd());
    m_ui->avoidSundaysCheck->setChecked(m_settings.avoidSundays());
    m_ui->frequencyCapSpin->setValue(m_settings.frequencyCap());
    updateFrequencySuffix(m_ui->frequencyCapSpin->value());
    updateRestartNote();
}

void SettingsDialog::restoreDefaults()
{
    const int region = m_ui->regionCombo->findData(Settings::defaultValue(Settings::Key::DefaultRegion));
    m_ui->regionCombo->setCurrentIndex(qMax(0, region));
    m_ui->languageCombo->setCurrentIndex(0);
    m_ui->quietStartEdit->setTime(Settings::defaultValue(Settings::Key::QuietHoursStart).toTime());
    m_ui->quietEndEdit->setTime(Settings::defaultValue(Settings::Key::QuietHoursEnd).toTime());
    m_ui->avoidSundaysCheck->setChecked(Settings::defaultValue(Settings::Key::AvoidSundays).toBool());
    m_ui->frequencyCapSpin->setValue(Settings::defaultValue(Settings::Key::FrequencyCap).toInt());
}

void SettingsDialog::updateFrequencySuffix(int value)
{
    // The whole phrase is translated with its number, not glued together from pieces.
    const QString phrase
        = tr("%Ln message(s) per person per %1 days", nullptr, value).arg(m_settings.frequencyWindowDays());
    const int at = phrase.indexOf(QString::number(value));
    m_ui->frequencyCapSpin->setPrefix(at > 0 ? phrase.left(at) : QString());
    m_ui->frequencyCapSpin->setSuffix(at >= 0 ? phrase.mid(at + QString::number(value).size()) : phrase);
}

void SettingsDialog::updateRestartNote()
{
    const bool changed = m_ui->languageCombo->currentData().toString() != m_settings.uiLanguage();
    m_ui->restartNoteLabel->setText(
        changed ? tr("The new interface language applies the next time Herald starts.") : QString());
    m_ui->restartNoteLabel->setVisible(changed);
}

void SettingsDialog::accept()
{
    m_settings.setShopName(m_ui->shopNameEdit->text());
    m_settings.setDefaultRegion(m_ui->regionCombo->currentData().toString());
    m_settings.setUiLanguage(m_ui->languageCombo->currentData().toString());
    m_settings.setQuietHours(m_ui->quietStartEdit->time(), m_ui->quietEndEdit->time());
    m_settings.setAvoidSundays(m_ui->avoidSundaysCheck->isChecked());
    m_settings.setFrequencyCap(m_ui->frequencyCapSpin->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace Herald
