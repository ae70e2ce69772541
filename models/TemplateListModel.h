// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "templates/Template.h"

#include <QAbstractTableModel>
#include <QList>

namespace Herald
{

class Database;

// The workspace's templates (a few hundred at most, so all are loaded at once).
class TemplateListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateListModel)

public:
    enum Column
    {
        NameColumn,
        CategoryColumn,
        LanguageColumn,
        KindColumn,
        PartsColumn,
        ColumnCount,
    };
    Q_ENUM(Column)

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        RawValueRole, // category id, language code, kind, parts as numbers: for sorting and filtering
        SearchTextRole, // name, category and body, for the search filter
    };

    explicit TemplateListModel(QObject* parent = nullptr);
    ~TemplateListModel() override;

    void setDatabase(Database* database);
    void reload();

    Template templateAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString& message);

private:
    Database* m_database = nullptr;
    QList<Template> m_templates;
    QList<int> m_parts;
};

} // namespace Herald
