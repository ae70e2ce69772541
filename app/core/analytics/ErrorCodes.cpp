// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ErrorCodes.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString twilio(int code)
{
    switch (code) {
    case 21211:
        return ErrorCodes::tr("The phone number is not valid.");
    case 21408:
        return ErrorCodes::tr("Sending to this country is not enabled on the account.");
    case 21610:
        return ErrorCodes::tr("The recipient replied STOP earlier: the provider blocks messages to them.");
    case 21611:
        return ErrorCodes::tr("The sender's queue was full: too many messages at once.");
    case 21612:
        return ErrorCodes::tr("The provider cannot route a message between these two numbers.");
    case 21614:
        return ErrorCodes::tr("The number is not a mobile number.");
    case 20429:
        return ErrorCodes::tr("Too many requests: the provider asked to slow down.");
    case 30001:
        return ErrorCodes::tr("The message waited too long in the provider's queue.");
    case 30002:
        return ErrorCodes::tr("The provider account is suspended.");
    case 30003:
        return ErrorCodes::tr("The handset is switched off or out of reach.");
    case 30004:
        return ErrorCodes::tr("The recipient blocked messages from this sender.");
    case 30005:
        return ErrorCodes::tr("The number does not exist or is no longer in use.");
    case 30006:
        return ErrorCodes::tr("A landline or a number the carrier cannot reach.");
    case 30007:
        return ErrorCodes::tr("The carrier filtered the message as spam.");
    case 30008:
        return ErrorCodes::tr("The carrier did not say why the message was not delivered.");
    case 30034:
        return ErrorCodes::tr("The sender number is not registered for US 10DLC messaging.");
    case 30036:
        return ErrorCodes::tr("The message expired before it could be delivered.");
    default:
        break;
    }
    if (code >= 30000 && code < 31000) {
        return ErrorCodes::tr("The carrier did not deliver the message (provider error %1).").arg(code);
    }
    if (code >= 21000 && code < 22000) {
        return ErrorCodes::tr("The provider refused the message when it was sent (error %1).").arg(code);
    }
    if (code >= 20000 && code < 21000) {
        return ErrorCodes::tr("The provider refused the request (account or API error %1).").arg(code);
    }
    return {};
}

QString infobip(int code)
{
    switch (code) {
    case 1:
    case 5:
        return ErrorCodes::tr("The number does not exist or is no longer in use.");
    case 6:
    case 27:
        return ErrorCodes::tr("The handset is switched off or out of reach.");
    case 9:
        return ErrorCodes::tr("The carrier does not allow messages to this number.");
    case 13:
        return ErrorCodes::tr("The recipient's line is barred.");
    case 31:
    case 33:
        return ErrorCodes::tr("The handset's memory is full or it is busy.");
    case 32:
    case 34:
        return ErrorCodes::tr("The carrier failed to deliver the message.");
    default:
        break;
    }
    return {};
}

QString plivo(int code)
{
    switch (code) {
    case 10:
        return ErrorCodes::tr("The carrier rejected the content of the message.");
    case 20:
        return ErrorCodes::tr("A network error at the carrier.");
    case 30:
        return ErrorCodes::tr("The carrier filtered the message as spam.");
    case 40:
        return ErrorCodes::tr("The sender number is not valid for this destination.");
    case 50:
        return ErrorCodes::tr("The phone number is not valid.");
    case 60:
        return ErrorCodes::tr("A message loop was detected.");
    case 70:
        return ErrorCodes::tr("The number does not exist or is no longer in use.");
    case 80:
        return ErrorCodes::tr("The handset is switched off or out of reach.");
    case 90:
        return ErrorCodes::tr("The provider has no route to this destination.");
    case 100:
        return ErrorCodes::tr("The carrier prohibits this message.");
    case 110:
        return ErrorCodes::tr("The message is too long.");
    case 200:
        return ErrorCodes::tr("The recipient replied STOP earlier: the provider blocks messages to them.");
    case 900:
        return ErrorCodes::tr("The provider account has no credit left.");
    case 1000:
        return ErrorCodes::tr("The carrier did not say why the message was not delivered.");
    default:
        break;
    }
    return {};
}

