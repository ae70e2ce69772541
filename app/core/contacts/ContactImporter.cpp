// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContactImporter.h"

#include "CsvReader.h"
#include "CsvSniffer.h"
#include "CsvWriter.h"
#include "ImportValues.h"
#include "Suppression.h"
#include "logging/LogCategories.h"
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

// The numbers seen so far, for the duplicate check: open addressing over the keys themselves
// (8 bytes a slot, at most half full): a fraction of the memory of a node-based set.
class KeySet
{
public:
    // False if key was there already. Keys are never 0 (ImportValues::phoneKey() counts digits).
    bool insert(quint64 key)
    {
        if ((m_size + 1) * 2 > m_table.size()) {
            grow();
        }
        if (!place(m_table, key)) {
            return false;
        }
        ++m_size;
        return true;
    }

private:
    static bool place(std::vector<quint64>& table, quint64 key)
    {
        const size_t mask = table.size() - 1;
        for (size_t i = size_t(key * 0x9E3779B97F4A7C15ULL >> 20) & mask;; i = (i + 1) & mask) {
            if (table[i] == key) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = key;
                return true;
            }
        }
    }
    void grow()
    {
        std::vector<quint64> bigger(std::max<size_t>(1024, m_table.size() * 2), 0);
        for (const quint64 key : m_table) {
            if (key != 0) {
                place(bigger, key);
            }
        }
        m_table.swap(bigger);
    }

    std::vector<quint64> m_table;
    size_t m_size = 0;
};

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
        std::vector<std::unique_ptr<Batch>> spent;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_cancelled || m_inFlight < MaxBatchesInFlight; });
        if (m_cancelled) {
            return false;
        }
        ++m_inFlight;
        m_toNormalise.push_back(std::move(batch));
        spent.swap(m_spent);
        m_changed.notify_all();
        lock.unlock();
        spent.clear(); // freed here rather than on the writing thread, which has the most to do
        return true;
    }
    // Writer side: a batch that is written, to be freed by the reader.
    void recycle(std::unique_ptr<Batch> batch)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
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
    std::vector<std::unique_ptr<Batch>> m_spent;
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

// New contacts are indexed for search in chunks of this many (see Writer::deferSearchTriggers).
constexpr qint64 SearchChunk = 32768;

// New contacts and their ledger events are inserted this many to a statement.
constexpr int RowsPerInsert = 16;

// The search index rows of the contacts with ids in [?, ?], as the contacts_fts_insert trigger
// writes them (Schema, version 3) plus the tags the contact_tags_fts_insert trigger adds.
// TestContactImporter::searchIndexMatchesTriggers compares the two.
const QString SearchInsertSql = uR"(INSERT INTO contacts_fts (rowid, name, phone, email, tags)
    SELECT c.id, c.first_name || ' ' || c.last_name,
           c.phone || ' ' || substr(c.phone, 2) || ' ' || substr(c.phone, 3) || ' ' || substr(c.phone, 4) || ' ' ||
               substr(c.phone, 5),
           c.email,
           coalesce((SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
                     WHERE ct.contact_id = c.id), '')
    FROM contacts c WHERE c.id BETWEEN ? AND ? ORDER BY c.id)"_s;

// The contact_tags_fts_insert trigger's statement, for one contact.
const QString SearchTagsSql = uR"(UPDATE contacts_fts SET tags = (SELECT group_concat(t.name, ' ')
    FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = :contact) WHERE rowid = :row)"_s;

