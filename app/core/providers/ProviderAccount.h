// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsGateway.h"
#include "sms/SmsCounter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace Herald
{

class Database;

// A row of provider_accounts: where and how to send, never the secret itself.
//
// options (JSON) keys used so far, none of them secret: "account_sid" (Twilio AC…), "api_key"
// (Twilio SK…, or Vonage's 8-character API key), "auth_id" (Plivo MA…/SA…), "powerpack_uuid"
// (Plivo, instead of a sender), "reports_api" (Vonage: false when the account lacks the paid
// Reports API), "reports_url" (Vonage: another Reports API host), the generic HTTP provider's
// request description (url, method, headers, body, content_type, id_path, success_path,
// success_value, error_path, test_url: see HttpGateway.h), "secret_env" (the name of an
// environment variable holding the secret, for headless use), "segments_per_second" (a second
// limit beside rate_per_second, which counts messages).
struct ProviderAccount
{
    qint64 id = 0;
    QString name;
    QString provider; // "twilio", "simulator", …
    QString baseUrl; // empty: the provider's public API (for the Simulator: start one in-process)
    QString sender; // From
    QJsonObject options;
    double ratePerSecond = 0; // messages/s; 0 = the provider's default
    bool isDefault = false;

    bool isSimulator() const
    {
        return provider == QStringLiteral("simulator");
    }
    double segmentsPerSecond() const
    {
        return options.value(QStringLiteral("segments_per_second")).toDouble();
    }
    // How parts are counted for this account. National language shift tables are used only
    // when the account names the ones its provider supports, e.g. the option
    // national_language_tables=tr,es,pt; everyone else gets plain GSM-7 / UCS-2.
    SmsCounter::Options counterOptions() const;
};

// provider_accounts on one connection, and the gateway of an account.
class ProviderAccounts final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderAccounts)

public:
    // The Simulator's fixed, deliberately public credentials and sender.
    static QString simulatorAccountName(); // "Simulator"
    static ProviderCredentials simulatorCredentials();
    static QString simulatorSender();

    explicit ProviderAccounts(Database& database);

    // Providers with an adapter: simulator, twilio, infobip, plivo, vonage, smsapi, http.
    static QStringList supportedProviders();
    // Whether account has what its provider needs (ids, sender, addresses); the error says what
    // is missing in words for the user. add() and createGateway() ask it.
    static Result<void> validateOptions(const ProviderAccount& account);

    Result<QList<ProviderAccount>> list() const;
    Result<ProviderAccount> find(qint64 id) const;
    Result<ProviderAccount> findByName(const QString& name) const;
    // The account marked default, else the first one; an error when there is none.
    Result<ProviderAccount> defaultAccount() const;
    // Validates and inserts; the first account becomes the default. Returns the id.
    Result<qint64> add(const ProviderAccount& account);

    // Makes sure the workspace has the built-in Simulator account (the default account of a new
    // workspace) and returns its id. Safe to call any number of times.
    static Result<qint64> ensureSimulatorAccount(Database& database);

    // The credentials of account from values that are not secret (options) and, for the
    // secret, the environment variable named by secretEnv or the account's "secret_env" option.
    // The Simulator's are fixed. An error says what is missing.
    static Result<ProviderCredentials> credentialsFromEnvironment(
        const ProviderAccount& account, const QString& secretEnv = QString());

    // The adapter for account, owned by parent, using network for its requests.
    static Result<SmsGateway*> createGateway(
        const ProviderAccount& account, const GatewayConfig& config, QNetworkAccessManager* network, QObject* parent);

private:
    Database& m_database;
};

} // namespace Herald
