// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PriceTable.h"

using namespace Qt::StringLiterals;

namespace Herald
{

PriceTable::PriceTable()
    : m_currency(u"USD"_s)
    , m_prices{
          {u"US"_s, 8'300},   {u"CA"_s, 8'300},   {u"GB"_s, 43'600},  {u"IE"_s, 75'000},  {u"DE"_s, 86'800},
          {u"FR"_s, 82'800},  {u"ES"_s, 80'000},  {u"IT"_s, 80'000},  {u"NL"_s, 96'000},  {u"PL"_s, 42'000},
          {u"RO"_s, 61'700},  {u"CZ"_s, 59'000},  {u"RU"_s, 370'000}, {u"UA"_s, 160'000}, {u"TW"_s, 77'300},
          {u"HK"_s, 64'000},  {u"CN"_s, 45'000},  {u"AE"_s, 48'000},  {u"SA"_s, 52'000},  {u"EG"_s, 110'000},
          {u"IN"_s, 83'000},  {u"AU"_s, 51'500},  {u"BR"_s, 62'000},  {u"MX"_s, 55'000},  {u"TR"_s, 14'000},
      }
    , m_fallback(60'000)
{
}

qint64 PriceTable::pricePerPartMicros(const QString& country) const
{
    return m_prices.value(country.toUpper(), m_fallback);
}

void PriceTable::setPricePerPartMicros(const QString& country, qint64 micros)
{
    m_prices.insert(country.toUpper(), micros);
}

} // namespace Herald
