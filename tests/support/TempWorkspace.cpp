// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TempWorkspace.h"

using namespace Qt::StringLiterals;

namespace Herald::Test
{

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(u"test.herald"_s))
{
    reopen();
}

TempWorkspace::~TempWorkspace() = default;

bool TempWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = Workspace::open(m_path);
    if (!opened) {
        m_error = opened.errorMessage();
        return false;
    }
    m_workspace = std::move(opened).value();
    return true;
}

void TempWorkspace::close()
{
    m_workspace.reset();
}

} // namespace Herald::Test
