// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProviderAccount.h"

#include "HttpGateway.h"
#include "InfobipGateway.h"
#include "PlivoGateway.h"
#include "SmsApiGateway.h"
#include "TwilioGateway.h"
#include "VonageGateway.h"
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
    return {u"simulator"_s, u"twilio"_s, u"infobip"_s, u"plivo"_s, u"vonage"_s, u"smsapi"_s, u"http"_s};
}

Result<void> ProviderAccounts::validateOptions(const ProviderAccount& account)
{
    const QJsonObject& options = account.options;
    const QString provider = account.provider;
    if (provider == u"twilio"_s) {
        static const QRegularExpression sidPattern(u"^AC[0-9a-fA-F]{32}$"_s);
        if (!sidPattern.match(options.value(u"account_sid"_s).toString()).hasMatch()) {
            return Error {tr("A Twilio account needs its Account SID (AC followed by 32 hexadecimal digits): "
                             "--option account_sid=AC…")};
        }
        if (account.sender.isEmpty()) {
            return Error {tr("A Twilio account needs a sender number: --from +1…")};
        }
    } else if (provider == u"infobip"_s) {
        // Infobip gives every account its own address; there is no shared public one.
        if (account.baseUrl.isEmpty()) {
            return Error {tr("An Infobip account needs its personal API address: --base-url "
                             "https://xxxxx.api.infobip.com")};
        }
    } else if (provider == u"plivo"_s) {
        static const QRegularExpression authIdPattern(u"^[A-Z]{2}[A-Z0-9]{18}$"_s);
        if (!authIdPattern.match(options.value(u"auth_id"_s).toString()).hasMatch()) {
            return Error {tr("A Plivo account needs its Auth ID (20 letters and digits, e.g. MA…): "
                             "--option auth_id=MA…")};
        }
        if (account.sender.isEmpty() && options.value(u"powerpack_uuid"_s).toString().isEmpty()) {
            return Error {tr("A Plivo account needs a sender (--from +1…) or a Powerpack: "
                             "--option powerpack_uuid=…")};
        }
    } else if (provider == u"vonage"_s) {
        static const QRegularExpression keyPattern(u"^[0-9A-Za-z]{8}$"_s);
        if (!keyPattern.match(options.value(u"api_key"_s).toString()).hasMatch()) {
            return Error {tr("A Vonage account needs its API key (8 letters and digits): --option api_key=…")};
        }
        if (account.sender.isEmpty()) {
            return Error {tr("A Vonage account needs a sender, a number or a name: --from …")};
        }
    } else if (provider == u"smsapi"_s) {
        static const QRegularExpression senderPattern(u"^(\\+?[0-9]{3,15}|[0-9A-Za-z .-]{1,11})$"_s);
        if (!account.sender.isEmpty() && !senderPattern.match(account.sender).hasMatch()) {
            return Error {tr("“%1” is not an SMSAPI sender name (up to 11 letters and digits, or a number).")
                              .arg(account.sender)};
        }
    } else if (provider == u"http"_s) {
        auto spec = HttpGateway::specFrom(options, account.baseUrl);
        if (!spec) {
            return spec.error();
        }
    }
    return {};
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
    if (auto valid = validateOptions(account); !valid) {
        return valid.error();
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
    if (account.provider == u"plivo"_s) {
        credentials.accountId = account.options.value(u"auth_id"_s).toString();
    }
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
    GatewayConfig c = config;
    c.options = account.options;
    const QString& provider = account.provider;
    if (provider == u"twilio"_s || provider == u"simulator"_s) {
        if (c.baseUrl.isEmpty()) {
            if (account.isSimulator()) {
                return Error {tr("The Simulator is not running.")};
            }
            c.baseUrl = QUrl(u"https://api.twilio.com"_s);
        }
        return static_cast<SmsGateway*>(new TwilioGateway(c, network, parent));
    }
    if (auto valid = validateOptions(account); !valid) {
        return valid.error();
    }
    if (provider == u"infobip"_s) {
        if (c.baseUrl.isEmpty()) {
            c.baseUrl = QUrl(account.baseUrl);
        }
        return static_cast<SmsGateway*>(new InfobipGateway(c, network, parent));
    }
    if (provider == u"plivo"_s) {
        if (c.baseUrl.isEmpty()) {
            c.baseUrl = QUrl(u"https://api.plivo.com"_s);
        }
        return static_cast<SmsGateway*>(new PlivoGateway(c, network, parent));
    }
    if (provider == u"vonage"_s) {
        if (c.baseUrl.isEmpty()) {
            c.baseUrl = QUrl(u"https://rest.nexmo.com"_s);
        }
        return static_cast<SmsGateway*>(new VonageGateway(c, network, parent));
    }
    if (provider == u"smsapi"_s) {
        if (c.baseUrl.isEmpty()) {
            c.baseUrl = QUrl(u"https://api.smsapi.com"_s);
        }
        return static_cast<SmsGateway*>(new SmsApiGateway(c, network, parent));
    }
    if (provider == u"http"_s) {
        auto spec
            = HttpGateway::specFrom(account.options, c.baseUrl.isEmpty() ? account.baseUrl : c.baseUrl.toString());
        if (!spec) {
            return spec.error();
        }
        if (c.baseUrl.isEmpty()) {
            c.baseUrl = QUrl(account.baseUrl);
        }
        return static_cast<SmsGateway*>(new HttpGateway(c, std::move(spec).value(), network, parent));
    }
    return Error {tr("Herald cannot send through “%1” yet.").arg(account.provider)};
}

} // namespace Herald
