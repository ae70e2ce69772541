// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Settings.h"

#include "logging/LogCategories.h"

#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QPointer<Settings> s_instance;

QString systemRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return code.size() == 2 ? code : u"US"_s;
}

struct KeyInfo
{
    Settings::Key key;
    const char* name;
    QVariant (*defaultValue)();
};

// Every setting, its name in the settings file and its default, in one place.
const std::array<KeyInfo, 12> s_keys {{
    {Settings::Key::DefaultRegion, "Phones/DefaultRegion", [] { return QVariant(systemRegion()); }},
    {Settings::Key::UiLanguage, "Interface/Language", [] { return QVariant(QString()); }},
    {Settings::Key::QuietHoursStart, "Sending/QuietHoursStart", [] { return QVariant(QTime(8, 0)); }},
    {Settings::Key::QuietHoursEnd, "Sending/QuietHoursEnd", [] { return QVariant(QTime(21, 0)); }},
    {Settings::Key::AvoidSundays, "Sending/AvoidSundays", [] { return QVariant(true); }},
    {Settings::Key::FrequencyCap, "Sending/FrequencyCap", [] { return QVariant(4); }},
    {Settings::Key::FrequencyWindowDays, "Sending/FrequencyWindowDays", [] { return QVariant(30); }},
    {Settings::Key::LastWorkspace, "Workspace/Last", [] { return QVariant(QString()); }},
    {Settings::Key::RecentWorkspaces, "Workspace/Recent", [] { return QVariant(QStringList()); }},
    {Settings::Key::ShopName, "Shop/Name", [] { return QVariant(QString()); }},
    {Settings::Key::UtmTags, "Campaigns/UtmTags", [] { return QVariant(true); }},
    {Settings::Key::PricePerPart, "Campaigns/PricePerPart", [] { return QVariant(QVariantMap()); }},
}};

const KeyInfo& info(Settings::Key key)
{
    const auto it = std::find_if(s_keys.begin(), s_keys.end(), [key](const KeyInfo& k) { return k.key == key; });
    Q_ASSERT(it != s_keys.end());
    return *it;
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings()
{
    m_settings->sync();
}

std::unique_ptr<Settings> Settings::createTemporary()
{
    auto dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<Settings>(dir->filePath(u"herald-test.ini"_s));
    settings->m_tempDir = std::move(dir);
    return settings;
}

Settings* Settings::instance()
{
    return s_instance;
}

void Settings::setInstance(Settings* settings)
{
    s_instance = settings;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return info(key).defaultValue();
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant& value)
{
    if (m_settings->contains(keyName(key)) && m_settings->value(keyName(key)) == value) {
        return;
    }
    m_settings->setValue(keyName(key), value);
    qCDebug(lcSettings) << "changed" << keyName(key);
    emit changed(key);
}

void Settings::reset(Key key)
{
    if (!m_settings->contains(keyName(key))) {
        return;
    }
    m_settings->remove(keyName(key));
    emit changed(key);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::defaultRegion() const
{
    const QString region = value(Key::DefaultRegion).toString().toUpper();
    return region.size() == 2 ? region : defaultValue(Key::DefaultRegion).toString();
}

void Settings::setDefaultRegion(const QString& region)
{
    setValue(Key::DefaultRegion, region.toUpper());
}

QString Settings::uiLanguage() const
{
    const QString language = value(Key::UiLanguage).toString();
    return supportedLanguages().contains(language) ? language : QString();
}

void Settings::setUiLanguage(const QString& language)
{
    setValue(Key::UiLanguage, language);
}

QTime Settings::quietHoursStart() const
{
    const QTime t = value(Key::QuietHoursStart).toTime();
    return t.isValid() ? t : defaultValue(Key::QuietHoursStart).toTime();
}

QTime Settings::quietHoursEnd() const
{
    const QTime t = value(Key::QuietHoursEnd).toTime();
    return t.isValid() ? t : defaultValue(Key::QuietHoursEnd).toTime();
}

void Settings::setQuietHours(QTime start, QTime end)
{
    setValue(Key::QuietHoursStart, start);
    setValue(Key::QuietHoursEnd, end);
}

bool Settings::avoidSundays() const
{
    return value(Key::AvoidSundays).toBool();
}

void Settings::setAvoidSundays(bool avoid)
{
    setValue(Key::AvoidSundays, avoid);
}

int Settings::frequencyCap() const
{
    bool ok = false;
    const int cap = value(Key::FrequencyCap).toInt(&ok);
    return ok ? std::clamp(cap, MinFrequencyCap, MaxFrequencyCap) : defaultValue(Key::FrequencyCap).toInt();
}

void Settings::setFrequencyCap(int cap)
{
    setValue(Key::FrequencyCap, std::clamp(cap, MinFrequencyCap, MaxFrequencyCap));
}

int Settings::frequencyWindowDays() const
{
    const int days = value(Key::FrequencyWindowDays).toInt();
    return days > 0 ? days : defaultValue(Key::FrequencyWindowDays).toInt();
}

QString Settings::lastWorkspace() const
{
    return value(Key::LastWorkspace).toString();
}

void Settings::setLastWorkspace(const QString& path)
{
    setValue(Key::LastWorkspace, path);
    QStringList recent = recentWorkspaces();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    setValue(Key::RecentWorkspaces, recent);
}

QStringList Settings::recentWorkspaces() const
{
    return value(Key::RecentWorkspaces).toStringList();
}

QString Settings::shopName() const
{
    return value(Key::ShopName).toString();
}

void Settings::setShopName(const QString& name)
{
    setValue(Key::ShopName, name.trimmed());
}

bool Settings::utmTags() const
{
    return value(Key::UtmTags).toBool();
}

void Settings::setUtmTags(bool on)
{
    setValue(Key::UtmTags, on);
}

QHash<QString, qint64> Settings::pricePerPart() const
{
    QHash<QString, qint64> prices;
    const QVariantMap map = value(Key::PricePerPart).toMap();
    for (auto it = map.begin(); it != map.end(); ++it) {
        bool ok = false;
        const qint64 micros = it.value().toLongLong(&ok);
        if (ok && micros >= 0 && it.key().size() == 2) {
            prices.insert(it.key().toUpper(), micros);
        }
    }
    return prices;
}

void Settings::setPricePerPart(const QString& country, qint64 micros)
{
    QVariantMap map = value(Key::PricePerPart).toMap();
    if (micros < 0) {
        map.remove(country.toUpper());
    } else {
        map.insert(country.toUpper(), micros);
    }
    setValue(Key::PricePerPart, map);
}

QStringList Settings::supportedLanguages()
{
    return {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s};
}

} // namespace Herald
