// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmsGateway.h"

namespace Herald
{

// Vonage (Nexmo) SMS API with the Reports API for polling (providers.md §3a, §3c).
//
// Send: form-encoded POST /sms/json on rest.nexmo.com with api_key (the account option
// "api_key", not secret) and api_secret in the body, from, to (digits), text, type=unicode when
// the text needs UCS-2, and client-ref = our attempt key. The answer is always HTTP 200; each
// element of messages[] is one part of the SMS with its own status: "0" accepted, "1" throttled
// (→ RateLimited, nothing was sent), others per classifyStatus(). A long text answers with one
// element per part: the message counts as accepted as soon as one part was (re-sending would
// repeat that part), with the first part's message-id as its id and the failure of the others in
// errorMessage.
//
// Polling and lookup: GET /v2/reports/records on api.nexmo.com (Basic api_key:api_secret), a paid
// Vonage product: product=SMS, direction outbound or inbound, windows of at most 24 hours
// (date_start/date_end) followed one after the other from since to now, or id=… for one message.
// A lookup without the id searches the day after the request for our client-ref. Each SMS part
// is a record of its own; the first part's record carries the message's id. Inbound parts are
// not reassembled (the records lack the concatenation reference). The option reports_api=false
// turns polling off for accounts without the Reports API.
class VonageGateway final : public SmsGateway
{
    Q_OBJECT

public:
    static constexpr int ThrottledStatus = 1;
    static constexpr int MaxClientRefLength = 40;
    static constexpr int LookupSettleMs = 60 * 1000;
    static constexpr int LookupSkewSeconds = 120;

    VonageGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~VonageGateway() override;
    Q_DISABLE_COPY_MOVE(VonageGateway)

    QString providerName() const override;
    GatewayCapabilities capabilities() const override;

    void send(const OutgoingMessage& message, SendCallback done) override;
    void lookup(const LookupQuery& query, LookupCallback done) override;
    void pollStatuses(const QDate& since, const QString& page, PageCallback done) override;
    void pollInbound(const QDate& since, const QString& page, PageCallback done) override;
    void testConnection(CheckCallback done) override;

    // A submission status of the SMS API ("0".."33") → what the worker should do.
    static SendOutcome classifyStatus(int status);
    // A Reports API status (delivered, expired, failed, rejected, accepted, buffered, unknown,
    // deleted) → Twilio's word; empty for "unknown".
    static QString statusWord(const QString& reportStatus);
    // One Reports API record → value.
    static ProviderMessage parseRecord(const QJsonObject& object, bool inbound);

    QString apiKey() const;
    bool reportsEnabled() const;

private:
    QNetworkRequest reportsRequest(const QUrl& url) const;
    QUrl reportsBase() const;
    QUrl recordsUrl(const QString& direction, const QDateTime& start, const QDateTime& end) const;
    void poll(const QString& direction, const QDate& since, const QString& page, PageCallback done);
    void readRecords(const QUrl& url, bool inbound, PageCallback done);
    void lookupPage(const LookupQuery& query, const QUrl& url, int pagesRead, LookupCallback done);

    GatewayConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace Herald
