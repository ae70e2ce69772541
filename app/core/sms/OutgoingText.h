// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MessageTemplate.h"

#include <QHash>
#include <QString>

namespace Herald
{

// The one place that turns a template into the exact text a recipient gets, so that the
// editor's counter, the audience analysis, the CLI and the outbox can never disagree.
class OutgoingText final
{
public:
    struct Options
    {
        bool marketing = true; // marketing messages end with the opt-out footer
        QString footer; // in the recipient's language
        bool transliterate = false; // send without diacritics, filled-in names included
    };

    static QString compose(
        const MessageTemplate& message, const QHash<QString, QString>& values, const Options& options);
    // The same with every link tagged for the campaign utmCampaign (Utm), before the footer;
    // an empty utmCampaign tags nothing.
    static QString compose(const MessageTemplate& message, const QHash<QString, QString>& values,
        const Options& options, const QString& utmCampaign);
};

} // namespace Herald
