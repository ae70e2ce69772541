// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Herald
{

class Database;

// The automatic answers to keyword replies: the one confirmation of an opt-out and the answer to
// HELP. Like the opt-out footer they follow the recipient's language, not the UI's, so the
// defaults are deliberately not tr(). Each workspace may replace them per language (kept in
// workspace_meta as "reply_text.<kind>.<language>"); "{shop}" in a text is replaced by the shop
// name. Neither text carries marketing content (reliability-and-compliance.md C2, C4).
class ReplyTexts final
{
    Q_DECLARE_TR_FUNCTIONS(ReplyTexts)

public:
    enum class Kind
    {
        OptOutConfirmation,
        Help,
    };

    explicit ReplyTexts(Database& database);

    // Languages with a default text: en, pl, ro, zh_TW, ru, ar.
    static QStringList languages();
    // The default for language ("pl", "zh-TW", …; others fall back to English), "{shop}" still in.
    static QString defaultText(Kind kind, QStringView language);
    // "{shop}" replaced; with no shop name the "{shop}: " prefix disappears.
    static QString render(const QString& text, const QString& shopName);

    // The workspace's text (or the default) for language, rendered for shopName.
    QString text(Kind kind, const QString& language, const QString& shopName) const;
    bool isCustomised(Kind kind, const QString& language) const;
    // An empty text restores the default. Both texts must name the keywords they explain:
    // START for the confirmation (how to come back), STOP for HELP (how to leave).
    Result<void> setText(Kind kind, const QString& language, const QString& text);

private:
    Database& m_database;
};

} // namespace Herald
