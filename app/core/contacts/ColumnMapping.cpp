// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColumnMapping.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

struct FieldInfo
{
    ContactField field;
    const char16_t* name;
};

constexpr FieldInfo s_fields[] = {
    {ContactField::Ignore, u"ignore"},
    {ContactField::Phone, u"phone"},
    {ContactField::FirstName, u"first_name"},
    {ContactField::LastName, u"last_name"},
    {ContactField::FullName, u"name"},
    {ContactField::Email, u"email"},
    {ContactField::Country, u"country"},
    {ContactField::City, u"city"},
    {ContactField::Language, u"language"},
    {ContactField::TimeZone, u"time_zone"},
    {ContactField::Birthday, u"birthday"},
    {ContactField::TotalSpent, u"total_spent"},
    {ContactField::Currency, u"currency"},
    {ContactField::Orders, u"orders"},
    {ContactField::LastOrder, u"last_order"},
    {ContactField::Consent, u"consent"},
    {ContactField::ConsentDate, u"consent_date"},
    {ContactField::Tags, u"tags"},
    {ContactField::Custom, u"custom"},
};

struct PresetInfo
{
    ImportPreset preset;
    const char16_t* name;
};

constexpr PresetInfo s_presets[] = {
    {ImportPreset::Generic, u"generic"},
    {ImportPreset::Herald, u"herald"},
    {ImportPreset::ShopifyCurrent, u"shopify"},
    {ImportPreset::ShopifyLegacy, u"shopify-legacy"},
    {ImportPreset::WooCommerce, u"woocommerce"},
    {ImportPreset::GoogleContacts, u"google"},
    {ImportPreset::Outlook, u"outlook"},
};

using Table = QHash<QString, ColumnRole>;

ColumnRole role(ContactField field, int priority = 0)
{
    ColumnRole r;
    r.field = field;
    r.priority = priority;
    return r;
}

// Builds a lookup keyed by normalised header names.
Table table(std::initializer_list<std::pair<QString, ColumnRole>> entries)
{
    Table t;
    for (const auto& [name, r] : entries) {
        t.insert(ColumnMapping::normalizeHeaderName(name), r);
    }
    return t;
}

QSet<QString> normalizedSet(const QStringList& header)
{
    QSet<QString> set;
    for (const QString& name : header) {
        set.insert(ColumnMapping::normalizeHeaderName(name));
    }
    return set;
}

bool hasAll(const QSet<QString>& names, std::initializer_list<QString> wanted)
{
    return std::all_of(wanted.begin(), wanted.end(),
        [&](const QString& w) { return names.contains(ColumnMapping::normalizeHeaderName(w)); });
}

const Table& shopifyTable()
{
    static const Table t = table({
        {u"First Name"_s, role(ContactField::FirstName)},
        {u"Last Name"_s, role(ContactField::LastName)},
        {u"Email"_s, role(ContactField::Email)},
        {u"Phone"_s, role(ContactField::Phone, 0)},
        {u"Default Address Phone"_s, role(ContactField::Phone, 1)},
        {u"Default Address City"_s, role(ContactField::City)},
        {u"City"_s, role(ContactField::City)},
        {u"Default Address Country Code"_s, role(ContactField::Country)},
        {u"Country Code"_s, role(ContactField::Country)},
        {u"Country"_s, role(ContactField::Country)},
        {u"Accepts SMS Marketing"_s, role(ContactField::Consent)},
        {u"Accepts Marketing"_s, role(ContactField::Consent)},
        {u"Total Spent"_s, role(ContactField::TotalSpent)},
        {u"Total Orders"_s, role(ContactField::Orders)},
        {u"Tags"_s, role(ContactField::Tags)},
    });
    return t;
}

const Table& wooTable()
{
    static const Table t = table({
        {u"first_name"_s, role(ContactField::FirstName)},
        {u"last_name"_s, role(ContactField::LastName)},
        {u"billing_first_name"_s, role(ContactField::FirstName)},
        {u"billing_last_name"_s, role(ContactField::LastName)},
        {u"email"_s, role(ContactField::Email)},
        {u"billing_email"_s, role(ContactField::Email)},
        {u"billing_phone"_s, role(ContactField::Phone, 0)},
        {u"shipping_phone"_s, role(ContactField::Phone, 1)},
        {u"billing_city"_s, role(ContactField::City)},
        {u"billing_country"_s, role(ContactField::Country)},
        {u"shipping_country"_s, role(ContactField::Country)},
        {u"total_spent"_s, role(ContactField::TotalSpent)},
        {u"money_spent"_s, role(ContactField::TotalSpent)},
        {u"order_count"_s, role(ContactField::Orders)},
        {u"orders_count"_s, role(ContactField::Orders)},
        {u"sms_opt_in"_s, role(ContactField::Consent)},
    });
    return t;
}

