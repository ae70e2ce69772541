// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

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
    // Shows the contact card of the current row.
    void openCurrentContact();
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
    void applyFilter();
    void reloadTags();

    Database* m_database = nullptr;
    ContactListModel* m_model;
    QLineEdit* m_searchEdit;
    QComboBox* m_consentCombo;
    QComboBox* m_tagCombo;
    QTimer* m_searchTimer;
    QTableView* m_view;
    QLabel* m_countLabel;
    QPushButton* m_importButton;
    MessageWidget* m_messageWidget;
};

} // namespace Herald
