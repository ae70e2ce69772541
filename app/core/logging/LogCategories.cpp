// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcStorage, "herald.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "herald.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "herald.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcContacts, "herald.contacts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSending, "herald.sending", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "herald.ui", QtInfoMsg)
