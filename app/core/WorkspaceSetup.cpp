// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WorkspaceSetup.h"

#include "providers/ProviderAccount.h"
#include "segments/SegmentRepository.h"
#include "templates/TemplateRepository.h"

namespace Herald
{

Result<void> WorkspaceSetup::addStarterContent(Database& database)
{
    if (auto templates = TemplateRepository(database).addStarterLibrary(); !templates) {
        return templates.error();
    }
    if (auto segments = SegmentRepository(database).addBuiltinSegments(); !segments) {
        return segments.error();
    }
    // The built-in Simulator lets a new user try everything without a provider account.
    if (auto simulator = ProviderAccounts::ensureSimulatorAccount(database); !simulator) {
        return simulator.error();
    }
    return {};
}

} // namespace Herald
