// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateFilterModel.h"

#include "TemplateListModel.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// "Zażółć" and "zazolc" should find each other: compare without case or diacritics.
QString folded(const QString& text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            out.append(c == u'ł' || c == u'Ł' ? QChar(u'l') : c.toCaseFolded());
        }
    }
    return out;
}

} // namespace

TemplateFilterModel::TemplateFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TemplateListModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

TemplateFilterModel::~TemplateFilterModel() = default;

void TemplateFilterModel::setSearchText(const QString& text)
{
    const QStringList words = folded(text).split(u' ', Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

void TemplateFilterModel::setLanguage(const QString& language)
{
    if (language == m_language) {
        return;
    }
    m_language = language;
    invalidateRowsFilter();
}

bool TemplateFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_language.isEmpty()) {
        const QString language = sourceModel()
                                     ->index(sourceRow, TemplateListModel::LanguageColumn, sourceParent)
                                     .data(TemplateListModel::RawValueRole)
                                     .toString();
        if (language != m_language && !language.isEmpty()) {
            return false;
        }
    }
    if (m_words.isEmpty()) {
        return true;
    }
    const QString haystack = folded(index.data(TemplateListModel::SearchTextRole).toString());
    return std::all_of(m_words.begin(), m_words.end(), [&](const QString& w) { return haystack.contains(w); });
}

} // namespace Herald
