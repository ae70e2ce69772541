// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmsGateway.h"

namespace Herald
{

// Plivo Message API (providers.md §4). HTTP Basic auth_id:auth_token; the auth_id (MA… or SA…,
// not secret) comes from the account option "auth_id" and is part of every path.
//
// Send: POST /v1/Account/{auth_id}/Message/ with JSON {src, dst, text, type: "sms"} (or
// powerpack_uuid instead of src, from the option of that name) → 202 with one message_uuid.
// Lookup: GET …/Message/{uuid}/ when the uuid is known. Otherwise Plivo keeps no client reference
// and no text in its records, so the outbound messages to the recipient from our sender since the
// request are listed: exactly one is "found", none is "absent" (once the listing had time to
// catch up), several are "unsure".
// Polling: GET …/Message/?message_direction=outbound|inbound&message_time__gte=…, 20 per page
// (the maximum), following meta.next. The List API allows 20 requests a minute, which the
// capabilities pass on as minPollIntervalMs.
class PlivoGateway final : public SmsGateway
{
    Q_OBJECT

public:
    static constexpr int PageSize = 20; // the List API's maximum
    static constexpr int ListIntervalMs = 3000; // 20 requests per minute
    static constexpr int LookupSettleMs = 60 * 1000;
    static constexpr int LookupSkewSeconds = 120; // clock skew allowed between us and Plivo

    PlivoGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~PlivoGateway() override;
    Q_DISABLE_COPY_MOVE(PlivoGateway)

    QString providerName() const override;
    GatewayCapabilities capabilities() const override;

    void send(const OutgoingMessage& message, SendCallback done) override;
    void lookup(const LookupQuery& query, LookupCallback done) override;
    void pollStatuses(const QDate& since, const QString& page, PageCallback done) override;
    void pollInbound(const QDate& since, const QString& page, PageCallback done) override;

    // One Message Detail Record → value (numbers in E.164, Plivo's states as they are: they are
    // Twilio's words already).
    static ProviderMessage parseMessage(const QJsonObject& object);
    // Plivo's time filter format: "YYYY-MM-DD HH:MM:SS" in UTC.
    static QString filterTime(const QDateTime& when);

    QString authId() const;

private:
    QNetworkRequest makeRequest(const QUrl& url) const;
    QUrl messageUrl(const QString& uuid = QString(), const QUrlQuery& query = QUrlQuery()) const;
    void listPage(const QUrl& url, PageCallback done);
    void poll(const QString& direction, const QDate& since, const QString& page, PageCallback done);

    GatewayConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace Herald
