// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DemoWorkspace.h"

#include "ContactRepository.h"
#include "PhoneNumbers.h"
#include "WorkspaceSetup.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"

#include <QSet>

#include <random>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

struct Culture
{
    const char16_t* language;
    const char16_t* region;
    const char16_t* timeZone;
    const char16_t* currency;
    QStringList firstNames;
    QStringList lastNames;
    QStringList cities;
};

QList<Culture> cultures()
{
    return {
        {u"en", u"US", u"America/New_York", u"USD",
            {u"Emma"_s, u"Olivia"_s, u"Liam"_s, u"Noah"_s, u"Ava"_s, u"Mason"_s, u"Sophia"_s, u"Ethan"_s, u"Grace"_s,
                u"Jack"_s},
            {u"Smith"_s, u"Johnson"_s, u"Brown"_s, u"Taylor"_s, u"Miller"_s, u"Wilson"_s, u"Moore"_s, u"Clark"_s},
            {u"Boston"_s, u"Portland"_s, u"Austin"_s, u"Denver"_s}},
        {u"en", u"GB", u"Europe/London", u"GBP",
            {u"Oliver"_s, u"Amelia"_s, u"George"_s, u"Isla"_s, u"Harry"_s, u"Poppy"_s},
            {u"Jones"_s, u"Evans"_s, u"Hughes"_s, u"Walker"_s, u"Wright"_s}, {u"Leeds"_s, u"Bristol"_s, u"York"_s}},
        {u"pl", u"PL", u"Europe/Warsaw", u"PLN",
            {u"Zofia"_s, u"Łukasz"_s, u"Małgorzata"_s, u"Wojciech"_s, u"Agnieszka"_s, u"Paweł"_s, u"Katarzyna"_s,
                u"Michał"_s, u"Żaneta"_s, u"Jędrzej"_s},
            // Surnames that do not change with gender, so every first name fits.
            {u"Nowak"_s, u"Wójcik"_s, u"Kaczmarek"_s, u"Mazur"_s, u"Krawczyk"_s, u"Zając"_s, u"Król"_s, u"Wieczorek"_s,
                u"Wróbel"_s, u"Dudek"_s},
            {u"Kraków"_s, u"Gdańsk"_s, u"Łódź"_s, u"Wrocław"_s, u"Poznań"_s}},
        {u"ro", u"RO", u"Europe/Bucharest", u"RON",
            {u"Andreea"_s, u"Ștefan"_s, u"Ioana"_s, u"Mihai"_s, u"Mădălina"_s, u"Răzvan"_s, u"Cătălina"_s, u"Bogdan"_s},
            {u"Popescu"_s, u"Ionescu"_s, u"Țurcanu"_s, u"Dumitrescu"_s, u"Stănescu"_s, u"Moldovan"_s,
                u"Constantinescu"_s},
            {u"Cluj-Napoca"_s, u"Iași"_s, u"Timișoara"_s, u"Brașov"_s}},
        {u"zh_TW", u"TW", u"Asia/Taipei", u"TWD",
            {u"怡君"_s, u"志明"_s, u"淑芬"_s, u"家豪"_s, u"雅婷"_s, u"俊傑"_s, u"佳穎"_s, u"冠宇"_s},
            {u"陳"_s, u"林"_s, u"黃"_s, u"張"_s, u"李"_s, u"王"_s, u"吳"_s},
            {u"臺北"_s, u"臺中"_s, u"高雄"_s, u"新竹"_s}},
        {u"ru", u"RU", u"Europe/Moscow", u"RUB",
            {u"Анна"_s, u"Дмитрий"_s, u"Екатерина"_s, u"Сергей"_s, u"Ольга"_s, u"Алексей"_s, u"Наталья"_s, u"Иван"_s},
            {u"Черных"_s, u"Шевченко"_s, u"Бондаренко"_s, u"Долгих"_s, u"Коваленко"_s, u"Седых"_s, u"Ткаченко"_s},
            {u"Москва"_s, u"Казань"_s, u"Новосибирск"_s, u"Самара"_s}},
        {u"ar", u"AE", u"Asia/Dubai", u"AED",
            {u"محمد"_s, u"فاطمة"_s, u"أحمد"_s, u"مريم"_s, u"خالد"_s, u"نورة"_s, u"يوسف"_s, u"ليلى"_s},
            {u"الهاشمي"_s, u"المنصوري"_s, u"الشامسي"_s, u"العتيبي"_s, u"الكعبي"_s, u"الزعابي"_s},
            {u"دبي"_s, u"أبوظبي"_s, u"الشارقة"_s}},
        {u"ar", u"EG", u"Africa/Cairo", u"EGP", {u"عمر"_s, u"سارة"_s, u"مصطفى"_s, u"هبة"_s, u"كريم"_s, u"ياسمين"_s},
            {u"عبد الله"_s, u"حسن"_s, u"إبراهيم"_s, u"السيد"_s, u"فؤاد"_s},
            {u"القاهرة"_s, u"الإسكندرية"_s, u"الجيزة"_s}},
    };
}

QString latinForEmail(const QString& name, int n)
{
    QString out;
    for (const QChar ch : name.normalized(QString::NormalizationForm_D)) {
        if (ch.unicode() < 128 && ch.isLetter()) {
            out.append(ch.toLower());
        }
    }
    return (out.isEmpty() ? u"customer"_s : out) + QString::number(n);
}

