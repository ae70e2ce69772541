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

namespace
{

// Whether fewer than ContactQuery::RareConsentLimit contacts have this consent (an index-only count).
bool isRareConsent(Database& database, MarketingConsent consent)
{
    auto n
        = database.scalar(u"SELECT count(*) FROM (SELECT 1 FROM contacts WHERE marketing_consent = ? LIMIT %1)"_s.arg(
                              ContactQuery::RareConsentLimit),
            {consentToStorage(consent)});
    return n && n.value().toLongLong() < ContactQuery::RareConsentLimit;
}

// Consent values in the order ORDER BY marketing_consent gives.
QList<MarketingConsent> consentOrder(bool descending)
{
    QList<MarketingConsent> order = {MarketingConsent::OptedIn, MarketingConsent::OptedOut, MarketingConsent::Unknown};
    std::sort(order.begin(), order.end(),
        [](MarketingConsent a, MarketingConsent b) { return consentToStorage(a) < consentToStorage(b); });
    if (descending) {
        std::reverse(order.begin(), order.end());
    }
    return order;
}

} // namespace

// Without statistics SQLite cannot tell a 5% consent value from an 85% one, and reading 850,000
// index entries to sort them by id costs a second: consent is written "+c.marketing_consent" so
// it is checked on each row read in id order, unless the value is known to be rare.
ContactQuery::Sql ContactQuery::idPageSql(
    Database& database, std::optional<MarketingConsent> consent, std::optional<qint64> afterId, int limit) const
{
    const QString fts = ftsQuery(m_filter.search);
    const QString cmp = m_descending ? u"<"_s : u">"_s;
    const QString dir = m_descending ? u" DESC"_s : QString();
    const QString tagId = u"(SELECT id FROM tags WHERE name = ?)"_s;
    Sql sql;
    QStringList where;
    QString key;
    QString from;
    if (!fts.isEmpty()) {
        // The search index returns matches in rowid order, so the first page never waits for
        // the whole result (a one-letter search matches most of the workspace).
        key = u"contacts_fts.rowid"_s;
        from = u"contacts_fts"_s;
        where << u"contacts_fts MATCH ?"_s;
        sql.values << fts;
        if (consent || !m_filter.tag.isEmpty()) {
            from += u" CROSS JOIN contacts c ON c.id = contacts_fts.rowid"_s;
        }
        if (!m_filter.tag.isEmpty()) {
            where << u"EXISTS (SELECT 1 FROM contact_tags ct WHERE ct.contact_id = c.id AND ct.tag_id = %1)"_s.arg(
                tagId);
            sql.values << m_filter.tag;
        }
        if (consent) {
            where << u"+c.marketing_consent = ?"_s;
            sql.values << consentToStorage(*consent);
        }
    } else if (!m_filter.tag.isEmpty()) {
        // The tag's index (tag_id, contact_id) lists its contacts in id order.
        key = u"ct.contact_id"_s;
        from = u"contact_tags ct"_s;
        where << u"ct.tag_id = %1"_s.arg(tagId);
        sql.values << m_filter.tag;
        if (consent) {
            from += u" CROSS JOIN contacts c ON c.id = ct.contact_id"_s;
            where << u"+c.marketing_consent = ?"_s;
            sql.values << consentToStorage(*consent);
        }
    } else {
        key = u"c.id"_s;
        from = u"contacts c"_s;
        if (consent) {
            where << (isRareConsent(database, *consent) ? u"c.marketing_consent = ?"_s : u"+c.marketing_consent = ?"_s);
            sql.values << consentToStorage(*consent);
        }
    }
    if (afterId) {
        where << u"%1 %2 ?"_s.arg(key, cmp);
        sql.values << *afterId;
    }
    sql.text = u"SELECT %1 FROM %2%3 ORDER BY %1%4 LIMIT ?"_s.arg(
        key, from, where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s), dir);
    sql.values << limit;
    return sql;
}

ContactQuery::Sql ContactQuery::sortedPageSql(Database& database, const std::optional<PageKey>& after, int limit) const
{
    QStringList key = sortColumns();
    key << u"c.id"_s;
    // A few matches are read and sorted; many are tested row by row while the sort column's
    // index is read in order ("+c.id" keeps SQLite from starting at the matches), so that
    // reading stops after one page instead of sorting a hundred thousand matches.
    auto few = [&database](const QString& sql, const QVariant& value) {
        auto n = database.scalar(u"SELECT count(*) FROM (%1 LIMIT %2)"_s.arg(sql).arg(FewMatchesLimit), {value});
        return n && n.value().toLongLong() < FewMatchesLimit;
    };
    QStringList conditions;
    Sql sql;
    const QString fts = ftsQuery(m_filter.search);
    if (!fts.isEmpty()) {
        const QString matches = u"SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?"_s;
        conditions << u"%1 IN (%2)"_s.arg(few(matches, fts) ? u"c.id"_s : u"+c.id"_s, matches);
        sql.values << fts;
    }
    if (m_filter.consent) {
        conditions << u"+c.marketing_consent = ?"_s;
        sql.values << consentToStorage(*m_filter.consent);
    }
    if (!m_filter.tag.isEmpty()) {
        const QString tagged = u"SELECT ct.contact_id FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id "
                               "WHERE t.name = ?"_s;
        conditions << u"%1 IN (%2)"_s.arg(few(tagged, m_filter.tag) ? u"c.id"_s : u"+c.id"_s, tagged);
        sql.values << m_filter.tag;
    }
    if (after) {
        // Row values: (a, b, id) > (?, ?, ?) continues exactly after the last row seen.
        QStringList placeholders;
        for (int i = 0; i < key.size(); ++i) {
            placeholders << u"?"_s;
        }
        conditions << u"(%1) %2 (%3)"_s.arg(
            key.join(u", "_s), m_descending ? u"<"_s : u">"_s, placeholders.join(u", "_s));
        sql.values += after->sortValues;
        sql.values << after->id;
    }
    QStringList order;
    for (const QString& column : std::as_const(key)) {
        order << column + (m_descending ? u" DESC"_s : QString());
    }
    sql.values << limit;
    sql.text = u"SELECT c.id FROM contacts c%1 ORDER BY %2 LIMIT ?"_s.arg(
        conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s), order.join(u", "_s));
    return sql;
}

