// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MessageTemplate.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

const QString s_fieldPrefix = u"field:"_s;

bool isValidCustomName(QStringView name)
{
    if (name.isEmpty()) {
        return false;
    }
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.') {
            return false;
        }
    }
    return true;
}

} // namespace

QStringList MessageTemplate::standardFields()
{
    return {u"first_name"_s, u"last_name"_s, u"shop"_s, u"phone"_s, u"email"_s, u"city"_s, u"country"_s};
}

QString MessageTemplate::customFieldKey(const QString& name)
{
    return s_fieldPrefix + name;
}

Result<MessageTemplate> MessageTemplate::parse(const QString& source)
{
    MessageTemplate result;
    result.m_source = source;
    QString literal;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = source.at(i);
        if (c == u'}') {
            if (i + 1 < n && source.at(i + 1) == u'}') {
                literal.append(c);
                ++i;
                continue;
            }
            return Error {tr("A “}” at position %1 closes no placeholder; write “}}” for a literal brace.").arg(i + 1)};
        }
        if (c != u'{') {
            literal.append(c);
            continue;
        }
        if (i + 1 < n && source.at(i + 1) == u'{') {
            literal.append(c);
            ++i;
            continue;
        }
        // A placeholder runs to the next "}"; another "{" before it means this one never closed.
        qsizetype end = i + 1;
        while (end < n && source.at(end) != u'}' && source.at(end) != u'{') {
            ++end;
        }
        if (end >= n || source.at(end) == u'{') {
            // Name the placeholder as far as it goes, so the user can find it.
            const QString fragment = source.mid(i, qMin<qsizetype>(end - i, 30));
            return Error {
                tr("The placeholder “%1” is not closed with “}”; write “{{” for a literal brace.").arg(fragment)};
        }
        const QString inside = source.mid(i + 1, end - i - 1);
        const QString whole = source.mid(i, end - i + 1);
        Placeholder placeholder;
        placeholder.position = i;
        placeholder.length = end - i + 1;
        const qsizetype bar = inside.indexOf(u'|');
        QString name = (bar < 0 ? inside : inside.left(bar)).trimmed();
        if (bar >= 0) {
            placeholder.hasFallback = true;
            placeholder.fallback = inside.mid(bar + 1);
        }
        if (name.isEmpty()) {
            return Error {tr("The placeholder “%1” has no name.").arg(whole)};
        }
        if (name.startsWith(s_fieldPrefix)) {
            const QString custom = name.mid(s_fieldPrefix.size()).trimmed();
            if (!isValidCustomName(custom)) {
                return Error {tr("The custom field name in “%1” is empty or contains characters other than "
                                 "letters, digits, “_”, “-” and “.”.")
                                  .arg(whole)};
            }
            name = customFieldKey(custom);
        } else if (!standardFields().contains(name)) {
            return Error {tr("Unknown placeholder “%1”; use one of %2 or {field:NAME} for a custom field.")
                              .arg(whole, u"{first_name}, {last_name}, {shop}, {phone}, {email}, {city}, {country}"_s)};
        }
        placeholder.key = name;
        result.m_literals.append(literal);
        literal.clear();
        result.m_placeholders.append(placeholder);
        i = end;
    }
    result.m_literals.append(literal);
    return result;
}

QStringList MessageTemplate::usedKeys() const
{
    QStringList keys;
    for (const Placeholder& placeholder : m_placeholders) {
        if (!keys.contains(placeholder.key)) {
            keys.append(placeholder.key);
        }
    }
    return keys;
}

QString MessageTemplate::render(const QHash<QString, QString>& values) const
{
    QString text = m_literals.constFirst();
    for (qsizetype i = 0; i < m_placeholders.size(); ++i) {
        const Placeholder& placeholder = m_placeholders.at(i);
        const QString value = values.value(placeholder.key);
        text += value.isEmpty() ? placeholder.fallback : value;
        text += m_literals.at(i + 1);
    }
    return text;
}

} // namespace Herald
