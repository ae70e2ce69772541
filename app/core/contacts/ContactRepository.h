// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariantList>

namespace Herald
{

class Database;

// Reads and writes contacts, tags and the consent ledger on one connection.
class ContactRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ContactRepository)

public:
    explicit ContactRepository(Database& database);

    Result<qint64> count() const;

    // Contacts with id > afterId, in id order; the cheap way to page through a big table.
    Result<QList<Contact>> page(qint64 afterId, int limit) const;

    Result<Contact> find(qint64 id) const;
    // The contacts with these ids, in the order given (missing ids are left out).
    Result<QList<Contact>> findMany(const QList<qint64>& ids) const;

    // Inserts a new contact (its phone must be E.164 and not yet in the workspace); returns its id.
    // Call inside a write transaction when inserting many.
    Result<qint64> insert(const Contact& contact);

    Result<void> addTag(qint64 contactId, const QString& tag);

    // Appends to the ledger and updates the contact's current marketing consent.
    Result<void> recordConsent(qint64 contactId, const ConsentEvent& event);

    // The id of the contact with this E.164 number, or 0.
    Result<qint64> idByPhone(const QString& e164) const;

    // Saves what a person can edit in the contact card: phone (E.164, not another contact's),
    // its type, names, email, country, city, language, time zone and birthday. Consent is not
    // among them: it changes only through recordConsent(). A number that was opted out stays on
    // the suppression list when it is replaced.
    Result<void> update(const Contact& contact);

    // Every tag of the workspace, sorted case-insensitively.
    Result<QStringList> tagNames() const;
    // Replaces the contact's tags (new tag names are created).
    Result<void> setTags(qint64 contactId, const QStringList& tags);
    // Replaces the contact's custom fields (name → value; empty values are dropped).
    Result<void> setCustomFields(qint64 contactId, const QHash<QString, QString>& fields);

    // Bulk changes over every contact matching where: an SQL condition over `contacts c` with
    // `?` placeholders for bindings (ContactQuery::whereClause(), SegmentQuery::compile(),
    // idsWhere()), done in SQL in one transaction, never row by row. Each returns how many
    // contacts changed.
    Result<qint64> addTagWhere(const QString& tag, const QString& where, const QVariantList& bindings = {});
    Result<qint64> removeTagWhere(const QString& tag, const QString& where, const QVariantList& bindings = {});
    // Deletes the contacts with their tags, custom fields and consent ledger. Numbers that are
    // opted out go to the suppression list first, so an opt-out outlives its contact and a later
    // import cannot subscribe the person again. (GDPR erasure of one person is ContactEraser.)
    Result<qint64> deleteWhere(const QString& where, const QVariantList& bindings = {});
    // How many contacts match where.
    Result<qint64> countWhere(const QString& where, const QVariantList& bindings = {}) const;

    // The condition "c.id is one of ids", for the bulk changes above.
    static QString idsWhere(const QList<qint64>& ids);

private:
    Database& m_database;
};

} // namespace Herald
