// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/campaigns/CampaignFixture.h"
#include "MemoryCredentialStore.h"
#include "TempWorkspace.h"
#include "sending/Poller.h"
#include "sending/SendWorker.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDialog>
#include <QWidget>

#include <memory>

namespace Herald::Test
{

// Settings for campaign tests: no quiet hours and Sundays allowed, so that a test sends at
// any hour of any day; everything else at its default.
inline std::unique_ptr<Settings> campaignSettings()
{
    auto settings = Settings::createTemporary();
    settings->setQuietHours(QTime(0, 0), QTime(0, 0));
    settings->setAvoidSundays(false);
    settings->setDefaultRegion(QStringLiteral("PL"));
    Settings::setInstance(settings.get());
    return settings;
}

// Quick sending against a Simulator on 127.0.0.1, bounded in time.
inline SendOptions fastSendOptions()
{
    SendOptions o;
    o.requestTimeoutMs = 5000;
    o.lookupDelayMs = 100;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 400;
    o.flushIntervalMs = 20;
    o.progressIntervalMs = 50;
    o.statusPollIntervalMs = 200;
    o.statusPollDeadlineMs = 20000;
    return o;
}

inline PollOptions fastPollOptions()
{
    PollOptions o;
    o.intervalMs = 200;
    o.requestTimeoutMs = 5000;
    o.statusEveryRounds = 1;
    return o;
}

// The window-modal dialog of type T the pane opened last.
template <typename T>
T* openDialog()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (auto* dialog = qobject_cast<T*>(widget); dialog && dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

} // namespace Herald::Test
