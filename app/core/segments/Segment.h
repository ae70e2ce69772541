// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SegmentRule.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Herald
{

// A saved audience: a name and a rule tree (stored as SegmentJson in segments.rules).
struct Segment
{
    qint64 id = 0;
    QString name;
    QString description;
    SegmentRule rules;
    bool builtin = false; // created by Herald; read-only (duplicate it to change it)
    // Set when the stored rules cannot be read (say, saved by a newer Herald); rules is then an
    // empty group, and counting the segment reports this error instead of counting everyone.
    QString rulesError;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace Herald

Q_DECLARE_METATYPE(Herald::Segment)
