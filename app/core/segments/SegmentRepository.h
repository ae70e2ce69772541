// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "contacts/Contact.h"
#include "segments/Segment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Herald
{

class Database;

// Saved segments (table segments) and audience counts, on one connection.
//
// Counting runs one query, SELECT count(*) FROM contacts c WHERE <SegmentQuery>, so it is as
// fast as the indexes allow (DESIGN §7: 3 rules over 1,000,000 contacts ≤ 150 ms with
// segmentIndexes()). `now` defaults to the current local time, so that birthdays and "the
// last N days" follow the user's calendar; tests pass a fixed time.
class SegmentRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentRepository)

public:
    explicit SegmentRepository(Database& database);

    // All segments, built-ins first, then by name.
    Result<QList<Segment>> list() const;
    Result<Segment> find(qint64 id) const;

    // Saves a new segment (its rules must be valid and its name unique); returns its id.
    Result<qint64> insert(const Segment& segment);
    // Changes name, description and rules of a saved segment. Built-ins are read-only.
    Result<void> update(const Segment& segment);
    // Deletes a segment. Built-ins, and segments a campaign uses, cannot be deleted.
    Result<void> remove(qint64 id);
    // Saves a copy named newName, or "<name> (copy)", "<name> (copy 2)"…; returns its id.
    Result<qint64> duplicate(qint64 id, const QString& newName = QString());

    Result<qint64> count(const SegmentRule& rules, const QDateTime& now = QDateTime()) const;
    Result<qint64> count(qint64 segmentId, const QDateTime& now = QDateTime()) const;

    // The first limit matching contact ids, in id order, for the rule builder's preview.
    Result<QList<qint64>> previewIds(const SegmentRule& rules, int limit, const QDateTime& now = QDateTime()) const;
    // The same as Contact values.
    Result<QList<Contact>> preview(const SegmentRule& rules, int limit, const QDateTime& now = QDateTime()) const;

    // Creates the built-in segments once per workspace (remembered in workspace_meta, so a
    // later call does nothing); returns how many were created. Names are translated into the
    // UI language at creation. Call inside or outside a write transaction.
    Result<int> addBuiltinSegments();
    // The built-in segments as they would be created (ids 0), in order.
    static QList<Segment> builtinSegments();

    // CREATE INDEX statements that segment counts need beyond schema version 1 (to become a
    // schema migration). IF NOT EXISTS, so running them twice is harmless. Empty today.
    static QStringList segmentIndexes();

private:
    Database& m_database;
};

} // namespace Herald
