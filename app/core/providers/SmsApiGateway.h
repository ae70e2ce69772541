// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmsGateway.h"

namespace Herald
{

// SMSAPI (smsapi.com, smsapi.pl; providers.md §2).
//
// Send: form-encoded POST /sms.do with format=json, the recipient's digits, the text, the sender
// and an OAuth token as "Authorization: Bearer". The attempt key travels as idx with check_idx=1:
// SMSAPI then refuses, for 24 hours, a second request with the same idx (error 53). That makes a
// re-send of an ambiguous message safe: either it is accepted now (the first attempt never
// arrived) or it is refused as a duplicate, which proves the first attempt was accepted; send()
// reports the latter as Accepted with SendResult::duplicate. The worker may use this instead of
// lookup while GatewayCapabilities::idempotencyWindowSeconds has not passed since the first try.
//
// Errors arrive as HTTP 200 with {"error": code, "message": …}. SMSAPI documents no way to ask
// for a message's status or to list replies (both are callbacks only), so lookup() always
// answers Unsure and the capabilities say there is nothing to poll. The connection check reads
// one entry of the account's blacklist, which sends nothing and costs nothing.
class SmsApiGateway final : public SmsGateway
{
    Q_OBJECT

public:
    static constexpr int DuplicateIdxError = 53; // non-unique idx with check_idx=1
    static constexpr int IdempotencyWindowSeconds = 24 * 3600;

    SmsApiGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~SmsApiGateway() override;
    Q_DISABLE_COPY_MOVE(SmsApiGateway)

    QString providerName() const override;
    GatewayCapabilities capabilities() const override;

    void send(const OutgoingMessage& message, SendCallback done) override;
    void lookup(const LookupQuery& query, LookupCallback done) override;
    void pollStatuses(const QDate& since, const QString& page, PageCallback done) override;
    void pollInbound(const QDate& since, const QString& page, PageCallback done) override;
    void testConnection(CheckCallback done) override;

    // An SMSAPI error code (and the error body, for invalid_numbers) → what the worker should do.
    // 53 is not an error for us: send() turns it into a duplicate acceptance before this is asked.
    static SendOutcome classifyError(int code, const QJsonObject& body = QJsonObject());

private:
    QNetworkRequest makeRequest(const QUrl& url) const;
    void unavailablePage(PageCallback done);

    GatewayConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace Herald
