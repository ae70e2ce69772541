// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountsDialog.h"

#include "MessageBox.h"
#include "MessageWidget.h"
#include "secrets/AccountCredentials.h"
#include "secrets/AccountEditor.h"
#include "secrets/ConnectionTest.h"
#include "secrets/CredentialStore.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString providerTitle(const QString& provider)
{
    if (provider == u"simulator"_s) {
        return AccountsDialog::tr("Simulator (built in)");
    }
    if (provider == u"twilio"_s) {
        return u"Twilio"_s;
    }
    if (provider == u"smsapi"_s) {
        return u"SMSAPI"_s;
    }
    if (provider == u"http"_s) {
        return AccountsDialog::tr("Generic HTTP");
    }
    QString title = provider;
    if (!title.isEmpty()) {
        title[0] = title[0].toUpper();
    }
    return title;
}

// Options Herald sets itself: not shown, kept as they are.
bool isInternalOption(const QString& key)
{
    return key == AccountCredentials::storedOption();
}

} // namespace

AccountsDialog::AccountsDialog(Database& database, CredentialStore& store, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_store(store)
    , m_test(new ConnectionTest(store, this))
{
    setObjectName(u"accountsDialog"_s);
    setWindowTitle(tr("Provider Accounts"));

    m_messageWidget = new MessageWidget(this);
    m_messageWidget->setObjectName(u"accountsMessageWidget"_s);

    auto* listLabel = new QLabel(tr("&Accounts:"), this);
    m_accountList = new QListWidget(this);
    m_accountList->setObjectName(u"accountList"_s);
    m_accountList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountList->setMinimumWidth(220);
    listLabel->setBuddy(m_accountList);
    m_addButton = new QPushButton(QIcon(u":/icons/add.svg"_s), tr("A&dd"), this);
    m_addButton->setObjectName(u"addAccountButton"_s);
    m_removeButton = new QPushButton(QIcon(u":/icons/delete.svg"_s), tr("Re&move…"), this);
    m_removeButton->setObjectName(u"removeAccountButton"_s);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch();
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(listLabel);
    listColumn->addWidget(m_accountList, 1);
    listColumn->addLayout(listButtons);

    auto* columns = new QHBoxLayout;
    columns->addLayout(listColumn);
    columns->addWidget(createForm(), 1);

    auto* buttonBox = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttonBox->setObjectName(u"buttonBox"_s);
    connect(buttonBox, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto* root = new QVBoxLayout(this);
    root->addWidget(m_messageWidget);
    root->addLayout(columns, 1);
    root->addWidget(buttonBox);

    connect(m_accountList, &QListWidget::currentRowChanged, this, &AccountsDialog::handleSelectionChanged);
    connect(m_addButton, &QPushButton::clicked, this, &AccountsDialog::handleAdd);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::handleRemove);
    connect(m_test, &ConnectionTest::finished, this, &AccountsDialog::handleTestFinished);

    // A workspace always has the Simulator to try things with.
    if (auto simulator = ProviderAccounts::ensureSimulatorAccount(m_database); !simulator) {
        m_messageWidget->showMessage(simulator.errorMessage(), MessageWidget::Type::Error);
    }
    auto fallback = ProviderAccounts(m_database).defaultAccount();
    reload(fallback ? fallback->id : 0);
    resize(860, 560);
}

AccountsDialog::~AccountsDialog() = default;

QWidget* AccountsDialog::createForm()
{
    auto* group = new QGroupBox(tr("Account"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_nameEdit = new QLineEdit(group);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    form->addRow(tr("&Name:"), m_nameEdit);

    m_providerCombo = new QComboBox(group);
    m_providerCombo->setObjectName(u"providerCombo"_s);
    for (const QString& provider : ProviderAccounts::supportedProviders()) {
        m_providerCombo->addItem(providerTitle(provider), provider);
    }
    form->addRow(tr("&Provider:"), m_providerCombo);

    m_baseUrlEdit = new QLineEdit(group);
    m_baseUrlEdit->setObjectName(u"baseUrlEdit"_s);
    form->addRow(tr("Add&ress:"), m_baseUrlEdit);

    m_senderEdit = new QLineEdit(group);
    m_senderEdit->setObjectName(u"senderEdit"_s);
    m_senderEdit->setPlaceholderText(tr("Phone number or sender name"));
    form->addRow(tr("&Sender:"), m_senderEdit);

    m_rateSpin = new QDoubleSpinBox(group);
    m_rateSpin->setObjectName(u"rateSpin"_s);
    m_rateSpin->setRange(0, 1000);
    m_rateSpin->setDecimals(1);
    m_rateSpin->setSpecialValueText(tr("Provider default"));
    m_rateSpin->setSuffix(tr(" messages/s"));
    form->addRow(tr("Ra&te:"), m_rateSpin);

    m_defaultCheck = new QCheckBox(tr("Use for new campaigns (de&fault account)"), group);
    m_defaultCheck->setObjectName(u"defaultCheck"_s);
    form->addRow(QString(), m_defaultCheck);

    m_optionsTable = new QTableWidget(0, 2, group);
    m_optionsTable->setObjectName(u"optionsTable"_s);
    m_optionsTable->setHorizontalHeaderLabels({tr("Option"), tr("Value")});
    m_optionsTable->horizontalHeader()->setStretchLastSection(true);
    m_optionsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_optionsTable->verticalHeader()->hide();
    m_optionsTable->setTabKeyNavigation(false);
    m_optionsTable->setMinimumHeight(90);
    m_addOptionButton = new QPushButton(tr("Add &Option"), group);
    m_addOptionButton->setObjectName(u"addOptionButton"_s);
    m_removeOptionButton = new QPushButton(tr("De&lete Option"), group);
    m_removeOptionButton->setObjectName(u"removeOptionButton"_s);
    m_optionsHintLabel = new QLabel(group);
    m_optionsHintLabel->setObjectName(u"optionsHintLabel"_s);
    m_optionsHintLabel->setWordWrap(true);
    m_optionsHintLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOptionButton);
    optionButtons->addWidget(m_removeOptionButton);
    optionButtons->addStretch();
    auto* optionsBox = new QVBoxLayout;
    optionsBox->addWidget(m_optionsTable);
    optionsBox->addLayout(optionButtons);
    optionsBox->addWidget(m_optionsHintLabel);
    auto* optionsLabel = new QLabel(tr("Opt&ions:"), group);
    optionsLabel->setBuddy(m_optionsTable);
    form->addRow(optionsLabel, optionsBox);

    m_secretEdit = new QLineEdit(group);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_secretEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_secretStatusLabel = new QLabel(group);
    m_secretStatusLabel->setObjectName(u"secretStatusLabel"_s);
    m_secretStatusLabel->setWordWrap(true);
    auto* keychainLabel = new QLabel(
        tr("The secret is stored in the system keychain, never in the workspace, the settings or the logs."), group);
    keychainLabel->setObjectName(u"keychainNoteLabel"_s);
    keychainLabel->setWordWrap(true);
    keychainLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* secretBox = new QVBoxLayout;
    secretBox->addWidget(m_secretEdit);
    secretBox->addWidget(m_secretStatusLabel);
    secretBox->addWidget(keychainLabel);
    auto* secretLabel = new QLabel(tr("S&ecret:"), group);
    secretLabel->setBuddy(m_secretEdit);
    form->addRow(secretLabel, secretBox);

    m_testButton = new QPushButton(QIcon(u":/icons/test-connection.svg"_s), tr("Test &Connection"), group);
    m_testButton->setObjectName(u"testButton"_s);
    m_testProgress = new QProgressBar(group);
    m_testProgress->setObjectName(u"testProgress"_s);
    m_testProgress->setRange(0, 0); // busy
    m_testProgress->setMaximumWidth(120);
    m_testProgress->setTextVisible(false);
    m_testProgress->setAccessibleName(tr("Testing the connection"));
    m_testProgress->hide();
    m_testResultLabel = new QLabel(group);
    m_testResultLabel->setObjectName(u"testResultLabel"_s);
    m_testResultLabel->setWordWrap(true);
    m_testResultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addWidget(m_testProgress);
    testRow->addWidget(m_testResultLabel, 1);
    form->addRow(QString(), testRow);

    m_saveButton = new QPushButton(tr("Sa&ve"), group);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setAutoDefault(false);
    m_revertButton = new QPushButton(tr("&Undo Changes"), group);
    m_revertButton->setObjectName(u"revertButton"_s);
    m_revertButton->setAutoDefault(false);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_revertButton);
    saveRow->addWidget(m_saveButton);
    form->addRow(saveRow);

    const auto modified = [this] {
        if (!m_loading) {
            setModified(true);
        }
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, modified);
    connect(m_baseUrlEdit, &QLineEdit::textEdited, this, modified);
    connect(m_senderEdit, &QLineEdit::textEdited, this, modified);
    connect(m_secretEdit, &QLineEdit::textEdited, this, modified);
    connect(m_rateSpin, &QDoubleSpinBox::valueChanged, this, modified);
    connect(m_defaultCheck, &QCheckBox::toggled, this, modified);
    connect(m_optionsTable, &QTableWidget::itemChanged, this, modified);
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, [this, modified] {
        modified();
        updateProviderHints();
    });
    connect(m_addOptionButton, &QPushButton::clicked, this, &AccountsDialog::handleAddOption);
    connect(m_removeOptionButton, &QPushButton::clicked, this, &AccountsDialog::handleRemoveOption);
    connect(m_testButton, &QPushButton::clicked, this, &AccountsDialog::handleTestConnection);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, [this] {
        setModified(false);
        reload(m_accountId);
    });
    return group;
}