const Table& outlookTable()
{
    static const Table t = table({
        {u"First Name"_s, role(ContactField::FirstName)},
        {u"Last Name"_s, role(ContactField::LastName)},
        {u"E-mail Address"_s, role(ContactField::Email)},
        {u"Mobile Phone"_s, role(ContactField::Phone, 0)},
        {u"Primary Phone"_s, role(ContactField::Phone, 1)},
        {u"Home Phone"_s, role(ContactField::Phone, 2)},
        {u"Business Phone"_s, role(ContactField::Phone, 3)},
        {u"Home Phone 2"_s, role(ContactField::Phone, 4)},
        {u"Business Phone 2"_s, role(ContactField::Phone, 5)},
        {u"Other Phone"_s, role(ContactField::Phone, 6)},
        {u"Car Phone"_s, role(ContactField::Phone, 7)},
        {u"Birthday"_s, role(ContactField::Birthday)},
        {u"Home City"_s, role(ContactField::City)},
        {u"Business City"_s, role(ContactField::City)},
        {u"Home Country/Region"_s, role(ContactField::Country)},
        {u"Business Country/Region"_s, role(ContactField::Country)},
        {u"Other Country/Region"_s, role(ContactField::Country)},
        {u"Categories"_s, role(ContactField::Tags)},
    });
    return t;
}

const Table& googleTable()
{
    static const Table t = table({
        {u"First Name"_s, role(ContactField::FirstName)},
        {u"Given Name"_s, role(ContactField::FirstName)},
        {u"Last Name"_s, role(ContactField::LastName)},
        {u"Family Name"_s, role(ContactField::LastName)},
        {u"Name"_s, role(ContactField::FullName)},
        {u"Birthday"_s, role(ContactField::Birthday)},
        {u"Labels"_s, role(ContactField::Tags)},
        {u"Group Membership"_s, role(ContactField::Tags)},
        {u"E-mail 1 - Value"_s, role(ContactField::Email)},
        {u"E-mail 2 - Value"_s, role(ContactField::Email)},
        {u"Address 1 - City"_s, role(ContactField::City)},
        {u"Address 1 - Country"_s, role(ContactField::Country)},
    });
    return t;
}

