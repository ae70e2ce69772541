// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

namespace Herald
{

// The characters of one GSM 7-bit table as a bitmap over the BMP, so that a membership test in
// the counter's hot loop is one load and one mask (no hashing, no allocation).
class GsmCharacterSet final
{
public:
    GsmCharacterSet() = default;
    explicit GsmCharacterSet(std::u16string_view characters);

    bool contains(char16_t c) const
    {
        return (m_bits[c >> 6] >> (c & 63U)) & 1U;
    }
    bool isEmpty() const;
    // The characters in code point order, for tests and previews.
    QString toString() const;

private:
    std::array<std::uint64_t, 1024> m_bits {};
};

} // namespace Herald
