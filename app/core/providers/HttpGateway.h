// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsGateway.h"

#include <QCoreApplication>
#include <QStringList>

namespace Herald
{

// A provider Herald has no adapter for, described by the account's options:
//
//   url          where to send; absolute, or a path after the account's base URL; may hold
//                placeholders (URL-encoded there). Without it, the base URL itself.
//   method       POST (default) or GET (everything in the URL).
//   headers      a JSON object of header → value template, e.g. {"Authorization": "Bearer {secret}"}
//                (also accepted as the text of such an object).
//   body         the body template, e.g. to={to}&text={body} or {"to": "{to}", "text": "{body}"}.
//   content_type default application/json when the body template starts with { or [, else
//                application/x-www-form-urlencoded.
//   id_path      where the message id is in the JSON answer: a dotted path whose numeric parts
//                index arrays, e.g. messages.0.id. Required.
//   success_path optional: the answer is a success only if this value exists and is truthy, or,
//                with success_value, equals it as text (e.g. messages.0.status = 0).
//   error_path   optional: where the answer explains a refusal, for the user.
//   test_url     optional: a read-only address (same headers) for "Test connection".
//
// Placeholders: {to} (E.164 with +), {to_digits}, {from}, {body}, {key} (our attempt key) and
// {secret}. They are replaced in one pass, so text that contains "{secret}" never expands into
// the secret; values are percent-encoded in URLs and form bodies, JSON-escaped in JSON bodies,
// and kept as they are (without line breaks) in headers. Nothing can be polled or looked up.
class HttpGateway final : public SmsGateway
{
    Q_OBJECT

public:
    enum class Encoding
    {
        Url, // percent-encoded: URLs and form bodies
        Json, // escaped for the inside of a JSON string
        Header, // as it is, line breaks removed
    };

    // The options, read and checked once.
    struct Spec
    {
        QString url;
        QByteArray method = "POST";
        QList<std::pair<QString, QString>> headers;
        QString body;
        QString contentType;
        QString idPath;
        QString successPath;
        QString successValue;
        bool hasSuccessValue = false;
        QString errorPath;
        QString testUrl;

        bool jsonBody() const
        {
            return contentType.contains(QStringLiteral("json"), Qt::CaseInsensitive);
        }
    };

    // The spec of options, or an error in words for the user. baseUrl is the account's.
    static Result<Spec> specFrom(const QJsonObject& options, const QString& baseUrl);

    HttpGateway(GatewayConfig config, Spec spec, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~HttpGateway() override;
    Q_DISABLE_COPY_MOVE(HttpGateway)

    QString providerName() const override;
    GatewayCapabilities capabilities() const override;

    void send(const OutgoingMessage& message, SendCallback done) override;
    void lookup(const LookupQuery& query, LookupCallback done) override;
    void pollStatuses(const QDate& since, const QString& page, PageCallback done) override;
    void pollInbound(const QDate& since, const QString& page, PageCallback done) override;
    void testConnection(CheckCallback done) override;

    // Replaces the placeholders of text in one pass with values encoded for their place.
    static QString expand(const QString& text, const QHash<QString, QString>& values, Encoding encoding);
    // The value at a dotted path ("messages.0.id") of a JSON document; undefined when absent.
    static QJsonValue valueAt(const QJsonDocument& document, const QString& path);
    // A JSON value as text: strings as they are, integral numbers without a decimal point.
    static QString valueText(const QJsonValue& value);
    // The address of a url option: absolute, or a path and query after base; placeholders expanded.
    static QUrl resolve(const QUrl& base, const QString& urlTemplate, const QHash<QString, QString>& values);

private:
    QHash<QString, QString> placeholders(const OutgoingMessage* message) const;
    QNetworkRequest makeRequest(const QUrl& url, const QHash<QString, QString>& values) const;

    GatewayConfig m_config;
    Spec m_spec;
    QNetworkAccessManager* m_network;
};

} // namespace Herald
