// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactImporter.h"

#include "CsvReader.h"
#include "CsvSniffer.h"
#include "CsvWriter.h"
#include "ImportValues.h"
#include "Suppression.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr qsizetype BatchRows = 1024;
constexpr int MaxBatchesInFlight = 8;

quint32 bit(ContactField field)
{
    return 1u << quint32(field);
}

// Everything a worker needs to turn cells into a contact; read-only while the import runs.
struct RowContext
{
    QStringList header;
    ColumnMapping mapping;
    QList<int> phoneColumns;
    QString defaultRegion;
    bool shopify = false;
    QByteArray suppressionKey;
    QHash<QByteArray, QString> suppressed; // hash → reason
};

// One row after mapping and normalisation.
struct ParsedRow
{
    qint64 line = 0;
    QStringList fields; // kept for rejected rows only
    QString error;
    QStringList warnings;
    Contact contact;
    quint32 present = 0; // bit(field) for every field with a value
    ImportValues::Consent consent = ImportValues::Consent::Empty;
    QString consentWording;
    QDateTime consentAt;
    QList<std::pair<QString, QString>> custom;
    quint64 key = 0;
    bool suppressed = false;
    QString suppressionReason;
    bool written = false; // imported or updated (not a duplicate)
};

QString cellValue(const QStringList& fields, int column, bool shopify)
{
    QString value = ImportValues::unneutralize(fields.value(column)).trimmed();
    // Shopify writes IDs and phones as '123 so that spreadsheets keep them as text.
    if (shopify && value.size() >= 2 && value.at(0) == u'\'' && (value.at(1).isDigit() || value.at(1) == u'+')) {
        value.remove(0, 1);
    }
    return value;
}

void parsePhone(const RowContext& context, const QStringList& fields, ParsedRow& row)
{
    QList<int> order = context.phoneColumns;
    // A phone labelled "Mobile" (Google Contacts) goes first.
    std::stable_partition(order.begin(), order.end(), [&](int column) {
        const int label = context.mapping.roles.at(column).labelColumn;
        return label >= 0 && ImportValues::isMobileLabel(fields.value(label));
    });
    const QString region = row.contact.country.isEmpty() ? context.defaultRegion : row.contact.country;
    QString firstError;
    for (const int column : order) {
        const QString cell = fields.value(column).trimmed();
        if (cell.isEmpty()) {
            continue;
        }
        // Google joins several values of one field with " ::: ".
        for (const QString& part : cell.split(u" ::: "_s, Qt::SkipEmptyParts)) {
            auto phone = ImportValues::normalizePhone(ImportValues::unneutralize(part.trimmed()), region);
            if (phone) {
                row.contact.phone = phone->e164;
                row.contact.phoneType = phone->type;
                if (row.contact.country.isEmpty()) {
                    row.contact.country = phone->region;
                }
                return;
            }
            if (firstError.isEmpty()) {
                firstError = u"%1 (“%2”)"_s.arg(phone.errorMessage(), part.trimmed().left(40));
            }
        }
    }
    row.error = firstError.isEmpty() ? ContactImporter::tr("no phone number") : firstError;
}

