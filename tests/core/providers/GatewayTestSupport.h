// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/SmsGateway.h"

#include <QTest>

#include <optional>

Q_DECLARE_METATYPE(Herald::SendOutcome)

// Waits (bounded) for one callback of an adapter; an empty optional means it never came.
namespace GatewayWait
{

constexpr int TimeoutMs = 15000;

inline Herald::OutgoingMessage message(const QString& to, const QString& body = QStringLiteral("Hello"),
    const QString& key = QStringLiteral("00000000-0000-4000-8000-000000000001"))
{
    Herald::OutgoingMessage m;
    m.messageId = 1;
    m.to = to;
    m.body = body;
    m.attemptKey = key;
    return m;
}

inline std::optional<Herald::SendResult> send(Herald::SmsGateway& gateway, const Herald::OutgoingMessage& m)
{
    std::optional<Herald::SendResult> result;
    gateway.send(m, [&result](const Herald::SendResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
    return result;
}

inline std::optional<Herald::LookupResult> lookup(Herald::SmsGateway& gateway, const Herald::LookupQuery& query)
{
    std::optional<Herald::LookupResult> result;
    gateway.lookup(query, [&result](const Herald::LookupResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
    return result;
}

inline std::optional<Herald::MessagePage> statuses(
    Herald::SmsGateway& gateway, const QDate& since, const QString& page = QString())
{
    std::optional<Herald::MessagePage> result;
    gateway.pollStatuses(since, page, [&result](const Herald::MessagePage& p) { result = p; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
    return result;
}

inline std::optional<Herald::MessagePage> inbound(
    Herald::SmsGateway& gateway, const QDate& since, const QString& page = QString())
{
    std::optional<Herald::MessagePage> result;
    gateway.pollInbound(since, page, [&result](const Herald::MessagePage& p) { result = p; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
    return result;
}

inline std::optional<Herald::ConnectionCheck> check(Herald::SmsGateway& gateway)
{
    std::optional<Herald::ConnectionCheck> result;
    gateway.testConnection([&result](const Herald::ConnectionCheck& c) { result = c; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, TimeoutMs);
    return result;
}

} // namespace GatewayWait
