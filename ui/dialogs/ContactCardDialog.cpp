// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactCardDialog.h"

#include "ConsentEventDialog.h"
#include "MessageBox.h"
#include "MessageHistoryModel.h"
#include "MessageWidget.h"
#include "contacts/ContactRepository.h"
#include "contacts/ContactValues.h"
#include "contacts/PhoneNumbers.h"
#include "inbox/MessageBubbleDelegate.h"
#include "segments/ListCompleter.h"
#include "segments/RuleChoices.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int s_messageLimit = 500;

QString when(const QVariant& seconds)
{
    if (seconds.isNull()) {
        return QString();
    }
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds.toLongLong()).toLocalTime(), QLocale::ShortFormat);
}

QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    return table;
}

// Fills table from a query whose columns are the table's columns in order.
void fillTable(QTableWidget* table, QSqlQuery& q, const QList<int>& timeColumns)
{
    table->setRowCount(0);
    while (q.next()) {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int column = 0; column < table->columnCount(); ++column) {
            const QString text = timeColumns.contains(column) ? when(q.value(column)) : q.value(column).toString();
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    // Long wordings stay readable in the tooltip instead of widening the table.
    for (int column = 0; column < table->columnCount() - 1; ++column) {
        table->setColumnWidth(column, qMin(table->columnWidth(column), 240));
    }
}

QString consentName(MarketingConsent consent)
{
    switch (consent) {
    case MarketingConsent::OptedIn:
        return ContactCardDialog::tr("opted in");
    case MarketingConsent::OptedOut:
        return ContactCardDialog::tr("opted out");
    case MarketingConsent::Unknown:
        break;
    }
    return ContactCardDialog::tr("no consent recorded");
}

QFont titleFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    return font;
}

// The whole history with the contact as a conversation, oldest first: bubbles with each
// message's state and campaign, as the inbox shows it.
QWidget* conversationPage(Database& database, qint64 contactId, QWidget* parent)
{
    auto* view = new QListView(parent);
    view->setObjectName(u"conversationHistoryView"_s);
    auto* model = new MessageHistoryModel(view);
    model->setDatabase(&database);
    model->setContact(contactId);
    view->setModel(model);
    view->setItemDelegate(new MessageBubbleDelegate(view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setResizeMode(QListView::Adjust);
    view->setAccessibleName(ContactCardDialog::tr("Conversation with the contact"));
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QListView::scrollToBottom);
    view->scrollToBottom();
    return view;
}

} // namespace

ContactCardDialog::ContactCardDialog(Database& database, qint64 contactId, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(u"contactCardDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto found = ContactRepository(database).find(contactId);
    if (!found) {
        setWindowTitle(tr("Contact"));
        layout->addWidget(new QLabel(found.errorMessage(), this));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        return;
    }
    m_found = true;
    m_contact = found.value();
    m_customFields = ContactValues::customFields(database, contactId);
    setWindowTitle(tr("Contact: %1").arg(m_contact.displayName()));

    m_titleLabel = new QLabel(m_contact.displayName(), this);
    m_titleLabel->setObjectName(u"contactTitleLabel"_s);
    m_titleLabel->setFont(titleFont(m_titleLabel->font()));
    m_titleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_titleLabel);
    m_messageWidget = new MessageWidget(this);
    m_messageWidget->setObjectName(u"contactMessageWidget"_s);
    layout->addWidget(m_messageWidget);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"contactTabs"_s);
    m_tabs->addTab(createDetailsTab(), tr("&Details"));
    m_tabs->addTab(createTagsTab(), tr("&Tags and fields"));
    m_tabs->addTab(createConsentTab(), QString());
    m_tabs->addTab(createMessagesTab(), QString());
    m_tabs->addTab(conversationPage(m_database, contactId, m_tabs), tr("C&onversation"));
    layout->addWidget(m_tabs, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"contactSaveButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactCardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactCardDialog::reject);
    layout->addWidget(buttons);

    loadFields();
    reloadConsent();
    reloadMessages();
    resize(780, 560);
}

ContactCardDialog::~ContactCardDialog() = default;

