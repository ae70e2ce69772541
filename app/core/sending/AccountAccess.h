// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/SmsGateway.h"

#include <QUrl>

namespace Herald
{

// How to reach an account right now: values that are not in the database (the secret, and the
// address of a Simulator started for this session).
struct AccountAccess
{
    QUrl baseUrl; // empty: the account's own base URL
    ProviderCredentials credentials;
};

} // namespace Herald
