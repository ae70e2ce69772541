// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Suppression.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

Suppression::Suppression(const Database& database)
    : m_database(database)
{
}

Result<QByteArray> Suppression::key() const
{
    auto value = m_database.scalar(u"SELECT value FROM workspace_meta WHERE key = 'suppression_key'"_s);
    if (!value) {
        return value.error();
    }
    QByteArray key = QByteArray::fromHex(value.value().toString().toLatin1());
    if (key.size() >= 16) {
        return key;
    }
    auto created = m_database.scalar(u"INSERT INTO workspace_meta (key, value) VALUES "
                                     "('suppression_key', lower(hex(randomblob(32)))) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value RETURNING value"_s);
    if (!created) {
        return created.error();
    }
    key = QByteArray::fromHex(created.value().toString().toLatin1());
    if (key.size() < 16) {
        return Error {tr("The workspace has no suppression key.")};
    }
    return key;
}

QByteArray Suppression::hash(const QByteArray& key, const QString& e164)
{
    return QMessageAuthenticationCode::hash(e164.toUtf8(), key, QCryptographicHash::Sha256);
}

Result<QByteArray> Suppression::hash(const QString& e164) const
{
    auto k = key();
    if (!k) {
        return k.error();
    }
    return hash(k.value(), e164);
}

Result<bool> Suppression::isSuppressed(const QString& e164) const
{
    auto h = hash(e164);
    if (!h) {
        return h.error();
    }
    auto found = m_database.scalar(u"SELECT count(*) FROM suppression WHERE phone_hash = ?"_s, {h.value()});
    if (!found) {
        return found.error();
    }
    return found.value().toLongLong() > 0;
}

Result<void> Suppression::add(const QString& e164, const QString& reason, const QString& source) const
{
    auto h = hash(e164);
    if (!h) {
        return h.error();
    }
    auto done = m_database.scalar(u"INSERT INTO suppression (phone_hash, reason, source, created_at) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (phone_hash) DO NOTHING"_s,
        {h.value(), reason, source.isNull() ? u""_s : source, QDateTime::currentSecsSinceEpoch()});
    if (!done) {
        return done.error();
    }
    return {};
}

Result<QHash<QByteArray, QString>> Suppression::all() const
{
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT phone_hash, reason FROM suppression"_s)) {
        return Database::errorFrom(q, u"suppression list"_s);
    }
    QHash<QByteArray, QString> all;
    while (q.next()) {
        all.insert(q.value(0).toByteArray(), q.value(1).toString());
    }
    return all;
}

} // namespace Herald
