// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Herald
{

enum class MarketingConsent
{
    Unknown, // no evidence: not sendable for marketing
    OptedIn,
    OptedOut,
};

QString consentToStorage(MarketingConsent consent);
MarketingConsent consentFromStorage(const QString& text);

// One person in the workspace, as the UI and the CLI see it.
struct Contact
{
    qint64 id = 0;
    QString phone; // E.164
    QString phoneType; // "mobile", "fixed_line", …
    QString firstName;
    QString lastName;
    QString email;
    QString country; // ISO 3166-1 alpha-2
    QString city;
    QString language; // e.g. "pl", "zh_TW"
    QString timeZone; // IANA, e.g. "Europe/Warsaw"
    int birthdayYear = 0; // 0 when unknown
    int birthdayMonth = 0;
    int birthdayDay = 0;
    qint64 totalSpentMicros = 0;
    QString currency;
    int ordersCount = 0;
    QDateTime lastOrderAt;
    MarketingConsent marketingConsent = MarketingConsent::Unknown;
    QDateTime consentChangedAt;
    QString source;
    QStringList tags;
    QDateTime createdAt;

    QString displayName() const;
};

// One entry of the consent ledger.
struct ConsentEvent
{
    enum class Action
    {
        OptIn,
        OptOut,
    };
    Action action = Action::OptIn;
    QString purpose = QStringLiteral("marketing"); // or "transactional"
    QDateTime occurredAt;
    QString method; // "web form", "keyword", "import", "in store", "manual"
    QString source; // "import: customers.csv", "checkout", "inbound: STOP"
    QString wording; // the exact words the person agreed to, or sent
    QString evidence; // operator, IP, file hash…
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::Contact)