QWidget* ContactCardDialog::createDetailsTab()
{
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_firstNameEdit = new QLineEdit(page);
    m_firstNameEdit->setObjectName(u"firstNameEdit"_s);
    m_lastNameEdit = new QLineEdit(page);
    m_lastNameEdit->setObjectName(u"lastNameEdit"_s);
    m_phoneEdit = new QLineEdit(page);
    m_phoneEdit->setObjectName(u"phoneEdit"_s);
    m_phoneEdit->setToolTip(tr("With the country code (+48 601 234 567), or as dialled in the contact's country"));
    m_phoneStatusLabel = new QLabel(page);
    m_phoneStatusLabel->setObjectName(u"phoneStatusLabel"_s);
    m_phoneStatusLabel->setWordWrap(true);
    m_emailEdit = new QLineEdit(page);
    m_emailEdit->setObjectName(u"emailEdit"_s);
    m_countryCombo = new QComboBox(page);
    m_countryCombo->setObjectName(u"countryCombo"_s);
    m_cityEdit = new QLineEdit(page);
    m_cityEdit->setObjectName(u"cityEdit"_s);
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(u"languageCombo"_s);
    m_timeZoneCombo = new QComboBox(page);
    m_timeZoneCombo->setObjectName(u"timeZoneCombo"_s);
    m_timeZoneCombo->setEditable(true);
    m_timeZoneCombo->setInsertPolicy(QComboBox::NoInsert);

    const RuleChoices choices = RuleChoices::defaults();
    m_countryCombo->addItem(tr("Not set"), QString());
    for (const RuleChoices::Item& item : choices.countries) {
        m_countryCombo->addItem(item.label, item.value);
    }
    m_languageCombo->addItem(tr("Not set"), QString());
    for (const RuleChoices::Item& item : choices.languages) {
        m_languageCombo->addItem(item.label, item.value);
    }
    m_timeZoneCombo->addItem(QString());
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        m_timeZoneCombo->addItem(QString::fromUtf8(id));
    }

    m_birthdayMonthCombo = new QComboBox(page);
    m_birthdayMonthCombo->setObjectName(u"birthdayMonthCombo"_s);
    m_birthdayMonthCombo->addItem(tr("Unknown"), 0);
    for (int month = 1; month <= 12; ++month) {
        m_birthdayMonthCombo->addItem(QLocale().standaloneMonthName(month), month);
    }
    m_birthdayDaySpin = new QSpinBox(page);
    m_birthdayDaySpin->setObjectName(u"birthdayDaySpin"_s);
    m_birthdayDaySpin->setRange(1, 31);
    m_birthdayYearSpin = new QSpinBox(page);
    m_birthdayYearSpin->setObjectName(u"birthdayYearSpin"_s);
    m_birthdayYearSpin->setRange(1899, QDate::currentDate().year());
    m_birthdayYearSpin->setSpecialValueText(tr("year unknown"));
    m_birthdayYearSpin->setGroupSeparatorShown(false);
    m_birthdayMonthCombo->setAccessibleName(tr("Birthday month"));
    m_birthdayDaySpin->setAccessibleName(tr("Birthday day"));
    m_birthdayYearSpin->setAccessibleName(tr("Birth year"));
    auto* birthday = new QHBoxLayout;
    birthday->addWidget(m_birthdayDaySpin);
    birthday->addWidget(m_birthdayMonthCombo, 1);
    birthday->addWidget(m_birthdayYearSpin);

    form->addRow(tr("&First name:"), m_firstNameEdit);
    form->addRow(tr("&Last name:"), m_lastNameEdit);
    // The number as libphonenumber reads it, right under what is typed.
    auto* phone = new QVBoxLayout;
    phone->setSpacing(2);
    phone->addWidget(m_phoneEdit);
    phone->addWidget(m_phoneStatusLabel);
    auto* phoneLabel = new QLabel(tr("&Phone:"), page);
    phoneLabel->setBuddy(m_phoneEdit);
    form->addRow(phoneLabel, phone);
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("C&ountry:"), m_countryCombo);
    form->addRow(tr("C&ity:"), m_cityEdit);
    form->addRow(tr("L&anguage:"), m_languageCombo);
    form->addRow(tr("&Time zone:"), m_timeZoneCombo);
    auto* birthdayLabel = new QLabel(tr("&Birthday:"), page);
    birthdayLabel->setBuddy(m_birthdayMonthCombo);
    form->addRow(birthdayLabel, birthday);

    // What the shop's data says and Herald does not let anyone retype.
    const QLocale locale;
    auto* orders
        = new QLabel(tr("%Ln order(s), %1 in total", nullptr, m_contact.ordersCount)
                         .arg(locale.toCurrencyString(double(m_contact.totalSpentMicros) / 1e6, m_contact.currency)),
            page);
    orders->setObjectName(u"ordersLabel"_s);
    form->addRow(tr("Orders:"), orders);
    auto* added = new QLabel(m_contact.source.isEmpty()
            ? locale.toString(m_contact.createdAt.toLocalTime(), QLocale::ShortFormat)
            : tr("%1, from %2")
                  .arg(locale.toString(m_contact.createdAt.toLocalTime(), QLocale::ShortFormat), m_contact.source),
        page);
    added->setWordWrap(true);
    form->addRow(tr("Added:"), added);

    connect(m_phoneEdit, &QLineEdit::textChanged, this, &ContactCardDialog::updatePhoneStatus);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &ContactCardDialog::updatePhoneStatus);
    connect(m_birthdayMonthCombo, &QComboBox::currentIndexChanged, this, &ContactCardDialog::updateBirthdayFields);
    return page;
}

