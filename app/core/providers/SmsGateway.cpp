// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SmsGateway.h"

using namespace Qt::StringLiterals;

namespace Herald
{

QString sendOutcomeName(SendOutcome outcome)
{
    switch (outcome) {
    case SendOutcome::Accepted:
        return u"accepted"_s;
    case SendOutcome::RateLimited:
        return u"rate-limited"_s;
    case SendOutcome::Transient:
        return u"transient"_s;
    case SendOutcome::Ambiguous:
        return u"ambiguous"_s;
    case SendOutcome::Permanent:
        return u"permanent"_s;
    case SendOutcome::RecipientOptedOut:
        return u"opted-out"_s;
    case SendOutcome::AccountProblem:
        return u"account-problem"_s;
    }
    return {};
}

SendOutcome SmsGateway::classifyHttpStatus(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300) {
        return SendOutcome::Accepted;
    }
    if (httpStatus == 429) {
        return SendOutcome::RateLimited;
    }
    if (httpStatus == 401 || httpStatus == 403 || httpStatus == 402) {
        return SendOutcome::AccountProblem;
    }
    if (httpStatus >= 500 || httpStatus == 408) {
        // A server error after the request arrived may still have created the message
        // (Twilio 20500: "not idempotent"), so it is settled by lookup, not retried blindly.
        return SendOutcome::Ambiguous;
    }
    if (httpStatus >= 400) {
        return SendOutcome::Permanent;
    }
    return SendOutcome::Ambiguous;
}

} // namespace Herald