void mapRow(const RowContext& context, const QStringList& fields, ParsedRow& row)
{
    Contact& c = row.contact;
    QString fullName;
    for (int column = 0; column < context.mapping.roles.size(); ++column) {
        const ColumnRole& role = context.mapping.roles.at(column);
        if (role.field == ContactField::Ignore || role.field == ContactField::Phone) {
            continue;
        }
        const QString value = cellValue(fields, column, context.shopify);
        if (value.isEmpty()) {
            continue;
        }
        const quint32 b = bit(role.field);
        if ((row.present & b) && role.field != ContactField::Custom && role.field != ContactField::Tags) {
            continue; // the first column with a value wins
        }
        const QString columnName = context.header.value(column);
        auto warn = [&](const QString& what) {
            row.warnings.append(ContactImporter::tr("%1 “%2” was not understood and was left out")
                                    .arg(columnName, value.left(40))
                                    .arg(what));
        };
        switch (role.field) {
        case ContactField::Ignore:
        case ContactField::Phone:
            break;
        case ContactField::FirstName:
            c.firstName = value;
            break;
        case ContactField::LastName:
            c.lastName = value;
            break;
        case ContactField::FullName:
            fullName = value;
            break;
        case ContactField::Email:
            c.email = value;
            break;
        case ContactField::Country: {
            const QString code = ImportValues::countryCode(value);
            if (code.isEmpty()) {
                continue; // another country column may have one
            }
            c.country = code;
            break;
        }
        case ContactField::City:
            c.city = value;
            break;
        case ContactField::Language:
            c.language = value;
            break;
        case ContactField::TimeZone:
            c.timeZone = value;
            break;
        case ContactField::Birthday:
            if (!ImportValues::parseBirthday(value, c.birthdayYear, c.birthdayMonth, c.birthdayDay)) {
                // Outlook writes 0/0/00 for "no birthday".
                if (value != u"0/0/00"_s) {
                    warn(QString());
                }
                continue;
            }
            break;
        case ContactField::TotalSpent:
            if (auto micros = ImportValues::parseMoneyMicros(value)) {
                c.totalSpentMicros = *micros;
            } else {
                warn(QString());
                continue;
            }
            break;
        case ContactField::Currency:
            c.currency = value.toUpper();
            break;
        case ContactField::Orders:
            if (auto n = ImportValues::parseCount(value)) {
                c.ordersCount = *n;
            } else {
                warn(QString());
                continue;
            }
            break;
        case ContactField::LastOrder:
            c.lastOrderAt = ImportValues::parseDateTime(value);
            if (!c.lastOrderAt.isValid()) {
                warn(QString());
                continue;
            }
            break;
        case ContactField::Consent: {
            const auto consent = ImportValues::parseConsent(value);
            if (consent == ImportValues::Consent::Unrecognised) {
                warn(QString());
                continue;
            }
            row.consent = consent;
            row.consentWording = u"%1: %2"_s.arg(columnName, value);
            break;
        }
        case ContactField::ConsentDate:
            row.consentAt = ImportValues::parseDateTime(value);
            if (!row.consentAt.isValid()) {
                warn(QString());
                continue;
            }
            break;
        case ContactField::Tags:
            for (const QString& tag : ImportValues::splitTags(value)) {
                if (!c.tags.contains(tag, Qt::CaseInsensitive)) {
                    c.tags.append(tag);
                }
            }
            break;
        case ContactField::Custom: {
            const QString name = role.customName.isEmpty() ? columnName : role.customName;
            const bool known
                = std::any_of(row.custom.cbegin(), row.custom.cend(), [&](const auto& f) { return f.first == name; });
            if (!known) {
                row.custom.append({name, value});
            }
            break;
        }
        }
        row.present |= b;
    }
    if (!fullName.isEmpty() && c.firstName.isEmpty() && c.lastName.isEmpty()) {
        const qsizetype space = fullName.lastIndexOf(u' ');
        c.firstName = space > 0 ? fullName.left(space).trimmed() : fullName;
        c.lastName = space > 0 ? fullName.mid(space + 1).trimmed() : QString();
        row.present |= bit(ContactField::FirstName) | bit(ContactField::LastName);
    }
    const bool hadCountry = !c.country.isEmpty();
    parsePhone(context, fields, row);
    if (!row.error.isEmpty()) {
        return;
    }
    if (!hadCountry) {
        row.present |= bit(ContactField::Country);
    }
    row.key = ImportValues::phoneKey(c.phone);
    if (c.phoneType == u"fixed_line"_s) {
        row.warnings.prepend(
            ContactImporter::tr("%1 is a landline number: it may not receive text messages").arg(c.phone));
    }
    if (!context.suppressed.isEmpty()) {
        const auto it = context.suppressed.constFind(Suppression::hash(context.suppressionKey, c.phone));
        if (it != context.suppressed.constEnd()) {
            row.suppressed = true;
            row.suppressionReason = *it;
        }
    }
}

// Reads the file's format and header, and the mapping to use.
struct Source
{
    CsvFormat format;
    QStringList header;
    bool hasHeader = true;
    ColumnMapping mapping;
};

Result<Source> openSource(const ImportOptions& options, const Database* database)
{
    QFile file(options.filePath);
    const QString fileName = QFileInfo(options.filePath).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {ContactImporter::tr("Cannot open “%1”: %2").arg(fileName, file.errorString())};
    }
    CsvSniffOptions sniffOptions;
    sniffOptions.encoding = options.encoding;
    sniffOptions.delimiter = options.delimiter;
    auto format = CsvSniffer::sniff(&file, sniffOptions);
    if (!format) {
        return Error {ContactImporter::tr("“%1” cannot be imported: %2").arg(fileName, format.errorMessage())};
    }
    Source source;
    source.format = format.value();
    CsvReader reader(&file, source.format);
    reader.setFieldCountCheck(false);
    source.header = reader.header();
    source.hasHeader = source.format.hasHeader;
    CsvRecord first;
    QList<CsvRecord> sample;
    while (sample.size() < 50 && reader.readRecord(first)) {
        sample.append(first);
    }
    if (!source.hasHeader) {
        const qsizetype columns = sample.isEmpty() ? 0 : sample.constFirst().fields.size();
        for (qsizetype i = 0; i < columns; ++i) {
            source.header.append(ContactImporter::tr("Column %1").arg(i + 1));
        }
    }
    if (options.mapping) {
        source.mapping = *options.mapping;
    } else if (auto remembered
        = database && source.hasHeader ? ColumnMapping::remembered(*database, source.header) : std::nullopt) {
        source.mapping = *remembered;
    } else if (options.preset) {
        source.mapping = ColumnMapping::forPreset(*options.preset, source.header);
    } else if (source.hasHeader) {
        source.mapping = ColumnMapping::detect(source.header);
    } else {
        // Without names, the phone column is the one whose cells are phone numbers most often.
        source.mapping.roles.resize(source.header.size());
        int best = -1;
        int bestCount = 0;
        for (int column = 0; column < source.header.size(); ++column) {
            int count = 0;
            for (const CsvRecord& record : sample) {
                count += ImportValues::normalizePhone(record.fields.value(column), options.defaultRegion).ok() ? 1 : 0;
            }
            if (count > bestCount) {
                best = column;
                bestCount = count;
            }
        }
        source.mapping.setRole(best, ContactField::Phone);
    }
    while (source.mapping.roles.size() < source.header.size()) {
        source.mapping.roles.append(ColumnRole {});
    }
    source.mapping.roles.resize(source.header.size());
    if (!source.mapping.hasPhone()) {
        return Error {ContactImporter::tr("No column of “%1” is mapped to the phone number. Choose the column that "
                                          "holds the phone numbers.")
                          .arg(fileName)};
    }
    return source;
}

