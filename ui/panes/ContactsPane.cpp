// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactsPane.h"

#include "ContactListModel.h"
#include "MessageWidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

ContactsPane::ContactsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new ContactListModel(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_importButton(new QPushButton(QIcon(u":/icons/import.svg"_s), tr("&Import CSV…"), this))
    , m_messageWidget(new MessageWidget(this))
{
    m_view->setObjectName(u"contactsView"_s);
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

    m_view->setModel(m_model);
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
    layout->addWidget(m_view, 1);

    connect(m_importButton, &QPushButton::clicked, this, &ContactsPane::importRequested);
    connect(m_model, &ContactListModel::totalCountChanged, this, &ContactsPane::handleCountChanged);
    connect(m_model, &ContactListModel::loadFailed, this,
        [this](const QString& message) { m_messageWidget->showMessage(message, MessageWidget::Type::Error); });
    handleCountChanged(0);
}

ContactsPane::~ContactsPane() = default;

void ContactsPane::setDatabase(Database* database)
{
    m_model->setDatabase(database);
}

void ContactsPane::handleCountChanged(qint64 count)
{
    m_countLabel->setText(tr("%n contact(s)", nullptr, int(qMin<qint64>(count, INT_MAX))));
    emit contactCountChanged(count);
}

} // namespace Herald
