// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TokenBucket.h"

#include <cmath>

namespace Herald
{

TokenBucket::TokenBucket(double ratePerSecond, double burst)
    : m_rate(ratePerSecond)
    , m_burst(qMax(1.0, burst))
    // Start with one token, not a full bucket: a full bucket would open with a burst that
    // overshoots the rate a provider enforces over its first second.
    , m_tokens(1.0)
{
}

void TokenBucket::refill(qint64 nowNs)
{
    if (m_lastNs < 0) {
        m_lastNs = nowNs;
        return;
    }
    const double elapsed = double(nowNs - m_lastNs) / 1e9;
    m_lastNs = nowNs;
    m_tokens = qMin(m_burst, m_tokens + elapsed * m_rate);
}

qint64 TokenBucket::delayMs(double n, qint64 nowNs)
{
    if (isUnlimited()) {
        return 0;
    }
    refill(nowNs);
    const double needed = qMin(n, m_burst);
    if (m_tokens >= needed) {
        return 0;
    }
    return qint64(std::ceil((needed - m_tokens) / m_rate * 1000.0));
}

void TokenBucket::take(double n, qint64 nowNs)
{
    if (isUnlimited()) {
        return;
    }
    refill(nowNs);
    m_tokens -= n;
}

} // namespace Herald
