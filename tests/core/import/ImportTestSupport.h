// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the importer, exporter and erasure tests.

#include "TempWorkspace.h"
#include "contacts/ContactImporter.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QtDebug>

namespace Herald::ImportTest
{

using namespace Qt::StringLiterals;

inline QString fixture(const QString& name)
{
    return QStringLiteral(HERALD_TEST_DATA) + u"/import/"_s + name;
}

inline QString data(const QString& name)
{
    return QStringLiteral(HERALD_TEST_DATA) + u'/' + name;
}

inline ImportOptions options(const QString& path, const QString& region = QString())
{
    ImportOptions o;
    o.filePath = path;
    o.defaultRegion = region;
    return o;
}

inline Result<ImportSummary> import(Database& database, const ImportOptions& o)
{
    ContactImporter importer(database, o);
    return importer.run();
}

inline qint64 count(const Database& database, const QString& sql, const QVariantList& bindings = {})
{
    auto n = database.scalar(sql, bindings);
    if (!n) {
        qWarning() << n.errorMessage();
        return -1;
    }
    return n.value().toLongLong();
}

inline QString text(const Database& database, const QString& sql, const QVariantList& bindings = {})
{
    auto v = database.scalar(sql, bindings);
    return v ? v.value().toString() : u"<error: "_s + v.errorMessage() + u'>';
}

// Every row of the tables an import writes, as text, for "nothing changed" comparisons.
inline QStringList snapshot(const Database& database)
{
    QStringList rows;
    const QStringList queries = {
        u"SELECT * FROM contacts ORDER BY id"_s,
        u"SELECT * FROM contact_fields ORDER BY contact_id, name"_s,
        u"SELECT * FROM tags ORDER BY id"_s,
        u"SELECT * FROM contact_tags ORDER BY contact_id, tag_id"_s,
        u"SELECT * FROM consent_events ORDER BY id"_s,
        u"SELECT * FROM suppression ORDER BY phone_hash"_s,
    };
    for (const QString& sql : queries) {
        QSqlQuery q = database.query();
        if (!q.exec(sql)) {
            rows.append(u"error: "_s + sql);
            continue;
        }
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i) {
                cells.append(q.value(i).toString());
            }
            rows.append(cells.join(u'|'));
        }
    }
    return rows;
}

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace Herald::ImportTest
