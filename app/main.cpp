// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Application.h"
#include "MainWindow.h"

int main(int argc, char** argv)
{
    Herald::Application app(argc, argv);
    auto startup = app.start();
    if (!startup) {
        return app.reportStartupFailure(startup.errorMessage());
    }
    Herald::MainWindow window(app);
    window.show();
    return app.exec();
}
