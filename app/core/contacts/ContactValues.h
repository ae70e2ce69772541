// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"

#include <QHash>
#include <QString>

namespace Herald
{

class Database;

// The values a message's placeholders are filled with for one contact: the standard fields
// of MessageTemplate ({first_name}, {shop}, …) and custom fields as "field:NAME".
class ContactValues final
{
public:
    static QHash<QString, QString> forContact(
        const Contact& contact, const QString& shopName, const QHash<QString, QString>& customFields = {});

    // The contact's custom fields from the workspace (name → value).
    static QHash<QString, QString> customFields(const Database& database, qint64 contactId);
};

} // namespace Herald
