// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InboundProcessor.h"

#include "OptOutKeywords.h"
#include "ReplyTexts.h"
#include "contacts/ContactRepository.h"
#include "contacts/Suppression.h"
#include "logging/LogCategories.h"
#include "providers/ProviderAccount.h"
#include "providers/SmsGateway.h"
#include "sms/SmsCounter.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

using Kind = OptOutKeywords::Kind;

// Allowance for the provider's clock running ahead of ours when linking a reply to the message
// it answers.
constexpr qint64 ClockSkewSeconds = 120;

struct ContactInfo
{
    qint64 id = 0;
    QString language;
    QString consent;
};

QDateTime receivedTime(const ProviderMessage& m, const QDateTime& now)
{
    if (m.sentAt.isValid()) {
        return m.sentAt.toUTC();
    }
    if (m.createdAt.isValid()) {
        return m.createdAt.toUTC();
    }
    return now;
}

bool accountFlag(const ProviderAccount& account, const QString& key, bool twilioDefault)
{
    const QJsonValue value = account.options.value(key);
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed().toLower();
        return text == u"true"_s || text == u"1"_s || text == u"yes"_s;
    }
    if (value.isDouble()) {
        return value.toDouble() != 0;
    }
    return account.provider == u"twilio"_s ? twilioDefault : false;
}

// Everything one transaction needs, prepared once.
class Batch
{
public:
    Batch(Database& database, const ProviderAccount& account, const InboundOptions& options, qint64 defaultAccountId,
        qint64 now)
        : m_db(database)
        , m_account(account)
        , m_options(options)
        , m_defaultAccountId(defaultAccountId)
        , m_now(now)
        , m_suppression(database)
        , m_contacts(database)
        , m_texts(database)
    {
    }

    Result<void> handle(const ProviderMessage& message, const QDateTime& received, InboundSummary& summary)
    {
        const QString phone = InboundProcessor::normalizePhone(message.from);
        const qint64 receivedAt = received.toSecsSinceEpoch();
        const OptOutKeywords::Match match = OptOutKeywords::classify(message.body);

        auto contact = findContact(phone);
        if (!contact) {
            return contact.error();
        }
        auto campaign = answeredCampaign(contact->id, receivedAt);
        if (!campaign) {
            return campaign.error();
        }
        QString providerId = message.id;
        if (providerId.isEmpty()) {
            // Without an id the row could not be de-duplicated: derive one from what identifies it.
            providerId = u"sha1:"_s
                + QString::fromLatin1(QCryptographicHash::hash(
                    u"%1|%2|%3|%4"_s.arg(message.from, message.to).arg(receivedAt).arg(message.body).toUtf8(),
                    QCryptographicHash::Sha1)
                                          .toHex());
        }

        QSqlQuery insert = m_db.query();
        insert.prepare(
            u"INSERT INTO inbound (account_id, provider_id, from_phone, to_phone, body, received_at, "
            "contact_id, campaign_id, keyword, is_read, handled, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (account_id, provider_id) DO NOTHING"_s);
        insert.addBindValue(m_account.id);
        insert.addBindValue(providerId);
        insert.addBindValue(phone);
        insert.addBindValue(Database::text(message.to));
        insert.addBindValue(Database::text(message.body));
        insert.addBindValue(receivedAt);
        insert.addBindValue(contact->id > 0 ? QVariant(contact->id) : QVariant());
        insert.addBindValue(campaign.value() > 0 ? QVariant(campaign.value()) : QVariant());
        insert.addBindValue(OptOutKeywords::kindName(match.kind));
        insert.addBindValue(match.kind == Kind::None ? 0 : 1);
        insert.addBindValue(m_now);
        if (!insert.exec()) {
            return Database::errorFrom(insert, u"store reply"_s);
        }
        if (insert.numRowsAffected() == 0) {
            ++summary.duplicates; // stored and acted on before: never twice
            return {};
        }
        ++summary.stored;
        const qint64 inboundId = insert.lastInsertId().toLongLong();

        if (contact->id > 0) {
            QSqlQuery stamp = m_db.query();
            stamp.prepare(u"UPDATE contacts SET last_reply_at = max(coalesce(last_reply_at, 0), ?) WHERE id = ?"_s);
            stamp.addBindValue(receivedAt);
            stamp.addBindValue(contact->id);
            if (!stamp.exec()) {
                return Database::errorFrom(stamp, u"stamp last reply"_s);
            }
        }

        switch (match.kind) {
        case Kind::Stop:
            return optOut(message, providerId, phone, contact.value(), match, inboundId, receivedAt, summary);
        case Kind::Start:
            return resubscribe(providerId, phone, contact.value(), match, message.body, inboundId, receivedAt, summary);
        case Kind::Help:
            return help(phone, contact.value(), receivedAt, summary);
        case Kind::None:
            break;
        }
        return {};
    }

private:
    Result<ContactInfo> findContact(const QString& phone)
    {
        QSqlQuery q = m_db.query();
        q.prepare(u"SELECT id, language, marketing_consent FROM contacts WHERE phone = ?"_s);
        q.addBindValue(phone);
        if (!q.exec()) {
            return Database::errorFrom(q, u"find contact"_s);
        }
        ContactInfo info;
        if (q.next()) {
            info.id = q.value(0).toLongLong();
            info.language = q.value(1).toString();
            info.consent = q.value(2).toString();
        }
        return info;
    }

