// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

class QStandardItemModel;

namespace Herald
{

// Completes the last item of a comma-separated list in a QLineEdit ("vip, news" → "vip,
// newsletter"), matching anywhere in an item's label: typing "pol" offers "Poland (PL)" and
// inserts its value, "PL".
class ListCompleter final : public QCompleter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCompleter)

public:
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit ListCompleter(QObject* parent = nullptr);
    ~ListCompleter() override;

    // Items to offer: (value, label) pairs; a label may equal its value.
    void setItems(const QList<std::pair<QString, QString>>& items);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QStandardItemModel* m_model;
};

} // namespace Herald