// A valid, distinct mobile number of region: the metadata's example number with its last
// digits varied until libphonenumber accepts it.
QString mobileNumber(const QString& region, std::mt19937& rng, QSet<QString>& used)
{
    const QString example = PhoneNumbers::exampleMobile(region);
    if (example.size() < 8) {
        return {};
    }
    std::uniform_int_distribution<int> digit(0, 9);
    for (int attempt = 0; attempt < 200; ++attempt) {
        QString candidate = example;
        for (int i = candidate.size() - 5; i < candidate.size(); ++i) {
            candidate[i] = QChar(u'0' + digit(rng));
        }
        if (used.contains(candidate)) {
            continue;
        }
        auto normalized = PhoneNumbers::normalize(candidate, region);
        if (normalized && normalized.value().type.contains(u"mobile"_s) && !used.contains(normalized.value().e164)) {
            used.insert(normalized.value().e164);
            return normalized.value().e164;
        }
    }
    return {};
}

} // namespace

Result<int> DemoWorkspace::populate(Database& database, int contactCount, quint32 seed)
{
    ContactRepository contacts(database);
    auto existing = contacts.count();
    if (!existing) {
        return existing.error();
    }
    if (existing.value() > 0) {
        return Error {tr("The demo data can only be added to an empty workspace.")};
    }

    std::mt19937 rng(seed);
    auto pick = [&rng](const QStringList& list) {
        return list.at(std::uniform_int_distribution<int>(0, int(list.size()) - 1)(rng));
    };
    auto chance = [&rng](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    const QList<Culture> all = cultures();
    const QStringList tagNames = {u"vip"_s, u"newsletter"_s, u"wholesale"_s, u"returning"_s, u"gift-buyer"_s};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> usedPhones;
    int added = 0;

    auto result = database.writeTransaction([&]() -> Result<void> {
        for (int i = 0; i < contactCount; ++i) {
            const Culture& culture = all.at(i % all.size());
            Contact c;
            c.phone = mobileNumber(QString::fromUtf16(culture.region), rng, usedPhones);
            if (c.phone.isEmpty()) {
                continue;
            }
            c.phoneType = u"mobile"_s;
            c.firstName = pick(culture.firstNames);
            c.lastName = pick(culture.lastNames);
            c.email = u"%1@example.com"_s.arg(latinForEmail(c.firstName, i + 1));
            c.country = QString::fromUtf16(culture.region);
            c.city = pick(culture.cities);
            c.language = QString::fromUtf16(culture.language);
            c.timeZone = QString::fromUtf16(culture.timeZone);
            c.currency = QString::fromUtf16(culture.currency);
            if (chance(0.7)) {
                c.birthdayYear = std::uniform_int_distribution<int>(1955, 2005)(rng);
                c.birthdayMonth = std::uniform_int_distribution<int>(1, 12)(rng);
                c.birthdayDay = std::uniform_int_distribution<int>(1, 28)(rng);
            }
            c.ordersCount = std::uniform_int_distribution<int>(0, 14)(rng);
            c.totalSpentMicros = qint64(c.ordersCount) * std::uniform_int_distribution<int>(15, 180)(rng) * 1'000'000;
            if (c.ordersCount > 0) {
                c.lastOrderAt = now.addDays(-std::uniform_int_distribution<int>(1, 400)(rng));
            }
            c.createdAt = now.addDays(-std::uniform_int_distribution<int>(0, 720)(rng));
            c.source = u"demo"_s;

            auto id = contacts.insert(c);
            if (!id) {
                return id.error();
            }
            for (const QString& tag : tagNames) {
                const bool vip = tag == u"vip"_s && c.totalSpentMicros > 1'000'000'000;
                if (vip || (tag != u"vip"_s && chance(0.25))) {
                    if (auto tagged = contacts.addTag(id.value(), tag); !tagged) {
                        return tagged;
                    }
                }
            }

            // Most people opted in at checkout; some later opted out; some never said.
            const double roll = std::uniform_real_distribution<double>(0, 1)(rng);
            if (roll < 0.85) {
                ConsentEvent optIn;
                optIn.action = ConsentEvent::Action::OptIn;
                optIn.occurredAt = c.createdAt;
                optIn.method = u"web form"_s;
                optIn.source = u"checkout (demo shop)"_s;
                optIn.wording = u"Yes, text me offers and news. Up to 4 msgs/month. Reply STOP to opt out."_s;
                if (auto r = contacts.recordConsent(id.value(), optIn); !r) {
                    return r;
                }
                if (roll > 0.80) {
                    ConsentEvent optOut;
                    optOut.action = ConsentEvent::Action::OptOut;
                    optOut.occurredAt = c.createdAt.addDays(30);
                    optOut.method = u"keyword"_s;
                    optOut.source = u"inbound SMS"_s;
                    optOut.wording = u"STOP"_s;
                    if (auto r = contacts.recordConsent(id.value(), optOut); !r) {
                        return r;
                    }
                }
            }
            ++added;
        }
        if (auto starter = WorkspaceSetup::addStarterContent(database); !starter) {
            return starter;
        }
        return database.exec(u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('demo', '1')"_s);
    });
    if (!result) {
        return result.error();
    }
    qCInfo(lcContacts).noquote() << tr("Created %n demo contact(s).", nullptr, added);
    return added;
}

bool DemoWorkspace::isDemo(const Database& database)
{
    auto demo = database.scalar(u"SELECT value FROM workspace_meta WHERE key = 'demo'"_s);
    return demo && demo.value().toString() == u"1"_s;
}

} // namespace Herald
