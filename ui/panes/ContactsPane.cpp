// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactsPane.h"

#include "ContactListModel.h"
#include "MessageWidget.h"
#include "dialogs/ContactCardDialog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

ContactsPane::ContactsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContactListModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_consentCombo(new QComboBox(this))
    , m_tagCombo(new QComboBox(this))
    , m_searchTimer(new QTimer(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_importButton(new QPushButton(QIcon(u":/icons/import.svg"_s), tr("&Import CSV…"), this))
    , m_messageWidget(new MessageWidget(this))
{
    m_view->setObjectName(u"contactsView"_s);
    m_searchEdit->setObjectName(u"contactSearchEdit"_s);
    m_consentCombo->setObjectName(u"consentFilterCombo"_s);
    m_tagCombo->setObjectName(u"tagFilterCombo"_s);
    m_searchEdit->setPlaceholderText(tr("Search names, phone digits, emails, tags"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search contacts"));
    m_consentCombo->addItem(tr("Any consent"), -1);
    m_consentCombo->addItem(tr("Opted in"), int(MarketingConsent::OptedIn));
    m_consentCombo->addItem(tr("Opted out"), int(MarketingConsent::OptedOut));
    m_consentCombo->addItem(tr("No consent"), int(MarketingConsent::Unknown));
    m_consentCombo->setAccessibleName(tr("Filter by marketing consent"));
    m_tagCombo->setAccessibleName(tr("Filter by tag"));
    // Search as you type, without a query for every keystroke of a fast typist.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    m_countLabel->setObjectName(u"contactCountLabel"_s);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setToolTip(tr("Import customers from a CSV export (you can also drop the file on the window)"));

    auto* title = new QLabel(tr("Contacts"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(m_countLabel);
    header->addStretch();
    header->addWidget(m_importButton);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_consentCombo);
    filters->addWidget(m_tagCombo);

    m_view->setModel(m_model);
    // Clear the indicator first: enabling sorting sorts at once by the header's default,
    // which is the first column, descending. Unsorted means the order contacts were added.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(ContactListModel::NameColumn, 200);
    m_view->setColumnWidth(ContactListModel::PhoneColumn, 150);
    m_view->setColumnWidth(ContactListModel::CountryColumn, 140);
    m_view->setColumnWidth(ContactListModel::ConsentColumn, 140);
    m_view->setColumnWidth(ContactListModel::TagsColumn, 180);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messageWidget);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_importButton, &QPushButton::clicked, this, &ContactsPane::importRequested);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPane::applyFilter);
    connect(m_consentCombo, &QComboBox::currentIndexChanged, this, &ContactsPane::applyFilter);
    connect(m_tagCombo, &QComboBox::currentIndexChanged, this, &ContactsPane::applyFilter);
    connect(m_view, &QTableView::activated, this, &ContactsPane::openCurrentContact);
    connect(m_model, &ContactListModel::totalCountChanged, this, &ContactsPane::handleCountChanged);
    connect(m_model, &ContactListModel::loadFailed, this,
        [this](const QString& message) { m_messageWidget->showMessage(message, MessageWidget::Type::Error); });
    handleCountChanged(0);
}

ContactsPane::~ContactsPane() = default;

void ContactsPane::setDatabase(Database* database)
{
    m_database = database;
    reloadTags();
    m_model->setDatabase(database);
}

void ContactsPane::reloadTags()
{
    const QSignalBlocker blocker(m_tagCombo);
    const QString current = m_tagCombo->currentData().toString();
    m_tagCombo->clear();
    m_tagCombo->addItem(tr("Any tag"), QString());
    if (m_database) {
        QSqlQuery q = m_database->query();
        if (q.exec(u"SELECT name FROM tags ORDER BY name COLLATE NOCASE"_s)) {
            while (q.next()) {
                m_tagCombo->addItem(q.value(0).toString(), q.value(0).toString());
            }
        }
    }
    m_tagCombo->setCurrentIndex(qMax(0, m_tagCombo->findData(current)));
}

void ContactsPane::applyFilter()
{
    ContactFilter filter;
    filter.search = m_searchEdit->text();
    const int consent = m_consentCombo->currentData().toInt();
    if (consent >= 0) {
        filter.consent = MarketingConsent(consent);
    }
    filter.tag = m_tagCombo->currentData().toString();
    m_model->setFilter(filter);
}

void ContactsPane::openCurrentContact()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_database || !index.isValid()) {
        return;
    }
    ContactCardDialog card(*m_database, index.data(ContactListModel::IdRole).toLongLong(), this);
    card.exec();
}

void ContactsPane::handleCountChanged(qint64 count)
{
    const int shown = int(qMin<qint64>(count, INT_MAX));
    const int all = int(qMin<qint64>(m_model->workspaceCount(), INT_MAX));
    m_countLabel->setText(m_model->filter().isEmpty() ? tr("%n contact(s)", nullptr, shown)
                                                      : tr("%1 of %n contact(s)", nullptr, all).arg(shown));
    emit contactCountChanged(m_model->workspaceCount());
}

} // namespace Herald
