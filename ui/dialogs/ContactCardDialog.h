// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contacts/Contact.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace Herald
{

class Database;
class MessageWidget;

// One contact: an editor for the fields a person can change (name, phone checked with
// libphonenumber, email, country, city, language, time zone, birthday, tags, custom fields),
// the consent ledger with buttons to record a manual opt-in with its proof or an opt-out (new
// events only: the ledger is never edited), and the messages sent to and received from the
// number.
class ContactCardDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactCardDialog)

public:
    ContactCardDialog(Database& database, qint64 contactId, QWidget* parent = nullptr);
    ~ContactCardDialog() override;

    qint64 contactId() const
    {
        return m_contact.id;
    }
    // Whether the fields differ from what is saved.
    bool isModified() const;
    // Whether anything was saved or recorded, so lists showing the contact must refresh.
    bool hasChanged() const
    {
        return m_changed;
    }
    // The contact as the fields say, with the phone normalised when it is valid.
    Contact editedContact() const;
    // What is wrong with the fields, one sentence each; empty when they can be saved.
    QStringList problems() const;
    // Checks and saves; on a problem shows it in the dialog and returns false.
    bool save();
    // Appends a consent event to the ledger and shows it.
    bool recordConsent(const ConsentEvent& event);

signals:
    void contactChanged(qint64 contactId);

public slots:
    void accept() override;
    void reject() override;

private:
    QWidget* createDetailsTab();
    QWidget* createTagsTab();
    QWidget* createConsentTab();
    QWidget* createMessagesTab();
    void loadFields();
    void reloadConsent();
    void reloadMessages();
    void updatePhoneStatus();
    void updateBirthdayFields();
    void handleRecordConsent(bool optIn);
    QHash<QString, QString> editedCustomFields() const;
    QStringList fieldProblems() const;
    QStringList editedTags() const;

    Database& m_database;
    Contact m_contact;
    QHash<QString, QString> m_customFields;
    bool m_found = false;
    bool m_changed = false;

    QLabel* m_titleLabel = nullptr;
    MessageWidget* m_messageWidget = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_firstNameEdit = nullptr;
    QLineEdit* m_lastNameEdit = nullptr;
    QLineEdit* m_phoneEdit = nullptr;
    QLabel* m_phoneStatusLabel = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QComboBox* m_countryCombo = nullptr;
    QLineEdit* m_cityEdit = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QComboBox* m_timeZoneCombo = nullptr;
    QComboBox* m_birthdayMonthCombo = nullptr;
    QSpinBox* m_birthdayDaySpin = nullptr;
    QSpinBox* m_birthdayYearSpin = nullptr;
    QLineEdit* m_tagsEdit = nullptr;
    QTableWidget* m_fieldsTable = nullptr;
    QLabel* m_consentStateLabel = nullptr;
    QTableWidget* m_consentTable = nullptr;
    QTableWidget* m_messagesTable = nullptr;
    QLabel* m_messagesEmptyLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Herald
