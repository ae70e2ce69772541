// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "Countries.h"

#include <QHash>
#include <QMutex>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace Herald::Countries
{

QString displayName(const QString& regionCode, const QLocale& locale)
{
    const QString code = regionCode.trimmed().toUpper();
    // Codes no country has ("ZZ", "XX") keep their letters: ICU would say "Unknown Region".
    if (code.size() != 2 || QLocale::codeToTerritory(code) == QLocale::AnyTerritory) {
        return regionCode;
    }
    // Tables and pickers ask for the same few names again and again.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QString language = locale.name(); // "pl_PL", "zh_TW", "ar_EG"
    const QString key = language + u'/' + code;
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(key); it != cache.constEnd()) {
            return it.value();
        }
    }
    const QByteArray regionLocale = "und_" + code.toLatin1();
    const icu::Locale region(regionLocale.constData());
    const icu::Locale display(language.toLatin1().constData());
    icu::UnicodeString name;
    region.getDisplayCountry(display, name);
    QString result = QString(reinterpret_cast<const QChar*>(name.getBuffer()), name.length());
    // ICU answers with the code itself when it knows no name.
    if (result.isEmpty()) {
        result = code;
    }
    QMutexLocker lock(&mutex);
    cache.insert(key, result);
    return result;
}

} // namespace Herald::Countries
