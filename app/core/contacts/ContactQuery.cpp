// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactQuery.h"

#include "ContactRepository.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

ContactQuery::ContactQuery(ContactFilter filter, SortKey sort, bool descending)
    : m_filter(std::move(filter))
    , m_sort(sort)
    , m_descending(descending)
{
}

QString ContactQuery::ftsQuery(const QString& search)
{
    // Only letters and digits reach FTS5: its query syntax must never see user operators.
    QStringList pieces;
    QString clean;
    auto flush = [&] {
        if (!clean.isEmpty()) {
            pieces << clean;
            clean.clear();
        }
    };
    for (const QChar c : search) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            clean.append(c);
        } else {
            flush();
        }
    }
    flush();
    // Phone numbers are typed in groups ("601 234 567"): adjacent digit groups are one number.
    auto isDigits = [](const QString& piece) {
        return std::all_of(piece.begin(), piece.end(), [](QChar c) { return c.isDigit(); });
    };
    QStringList terms;
    for (const QString& piece : std::as_const(pieces)) {
        if (!terms.isEmpty() && isDigits(piece) && isDigits(terms.constLast())) {
            terms.last() += piece;
        } else {
            terms << piece;
        }
    }
    for (QString& term : terms) {
        term = u"\"%1\"*"_s.arg(term);
    }
    return terms.join(u' ');
}

QString ContactQuery::whereClause() const
{
    QStringList conditions;
    if (!ftsQuery(m_filter.search).isEmpty()) {
        conditions << u"c.id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)"_s;
    }
    if (m_filter.consent) {
        conditions << u"c.marketing_consent = ?"_s;
    }
    if (!m_filter.tag.isEmpty()) {
        conditions << u"c.id IN (SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                      "WHERE t.name = ?)"_s;
    }
    return conditions.isEmpty() ? u"1"_s : conditions.join(u" AND "_s);
}

QVariantList ContactQuery::bindings() const
{
    QVariantList values;
    const QString fts = ftsQuery(m_filter.search);
    if (!fts.isEmpty()) {
        values << fts;
    }
    if (m_filter.consent) {
        values << consentToStorage(*m_filter.consent);
    }
    if (!m_filter.tag.isEmpty()) {
        values << m_filter.tag;
    }
    return values;
}

QStringList ContactQuery::sortColumns() const
{
    switch (m_sort) {
    case SortKey::Name:
        return {u"c.last_name COLLATE NOCASE"_s, u"c.first_name COLLATE NOCASE"_s};
    case SortKey::Phone:
        return {u"c.phone"_s};
    case SortKey::Country:
        return {u"c.country"_s};
    case SortKey::Consent:
        return {u"c.marketing_consent"_s};
    case SortKey::Spent:
        return {u"c.total_spent_micros"_s};
    case SortKey::Added:
        return {u"c.created_at"_s};
    case SortKey::Id:
        break;
    }
    return {};
}

ContactQuery::PageKey ContactQuery::keyOf(const Contact& c) const
{
    PageKey key;
    key.id = c.id;
    switch (m_sort) {
    case SortKey::Name:
        key.sortValues = {c.lastName, c.firstName};
        break;
    case SortKey::Phone:
        key.sortValues = {c.phone};
        break;
    case SortKey::Country:
        key.sortValues = {c.country};
        break;
    case SortKey::Consent:
        key.sortValues = {consentToStorage(c.marketingConsent)};
        break;
    case SortKey::Spent:
        key.sortValues = {c.totalSpentMicros};
        break;
    case SortKey::Added:
        key.sortValues = {c.createdAt.toSecsSinceEpoch()};
        break;
    case SortKey::Id:
        break;
    }
    return key;
}

Result<QList<Contact>> ContactQuery::page(Database& database, const std::optional<PageKey>& after, int limit) const
{
    QStringList key = sortColumns();
    key << u"c.id"_s;
    QString where = whereClause();
    QVariantList values = bindings();
    if (after) {
        // Row values: (a, b, id) > (?, ?, ?) continues exactly after the last row seen.
        QStringList placeholders;
        for (int i = 0; i < key.size(); ++i) {
            placeholders << u"?"_s;
        }
        where += u" AND (%1) %2 (%3)"_s.arg(
            key.join(u", "_s), m_descending ? u"<"_s : u">"_s, placeholders.join(u", "_s));
        values += after->sortValues;
        values << after->id;
    }
    QStringList order;
    for (const QString& column : std::as_const(key)) {
        order << column + (m_descending ? u" DESC"_s : QString());
    }
    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT c.id FROM contacts c WHERE %1 ORDER BY %2 LIMIT ?"_s.arg(where, order.join(u", "_s)))) {
        return Database::errorFrom(q, u"contacts page"_s);
    }
    for (const QVariant& value : std::as_const(values)) {
        q.addBindValue(value);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::errorFrom(q, u"contacts page"_s);
    }
    QList<qint64> ids;
    while (q.next()) {
        ids << q.value(0).toLongLong();
    }
    return ContactRepository(database).findMany(ids);
}

Result<qint64> ContactQuery::count(Database& database) const
{
    auto n = database.scalar(u"SELECT count(*) FROM contacts c WHERE %1"_s.arg(whereClause()), bindings());
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

} // namespace Herald
