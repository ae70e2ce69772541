// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WorkspaceSetup.h"

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
    return {};
}

} // namespace Herald