// The generic guesser's dictionary: exact names first, then words a name may contain.
const Table& genericExact()
{
    static const Table t = table({
        // phone
        {u"phone"_s, role(ContactField::Phone, 1)},
        {u"phone number"_s, role(ContactField::Phone, 1)},
        {u"telephone"_s, role(ContactField::Phone, 1)},
        {u"tel"_s, role(ContactField::Phone, 1)},
        {u"tel."_s, role(ContactField::Phone, 1)},
        {u"msisdn"_s, role(ContactField::Phone, 0)},
        {u"sms"_s, role(ContactField::Phone, 0)},
        {u"mobile"_s, role(ContactField::Phone, 0)},
        {u"cell"_s, role(ContactField::Phone, 0)},
        {u"telefon"_s, role(ContactField::Phone, 1)},
        {u"nr tel"_s, role(ContactField::Phone, 1)},
        {u"komórka"_s, role(ContactField::Phone, 0)},
        {u"mobil"_s, role(ContactField::Phone, 0)},
        {u"телефон"_s, role(ContactField::Phone, 1)},
        {u"тел"_s, role(ContactField::Phone, 1)},
        {u"номер"_s, role(ContactField::Phone, 1)},
        // names
        {u"first name"_s, role(ContactField::FirstName)},
        {u"firstname"_s, role(ContactField::FirstName)},
        {u"fname"_s, role(ContactField::FirstName)},
        {u"given name"_s, role(ContactField::FirstName)},
        {u"forename"_s, role(ContactField::FirstName)},
        {u"imię"_s, role(ContactField::FirstName)},
        {u"prenume"_s, role(ContactField::FirstName)},
        {u"имя"_s, role(ContactField::FirstName)},
        {u"last name"_s, role(ContactField::LastName)},
        {u"lastname"_s, role(ContactField::LastName)},
        {u"lname"_s, role(ContactField::LastName)},
        {u"surname"_s, role(ContactField::LastName)},
        {u"family name"_s, role(ContactField::LastName)},
        {u"nazwisko"_s, role(ContactField::LastName)},
        {u"nume de familie"_s, role(ContactField::LastName)},
        {u"nume"_s, role(ContactField::LastName)},
        {u"фамилия"_s, role(ContactField::LastName)},
        {u"name"_s, role(ContactField::FullName)},
        {u"full name"_s, role(ContactField::FullName)},
        {u"fullname"_s, role(ContactField::FullName)},
        {u"contact name"_s, role(ContactField::FullName)},
        {u"customer name"_s, role(ContactField::FullName)},
        {u"customer"_s, role(ContactField::FullName)},
        {u"imię i nazwisko"_s, role(ContactField::FullName)},
        {u"nazwa"_s, role(ContactField::FullName)},
        {u"klient"_s, role(ContactField::FullName)},
        {u"nume complet"_s, role(ContactField::FullName)},
        {u"nume și prenume"_s, role(ContactField::FullName)},
        {u"фио"_s, role(ContactField::FullName)},
        {u"имя и фамилия"_s, role(ContactField::FullName)},
        {u"клиент"_s, role(ContactField::FullName)},
        // other fields
        {u"email"_s, role(ContactField::Email)},
        {u"e-mail"_s, role(ContactField::Email)},
        {u"mail"_s, role(ContactField::Email)},
        {u"email address"_s, role(ContactField::Email)},
        {u"adres email"_s, role(ContactField::Email)},
        {u"adres e-mail"_s, role(ContactField::Email)},
        {u"почта"_s, role(ContactField::Email)},
        {u"электронная почта"_s, role(ContactField::Email)},
        {u"country"_s, role(ContactField::Country)},
        {u"country code"_s, role(ContactField::Country)},
        {u"country/region"_s, role(ContactField::Country)},
        {u"kraj"_s, role(ContactField::Country)},
        {u"państwo"_s, role(ContactField::Country)},
        {u"țară"_s, role(ContactField::Country)},
        {u"țara"_s, role(ContactField::Country)},
        {u"страна"_s, role(ContactField::Country)},
        {u"city"_s, role(ContactField::City)},
        {u"town"_s, role(ContactField::City)},
        {u"miasto"_s, role(ContactField::City)},
        {u"miejscowość"_s, role(ContactField::City)},
        {u"oraș"_s, role(ContactField::City)},
        {u"localitate"_s, role(ContactField::City)},
        {u"город"_s, role(ContactField::City)},
        {u"language"_s, role(ContactField::Language)},
        {u"lang"_s, role(ContactField::Language)},
        {u"locale"_s, role(ContactField::Language)},
        {u"język"_s, role(ContactField::Language)},
        {u"limba"_s, role(ContactField::Language)},
        {u"язык"_s, role(ContactField::Language)},
        {u"time zone"_s, role(ContactField::TimeZone)},
        {u"timezone"_s, role(ContactField::TimeZone)},
        {u"strefa czasowa"_s, role(ContactField::TimeZone)},
        {u"fus orar"_s, role(ContactField::TimeZone)},
        {u"часовой пояс"_s, role(ContactField::TimeZone)},
        {u"birthday"_s, role(ContactField::Birthday)},
        {u"birth date"_s, role(ContactField::Birthday)},
        {u"birthdate"_s, role(ContactField::Birthday)},
        {u"date of birth"_s, role(ContactField::Birthday)},
        {u"dob"_s, role(ContactField::Birthday)},
        {u"data urodzenia"_s, role(ContactField::Birthday)},
        {u"urodziny"_s, role(ContactField::Birthday)},
        {u"data nașterii"_s, role(ContactField::Birthday)},
        {u"zi de naștere"_s, role(ContactField::Birthday)},
        {u"дата рождения"_s, role(ContactField::Birthday)},
        {u"день рождения"_s, role(ContactField::Birthday)},
        {u"total spent"_s, role(ContactField::TotalSpent)},
        {u"total spend"_s, role(ContactField::TotalSpent)},
        {u"spent"_s, role(ContactField::TotalSpent)},
        {u"money spent"_s, role(ContactField::TotalSpent)},
        {u"lifetime value"_s, role(ContactField::TotalSpent)},
        {u"wydano"_s, role(ContactField::TotalSpent)},
        {u"suma zamówień"_s, role(ContactField::TotalSpent)},
        {u"total cheltuit"_s, role(ContactField::TotalSpent)},
        {u"сумма покупок"_s, role(ContactField::TotalSpent)},
        {u"currency"_s, role(ContactField::Currency)},
        {u"waluta"_s, role(ContactField::Currency)},
        {u"monedă"_s, role(ContactField::Currency)},
        {u"валюта"_s, role(ContactField::Currency)},
        {u"orders"_s, role(ContactField::Orders)},
        {u"total orders"_s, role(ContactField::Orders)},
        {u"orders count"_s, role(ContactField::Orders)},
        {u"order count"_s, role(ContactField::Orders)},
        {u"liczba zamówień"_s, role(ContactField::Orders)},
        {u"zamówienia"_s, role(ContactField::Orders)},
        {u"comenzi"_s, role(ContactField::Orders)},
        {u"număr comenzi"_s, role(ContactField::Orders)},
        {u"заказы"_s, role(ContactField::Orders)},
        {u"количество заказов"_s, role(ContactField::Orders)},
        {u"last order"_s, role(ContactField::LastOrder)},
        {u"last order date"_s, role(ContactField::LastOrder)},
        {u"ostatnie zamówienie"_s, role(ContactField::LastOrder)},
        {u"ultima comandă"_s, role(ContactField::LastOrder)},
        {u"последний заказ"_s, role(ContactField::LastOrder)},
        {u"tags"_s, role(ContactField::Tags)},
        {u"tag"_s, role(ContactField::Tags)},
        {u"labels"_s, role(ContactField::Tags)},
        {u"tagi"_s, role(ContactField::Tags)},
        {u"etykiety"_s, role(ContactField::Tags)},
        {u"etichete"_s, role(ContactField::Tags)},
        {u"теги"_s, role(ContactField::Tags)},
        {u"метки"_s, role(ContactField::Tags)},
        {u"consent"_s, role(ContactField::Consent)},
        {u"accepts marketing"_s, role(ContactField::Consent)},
        {u"marketing consent"_s, role(ContactField::Consent)},
        {u"consent date"_s, role(ContactField::ConsentDate)},
        {u"sms consent date"_s, role(ContactField::ConsentDate)},
        {u"opt-in date"_s, role(ContactField::ConsentDate)},
    });
    return t;
}

