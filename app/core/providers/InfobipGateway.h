// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SmsGateway.h"

namespace Herald
{

// Infobip SMS API (providers.md §5). The base URL is personal (https://xxxxx.api.infobip.com);
// every request carries "Authorization: App <API key>".
//
// Send: POST /sms/3/messages, JSON, one message with one destination whose messageId is our
// attempt key, so that the provider's id of the message is known before the answer arrives.
// Lookup: GET /sms/3/logs?messageId=… (re-readable for 48 hours): an ambiguous send is found by
// its attempt key even when the answer with the id was lost.
//
// READ-ONCE POLLING. GET /sms/3/reports (delivery reports) and GET /sms/1/inbox/reports
// (replies) hand every item out exactly once: whatever pollStatuses() and pollInbound() return
// is gone from Infobip. The caller must persist every message of a page — whatever campaign it
// belongs to, matched or not — before it acts on it or asks for the next page
// (GatewayCapabilities::readOncePolling). A non-empty nextPage means "more are waiting, call
// again"; since is ignored (Infobip keeps unread reports for 48 hours). testConnection() reads
// one log entry instead, which consumes nothing.
class InfobipGateway final : public SmsGateway
{
    Q_OBJECT

public:
    static constexpr int PageSize = 1000; // the maximum of reports, logs and inbox
    static constexpr int LogRetentionHours = 48;
    // Logs are a separate store from the send endpoint; give them a minute before a missing
    // entry counts as proof that the message was never taken.
    static constexpr int LookupSettleMs = 60 * 1000;

    InfobipGateway(GatewayConfig config, QNetworkAccessManager* network, QObject* parent = nullptr);
    ~InfobipGateway() override;
    Q_DISABLE_COPY_MOVE(InfobipGateway)

    QString providerName() const override;
    GatewayCapabilities capabilities() const override;

    void send(const OutgoingMessage& message, SendCallback done) override;
    void lookup(const LookupQuery& query, LookupCallback done) override;
    void pollStatuses(const QDate& since, const QString& page, PageCallback done) override;
    void pollInbound(const QDate& since, const QString& page, PageCallback done) override;
    void testConnection(CheckCallback done) override;

    // A status object ({groupId, groupName, id, name, description}) → Twilio's word; empty when
    // there is no safe equivalent. DELIVERED_TO_OPERATOR is "sent", never "delivered".
    static QString statusWord(const QJsonObject& status);
    // What a REJECTED status in the send answer means for the worker.
    static SendOutcome classifyRejection(const QJsonObject& status);
    // An HTTP error answer (either error body format) → outcome, code and message.
    static SendOutcome classifyHttpError(int httpStatus, const QJsonObject& body, QString* code, QString* message);
    // One delivery report or log entry (reports, logs; v1 and v3 field names).
    static ProviderMessage parseReport(const QJsonObject& object);
    // One inbound message of the inbox.
    static ProviderMessage parseInbound(const QJsonObject& object);

private:
    QNetworkRequest makeRequest(const QUrl& url) const;
    void readPage(const QUrl& url, bool inbound, PageCallback done);

    GatewayConfig m_config;
    QNetworkAccessManager* m_network;
};

} // namespace Herald