RowContext makeContext(const Source& source, const ImportOptions& options)
{
    RowContext context;
    context.header = source.header;
    context.mapping = source.mapping;
    context.phoneColumns = source.mapping.phoneColumns();
    context.defaultRegion = options.defaultRegion.trimmed().toUpper();
    context.shopify = source.mapping.preset == ImportPreset::ShopifyCurrent
        || source.mapping.preset == ImportPreset::ShopifyLegacy || source.mapping.preset == ImportPreset::Herald;
    return context;
}

// The queue between the reader, the normalisers and the writing thread.
struct Batch
{
    qint64 sequence = 0;
    std::vector<ParsedRow> rows;
};

class Pipeline
{
public:
    // Reader side: blocks while too many batches are in flight; false when cancelled.
    bool pushRead(std::unique_ptr<Batch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || m_inFlight < MaxBatchesInFlight; });
        if (m_cancelled) {
            return false;
        }
        ++m_inFlight;
        m_toNormalise.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    void readerDone(qint64 batches)
    {
        std::lock_guard lock(m_mutex);
        m_totalBatches = batches;
        m_changed.notify_all();
    }
    // Normaliser side: the next batch to work on, or null when there is no more.
    std::unique_ptr<Batch> popRead()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || !m_toNormalise.empty() || m_totalBatches >= 0; });
        if (m_cancelled || m_toNormalise.empty()) {
            return nullptr;
        }
        auto batch = std::move(m_toNormalise.front());
        m_toNormalise.pop_front();
        return batch;
    }
    void pushNormalised(std::unique_ptr<Batch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_normalised.emplace(batch->sequence, std::move(batch));
        m_changed.notify_all();
    }
    // Writer side: the batches in file order; null at the end or on cancel. waitMs bounds the wait
    // so that the writer can report progress and notice a cancel.
    std::unique_ptr<Batch> popNormalised(qint64 sequence, bool& end, int waitMs)
    {
        std::unique_lock lock(m_mutex);
        end = false;
        const bool ready = m_changed.wait_for(lock, std::chrono::milliseconds(waitMs), [&] {
            return m_cancelled || m_normalised.count(sequence) > 0
                || (m_totalBatches >= 0 && sequence >= m_totalBatches);
        });
        if (!ready) {
            return nullptr;
        }
        if (m_cancelled || (m_totalBatches >= 0 && sequence >= m_totalBatches && m_normalised.count(sequence) == 0)) {
            end = true;
            return nullptr;
        }
        auto it = m_normalised.find(sequence);
        auto batch = std::move(it->second);
        m_normalised.erase(it);
        --m_inFlight;
        m_changed.notify_all();
        return batch;
    }
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }
    bool cancelled()
    {
        std::lock_guard lock(m_mutex);
        return m_cancelled;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_toNormalise;
    std::map<qint64, std::unique_ptr<Batch>> m_normalised;
    int m_inFlight = 0;
    qint64 m_totalBatches = -1;
    bool m_cancelled = false;
};

void addIssue(QList<ImportIssue>& list, qint64 line, const QString& reason)
{
    if (list.size() < ImportSummary::MaxStoredIssues) {
        list.append({line, reason});
    }
}

// An invalid QVariant binds as SQL NULL and compares as null with what SQLite returns.
QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QString comparable(const QVariant& value)
{
    return value.isNull() || !value.isValid() ? u"<null>"_s : value.toString();
}

// Rows travel to SQLite as one JSON array per statement (json_each), so that a batch costs one
// statement per table: per-row statements would make FTS5 flush a segment for every contact.
void appendJson(QString& out, const QString& value)
{
    out.append(u'"');
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\') {
            out.append(u'\\');
            out.append(c);
        } else if (c.unicode() < 0x20) {
            out.append(u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')));
        } else {
            out.append(c);
        }
    }
    out.append(u'"');
}

void appendJson(QString& out, qint64 value)
{
    out.append(QString::number(value));
}

// Zero and invalid times are JSON null, which json_extract() returns as SQL NULL.
void appendJsonOrNull(QString& out, qint64 value)
{
    if (value > 0) {
        out.append(QString::number(value));
    } else {
        out.append(u"null"_s);
    }
}

// The writing side: prepared statements on the import's connection.
class Writer
{
public:
    Writer(Database& database, const ImportOptions& options, ImportSummary& summary)
        : m_database(database)
        , m_options(options)
        , m_summary(summary)
        , m_source(u"import: %1"_s.arg(QFileInfo(options.filePath).fileName()))
        , m_now(QDateTime::currentSecsSinceEpoch())
    {
    }

