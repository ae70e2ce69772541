// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProviderAccount.h"

#include "TwilioGateway.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

SmsCounter::Options ProviderAccount::counterOptions() const
{
    SmsCounter::Options counter;
    const QStringList codes = options.value(QStringLiteral("national_language_tables"))
                                  .toString()
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    counter.languages.clear();
    for (const QString& code : codes) {
        const QString c = code.trimmed().toLower();
        if (c == QStringLiteral("tr")) {
            counter.languages.append(NationalLanguage::Turkish);
        } else if (c == QStringLiteral("es")) {
            counter.languages.append(NationalLanguage::Spanish);
        } else if (c == QStringLiteral("pt")) {
            counter.languages.append(NationalLanguage::Portuguese);
        }
    }
    counter.nationalLanguageTables = !counter.languages.isEmpty();
    return counter;
}

namespace
{

const QString s_columns = u"id, name, provider, base_url, sender, options, rate_per_second, is_default"_s;

ProviderAccount fromQuery(const QSqlQuery& q)
{
    ProviderAccount a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.provider = q.value(2).toString();
    a.baseUrl = q.value(3).toString();
    a.sender = q.value(4).toString();
    a.options = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    a.ratePerSecond = q.value(6).isNull() ? 0.0 : q.value(6).toDouble();
    a.isDefault = q.value(7).toInt() != 0;
    return a;
}

} // namespace

QString ProviderAccounts::simulatorAccountName()
{
    return u"Simulator"_s;
}

ProviderCredentials ProviderAccounts::simulatorCredentials()
{
    // Not a secret: the Simulator only runs on 127.0.0.1 and checks the shape of the SID.
    return {u"AC00000000000000000000000000000000"_s, QString(), u"simulator"_s};
}

QString ProviderAccounts::simulatorSender()
{
    return u"+15005550006"_s;
}

ProviderAccounts::ProviderAccounts(Database& database)
    : m_database(database)
{
}

QStringList ProviderAccounts::supportedProviders()
{
    return {u"simulator"_s, u"twilio"_s};
}

Result<QList<ProviderAccount>> ProviderAccounts::list() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT %1 FROM provider_accounts ORDER BY id"_s.arg(s_columns))) {
        return Database::errorFrom(q, u"list accounts"_s);
    }
    QList<ProviderAccount> accounts;
    while (q.next()) {
        accounts.append(fromQuery(q));
    }
    return accounts;
}

Result<ProviderAccount> ProviderAccounts::find(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT %1 FROM provider_accounts WHERE id = ?"_s.arg(s_columns));
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"find account"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no provider account %1.").arg(id)};
    }
    return fromQuery(q);
}

Result<ProviderAccount> ProviderAccounts::findByName(const QString& name) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT %1 FROM provider_accounts WHERE name = ?"_s.arg(s_columns));
    q.addBindValue(name);
    if (!q.exec()) {
        return Database::errorFrom(q, u"find account"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no provider account named “%1”.").arg(name)};
    }
    return fromQuery(q);
}

Result<ProviderAccount> ProviderAccounts::defaultAccount() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT %1 FROM provider_accounts ORDER BY is_default DESC, id LIMIT 1"_s.arg(s_columns))) {
        return Database::errorFrom(q, u"default account"_s);
    }
    if (!q.next()) {
        return Error {tr("The workspace has no provider account.")};
    }
    return fromQuery(q);
}