    // The campaign of the latest message handed over to this contact, through this account,
    // before the reply arrived.
    Result<qint64> answeredCampaign(qint64 contactId, qint64 receivedAt)
    {
        if (contactId <= 0) {
            return qint64(0);
        }
        QSqlQuery q = m_db.query();
        q.prepare(u"SELECT m.campaign_id FROM messages m LEFT JOIN campaigns c ON c.id = m.campaign_id "
                  "WHERE m.contact_id = ? AND m.campaign_id IS NOT NULL AND m.accepted_at IS NOT NULL "
                  "AND m.accepted_at <= ? AND coalesce(m.account_id, c.account_id, ?) = ? "
                  "ORDER BY m.accepted_at DESC, m.id DESC LIMIT 1"_s);
        q.addBindValue(contactId);
        q.addBindValue(receivedAt + ClockSkewSeconds);
        q.addBindValue(m_defaultAccountId);
        q.addBindValue(m_account.id);
        if (!q.exec()) {
            return Database::errorFrom(q, u"link reply to campaign"_s);
        }
        return q.next() ? q.value(0).toLongLong() : qint64(0);
    }

    // Whether a later STOP/START (kind) of the same number is already stored: then this older
    // keyword, read late, must not undo it.
    Result<bool> supersededBy(Kind kind, const QString& phone, const ContactInfo& contact, qint64 receivedAt)
    {
        QSqlQuery q = m_db.query();
        if (contact.id > 0) {
            q.prepare(u"SELECT count(*) FROM inbound WHERE contact_id = ? AND keyword = ? AND received_at > ?"_s);
            q.addBindValue(contact.id);
        } else {
            q.prepare(u"SELECT count(*) FROM inbound WHERE from_phone = ? AND keyword = ? AND received_at > ?"_s);
            q.addBindValue(phone);
        }
        q.addBindValue(OptOutKeywords::kindName(kind));
        q.addBindValue(receivedAt);
        if (!q.exec() || !q.next()) {
            return Database::errorFrom(q, u"order of keywords"_s);
        }
        return q.value(0).toLongLong() > 0;
    }

    QString evidence(const QString& providerId) const
    {
        return u"inbound %1 via %2"_s.arg(providerId, m_account.name);
    }

    Result<void> optOut(const ProviderMessage& message, const QString& providerId, const QString& phone,
        const ContactInfo& contact, const OptOutKeywords::Match& match, qint64 inboundId, qint64 receivedAt,
        InboundSummary& summary)
    {
        auto superseded = supersededBy(Kind::Start, phone, contact, receivedAt);
        if (!superseded) {
            return superseded.error();
        }
        if (superseded.value()) {
            qCInfo(lcSending).noquote() << InboundProcessor::tr(
                "Reply %1 (“%2”) is older than a later START of the same number; consent is unchanged.")
                                               .arg(inboundId)
                                               .arg(match.keyword);
            return {};
        }
        auto wasSuppressed = m_suppression.isSuppressed(phone);
        if (!wasSuppressed) {
            return wasSuppressed.error();
        }
        const QString source = u"sms reply: %1"_s.arg(match.keyword);
        if (contact.id > 0) {
            ConsentEvent event;
            event.action = ConsentEvent::Action::OptOut;
            event.purpose = u"marketing"_s;
            event.occurredAt = QDateTime::fromSecsSinceEpoch(receivedAt, Qt::UTC);
            event.method = u"keyword"_s;
            event.source = source;
            event.wording = message.body;
            event.evidence = evidence(providerId);
            if (auto recorded = m_contacts.recordConsent(contact.id, event); !recorded) {
                return recorded;
            }
        }
        if (auto added = m_suppression.add(phone, u"opted_out"_s, source); !added) {
            return added;
        }
        auto cancelled = cancelMarketing(phone, contact);
        if (!cancelled) {
            return cancelled.error();
        }
        summary.cancelled += cancelled.value();
        if (!summary.optedOutPhones.contains(phone)) {
            summary.optedOutPhones.append(phone);
        }
        if (wasSuppressed.value()) {
            return {}; // a second STOP: no second confirmation (C2)
        }
        ++summary.optOuts;
        qCInfo(lcSending).noquote() << (contact.id > 0
                ? InboundProcessor::tr("Contact %1 opted out by replying “%2”; %n waiting message(s) cancelled.",
                    nullptr, cancelled.value())
                      .arg(contact.id)
                      .arg(match.keyword)
                : InboundProcessor::tr(
                    "A number without a contact opted out by replying “%1”; it is on the suppression "
                    "list now.")
                      .arg(match.keyword));
        if (InboundProcessor::providerConfirmsOptOut(m_account) || !fresh(receivedAt)) {
            return {};
        }
        auto queued = queueReply(ReplyTexts::Kind::OptOutConfirmation, phone, contact);
        if (!queued) {
            return queued;
        }
        ++summary.confirmations;
        return {};
    }

