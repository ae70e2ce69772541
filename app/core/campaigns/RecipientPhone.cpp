// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecipientPhone.h"

#include "contacts/PhoneNumbers.h"

#include <QLocale>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <list>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace Herald
{

namespace
{

// Marks a prefix that is no calling code in RecipientPhone's cache (regions are never "-").
const QString s_notACallingCode = u"-"_s;

const PhoneNumberUtil& util()
{
    static const PhoneNumberUtil* instance = [] {
        PhoneNumberUtil* u = PhoneNumberUtil::GetInstance();
        u->SetLogger(new i18n::phonenumbers::NullLogger());
        return u;
    }();
    return *instance;
}

// Canadian area codes by zone: Canada spans four and a half hours, and its numbers are
// geographic, so the area code is a good hint.
QString canadianZone(const QString& areaCode)
{
    static const QHash<QString, QString> zones = [] {
        QHash<QString, QString> z;
        const auto add = [&z](const QString& zone, std::initializer_list<const char*> codes) {
            for (const char* code : codes) {
                z.insert(QString::fromLatin1(code), zone);
            }
        };
        add(u"America/St_Johns"_s, {"709"});
        add(u"America/Halifax"_s, {"902", "782", "506"});
        add(u"America/Toronto"_s,
            {"416", "647", "437", "905", "289", "365", "742", "613", "343", "753", "519", "226", "548", "705", "249",
                "683", "807", "514", "438", "450", "579", "354", "418", "581", "367", "819", "873", "468", "263"});
        add(u"America/Winnipeg"_s, {"204", "431", "584"});
        add(u"America/Regina"_s, {"306", "639", "474"});
        add(u"America/Edmonton"_s, {"403", "587", "780", "825", "368", "867"});
        add(u"America/Vancouver"_s, {"604", "778", "236", "250", "672", "257"});
        return z;
    }();
    return zones.value(areaCode);
}

// Countries spanning several zones, with the zones Herald respects for a number without a
// better hint; the first is the most populous. Outlying zones with few people (Alaska and
// Hawaii have their own area codes, handled below) are left out so the common window stays
// usable. Russia spans eleven zones with no common window: Moscow time is assumed.
const QHash<QString, QStringList>& multiZoneCountries()
{
    static const QHash<QString, QStringList> table {
        {u"US"_s, {u"America/New_York"_s, u"America/Chicago"_s, u"America/Denver"_s, u"America/Los_Angeles"_s}},
        {u"CA"_s, {u"America/Toronto"_s, u"America/Vancouver"_s}},
        {u"RU"_s, {u"Europe/Moscow"_s}},
        {u"AU"_s, {u"Australia/Sydney"_s, u"Australia/Brisbane"_s, u"Australia/Adelaide"_s, u"Australia/Perth"_s}},
        {u"BR"_s, {u"America/Sao_Paulo"_s, u"America/Manaus"_s}},
        {u"MX"_s, {u"America/Mexico_City"_s, u"America/Cancun"_s, u"America/Tijuana"_s}},
        {u"ID"_s, {u"Asia/Jakarta"_s, u"Asia/Makassar"_s, u"Asia/Jayapura"_s}},
        {u"KZ"_s, {u"Asia/Almaty"_s}},
        {u"ES"_s, {u"Europe/Madrid"_s, u"Atlantic/Canary"_s}},
        {u"PT"_s, {u"Europe/Lisbon"_s, u"Atlantic/Azores"_s}},
        {u"CN"_s, {u"Asia/Shanghai"_s}},
        {u"DE"_s, {u"Europe/Berlin"_s}},
        {u"UA"_s, {u"Europe/Kyiv"_s}},
        {u"AR"_s, {u"America/Argentina/Buenos_Aires"_s}},
        {u"CL"_s, {u"America/Santiago"_s}},
        {u"EC"_s, {u"America/Guayaquil"_s}},
        {u"NZ"_s, {u"Pacific/Auckland"_s}},
        {u"MY"_s, {u"Asia/Kuala_Lumpur"_s}},
        {u"CD"_s, {u"Africa/Kinshasa"_s, u"Africa/Lubumbashi"_s}},
        {u"MN"_s, {u"Asia/Ulaanbaatar"_s}},
        {u"PF"_s, {u"Pacific/Tahiti"_s}},
        {u"KI"_s, {u"Pacific/Tarawa"_s}},
        {u"FM"_s, {u"Pacific/Pohnpei"_s}},
        {u"UZ"_s, {u"Asia/Tashkent"_s}},
        {u"CY"_s, {u"Asia/Nicosia"_s}},
        {u"GL"_s, {u"America/Nuuk"_s}},
    };
    return table;
}

// An id this system's time zone database knows: Europe/Kyiv was Europe/Kiev before 2022,
// America/Nuuk was America/Godthab.
QTimeZone zoneNamed(const QString& id)
{
    static const QHash<QString, QString> older {
        {u"Europe/Kyiv"_s, u"Europe/Kiev"_s},
        {u"America/Nuuk"_s, u"America/Godthab"_s},
        {u"Pacific/Pohnpei"_s, u"Pacific/Ponape"_s},
    };
    QTimeZone zone(id.toUtf8());
    if (!zone.isValid() && older.contains(id)) {
        zone = QTimeZone(older.value(id).toUtf8());
    }
    return zone;
}

} // namespace

QStringList RecipientPhone::zoneIdsForRegion(const QString& region, const QString& e164)
{
    const QString code = region.toUpper();
    if (code.isEmpty()) {
        return {};
    }
    if ((code == u"US"_s || code == u"CA"_s) && e164.startsWith(u"+1"_s) && e164.size() >= 5) {
        const QString areaCode = e164.mid(2, 3);
        if (code == u"US"_s && areaCode == u"808"_s) {
            return {u"Pacific/Honolulu"_s};
        }
        if (code == u"US"_s && areaCode == u"907"_s) {
            return {u"America/Anchorage"_s};
        }
        if (code == u"CA"_s) {
            if (const QString zone = canadianZone(areaCode); !zone.isEmpty()) {
                return {zone};
            }
        }
    }
    if (const auto it = multiZoneCountries().constFind(code); it != multiZoneCountries().constEnd()) {
        return it.value();
    }
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory) {
        return {};
    }
    QStringList ids;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds(territory)) {
        ids.append(QString::fromUtf8(id));
    }
    return ids;
}

