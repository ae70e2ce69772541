// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Herald
{

class Database;

// GDPR for one person: everything Herald holds about them (Art. 15/20), and erasure (Art. 17).
class ContactEraser final
{
    Q_DECLARE_TR_FUNCTIONS(ContactEraser)

public:
    struct Erasure
    {
        // The write-ahead log was checkpointed and truncated, so the old pages are gone from it
        // too. False when another connection was reading at that moment: the next checkpoint
        // (at the latest when Herald closes) completes it.
        bool walTruncated = false;
    };

    explicit ContactEraser(Database& database);

    // The contact's fields, tags, custom fields, consent history, messages and replies as one
    // JSON object (times in ISO 8601 UTC).
    Result<QJsonObject> exportPerson(qint64 contactId) const;

    // Removes the contact with its tags, custom fields, consent ledger, messages and replies (and
    // any message or reply with its number), rebuilds the search index so no old entry remains,
    // and checkpoints the WAL. Only the keyed hash of the number stays, on the suppression list
    // (reason "erased"), so a later import cannot opt the person in again.
    Result<Erasure> erase(qint64 contactId);

private:
    Database& m_database;
};

} // namespace Herald