    Result<void> prepare()
    {
        m_insert = m_database.query();
        m_consent = m_database.query();
        m_field = m_database.query();
        m_tag = m_database.query();
        m_tagId = m_database.query();
        m_contactTag = m_database.query();
        m_find = m_database.query();
        m_update = m_database.query();
        m_exists = m_database.query();
        m_consentBulk = m_database.query();
        m_tagBulk = m_database.query();
        m_fieldBulk = m_database.query();
        auto any = m_database.scalar(u"SELECT EXISTS (SELECT 1 FROM contacts)"_s);
        if (!any) {
            return any.error();
        }
        // An empty workspace needs no lookups: the file's own duplicates are caught before.
        m_mayExist = any.value().toBool();
        QStringList columns;
        for (int i = 0; i < 18; ++i) {
            columns.append(u"json_extract(value, '$[%1]')"_s.arg(i));
        }
        const QString column = u"json_extract(j.value, '$[%1]')"_s;
        const std::pair<QSqlQuery*, QString> statements[] = {
            {&m_insert,
                u"INSERT INTO contacts (phone, phone_type, first_name, last_name, email, country, city, language, "
                "time_zone, birthday_year, birthday_month, birthday_day, total_spent_micros, currency, orders_count, "
                "last_order_at, marketing_consent, consent_changed_at, source, created_at, updated_at) "
                "SELECT %1, ?, ?, ? FROM json_each(?)"_s.arg(columns.join(u", "_s))},
            {&m_exists, u"SELECT j.key FROM json_each(?) AS j JOIN contacts AS c ON c.phone = j.value"_s},
            {&m_consentBulk,
                u"INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, wording, "
                "evidence, recorded_at) SELECT c.id, 'marketing', %2, %3, 'import', ?, %4, %5, ? FROM json_each(?) AS "
                "j "
                "JOIN contacts AS c ON c.phone = %1"_s.arg(
                    column.arg(0), column.arg(1), column.arg(2), column.arg(3), column.arg(4))},
            {&m_tagBulk,
                u"INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) SELECT c.id, %2 FROM json_each(?) AS j "
                "JOIN contacts AS c ON c.phone = %1"_s.arg(column.arg(0), column.arg(1))},
            {&m_fieldBulk,
                u"INSERT OR IGNORE INTO contact_fields (contact_id, name, value) SELECT c.id, %2, %3 "
                "FROM json_each(?) AS j JOIN contacts AS c ON c.phone = %1"_s.arg(
                    column.arg(0), column.arg(1), column.arg(2))},
            {&m_consent,
                u"INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, wording, "
                "evidence, recorded_at) VALUES (?, 'marketing', ?, ?, 'import', ?, ?, ?, ?)"_s},
            {&m_field,
                u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, ?, ?) "
                "ON CONFLICT (contact_id, name) DO UPDATE SET value = excluded.value WHERE value <> excluded.value"_s},
            {&m_tag, u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s},
            {&m_tagId, u"SELECT id FROM tags WHERE name = ?"_s},
            {&m_contactTag, u"INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (?, ?)"_s},
            {&m_find,
                u"SELECT id, phone_type, first_name, last_name, email, country, city, language, time_zone, "
                "birthday_year, birthday_month, birthday_day, total_spent_micros, currency, orders_count, "
                "last_order_at, "
                "marketing_consent, consent_changed_at FROM contacts WHERE phone = ?"_s},
            {&m_update,
                u"UPDATE contacts SET phone_type = ?, first_name = ?, last_name = ?, email = ?, country = ?, city = ?, "
                "language = ?, time_zone = ?, birthday_year = ?, birthday_month = ?, birthday_day = ?, "
                "total_spent_micros = ?, currency = ?, orders_count = ?, last_order_at = ?, marketing_consent = ?, "
                "consent_changed_at = ?, updated_at = ? WHERE id = ?"_s},
        };
        for (const auto& [query, sql] : statements) {
            if (!query->prepare(sql)) {
                return Database::errorFrom(*query, sql);
            }
        }
        return {};
    }

    void setEvidence(const QString& sha256)
    {
        m_evidence = u"sha256:"_s + sha256;
    }

    // Writes the rows of one batch that are not duplicates within the file: numbers already in
    // the workspace one by one (skip or update), new ones with one statement per table.
    Result<void> writeBatch(const std::vector<ParsedRow*>& rows)
    {
        if (rows.empty()) {
            return {};
        }
        QSet<qint64> existing;
        if (m_mayExist) {
            QString json = u"["_s;
            for (size_t i = 0; i < rows.size(); ++i) {
                if (i > 0) {
                    json.append(u',');
                }
                appendJson(json, rows[i]->contact.phone);
            }
            json.append(u']');
            m_exists.bindValue(0, json);
            if (!m_exists.exec()) {
                return Database::errorFrom(m_exists, u"existing contacts"_s);
            }
            while (m_exists.next()) {
                existing.insert(m_exists.value(0).toLongLong());
            }
            m_exists.finish();
        }
        std::vector<ParsedRow*> fresh;
        fresh.reserve(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (!existing.contains(qint64(i))) {
                fresh.push_back(rows[i]);
            } else if (m_options.onDuplicate == DuplicatePolicy::Skip) {
                ++m_summary.duplicates;
            } else if (auto done = updateExisting(*rows[i]); !done) {
                return done;
            }
        }
        return insertNew(fresh);
    }

    bool landline(const ParsedRow& row) const
    {
        return row.contact.phoneType == u"fixed_line"_s;
    }

