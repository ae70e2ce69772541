// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Herald
{

// A token bucket on a monotonic clock: rate tokens per second, at most burst saved up. It
// never waits itself; delayMs() says when to try again, so the caller can arm a QTimer.
//
// A request for more tokens than the burst (a 5-part message against a 1 segment/s limit) is
// granted once the bucket is full and leaves it in debt, so the average rate still holds.
class TokenBucket final
{
public:
    TokenBucket() = default; // unlimited
    TokenBucket(double ratePerSecond, double burst);

    bool isUnlimited() const
    {
        return m_rate <= 0;
    }
    double rate() const
    {
        return m_rate;
    }

    // Milliseconds (rounded up) until n tokens can be taken at nowNs; 0 when they can now.
    qint64 delayMs(double n, qint64 nowNs);
    // Takes n tokens at nowNs (call only when delayMs() returned 0).
    void take(double n, qint64 nowNs);

private:
    void refill(qint64 nowNs);

    double m_rate = 0;
    double m_burst = 1;
    double m_tokens = 0;
    qint64 m_lastNs = -1;
};

} // namespace Herald
