// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Herald
{

// The fixed categories of the starter library. Their ids are stored in `templates.category`
// and in the starter JSON, so they never change; users may also type categories of their own,
// which have no entry here.
class TemplateCategories final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCategories)

public:
    struct Category
    {
        QString id; // "abandoned_cart"
        QString displayName; // translated: "Abandoned cart"
        // Sent because of something the customer did (an order, a delivery), so no marketing
        // consent and no opt-out footer are needed.
        bool transactional = false;
    };

    // Every fixed category in the order a picker shows them: the customer's journey first.
    static QList<Category> all();
    static QStringList ids();
    static bool contains(const QString& id);
    // The translated name of a fixed category; a user's own category is shown as typed.
    static QString displayName(const QString& id);
    static bool isTransactional(const QString& id);
    // The kind a new template in category id starts with: transactional for the transactional
    // categories, marketing otherwise (also for unknown categories, the safe choice).
    static Template::Kind defaultKind(const QString& id);
};

} // namespace Herald
