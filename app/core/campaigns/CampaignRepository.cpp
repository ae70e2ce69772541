// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignRepository.h"

#include "contacts/ContactValues.h"
#include "providers/ProviderAccount.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"
#include "sms/MessageTemplate.h"
#include "sms/OptOutFooter.h"
#include "sms/OptOutFooterStore.h"
#include "sms/OutgoingText.h"
#include "sms/SmsCounter.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QDateTime fromSeconds(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

CampaignRepository::CampaignRepository(Database& database)
    : m_database(database)
{
}

Result<qint64> CampaignRepository::create(const CampaignDraft& draft)
{
    if (draft.name.trimmed().isEmpty()) {
        return Error {tr("A campaign needs a name.")};
    }
    if (draft.body.trimmed().isEmpty()) {
        return Error {tr("A campaign needs a message.")};
    }
    if (auto parsed = MessageTemplate::parse(draft.body); !parsed) {
        return parsed.error();
    }
    if (!draft.allContacts && draft.segmentIds.isEmpty()) {
        return Error {tr("Choose who gets the campaign: all contacts or one or more segments.")};
    }
    SegmentRepository segments(m_database);
    for (qint64 segmentId : draft.segmentIds) {
        auto segment = segments.find(segmentId);
        if (!segment) {
            return segment.error();
        }
        if (!segment->rulesError.isEmpty()) {
            return Error {segment->rulesError};
        }
    }
    qint64 accountId = draft.accountId;
    QString sender;
    ProviderAccounts accounts(m_database);
    if (accountId == 0) {
        auto account = accounts.defaultAccount();
        if (!account) {
            auto simulator = ProviderAccounts::ensureSimulatorAccount(m_database);
            if (!simulator) {
                return simulator.error();
            }
            account = accounts.find(simulator.value());
            if (!account) {
                return account.error();
            }
        }
        accountId = account->id;
        sender = account->sender;
    } else {
        auto account = accounts.find(accountId);
        if (!account) {
            return account.error();
        }
        sender = account->sender;
    }

    qint64 id = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q = m_database.query();
        q.prepare(u"INSERT INTO campaigns (name, kind, state, body, template_id, account_id, sender, all_contacts, "
                  "created_at, updated_at) VALUES (?, ?, 'draft', ?, ?, ?, coalesce(?, ''), ?, ?, ?)"_s);
        q.addBindValue(draft.name.trimmed());
        q.addBindValue(draft.marketing ? u"marketing"_s : u"transactional"_s);
        q.addBindValue(draft.body);
        q.addBindValue(draft.templateId > 0 ? QVariant(draft.templateId) : QVariant());
        q.addBindValue(accountId);
        q.addBindValue(sender);
        q.addBindValue(draft.allContacts ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(now);
        if (!q.exec()) {
            return Database::errorFrom(q, u"create campaign"_s);
        }
        id = q.lastInsertId().toLongLong();
        QSqlQuery link = m_database.query();
        link.prepare(u"INSERT OR IGNORE INTO campaign_segments (campaign_id, segment_id) VALUES (?, ?)"_s);
        for (qint64 segmentId : draft.segmentIds) {
            link.bindValue(0, id);
            link.bindValue(1, segmentId);
            if (!link.exec()) {
                return Database::errorFrom(link, u"campaign segments"_s);
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Result<Campaign> CampaignRepository::find(qint64 id) const
{
    QSqlQuery q = m_database.query();
    q.prepare(u"SELECT id, name, kind, state, body, account_id, all_contacts, pause_reason, created_at, launched_at, "
              "completed_at FROM campaigns WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return Database::errorFrom(q, u"find campaign"_s);
    }
    if (!q.next()) {
        return Error {tr("There is no campaign %1.").arg(id)};
    }
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.marketing = q.value(2).toString() == u"marketing"_s;
    c.state = q.value(3).toString();
    c.body = q.value(4).toString();
    c.accountId = q.value(5).toLongLong();
    c.allContacts = q.value(6).toInt() != 0;
    c.pauseReason = q.value(7).toString();
    c.createdAt = fromSeconds(q.value(8));
    c.launchedAt = fromSeconds(q.value(9));
    c.completedAt = fromSeconds(q.value(10));
    QSqlQuery s = m_database.query();
    s.prepare(u"SELECT segment_id FROM campaign_segments WHERE campaign_id = ? ORDER BY segment_id"_s);
    s.addBindValue(id);
    if (!s.exec()) {
        return Database::errorFrom(s, u"campaign segments"_s);
    }
    while (s.next()) {
        c.segmentIds.append(s.value(0).toLongLong());
    }
    return c;
}

Result<QList<Campaign>> CampaignRepository::list() const
{
    QSqlQuery q = m_database.query();
    if (!q.exec(u"SELECT id FROM campaigns ORDER BY id"_s)) {
        return Database::errorFrom(q, u"list campaigns"_s);
    }
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
    }
    QList<Campaign> campaigns;
    for (qint64 id : ids) {
        auto c = find(id);
        if (!c) {
            return c.error();
        }
        campaigns.append(c.value());
    }
    return campaigns;
}

Result<int> CampaignRepository::launch(qint64 id, const QString& shopName, const QDateTime& now)
{
    auto campaign = find(id);
    if (!campaign) {
        return campaign.error();
    }
    if (campaign->state != CampaignState::Draft && campaign->state != CampaignState::Scheduled) {
        return Error {tr("Campaign %1 was already launched (it is %2).").arg(id).arg(campaign->state)};
    }
    auto parsed = MessageTemplate::parse(campaign->body);
    if (!parsed) {
        return parsed.error();
    }
    const MessageTemplate& message = parsed.value();
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTime();

    // The audience: all contacts, or the union of the segments (an OR, so that a contact in
    // several segments is selected once).
    QString where = u"1"_s;
    QVariantList bindings;
    if (!campaign->allContacts) {
        QStringList parts;
        SegmentRepository segments(m_database);
        for (qint64 segmentId : std::as_const(campaign->segmentIds)) {
            auto segment = segments.find(segmentId);
            if (!segment) {
                return segment.error();
            }
            if (!segment->rulesError.isEmpty()) {
                return Error {segment->rulesError};
            }
            auto sql = SegmentQuery::compile(segment->rules, at);
            if (!sql) {
                return sql.error();
            }
            parts.append(u"(%1)"_s.arg(sql->where));
            bindings.append(sql->bindings);
        }
        where = parts.isEmpty() ? u"0"_s : parts.join(u" OR "_s);
    }
    if (campaign->marketing) {
        where = u"(%1) AND c.marketing_consent = 'opted_in'"_s.arg(where);
    }

    bool needsCustomFields = false;
    for (const QString& key : message.usedKeys()) {
        needsCustomFields = needsCustomFields || key.startsWith(u"field:"_s);
    }

    // Parts are counted the way the campaign's account will send them.
    SmsCounter::Options counterOptions;
    if (auto account = ProviderAccounts(m_database).find(campaign->accountId)) {
        counterOptions = account->counterOptions();
    }
    // "Send without diacritics" is a campaign option (campaigns.options JSON).
    bool transliterate = false;
    if (auto options = m_database.scalar(u"SELECT options FROM campaigns WHERE id = ?"_s, {id})) {
        transliterate
            = QJsonDocument::fromJson(options.value().toString().toUtf8()).object().value(u"transliterate"_s).toBool();
    }

    int created = 0;
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        QSqlQuery select = m_database.query();
        select.prepare(u"SELECT c.id, c.phone, c.first_name, c.last_name, c.email, c.city, c.country, c.language "
                       "FROM contacts c WHERE %1 ORDER BY c.id"_s.arg(where));
        for (const QVariant& value : std::as_const(bindings)) {
            select.addBindValue(value);
        }
        if (!select.exec()) {
            return Database::errorFrom(select, u"campaign audience"_s);
        }
        const qint64 nowSeconds = QDateTime::currentSecsSinceEpoch();
        QSqlQuery insert = m_database.query();
        insert.prepare(u"INSERT OR IGNORE INTO messages (campaign_id, contact_id, account_id, phone, kind, body, "
                       "encoding, segments, state, skip_reason, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, coalesce(?, ''), ?, ?, ?, coalesce(?, ''), ?, ?)"_s);
        OptOutFooterStore footers(m_database);
        QHash<QString, QString> footerByLanguage;
        const QString kind = campaign->marketing ? u"marketing"_s : u"transactional"_s;
        while (select.next()) {
            Contact contact;
            contact.id = select.value(0).toLongLong();
            contact.phone = select.value(1).toString();
            contact.firstName = select.value(2).toString();
            contact.lastName = select.value(3).toString();
            contact.email = select.value(4).toString();
            contact.city = select.value(5).toString();
            contact.country = select.value(6).toString();
            contact.language = select.value(7).toString();
            const QHash<QString, QString> custom
                = needsCustomFields ? ContactValues::customFields(m_database, contact.id) : QHash<QString, QString>();
            const QHash<QString, QString> values = ContactValues::forContact(contact, shopName, custom);
            const bool empty = message.render(values).trimmed().isEmpty();
            OutgoingText::Options compose {campaign->marketing, QString(), transliterate};
            if (campaign->marketing) {
                if (!footerByLanguage.contains(contact.language)) {
                    footerByLanguage.insert(contact.language, footers.footer(contact.language));
                }
                compose.footer = footerByLanguage.value(contact.language);
            }
            const QString text = OutgoingText::compose(message, values, compose);
            const SmsCount count = SmsCounter::count(text, counterOptions);
            insert.bindValue(0, id);
            insert.bindValue(1, contact.id);
            insert.bindValue(2, campaign->accountId > 0 ? QVariant(campaign->accountId) : QVariant());
            insert.bindValue(3, contact.phone);
            insert.bindValue(4, kind);
            insert.bindValue(5, text);
            insert.bindValue(6, count.encodingName());
            insert.bindValue(7, count.segments);
            // A message whose placeholders all came out empty is not worth sending.
            insert.bindValue(8, empty ? u"skipped"_s : u"pending"_s);
            insert.bindValue(9, empty ? u"empty message"_s : QString());
            insert.bindValue(10, nowSeconds);
            insert.bindValue(11, nowSeconds);
            if (!insert.exec()) {
                return Database::errorFrom(insert, u"materialise outbox"_s);
            }
            created += insert.numRowsAffected();
        }
        QSqlQuery state = m_database.query();
        state.prepare(u"UPDATE campaigns SET state = 'sending', launched_at = ?, updated_at = ? WHERE id = ?"_s);
        state.addBindValue(nowSeconds);
        state.addBindValue(nowSeconds);
        state.addBindValue(id);
        if (!state.exec()) {
            return Database::errorFrom(state, u"launch campaign"_s);
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return created;
}

Result<void> CampaignRepository::setState(qint64 id, const QString& state, const QString& reason)
{
    return m_database.writeTransaction([&]() -> Result<void> {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q = m_database.query();
        q.prepare(u"UPDATE campaigns SET state = ?, pause_reason = coalesce(?, ''), updated_at = ?, "
                  "completed_at = CASE WHEN ? IN ('completed', 'cancelled') THEN coalesce(completed_at, ?) "
                  "ELSE completed_at END WHERE id = ?"_s);
        q.addBindValue(state);
        q.addBindValue(reason);
        q.addBindValue(now);
        q.addBindValue(state);
        q.addBindValue(now);
        q.addBindValue(id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"campaign state"_s);
        }
        if (q.numRowsAffected() != 1) {
            return Error {tr("There is no campaign %1.").arg(id)};
        }
        return {};
    });
}

Result<OutboxCounts> CampaignRepository::counts(qint64 id) const
{
    return Outbox(m_database).counts(id);
}

} // namespace Herald
