// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Contact.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

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

private:
    Database& m_database;
};

} // namespace Herald