    Result<void> resubscribe(const QString& providerId, const QString& phone, const ContactInfo& contact,
        const OptOutKeywords::Match& match, const QString& body, qint64 inboundId, qint64 receivedAt,
        InboundSummary& summary)
    {
        if (contact.id <= 0) {
            qCInfo(lcSending).noquote() << InboundProcessor::tr(
                "Reply %1 (“%2”) comes from a number without a contact; it stays on the "
                "suppression list if it is there.")
                                               .arg(inboundId)
                                               .arg(match.keyword);
            return {};
        }
        auto suppressed = m_suppression.isSuppressed(phone);
        if (!suppressed) {
            return suppressed.error();
        }
        if (!suppressed.value() && contact.consent != u"opted_out"_s) {
            return {}; // nothing to re-subscribe from; a keyword alone never creates consent
        }
        auto superseded = supersededBy(Kind::Stop, phone, contact, receivedAt);
        if (!superseded) {
            return superseded.error();
        }
        if (superseded.value()) {
            qCInfo(lcSending).noquote() << InboundProcessor::tr(
                "Reply %1 (“%2”) is older than a later STOP of the same number; consent is unchanged.")
                                               .arg(inboundId)
                                               .arg(match.keyword);
            return {};
        }
        ConsentEvent event;
        event.action = ConsentEvent::Action::OptIn;
        event.purpose = u"marketing"_s;
        event.occurredAt = QDateTime::fromSecsSinceEpoch(receivedAt, Qt::UTC);
        event.method = u"keyword"_s;
        event.source = u"sms reply: %1"_s.arg(match.keyword);
        event.wording = body;
        event.evidence = evidence(providerId);
        if (auto recorded = m_contacts.recordConsent(contact.id, event); !recorded) {
            return recorded;
        }
        auto hash = m_suppression.hash(phone);
        if (!hash) {
            return hash.error();
        }
        QSqlQuery q = m_db.query();
        q.prepare(u"DELETE FROM suppression WHERE phone_hash = ?"_s);
        q.addBindValue(hash.value());
        if (!q.exec()) {
            return Database::errorFrom(q, u"lift suppression"_s);
        }
        ++summary.resubscribes;
        qCInfo(lcSending).noquote()
            << InboundProcessor::tr("Contact %1 subscribed again by replying “%2”.").arg(contact.id).arg(match.keyword);
        return {};
    }

    Result<void> help(const QString& phone, const ContactInfo& contact, qint64 receivedAt, InboundSummary& summary)
    {
        if (InboundProcessor::providerAnswersHelp(m_account) || !fresh(receivedAt)) {
            return {};
        }
        const QString text = m_texts.text(ReplyTexts::Kind::Help, contact.language, m_options.shopName);
        QSqlQuery q = m_db.query();
        q.prepare(u"SELECT count(*) FROM messages WHERE campaign_id IS NULL AND phone = ? AND body = ? "
                  "AND created_at > ?"_s);
        q.addBindValue(phone);
        q.addBindValue(text);
        q.addBindValue(m_now - m_options.helpRepeatSeconds);
        if (!q.exec() || !q.next()) {
            return Database::errorFrom(q, u"recent help replies"_s);
        }
        if (q.value(0).toLongLong() > 0) {
            return {};
        }
        auto queued = queueReply(ReplyTexts::Kind::Help, phone, contact);
        if (!queued) {
            return queued;
        }
        ++summary.helpReplies;
        return {};
    }

    bool fresh(qint64 receivedAt) const
    {
        return m_now - receivedAt <= m_options.replyMaxAgeSeconds;
    }

