// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Application.h"

#include "Icons.h"
#include "Workspace.h"
#include "WorkspaceSetup.h"
#include "contacts/DemoWorkspace.h"
#include "logging/EventLog.h"
#include "logging/LogCategories.h"
#include "settings/Settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Herald
{

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setOrganizationName(u"Herald"_s);
    setApplicationName(u"Herald"_s);
    setApplicationDisplayName(u"Herald"_s);
    setApplicationVersion(QStringLiteral(HERALD_VERSION));
    setDesktopFileName(QStringLiteral(HERALD_APP_ID));
    setWindowIcon(Icons::application());
    EventLog::installMessageHandler();

    m_settings = std::make_unique<Settings>();
    Settings::setInstance(m_settings.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Herald: SMS campaigns for small shops"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringList {u"db"_s, u"workspace"_s}, tr("Open the workspace file <path>."), tr("path"));
    parser.addOption(dbOption);
    // Packaging smoke test: start on a throw-away workspace, show the window, quit (app/main.cpp).
    QCommandLineOption smokeTestOption(u"smoke-test"_s);
    smokeTestOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(smokeTestOption);
    parser.process(*this);
    m_requestedWorkspace = parser.value(dbOption);
    m_smokeTest = parser.isSet(smokeTestOption);

    installTranslations(m_settings->uiLanguage());
}

Application::~Application()
{
    m_workspace.reset();
    Settings::setInstance(nullptr);
}

void Application::installTranslations(const QString& language)
{
    for (QTranslator* translator : std::as_const(m_translators)) {
        removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();

    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto load = [this](const QLocale& forLocale, const QString& name, const QString& dir) {
        auto* translator = new QTranslator(this);
        if (translator->load(forLocale, name, u"_"_s, dir)) {
            installTranslator(translator);
            m_translators.append(translator);
            return true;
        }
        delete translator;
        return false;
    };
    // English is the source language, but its plural forms ("1 contact", "2 contacts") live in
    // herald_en: it is the fallback whenever the locale has no translation of its own.
    if (!load(locale, u"herald"_s, u":/i18n"_s)) {
        load(QLocale(QLocale::English), u"herald"_s, u":/i18n"_s);
    }
    load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    setLayoutDirection(locale.textDirection());
}

Result<void> Application::start()
{
    QString path = m_requestedWorkspace;
    bool firstStart = false;
    if (path.isEmpty()) {
        path = m_settings->lastWorkspace();
        if (path.isEmpty() || !QFileInfo::exists(path)) {
            path = Workspace::defaultPath();
            firstStart = !QFileInfo::exists(path);
        }
    }
    return openWorkspace(path, firstStart);
}

Result<void> Application::openWorkspace(const QString& path, bool withDemoData)
{
    // Release the current workspace's lock first, so reopening the same file works.
    const QString previous = m_workspace ? m_workspace->path() : QString();
    if (m_workspace) {
        emit workspaceAboutToClose();
    }
    m_workspace.reset();

    const QFileInfo file(path);
    const bool isNew = !file.exists() || file.size() == 0;
    // Opening a workspace made by an older Herald upgrades it first (a backup, then the schema
    // steps): seconds for a large outbox. The busy cursor says Herald is working.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = Workspace::open(path);
    QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        if (!previous.isEmpty()) {
            if (auto back = Workspace::open(previous)) {
                m_workspace = std::move(back).value();
            }
        }
        emit workspaceChanged();
        return opened.error();
    }
    m_workspace = std::move(opened).value();
    if (isNew) {
        if (auto setup = WorkspaceSetup::addStarterContent(m_workspace->database()); !setup) {
            qCWarning(lcWorkspace).noquote() << tr("Could not add the starter templates: %1").arg(setup.errorMessage());
        }
    }
    if (withDemoData) {
        auto demo = DemoWorkspace::populate(m_workspace->database());
        if (!demo) {
            qCWarning(lcWorkspace).noquote() << tr("Could not add the demo data: %1").arg(demo.errorMessage());
        }
    }
    m_settings->setLastWorkspace(m_workspace->path());
    emit workspaceChanged();
    return {};
}

int Application::reportStartupFailure(const QString& message)
{
    QMessageBox::critical(nullptr, tr("Herald cannot start"), message);
    return 1;
}

} // namespace Herald
