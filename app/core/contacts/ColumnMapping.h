// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Herald
{

class Database;

// What a CSV column becomes in a contact.
enum class ContactField : quint8
{
    Ignore,
    Phone, // several columns may be phones; ColumnRole::priority orders them
    FirstName,
    LastName,
    FullName, // split into first and last name when those are empty
    Email,
    Country, // ISO code or a country name in any language Qt knows
    City,
    Language,
    TimeZone,
    Birthday,
    TotalSpent,
    Currency,
    Orders,
    LastOrder,
    Consent, // yes/no/true/false/tak/nie/da/nu/да/нет/1/0…
    ConsentDate, // when the consent in Consent was given or withdrawn
    Tags,
    Custom, // kept as a custom field named ColumnRole::customName
};

// The export formats whose headers the importer recognises.
enum class ImportPreset : quint8
{
    Generic, // any file: columns guessed from their names (English, Polish, Romanian, Russian)
    Herald, // Herald's own export
    ShopifyCurrent,
    ShopifyLegacy,
    WooCommerce,
    GoogleContacts,
    Outlook,
};

// The role of one column.
struct ColumnRole
{
    ContactField field = ContactField::Ignore;
    QString customName; // for ContactField::Custom
    // For phones: lower numbers are tried first. A phone whose label (labelColumn, as Google
    // Contacts writes them) says "Mobile" is tried before all others.
    int priority = 0;
    int labelColumn = -1;

    friend bool operator==(const ColumnRole&, const ColumnRole&) = default;
};

// How the columns of one file map to contact fields: one role per header column.
class ColumnMapping final
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ImportPreset preset = ImportPreset::Generic;
    QList<ColumnRole> roles;

    // The preset a header belongs to; Generic when none fits.
    static ImportPreset detectPreset(const QStringList& header);
    // The mapping of a preset for this header; Generic guesses every column from its name.
    static ColumnMapping forPreset(ImportPreset preset, const QStringList& header);
    static ColumnMapping detect(const QStringList& header)
    {
        return forPreset(detectPreset(header), header);
    }
    // The field a column name suggests (Ignore when none); the generic guesser's dictionary.
    static ContactField guessField(const QString& columnName);

    // Stable names for the CLI and JSON: "phone", "first_name", …, "custom".
    static QString fieldName(ContactField field);
    // Accepts fieldName() values and "custom:NAME" / "field:NAME" (custom field NAME).
    static std::optional<ColumnRole> roleFromName(const QString& name);
    static QString presetName(ImportPreset preset);
    static std::optional<ImportPreset> presetFromName(const QString& name);
    // Names for the user ("Shopify (current)", …), translated.
    static QString presetDisplayName(ImportPreset preset);
    static QString fieldDisplayName(ContactField field);

    // Sets column's role; a Custom column without a name is named after the header.
    void setRole(int column, ContactField field, const QString& customName = QString());
    // Finds a column by its header name (case and surrounding spaces ignored); -1 if none.
    static int columnOf(const QStringList& header, const QString& name);

    bool hasPhone() const;
    // Phone columns in the order they are tried (before labels are looked at).
    QList<int> phoneColumns() const;

    QByteArray toJson() const;
    static std::optional<ColumnMapping> fromJson(const QByteArray& json, int columnCount);

    // The columns Herald's own export starts with (custom fields follow), in order.
    static QStringList heraldColumns();

    // Header names lowercased, without diacritics, with _ - . and repeated spaces as one space.
    static QString normalizeHeaderName(const QString& name);
    // The workspace_meta key under which the mapping for this header is remembered.
    static QString rememberKey(const QStringList& header);
    // The mapping last used for a file with this header, if any.
    static std::optional<ColumnMapping> remembered(const Database& database, const QStringList& header);
    static Result<void> remember(const Database& database, const QStringList& header, const ColumnMapping& mapping);

    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;
};

} // namespace Herald