struct Contains
{
    QString word;
    ColumnRole role;
};

const QList<Contains>& genericContains()
{
    static const QList<Contains> list = [] {
        const QList<std::pair<QString, ColumnRole>> raw = {
            // consent first: "SMS Opt-In" must not become a phone because of "SMS"
            {u"opt in"_s, role(ContactField::Consent)},
            {u"optin"_s, role(ContactField::Consent)},
            {u"accepts sms"_s, role(ContactField::Consent)},
            {u"sms consent"_s, role(ContactField::Consent)},
            {u"sms marketing"_s, role(ContactField::Consent)},
            {u"zgoda"_s, role(ContactField::Consent)},
            {u"acord"_s, role(ContactField::Consent)},
            {u"согласие"_s, role(ContactField::Consent)},
            // e-mail marketing consent is not SMS consent, and not an address
            {u"email marketing"_s, role(ContactField::Ignore)},
            {u"e mail marketing"_s, role(ContactField::Ignore)},
            {u"mobile"_s, role(ContactField::Phone, 0)},
            {u"cell"_s, role(ContactField::Phone, 0)},
            {u"komórk"_s, role(ContactField::Phone, 0)},
            {u"mobil"_s, role(ContactField::Phone, 0)},
            {u"мобильн"_s, role(ContactField::Phone, 0)},
            {u"сотов"_s, role(ContactField::Phone, 0)},
            {u"phone"_s, role(ContactField::Phone, 1)},
            {u"telefon"_s, role(ContactField::Phone, 1)},
            {u"телефон"_s, role(ContactField::Phone, 1)},
            {u"first name"_s, role(ContactField::FirstName)},
            {u"last name"_s, role(ContactField::LastName)},
            {u"email"_s, role(ContactField::Email)},
            {u"e mail"_s, role(ContactField::Email)},
        };
        QList<Contains> out;
        for (const auto& [word, r] : raw) {
            out.append({ColumnMapping::normalizeHeaderName(word), r});
        }
        return out;
    }();
    return list;
}

