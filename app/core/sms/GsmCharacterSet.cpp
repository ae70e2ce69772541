// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GsmCharacterSet.h"

#include <algorithm>

namespace Herald
{

GsmCharacterSet::GsmCharacterSet(std::u16string_view characters)
{
    for (const char16_t c : characters) {
        m_bits[c >> 6] |= std::uint64_t(1) << (c & 63U);
    }
}

bool GsmCharacterSet::isEmpty() const
{
    return std::all_of(m_bits.begin(), m_bits.end(), [](std::uint64_t word) { return word == 0; });
}

QString GsmCharacterSet::toString() const
{
    QString result;
    for (int c = 0; c <= 0xFFFF; ++c) {
        if (contains(char16_t(c))) {
            result.append(QChar(char16_t(c)));
        }
    }
    return result;
}

} // namespace Herald
