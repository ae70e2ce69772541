// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Workspace.h"

#include <QTemporaryDir>

#include <memory>

namespace Herald::Test
{

// A workspace in a fresh temporary folder, removed with the object.
class TempWorkspace final
{
public:
    TempWorkspace();
    ~TempWorkspace();

    // The opened workspace; QFAIL-style checks belong to the caller (isOpen()).
    bool isOpen() const
    {
        return m_workspace != nullptr;
    }
    QString errorMessage() const
    {
        return m_error;
    }
    Workspace& workspace()
    {
        return *m_workspace;
    }
    Database& database()
    {
        return m_workspace->database();
    }
    QString path() const
    {
        return m_path;
    }
    QString dir() const
    {
        return m_dir.path();
    }
    // Closes the workspace (releasing its lock) and opens it again.
    bool reopen();
    void close();

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace Herald::Test