QWidget* ContactCardDialog::createTagsTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_tagsEdit = new QLineEdit(page);
    m_tagsEdit->setObjectName(u"tagsEdit"_s);
    m_tagsEdit->setPlaceholderText(tr("Tags, separated by commas"));
    m_tagsEdit->setAccessibleName(tr("Tags"));
    auto* completer = new ListCompleter(m_tagsEdit);
    if (auto names = ContactRepository(m_database).tagNames()) {
        QList<std::pair<QString, QString>> items;
        for (const QString& name : names.value()) {
            items.append({name, name});
        }
        completer->setItems(items);
    }
    m_tagsEdit->setCompleter(completer);
    auto* tagsLabel = new QLabel(tr("T&ags:"), page);
    tagsLabel->setBuddy(m_tagsEdit);
    layout->addWidget(tagsLabel);
    layout->addWidget(m_tagsEdit);

    auto* fieldsLabel = new QLabel(tr("C&ustom fields (usable in messages as {field:Name}):"), page);
    m_fieldsTable = new QTableWidget(0, 2, page);
    m_fieldsTable->setObjectName(u"customFieldsTable"_s);
    m_fieldsTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_fieldsTable->verticalHeader()->hide();
    m_fieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_fieldsTable->setColumnWidth(0, 200);
    m_fieldsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    fieldsLabel->setBuddy(m_fieldsTable);
    auto* addField = new QPushButton(tr("Add &Field"), page);
    addField->setObjectName(u"addFieldButton"_s);
    auto* removeField = new QPushButton(tr("&Remove Field"), page);
    removeField->setObjectName(u"removeFieldButton"_s);
    auto* fieldButtons = new QHBoxLayout;
    fieldButtons->addWidget(addField);
    fieldButtons->addWidget(removeField);
    fieldButtons->addStretch();
    layout->addSpacing(8);
    layout->addWidget(fieldsLabel);
    layout->addWidget(m_fieldsTable, 1);
    layout->addLayout(fieldButtons);

    connect(addField, &QPushButton::clicked, this, [this] {
        const int row = m_fieldsTable->rowCount();
        m_fieldsTable->insertRow(row);
        m_fieldsTable->setItem(row, 0, new QTableWidgetItem);
        m_fieldsTable->setItem(row, 1, new QTableWidgetItem);
        m_fieldsTable->setCurrentCell(row, 0);
        m_fieldsTable->editItem(m_fieldsTable->item(row, 0));
    });
    connect(removeField, &QPushButton::clicked, this, [this] {
        const int row = m_fieldsTable->currentRow();
        if (row >= 0) {
            m_fieldsTable->removeRow(row);
        }
    });
    return page;
}