private:
    // The contact's consent after the row: what the file says, unless the number is suppressed.
    struct ConsentChange
    {
        bool change = false;
        bool optIn = false;
        qint64 occurred = 0;
        QString wording;
        QString source;
        QString evidence;
    };

    ConsentChange consentFor(const ParsedRow& row, MarketingConsent current)
    {
        ConsentChange out;
        const qint64 occurred = row.consentAt.isValid() ? row.consentAt.toSecsSinceEpoch() : m_now;
        if (row.consent == ImportValues::Consent::Yes && row.suppressed) {
            ++m_summary.suppressed;
        }
        if (row.consent == ImportValues::Consent::No) {
            out = {current != MarketingConsent::OptedOut, false, occurred, row.consentWording, m_source, m_evidence};
        } else if (row.suppressed) {
            out = {current != MarketingConsent::OptedOut, false, m_now,
                ContactImporter::tr("The number is on the suppression list."), m_source,
                u"suppression: %1"_s.arg(row.suppressionReason)};
        } else if (row.consent == ImportValues::Consent::Yes) {
            out = {current != MarketingConsent::OptedIn, true, occurred, row.consentWording, m_source, m_evidence};
        }
        return out;
    }

    Result<void> run(QSqlQuery& query, const QString& json, const QVariantList& before, const QString& what)
    {
        int index = 0;
        for (const QVariant& value : before) {
            query.bindValue(index++, value);
        }
        query.bindValue(index, json);
        if (!query.exec()) {
            return Database::errorFrom(query, what);
        }
        query.finish();
        return {};
    }

    Result<void> insertNew(const std::vector<ParsedRow*>& rows)
    {
        if (rows.empty()) {
            return {};
        }
        QString contacts = u"["_s;
        QString consent = u"["_s;
        QString tags = u"["_s;
        QString fields = u"["_s;
        contacts.reserve(qsizetype(rows.size()) * 256);
        auto open = [](QString& json) {
            if (json.size() > 1) {
                json.append(u',');
            }
            json.append(u'[');
        };
        for (ParsedRow* row : rows) {
            const Contact& c = row->contact;
            const ConsentChange change = consentFor(*row, MarketingConsent::Unknown);
            open(contacts);
            for (const QString* value : {&c.phone, &c.phoneType, &c.firstName, &c.lastName, &c.email, &c.country,
                     &c.city, &c.language, &c.timeZone}) {
                appendJson(contacts, *value);
                contacts.append(u',');
            }
            appendJsonOrNull(contacts, c.birthdayYear);
            contacts.append(u',');
            appendJsonOrNull(contacts, c.birthdayMonth);
            contacts.append(u',');
            appendJsonOrNull(contacts, c.birthdayDay);
            contacts.append(u',');
            appendJson(contacts, c.totalSpentMicros);
            contacts.append(u',');
            appendJson(contacts, Database::text(c.currency));
            contacts.append(u',');
            appendJson(contacts, c.ordersCount);
            contacts.append(u',');
            appendJsonOrNull(contacts, c.lastOrderAt.isValid() ? c.lastOrderAt.toSecsSinceEpoch() : 0);
            contacts.append(u',');
            appendJson(contacts, change.change ? (change.optIn ? u"opted_in"_s : u"opted_out"_s) : u"unknown"_s);
            contacts.append(u',');
            appendJsonOrNull(contacts, change.change ? change.occurred : 0);
            contacts.append(u']');
            if (change.change) {
                open(consent);
                appendJson(consent, c.phone);
                consent.append(u',');
                appendJson(consent, change.optIn ? u"opt_in"_s : u"opt_out"_s);
                consent.append(u',');
                appendJson(consent, change.occurred);
                consent.append(u',');
                appendJson(consent, Database::text(change.wording));
                consent.append(u',');
                appendJson(consent, Database::text(change.evidence));
                consent.append(u']');
            }
            for (const QString& tag : c.tags) {
                auto id = tagId(tag);
                if (!id) {
                    return id.error();
                }
                open(tags);
                appendJson(tags, c.phone);
                tags.append(u',');
                appendJson(tags, id.value());
                tags.append(u']');
            }
            for (const auto& [name, value] : row->custom) {
                open(fields);
                appendJson(fields, c.phone);
                fields.append(u',');
                appendJson(fields, name);
                fields.append(u',');
                appendJson(fields, value);
                fields.append(u']');
            }
            row->written = true;
        }
        for (QString* json : {&contacts, &consent, &tags, &fields}) {
            json->append(u']');
        }
        if (auto done = run(m_insert, contacts, {m_source, m_now, m_now}, u"insert contacts"_s); !done) {
            return done;
        }
        m_summary.imported += qint64(rows.size());
        if (consent.size() > 2) {
            if (auto done = run(m_consentBulk, consent, {m_source, m_now}, u"record consent"_s); !done) {
                return done;
            }
        }
        if (tags.size() > 2) {
            if (auto done = run(m_tagBulk, tags, {}, u"tag contacts"_s); !done) {
                return done;
            }
        }
        if (fields.size() > 2) {
            if (auto done = run(m_fieldBulk, fields, {}, u"custom fields"_s); !done) {
                return done;
            }
        }
        return {};
    }

    Result<void> recordConsent(qint64 contactId, const ConsentChange& consent)
    {
        QSqlQuery& q = m_consent;
        q.bindValue(0, contactId);
        q.bindValue(1, consent.optIn ? u"opt_in"_s : u"opt_out"_s);
        q.bindValue(2, consent.occurred);
        q.bindValue(3, consent.source);
        q.bindValue(4, Database::text(consent.wording));
        q.bindValue(5, Database::text(consent.evidence));
        q.bindValue(6, m_now);
        if (!q.exec()) {
            return Database::errorFrom(q, u"record consent"_s);
        }
        return {};
    }

    Result<void> addTagsAndFields(qint64 contactId, const ParsedRow& row, bool& changed)
    {
        for (const QString& tag : row.contact.tags) {
            auto id = tagId(tag);
            if (!id) {
                return id.error();
            }
            m_contactTag.bindValue(0, contactId);
            m_contactTag.bindValue(1, id.value());
            if (!m_contactTag.exec()) {
                return Database::errorFrom(m_contactTag, u"tag contact"_s);
            }
            changed = changed || m_contactTag.numRowsAffected() > 0;
        }
        for (const auto& [name, value] : row.custom) {
            m_field.bindValue(0, contactId);
            m_field.bindValue(1, name);
            m_field.bindValue(2, value);
            if (!m_field.exec()) {
                return Database::errorFrom(m_field, u"custom field"_s);
            }
            changed = changed || m_field.numRowsAffected() > 0;
        }
        return {};
    }

    Result<qint64> tagId(const QString& tag)
    {
        const QString key = tag.toCaseFolded();
        if (const auto it = m_tagIds.constFind(key); it != m_tagIds.constEnd()) {
            return *it;
        }
        m_tag.bindValue(0, tag);
        if (!m_tag.exec()) {
            return Database::errorFrom(m_tag, u"insert tag"_s);
        }
        m_tagId.bindValue(0, tag);
        if (!m_tagId.exec() || !m_tagId.next()) {
            return Database::errorFrom(m_tagId, u"tag id"_s);
        }
        const qint64 id = m_tagId.value(0).toLongLong();
        m_tagId.finish();
        m_tagIds.insert(key, id);
        return id;
    }

    Result<void> updateExisting(ParsedRow& row)
    {
        QSqlQuery& f = m_find;
        f.bindValue(0, row.contact.phone);
        if (!f.exec() || !f.next()) {
            return Database::errorFrom(f, u"find contact"_s);
        }
        const qint64 id = f.value(0).toLongLong();
        QVariantList values;
        for (int i = 1; i <= 17; ++i) {
            values.append(f.value(i));
        }
        f.finish();
        const QVariantList before = values;
        const Contact& c = row.contact;
        auto set = [&](ContactField field, int index, const QVariant& value) {
            if (row.present & bit(field)) {
                values[index] = value;
            }
        };
        values[0] = c.phoneType;
        set(ContactField::FirstName, 1, c.firstName);
        set(ContactField::LastName, 2, c.lastName);
        set(ContactField::Email, 3, c.email);
        set(ContactField::Country, 4, c.country);
        set(ContactField::City, 5, c.city);
        set(ContactField::Language, 6, c.language);
        set(ContactField::TimeZone, 7, c.timeZone);
        if (row.present & bit(ContactField::Birthday)) {
            values[8] = nullableInt(c.birthdayYear);
            values[9] = nullableInt(c.birthdayMonth);
            values[10] = nullableInt(c.birthdayDay);
        }
        set(ContactField::TotalSpent, 11, c.totalSpentMicros);
        set(ContactField::Currency, 12, c.currency);
        set(ContactField::Orders, 13, c.ordersCount);
        set(ContactField::LastOrder, 14, nullableTime(c.lastOrderAt));
        const ConsentChange consent = consentFor(row, consentFromStorage(values[15].toString()));
        if (consent.change) {
            values[15] = consent.optIn ? u"opted_in"_s : u"opted_out"_s;
            values[16] = consent.occurred;
        }
        bool changed = false;
        for (int i = 0; i < values.size(); ++i) {
            // Compare as text: SQLite hands integers back as qlonglong, the file's as int.
            if (comparable(values.at(i)) != comparable(before.at(i))) {
                changed = true;
                break;
            }
        }
        if (changed) {
            QSqlQuery& u = m_update;
            for (int i = 0; i < values.size(); ++i) {
                u.bindValue(i, values.at(i));
            }
            u.bindValue(17, m_now);
            u.bindValue(18, id);
            if (!u.exec()) {
                return Database::errorFrom(u, u"update contact"_s);
            }
        }
        if (consent.change) {
            if (auto done = recordConsent(id, consent); !done) {
                return done;
            }
        }
        if (auto done = addTagsAndFields(id, row, changed); !done) {
            return done;
        }
        if (changed) {
            ++m_summary.updated;
            row.written = true;
        } else {
            ++m_summary.duplicates;
        }
        return {};
    }

    Database& m_database;
    const ImportOptions& m_options;
    ImportSummary& m_summary;
    QString m_source;
    QString m_evidence;
    qint64 m_now;
    QSqlQuery m_insert;
    QSqlQuery m_consent;
    QSqlQuery m_field;
    QSqlQuery m_tag;
    QSqlQuery m_tagId;
    QSqlQuery m_contactTag;
    QSqlQuery m_find;
    QSqlQuery m_update;
    QHash<QString, qint64> m_tagIds;
    QSqlQuery m_exists;
    QSqlQuery m_consentBulk;
    QSqlQuery m_tagBulk;
    QSqlQuery m_fieldBulk;
    bool m_mayExist = true;
};

