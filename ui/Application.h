// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QApplication>
#include <QList>

#include <memory>

class QTranslator;

namespace Herald
{

class Settings;
class Workspace;

// The GUI application: settings, translations, and the open workspace.
//
// start() opens the workspace named by --db, else the last one used, else the default
// workspace, which is created with demo data on the very first start.
class Application final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int& argc, char** argv);
    ~Application() override;

    Result<void> start();
    int reportStartupFailure(const QString& message);

    Settings& settings()
    {
        return *m_settings;
    }
    // nullptr only before start() succeeds.
    Workspace* workspace()
    {
        return m_workspace.get();
    }

    // True when started with the hidden --smoke-test option (see app/main.cpp).
    bool isSmokeTest() const
    {
        return m_smokeTest;
    }

    // Closes the current workspace and opens path (creating it; with demo data if asked).
    Result<void> openWorkspace(const QString& path, bool withDemoData = false);

    // Loads Herald's and Qt's translations for language ("" = system) and sets the layout direction.
    void installTranslations(const QString& language);

signals:
    // Before the open workspace is closed (its database with it): drop every pointer into it.
    void workspaceAboutToClose();
    void workspaceChanged();

private:
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QList<QTranslator*> m_translators;
    QString m_requestedWorkspace;
    bool m_smokeTest = false;
};

} // namespace Herald
