// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace Herald::Test
{

// The n-th test phone: valid E.164 (+48 6xx…), never ending in the Simulator's special endings
// 91–94, so every recipient is accepted and delivered unless a test wants otherwise.
inline QString testPhone(int n)
{
    int serial = 0;
    for (int i = 0;; ++serial) {
        const int tail = serial % 100;
        if (tail >= 91 && tail <= 94) {
            continue;
        }
        if (i++ == n) {
            break;
        }
    }
    return QStringLiteral("+48600%1").arg(serial, 6, 10, QLatin1Char('0'));
}

// Adds count contacts (opted in to marketing unless told otherwise) in one transaction; returns
// their phones in id order.
inline QStringList addContacts(Database& database, int count, int firstSerial = 0,
    const QString& consent = QStringLiteral("opted_in"), const QString& tag = QString())
{
    QStringList phones;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    (void)database.writeTransaction([&]() -> Result<void> {
        QSqlQuery q = database.query();
        q.prepare(QStringLiteral("INSERT INTO contacts (phone, first_name, language, marketing_consent, created_at, "
                                 "updated_at) VALUES (?, ?, 'en', ?, ?, ?)"));
        QSqlQuery tagQuery = database.query();
        qint64 tagId = 0;
        if (!tag.isEmpty()) {
            QSqlQuery t = database.query();
            t.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
            t.addBindValue(tag);
            t.exec();
            tagId = database.scalar(QStringLiteral("SELECT id FROM tags WHERE name = ?"), {tag}).value().toLongLong();
            tagQuery.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) VALUES (?, ?)"));
        }
        for (int i = 0; i < count; ++i) {
            const QString phone = testPhone(firstSerial + i);
            q.bindValue(0, phone);
            q.bindValue(1, QStringLiteral("Ann%1").arg(firstSerial + i));
            q.bindValue(2, consent);
            q.bindValue(3, now);
            q.bindValue(4, now);
            if (!q.exec()) {
                return Error {QStringLiteral("insert failed")};
            }
            if (tagId != 0) {
                tagQuery.bindValue(0, q.lastInsertId());
                tagQuery.bindValue(1, tagId);
                tagQuery.exec();
            }
            phones.append(phone);
        }
        return {};
    });
    return phones;
}

// How many times each phone appears in a Simulator-style ledger.
template <typename Ledger>
QHash<QString, int> countByRecipient(const Ledger& ledger)
{
    QHash<QString, int> counts;
    for (const auto& entry : ledger) {
        ++counts[entry.to];
    }
    return counts;
}

} // namespace Herald::Test
