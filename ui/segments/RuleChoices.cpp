// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RuleChoices.h"

#include "contacts/Countries.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QCollator>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

bool isCountryCode(const QString& code)
{
    return code.size() == 2 && code.at(0).isUpper() && code.at(1).isUpper() && code.at(0).unicode() < 0x80
        && code.at(1).unicode() < 0x80;
}

void sortByLabel(QList<RuleChoices::Item>& items)
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(items.begin(), items.end(), [&collator](const RuleChoices::Item& a, const RuleChoices::Item& b) {
        return collator.compare(a.label, b.label) < 0;
    });
}

Result<QStringList> column(Database& database, const QString& sql)
{
    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        return Database::errorFrom(q, sql);
    }
    QStringList values;
    while (q.next()) {
        const QString value = q.value(0).toString().trimmed();
        if (!value.isEmpty() && !values.contains(value)) {
            values.append(value);
        }
    }
    return values;
}

} // namespace

QString RuleChoices::countryLabel(const QString& code)
{
    const QString upper = code.toUpper();
    const QString name = Countries::displayName(upper);
    if (name == upper) {
        return upper;
    }
    return tr("%1 (%2)").arg(name, upper);
}

QString RuleChoices::languageLabel(const QString& code)
{
    QString name = code == u"zh_TW"_s ? u"繁體中文"_s : QLocale(code).nativeLanguageName();
    if (name.isEmpty() || QLocale(code).language() == QLocale::C) {
        return code;
    }
    name[0] = name[0].toUpper();
    return tr("%1 (%2)").arg(name, code);
}

RuleChoices RuleChoices::defaults()
{
    RuleChoices choices;
    for (int t = QLocale::AnyTerritory + 1; t <= QLocale::LastTerritory; ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        // Skips regions such as "419" (Latin America), which no phone number belongs to.
        if (isCountryCode(code)) {
            choices.countries.append({code, countryLabel(code)});
        }
    }
    sortByLabel(choices.countries);
    for (const QString& code : Settings::supportedLanguages()) {
        choices.languages.append({code, languageLabel(code)});
    }
    return choices;
}

Result<RuleChoices> RuleChoices::load(Database& database)
{
    RuleChoices choices = defaults();
    auto tags = column(database, u"SELECT name FROM tags ORDER BY name COLLATE NOCASE"_s);
    if (!tags) {
        return tags.error();
    }
    choices.tags = tags.value();
    auto fields = column(database, u"SELECT DISTINCT name FROM contact_fields ORDER BY name COLLATE NOCASE"_s);
    if (!fields) {
        return fields.error();
    }
    choices.customFields = fields.value();
    auto languages = column(database, u"SELECT DISTINCT language FROM contacts ORDER BY language"_s);
    if (!languages) {
        return languages.error();
    }
    QList<Item> extra;
    for (const QString& code : languages.value()) {
        const bool known = std::any_of(choices.languages.cbegin(), choices.languages.cend(),
            [&code](const Item& item) { return item.value.compare(code, Qt::CaseInsensitive) == 0; });
        if (!known) {
            extra.append({code, languageLabel(code)});
        }
    }
    sortByLabel(extra);
    choices.languages += extra;
    // Codes that QLocale does not know (say "XK") still appear, so that every contact's
    // country can be picked.
    auto countries = column(database, u"SELECT DISTINCT upper(country) FROM contacts"_s);
    if (!countries) {
        return countries.error();
    }
    bool added = false;
    for (const QString& code : countries.value()) {
        const bool known = std::any_of(choices.countries.cbegin(), choices.countries.cend(),
            [&code](const Item& item) { return item.value == code; });
        if (!known) {
            choices.countries.append({code, countryLabel(code)});
            added = true;
        }
    }
    if (added) {
        sortByLabel(choices.countries);
    }
    return choices;
}

} // namespace Herald
