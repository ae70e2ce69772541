// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ListCompleter.h"

#include <QLineEdit>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

namespace Herald
{

ListCompleter::ListCompleter(QObject* parent)
    : QCompleter(parent)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

ListCompleter::~ListCompleter() = default;

void ListCompleter::setItems(const QList<std::pair<QString, QString>>& items)
{
    m_model->clear();
    for (const auto& [value, label] : items) {
        auto* item = new QStandardItem(label);
        item->setData(value, ValueRole);
        m_model->appendRow(item);
    }
}

QStringList ListCompleter::splitPath(const QString& path) const
{
    // Only the item being typed is matched, not the whole list.
    return {path.section(u',', -1).trimmed()};
}

QString ListCompleter::pathFromIndex(const QModelIndex& index) const
{
    const QString value = index.data(ValueRole).toString();
    const auto* edit = qobject_cast<const QLineEdit*>(widget());
    if (!edit) {
        return value;
    }
    const QString text = edit->text();
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma < 0) {
        return value;
    }
    return text.left(comma + 1) + u' ' + value;
}

} // namespace Herald
