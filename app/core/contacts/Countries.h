// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Herald::Countries
{

// The name of the country or region with the ISO 3166 code regionCode ("PL", "TW") in the
// language of locale, from ICU's locale data: "Polska" in Polish, "Польша" in Russian,
// "بولندا" in Arabic. Qt 6.4 only knows English names (QLocale::territoryToString()) and each
// country's own. An unknown code is returned as it is.
QString displayName(const QString& regionCode, const QLocale& locale = QLocale());

} // namespace Herald::Countries
