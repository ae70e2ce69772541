// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Herald
{

// The "From" of a campaign, checked against what networks accept
// (reliability-and-compliance.md §2, Sender ID): a phone number or short code of up to 15
// digits (a leading "+" allowed), or an alphanumeric name of 1–11 characters of the GSM basic
// alphabet with at least one letter. Alphanumeric senders are one-way (nobody can reply STOP)
// and are not accepted for numbers in the United States, Canada and Puerto Rico.
class SenderId final
{
    Q_DECLARE_TR_FUNCTIONS(SenderId)

public:
    enum class Kind
    {
        Invalid,
        Numeric,
        Alphanumeric,
    };

    static constexpr int MaxAlphanumeric = 11;
    static constexpr int MaxDigits = 15;

    static Kind classify(const QString& sender);
    // Why sender is invalid, in the user's language; empty when it is valid.
    static QString problem(const QString& sender);
    // Whether an alphanumeric sender is refused for numbers of region (ISO code).
    static bool refusesAlphanumeric(const QString& region);
};

} // namespace Herald
