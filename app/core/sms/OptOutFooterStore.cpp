// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OptOutFooterStore.h"

#include "OptOutFooter.h"
#include "storage/Database.h"

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString key(const QString& language)
{
    return u"opt_out_footer.%1"_s.arg(language.isEmpty() ? u"en"_s : language);
}

} // namespace

OptOutFooterStore::OptOutFooterStore(Database& database)
    : m_database(database)
{
}

QString OptOutFooterStore::footer(const QString& language) const
{
    auto stored = m_database.scalar(u"SELECT value FROM workspace_meta WHERE key = ?"_s, {key(language)});
    if (stored && !stored.value().isNull()) {
        return stored.value().toString();
    }
    return OptOutFooter::defaultText(language);
}

bool OptOutFooterStore::isCustomised(const QString& language) const
{
    auto stored = m_database.scalar(u"SELECT count(*) FROM workspace_meta WHERE key = ?"_s, {key(language)});
    return stored && stored.value().toInt() > 0;
}

Result<void> OptOutFooterStore::setFooter(const QString& language, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        auto removed = m_database.scalar(u"DELETE FROM workspace_meta WHERE key = ?"_s, {key(language)});
        return removed ? Result<void>() : Result<void>(removed.error());
    }
    // Recipients reply with the keyword; a footer without it would not tell them how.
    if (!trimmed.contains(u"STOP"_s, Qt::CaseInsensitive)) {
        return Error {tr("The opt-out footer must tell people to reply STOP.")};
    }
    auto saved = m_database.scalar(
        u"INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?, ?)"_s, {key(language), trimmed});
    return saved ? Result<void>() : Result<void>(saved.error());
}

} // namespace Herald
