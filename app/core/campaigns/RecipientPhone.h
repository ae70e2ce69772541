// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace Herald
{

// What a campaign needs to know about one recipient's number and whereabouts.
struct RecipientPhoneFacts
{
    bool valid = false;
    QString type; // PhoneNumbers' names: "mobile", "fixed_line", "fixed_line_or_mobile", …
    QString region; // ISO 3166-1 alpha-2 of the number ("US", "CA", "PL"), empty when invalid

    bool isLandline() const
    {
        return type == QStringLiteral("fixed_line");
    }
};

// Number facts and time zones for many recipients, cached so that a campaign of 100,000 people
// parses only what it must.
//
// A number imported by Herald was validated then and carries its type (contacts.phone_type);
// only numbers of type "unknown" are parsed again. The region of a calling code shared by
// several regions (+1, +7, +44…) is asked of libphonenumber once per leading digits.
//
// Time zones: the contact's own IANA zone wins; otherwise the zones of the number's region.
// Debian's libphonenumber has no PhoneNumberToTimeZonesMapper, so Herald keeps a table: one
// zone for most countries, Canadian area codes, and for the other countries that span several
// zones the main ones, all of which the quiet hours must respect (SendingRules::earliestSendTime).
class RecipientPhone final
{
public:
    RecipientPhoneFacts facts(const QString& e164, const QString& storedType);

    // The zones to respect for a recipient, the first one being where "at 10:00 local time"
    // is read. Never empty: the system zone is the last resort.
    QList<QTimeZone> zones(const QString& contactZone, const QString& e164, const QString& region)
    {
        return zonesAt(zoneSet(contactZone, e164, region));
    }
    // The same as a small number: recipients with the same number share their zones, so what
    // depends only on the zones can be computed once per set.
    int zoneSet(const QString& contactZone, const QString& e164, const QString& region);
    const QList<QTimeZone>& zonesAt(int set) const
    {
        return m_zoneSets.at(set);
    }

    // The zone ids Herald assumes for region without a better hint; empty for an unknown region.
    static QStringList zoneIdsForRegion(const QString& region, const QString& e164 = QString());

private:
    QString regionOf(const QString& e164);

    QHash<QString, QString> m_regionByPrefix;
    QHash<QString, int> m_setByKey; // -1: a contact zone this system does not know
    QList<QList<QTimeZone>> m_zoneSets;
};

} // namespace Herald
