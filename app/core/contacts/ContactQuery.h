// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Herald
{

class Database;

// Which contacts a list shows: free-text search (names, phone digits, email, tags through
// the FTS5 index), marketing consent and a tag.
struct ContactFilter
{
    QString search;
    std::optional<MarketingConsent> consent;
    QString tag;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && !consent && tag.isEmpty();
    }
};

// Sorted, filtered pages of contacts for big lists. Pages continue from the last row's sort
// key ("keyset" paging), so page 4,000 costs the same as page 1 and rows never repeat or go
// missing while scrolling.
class ContactQuery final
{
public:
    enum class SortKey
    {
        Id,
        Name,
        Phone,
        Country,
        Consent,
        Spent,
        Added,
    };

    // Where the next page starts: the sort values of the last row seen and its id.
    struct PageKey
    {
        QVariantList sortValues;
        qint64 id = 0;
    };

    ContactQuery(ContactFilter filter, SortKey sort, bool descending);

    Result<QList<Contact>> page(Database& database, const std::optional<PageKey>& after, int limit) const;
    Result<qint64> count(Database& database) const;
    PageKey keyOf(const Contact& contact) const;

    // The WHERE condition over `contacts c` and its values, for exports and counts.
    QString whereClause() const;
    QVariantList bindings() const;

    // The FTS5 query for what a user typed: every word as a prefix, all of them required.
    static QString ftsQuery(const QString& search);

    // SQLite's plan for the first page (EXPLAIN QUERY PLAN), one line per step, for benchmarks.
    QStringList explain(Database& database) const;

    const ContactFilter& filter() const
    {
        return m_filter;
    }
    SortKey sortKey() const
    {
        return m_sort;
    }
    bool isDescending() const
    {
        return m_descending;
    }

    // Below this many contacts with one consent value, a page of them is read through the
    // consent index and sorted; above it, the table is read in id order and filtered.
    static constexpr int RareConsentLimit = 20'000;
    // Below this many matches of a search or tag, a page in another column's order is made by
    // sorting the matches; above it, by reading that column's index until a page is full.
    static constexpr int FewMatchesLimit = 5'000;

private:
    struct Sql
    {
        QString text;
        QVariantList values;
    };
    QStringList sortColumns() const;
    // The SELECT of ids for one page in id order, driven by the most selective part of the
    // filter (the search index, the tag's index, or the table itself), with consent (the
    // filter's, or consent when given) as a condition on each row.
    Sql idPageSql(
        Database& database, std::optional<MarketingConsent> consent, std::optional<qint64> afterId, int limit) const;
    // The SELECT of ids for one page in a sort column's order.
    Sql sortedPageSql(Database& database, const std::optional<PageKey>& after, int limit) const;
    Result<QList<qint64>> ids(Database& database, const Sql& sql) const;

    ContactFilter m_filter;
    SortKey m_sort;
    bool m_descending;
};

} // namespace Herald