QString sha256Of(const QString& path, const std::atomic<bool>& stop)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (!stop.load(std::memory_order_relaxed)) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n <= 0) {
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

ContactImporter::ContactImporter(Database& database, ImportOptions options)
    : m_database(database)
    , m_options(std::move(options))
{
}

Result<ImportPreview> ContactImporter::preview(const ImportOptions& options, int limit, const Database* database)
{
    auto source = openSource(options, database);
    if (!source) {
        return source.error();
    }
    ImportPreview preview;
    preview.format = source->format;
    preview.header = source->header;
    preview.mapping = source->mapping;
    if (limit <= 0) {
        return preview;
    }
    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {tr("Cannot open “%1”: %2").arg(QFileInfo(options.filePath).fileName(), file.errorString())};
    }
    const RowContext context = makeContext(source.value(), options);
    CsvReader reader(&file, source->format);
    (void)reader.header();
    QList<ImportPreviewRow> broken;
    reader.setErrorHandler([&broken](const CsvError& error) {
        ImportPreviewRow row;
        row.line = error.line;
        row.error = error.reason;
        broken.append(row);
    });
    QSet<quint64> seen;
    CsvRecord record;
    while (preview.rows.size() < limit && reader.readRecord(record)) {
        preview.rows.append(broken);
        broken.clear();
        if (preview.rows.size() >= limit) {
            break;
        }
        ParsedRow parsed;
        parsed.line = record.line;
        mapRow(context, record.fields, parsed);
        ImportPreviewRow row;
        row.line = record.line;
        row.fields = record.fields;
        row.contact = parsed.contact;
        row.error = parsed.error;
        row.warning = parsed.warnings.join(u"; "_s);
        if (parsed.error.isEmpty()) {
            row.duplicate = seen.contains(parsed.key);
            seen.insert(parsed.key);
        }
        preview.rows.append(row);
    }
    for (const ImportPreviewRow& row : std::as_const(broken)) {
        if (preview.rows.size() < limit) {
            preview.rows.append(row);
        }
    }
    return preview;
}

