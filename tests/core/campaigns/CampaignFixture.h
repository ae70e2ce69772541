// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaigns/CampaignRepository.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentRepository.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace Herald::Test
{

// One contact as a test wants it; phone_type "unknown" makes the planner ask libphonenumber.
struct ContactSpec
{
    QString phone {};
    QString consent = QStringLiteral("opted_in");
    QString type = QStringLiteral("unknown");
    QString country {};
    QString timeZone {};
    QString language = QStringLiteral("en");
    QString firstName = QStringLiteral("Ann");
    QStringList tags {};
};

inline qint64 addContact(Database& db, const ContactSpec& spec)
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO contacts (phone, phone_type, first_name, country, time_zone, language, "
                             "marketing_consent, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    q.addBindValue(spec.phone);
    q.addBindValue(Database::text(spec.type));
    q.addBindValue(Database::text(spec.firstName));
    q.addBindValue(Database::text(spec.country));
    q.addBindValue(Database::text(spec.timeZone));
    q.addBindValue(Database::text(spec.language));
    q.addBindValue(Database::text(spec.consent));
    if (!q.exec()) {
        qWarning() << "addContact" << spec.phone << Database::errorFrom(q, QStringLiteral("insert")).message;
        return 0;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    for (const QString& tag : spec.tags) {
        QSqlQuery t = db.query();
        t.prepare(QStringLiteral("INSERT OR IGNORE INTO tags (name) VALUES (?)"));
        t.addBindValue(tag);
        t.exec();
        QSqlQuery link = db.query();
        link.prepare(
            QStringLiteral("INSERT INTO contact_tags (contact_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"));
        link.addBindValue(id);
        link.addBindValue(tag);
        link.exec();
    }
    return id;
}

// A marketing (or transactional) message that reached phone at acceptedAt, outside any campaign.
inline bool addPastMessage(Database& db, const QString& phone, qint64 acceptedAt,
    const QString& state = QStringLiteral("delivered"), const QString& kind = QStringLiteral("marketing"))
{
    QSqlQuery q = db.query();
    q.prepare(QStringLiteral("INSERT INTO messages (phone, kind, body, state, accepted_at, created_at, updated_at) "
                             "VALUES (?, ?, 'earlier', ?, ?, ?, ?)"));
    q.addBindValue(phone);
    q.addBindValue(kind);
    q.addBindValue(state);
    q.addBindValue(acceptedAt);
    q.addBindValue(acceptedAt);
    q.addBindValue(acceptedAt);
    return q.exec();
}

inline qint64 tagSegment(Database& db, const QString& name, const QString& tag)
{
    Segment segment;
    segment.name = name;
    segment.rules = SegmentJson::parse(
        QStringLiteral(R"({"version":1,"match":"all","rules":[{"field":"tags","op":"has_any","value":["%1"]}]})")
            .arg(tag)
            .toUtf8())
                        .value();
    auto id = SegmentRepository(db).insert(segment);
    return id ? id.value() : 0;
}

inline CampaignDraft draftFor(const QString& body, bool marketing = true)
{
    CampaignDraft draft;
    draft.name = QStringLiteral("Summer sale");
    draft.body = body;
    draft.allContacts = true;
    draft.marketing = marketing;
    return draft;
}

// Wednesday 10 June 2026, 10:00 UTC: noon in Warsaw, 06:00 in New York.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 6, 10), QTime(10, 0), Qt::UTC);
}

inline QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

} // namespace Herald::Test
