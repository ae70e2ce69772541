// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplateListModel.h"

#include "sms/MessageTemplate.h"
#include "sms/OptOutFooter.h"
#include "sms/OptOutFooterStore.h"
#include "sms/SmsCounter.h"
#include "templates/TemplateCategories.h"
#include "templates/TemplateRepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString languageName(const QString& code)
{
    if (code.isEmpty()) {
        return TemplateListModel::tr("Any");
    }
    if (code == u"zh_TW"_s) {
        return u"繁體中文"_s;
    }
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name.isEmpty() ? code : name;
}

} // namespace

TemplateListModel::TemplateListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

TemplateListModel::~TemplateListModel() = default;

void TemplateListModel::setDatabase(Database* database)
{
    m_database = database;
    reload();
}

void TemplateListModel::reload()
{
    beginResetModel();
    m_templates.clear();
    m_parts.clear();
    if (m_database) {
        auto templates = TemplateRepository(*m_database).list();
        if (templates) {
            m_templates = templates.value();
            OptOutFooterStore footers(*m_database);
            for (const Template& t : std::as_const(m_templates)) {
                // Parts of the message as a customer without any known field would get it.
                auto parsed = MessageTemplate::parse(t.body);
                QString text = parsed ? parsed.value().render({}) : t.body;
                if (t.kind == Template::Kind::Marketing) {
                    text = OptOutFooter::append(text, footers.footer(t.language));
                }
                m_parts.append(SmsCounter::count(text).segments);
            }
        } else {
            emit loadFailed(templates.errorMessage());
        }
    }
    endResetModel();
}

Template TemplateListModel::templateAt(int row) const
{
    return row >= 0 && row < m_templates.size() ? m_templates.at(row) : Template();
}

int TemplateListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_templates.size(); ++row) {
        if (m_templates.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Template& t = m_templates.at(index.row());
    if (role == IdRole) {
        return t.id;
    }
    if (role == SearchTextRole) {
        return u"%1\n%2\n%3\n%4"_s.arg(t.name, t.category, TemplateCategories::displayName(t.category), t.body);
    }
    if (role == Qt::ToolTipRole) {
        return t.body;
    }
    if (role != Qt::DisplayRole && role != RawValueRole) {
        return {};
    }
    const bool raw = role == RawValueRole;
    switch (Column(index.column())) {
    case NameColumn:
        return t.name;
    case CategoryColumn:
        return raw ? t.category : TemplateCategories::displayName(t.category);
    case LanguageColumn:
        return raw ? t.language : languageName(t.language);
    case KindColumn:
        if (raw) {
            return int(t.kind);
        }
        return t.kind == Template::Kind::Marketing ? tr("Marketing") : tr("Transactional");
    case PartsColumn:
        return m_parts.value(index.row());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TemplateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case CategoryColumn:
        return tr("Category");
    case LanguageColumn:
        return tr("Language");
    case KindColumn:
        return tr("Kind");
    case PartsColumn:
        return tr("Parts");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Herald