Result<QList<qint64>> ContactQuery::ids(Database& database, const Sql& sql) const
{
    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    if (!q.prepare(sql.text)) {
        return Database::errorFrom(q, u"contacts page"_s);
    }
    for (const QVariant& value : sql.values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"contacts page"_s);
    }
    QList<qint64> out;
    while (q.next()) {
        out << q.value(0).toLongLong();
    }
    return out;
}

Result<QList<Contact>> ContactQuery::page(Database& database, const std::optional<PageKey>& after, int limit) const
{
    QList<qint64> found;
    if (m_sort == SortKey::Id) {
        auto page = ids(
            database, idPageSql(database, m_filter.consent, after ? std::optional(after->id) : std::nullopt, limit));
        if (!page) {
            return page.error();
        }
        found = page.value();
    } else if (m_sort == SortKey::Consent) {
        // Ordered by consent, then id: one id-ordered query per consent value, from the value of
        // the last row seen on (the consent index is ordered by consent and time, not by id).
        const QList<MarketingConsent> order = consentOrder(m_descending);
        qsizetype first = 0;
        if (after && !after->sortValues.isEmpty()) {
            first = order.indexOf(consentFromStorage(after->sortValues.constFirst().toString()));
        }
        for (qsizetype i = qMax<qsizetype>(0, first); i < order.size() && found.size() < limit; ++i) {
            if (m_filter.consent && *m_filter.consent != order.at(i)) {
                continue;
            }
            const std::optional<qint64> afterId = after && i == first ? std::optional(after->id) : std::nullopt;
            auto page = ids(database, idPageSql(database, order.at(i), afterId, limit - int(found.size())));
            if (!page) {
                return page.error();
            }
            found += page.value();
        }
    } else {
        auto page = ids(database, sortedPageSql(database, after, limit));
        if (!page) {
            return page.error();
        }
        found = page.value();
    }
    return ContactRepository(database).findMany(found);
}

QStringList ContactQuery::explain(Database& database) const
{
    const Sql sql = m_sort == SortKey::Id ? idPageSql(database, m_filter.consent, std::nullopt, 256)
        : m_sort == SortKey::Consent      ? idPageSql(database,
              m_filter.consent ? *m_filter.consent : consentOrder(m_descending).constFirst(), std::nullopt, 256)
                                          : sortedPageSql(database, std::nullopt, 256);
    QSqlQuery q = database.query();
    QStringList lines;
    if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + sql.text)) {
        return {Database::errorFrom(q, u"plan"_s).message};
    }
    for (const QVariant& value : sql.values) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return {Database::errorFrom(q, u"plan"_s).message};
    }
    while (q.next()) {
        lines << q.value(3).toString();
    }
    return lines;
}

Result<qint64> ContactQuery::count(Database& database) const
{
    // Counted where the answer is cheapest: the search index or the tag's index alone when
    // they are the whole filter, the consent index for consent alone.
    const QString fts = ftsQuery(m_filter.search);
    QString sql;
    QVariantList values;
    if (!fts.isEmpty() && !m_filter.consent && m_filter.tag.isEmpty()) {
        sql = u"SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?"_s;
        values << fts;
    } else if (fts.isEmpty() && !m_filter.consent && !m_filter.tag.isEmpty()) {
        sql = u"SELECT count(*) FROM contact_tags WHERE tag_id = (SELECT id FROM tags WHERE name = ?)"_s;
        values << m_filter.tag;
    } else if (!fts.isEmpty()) {
        sql = u"SELECT count(*) FROM contacts_fts CROSS JOIN contacts c ON c.id = contacts_fts.rowid "
              "WHERE contacts_fts MATCH ?"_s;
        values << fts;
        if (m_filter.consent) {
            sql += u" AND +c.marketing_consent = ?"_s;
            values << consentToStorage(*m_filter.consent);
        }
        if (!m_filter.tag.isEmpty()) {
            sql += u" AND EXISTS (SELECT 1 FROM contact_tags ct WHERE ct.contact_id = c.id "
                   "AND ct.tag_id = (SELECT id FROM tags WHERE name = ?))"_s;
            values << m_filter.tag;
        }
    } else {
        sql = u"SELECT count(*) FROM contacts c WHERE %1"_s.arg(whereClause());
        values = bindings();
    }
    auto n = database.scalar(sql, values);
    if (!n) {
        return n.error();
    }
    return n.value().toLongLong();
}

} // namespace Herald
