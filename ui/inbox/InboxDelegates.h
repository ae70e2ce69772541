// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The inbox's two delegates, for the pane and the contact card.
#include "ConversationDelegate.h"
#include "MessageBubbleDelegate.h"
