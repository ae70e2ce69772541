// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace Herald
{

class Settings;

// When and how often marketing messages may reach a person (reliability-and-compliance.md §2):
// quiet hours in the recipient's local time, optionally no Sundays, and a frequency cap.
//
// A message planned outside the allowed window is held to the start of the next window, never
// dropped. Windows are computed in the recipient's time zone with QTimeZone, so the day a clock
// changes (Europe/Warsaw on the last Sunday of March and October, America/New_York in March and
// November) still opens at 08:00 local time.
struct SendingRules
{
    // Sending is allowed from allowedFrom until allowedUntil, recipient's local time.
    // allowedFrom == allowedUntil means no quiet hours. allowedFrom > allowedUntil is a window
    // across midnight (say 20:00–02:00).
    QTime allowedFrom {8, 0};
    QTime allowedUntil {21, 0};
    bool avoidSundays = true;
    // At most frequencyCap marketing messages per person within frequencyWindowDays × 24 hours;
    // 0 turns the cap off.
    int frequencyCap = 4;
    int frequencyWindowDays = 30;

    // The user's choices (Settings: quiet hours, avoid Sundays, frequency cap and window).
    static SendingRules fromSettings(const Settings& settings);
    // No quiet hours, Sundays allowed, no frequency cap: consent, suppression and number checks
    // still apply. For one-off sends and the sending engine's own tests.
    static SendingRules unrestricted();

    bool hasQuietHours() const
    {
        return allowedFrom.isValid() && allowedUntil.isValid() && allowedFrom != allowedUntil;
    }
    bool hasTimeRules() const
    {
        return hasQuietHours() || avoidSundays;
    }

    // Whether a message may leave at instant `at` for someone living in zone.
    bool allows(const QDateTime& at, const QTimeZone& zone) const;
    // The earliest instant ≥ planned at which a message may leave for someone in zone (UTC).
    QDateTime earliestSendTime(const QDateTime& planned, const QTimeZone& zone) const;
    // The same for someone who lives in one of zones (a country with several zones and no
    // better hint): the earliest instant allowed in every one of them. When the zones are too
    // far apart for a common window, the first zone decides.
    QDateTime earliestSendTime(const QDateTime& planned, const QList<QTimeZone>& zones) const;
};

// The instant of date at time in zone. A time that does not exist that day (the hour skipped
// when clocks go forward) moves forward by the length of the gap, as a wall clock would.
QDateTime localDateTime(const QDate& date, const QTime& time, const QTimeZone& zone);

} // namespace Herald
