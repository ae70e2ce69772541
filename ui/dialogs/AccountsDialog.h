// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAccount.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Herald
{

class ConnectionTest;
class CredentialStore;
class Database;
class MessageWidget;
struct ConnectionTestResult;

// The workspace's SMS provider accounts: a list on the left, the selected account's fields on
// the right (name, provider, address, sender, rate, provider options as key/value rows), a
// password field whose secret goes to the system keychain and is never shown back, and "Test
// connection", which checks the credentials in the background without sending anything.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(Database& database, CredentialStore& store, QWidget* parent = nullptr);
    ~AccountsDialog() override;

    // The account being edited; 0 for a new one not saved yet.
    qint64 currentAccountId() const
    {
        return m_accountId;
    }
    // Selects the account with id (0: none); false when it is not in the list.
    bool selectAccount(qint64 id);
    // The account as the fields say (with the id of the one being edited).
    ProviderAccount editedAccount() const;
    bool isModified() const;
    // Saves the fields; the secret, if one was typed, follows asynchronously (busy() until then).
    bool save();
    // Whether a keychain operation or a connection test is running.
    bool isBusy() const;

public slots:
    void reject() override;

signals:
    // A keychain operation ended; message is what the banner shows.
    void secretOperationFinished(bool ok, const QString& message);
    void connectionTestFinished(bool ok, const QString& message);

private:
    QWidget* createForm();
    void reload(qint64 selectId);
    void load(const ProviderAccount& account);
    void setModified(bool modified);
    void updateProviderHints();
    void updateSecretStatus(const ProviderAccount& account);
    void updateButtons();
    bool confirmLeavingEdits();
    void storeSecret(const ProviderAccount& account, const QString& secret);

    void handleSelectionChanged();
    void handleAdd();
    void handleRemove();
    void handleAddOption();
    void handleRemoveOption();
    void handleTestConnection();
    void handleTestFinished(const ConnectionTestResult& result);

    Database& m_database;
    CredentialStore& m_store;
    ConnectionTest* m_test = nullptr;
    qint64 m_accountId = 0;
    bool m_modified = false;
    bool m_loading = false;
    int m_pendingSecretOperations = 0;
    QList<ProviderAccount> m_accounts;

    MessageWidget* m_messageWidget = nullptr;
    QListWidget* m_accountList = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QLineEdit* m_nameEdit = nullptr;
    QComboBox* m_providerCombo = nullptr;
    QLineEdit* m_baseUrlEdit = nullptr;
    QLineEdit* m_senderEdit = nullptr;
    QDoubleSpinBox* m_rateSpin = nullptr;
    QCheckBox* m_defaultCheck = nullptr;
    QTableWidget* m_optionsTable = nullptr;
    QPushButton* m_addOptionButton = nullptr;
    QPushButton* m_removeOptionButton = nullptr;
    QLabel* m_optionsHintLabel = nullptr;
    QLineEdit* m_secretEdit = nullptr;
    QLabel* m_secretStatusLabel = nullptr;
    QPushButton* m_testButton = nullptr;
    QProgressBar* m_testProgress = nullptr;
    QLabel* m_testResultLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_revertButton = nullptr;
};

} // namespace Herald
