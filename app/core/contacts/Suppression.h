// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Herald
{

class Database;

// The suppression list: numbers that must never be opted in again (opted out, erased). Only a
// keyed hash of the E.164 number is kept, HMAC-SHA256 with the workspace's own key (workspace_meta
// 'suppression_key'), so the list survives erasure without keeping the number.
class Suppression final
{
    Q_DECLARE_TR_FUNCTIONS(Suppression)

public:
    explicit Suppression(const Database& database);

    // The workspace key; created if the workspace has none yet.
    Result<QByteArray> key() const;
    static QByteArray hash(const QByteArray& key, const QString& e164);
    Result<QByteArray> hash(const QString& e164) const;

    Result<bool> isSuppressed(const QString& e164) const;
    // Adds the number; a number already on the list keeps its first reason.
    Result<void> add(const QString& e164, const QString& reason, const QString& source = QString()) const;
    // Every hash on the list with its reason, for bulk checks (the importer).
    Result<QHash<QByteArray, QString>> all() const;

private:
    const Database& m_database;
};

} // namespace Herald