QWidget* ContactCardDialog::createConsentTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_consentStateLabel = new QLabel(page);
    m_consentStateLabel->setObjectName(u"consentStateLabel"_s);
    m_consentStateLabel->setWordWrap(true);
    auto* optIn = new QPushButton(tr("Record Opt-&in…"), page);
    optIn->setObjectName(u"recordOptInButton"_s);
    optIn->setToolTip(tr("Add an opt-in with its proof to the ledger, e.g. consent given in the shop"));
    auto* optOut = new QPushButton(tr("Record Opt-ou&t…"), page);
    optOut->setObjectName(u"recordOptOutButton"_s);
    optOut->setToolTip(tr("Add an opt-out to the ledger, e.g. the person asked on the phone"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_consentStateLabel, 1);
    buttons->addWidget(optIn);
    buttons->addWidget(optOut);
    m_consentTable = readOnlyTable(
        {tr("When"), tr("What"), tr("Purpose"), tr("How"), tr("Source"), tr("Wording"), tr("Evidence")}, page);
    m_consentTable->setObjectName(u"consentHistoryTable"_s);
    auto* note = new QLabel(tr("The ledger is the proof of consent: events are only ever added, never changed "
                               "or removed."),
        page);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addLayout(buttons);
    layout->addWidget(m_consentTable, 1);
    layout->addWidget(note);
    connect(optIn, &QPushButton::clicked, this, [this] { handleRecordConsent(true); });
    connect(optOut, &QPushButton::clicked, this, [this] { handleRecordConsent(false); });
    return page;
}

QWidget* ContactCardDialog::createMessagesTab()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    m_messagesTable = readOnlyTable({tr("When"), tr("Direction"), tr("Text"), tr("State"), tr("Error")}, page);
    m_messagesTable->setObjectName(u"messageHistoryTable"_s);
    m_messagesEmptyLabel = new QLabel(tr("No messages yet. Messages sent to this number and replies from it "
                                         "will be listed here."),
        page);
    m_messagesEmptyLabel->setObjectName(u"messageHistoryEmptyLabel"_s);
    m_messagesEmptyLabel->setAlignment(Qt::AlignCenter);
    m_messagesEmptyLabel->setWordWrap(true);
    m_messagesEmptyLabel->setEnabled(false);
    layout->addWidget(m_messagesTable, 1);
    layout->addWidget(m_messagesEmptyLabel, 1);
    return page;
}