QString RecipientPhone::regionOf(const QString& e164)
{
    if (!e164.startsWith(u'+')) {
        return {};
    }
    const QString digits = e164.mid(1);
    // Calling codes are prefix-free and 1–3 digits long.
    for (int length = 1; length <= 3 && length <= digits.size(); ++length) {
        const QString prefix = digits.left(length);
        if (const auto it = m_regionByPrefix.constFind(prefix); it != m_regionByPrefix.constEnd()) {
            if (it.value() == s_notACallingCode) {
                continue;
            }
            return it.value();
        }
        bool ok = false;
        const int callingCode = prefix.toInt(&ok);
        if (!ok) {
            return {};
        }
        std::string region;
        util().GetRegionCodeForCountryCode(callingCode, &region);
        if (region == "ZZ") {
            m_regionByPrefix.insert(prefix, s_notACallingCode);
            continue;
        }
        std::list<std::string> regions;
        util().GetRegionCodesForCountryCallingCode(callingCode, &regions);
        if (regions.size() <= 1) {
            const QString single = region == "001" ? QString() : QString::fromStdString(region);
            m_regionByPrefix.insert(prefix, single);
            return single;
        }
        // Shared calling code: the leading digits of the national number decide (area code
        // for +1, 6/7 for Kazakhstan under +7, 1481 for Guernsey under +44).
        const QString key = digits.left(length + 4);
        if (const auto it = m_regionByPrefix.constFind(key); it != m_regionByPrefix.constEnd()) {
            return it.value();
        }
        PhoneNumber number;
        QString found;
        if (util().Parse(e164.toStdString(), "ZZ", &number) == PhoneNumberUtil::NO_PARSING_ERROR) {
            std::string r;
            util().GetRegionCodeForNumber(number, &r);
            found = r == "ZZ" || r == "001" ? QString() : QString::fromStdString(r);
        }
        if (!found.isEmpty()) {
            m_regionByPrefix.insert(key, found);
        }
        return found;
    }
    return {};
}

RecipientPhoneFacts RecipientPhone::facts(const QString& e164, const QString& storedType)
{
    RecipientPhoneFacts facts;
    if (storedType.isEmpty() || storedType == u"unknown"_s) {
        auto parsed = PhoneNumbers::normalize(e164, u"ZZ"_s);
        if (!parsed || parsed->e164 != e164) {
            return facts; // not a valid number, or not written in E.164
        }
        facts.valid = true;
        facts.type = parsed->type;
        facts.region = parsed->region;
        return facts;
    }
    facts.valid = true;
    facts.type = storedType;
    facts.region = regionOf(e164);
    return facts;
}

int RecipientPhone::zoneSet(const QString& contactZone, const QString& e164, const QString& region)
{
    if (!contactZone.isEmpty()) {
        const QString key = u"z:"_s + contactZone;
        auto it = m_setByKey.constFind(key);
        if (it == m_setByKey.constEnd()) {
            const QTimeZone zone = zoneNamed(contactZone);
            int set = -1;
            if (zone.isValid()) {
                set = int(m_zoneSets.size());
                m_zoneSets.append({zone});
            }
            it = m_setByKey.insert(key, set);
        }
        if (it.value() >= 0) {
            return it.value();
        }
        // A zone this system does not know: fall back to the number's region.
    }
    const bool byAreaCode = region == u"US"_s || region == u"CA"_s;
    const QString key = u"r:"_s + region + (byAreaCode ? e164.mid(2, 3) : QString());
    if (const auto it = m_setByKey.constFind(key); it != m_setByKey.constEnd()) {
        return it.value();
    }
    QList<QTimeZone> zones;
    for (const QString& id : zoneIdsForRegion(region, e164)) {
        if (const QTimeZone zone = zoneNamed(id); zone.isValid()) {
            zones.append(zone);
        }
    }
    if (zones.isEmpty()) {
        zones.append(QTimeZone::systemTimeZone());
    }
    const int set = int(m_zoneSets.size());
    m_zoneSets.append(zones);
    m_setByKey.insert(key, set);
    return set;
}

} // namespace Herald