ColumnMapping fromTable(ImportPreset preset, const Table& t, const QStringList& header)
{
    ColumnMapping mapping;
    mapping.preset = preset;
    for (const QString& name : header) {
        mapping.roles.append(t.value(ColumnMapping::normalizeHeaderName(name)));
    }
    return mapping;
}

} // namespace

QString ColumnMapping::normalizeHeaderName(const QString& name)
{
    const QString decomposed = name.trimmed().normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            continue;
        }
        if (c.isSpace() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u'\'') {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out.append(u' ');
            space = false;
        }
        out.append(c == u'ł' ? QChar(u'l') : c);
    }
    return out;
}

QStringList ColumnMapping::heraldColumns()
{
    return {u"Phone"_s, u"First Name"_s, u"Last Name"_s, u"Email"_s, u"Country"_s, u"City"_s, u"Language"_s,
        u"Time Zone"_s, u"Birthday"_s, u"Total Spent"_s, u"Currency"_s, u"Orders"_s, u"Last Order"_s, u"SMS Consent"_s,
        u"SMS Consent Date"_s, u"Tags"_s};
}

ImportPreset ColumnMapping::detectPreset(const QStringList& header)
{
    const QStringList herald = heraldColumns();
    if (header.size() >= herald.size() && header.mid(0, herald.size()) == herald) {
        return ImportPreset::Herald;
    }
    const QSet<QString> names = normalizedSet(header);
    if (hasAll(names, {u"First Name"_s, u"Last Name"_s, u"Total Spent"_s, u"Total Orders"_s, u"Tax Exempt"_s})) {
        if (names.contains(normalizeHeaderName(u"Default Address Country Code"_s))
            || names.contains(normalizeHeaderName(u"Default Address Phone"_s))) {
            return ImportPreset::ShopifyCurrent;
        }
        return ImportPreset::ShopifyLegacy;
    }
    if (hasAll(names, {u"billing_phone"_s})
        && (hasAll(names, {u"billing_country"_s}) || hasAll(names, {u"billing_first_name"_s}))) {
        return ImportPreset::WooCommerce;
    }
    if (hasAll(names, {u"Phone 1 - Value"_s})
        && (hasAll(names, {u"Phone 1 - Label"_s}) || hasAll(names, {u"Phone 1 - Type"_s}))) {
        return ImportPreset::GoogleContacts;
    }
    if (hasAll(names, {u"Mobile Phone"_s, u"Business Phone"_s})
        || hasAll(names, {u"Mobile Phone"_s, u"E-mail Address"_s})) {
        return ImportPreset::Outlook;
    }
    return ImportPreset::Generic;
}

ContactField ColumnMapping::guessField(const QString& columnName)
{
    const QString name = normalizeHeaderName(columnName);
    if (const auto it = genericExact().constFind(name); it != genericExact().constEnd()) {
        return it->field;
    }
    for (const Contains& c : genericContains()) {
        if (name.contains(c.word)) {
            return c.role.field;
        }
    }
    return ContactField::Ignore;
}

