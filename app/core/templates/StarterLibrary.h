// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "Template.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Herald
{

// The starter templates shipped with Herald: one per category of TemplateCategories and per
// language of OptOutFooter, in resources/templates/starter-templates.json (compiled into
// herald_core). Each entry also records the encoding and parts of its preview text (see
// TemplateRenderer::preview) so that reviewers of the JSON see what a message costs; a test
// recounts them so the numbers cannot drift from the bodies.
class StarterLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(StarterLibrary)

public:
    struct Entry
    {
        Template definition; // builtin is set; id and timestamps are not
        QString encoding; // "GSM-7" or "UCS-2", as SmsCount::encodingName()
        int parts = 0;
    };

    static QString resourcePath();
    // Reads and checks the shipped library.
    static Result<QList<Entry>> load();
    // Reads and checks a library file at path (the resource, or a file in tests).
    static Result<QList<Entry>> load(const QString& path);
};

} // namespace Herald
