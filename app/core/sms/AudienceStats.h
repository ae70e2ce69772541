// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PriceTable.h"
#include "Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <atomic>

namespace Herald
{

class Database;

// Who a message is for: a WHERE condition over `contacts c` with bound values.
struct AudienceQuery
{
    QString label; // "Opted-in contacts", a segment's name…
    QString where = QStringLiteral("1");
    QVariantList bindings;
};

// How long a message really is once every recipient's placeholders are filled in and the
// opt-out footer in their language is added: the parts distribution and the cost estimate.
struct AudienceStats
{
    qint64 recipients = 0;
    QMap<int, qint64> partsHistogram; // parts → number of recipients
    qint64 totalParts = 0;
    qint64 ucs2Recipients = 0;
    QString longestText;
    int longestParts = 0;
    qint64 estimatedCostMicros = 0;
    QString currency;

    // "92% 1 part, 8% 2 parts" in the user's language.
    QString distributionText() const;
};

class AudienceAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(AudienceAnalyzer)

public:
    // Renders body for every contact of audience. Runs on any thread with that thread's own
    // connection; stops early (with an error) when cancel becomes true.
    static Result<AudienceStats> analyze(Database& database, const QString& body, bool marketing, bool transliterate,
        const AudienceQuery& audience, const QString& shopName, const PriceTable& prices = PriceTable(),
        const std::atomic<bool>* cancel = nullptr, const QString& utmCampaign = QString());
};

} // namespace Herald
