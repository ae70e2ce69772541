// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Herald
{

// Search and language filter over TemplateListModel.
class TemplateFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateFilterModel)

public:
    explicit TemplateFilterModel(QObject* parent = nullptr);
    ~TemplateFilterModel() override;

    // Case- and diacritic-insensitive words that must all appear in name, category or body.
    void setSearchText(const QString& text);
    // A language code, or empty for all.
    void setLanguage(const QString& language);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    QString m_language;
};

} // namespace Herald
