// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/ProviderAccount.h"
#include "providers/SmsGateway.h"
#include "sending/InboundProcessor.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>

namespace Herald::Test
{

// A prepared inbox, with times relative to T0 (2026-01-01 00:00 UTC):
//   contacts Anna Nowak (+48600000001), Boris Ivanov (+48600000002), Chen Wei (+48600000003),
//   Dana Silent (+48600000004, never replies);
//   campaign "Winter sale" handed to Anna, Boris and Chen at T0, "Spring news" to Boris at T0+1000;
//   replies (through InboundProcessor, so the campaign links are real):
//     Anna  "Do you ship to Gdańsk?" T0+100, "Thanks, 100% happy!" T0+2000 → both answer Winter sale
//     Boris "HELP" T0+500 (Winter sale), "STOP" T0+1500 (Spring news) → suppressed
//     Chen  "Is the red one back in stock?" T0+1800, on a second account "Backup" (Winter sale went
//           out through the Simulator account, so this reply answers no campaign)
//     +48600000099 (no contact) "who is this?" T0+2500
// The replies are processed long after they arrived, so no automatic answer is queued.
struct InboxFixture
{
    static constexpr qint64 T0 = 1767225600;

    qint64 simulatorId = 0;
    qint64 backupId = 0;
    qint64 anna = 0;
    qint64 boris = 0;
    qint64 chen = 0;
    qint64 dana = 0;
    qint64 winterSale = 0;
    qint64 springNews = 0;
    bool ok = false;

    explicit InboxFixture(Database& db)
    {
        ok = prepare(db);
    }

    static qint64 insert(Database& db, const QString& sql, const QVariantList& values)
    {
        QSqlQuery q = db.query();
        q.prepare(sql);
        for (const QVariant& v : values) {
            q.addBindValue(v);
        }
        return q.exec() ? q.lastInsertId().toLongLong() : 0;
    }

    static ProviderMessage reply(const QString& id, const QString& from, const QString& body, qint64 at)
    {
        ProviderMessage m;
        m.id = id;
        m.direction = QStringLiteral("inbound");
        m.from = from;
        m.to = QStringLiteral("+15005550006");
        m.body = body;
        m.status = QStringLiteral("received");
        m.createdAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
        m.sentAt = m.createdAt;
        return m;
    }

    bool prepare(Database& db)
    {
        using namespace Qt::StringLiterals;
        auto sim = ProviderAccounts::ensureSimulatorAccount(db);
        if (!sim) {
            return false;
        }
        simulatorId = sim.value();
        backupId = insert(db,
            QStringLiteral("INSERT INTO provider_accounts (name, provider, created_at, updated_at) "
                           "VALUES ('Backup', 'simulator', ?, ?)"),
            {T0, T0});
        const QString contactSql = QStringLiteral(
            "INSERT INTO contacts (phone, first_name, last_name, language, marketing_consent, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'opted_in', ?, ?)");
        anna = insert(db, contactSql, {u"+48600000001"_s, u"Anna"_s, u"Nowak"_s, u"pl"_s, T0, T0});
        boris = insert(db, contactSql, {u"+48600000002"_s, u"Boris"_s, u"Ivanov"_s, u"ru"_s, T0, T0});
        chen = insert(db, contactSql, {u"+48600000003"_s, u"Chen"_s, u"Wei"_s, u"zh_TW"_s, T0, T0});
        dana = insert(db, contactSql, {u"+48600000004"_s, u"Dana"_s, u"Silent"_s, u"en"_s, T0, T0});
        const QString campaignSql = QStringLiteral(
            "INSERT INTO campaigns (name, state, body, account_id, created_at, updated_at, launched_at, completed_at) "
            "VALUES (?, 'completed', ?, ?, ?, ?, ?, ?)");
        winterSale = insert(db, campaignSql, {u"Winter sale"_s, u"-20% today"_s, simulatorId, T0, T0, T0, T0});
        springNews
            = insert(db, campaignSql, {u"Spring news"_s, u"New colours"_s, simulatorId, T0, T0, T0 + 1000, T0 + 1000});
        const QString messageSql = QStringLiteral(
            "INSERT INTO messages (campaign_id, contact_id, account_id, phone, body, state, provider_id, "
            "created_at, accepted_at, delivered_at, updated_at) VALUES (?, ?, ?, ?, ?, 'delivered', ?, ?, ?, ?, ?)");
        int n = 0;
        for (const auto& [contact, phone] : {std::pair {anna, u"+48600000001"_s}, {boris, u"+48600000002"_s},
                 {chen, u"+48600000003"_s}, {dana, u"+48600000004"_s}}) {
            insert(db, messageSql,
                {winterSale, contact, simulatorId, phone, u"Winter sale: -20% today"_s, u"SM%1"_s.arg(++n), T0, T0,
                    T0 + 5, T0 + 5});
        }
        insert(db, messageSql,
            {springNews, boris, simulatorId, u"+48600000002"_s, u"Spring news: new colours"_s, u"SM9"_s, T0 + 1000,
                T0 + 1000, T0 + 1005, T0 + 1005});

        InboundProcessor processor(db);
        const QDateTime late = QDateTime::fromSecsSinceEpoch(T0 + 100000, Qt::UTC);
        ProviderAccount simulator = ProviderAccounts(db).find(simulatorId).value();
        ProviderAccount backup = ProviderAccounts(db).find(backupId).value();
        auto first = processor.process(simulator,
            {reply(u"IN1"_s, u"+48600000001"_s, u"Do you ship to Gdańsk?"_s, T0 + 100),
                reply(u"IN2"_s, u"+48600000002"_s, u"HELP"_s, T0 + 500),
                reply(u"IN3"_s, u"+48600000002"_s, u"STOP"_s, T0 + 1500),
                reply(u"IN4"_s, u"+48600000001"_s, u"Thanks, 100% happy!"_s, T0 + 2000),
                reply(u"IN6"_s, u"+48600000099"_s, u"who is this?"_s, T0 + 2500)},
            late);
        auto second = processor.process(
            backup, {reply(u"IN5"_s, u"+48600000003"_s, u"Is the red one back in stock?"_s, T0 + 1800)}, late);
        return first && second && first->stored == 5 && second->stored == 1 && backupId > 0 && anna > 0
            && springNews > 0;
    }
};

} // namespace Herald::Test