void AccountsDialog::reload(qint64 selectId)
{
    auto accounts = ProviderAccounts(m_database).list();
    if (!accounts) {
        m_messageWidget->showMessage(accounts.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    m_accounts = accounts.value();
    {
        const QSignalBlocker blocker(m_accountList);
        m_accountList->clear();
        for (const ProviderAccount& account : std::as_const(m_accounts)) {
            const QString text = account.isDefault
                ? tr("%1 — %2 (default)").arg(account.name, providerTitle(account.provider))
                : tr("%1 — %2").arg(account.name, providerTitle(account.provider));
            auto* item = new QListWidgetItem(text, m_accountList);
            item->setData(Qt::UserRole, account.id);
        }
    }
    if (!selectAccount(selectId) && !m_accounts.isEmpty() && selectId != 0) {
        selectAccount(m_accounts.constFirst().id);
    }
    updateButtons();
}

bool AccountsDialog::selectAccount(qint64 id)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).id == id) {
            {
                const QSignalBlocker blocker(m_accountList);
                m_accountList->setCurrentRow(row);
            }
            // Unsaved edits of this same account stay in the fields.
            if (!(m_modified && m_accountId == id)) {
                load(m_accounts.at(row));
            }
            return true;
        }
    }
    return false;
}

void AccountsDialog::load(const ProviderAccount& account)
{
    m_loading = true;
    m_accountId = account.id;
    m_nameEdit->setText(account.name);
    if (!account.provider.isEmpty() && m_providerCombo->findData(account.provider) < 0) {
        m_providerCombo->addItem(providerTitle(account.provider), account.provider);
    }
    m_providerCombo->setCurrentIndex(qMax(0, m_providerCombo->findData(account.provider)));
    m_baseUrlEdit->setText(account.baseUrl);
    m_senderEdit->setText(account.sender);
    m_rateSpin->setValue(account.ratePerSecond);
    m_defaultCheck->setChecked(account.isDefault);
    m_defaultCheck->setEnabled(!account.isDefault || account.id == 0);
    m_optionsTable->setRowCount(0);
    for (auto it = account.options.constBegin(); it != account.options.constEnd(); ++it) {
        if (isInternalOption(it.key())) {
            continue;
        }
        const int row = m_optionsTable->rowCount();
        m_optionsTable->insertRow(row);
        m_optionsTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_optionsTable->setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    m_secretEdit->clear();
    m_testResultLabel->clear();
    updateProviderHints();
    updateSecretStatus(account);
    m_loading = false;
    setModified(false);
}

ProviderAccount AccountsDialog::editedAccount() const
{
    ProviderAccount account;
    account.id = m_accountId;
    for (const ProviderAccount& saved : m_accounts) {
        if (saved.id == m_accountId) {
            // What the fields do not show is kept as saved.
            for (auto it = saved.options.constBegin(); it != saved.options.constEnd(); ++it) {
                if (isInternalOption(it.key())) {
                    account.options.insert(it.key(), it.value());
                }
            }
        }
    }
    account.name = m_nameEdit->text().trimmed();
    account.provider = m_providerCombo->currentData().toString();
    account.baseUrl = m_baseUrlEdit->text().trimmed();
    account.sender = m_senderEdit->text().trimmed();
    account.ratePerSecond = m_rateSpin->value();
    account.isDefault = m_defaultCheck->isChecked();
    for (int row = 0; row < m_optionsTable->rowCount(); ++row) {
        const QTableWidgetItem* key = m_optionsTable->item(row, 0);
        const QTableWidgetItem* value = m_optionsTable->item(row, 1);
        const QString name = key ? key->text().trimmed() : QString();
        if (!name.isEmpty() && !isInternalOption(name)) {
            account.options.insert(name, value ? value->text().trimmed() : QString());
        }
    }
    return account;
}

bool AccountsDialog::isModified() const
{
    return m_modified;
}

bool AccountsDialog::isBusy() const
{
    return m_pendingSecretOperations > 0 || m_test->isRunning();
}

void AccountsDialog::setModified(bool modified)
{
    m_modified = modified;
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const bool secretBusy = m_pendingSecretOperations > 0;
    m_saveButton->setEnabled((m_modified || m_accountId == 0) && !secretBusy);
    m_revertButton->setEnabled(m_modified && m_accountId != 0);
    m_removeButton->setEnabled((m_accountId != 0 || m_modified) && !secretBusy);
    m_addButton->setEnabled(!secretBusy);
    m_testButton->setEnabled(!m_test->isRunning());
    m_removeOptionButton->setEnabled(m_optionsTable->rowCount() > 0);
}

void AccountsDialog::updateProviderHints()
{
    const QString provider = m_providerCombo->currentData().toString();
    if (provider == u"simulator"_s) {
        m_baseUrlEdit->setPlaceholderText(tr("Empty: run the Simulator inside Herald"));
        m_optionsHintLabel->setText(tr("The Simulator answers like Twilio on this computer and needs no secret."));
    } else if (provider == u"twilio"_s) {
        m_baseUrlEdit->setPlaceholderText(tr("Empty: Twilio’s public address"));
        m_optionsHintLabel->setText(tr("account_sid: the Account SID (AC…). api_key: the API key SID (SK…) when the "
                                       "secret is an API key secret rather than the auth token."));
    } else {
        m_baseUrlEdit->setPlaceholderText(tr("Empty: the provider’s public address"));
        m_optionsHintLabel->setText(tr("The options this provider needs are listed in Herald’s documentation."));
    }
}

void AccountsDialog::updateSecretStatus(const ProviderAccount& account)
{
    const QString variable = account.options.value(u"secret_env"_s).toString();
    if (AccountCredentials::hasStoredSecret(account)) {
        m_secretStatusLabel->setText(tr("A secret is stored in the system keychain. Type a new one to replace it."));
        m_secretEdit->setPlaceholderText(tr("Stored in the system keychain"));
    } else if (!variable.isEmpty()) {
        m_secretStatusLabel->setText(tr("The command line reads the secret from the environment variable %1. "
                                        "Type one here to store it in the system keychain.")
                                         .arg(variable));
        m_secretEdit->setPlaceholderText(tr("Not stored"));
    } else if (account.isSimulator()) {
        m_secretStatusLabel->setText(tr("The Simulator needs no secret."));
        m_secretEdit->setPlaceholderText(tr("Not needed"));
    } else {
        m_secretStatusLabel->setText(tr("No secret is stored yet: type it to store it in the system keychain."));
        m_secretEdit->setPlaceholderText(tr("Not stored"));
    }
}

bool AccountsDialog::confirmLeavingEdits()
{
    if (!m_modified) {
        return true;
    }
    const QString name = m_nameEdit->text().trimmed();
    return MessageBox::resolveUnsavedChanges(
        this, tr("Provider Accounts"),
        name.isEmpty() ? tr("Save the new account?") : tr("Save the changes to “%1”?").arg(name),
        [this] { return save(); }, [this] { setModified(false); });
}

bool AccountsDialog::save()
{
    ProviderAccount account = editedAccount();
    const QString secret = m_secretEdit->text();
    if (!secret.isEmpty()) {
        if (const QString refusal = CredentialStore::checkSecret(secret); !refusal.isEmpty()) {
            m_messageWidget->showMessage(refusal, MessageWidget::Type::Error);
            m_secretEdit->setFocus();
            return false;
        }
    }
    if (m_accountId == 0) {
        auto id = ProviderAccounts(m_database).add(account);
        if (!id) {
            m_messageWidget->showMessage(id.errorMessage(), MessageWidget::Type::Error);
            return false;
        }
        account.id = id.value();
        if (secret.isEmpty() && AccountCredentials::usesKeychain(account)) {
            // A key left behind by an earlier account with the same id must not lend this one its secret.
            if (auto key = AccountCredentials::keychainKey(m_database, account.id)) {
                m_store.remove(key.value(), [](const CredentialOutcome&) {});
            }
        }
    } else if (auto updated = AccountEditor(m_database).update(account); !updated) {
        m_messageWidget->showMessage(updated.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_secretEdit->clear();
    m_accountId = account.id;
    setModified(false);
    reload(account.id);
    if (secret.isEmpty()) {
        m_messageWidget->showMessage(tr("Saved “%1”.").arg(account.name), MessageWidget::Type::Positive);
    } else {
        storeSecret(account, secret);
    }
    return true;
}

void AccountsDialog::storeSecret(const ProviderAccount& account, const QString& secret)
{
    auto key = AccountCredentials::keychainKey(m_database, account.id);
    if (!key) {
        m_messageWidget->showMessage(key.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    ++m_pendingSecretOperations;
    updateButtons();
    m_messageWidget->showMessage(tr("Saved “%1”; storing its secret in the system keychain…").arg(account.name),
        MessageWidget::Type::Information);
    QPointer<AccountsDialog> guard(this);
    const qint64 id = account.id;
    const QString name = account.name;
    m_store.write(key.value(), secret, [this, guard, id, name](const CredentialOutcome& outcome) {
        if (!guard) {
            return;
        }
        --m_pendingSecretOperations;
        QString message;
        if (outcome.ok()) {
            // Record, without the secret, that the keychain holds one.
            auto saved = ProviderAccounts(m_database).find(id);
            if (saved && !AccountCredentials::hasStoredSecret(saved.value())) {
                ProviderAccount flagged = saved.value();
                flagged.options.insert(AccountCredentials::storedOption(), true);
                flagged.isDefault = false;
                if (auto updated = AccountEditor(m_database).update(flagged); !updated) {
                    message = updated.errorMessage();
                }
            }
            if (message.isEmpty()) {
                message = tr("Saved “%1”; its secret is stored in the system keychain.").arg(name);
            }
        } else {
            message = tr("“%1” was saved, but its secret was not: %2").arg(name, outcome.message);
        }
        const bool ok = outcome.ok();
        m_messageWidget->showMessage(message, ok ? MessageWidget::Type::Positive : MessageWidget::Type::Error);
        reload(m_accountId);
        updateButtons();
        emit secretOperationFinished(ok, message);
    });
}

void AccountsDialog::handleSelectionChanged()
{
    const int row = m_accountList->currentRow();
    const qint64 target = row >= 0 && row < m_accounts.size() ? m_accounts.at(row).id : 0;
    if (target == m_accountId && !m_modified) {
        return;
    }
    if (!confirmLeavingEdits()) {
        // Back to the account being edited (none in the list while it is a new one).
        if (!selectAccount(m_accountId)) {
            const QSignalBlocker blocker(m_accountList);
            m_accountList->setCurrentRow(-1);
        }
        return;
    }
    setModified(false);
    if (!selectAccount(target)) {
        reload(target);
    }
}

void AccountsDialog::handleAdd()
{
    if (!confirmLeavingEdits()) {
        return;
    }
    {
        const QSignalBlocker blocker(m_accountList);
        m_accountList->clearSelection();
        m_accountList->setCurrentRow(-1);
    }
    ProviderAccount account;
    const QStringList providers = ProviderAccounts::supportedProviders();
    account.provider = providers.contains(u"twilio"_s) ? u"twilio"_s : providers.value(0);
    if (account.provider == u"twilio"_s) {
        account.options.insert(u"account_sid"_s, QString());
    }
    load(account);
    m_messageWidget->hide();
    updateButtons();
    m_nameEdit->setFocus();
}

void AccountsDialog::handleRemove()
{
    if (m_accountId == 0) {
        // A new account not saved yet: forget the fields.
        setModified(false);
        reload(m_accounts.isEmpty() ? 0 : m_accounts.constFirst().id);
        return;
    }
    ProviderAccount account;
    for (const ProviderAccount& a : std::as_const(m_accounts)) {
        if (a.id == m_accountId) {
            account = a;
        }
    }
    if (account.id == 0) {
        return;
    }
    const auto answer = MessageBox::question(this, tr("Remove Account"),
        tr("Remove the account “%1”? Its secret is deleted from the system keychain. Campaigns already sent keep "
           "their history.")
            .arg(account.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    QPointer<AccountsDialog> guard(this);
    const auto removeRow = [this, guard, account] {
        if (!guard) {
            return;
        }
        if (auto removed = AccountEditor(m_database).remove(account.id); !removed) {
            m_messageWidget->showMessage(removed.errorMessage(), MessageWidget::Type::Error);
            return;
        }
        setModified(false);
        m_accountId = 0;
        m_messageWidget->showMessage(tr("Removed “%1”.").arg(account.name), MessageWidget::Type::Positive);
        auto fallback = ProviderAccounts(m_database).defaultAccount();
        reload(fallback ? fallback->id : 0);
    };
    auto key = AccountCredentials::keychainKey(m_database, account.id);
    if (!key) {
        m_messageWidget->showMessage(key.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    if (!AccountCredentials::usesKeychain(account)) {
        removeRow();
        return;
    }
    ++m_pendingSecretOperations;
    updateButtons();
    m_store.remove(key.value(), [this, guard, account, removeRow](const CredentialOutcome& outcome) {
        if (!guard) {
            return;
        }
        --m_pendingSecretOperations;
        updateButtons();
        // Unavailable: a machine without a keychain cannot hold this account's secret.
        if (outcome.ok() || outcome.status == CredentialOutcome::Status::NotFound
            || outcome.status == CredentialOutcome::Status::Unavailable) {
            removeRow();
            emit secretOperationFinished(true, QString());
            return;
        }
        const QString message = tr("“%1” was kept: its secret could not be removed from the system keychain. %2")
                                    .arg(account.name, outcome.message);
        m_messageWidget->showMessage(message, MessageWidget::Type::Error);
        emit secretOperationFinished(false, message);
    });
}

void AccountsDialog::handleAddOption()
{
    const int row = m_optionsTable->rowCount();
    m_optionsTable->insertRow(row);
    m_optionsTable->setItem(row, 0, new QTableWidgetItem);
    m_optionsTable->setItem(row, 1, new QTableWidgetItem);
    m_optionsTable->setCurrentCell(row, 0);
    m_optionsTable->setFocus();
    m_optionsTable->editItem(m_optionsTable->item(row, 0));
    setModified(true);
}

void AccountsDialog::handleRemoveOption()
{
    const int row = m_optionsTable->currentRow();
    if (row < 0) {
        return;
    }
    m_optionsTable->removeRow(row);
    setModified(true);
}

void AccountsDialog::handleTestConnection()
{
    ConnectionTest::Request request;
    request.account = editedAccount();
    if (m_accountId != 0) {
        auto key = AccountCredentials::keychainKey(m_database, m_accountId);
        if (!key) {
            m_testResultLabel->setText(key.errorMessage());
            return;
        }
        request.keychainKey = key.value();
    }
    request.typedSecret = m_secretEdit->text();
    m_testProgress->show();
    m_testResultLabel->setStyleSheet(QString());
    m_testResultLabel->setText(tr("Testing the connection…"));
    m_test->start(request);
    updateButtons();
}

void AccountsDialog::handleTestFinished(const ConnectionTestResult& result)
{
    m_testProgress->hide();
    m_testResultLabel->setText(result.message);
    // Colour only repeats what the sentence says.
    m_testResultLabel->setStyleSheet(result.ok ? u"color: #1b7f3b;"_s : u"color: #b3261e;"_s);
    updateButtons();
    m_testButton->setFocus();
    emit connectionTestFinished(result.ok, result.message);
}

void AccountsDialog::reject()
{
    if (m_pendingSecretOperations > 0) {
        m_messageWidget->showMessage(
            tr("Waiting for the system keychain to answer before closing."), MessageWidget::Type::Information);
        return;
    }
    if (!confirmLeavingEdits()) {
        return;
    }
    QDialog::reject();
}

} // namespace Herald
