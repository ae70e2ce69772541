// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AudienceStats.h"

#include "MessageTemplate.h"
#include "OptOutFooter.h"
#include "OptOutFooterStore.h"
#include "OutgoingText.h"
#include "SmsCounter.h"
#include "contacts/ContactValues.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Herald
{

QString AudienceStats::distributionText() const
{
    if (recipients == 0) {
        return AudienceAnalyzer::tr("nobody");
    }
    QStringList parts;
    const QLocale locale;
    for (auto it = partsHistogram.begin(); it != partsHistogram.end(); ++it) {
        const double share = 100.0 * double(it.value()) / double(recipients);
        const QString percent = share > 0 && share < 1 ? u"<1"_s : locale.toString(qRound(share));
        parts << AudienceAnalyzer::tr("%1% %Ln part(s)", nullptr, it.key()).arg(percent);
    }
    return parts.join(locale.textDirection() == Qt::RightToLeft ? u"، "_s : u", "_s);
}

Result<AudienceStats> AudienceAnalyzer::analyze(Database& database, const QString& body, bool marketing,
    bool transliterate, const AudienceQuery& audience, const QString& shopName, const PriceTable& prices,
    const std::atomic<bool>* cancel, const QString& utmCampaign)
{
    auto parsed = MessageTemplate::parse(body);
    if (!parsed) {
        return parsed.error();
    }
    const MessageTemplate& message = parsed.value();

    // Custom fields come in as extra columns, one bound name each.
    QStringList customNames;
    for (const QString& key : message.usedKeys()) {
        if (key.startsWith(u"field:"_s)) {
            customNames << key.mid(6);
        }
    }
    QString columns = u"c.id, c.first_name, c.last_name, c.phone, c.email, c.city, c.country, c.language"_s;
    QVariantList bindings;
    for (const QString& name : std::as_const(customNames)) {
        columns += u", (SELECT f.value FROM contact_fields f WHERE f.contact_id = c.id AND f.name = ?)"_s;
        bindings << name;
    }
    bindings += audience.bindings;

    QSqlQuery q = database.query();
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM contacts c WHERE %2"_s.arg(columns, audience.where))) {
        return Database::errorFrom(q, u"audience"_s);
    }
    for (const QVariant& value : std::as_const(bindings)) {
        q.addBindValue(value);
    }
    if (!q.exec()) {
        return Database::errorFrom(q, u"audience"_s);
    }

    OptOutFooterStore footerStore(database);
    QHash<QString, QString> footers;
    AudienceStats stats;
    stats.currency = prices.currency();
    int longestUnits = -1;
    while (q.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            return Error {tr("Cancelled.")};
        }
        Contact contact;
        contact.id = q.value(0).toLongLong();
        contact.firstName = q.value(1).toString();
        contact.lastName = q.value(2).toString();
        contact.phone = q.value(3).toString();
        contact.email = q.value(4).toString();
        contact.city = q.value(5).toString();
        contact.country = q.value(6).toString();
        contact.language = q.value(7).toString();
        QHash<QString, QString> custom;
        for (int i = 0; i < customNames.size(); ++i) {
            custom.insert(customNames.at(i), q.value(8 + i).toString());
        }
        OutgoingText::Options options {marketing, QString(), transliterate};
        if (marketing) {
            auto footer = footers.find(contact.language);
            if (footer == footers.end()) {
                footer = footers.insert(contact.language, footerStore.footer(contact.language));
            }
            options.footer = footer.value();
        }
        const QString text = OutgoingText::compose(
            message, ContactValues::forContact(contact, shopName, custom), options, utmCampaign);
        const SmsCount count = SmsCounter::count(text);
        ++stats.recipients;
        stats.partsHistogram[count.segments] += 1;
        stats.totalParts += count.segments;
        stats.estimatedCostMicros += count.segments * prices.pricePerPartMicros(contact.country);
        if (count.encoding == SmsEncoding::Ucs2) {
            ++stats.ucs2Recipients;
        }
        if (count.segments > stats.longestParts
            || (count.segments == stats.longestParts && count.units > longestUnits)) {
            stats.longestText = text;
            stats.longestParts = count.segments;
            longestUnits = count.units;
        }
    }
    return stats;
}

} // namespace Herald