QString vonage(int code)
{
    switch (code) {
    case 1:
    case 99:
    case 1330:
        return ErrorCodes::tr("The carrier did not say why the message was not delivered.");
    case 2:
        return ErrorCodes::tr("The handset is switched off or out of reach.");
    case 3:
    case 33:
        return ErrorCodes::tr("The number does not exist or is no longer in use.");
    case 4:
        return ErrorCodes::tr("The recipient blocked messages from this sender.");
    case 6:
        return ErrorCodes::tr("The carrier filtered the message as spam.");
    case 7:
        return ErrorCodes::tr("The handset's memory is full or it is busy.");
    case 8:
        return ErrorCodes::tr("A network error at the carrier.");
    case 9:
    case 1170:
        return ErrorCodes::tr("The phone number is not valid.");
    case 11:
    case 1250:
        return ErrorCodes::tr("The provider has no route to this destination.");
    case 14:
    case 1050:
        return ErrorCodes::tr("The carrier blocks messages to this number.");
    case 15:
    case 1070:
        return ErrorCodes::tr("The provider account has no credit left.");
    case 1000:
        return ErrorCodes::tr("Too many requests: the provider asked to slow down.");
    case 1120:
        return ErrorCodes::tr("The sender ID is not allowed.");
    case 1240:
        return ErrorCodes::tr("The recipient replied STOP earlier: the provider blocks messages to them.");
    default:
        break;
    }
    return {};
}

QString smsapi(int code)
{
    switch (code) {
    case 11:
        return ErrorCodes::tr("The message is empty or too long.");
    case 13:
        return ErrorCodes::tr("The phone number is not valid or is blacklisted.");
    case 14:
        return ErrorCodes::tr("The sender ID is not allowed.");
    case 52:
        return ErrorCodes::tr("Too many messages to one number in a short time.");
    case 57:
        return ErrorCodes::tr("The recipient is on the account's blacklist.");
    case 101:
        return ErrorCodes::tr("The provider did not accept the credentials.");
    case 103:
        return ErrorCodes::tr("The provider account has no credit left.");
    case 105:
        return ErrorCodes::tr("The provider refused this computer's IP address.");
    default:
        break;
    }
    return {};
}

} // namespace

QString ErrorCodes::meaning(const QString& provider, const QString& code)
{
    // Herald's own codes first: they mean the same for every provider.
    if (code.isEmpty()) {
        return tr("No error code was given.");
    }
    if (code == u"status-expired"_s) {
        return tr("No delivery report came within 7 days: the outcome is unknown.");
    }
    if (code == u"unreadable-response"_s) {
        return tr("The provider's answer could not be read.");
    }
    if (code == u"refused"_s) {
        return tr("The provider refused the message without saying why.");
    }
    if (code.startsWith(u"http-"_s)) {
        const int status = code.mid(5).toInt();
        if (status == 429) {
            return tr("Too many requests: the provider asked to slow down.");
        }
        if (status == 401 || status == 403) {
            return tr("The provider did not accept the credentials.");
        }
        if (status >= 500) {
            return tr("The provider had an internal problem (HTTP %1).").arg(status);
        }
        return tr("The provider refused the request (HTTP %1).").arg(status);
    }
    bool numeric = false;
    const int n = code.toInt(&numeric);
    if (!numeric) {
        return tr("A network or provider problem (%1).").arg(code);
    }
    QString text;
    if (provider == u"twilio"_s || provider == u"simulator"_s) {
        text = twilio(n);
    } else if (provider == u"infobip"_s) {
        text = infobip(n);
    } else if (provider == u"plivo"_s) {
        text = plivo(n);
    } else if (provider == u"vonage"_s) {
        text = vonage(n);
    } else if (provider == u"smsapi"_s) {
        text = smsapi(n);
    }
    if (text.isEmpty()) {
        // Codes are specific to each provider: say whose code it is rather than guess.
        text = tr("Provider error %1: see the provider's list of error codes.").arg(code);
    }
    return text;
}

} // namespace Herald