Result<qint64> ProviderAccounts::add(const ProviderAccount& account)
{
    if (account.name.trimmed().isEmpty()) {
        return Error {tr("An account needs a name.")};
    }
    if (!supportedProviders().contains(account.provider)) {
        return Error {tr("Unknown provider “%1”; Herald supports: %2.")
                          .arg(account.provider, supportedProviders().join(u", "_s))};
    }
    if (!account.baseUrl.isEmpty()) {
        const QUrl url(account.baseUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty()) {
            return Error {tr("“%1” is not an http(s) address.").arg(account.baseUrl)};
        }
        // Plain HTTP would put credentials on the wire in clear: only for a local Simulator.
        if (url.scheme() == u"http"_s && url.host() != u"127.0.0.1"_s && url.host() != u"localhost"_s) {
            return Error {tr("Only a local Simulator may use plain http; use https for “%1”.").arg(url.host())};
        }
    }
    if (account.ratePerSecond < 0) {
        return Error {tr("The rate must be a positive number of messages per second.")};
    }
    if (account.provider == u"twilio"_s) {
        static const QRegularExpression sidPattern(u"^AC[0-9a-fA-F]{32}$"_s);
        if (!sidPattern.match(account.options.value(u"account_sid"_s).toString()).hasMatch()) {
            return Error {tr("A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): "
                             "--option account_sid=AC…")};
        }
        if (account.sender.isEmpty()) {
            return Error {tr("A Twilio account needs a sender number: --from +1…")};
        }
    }
    if (findByName(account.name)) {
        return Error {tr("An account named “%1” already exists.").arg(account.name)};
    }
    auto existing = m_database.scalar(u"SELECT count(*) FROM provider_accounts"_s);
    if (!existing) {
        return existing.error();
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q = m_database.query();
    q.prepare(u"INSERT INTO provider_accounts (name, provider, base_url, sender, options, rate_per_second, "
              "is_default, created_at, updated_at) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, ?)"_s);
    q.addBindValue(account.name.trimmed());
    q.addBindValue(account.provider);
    q.addBindValue(account.baseUrl);
    q.addBindValue(account.sender);
    q.addBindValue(QString::fromUtf8(QJsonDocument(account.options).toJson(QJsonDocument::Compact)));
    q.addBindValue(account.ratePerSecond > 0 ? QVariant(account.ratePerSecond) : QVariant());
    q.addBindValue(existing.value().toLongLong() == 0 || account.isDefault ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        return Database::errorFrom(q, u"add account"_s);
    }
    return q.lastInsertId().toLongLong();
}

Result<qint64> ProviderAccounts::ensureSimulatorAccount(Database& database)
{
    auto id = database.scalar(u"SELECT id FROM provider_accounts WHERE provider = 'simulator' ORDER BY id LIMIT 1"_s);
    if (!id) {
        return id.error();
    }
    if (!id.value().isNull()) {
        return id.value().toLongLong();
    }
    ProviderAccount account;
    account.name = simulatorAccountName();
    account.provider = u"simulator"_s;
    account.sender = simulatorSender();
    account.options = {{u"account_sid"_s, simulatorCredentials().accountId}};
    return ProviderAccounts(database).add(account);
}

Result<ProviderCredentials> ProviderAccounts::credentialsFromEnvironment(
    const ProviderAccount& account, const QString& secretEnv)
{
    ProviderCredentials credentials;
    if (account.isSimulator()) {
        credentials = simulatorCredentials();
        credentials.accountId = account.options.value(u"account_sid"_s).toString(credentials.accountId);
        if (secretEnv.isEmpty() && account.options.value(u"secret_env"_s).toString().isEmpty()) {
            return credentials;
        }
    }
    credentials.accountId = account.options.value(u"account_sid"_s).toString(credentials.accountId);
    credentials.keyId = account.options.value(u"api_key"_s).toString();
    const QString variable = secretEnv.isEmpty() ? account.options.value(u"secret_env"_s).toString() : secretEnv;
    if (variable.isEmpty()) {
        return Error {tr("No secret for the account “%1”: pass --secret-env VARIABLE.").arg(account.name)};
    }
    const QByteArray value = qgetenv(variable.toLocal8Bit().constData());
    if (value.isEmpty()) {
        return Error {tr("The environment variable %1 is empty or not set.").arg(variable)};
    }
    credentials.secret = QString::fromUtf8(value);
    return credentials;
}

Result<SmsGateway*> ProviderAccounts::createGateway(
    const ProviderAccount& account, const GatewayConfig& config, QNetworkAccessManager* network, QObject* parent)
{
    if (account.provider == u"twilio"_s || account.provider == u"simulator"_s) {
        GatewayConfig c = config;
        if (c.baseUrl.isEmpty()) {
            if (account.isSimulator()) {
                return Error {tr("The Simulator is not running.")};
            }
            c.baseUrl = QUrl(u"https://api.twilio.com"_s);
        }
        return static_cast<SmsGateway*>(new TwilioGateway(c, network, parent));
    }
    return Error {tr("Herald cannot send through “%1” yet.").arg(account.provider)};
}

} // namespace Herald
