// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateRepository.h"

#include "StarterLibrary.h"
#include "TemplateCategories.h"
#include "sms/MessageTemplate.h"
#include "storage/Database.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

QString templateKindToStorage(Template::Kind kind)
{
    switch (kind) {
    case Template::Kind::Transactional:
        return u"transactional"_s;
    case Template::Kind::Marketing:
        break;
    }
    return u"marketing"_s;
}

Template::Kind templateKindFromStorage(const QString& text)
{
    // Anything unexpected is treated as marketing: that errs towards asking for consent.
    return text == u"transactional"_s ? Template::Kind::Transactional : Template::Kind::Marketing;
}

namespace
{

const QString s_columns = u"id, name, category, language, kind, body, builtin, created_at, updated_at, transliterate"_s;

Template readTemplate(const QSqlQuery& q)
{
    Template t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.category = q.value(2).toString();
    t.language = q.value(3).toString();
    t.kind = templateKindFromStorage(q.value(4).toString());
    t.body = q.value(5).toString();
    t.builtin = q.value(6).toInt() != 0;
    t.createdAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    t.updatedAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    t.transliterate = q.value(9).toInt() != 0;
    return t;
}

Result<qint64> insertRow(const Database& database, const Template& t, bool builtin, qint64 now)
{
    QSqlQuery q = database.query();
    q.prepare(u"INSERT INTO templates (name, category, language, kind, body, builtin, created_at, updated_at, "
              "transliterate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(t.name.trimmed());
    q.addBindValue(Database::text(t.category.trimmed()));
    q.addBindValue(Database::text(t.language.trimmed()));
    q.addBindValue(templateKindToStorage(t.kind));
    q.addBindValue(t.body);
    q.addBindValue(builtin ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(t.transliterate ? 1 : 0);
    if (!q.exec()) {
        return Database::errorFrom(q, u"insert template"_s);
    }
    return q.lastInsertId().toLongLong();
}

bool matches(const Template& t, const QString& search)
{
    return t.name.contains(search, Qt::CaseInsensitive) || t.category.contains(search, Qt::CaseInsensitive)
        || TemplateCategories::displayName(t.category).contains(search, Qt::CaseInsensitive)
        || t.body.contains(search, Qt::CaseInsensitive);
}

} // namespace

TemplateRepository::TemplateRepository(Database& database)
    : m_database(database)
{
}

Result<void> TemplateRepository::validate(const Template& t)
{
    if (t.name.trimmed().isEmpty()) {
        return Error {tr("A template needs a name.")};
    }
    if (t.body.trimmed().isEmpty()) {
        return Error {tr("The template “%1” has no message text.").arg(t.name.trimmed())};
    }
    if (auto parsed = MessageTemplate::parse(t.body); !parsed) {
        return Error {tr("The message text of “%1” is not valid: %2").arg(t.name.trimmed(), parsed.errorMessage())};
    }
    return {};
}

Result<QList<Template>> TemplateRepository::list(const QString& search) const
{
    QSqlQuery q = m_database.query();
    q.setForwardOnly(true);
    q.prepare(u"SELECT %1 FROM templates ORDER BY category, language, name, id"_s.arg(s_columns));
    if (!q.exec()) {
        return Database::errorFrom(q, u"templates"_s);
    }
    // Filtered here rather than with LIKE: SQLite folds case only for ASCII, and most of the
    // starter library is Polish, Romanian, Russian, Chinese or Arabic. A workspace holds
    // dozens of templates, not thousands.
    const QString needle = search.trimmed();
    QList<Template> templates;
    while (q.next()) {
        Template t = readTemplate(q);
        if (needle.isEmpty() || matches(t, needle)) {
            templates.append(std::move(t));
        }
    }
    return templates;
}

Result<Template> TemplateRepository::find(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT %1 FROM templates WHERE id = ?"_s.arg(s_columns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"template"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no template with id %1.").arg(id)};
    }
    return readTemplate(q);
}

Result<qint64> TemplateRepository::insert(const Template& t)
{
    if (auto valid = validate(t); !valid) {
        return valid.error();
    }
    // Only addStarterLibrary() marks templates as built in; whatever comes through here is the user's.
    return insertRow(m_database, t, false, QDateTime::currentSecsSinceEpoch());
}

Result<void> TemplateRepository::update(const Template& t)
{
    if (auto valid = validate(t); !valid) {
        return valid;
    }
    QSqlQuery q = m_database.query();
    q.prepare(u"UPDATE templates SET name = ?, category = ?, language = ?, kind = ?, body = ?, updated_at = ?, "
              "transliterate = ? WHERE id = ?"_s);
    q.addBindValue(t.name.trimmed());
    q.addBindValue(Database::text(t.category.trimmed()));
    q.addBindValue(Database::text(t.language.trimmed()));
    q.addBindValue(templateKindToStorage(t.kind));
    q.addBindValue(t.body);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(t.transliterate ? 1 : 0);
    q.addBindValue(t.id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"update template"_s);
    }
    if (q.numRowsAffected() == 0) {
        return Error {tr("There is no template with id %1.").arg(t.id)};
    }
    return {};
}

Result<void> TemplateRepository::remove(qint64 id)
{
    QSqlQuery q = m_database.query();
    q.prepare(u"DELETE FROM templates WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"delete template"_s);
    }
    if (q.numRowsAffected() == 0) {
        return Error {tr("There is no template with id %1.").arg(id)};
    }
    return {};
}

Result<qint64> TemplateRepository::duplicate(qint64 id)
{
    auto original = find(id);
    if (!original) {
        return original.error();
    }
    Template copy = original.value();
    copy.name = tr("%1 (copy)").arg(copy.name);
    return insertRow(m_database, copy, false, QDateTime::currentSecsSinceEpoch());
}

Result<int> TemplateRepository::addStarterLibrary()
{
    auto library = StarterLibrary::load();
    if (!library) {
        return library.error();
    }
    int added = 0;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto body = [&]() -> Result<void> {
        // Checked inside the write transaction, so two processes seeding the same new
        // workspace cannot both see "none yet".
        auto existing = m_database.scalar(u"SELECT count(*) FROM templates WHERE builtin = 1"_s);
        if (!existing) {
            return existing.error();
        }
        if (existing.value().toLongLong() > 0) {
            return {};
        }
        for (const StarterLibrary::Entry& entry : library.value()) {
            auto id = insertRow(m_database, entry.definition, true, now);
            if (!id) {
                return id.error();
            }
            ++added;
        }
        return {};
    };
    // The demo workspace seeds the library inside its own transaction, and transactions do not nest.
    auto result = m_database.inTransaction() ? body() : m_database.writeTransaction(body);
    if (!result) {
        return result.error();
    }
    return added;
}

} // namespace Herald
