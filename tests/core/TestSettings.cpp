// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings/Settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void typedAccessorsValidate();
    void changedIsEmittedOncePerChange();
    void persistsAcrossInstances();
    void recentWorkspacesAreDistinctAndBounded();
};

void TestSettings::defaults()
{
    auto settings = Settings::createTemporary();
    QCOMPARE(settings->quietHoursStart(), QTime(8, 0));
    QCOMPARE(settings->quietHoursEnd(), QTime(21, 0));
    QCOMPARE(settings->frequencyCap(), 4);
    QCOMPARE(settings->frequencyWindowDays(), 30);
    QCOMPARE(settings->avoidSundays(), true);
    QCOMPARE(settings->uiLanguage(), QString());
    QCOMPARE(settings->defaultRegion().size(), 2);
    QCOMPARE(settings->lastWorkspace(), QString());
    QCOMPARE(Settings::supportedLanguages(), (QStringList {u"en"_s, u"pl"_s, u"ro"_s, u"zh_TW"_s, u"ru"_s, u"ar"_s}));
}

void TestSettings::typedAccessorsValidate()
{
    auto settings = Settings::createTemporary();
    settings->setFrequencyCap(50);
    QCOMPARE(settings->frequencyCap(), Settings::MaxFrequencyCap);
    settings->setFrequencyCap(0);
    QCOMPARE(settings->frequencyCap(), Settings::MinFrequencyCap);
    settings->setValue(Settings::Key::FrequencyCap, u"lots"_s);
    QCOMPARE(settings->frequencyCap(), 4);
    settings->setDefaultRegion(u"pl"_s);
    QCOMPARE(settings->defaultRegion(), u"PL"_s);
    settings->setValue(Settings::Key::DefaultRegion, u"Poland"_s);
    QCOMPARE(settings->defaultRegion().size(), 2); // falls back to the default
    settings->setUiLanguage(u"klingon"_s);
    QCOMPARE(settings->uiLanguage(), QString()); // unsupported → system
    settings->setUiLanguage(u"zh_TW"_s);
    QCOMPARE(settings->uiLanguage(), u"zh_TW"_s);
    settings->setValue(Settings::Key::QuietHoursStart, u"not a time"_s);
    QCOMPARE(settings->quietHoursStart(), QTime(8, 0));
}

void TestSettings::changedIsEmittedOncePerChange()
{
    auto settings = Settings::createTemporary();
    QSignalSpy spy(settings.get(), &Settings::changed);
    settings->setFrequencyCap(6);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::FrequencyCap);
    settings->setFrequencyCap(6);
    QCOMPARE(spy.count(), 1); // no change, no signal
    settings->reset(Settings::Key::FrequencyCap);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(settings->frequencyCap(), 4);
    settings->reset(Settings::Key::FrequencyCap);
    QCOMPARE(spy.count(), 2);
}

void TestSettings::persistsAcrossInstances()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(u"herald.ini"_s);
    {
        Settings settings(ini);
        settings.setQuietHours(QTime(9, 30), QTime(20, 0));
        settings.setShopName(u"  Sklep Zofii  "_s);
    }
    Settings settings(ini);
    QCOMPARE(settings.quietHoursStart(), QTime(9, 30));
    QCOMPARE(settings.quietHoursEnd(), QTime(20, 0));
    QCOMPARE(settings.shopName(), u"Sklep Zofii"_s);
    QCOMPARE(settings.fileName(), ini);
}

void TestSettings::recentWorkspacesAreDistinctAndBounded()
{
    auto settings = Settings::createTemporary();
    for (int i = 0; i < 12; ++i) {
        settings->setLastWorkspace(u"/w/%1.herald"_s.arg(i));
    }
    settings->setLastWorkspace(u"/w/5.herald"_s);
    const QStringList recent = settings->recentWorkspaces();
    QCOMPARE(recent.size(), 8);
    QCOMPARE(recent.first(), u"/w/5.herald"_s);
    QCOMPARE(recent.count(u"/w/5.herald"_s), 1);
    QCOMPARE(settings->lastWorkspace(), u"/w/5.herald"_s);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