void ContactCardDialog::loadFields()
{
    const Contact& c = m_contact;
    m_firstNameEdit->setText(c.firstName);
    m_lastNameEdit->setText(c.lastName);
    m_phoneEdit->setText(c.phone);
    m_emailEdit->setText(c.email);
    // Codes Herald's lists do not know are kept, so that saving never loses them.
    auto select = [](QComboBox* combo, const QString& value) {
        int index = combo->findData(value);
        if (index < 0) {
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    select(m_countryCombo, c.country.toUpper());
    select(m_languageCombo, c.language);
    m_cityEdit->setText(c.city);
    m_timeZoneCombo->setCurrentText(c.timeZone);
    m_birthdayMonthCombo->setCurrentIndex(qBound(0, c.birthdayMonth, 12));
    m_birthdayDaySpin->setValue(c.birthdayDay > 0 ? c.birthdayDay : 1);
    m_birthdayYearSpin->setValue(c.birthdayYear > 0 ? c.birthdayYear : m_birthdayYearSpin->minimum());
    QStringList tags = c.tags;
    tags.sort(Qt::CaseInsensitive);
    m_tagsEdit->setText(tags.join(u", "_s));
    QStringList names = m_customFields.keys();
    names.sort(Qt::CaseInsensitive);
    m_fieldsTable->setRowCount(0);
    for (const QString& name : std::as_const(names)) {
        const int row = m_fieldsTable->rowCount();
        m_fieldsTable->insertRow(row);
        m_fieldsTable->setItem(row, 0, new QTableWidgetItem(name));
        m_fieldsTable->setItem(row, 1, new QTableWidgetItem(m_customFields.value(name)));
    }
    updatePhoneStatus();
    updateBirthdayFields();
}

void ContactCardDialog::updatePhoneStatus()
{
    const QString raw = m_phoneEdit->text().trimmed();
    if (raw.isEmpty()) {
        m_phoneStatusLabel->setText(tr("A contact needs a phone number."));
        m_phoneStatusLabel->setStyleSheet(u"color: #b00020"_s);
        return;
    }
    auto phone = PhoneNumbers::normalize(raw, m_countryCombo->currentData().toString());
    if (!phone) {
        m_phoneStatusLabel->setText(phone.errorMessage());
        m_phoneStatusLabel->setStyleSheet(u"color: #b00020"_s);
        return;
    }
    m_phoneStatusLabel->setStyleSheet(QString());
    m_phoneStatusLabel->setText(
        tr("Saved as %1 (%2, %3)")
            .arg(phone->e164, RuleChoices::countryLabel(phone->region),
                phone->type == u"mobile"_s           ? tr("mobile")
                    : phone->type == u"fixed_line"_s ? tr("landline: cannot receive SMS in most countries")
                                                     : phone->type));
}

void ContactCardDialog::updateBirthdayFields()
{
    const bool known = m_birthdayMonthCombo->currentIndex() > 0;
    m_birthdayDaySpin->setEnabled(known);
    m_birthdayYearSpin->setEnabled(known);
}

QStringList ContactCardDialog::editedTags() const
{
    QStringList tags;
    for (const QString& tag : m_tagsEdit->text().split(u',', Qt::SkipEmptyParts)) {
        const QString clean = tag.simplified();
        if (!clean.isEmpty() && !tags.contains(clean, Qt::CaseInsensitive)) {
            tags << clean;
        }
    }
    return tags;
}

QHash<QString, QString> ContactCardDialog::editedCustomFields() const
{
    QHash<QString, QString> fields;
    for (int row = 0; row < m_fieldsTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_fieldsTable->item(row, 0);
        const QTableWidgetItem* value = m_fieldsTable->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        const QString v = value ? value->text().trimmed() : QString();
        if (!n.isEmpty() && !v.isEmpty()) {
            fields.insert(n, v);
        }
    }
    return fields;
}

Contact ContactCardDialog::editedContact() const
{
    Contact c = m_contact;
    c.firstName = m_firstNameEdit->text().trimmed();
    c.lastName = m_lastNameEdit->text().trimmed();
    const QString raw = m_phoneEdit->text().trimmed();
    if (auto phone = PhoneNumbers::normalize(raw, m_countryCombo->currentData().toString())) {
        c.phone = phone->e164;
        c.phoneType = phone->type;
    } else {
        c.phone = raw;
    }
    c.email = m_emailEdit->text().trimmed();
    c.country = m_countryCombo->currentData().toString();
    c.city = m_cityEdit->text().trimmed();
    c.language = m_languageCombo->currentData().toString();
    c.timeZone = m_timeZoneCombo->currentText().trimmed();
    c.birthdayMonth = m_birthdayMonthCombo->currentData().toInt();
    const bool known = c.birthdayMonth > 0;
    c.birthdayDay = known ? m_birthdayDaySpin->value() : 0;
    c.birthdayYear
        = known && m_birthdayYearSpin->value() != m_birthdayYearSpin->minimum() ? m_birthdayYearSpin->value() : 0;
    c.tags = editedTags();
    return c;
}

QStringList ContactCardDialog::problems() const
{
    QStringList out;
    if (!m_found) {
        return out;
    }
    const QString raw = m_phoneEdit->text().trimmed();
    if (raw.isEmpty()) {
        out << tr("A contact needs a phone number.");
    } else if (auto phone = PhoneNumbers::normalize(raw, m_countryCombo->currentData().toString()); !phone) {
        out << tr("Phone: %1").arg(phone.errorMessage());
    }
    const QString email = m_emailEdit->text().trimmed();
    static const QRegularExpression emailPattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.isEmpty() && !emailPattern.match(email).hasMatch()) {
        out << tr("“%1” is not an email address.").arg(email);
    }
    const QString zone = m_timeZoneCombo->currentText().trimmed();
    if (!zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toUtf8())) {
        out << tr("“%1” is not a time zone; pick one from the list, e.g. Europe/Warsaw.").arg(zone);
    }
    const int month = m_birthdayMonthCombo->currentData().toInt();
    if (month > 0) {
        const int year = m_birthdayYearSpin->value() != m_birthdayYearSpin->minimum() ? m_birthdayYearSpin->value()
                                                                                      : 2000; // a leap year
        if (!QDate(year, month, m_birthdayDaySpin->value()).isValid()) {
            out << tr("The birthday %1 %2 does not exist.")
                       .arg(m_birthdayDaySpin->value())
                       .arg(QLocale().standaloneMonthName(month));
        }
    }
    return out + fieldProblems();
}

