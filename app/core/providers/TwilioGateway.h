// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmsGateway.h"

#include <QJsonObject>
#include <QNetworkReply>

class QNetworkAccessManager;
class QNetworkRequest;
class QUrlQuery;

namespace Herald
{

// Twilio Programmable Messaging, API 2010-04-01 (providers.md §1), also spoken by the Simulator.
//
// Send: form-encoded POST /2010-04-01/Accounts/{Sid}/Messages.json with From, To, Body and HTTP
// Basic auth. No StatusCallback: a desktop cannot receive webhooks, statuses are polled. The
// attempt key travels as the I-Twilio-Idempotency-Token header; Twilio documents no
// de-duplication for it, so exactly-once rests on lookup, but the Simulator records it.
// Lookup and polling: GET Messages.json filtered by To / From and DateSent (day granularity),
// PageSize=1000, following next_page_uri; GET Messages/{Sid}.json when the sid is known.
class TwilioGateway final : public SmsGateway
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000;
    // Pages a lookup reads at most before it gives up as unsure.
    static constexpr int MaxLookupPages = 10;

    TwilioGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~TwilioGateway() override;
    Q_DISABLE_COPY_MOVE(TwilioGateway)

    QString providerName() const override;
    GatewayCapabilities capabilities() const override;

    void send(const OutgoingMessage& message, SendCallback done) override;
    void lookup(const LookupQuery& query, LookupCallback done) override;
    void pollStatuses(const QDate& since, const QString& page, PageCallback done) override;
    void pollInbound(const QDate& since, const QString& page, PageCallback done) override;

    // Twilio's error code of a failed create, mapped to what the worker should do.
    static SendOutcome classifyError(int httpStatus, int twilioCode);
    // One Message resource as JSON → value.
    static ProviderMessage parseMessage(const QJsonObject& object);
    // RFC 2822 dates as Twilio writes them ("Thu, 24 Aug 2023 05:01:45 +0000"), in UTC.
    static QDateTime parseDate(const QString& text);

    const GatewayConfig& config() const
    {
        return m_config;
    }

private:
    QNetworkRequest makeRequest(const QUrl& url) const;
    QUrl messagesUrl(const QString& suffix = QString()) const;
    QUrl pageUrl(const QString& relativeOrQuery) const;
    void listPage(const QUrl& url, PageCallback done);
    void lookupPage(const LookupQuery& query, const QUrl& url, int pagesRead, LookupCallback done);

    GatewayConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace Herald
