// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Herald
{

// What an error code of the outbox (messages.error_code) means, in words a shop owner
// understands. Codes come from the provider (Twilio and the Simulator: 5-digit numbers; Infobip:
// error ids; Plivo: 3-digit multiples of ten; Vonage: delivery-receipt codes and Messages API
// codes; SMSAPI: its error numbers) or from Herald itself ("status-expired", "http-503",
// "unreadable-response", network errors).
class ErrorCodes final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCodes)

public:
    // provider: provider_accounts.provider ("twilio", "simulator", "infobip", "plivo", "vonage",
    // "smsapi", "http"). Never empty: an unknown code gets a sentence about its family.
    static QString meaning(const QString& provider, const QString& code);
};

} // namespace Herald
