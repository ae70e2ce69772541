// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QUrl;

namespace Herald
{

class ContactListModel;
class Database;
class MessageWidget;

// The contacts of the open workspace in a lazily fetched table: search as you type, filters by
// consent and tag, counts, the contact card, bulk tagging, deletion and export of the selection
// or of everything matching the filters (done in SQL on a worker thread), and drag-and-drop of
// a customer file to import it.
class ContactsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsPane)

public:
    enum class Scope
    {
        Selection,
        AllMatching,
    };

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

    // The ids of the selected rows, in row order.
    QList<qint64> selectedIds() const;
    // Whether a bulk change is running on the worker thread.
    bool isBusy() const
    {
        return m_busy;
    }
    // Whether a file would be offered for import (a local CSV, TSV or TXT file).
    static bool isImportableFile(const QUrl& url);

public slots:
    // Shows the contact card of the current row (window-modal; the list follows its edits).
    void openCurrentContact();
    // The bulk-tag dialog, for the selection or everything matching the filters.
    void showAddTagDialog();
    void showRemoveTagDialog();
    void showExportDialog();
    // Asks, saying how many, then deletes the selected contacts or all matching the filters.
    void deleteContacts(Scope scope);
    void focusSearch();

    // The bulk changes themselves, on a worker thread; the list reloads when they end.
    void addTag(const QString& tag, Scope scope);
    void removeTag(const QString& tag, Scope scope);

signals:
    void importRequested();
    // A customer file was dropped on the pane.
    void importFileDropped(const QString& path);
    void contactCountChanged(qint64 count);
    // A bulk change ended (the message widget tells how).
    void bulkFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Condition
    {
        QString where;
        QVariantList bindings;
    };
    Condition conditionFor(Scope scope) const;
    // How many contacts scope covers (counts the filter if the model is still counting).
    qint64 countFor(Scope scope) const;
    void runBulk(const QString& busyText, const Condition& condition,
        const std::function<Result<qint64>(Database&, const QString&, const QVariantList&)>& job,
        const std::function<QString(qint64)>& done);
    void handleCountChanged(qint64 count);
    void updateActions();
    void showContextMenu(const QPoint& position);
    void applyFilter();
    void reloadTags();
    void showTagDialog(bool adding);

    Database* m_database = nullptr;
    ContactListModel* m_model;
    QLineEdit* m_searchEdit;
    QComboBox* m_consentCombo;
    QComboBox* m_tagCombo;
    QTimer* m_searchTimer;
    QStackedWidget* m_stack;
    QTableView* m_view;
    QLabel* m_emptyLabel;
    QLabel* m_countLabel;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QPushButton* m_tagButton;
    QPushButton* m_deleteButton;
    MessageWidget* m_messageWidget;
    QAction* m_openAction;
    QAction* m_addTagAction;
    QAction* m_removeTagAction;
    QAction* m_deleteAction;
    QAction* m_deleteAllAction;
    QAction* m_exportAction;
    QAction* m_findAction;
    bool m_busy = false;
};

} // namespace Herald