ColumnMapping ColumnMapping::forPreset(ImportPreset preset, const QStringList& header)
{
    switch (preset) {
    case ImportPreset::Herald: {
        ColumnMapping mapping;
        mapping.preset = preset;
        const ColumnMapping standard = forPreset(ImportPreset::Generic, heraldColumns());
        for (int i = 0; i < header.size(); ++i) {
            if (i < standard.roles.size()) {
                mapping.roles.append(standard.roles.at(i));
            } else {
                ColumnRole r = role(ContactField::Custom);
                r.customName = header.at(i).trimmed();
                mapping.roles.append(r);
            }
        }
        // The export's consent column is "SMS Consent"; its date is the consent's own time.
        mapping.roles[13] = role(ContactField::Consent);
        mapping.roles[14] = role(ContactField::ConsentDate);
        return mapping;
    }
    case ImportPreset::ShopifyCurrent:
    case ImportPreset::ShopifyLegacy: {
        ColumnMapping mapping = fromTable(preset, shopifyTable(), header);
        // Older exports have only "Accepts Marketing"; when "Accepts SMS Marketing" is there,
        // the other column is e-mail consent.
        const int sms = columnOf(header, u"Accepts SMS Marketing"_s);
        const int any = columnOf(header, u"Accepts Marketing"_s);
        if (sms >= 0 && any >= 0) {
            mapping.roles[any] = {};
        }
        return mapping;
    }
    case ImportPreset::WooCommerce:
        return fromTable(preset, wooTable(), header);
    case ImportPreset::Outlook:
        return fromTable(preset, outlookTable(), header);
    case ImportPreset::GoogleContacts: {
        ColumnMapping mapping = fromTable(preset, googleTable(), header);
        static const QRegularExpression phoneValue(u"^phone (\\d+) value$"_s);
        for (int i = 0; i < header.size(); ++i) {
            const auto match = phoneValue.match(normalizeHeaderName(header.at(i)));
            if (!match.hasMatch()) {
                continue;
            }
            const QString n = match.captured(1);
            ColumnRole r = role(ContactField::Phone, n.toInt());
            r.labelColumn = columnOf(header, u"Phone %1 - Label"_s.arg(n));
            if (r.labelColumn < 0) {
                r.labelColumn = columnOf(header, u"Phone %1 - Type"_s.arg(n));
            }
            mapping.roles[i] = r;
        }
        return mapping;
    }
    case ImportPreset::Generic:
        break;
    }
    ColumnMapping mapping;
    mapping.preset = ImportPreset::Generic;
    for (const QString& columnName : header) {
        const QString name = normalizeHeaderName(columnName);
        ColumnRole r;
        if (const auto it = genericExact().constFind(name); it != genericExact().constEnd()) {
            r = *it;
        } else {
            for (const Contains& c : genericContains()) {
                if (name.contains(c.word)) {
                    r = c.role;
                    break;
                }
            }
        }
        mapping.roles.append(r);
    }
    return mapping;
}

QString ColumnMapping::fieldName(ContactField field)
{
    for (const FieldInfo& info : s_fields) {
        if (info.field == field) {
            return QString::fromUtf16(info.name);
        }
    }
    return u"ignore"_s;
}

std::optional<ColumnRole> ColumnMapping::roleFromName(const QString& name)
{
    const QString trimmed = name.trimmed();
    for (const QString& prefix : {u"custom:"_s, u"field:"_s}) {
        if (trimmed.startsWith(prefix, Qt::CaseInsensitive)) {
            const QString custom = trimmed.mid(prefix.size()).trimmed();
            if (custom.isEmpty()) {
                return std::nullopt;
            }
            ColumnRole r = role(ContactField::Custom);
            r.customName = custom;
            return r;
        }
    }
    for (const FieldInfo& info : s_fields) {
        if (trimmed.compare(QString::fromUtf16(info.name), Qt::CaseInsensitive) == 0) {
            return role(info.field);
        }
    }
    return std::nullopt;
}

QString ColumnMapping::presetName(ImportPreset preset)
{
    for (const PresetInfo& info : s_presets) {
        if (info.preset == preset) {
            return QString::fromUtf16(info.name);
        }
    }
    return u"generic"_s;
}

std::optional<ImportPreset> ColumnMapping::presetFromName(const QString& name)
{
    for (const PresetInfo& info : s_presets) {
        if (name.trimmed().compare(QString::fromUtf16(info.name), Qt::CaseInsensitive) == 0) {
            return info.preset;
        }
    }
    return std::nullopt;
}

QString ColumnMapping::presetDisplayName(ImportPreset preset)
{
    switch (preset) {
    case ImportPreset::Generic:
        return tr("Other (columns guessed from their names)");
    case ImportPreset::Herald:
        return tr("Herald export");
    case ImportPreset::ShopifyCurrent:
        return tr("Shopify customers");
    case ImportPreset::ShopifyLegacy:
        return tr("Shopify customers (older export)");
    case ImportPreset::WooCommerce:
        return tr("WooCommerce customers");
    case ImportPreset::GoogleContacts:
        return tr("Google Contacts");
    case ImportPreset::Outlook:
        return tr("Outlook contacts");
    }
    return {};
}

