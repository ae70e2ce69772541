// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Herald
{

class ContactListModel;
class Database;
class MessageWidget;

// The contacts of the open workspace in a lazily fetched table.
class ContactsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPane)

public:
    explicit ContactsPane(QWidget* parent = nullptr);
    ~ContactsPane() override;

    void setDatabase(Database* database);
    ContactListModel* model() const
    {
        return m_model;
    }
    MessageWidget* messageWidget() const
    {
        return m_messageWidget;
    }

signals:
    void importRequested();
    void contactCountChanged(qint64 count);

private:
    void handleCountChanged(qint64 count);

    ContactListModel* m_model;
    QTableView* m_view;
    QLabel* m_countLabel;
    QPushButton* m_importButton;
    MessageWidget* m_messageWidget;
};

} // namespace Herald
