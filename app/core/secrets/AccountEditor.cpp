// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AccountEditor.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Herald
{

AccountEditor::AccountEditor(Database& database)
    : m_database(database)
{
}

Result<void> AccountEditor::update(const ProviderAccount& account)
{
    ProviderAccounts accounts(m_database);
    auto existing = accounts.find(account.id);
    if (!existing) {
        return existing.error();
    }
    const QString name = account.name.trimmed();
    if (name != existing->name) {
        if (auto other = accounts.findByName(name); other && other->id != account.id) {
            return Error {tr("An account named “%1” already exists.").arg(name)};
        }
    }
    return m_database.writeTransaction([&]() -> Result<void> {
        // ProviderAccounts holds the rules an account must follow only in add(): apply them by
        // adding a copy under a name nobody uses, inside a savepoint that is always undone.
        if (auto savepoint = m_database.exec(u"SAVEPOINT validate_account"_s); !savepoint) {
            return savepoint;
        }
        ProviderAccount probe = account;
        probe.name = u"validate-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        probe.isDefault = false;
        auto valid = accounts.add(probe);
        (void)m_database.exec(u"ROLLBACK TO validate_account"_s);
        (void)m_database.exec(u"RELEASE validate_account"_s);
        if (!valid) {
            return valid.error();
        }
        if (account.isDefault) {
            if (auto cleared = m_database.exec(u"UPDATE provider_accounts SET is_default = 0"_s); !cleared) {
                return cleared;
            }
        }
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE provider_accounts SET name = ?, provider = ?, base_url = ?, sender = ?, options = ?, "
                  "rate_per_second = ?, is_default = max(is_default, ?), updated_at = ? WHERE id = ?"_s);
        q.addBindValue(name);
        q.addBindValue(account.provider);
        q.addBindValue(Database::text(account.baseUrl));
        q.addBindValue(Database::text(account.sender));
        q.addBindValue(QString::fromUtf8(QJsonDocument(account.options).toJson(QJsonDocument::Compact)));
        q.addBindValue(account.ratePerSecond > 0 ? QVariant(account.ratePerSecond) : QVariant());
        q.addBindValue(account.isDefault ? 1 : 0);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(account.id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"update account"_s);
        }
        return {};
    });
}

Result<void> AccountEditor::remove(qint64 accountId)
{
    auto account = ProviderAccounts(m_database).find(accountId);
    if (!account) {
        return account.error();
    }
    return m_database.writeTransaction([&]() -> Result<void> {
        auto busy = m_database.scalar(u"SELECT count(*) FROM campaigns WHERE account_id = ? "
                                      "AND state IN ('scheduled', 'sending', 'paused')"_s,
            {accountId});
        if (!busy) {
            return busy.error();
        }
        if (const int count = busy.value().toInt(); count > 0) {
            return Error {tr("The account “%1” is used by %n campaign(s) that have not finished. Let them finish "
                             "or cancel them first.",
                nullptr, count)
                              .arg(account->name)};
        }
        QSqlQuery q = m_database.query();
        q.prepare(u"DELETE FROM provider_accounts WHERE id = ?"_s);
        q.addBindValue(accountId);
        if (!q.exec()) {
            return Database::errorFrom(q, u"remove account"_s);
        }
        if (account->isDefault) {
            if (auto next = m_database.exec(u"UPDATE provider_accounts SET is_default = 1 "
                                            "WHERE id = (SELECT min(id) FROM provider_accounts)"_s);
                !next) {
                return next;
            }
        }
        return {};
    });
}

} // namespace Herald
