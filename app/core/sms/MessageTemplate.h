// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Herald
{

// A message body with placeholders, parsed once and rendered per recipient.
//
// Syntax:
//   {first_name}            a standard field: first_name, last_name, shop, phone, email, city, country
//   {field:NAME}            a custom contact field NAME (letters, digits, "_", "-", "."); its value
//                           key is "field:NAME"
//   {first_name|there}      fallback text used when the value is empty or missing; it may
//   {field:size|M}          contain anything but braces, and ends at the closing brace
//   {{  }}                  a literal "{" / "}"
// Spaces around a placeholder's name are ignored ({ first_name }); the fallback is kept as written.
// Anything else inside braces, an unclosed "{" or a lone "}" is a parse error naming the culprit.
class MessageTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplate)

public:
    struct Placeholder
    {
        QString key; // "first_name" or "field:NAME": the key of the values map
        QString fallback;
        bool hasFallback = false; // "{x|}" has an empty fallback, which differs from none only in text
        qsizetype position = 0; // UTF-16 index of the "{" in the source
        qsizetype length = 0; // UTF-16 length up to and including the "}"

        bool isCustomField() const
        {
            return key.startsWith(QStringLiteral("field:"));
        }
        friend bool operator==(const Placeholder&, const Placeholder&) = default;
    };

    static Result<MessageTemplate> parse(const QString& source);

    // The standard placeholder names, in the order a picker shows them.
    static QStringList standardFields();
    // The key of custom field name: "field:" + name.
    static QString customFieldKey(const QString& name);

    const QString& source() const
    {
        return m_source;
    }
    // Every placeholder occurrence in source order.
    const QList<Placeholder>& placeholders() const
    {
        return m_placeholders;
    }
    // The distinct keys used, in order of first appearance.
    QStringList usedKeys() const;

    // The text for one recipient: a placeholder whose value is missing or empty renders its
    // fallback, or nothing when it has none.
    QString render(const QHash<QString, QString>& values) const;

private:
    MessageTemplate() = default;

    // The source alternates literal text and placeholders: m_literals has one more entry than
    // m_placeholders, so render() is a simple zip without reparsing.
    QString m_source;
    QStringList m_literals;
    QList<Placeholder> m_placeholders;
};

} // namespace Herald
