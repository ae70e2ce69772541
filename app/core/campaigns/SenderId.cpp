// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SenderId.h"

#include "sms/GsmCharset.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

bool allDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9') {
            return false;
        }
    }
    return !text.isEmpty();
}

} // namespace

SenderId::Kind SenderId::classify(const QString& sender)
{
    return problem(sender).isEmpty()
        ? (allDigits(QStringView(sender).mid(sender.startsWith(u'+') ? 1 : 0)) ? Kind::Numeric : Kind::Alphanumeric)
        : Kind::Invalid;
}

QString SenderId::problem(const QString& sender)
{
    if (sender.isEmpty()) {
        return tr("The campaign has no sender: set one on the provider account or the campaign.");
    }
    const QStringView digits = QStringView(sender).mid(sender.startsWith(u'+') ? 1 : 0);
    if (allDigits(digits)) {
        if (digits.size() > MaxDigits) {
            return tr("The sender “%1” has more than %2 digits.").arg(sender).arg(MaxDigits);
        }
        return {};
    }
    if (sender.startsWith(u'+')) {
        return tr("The sender “%1” starts with “+” but is not a phone number.").arg(sender);
    }
    if (sender.size() > MaxAlphanumeric) {
        return tr("The sender name “%1” is longer than %2 characters.").arg(sender).arg(MaxAlphanumeric);
    }
    bool hasLetter = false;
    for (const QChar c : sender) {
        if (GsmCharset::septets(c.unicode()) != 1) {
            return tr("The sender name “%1” contains “%2”, which is not a plain GSM character.").arg(sender, c);
        }
        hasLetter = hasLetter || c.isLetter();
    }
    if (!hasLetter) {
        return tr("The sender name “%1” needs at least one letter.").arg(sender);
    }
    return {};
}

bool SenderId::refusesAlphanumeric(const QString& region)
{
    const QString code = region.toUpper();
    return code == u"US"_s || code == u"CA"_s || code == u"PR"_s;
}

} // namespace Herald
