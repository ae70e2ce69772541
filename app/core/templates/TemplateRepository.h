// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Template.h"

#include <QCoreApplication>
#include <QList>

namespace Herald
{

class Database;

// Templates in the workspace (table `templates`), on one connection.
class TemplateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRepository)

public:
    explicit TemplateRepository(Database& database);

    // Every template, ordered by category, language, name. search (case-insensitive) matches
    // name, category or body; empty matches all.
    Result<QList<Template>> list(const QString& search = {}) const;
    Result<Template> find(qint64 id) const;

    // The checks insert() and update() make, for editors that want to show the problem before saving:
    // a non-empty name and body, and a body that parses as a MessageTemplate (the error names the
    // offending placeholder).
    static Result<void> validate(const Template& t);

    // Validates (non-empty name and body, body parses as a MessageTemplate) and inserts; returns the id.
    Result<qint64> insert(const Template& t);
    // Validates and updates name, category, language, kind and body of t.id.
    Result<void> update(const Template& t);
    Result<void> remove(qint64 id);
    // Copies id as a new user template named "<name> (copy)" (translated); returns the new id.
    Result<qint64> duplicate(qint64 id);

    // Adds the starter library (every language) if the workspace has no built-in templates yet;
    // returns how many were added.
    Result<int> addStarterLibrary();

private:
    Database& m_database;
};

QString templateKindToStorage(Template::Kind kind);
Template::Kind templateKindFromStorage(const QString& text);

} // namespace Herald
