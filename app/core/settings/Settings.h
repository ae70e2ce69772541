// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <memory>

class QSettings;
class QTemporaryDir;

namespace Herald
{

// Application preferences (not workspace data), over QSettings.
//
// Keys are an enum with their defaults in one table (Settings.cpp), read through typed
// accessors, and announced by changed(key). Tests use Settings::createTemporary(), which
// writes an INI file in a temporary folder instead of the user's real settings. Window
// geometry belongs to the ui library, not here. No secret may ever be stored here.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        DefaultRegion,
        UiLanguage,
        QuietHoursStart,
        QuietHoursEnd,
        AvoidSundays,
        FrequencyCap,
        FrequencyWindowDays,
        LastWorkspace,
        RecentWorkspaces,
        ShopName,
        UtmTags,
        PricePerPart,
    };
    Q_ENUM(Key)

    static constexpr int MinFrequencyCap = 1;
    static constexpr int MaxFrequencyCap = 10;

    // The user's settings (QSettings in its native format for the application).
    explicit Settings(QObject* parent = nullptr);
    // Settings kept in an INI file at path; used by tests and portable installs.
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    static std::unique_ptr<Settings> createTemporary();

    // The process-wide instance; set by the application at start-up.
    static Settings* instance();
    static void setInstance(Settings* settings);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void reset(Key key);
    static QVariant defaultValue(Key key);
    static QString keyName(Key key);

    QString fileName() const;
    void sync();

    // Typed accessors.
    QString defaultRegion() const; // ISO 3166-1 alpha-2, e.g. "PL"
    void setDefaultRegion(const QString& region);
    QString uiLanguage() const; // "" follows the system, else e.g. "pl", "zh_TW"
    void setUiLanguage(const QString& language);
    QTime quietHoursStart() const; // sending allowed from…
    QTime quietHoursEnd() const; // …until, in the recipient's local time
    void setQuietHours(QTime start, QTime end);
    bool avoidSundays() const;
    void setAvoidSundays(bool avoid);
    int frequencyCap() const; // marketing messages per person per window
    void setFrequencyCap(int cap);
    int frequencyWindowDays() const;
    QString lastWorkspace() const;
    void setLastWorkspace(const QString& path);
    QStringList recentWorkspaces() const;
    QString shopName() const;
    void setShopName(const QString& name);
    // Whether new campaigns tag their links with utm_source=sms… (each campaign can turn it off).
    bool utmTags() const;
    void setUtmTags(bool on);
    // The user's own prices per SMS part, country (ISO code) → micro-units of PriceTable's
    // currency, over PriceTable's defaults. A negative price removes the user's own.
    QHash<QString, qint64> pricePerPart() const;
    void setPricePerPart(const QString& country, qint64 micros);

    // The UI languages Herald is translated into (language codes), English first.
    static QStringList supportedLanguages();

signals:
    void changed(Herald::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTemporaryDir> m_tempDir;
};

} // namespace Herald