QStringList ContactCardDialog::fieldProblems() const
{
    QStringList out;
    QStringList names;
    for (int row = 0; m_fieldsTable && row < m_fieldsTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_fieldsTable->item(row, 0);
        const QTableWidgetItem* value = m_fieldsTable->item(row, 1);
        const QString n = name ? name->text().trimmed() : QString();
        const QString v = value ? value->text().trimmed() : QString();
        if (n.isEmpty() && !v.isEmpty()) {
            out << tr("The custom field with the value “%1” needs a name.").arg(v);
        } else if (!n.isEmpty() && names.contains(n, Qt::CaseInsensitive)) {
            out << tr("There are two custom fields named “%1”.").arg(n);
        }
        names << n;
    }
    return out;
}

bool ContactCardDialog::isModified() const
{
    if (!m_found) {
        return false;
    }
    const Contact edited = editedContact();
    const Contact& c = m_contact;
    QStringList before = c.tags;
    QStringList after = edited.tags;
    before.sort(Qt::CaseInsensitive);
    after.sort(Qt::CaseInsensitive);
    return edited.firstName != c.firstName || edited.lastName != c.lastName || edited.phone != c.phone
        || edited.email != c.email || edited.country != c.country.toUpper() || edited.city != c.city
        || edited.language != c.language || edited.timeZone != c.timeZone || edited.birthdayMonth != c.birthdayMonth
        || edited.birthdayDay != c.birthdayDay || edited.birthdayYear != c.birthdayYear || before != after
        || editedCustomFields() != m_customFields;
}

