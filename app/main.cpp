// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Application.h"
#include "MainWindow.h"
#include "settings/Settings.h"

#include <QListWidget>
#include <QMetaEnum>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace
{

// --smoke-test, run by the packaging test against the installed binary: opens a throw-away
// workspace with demo data, shows the main window, lets the event loop run once, and exits 0
// only if every pane came up with an icon. Prints one machine-readable line, untranslated.
int runSmokeTest(Herald::Application& app, const QTemporaryDir& dir)
{
    if (!dir.isValid()) {
        std::fprintf(stderr, "smoke-test: failed: %s\n", qUtf8Printable(dir.errorString()));
        return 1;
    }
    // The throw-away workspace must not become the one the next real start opens.
    const QString lastWorkspace = app.settings().lastWorkspace();
    auto opened = app.openWorkspace(dir.filePath(u"smoke.herald"_s), true);
    app.settings().setLastWorkspace(lastWorkspace);
    if (!opened) {
        std::fprintf(stderr, "smoke-test: failed: %s\n", qUtf8Printable(opened.errorMessage()));
        return 1;
    }
    Herald::MainWindow window(app);
    window.show();
    int panes = 0;
    int icons = 0;
    QTimer::singleShot(0, &app, [&] {
        if (const auto* list = window.findChild<QListWidget*>(u"navigationList"_s); list && window.isVisible()) {
            panes = list->count();
            for (int row = 0; row < panes; ++row) {
                icons += list->item(row)->icon().pixmap(22).isNull() ? 0 : 1;
            }
        }
        app.quit();
    });
    app.exec();
    const int expected = QMetaEnum::fromType<Herald::MainWindow::Pane>().keyCount();
    const bool ok = panes == expected && icons == expected;
    std::printf("smoke-test: %s: %d of %d panes, %d icons\n", ok ? "ok" : "failed", panes, expected, icons);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    // Declared before the application, which keeps the smoke test's workspace open until it ends.
    std::unique_ptr<QTemporaryDir> smokeTestDir;
    Herald::Application app(argc, argv);
    if (app.isSmokeTest()) {
        smokeTestDir = std::make_unique<QTemporaryDir>();
        return runSmokeTest(app, *smokeTestDir);
    }
    auto startup = app.start();
    if (!startup) {
        return app.reportStartupFailure(startup.errorMessage());
    }
    Herald::MainWindow window(app);
    window.show();
    return app.exec();
}