// An invalid QVariant binds as SQL NULL and compares as null with what SQLite returns.
QVariant nullableInt(int value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QVariant nullableTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

// Times at or before the epoch are stored as NULL (no date).
QVariant positiveOrNull(qint64 value)
{
    return value > 0 ? QVariant(value) : QVariant();
}

QString comparable(const QVariant& value)
{
    return value.isNull() || !value.isValid() ? u"<null>"_s : value.toString();
}

// The numbers of a batch travel to SQLite as one JSON array (json_each) to find those already in
// the workspace with one statement.
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

// An INSERT of a fixed number of rows, bound by name: Qt binds a positional value through a string
// key made for each value, which costs twice as much.
struct RowsInsert
{
    QSqlQuery query;
    QStringList names; // row * columns + column
    int columns = 0;

    // sql ends with "VALUES "; each row is (:c0_r, :c1_r, …) followed by constants (", 'x'").
    Result<void> prepare(const Database& database, const QString& sql, const QStringList& columnNames, int rows,
        const QString& constants)
    {
        columns = int(columnNames.size());
        names.clear();
        QStringList tuples;
        for (int row = 0; row < rows; ++row) {
            QStringList tuple;
            for (const QString& column : columnNames) {
                names.append(u":%1_%2"_s.arg(column).arg(row));
                tuple.append(names.constLast());
            }
            tuples.append(u"(%1%2)"_s.arg(tuple.join(u", "_s), constants));
        }
        const QString statement = sql + tuples.join(u", "_s);
        query = database.query();
        if (!query.prepare(statement)) {
            return Database::errorFrom(query, statement);
        }
        return {};
    }
    void bind(int row, int column, const QVariant& value)
    {
        query.bindValue(names.at(row * columns + column), value);
    }
};

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
        auto any = m_database.scalar(u"SELECT EXISTS (SELECT 1 FROM contacts)"_s);
        if (!any) {
            return any.error();
        }
        // An empty workspace needs no lookups: the file's own duplicates are caught before.
        m_mayExist = any.value().toBool();
        // New contacts get the ids SQLite would give them (one more than the largest), so that
        // their ledger events, tags and fields need no lookup by phone.
        auto last = m_database.scalar(u"SELECT coalesce(max(id), 0) FROM contacts"_s);
        if (!last) {
            return last.error();
        }
        m_nextId = last.value().toLongLong() + 1;
        m_searchedUpTo = m_nextId - 1;
        // Before any statement is prepared: schema changes make prepared statements recompile.
        if (auto deferred = deferSearchTriggers(); !deferred) {
            return deferred;
        }

        static const QStringList contactColumns
            = {u"id"_s, u"phone"_s, u"phone_type"_s, u"first_name"_s, u"last_name"_s, u"email"_s, u"country"_s,
                u"city"_s, u"language"_s, u"time_zone"_s, u"birthday_year"_s, u"birthday_month"_s, u"birthday_day"_s,
                u"total_spent_micros"_s, u"currency"_s, u"orders_count"_s, u"last_order_at"_s, u"marketing_consent"_s,
                u"consent_changed_at"_s, u"source"_s, u"created_at"_s, u"updated_at"_s};
        static const QStringList consentColumns = {
            u"contact_id"_s, u"action"_s, u"occurred_at"_s, u"wording"_s, u"evidence"_s, u"source"_s, u"recorded_at"_s};
        // OR FAIL: a failing row fails the import (the whole transaction rolls back), so SQLite
        // needs no statement journal to undo the rows before it within the statement.
        const QString contacts = u"INSERT OR FAIL INTO contacts (%1) VALUES "_s.arg(contactColumns.join(u", "_s));
        const QString consent = u"INSERT OR FAIL INTO consent_events (contact_id, action, occurred_at, wording, "
                                "evidence, source, recorded_at, purpose, method) VALUES "_s;
        const std::pair<RowsInsert*, std::pair<QString, int>> inserts[] = {
            {&m_contactOne, {contacts, 1}},
            {&m_contactMany, {contacts, RowsPerInsert}},
            {&m_consentOne, {consent, 1}},
            {&m_consentMany, {consent, RowsPerInsert}},
        };
        for (const auto& [insert, spec] : inserts) {
            const bool isConsent = insert == &m_consentOne || insert == &m_consentMany;
            if (auto done = insert->prepare(m_database, spec.first, isConsent ? consentColumns : contactColumns,
                    spec.second, isConsent ? u", 'marketing', 'import'"_s : QString());
                !done) {
                return done;
            }
            // The values that are the same for every row are bound once.
            for (int row = 0; row < spec.second; ++row) {
                if (isConsent) {
                    insert->bind(row, 5, m_source);
                    insert->bind(row, 6, m_now);
                } else {
                    insert->bind(row, 19, m_source);
                    insert->bind(row, 20, m_now);
                    insert->bind(row, 21, m_now);
                }
            }
        }
        const std::pair<QSqlQuery*, QString> statements[] = {
            {&m_exists, u"SELECT j.key FROM json_each(?) AS j JOIN contacts AS c ON c.phone = j.value"_s},
            {&m_consent,
                u"INSERT INTO consent_events (contact_id, purpose, action, occurred_at, method, source, wording, "
                "evidence, recorded_at) VALUES (:contact, 'marketing', :action, :occurred, 'import', :source, "
                ":wording, :evidence, :recorded)"_s},
            {&m_field,
                u"INSERT INTO contact_fields (contact_id, name, value) VALUES (?, ?, ?) "
                "ON CONFLICT (contact_id, name) DO UPDATE SET value = excluded.value WHERE value <> excluded.value"_s},
            {&m_newField,
                u"INSERT OR IGNORE INTO contact_fields (contact_id, name, value) VALUES (:contact, :name, :value)"_s},
            {&m_tag, u"INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"_s},
            {&m_tagId, u"SELECT id FROM tags WHERE name = ?"_s},
            {&m_contactTag, u"INSERT OR IGNORE INTO contact_tags (contact_id, tag_id) VALUES (:contact, :tag)"_s},
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
            *query = m_database.query();
            if (!query->prepare(sql)) {
                return Database::errorFrom(*query, sql);
            }
        }
        m_consent.bindValue(u":source"_s, m_source);
        m_consent.bindValue(u":recorded"_s, m_now);
        if (m_searchDeferred) {
            const std::pair<QSqlQuery*, QString> search[] = {
                {&m_searchInsert, SearchInsertSql},
                {&m_searchTags, SearchTagsSql},
            };
            for (const auto& [query, sql] : search) {
                *query = m_database.query();
                if (!query->prepare(sql)) {
                    return Database::errorFrom(*query, sql);
                }
            }
        }
        return {};
    }

    // Indexes the new contacts not yet in the search index once SearchChunk of them wait, or all
    // of them with force.
    Result<void> indexForSearch(bool force)
    {
        if (!m_searchDeferred) {
            return {};
        }
        const qint64 last = m_nextId - 1;
        if (last > m_searchedUpTo && (force || last - m_searchedUpTo >= SearchChunk)) {
            m_searchInsert.bindValue(0, m_searchedUpTo + 1);
            m_searchInsert.bindValue(1, last);
            if (!m_searchInsert.exec()) {
                return Database::errorFrom(m_searchInsert, u"search index"_s);
            }
            m_searchedUpTo = last;
        }
        return {};
    }

    // Indexes the last new contacts and creates the search triggers again, before the commit.
    Result<void> finish()
    {
        if (!m_searchDeferred) {
            return {};
        }
        if (auto done = indexForSearch(true); !done) {
            return done;
        }
        for (const QString& sql : std::as_const(m_searchTriggers)) {
            if (auto done = m_database.exec(sql); !done) {
                return done;
            }
        }
        m_searchDeferred = false;
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

    // New contacts, RowsPerInsert to a statement (each statement opens a cursor on the table and
    // each of its indexes), then their ledger events, tags and fields.
    Result<void> insertNew(const std::vector<ParsedRow*>& rows)
    {
        m_pendingConsent.clear();
        size_t next = 0;
        while (next < rows.size()) {
            const bool many = rows.size() - next >= size_t(RowsPerInsert);
            RowsInsert& insert = many ? m_contactMany : m_contactOne;
            const size_t count = many ? size_t(RowsPerInsert) : 1;
            const qint64 firstId = m_nextId;
            for (size_t k = 0; k < count; ++k) {
                if (auto done = bindContact(insert, int(k), *rows[next + k], firstId + qint64(k)); !done) {
                    return done;
                }
            }
            if (!insert.query.exec()) {
                return Database::errorFrom(insert.query, u"insert contacts"_s);
            }
            for (size_t k = 0; k < count; ++k) {
                if (auto done = addNewTagsAndFields(firstId + qint64(k), *rows[next + k]); !done) {
                    return done;
                }
                rows[next + k]->written = true;
            }
            m_nextId += qint64(count);
            m_summary.imported += qint64(count);
            next += count;
        }
        return recordPendingConsent();
    }

    Result<void> bindContact(RowsInsert& insert, int k, const ParsedRow& row, qint64 id)
    {
        const Contact& c = row.contact;
        // The CHECK constraints of contacts, off while importing (see run()): the consent values
        // below are constants, and birthdays come from ImportValues::parseBirthday().
        if (c.birthdayMonth > 12 || c.birthdayMonth < 0 || c.birthdayDay > 31 || c.birthdayDay < 0) {
            return Error {Database::tr("Database error: %1").arg(u"CHECK constraint failed: contacts"_s)};
        }
        const ConsentChange change = consentFor(row, MarketingConsent::Unknown);
        insert.bind(k, 0, id);
        insert.bind(k, 1, Database::text(c.phone));
        insert.bind(k, 2, Database::text(c.phoneType));
        insert.bind(k, 3, Database::text(c.firstName));
        insert.bind(k, 4, Database::text(c.lastName));
        insert.bind(k, 5, Database::text(c.email));
        insert.bind(k, 6, Database::text(c.country));
        insert.bind(k, 7, Database::text(c.city));
        insert.bind(k, 8, Database::text(c.language));
        insert.bind(k, 9, Database::text(c.timeZone));
        insert.bind(k, 10, nullableInt(c.birthdayYear));
        insert.bind(k, 11, nullableInt(c.birthdayMonth));
        insert.bind(k, 12, nullableInt(c.birthdayDay));
        insert.bind(k, 13, c.totalSpentMicros);
        insert.bind(k, 14, Database::text(c.currency));
        insert.bind(k, 15, c.ordersCount);
        insert.bind(k, 16, positiveOrNull(c.lastOrderAt.isValid() ? c.lastOrderAt.toSecsSinceEpoch() : 0));
        insert.bind(k, 17, change.change ? (change.optIn ? u"opted_in"_s : u"opted_out"_s) : u"unknown"_s);
        insert.bind(k, 18, positiveOrNull(change.change ? change.occurred : 0));
        if (change.change) {
            m_pendingConsent.push_back({id, change});
        }
        return {};
    }

    Result<void> recordPendingConsent()
    {
        size_t next = 0;
        while (next < m_pendingConsent.size()) {
            const bool many = m_pendingConsent.size() - next >= size_t(RowsPerInsert);
            RowsInsert& insert = many ? m_consentMany : m_consentOne;
            const size_t count = many ? size_t(RowsPerInsert) : 1;
            for (size_t k = 0; k < count; ++k) {
                const auto& [id, change] = m_pendingConsent[next + k];
                insert.bind(int(k), 0, id);
                insert.bind(int(k), 1, change.optIn ? u"opt_in"_s : u"opt_out"_s);
                insert.bind(int(k), 2, change.occurred);
                insert.bind(int(k), 3, Database::text(change.wording));
                insert.bind(int(k), 4, Database::text(change.evidence));
            }
            if (!insert.query.exec()) {
                return Database::errorFrom(insert.query, u"record consent"_s);
            }
            next += count;
        }
        m_pendingConsent.clear();
        return {};
    }

    Result<void> addNewTagsAndFields(qint64 id, const ParsedRow& row)
    {
        for (const QString& tag : row.contact.tags) {
            auto tagId = this->tagId(tag);
            if (!tagId) {
                return tagId.error();
            }
            m_contactTag.bindValue(u":contact"_s, id);
            m_contactTag.bindValue(u":tag"_s, tagId.value());
            if (!m_contactTag.exec()) {
                return Database::errorFrom(m_contactTag, u"tag contact"_s);
            }
        }
        for (const auto& [name, value] : row.custom) {
            m_newField.bindValue(u":contact"_s, id);
            m_newField.bindValue(u":name"_s, name);
            m_newField.bindValue(u":value"_s, value);
            if (!m_newField.exec()) {
                return Database::errorFrom(m_newField, u"custom field"_s);
            }
        }
        return {};
    }

    Result<void> recordConsent(qint64 contactId, const ConsentChange& consent)
    {
        QSqlQuery& q = m_consent;
        q.bindValue(u":contact"_s, contactId);
        q.bindValue(u":action"_s, consent.optIn ? u"opt_in"_s : u"opt_out"_s);
        q.bindValue(u":occurred"_s, consent.occurred);
        q.bindValue(u":source"_s, consent.source);
        q.bindValue(u":wording"_s, Database::text(consent.wording));
        q.bindValue(u":evidence"_s, Database::text(consent.evidence));
        if (!q.exec()) {
            return Database::errorFrom(q, u"record consent"_s);
        }
        return {};
    }

    Result<void> addTagsAndFields(qint64 contactId, const ParsedRow& row, bool& changed)
    {
        bool tagged = false;
        for (const QString& tag : row.contact.tags) {
            auto id = tagId(tag);
            if (!id) {
                return id.error();
            }
            m_contactTag.bindValue(u":contact"_s, contactId);
            m_contactTag.bindValue(u":tag"_s, id.value());
            if (!m_contactTag.exec()) {
                return Database::errorFrom(m_contactTag, u"tag contact"_s);
            }
            tagged = tagged || m_contactTag.numRowsAffected() > 0;
        }
        // What the tag trigger would have done, once for all the new tags of the contact.
        if (tagged && m_searchDeferred) {
            m_searchTags.bindValue(u":contact"_s, contactId);
            m_searchTags.bindValue(u":row"_s, contactId);
            if (!m_searchTags.exec()) {
                return Database::errorFrom(m_searchTags, u"search index tags"_s);
            }
        }
        changed = changed || tagged;
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

    // Search is kept by triggers on contacts and contact_tags (Schema). Fired per row, they make
    // FTS5 flush one segment per statement; an import drops the two insert triggers inside its
    // transaction, indexes its new contacts in chunks with the same values, and creates the
    // triggers again before it commits (a rollback restores them too).
    Result<void> deferSearchTriggers()
    {
        QSqlQuery q = m_database.query();
        if (!q.exec(u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                    "('contacts_fts_insert', 'contact_tags_fts_insert') ORDER BY name"_s)) {
            return Database::errorFrom(q, u"search triggers"_s);
        }
        QStringList names;
        QStringList sql;
        while (q.next()) {
            names.append(q.value(0).toString());
            sql.append(q.value(1).toString());
        }
        q.finish();
        if (names.size() != 2) {
            return {}; // a schema this importer does not know: leave search to the triggers
        }
        for (const QString& name : std::as_const(names)) {
            if (auto done = m_database.exec(u"DROP TRIGGER %1"_s.arg(name)); !done) {
                return done;
            }
        }
        m_searchTriggers = sql;
        m_searchDeferred = true;
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
                // Qt binds a null QString (a one-word full name's last name) as NULL: text through
                // Database::text(), as for new contacts.
                const QVariant& value = values.at(i);
                u.bindValue(
                    i, value.typeId() == QMetaType::QString ? QVariant(Database::text(value.toString())) : value);
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
    QSqlQuery m_consent;
    QSqlQuery m_field;
    QSqlQuery m_tag;
    QSqlQuery m_tagId;
    QSqlQuery m_contactTag;
    QSqlQuery m_find;
    QSqlQuery m_update;
    QHash<QString, qint64> m_tagIds;
    QSqlQuery m_exists;
    QSqlQuery m_newField;
    QSqlQuery m_searchInsert;
    QSqlQuery m_searchTags;
    RowsInsert m_contactOne;
    RowsInsert m_contactMany;
    RowsInsert m_consentOne;
    RowsInsert m_consentMany;
    std::vector<std::pair<qint64, ConsentChange>> m_pendingConsent; // contact id → its event
    QStringList m_searchTriggers; // CREATE TRIGGER statements to run again before the commit
    bool m_searchDeferred = false;
    bool m_mayExist = true;
    qint64 m_nextId = 1;
    qint64 m_searchedUpTo = 0;
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

QString ContactImporter::searchIndexSql()
{
    return SearchInsertSql;
}

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
    // SQLite 3.40 evaluates CHECK (marketing_consent IN ('unknown', 'opted_in', 'opted_out')) by
    // building a temporary b-tree for every inserted row, a fifth of the cost of an insert. The
    // writer checks what those constraints check itself (Writer::insertNew), so they are off for
    // this connection while it writes; restored afterwards.
    (void)m_database.exec(u"PRAGMA ignore_check_constraints = ON"_s);

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
    KeySet seen;
    Writer writer(m_database, m_options, summary);
    // Where the writing thread spends its time, for the debug log: waiting for rows, writing
    // contacts, indexing them for search, committing.
    QElapsedTimer phaseClock;
    phaseClock.start();
    qint64 phaseMs[5] = {0, 0, 0, 0, 0};
    auto phase = [&](int index) { phaseMs[index] += phaseClock.restart(); };
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
            phase(0);
            auto batch = pipeline.popNormalised(sequence, end, 100);
            phase(1);
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
                } else if (!seen.insert(row.key)) {
                    ++summary.duplicates; // the first occurrence in the file wins
                } else {
                    rows.push_back(&row);
                }
            }
            phase(0);
            if (auto done = writer.writeBatch(rows); !done) {
                return done;
            }
            phase(2);
            if (auto done = writer.indexForSearch(false); !done) {
                return done;
            }
            phase(3);
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
            pipeline.recycle(std::move(batch));
            report(false);
        }
        phase(0);
        if (auto done = writer.finish(); !done) {
            return done;
        }
        phase(3);
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
    phase(4);
    qCDebug(lcContacts).nospace() << "import of " << summary.rows << " rows: waiting for rows " << phaseMs[1]
                                  << " ms, writing " << phaseMs[2] << " ms, search index " << phaseMs[3]
                                  << " ms, commit " << phaseMs[4] << " ms, other " << phaseMs[0] << " ms";
    stopAll();
    (void)m_database.exec(u"PRAGMA ignore_check_constraints = OFF"_s);
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