bool ContactCardDialog::save()
{
    if (!m_found) {
        return false;
    }
    const QStringList wrong = problems();
    if (!wrong.isEmpty()) {
        m_messageWidget->showMessage(wrong.join(u'\n'), MessageWidget::Type::Error);
        m_tabs->setCurrentIndex(wrong.size() == fieldProblems().size() ? 1 : 0);
        return false;
    }
    if (!isModified()) {
        return true;
    }
    const Contact edited = editedContact();
    const QHash<QString, QString> fields = editedCustomFields();
    ContactRepository repository(m_database);
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        if (auto updated = repository.update(edited); !updated) {
            return updated;
        }
        if (auto tagged = repository.setTags(edited.id, edited.tags); !tagged) {
            return tagged;
        }
        return repository.setCustomFields(edited.id, fields);
    });
    if (!done) {
        m_messageWidget->showMessage(done.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    if (auto reread = repository.find(edited.id)) {
        m_contact = reread.value();
    }
    m_customFields = ContactValues::customFields(m_database, edited.id);
    m_changed = true;
    m_titleLabel->setText(m_contact.displayName());
    setWindowTitle(tr("Contact: %1").arg(m_contact.displayName()));
    loadFields();
    m_messageWidget->hide();
    emit contactChanged(m_contact.id);
    return true;
}

bool ContactCardDialog::recordConsent(const ConsentEvent& event)
{
    if (!m_found) {
        return false;
    }
    ContactRepository repository(m_database);
    auto done = m_database.writeTransaction([&] { return repository.recordConsent(m_contact.id, event); });
    if (!done) {
        m_messageWidget->showMessage(done.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    if (auto reread = repository.find(m_contact.id)) {
        m_contact.marketingConsent = reread->marketingConsent;
        m_contact.consentChangedAt = reread->consentChangedAt;
    }
    m_changed = true;
    reloadConsent();
    m_messageWidget->showMessage(event.action == ConsentEvent::Action::OptIn
            ? tr("The opt-in was added to the consent ledger.")
            : tr("The opt-out was added to the consent ledger."),
        MessageWidget::Type::Positive);
    emit contactChanged(m_contact.id);
    return true;
}

void ContactCardDialog::handleRecordConsent(bool optIn)
{
    ConsentEventDialog dialog(
        optIn ? ConsentEvent::Action::OptIn : ConsentEvent::Action::OptOut, m_contact.displayName(), this);
    if (dialog.exec() == QDialog::Accepted) {
        recordConsent(dialog.consentEvent());
    }
}

void ContactCardDialog::reloadConsent()
{
    QString state = tr("Marketing: %1").arg(consentName(m_contact.marketingConsent));
    if (m_contact.consentChangedAt.isValid()) {
        state = tr("Marketing: %1 since %2")
                    .arg(consentName(m_contact.marketingConsent),
                        QLocale().toString(m_contact.consentChangedAt.toLocalTime(), QLocale::ShortFormat));
    }
    m_consentStateLabel->setText(state);
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT occurred_at, CASE action WHEN 'opt_in' THEN ? ELSE ? END, "
              "CASE purpose WHEN 'marketing' THEN ? ELSE ? END, method, source, wording, evidence "
              "FROM consent_events WHERE contact_id = ? ORDER BY occurred_at DESC, id DESC"_s);
    q.addBindValue(tr("Opted in"));
    q.addBindValue(tr("Opted out"));
    q.addBindValue(tr("Marketing"));
    q.addBindValue(tr("Transactional"));
    q.addBindValue(m_contact.id);
    if (!q.exec()) {
        m_messageWidget->showMessage(Database::errorFrom(q, u"consent history"_s).message, MessageWidget::Type::Error);
    }
    fillTable(m_consentTable, q, {0});
    m_tabs->setTabText(2, tr("&Consent history (%1)").arg(m_consentTable->rowCount()));
}

void ContactCardDialog::reloadMessages()
{
    // By contact and by number: messages sent before the contact was linked count too.
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT created_at, ?, body, state, error_message FROM messages WHERE contact_id = ? OR phone = ? "
              "UNION ALL SELECT received_at, ?, body, keyword, '' FROM inbound WHERE contact_id = ? OR from_phone = ? "
              "ORDER BY 1 DESC LIMIT ?"_s);
    q.addBindValue(tr("Sent"));
    q.addBindValue(m_contact.id);
    q.addBindValue(m_contact.phone);
    q.addBindValue(tr("Received"));
    q.addBindValue(m_contact.id);
    q.addBindValue(m_contact.phone);
    q.addBindValue(s_messageLimit);
    if (!q.exec()) {
        m_messageWidget->showMessage(Database::errorFrom(q, u"message history"_s).message, MessageWidget::Type::Error);
    }
    fillTable(m_messagesTable, q, {0});
    const int rows = m_messagesTable->rowCount();
    m_messagesTable->setVisible(rows > 0);
    m_messagesEmptyLabel->setVisible(rows == 0);
    m_tabs->setTabText(3, tr("&Messages (%1)").arg(rows));
}

void ContactCardDialog::accept()
{
    if (!m_found) {
        QDialog::reject();
        return;
    }
    if (save()) {
        QDialog::accept();
    }
}

void ContactCardDialog::reject()
{
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    const bool close = MessageBox::resolveUnsavedChanges(
        this, tr("Contact"), tr("Save the changes to %1?").arg(m_contact.displayName()), [this] { return save(); },
        [] {});
    if (close) {
        QDialog::reject();
    }
}

} // namespace Herald
