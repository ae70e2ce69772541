// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateCategories.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

QList<TemplateCategories::Category> TemplateCategories::all()
{
    // Built on each call rather than cached, so the names follow a UI language change.
    return {
        {u"welcome"_s, tr("Welcome"), false},
        {u"abandoned_cart"_s, tr("Abandoned cart"), false},
        {u"order_confirmation"_s, tr("Order confirmation"), true},
        {u"shipping_update"_s, tr("Shipping update"), true},
        {u"delivery_today"_s, tr("Delivery today"), true},
        {u"birthday"_s, tr("Birthday"), false},
        {u"loyalty_anniversary"_s, tr("Loyalty anniversary"), false},
        {u"flash_sale"_s, tr("Flash sale"), false},
        {u"back_in_stock"_s, tr("Back in stock"), false},
        {u"review_request"_s, tr("Review request"), false},
        {u"holiday_greeting"_s, tr("Holiday greeting"), false},
        {u"store_closure"_s, tr("Store closure"), false},
    };
}

QStringList TemplateCategories::ids()
{
    QStringList result;
    for (const Category& category : all()) {
        result.append(category.id);
    }
    return result;
}

bool TemplateCategories::contains(const QString& id)
{
    return ids().contains(id);
}

QString TemplateCategories::displayName(const QString& id)
{
    const QList<Category> categories = all();
    const auto it = std::find_if(categories.begin(), categories.end(), [&id](const Category& c) { return c.id == id; });
    return it == categories.end() ? id : it->displayName;
}

bool TemplateCategories::isTransactional(const QString& id)
{
    const QList<Category> categories = all();
    return std::any_of(
        categories.begin(), categories.end(), [&id](const Category& c) { return c.id == id && c.transactional; });
}

Template::Kind TemplateCategories::defaultKind(const QString& id)
{
    return isTransactional(id) ? Template::Kind::Transactional : Template::Kind::Marketing;
}

} // namespace Herald