    Result<int> cancelMarketing(const QString& phone, const ContactInfo& contact)
    {
        // Rows not yet handed over (pending, or claimed but not marked submitted) can still be
        // stopped; the send worker's claim and submit steps re-check, so none slips through.
        QSqlQuery q = m_db.query();
        const QString sql = u"UPDATE messages SET state = 'cancelled', skip_reason = 'opted out', finished_at = ?, "
                            "updated_at = ? WHERE %1 = ? AND kind = 'marketing' AND state IN ('pending', 'claimed')"_s;
        q.prepare(sql.arg(contact.id > 0 ? u"contact_id"_s : u"phone"_s));
        q.addBindValue(m_now);
        q.addBindValue(m_now);
        q.addBindValue(contact.id > 0 ? QVariant(contact.id) : QVariant(phone));
        if (!q.exec()) {
            return Database::errorFrom(q, u"cancel messages of an opted-out number"_s);
        }
        return q.numRowsAffected();
    }

    Result<void> queueReply(ReplyTexts::Kind kind, const QString& phone, const ContactInfo& contact)
    {
        const QString text = m_texts.text(kind, contact.language, m_options.shopName);
        const SmsCount count = SmsCounter::count(text, m_account.counterOptions());
        QSqlQuery q = m_db.query();
        q.prepare(u"INSERT INTO messages (campaign_id, contact_id, account_id, phone, kind, body, encoding, segments, "
                  "state, created_at, updated_at) VALUES (NULL, ?, ?, ?, 'transactional', ?, ?, ?, 'pending', ?, ?)"_s);
        q.addBindValue(contact.id > 0 ? QVariant(contact.id) : QVariant());
        q.addBindValue(m_account.id);
        q.addBindValue(phone);
        q.addBindValue(text);
        q.addBindValue(count.encodingName());
        q.addBindValue(count.segments);
        q.addBindValue(m_now);
        q.addBindValue(m_now);
        if (!q.exec()) {
            return Database::errorFrom(q, u"queue an automatic reply"_s);
        }
        return {};
    }

    Database& m_db;
    const ProviderAccount& m_account;
    const InboundOptions& m_options;
    qint64 m_defaultAccountId = 0;
    qint64 m_now = 0;
    Suppression m_suppression;
    ContactRepository m_contacts;
    ReplyTexts m_texts;
};

} // namespace

InboundSummary& InboundSummary::operator+=(const InboundSummary& other)
{
    stored += other.stored;
    duplicates += other.duplicates;
    optOuts += other.optOuts;
    resubscribes += other.resubscribes;
    helpReplies += other.helpReplies;
    confirmations += other.confirmations;
    cancelled += other.cancelled;
    for (const QString& phone : other.optedOutPhones) {
        if (!optedOutPhones.contains(phone)) {
            optedOutPhones.append(phone);
        }
    }
    return *this;
}

InboundProcessor::InboundProcessor(Database& database, InboundOptions options)
    : m_database(database)
    , m_options(std::move(options))
{
}

bool InboundProcessor::providerConfirmsOptOut(const ProviderAccount& account)
{
    return accountFlag(account, u"provider_confirms_optout"_s, true);
}

bool InboundProcessor::providerAnswersHelp(const ProviderAccount& account)
{
    return accountFlag(account, u"provider_answers_help"_s, true);
}

QString InboundProcessor::normalizePhone(const QString& raw)
{
    QString digits;
    bool plus = false;
    for (const QChar c : raw.trimmed()) {
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.') {
            continue;
        } else {
            return raw.trimmed(); // an alphanumeric sender or something else: keep it as it came
        }
    }
    if (!plus && digits.startsWith(u"00"_s)) {
        digits.remove(0, 2);
        plus = true;
    }
    // Short codes (up to 6 digits) are not E.164 numbers.
    if (digits.size() < 7 || digits.size() > 15 || digits.startsWith(u'0')) {
        return raw.trimmed();
    }
    return u"+"_s + digits;
}

Result<InboundSummary> InboundProcessor::process(
    const ProviderAccount& account, const QList<ProviderMessage>& messages, const QDateTime& now)
{
    const QDateTime clock = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    // Oldest first, so that STOP then START from one number ends subscribed, as it was sent.
    QList<std::pair<QDateTime, const ProviderMessage*>> ordered;
    for (const ProviderMessage& m : messages) {
        if (m.isInbound() || m.direction.isEmpty()) {
            ordered.append({receivedTime(m, clock), &m});
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });

    qint64 defaultAccountId = 0;
    if (auto fallback = ProviderAccounts(m_database).defaultAccount()) {
        defaultAccountId = fallback->id;
    }
    InboundSummary summary;
    if (ordered.isEmpty()) {
        return summary;
    }
    auto done = m_database.writeTransaction([&]() -> Result<void> {
        Batch batch(m_database, account, m_options, defaultAccountId, clock.toSecsSinceEpoch());
        for (const auto& [received, message] : std::as_const(ordered)) {
            if (auto handled = batch.handle(*message, received, summary); !handled) {
                return handled;
            }
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return summary;
}

} // namespace Herald