Result<ImportSummary> ContactImporter::run(const ProgressCallback& progress, std::atomic<bool>* cancel)
{
    QElapsedTimer clock;
    clock.start();
    auto opened = openSource(m_options, &m_database);
    if (!opened) {
        return opened.error();
    }
    const Source source = std::move(opened).value();
    ImportSummary summary;
    summary.encoding = source.format.encoding;
    summary.delimiter = source.format.delimiter;
    summary.preset = source.mapping.preset;

    RowContext context = makeContext(source, m_options);
    {
        Suppression suppression(m_database);
        auto all = suppression.all();
        if (!all) {
            return all.error();
        }
        context.suppressed = std::move(all).value();
        if (!context.suppressed.isEmpty()) {
            auto key = suppression.key();
            if (!key) {
                return key.error();
            }
            context.suppressionKey = key.value();
        }
    }

    Pipeline pipeline;
    std::atomic<bool> stopHash {false};
    std::atomic<qint64> bytesRead {0};
    const qint64 bytesTotal = QFileInfo(m_options.filePath).size();
    QString sha256;
    std::thread hasher([&] { sha256 = sha256Of(m_options.filePath, stopHash); });

    const QString path = m_options.filePath;
    const CsvFormat format = source.format;
    std::thread reader([&pipeline, &bytesRead, path, format] {
        QFile file(path);
        qint64 sequence = 0;
        if (file.open(QIODevice::ReadOnly)) {
            CsvReader csv(&file, format);
            // Ragged rows are reported as errors by the reader: a shifted row must not import.
            (void)csv.header();
            auto batch = std::make_unique<Batch>();
            csv.setErrorHandler([&batch](const CsvError& error) {
                ParsedRow row;
                row.line = error.line;
                row.error = error.reason;
                batch->rows.push_back(std::move(row));
            });
            batch->rows.reserve(BatchRows);
            CsvRecord record;
            bool running = true;
            while (running && csv.readRecord(record)) {
                ParsedRow row;
                row.line = record.line;
                row.fields = std::move(record.fields);
                batch->rows.push_back(std::move(row));
                if (qsizetype(batch->rows.size()) >= BatchRows) {
                    bytesRead.store(csv.bytesRead(), std::memory_order_relaxed);
                    batch->sequence = sequence++;
                    running = pipeline.pushRead(std::move(batch));
                    batch = std::make_unique<Batch>();
                    batch->rows.reserve(BatchRows);
                }
            }
            if (running && !batch->rows.empty()) {
                batch->sequence = sequence++;
                running = pipeline.pushRead(std::move(batch));
            }
            bytesRead.store(csv.bytesRead(), std::memory_order_relaxed);
        }
        pipeline.readerDone(sequence);
    });

    const int normaliserCount = std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> normalisers;
    for (int i = 0; i < normaliserCount; ++i) {
        normalisers.emplace_back([&pipeline, &context] {
            while (auto batch = pipeline.popRead()) {
                for (ParsedRow& row : batch->rows) {
                    if (!row.error.isEmpty()) {
                        continue; // a broken CSV row
                    }
                    mapRow(context, row.fields, row);
                    if (row.error.isEmpty()) {
                        row.fields.clear();
                    }
                }
                pipeline.pushNormalised(std::move(batch));
            }
        });
    }

    auto joinAll = [&] {
        if (reader.joinable()) {
            reader.join();
        }
        for (std::thread& t : normalisers) {
            if (t.joinable()) {
                t.join();
            }
        }
        if (hasher.joinable()) {
            hasher.join();
        }
    };
    auto stopAll = [&] {
        stopHash = true;
        pipeline.cancel();
        joinAll();
    };

    // The rejected rows, written as they come and kept only if the import commits.
    std::unique_ptr<CsvWriter> rejected;
    auto reject = [&](const ParsedRow& row) -> Result<void> {
        if (m_options.rejectedPath.isEmpty()) {
            return {};
        }
        if (!rejected) {
            rejected = std::make_unique<CsvWriter>(m_options.rejectedPath);
            if (auto done = rejected->open(); !done) {
                return done;
            }
            QStringList header = source.header;
            header << tr("Line") << tr("Reason");
            if (auto done = rejected->writeRow(header); !done) {
                return done;
            }
        }
        QStringList cells = row.fields;
        while (cells.size() < source.header.size()) {
            cells.append(QString());
        }
        cells << QString::number(row.line) << row.error;
        return rejected->writeRow(cells);
    };

    // SQLite's page cache helps the many indexes of contacts; restored afterwards.
    const QVariant cacheSize = m_database.scalar(u"PRAGMA cache_size"_s).value();
    (void)m_database.exec(u"PRAGMA cache_size = -65536"_s);

    QElapsedTimer sinceProgress;
    sinceProgress.start();
    qint64 rowsDone = 0;
    auto report = [&](bool force) {
        if (!progress || (!force && sinceProgress.elapsed() < 100)) {
            return;
        }
        sinceProgress.restart();
        ImportProgress p;
        p.rowsDone = rowsDone;
        p.bytesDone = force ? bytesTotal : bytesRead.load(std::memory_order_relaxed);
        p.bytesTotal = bytesTotal;
        const double seconds = std::max(0.001, clock.elapsed() / 1000.0);
        p.rowsPerSecond = rowsDone / seconds;
        if (p.bytesDone > 0 && bytesTotal > 0) {
            p.etaSeconds = std::max(0.0, seconds * double(bytesTotal - p.bytesDone) / double(p.bytesDone));
        }
        progress(p);
    };

    bool cancelled = false;
    std::unordered_set<quint64> seen;
    Writer writer(m_database, m_options, summary);
    Result<void> result = m_database.writeTransaction([&]() -> Result<void> {
        if (auto prepared = writer.prepare(); !prepared) {
            return prepared;
        }
        hasher.join();
        summary.fileSha256 = sha256;
        writer.setEvidence(sha256);
        qint64 sequence = 0;
        for (;;) {
            if (cancel && cancel->load()) {
                cancelled = true;
                return Error {tr("The import was cancelled; nothing was imported.")};
            }
            bool end = false;
            auto batch = pipeline.popNormalised(sequence, end, 100);
            if (end) {
                break;
            }
            if (!batch) {
                report(false);
                continue;
            }
            ++sequence;
            std::vector<ParsedRow*> rows;
            rows.reserve(batch->rows.size());
            for (ParsedRow& row : batch->rows) {
                ++summary.rows;
                ++rowsDone;
                if (!row.error.isEmpty()) {
                    ++summary.invalid;
                    addIssue(summary.errors, row.line, row.error);
                    if (auto done = reject(row); !done) {
                        return done;
                    }
                } else if (!seen.insert(row.key).second) {
                    ++summary.duplicates; // the first occurrence in the file wins
                } else {
                    rows.push_back(&row);
                }
            }
            if (auto done = writer.writeBatch(rows); !done) {
                return done;
            }
            for (const ParsedRow* row : rows) {
                if (!row->written) {
                    continue;
                }
                for (const QString& warning : row->warnings) {
                    ++summary.warningCount;
                    addIssue(summary.warnings, row->line, warning);
                }
                if (writer.landline(*row)) {
                    ++summary.landlines;
                }
            }
            report(false);
        }
        if (m_options.rememberMapping && source.hasHeader) {
            if (auto done = ColumnMapping::remember(m_database, source.header, source.mapping); !done) {
                return done;
            }
        }
        if (rejected) {
            if (auto done = rejected->commit(); !done) {
                return done;
            }
            summary.rejectedPath = m_options.rejectedPath;
        }
        return {};
    });
    stopAll();
    (void)m_database.exec(u"PRAGMA cache_size = %1"_s.arg(cacheSize.toLongLong()));
    if (!result) {
        if (rejected) {
            rejected->cancel();
        }
        return cancelled ? Error {tr("The import was cancelled; nothing was imported.")} : result.error();
    }
    summary.elapsedMs = clock.elapsed();
    report(true);
    return summary;
}

} // namespace Herald
