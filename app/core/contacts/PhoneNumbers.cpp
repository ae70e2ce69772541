// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PhoneNumbers.h"
#include "Countries.h"

#include <QCollator>
#include <QLocale>

#include <phonenumbers/logger.h>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <list>
#include <set>
#include <string>

using namespace Qt::StringLiterals;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace Herald
{

namespace
{

const PhoneNumberUtil& util()
{
    static const PhoneNumberUtil* instance = [] {
        PhoneNumberUtil* u = PhoneNumberUtil::GetInstance();
        // libphonenumber logs parse failures to stderr by default; we report them ourselves.
        u->SetLogger(new i18n::phonenumbers::NullLogger());
        return u;
    }();
    return *instance;
}

QString typeName(PhoneNumberUtil::PhoneNumberType type)
{
    switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
        return u"fixed_line"_s;
    case PhoneNumberUtil::MOBILE:
        return u"mobile"_s;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
        return u"fixed_line_or_mobile"_s;
    case PhoneNumberUtil::TOLL_FREE:
        return u"toll_free"_s;
    case PhoneNumberUtil::PREMIUM_RATE:
        return u"premium_rate"_s;
    case PhoneNumberUtil::SHARED_COST:
        return u"shared_cost"_s;
    case PhoneNumberUtil::VOIP:
        return u"voip"_s;
    case PhoneNumberUtil::PERSONAL_NUMBER:
        return u"personal"_s;
    case PhoneNumberUtil::PAGER:
        return u"pager"_s;
    case PhoneNumberUtil::UAN:
        return u"uan"_s;
    case PhoneNumberUtil::VOICEMAIL:
        return u"voicemail"_s;
    case PhoneNumberUtil::UNKNOWN:
        break;
    }
    return u"unknown"_s;
}

// The ISO code as libphonenumber wants it; most calls pass the same few upper-case codes.
std::string regionName(const QString& region)
{
    std::string out;
    out.reserve(size_t(region.size()));
    for (const QChar c : region) {
        const char16_t u = c.unicode();
        out.push_back(u < 0x80 ? char(u >= u'a' && u <= u'z' ? u - (u'a' - u'A') : u) : '?');
    }
    return out;
}

// The region of each calling code that belongs to one region only (+48 → PL), computed once:
// GetRegionCodeForNumber() would match the number against every region of a shared calling code
// (+1, +7, +44…) and builds a list for the others too.
class SingleRegions
{
public:
    SingleRegions()
    {
        std::set<int> codes;
        util().GetSupportedCallingCodes(&codes);
        for (const int code : codes) {
            std::list<std::string> regions;
            util().GetRegionCodesForCountryCallingCode(code, &regions);
            if (regions.size() == 1 && code >= 0 && code < int(m_regions.size())) {
                m_regions[size_t(code)] = QString::fromStdString(regions.front());
            }
        }
    }
    // Empty for a calling code shared by several regions.
    QString of(int callingCode) const
    {
        return callingCode >= 0 && callingCode < int(m_regions.size()) ? m_regions[size_t(callingCode)] : QString();
    }

private:
    std::array<QString, 1000> m_regions; // calling codes have at most three digits
};

QString regionOf(const PhoneNumber& number)
{
    static const SingleRegions single;
    QString region = single.of(number.country_code());
    if (region.isEmpty()) {
        std::string code;
        util().GetRegionCodeForNumber(number, &code);
        region = QString::fromStdString(code);
    }
    return region;
}

} // namespace

Result<NormalizedPhone> PhoneNumbers::normalize(const QString& raw, const QString& defaultRegion)
{
    const QString trimmed = raw.trimmed();
    if (trimmed.isEmpty()) {
        return Error {tr("no phone number")};
    }
    PhoneNumber number;
    const auto parsed = util().Parse(trimmed.toStdString(), regionName(defaultRegion), &number);
    switch (parsed) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return Error {tr("no valid country code (and no default country for “%1”)").arg(trimmed)};
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return Error {tr("too short to be a phone number")};
    case PhoneNumberUtil::TOO_LONG_NSN:
        return Error {tr("too long to be a phone number")};
    case PhoneNumberUtil::NOT_A_NUMBER:
    default:
        return Error {tr("not a phone number")};
    }
    // IsValidNumber(n) is exactly GetNumberType(n) != UNKNOWN (both look up the number's region
    // and match its national number against the same patterns), so one call answers both: the
    // patterns are ICU regular expressions and cost most of the time of an import.
    const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(number);
    if (type == PhoneNumberUtil::UNKNOWN) {
        return Error {tr("not a valid number for its country")};
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    // E.164 allows 15 digits. libphonenumber's metadata accepts longer numbers for a few countries
    // (German ones reach 17 digits), which no SMS provider delivers to.
    if (e164.size() > 16) {
        return Error {tr("too long to be a phone number")};
    }
    return NormalizedPhone {QString::fromStdString(e164), typeName(type), regionOf(number)};
}

QString PhoneNumbers::exampleMobile(const QString& region)
{
    PhoneNumber number;
    if (!util().GetExampleNumberForType(region.toUpper().toStdString(), PhoneNumberUtil::MOBILE, &number)) {
        return {};
    }
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

QStringList PhoneNumbers::supportedRegions()
{
    std::set<std::string> regions;
    util().GetSupportedRegions(&regions);
    QStringList out;
    out.reserve(int(regions.size()));
    for (const std::string& r : regions) {
        out.append(QString::fromStdString(r));
    }
    return out;
}

QList<std::pair<QString, QString>> PhoneNumbers::regionsByName()
{
    QList<std::pair<QString, QString>> regions;
    for (const QString& code : supportedRegions()) {
        regions.append({code, Countries::displayName(code)});
    }
    QCollator collator;
    std::sort(regions.begin(), regions.end(),
        [&collator](const auto& a, const auto& b) { return collator.compare(a.second, b.second) < 0; });
    return regions;
}

int PhoneNumbers::countryCallingCode(const QString& region)
{
    return util().GetCountryCodeForRegion(region.toUpper().toStdString());
}

} // namespace Herald
