// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Herald
{

// Price of one SMS part by destination country, for cost estimates before sending.
//
// The defaults are typical list prices of large providers in late 2026, in US dollars, and
// only an estimate: the real price is what the provider bills. Campaign pre-flight lets the
// user edit the table.
class PriceTable final
{
public:
    static constexpr qint64 MicrosPerUnit = 1'000'000;

    PriceTable();

    QString currency() const
    {
        return m_currency;
    }
    // Micro-units of currency() per part sent to country (ISO code); the fallback for unknown ones.
    qint64 pricePerPartMicros(const QString& country) const;
    void setPricePerPartMicros(const QString& country, qint64 micros);
    qint64 fallbackMicros() const
    {
        return m_fallback;
    }

private:
    QString m_currency;
    QHash<QString, qint64> m_prices;
    qint64 m_fallback = 0;
};

} // namespace Herald
