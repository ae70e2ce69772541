// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Herald
{

// A reusable message. The body uses MessageTemplate's placeholder syntax ({first_name|there}).
struct Template
{
    enum class Kind
    {
        Marketing, // needs marketing consent; the opt-out footer is added
        Transactional, // order and shipping updates: no marketing consent needed
    };

    qint64 id = 0;
    QString name;
    QString category; // one of TemplateCategories::all(), or free text for the user's own
    QString language; // "en", "pl", "ro", "zh_TW", "ru", "ar", or "" for any
    Kind kind = Kind::Marketing;
    QString body;
    bool builtin = false; // from the starter library
    bool transliterate = false; // sent without diacritics, including in the names filled in
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::Template)
