// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactCardDialog.h"

#include "contacts/ContactRepository.h"
#include "contacts/ContactValues.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString when(const QVariant& seconds)
{
    if (seconds.isNull()) {
        return QString();
    }
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds.toLongLong()).toLocalTime(), QLocale::ShortFormat);
}

// A read-only table filled from a query; columns are the query's columns in order.
QTableWidget* tableFromQuery(QSqlQuery& q, const QStringList& headers, const QList<int>& timeColumns, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    while (q.next()) {
        const int row = table->rowCount();
        table->insertRow(row);
        for (int column = 0; column < headers.size(); ++column) {
            const QString text = timeColumns.contains(column) ? when(q.value(column)) : q.value(column).toString();
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(text);
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    return table;
}

} // namespace

ContactCardDialog::ContactCardDialog(Database& database, qint64 contactId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"contactCardDialog"_s);
    auto* layout = new QVBoxLayout(this);
    auto found = ContactRepository(database).find(contactId);
    if (!found) {
        layout->addWidget(new QLabel(found.errorMessage(), this));
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(buttons);
        return;
    }
    const Contact& c = found.value();
    setWindowTitle(tr("Contact: %1").arg(c.displayName()));

    auto* title = new QLabel(c.displayName(), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"contactTabs"_s);

    auto* details = new QWidget(tabs);
    auto* form = new QFormLayout(details);
    const QLocale locale;
    form->addRow(tr("Phone:"), new QLabel(u"%1 (%2)"_s.arg(c.phone, c.phoneType), details));
    form->addRow(tr("Email:"), new QLabel(c.email, details));
    const QHash<QString, QString> values = ContactValues::forContact(c, QString());
    form->addRow(
        tr("City and country:"), new QLabel(u"%1 %2"_s.arg(c.city, values.value(u"country"_s)).trimmed(), details));
    form->addRow(tr("Language:"), new QLabel(c.language, details));
    form->addRow(tr("Time zone:"), new QLabel(c.timeZone, details));
    if (c.birthdayMonth > 0) {
        const QDate birthday(c.birthdayYear > 0 ? c.birthdayYear : 2000, c.birthdayMonth, c.birthdayDay);
        form->addRow(tr("Birthday:"),
            new QLabel(locale.toString(birthday, c.birthdayYear > 0 ? u"d MMMM yyyy"_s : u"d MMMM"_s), details));
    }
    form->addRow(tr("Orders:"),
        new QLabel(tr("%1 orders, %2 in total")
                       .arg(c.ordersCount)
                       .arg(locale.toCurrencyString(double(c.totalSpentMicros) / 1e6, c.currency)),
            details));
    form->addRow(tr("Tags:"), new QLabel(c.tags.join(u", "_s), details));
    for (const auto& [name, value] : ContactValues::customFields(database, contactId).asKeyValueRange()) {
        form->addRow(name + u":"_s, new QLabel(value, details));
    }
    tabs->addTab(details, tr("Details"));

    QSqlQuery q = database.query();
    q.prepare(u"SELECT occurred_at, CASE action WHEN 'opt_in' THEN ? ELSE ? END, purpose, method, source, wording, "
              "evidence FROM consent_events WHERE contact_id = ? ORDER BY occurred_at DESC, id DESC"_s);
    q.addBindValue(tr("Opted in"));
    q.addBindValue(tr("Opted out"));
    q.addBindValue(contactId);
    q.exec();
    auto* consent = tableFromQuery(
        q, {tr("When"), tr("What"), tr("Purpose"), tr("How"), tr("Source"), tr("Wording"), tr("Evidence")}, {0}, tabs);
    consent->setObjectName(u"consentHistoryTable"_s);
    tabs->addTab(consent, tr("Consent history (%1)").arg(consent->rowCount()));

    q.prepare(u"SELECT created_at, ?, body, state, error_message FROM messages WHERE contact_id = ? "
              "UNION ALL SELECT received_at, ?, body, keyword, '' FROM inbound WHERE contact_id = ? "
              "ORDER BY 1 DESC LIMIT 500"_s);
    q.addBindValue(tr("Sent"));
    q.addBindValue(contactId);
    q.addBindValue(tr("Received"));
    q.addBindValue(contactId);
    q.exec();
    auto* messages = tableFromQuery(q, {tr("When"), tr("Direction"), tr("Text"), tr("State"), tr("Error")}, {0}, tabs);
    messages->setObjectName(u"messageHistoryTable"_s);
    tabs->addTab(messages, tr("Messages (%1)").arg(messages->rowCount()));

    layout->addWidget(tabs, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 480);
}

ContactCardDialog::~ContactCardDialog() = default;

} // namespace Herald
