// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SendingRules.h"

#include "settings/Settings.h"

namespace Herald
{

QDateTime localDateTime(const QDate& date, const QTime& time, const QTimeZone& zone)
{
    const QDateTime exact(date, time, zone);
    if (exact.isValid()) {
        return exact.toUTC();
    }
    // In the gap of a clock change: read the wall clock with the offset in force before it,
    // which lands the same distance past the jump (02:30 on a 02:00→03:00 night is 03:30).
    const QDateTime naive(date, time, Qt::UTC);
    const int offsetBefore = zone.offsetFromUtc(naive.addSecs(-24 * 3600));
    return naive.addSecs(-offsetBefore);
}

SendingRules SendingRules::fromSettings(const Settings& settings)
{
    SendingRules rules;
    rules.allowedFrom = settings.quietHoursStart();
    rules.allowedUntil = settings.quietHoursEnd();
    rules.avoidSundays = settings.avoidSundays();
    rules.frequencyCap = settings.frequencyCap();
    rules.frequencyWindowDays = settings.frequencyWindowDays();
    return rules;
}

SendingRules SendingRules::unrestricted()
{
    SendingRules rules;
    rules.allowedFrom = QTime(0, 0);
    rules.allowedUntil = QTime(0, 0);
    rules.avoidSundays = false;
    rules.frequencyCap = 0;
    return rules;
}

bool SendingRules::allows(const QDateTime& at, const QTimeZone& zone) const
{
    const QDateTime local = at.toTimeZone(zone);
    if (avoidSundays && local.date().dayOfWeek() == Qt::Sunday) {
        return false;
    }
    if (!hasQuietHours()) {
        return true;
    }
    const QTime clock = local.time();
    if (allowedFrom < allowedUntil) {
        return clock >= allowedFrom && clock < allowedUntil;
    }
    return clock >= allowedFrom || clock < allowedUntil; // a window across midnight
}

QDateTime SendingRules::earliestSendTime(const QDateTime& planned, const QTimeZone& zone) const
{
    QDateTime at = planned.toUTC();
    if (!hasTimeRules() || !zone.isValid()) {
        return at;
    }
    // Each step jumps to the next candidate start; two Sundays and a day are the most a valid
    // rule set can need, so a bound of 16 steps only guards against nonsense.
    for (int step = 0; step < 16; ++step) {
        if (allows(at, zone)) {
            return at;
        }
        const QDateTime local = at.toTimeZone(zone);
        const QDate day = local.date();
        QDateTime next;
        if (avoidSundays && day.dayOfWeek() == Qt::Sunday) {
            const bool plainWindow = hasQuietHours() && allowedFrom < allowedUntil;
            next = localDateTime(day.addDays(1), plainWindow ? allowedFrom : QTime(0, 0), zone);
        } else if (allowedFrom < allowedUntil) {
            next = localDateTime(local.time() < allowedFrom ? day : day.addDays(1), allowedFrom, zone);
        } else {
            next = localDateTime(day, allowedFrom, zone); // between allowedUntil and allowedFrom
        }
        if (!next.isValid() || next <= at) {
            next = at.addSecs(15 * 60);
        }
        at = next;
    }
    return at;
}

QDateTime SendingRules::earliestSendTime(const QDateTime& planned, const QList<QTimeZone>& zones) const
{
    if (zones.isEmpty()) {
        return planned.toUTC();
    }
    if (zones.size() == 1 || !hasTimeRules()) {
        return earliestSendTime(planned, zones.constFirst());
    }
    // Move forward until one instant is allowed everywhere (a fixed point), within a week.
    QDateTime at = planned.toUTC();
    const QDateTime limit = at.addDays(8);
    while (at < limit) {
        QDateTime latest = at;
        for (const QTimeZone& zone : zones) {
            latest = qMax(latest, earliestSendTime(at, zone));
        }
        if (latest == at) {
            return at;
        }
        at = latest;
    }
    return earliestSendTime(planned, zones.constFirst());
}

} // namespace Herald
