// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AnalyticsFixture.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Herald::Test::AnalyticsFixture
{

namespace
{

struct Row
{
    qint64 campaign;
    qint64 contact;
    QString state;
    int segments;
    QVariant price; // micros reported by the provider, or null
    qint64 estimate; // micros estimated at launch
    QString errorCode;
    QVariant deliveredAt;
    QString kind = u"marketing"_s;
};

QString phoneOf(qint64 contact)
{
    return u"+4850000%1"_s.arg(contact, 4, 10, QLatin1Char('0'));
}

} // namespace

Result<void> populate(Database& db)
{
    return db.writeTransaction([&]() -> Result<void> {
        QStringList statements = {
            u"INSERT INTO provider_accounts (id, name, provider, is_default, created_at, updated_at) "
            "VALUES (1, 'Twilio', 'twilio', 1, 0, 0)"_s,
        };
        for (int c = 1; c <= 10; ++c) {
            statements.append(
                u"INSERT INTO contacts (id, phone, first_name, marketing_consent, created_at, updated_at) "
                "VALUES (%1, '%2', 'Contact %1', 'opted_in', 0, 0)"_s.arg(c)
                    .arg(phoneOf(c)));
        }
        const QList<std::pair<int, QVariant>> campaigns
            = {{1, Launch1}, {2, Launch2}, {3, Launch3}, {4, QVariant()}, {5, Launch5}};
        const QStringList names = {u"Spring sale"_s, u"Nobody"_s, u"All failed"_s, u"Draft"_s, u"Reminder"_s};
        for (const auto& [id, launched] : campaigns) {
            statements.append(u"INSERT INTO campaigns (id, name, kind, state, account_id, created_at, updated_at, "
                              "launched_at) VALUES (%1, '%2', 'marketing', '%3', 1, %4, %4, %5)"_s.arg(id)
                                  .arg(names.at(id - 1), launched.isNull() ? u"draft"_s : u"completed"_s)
                                  .arg(Launch1 - 86400)
                                  .arg(launched.isNull() ? u"NULL"_s : launched.toString()));
        }
        for (const QString& s : std::as_const(statements)) {
            if (auto r = db.exec(s); !r) {
                return r;
            }
        }

        // Campaign 1: targeted 10; excluded 2 (7 skipped, 8 cancelled); pending 1 (10); in flight 1 (9);
        // sent 7 = delivered 3 (1, 2, 3) + undelivered 1 (4) + failed 1 (5) + unknown 1 (6) + accepted 1 (9).
        // Parts of sent rows: 1 + 2 + 3 + 1 + 1 + 1 + 2 = 11.
        // Reported prices: 7500 + 15000 + 22500 + 7500 = 52500; estimates of unpriced sent rows:
        // 8000 (5) + 8000 (6) + 16000 (9) = 32000; cost 84500.
        // Deliveries at +600, +1200 and +4000 s: 15-minute buckets [1, 1, 0, 0, 1].
        const QList<Row> rows = {
            {1, 1, u"delivered"_s, 1, 7500, 8000, QString(), Launch1 + 600},
            {1, 2, u"delivered"_s, 2, 15000, 16000, QString(), Launch1 + 1200},
            {1, 3, u"delivered"_s, 3, 22500, 24000, QString(), Launch1 + 4000},
            {1, 4, u"undelivered"_s, 1, 7500, 8000, u"30003"_s, QVariant()},
            {1, 5, u"failed"_s, 1, QVariant(), 8000, u"21211"_s, QVariant()},
            {1, 6, u"unknown"_s, 1, QVariant(), 8000, u"status-expired"_s, QVariant()},
            {1, 7, u"skipped"_s, 1, QVariant(), 8000, QString(), QVariant()},
            {1, 8, u"cancelled"_s, 1, QVariant(), 8000, QString(), QVariant()},
            {1, 9, u"accepted"_s, 2, QVariant(), 16000, QString(), QVariant()},
            {1, 10, u"pending"_s, 1, QVariant(), 8000, QString(), QVariant()},
            // Campaign 3: all failed; parts 3; cost 3 × 8000 estimated.
            {3, 1, u"failed"_s, 1, QVariant(), 8000, u"30007"_s, QVariant()},
            {3, 2, u"failed"_s, 1, QVariant(), 8000, u"30007"_s, QVariant()},
            {3, 3, u"failed"_s, 1, QVariant(), 8000, u"21614"_s, QVariant()},
            // Campaign 5: one delivered (price 7500), one skipped.
            {5, 1, u"delivered"_s, 1, 7500, 8000, QString(), Launch5 + 300},
            {5, 2, u"skipped"_s, 1, QVariant(), 8000, QString(), QVariant()},
        };
        QSqlQuery insert = db.query();
        insert.prepare(
            u"INSERT INTO messages (campaign_id, contact_id, account_id, phone, kind, body, segments, state, "
            "error_code, error_message, price_micros, price_currency, estimated_cost_micros, created_at, "
            "submitted_at, delivered_at, updated_at) VALUES (?, ?, 1, ?, ?, 'Hello', ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?)"_s);
        for (const Row& r : rows) {
            const qint64 launched = r.campaign == 1 ? Launch1 : r.campaign == 3 ? Launch3 : Launch5;
            insert.addBindValue(r.campaign);
            insert.addBindValue(r.contact);
            insert.addBindValue(phoneOf(r.contact));
            insert.addBindValue(r.kind);
            insert.addBindValue(r.segments);
            insert.addBindValue(r.state);
            insert.addBindValue(Database::text(r.errorCode));
            insert.addBindValue(r.errorCode.isEmpty() ? u""_s : u"Carrier message"_s);
            insert.addBindValue(r.price);
            insert.addBindValue(r.price.isNull() ? u""_s : u"USD"_s);
            insert.addBindValue(r.estimate);
            insert.addBindValue(launched);
            insert.addBindValue(r.state == u"pending"_s || r.state == u"skipped"_s || r.state == u"cancelled"_s
                    ? QVariant()
                    : QVariant(launched + 60));
            insert.addBindValue(r.deliveredAt);
            insert.addBindValue(launched);
            if (!insert.exec()) {
                return Database::errorFrom(insert, u"fixture messages"_s);
            }
        }

        // Consent: contact 2 opts out twice within the window of campaign 1 (counted once);
        // contact 4 after the 7 days; contact 8 (cancelled, never sent) inside the window; contact 3
        // opts out of transactional messages only; contact 1 had opted out before the launch.
        // Campaign 1: 1 opt-out. Campaign 3 and 5: none.
        const QList<std::tuple<qint64, QString, QString, qint64>> consent = {
            {2, u"marketing"_s, u"opt_out"_s, Launch1 + 2 * 86400},
            {2, u"marketing"_s, u"opt_out"_s, Launch1 + 3 * 86400},
            {4, u"marketing"_s, u"opt_out"_s, Launch1 + 8 * 86400},
            {8, u"marketing"_s, u"opt_out"_s, Launch1 + 3600},
            {3, u"transactional"_s, u"opt_out"_s, Launch1 + 86400},
            {1, u"marketing"_s, u"opt_out"_s, Launch1 - 86400},
            {1, u"marketing"_s, u"opt_in"_s, Launch1 - 3600},
        };
        QSqlQuery event = db.query();
        event.prepare(u"INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, "
                      "recorded_at) VALUES (?, ?, ?, ?, 'keyword', 'test', ?)"_s);
        for (const auto& [contact, purpose, action, at] : consent) {
            event.addBindValue(contact);
            event.addBindValue(purpose);
            event.addBindValue(action);
            event.addBindValue(at);
            event.addBindValue(at);
            if (!event.exec()) {
                return Database::errorFrom(event, u"fixture consent"_s);
            }
        }

        // Replies: 4 linked to campaign 1 (contact 1 twice, contact 2 STOP, contact 3 HELP) →
        // replies 4, repliers 2 (contacts 1 and 3). One reply of contact 5 linked to no campaign.
        // Weekday/hour (UTC): Tue 11h, Tue 15h, Thu 10h, Wed 12h, Fri 10h.
        const QList<std::tuple<qint64, QVariant, QString, QString, qint64>> inbound = {
            {1, 1, u"Thanks!"_s, QString(), Launch1 + 3600},
            {1, 1, u"Until when?"_s, QString(), Launch1 + 5 * 3600},
            {2, 1, u"STOP"_s, u"stop"_s, Launch1 + 2 * 86400 + 60},
            {3, 1, u"HELP"_s, u"help"_s, Launch1 + 86400 + 7200},
            {5, QVariant(), u"Who is this?"_s, QString(), Launch1 + 3 * 86400},
        };
        QSqlQuery reply = db.query();
        reply.prepare(u"INSERT INTO inbound (account_id, provider_id, from_phone, body, received_at, contact_id, "
                      "campaign_id, keyword, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        int n = 0;
        for (const auto& [contact, campaign, body, keyword, at] : inbound) {
            reply.addBindValue(u"SM%1"_s.arg(++n));
            reply.addBindValue(phoneOf(contact));
            reply.addBindValue(body);
            reply.addBindValue(at);
            reply.addBindValue(contact);
            reply.addBindValue(campaign);
            reply.addBindValue(Database::text(keyword));
            reply.addBindValue(at);
            if (!reply.exec()) {
                return Database::errorFrom(reply, u"fixture inbound"_s);
            }
        }
        return {};
    });
}

} // namespace Herald::Test::AnalyticsFixture