QString ColumnMapping::fieldDisplayName(ContactField field)
{
    switch (field) {
    case ContactField::Ignore:
        return tr("Do not import");
    case ContactField::Phone:
        return tr("Phone");
    case ContactField::FirstName:
        return tr("First name");
    case ContactField::LastName:
        return tr("Last name");
    case ContactField::FullName:
        return tr("Full name");
    case ContactField::Email:
        return tr("E-mail");
    case ContactField::Country:
        return tr("Country");
    case ContactField::City:
        return tr("City");
    case ContactField::Language:
        return tr("Language");
    case ContactField::TimeZone:
        return tr("Time zone");
    case ContactField::Birthday:
        return tr("Birthday");
    case ContactField::TotalSpent:
        return tr("Total spent");
    case ContactField::Currency:
        return tr("Currency");
    case ContactField::Orders:
        return tr("Orders");
    case ContactField::LastOrder:
        return tr("Last order");
    case ContactField::Consent:
        return tr("SMS marketing consent");
    case ContactField::ConsentDate:
        return tr("Consent date");
    case ContactField::Tags:
        return tr("Tags");
    case ContactField::Custom:
        return tr("Custom field");
    }
    return {};
}

void ColumnMapping::setRole(int column, ContactField field, const QString& customName)
{
    if (column < 0) {
        return;
    }
    while (roles.size() <= column) {
        roles.append(ColumnRole {});
    }
    ColumnRole r = role(field);
    r.customName = customName.trimmed();
    roles[column] = r;
}

int ColumnMapping::columnOf(const QStringList& header, const QString& name)
{
    const QString wanted = name.trimmed();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().compare(wanted, Qt::CaseInsensitive) == 0) {
            return i;
        }
    }
    return -1;
}

bool ColumnMapping::hasPhone() const
{
    return std::any_of(roles.begin(), roles.end(), [](const ColumnRole& r) { return r.field == ContactField::Phone; });
}

QList<int> ColumnMapping::phoneColumns() const
{
    QList<int> columns;
    for (int i = 0; i < roles.size(); ++i) {
        if (roles.at(i).field == ContactField::Phone) {
            columns.append(i);
        }
    }
    std::stable_sort(
        columns.begin(), columns.end(), [this](int a, int b) { return roles.at(a).priority < roles.at(b).priority; });
    return columns;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonArray columns;
    for (const ColumnRole& r : roles) {
        QJsonObject o {{u"field"_s, fieldName(r.field)}};
        if (!r.customName.isEmpty()) {
            o.insert(u"name"_s, r.customName);
        }
        if (r.priority != 0) {
            o.insert(u"priority"_s, r.priority);
        }
        if (r.labelColumn >= 0) {
            o.insert(u"label_column"_s, r.labelColumn);
        }
        columns.append(o);
    }
    return QJsonDocument(QJsonObject {{u"preset"_s, presetName(preset)}, {u"columns"_s, columns}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QByteArray& json, int columnCount)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QJsonArray columns = object.value(u"columns"_s).toArray();
    if (columns.size() != columnCount) {
        return std::nullopt;
    }
    ColumnMapping mapping;
    mapping.preset = presetFromName(object.value(u"preset"_s).toString()).value_or(ImportPreset::Generic);
    for (const QJsonValue& value : columns) {
        const QJsonObject o = value.toObject();
        auto r = roleFromName(o.value(u"field"_s).toString());
        if (!r) {
            return std::nullopt;
        }
        r->customName = o.value(u"name"_s).toString();
        r->priority = o.value(u"priority"_s).toInt();
        r->labelColumn = o.value(u"label_column"_s).toInt(-1);
        if (r->labelColumn >= columnCount) {
            return std::nullopt;
        }
        mapping.roles.append(*r);
    }
    return mapping;
}

QString ColumnMapping::rememberKey(const QStringList& header)
{
    QStringList names;
    for (const QString& name : header) {
        names.append(normalizeHeaderName(name));
    }
    const QByteArray digest = QCryptographicHash::hash(names.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
    return u"import_mapping:"_s + QString::fromLatin1(digest.toHex().left(32));
}

std::optional<ColumnMapping> ColumnMapping::remembered(const Database& database, const QStringList& header)
{
    auto value = database.scalar(u"SELECT value FROM workspace_meta WHERE key = ?"_s, {rememberKey(header)});
    if (!value || value.value().isNull()) {
        return std::nullopt;
    }
    return fromJson(value.value().toString().toUtf8(), int(header.size()));
}

Result<void> ColumnMapping::remember(const Database& database, const QStringList& header, const ColumnMapping& mapping)
{
    auto done = database.scalar(u"INSERT INTO workspace_meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
        {rememberKey(header), QString::fromUtf8(mapping.toJson())});
    if (!done) {
        return done.error();
    }
    return {};
}

} // namespace Herald
