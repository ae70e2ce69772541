// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer entry point for the whole contact import: the input is written to a file and goes
// through ContactImporter::preview() and two real imports (skip, then update) into one SQLite
// workspace that lives as long as the process; its contacts are deleted after every input.
//
// Besides "no crash, no sanitizer report", every input must satisfy what the importer promises:
//   - a file the preview refuses, the import refuses with the same message, writing nothing;
//   - rows = imported + updated + duplicates + invalid, and the preview predicts each count;
//   - every rejected row has a line ≥ 1 and a reason, in file order, and is in the rejected-rows
//     file, which reads back cleanly;
//   - every contact has a valid E.164 number that normalises to itself, and is in the search
//     index; a number on the suppression list is never opted in;
//   - the mapping remembered is the one used, and importing the same file again changes nothing.
// A broken invariant prints what differs and aborts, which libFuzzer reports as a crash.

#include "Workspace.h"
#include "contacts/ColumnMapping.h"
#include "contacts/ContactImporter.h"
#include "contacts/CsvReader.h"
#include "contacts/PhoneNumbers.h"
#include "contacts/Suppression.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

namespace
{

// Numbers on the suppression list of the fuzz workspace; the seed corpus opts them in.
const QStringList SuppressedNumbers = {u"+48601234567"_s, u"+12015550123"_s, u"+40712345678"_s};

[[noreturn]] void fail(const char* what, const QString& detail)
{
    std::fprintf(stderr, "\nfuzz_importer: invariant broken: %s\n  %s\n", what, qPrintable(detail));
    std::fflush(stderr);
    std::abort();
}

#define CHECK(condition, detail)                                                                                       \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            fail(#condition, detail);                                                                                  \
        }                                                                                                              \
    } while (false)

QString counts(const ImportSummary& s)
{
    return u"rows %1 imported %2 updated %3 duplicates %4 invalid %5 suppressed %6 errors %7"_s.arg(s.rows)
        .arg(s.imported)
        .arg(s.updated)
        .arg(s.duplicates)
        .arg(s.invalid)
        .arg(s.suppressed)
        .arg(s.errors.size());
}

struct Fixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    QString csvPath;
    QString rejectedPath;
};

Fixture* fixture = nullptr;

qint64 count(const Database& db, const QString& sql, const QVariantList& bindings = {})
{
    auto n = db.scalar(sql, bindings);
    CHECK(n.ok(), sql + u": "_s + n.errorMessage());
    return n.value().toLongLong();
}

// The options of one input derive from its bytes, so that a reproducer reproduces.
ImportOptions optionsFor(const QByteArray& bytes)
{
    quint32 hash = 2166136261u;
    for (const char c : bytes) {
        hash = (hash ^ quint8(c)) * 16777619u;
    }
    static const QStringList regions = {QString(), u"PL"_s, u"US"_s, u"GB"_s, u"RO"_s, u"RU"_s, u"DE"_s, u"FR"_s};
    ImportOptions options;
    options.filePath = fixture->csvPath;
    options.defaultRegion = regions.at(qsizetype(hash % quint32(regions.size())));
    options.rejectedPath = fixture->rejectedPath;
    return options;
}

// The rejected-rows file reads back as a CSV file with exactly the rejected rows: their line and
// reason in the last two columns.
void checkRejectedFile(const ImportSummary& s)
{
    QFile file(fixture->rejectedPath);
    if (s.invalid == 0) {
        CHECK(!file.exists() && s.rejectedPath.isEmpty(), u"a rejected-rows file without rejected rows"_s);
        return;
    }
    CHECK(s.rejectedPath == fixture->rejectedPath, s.rejectedPath);
    CHECK(file.open(QIODevice::ReadOnly), file.errorString());
    CsvFormat format;
    format.encoding = u"UTF-8"_s;
    format.hasBom = true;
    format.delimiter = u',';
    CsvReader reader(&file, format);
    const QStringList header = reader.header();
    CHECK(header.size() >= 2 && header.constLast() == u"Reason"_s, header.join(u'|'));
    CsvRecord record;
    qint64 index = 0;
    while (reader.readRecord(record)) {
        CHECK(index < s.errors.size(), u"more rejected rows in the file than in the summary"_s);
        const ImportIssue& issue = s.errors.at(index);
        CHECK(record.fields.size() == header.size(), record.fields.join(u'|'));
        CHECK(record.fields.at(record.fields.size() - 2) == QString::number(issue.line),
            u"file line %1, summary line %2"_s.arg(record.fields.at(record.fields.size() - 2)).arg(issue.line));
        CHECK(record.fields.constLast() == issue.reason, record.fields.constLast() + u" ≠ "_s + issue.reason);
        ++index;
    }
    CHECK(reader.errorCount() == 0, CsvReader::errorMessage(reader.errors().value(0)));
    CHECK(index == s.invalid, u"%1 rows in the rejected-rows file, %2 invalid"_s.arg(index).arg(s.invalid));
    file.close();
    QFile::remove(fixture->rejectedPath);
}

void checkContacts(const Database& db, const ImportSummary& s, const QSet<QString>& previewPhones)
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{5,14}$"_s);
    QSqlQuery q = db.query();
    CHECK(q.exec(u"SELECT phone, phone_type, country, marketing_consent FROM contacts"_s), u"contacts"_s);
    QSet<QString> phones;
    while (q.next()) {
        const QString phone = q.value(0).toString();
        CHECK(e164.match(phone).hasMatch(), u"stored phone “%1”"_s.arg(phone));
        const auto again = PhoneNumbers::normalize(phone, QString());
        CHECK(again.ok() && again->e164 == phone, u"“%1” does not normalise to itself"_s.arg(phone));
        CHECK(!q.value(1).toString().isEmpty(), u"no phone type for %1"_s.arg(phone));
        CHECK(!phones.contains(phone), u"%1 twice"_s.arg(phone));
        phones.insert(phone);
        if (SuppressedNumbers.contains(phone)) {
            CHECK(q.value(3).toString() != u"opted_in"_s, u"suppressed %1 is opted in"_s.arg(phone));
        }
    }
    CHECK(phones.size() == s.imported, u"%1 contacts, %2 imported"_s.arg(phones.size()).arg(s.imported));
    CHECK(phones == previewPhones, u"the import stored other numbers than the preview showed"_s);
    CHECK(count(db, u"SELECT count(*) FROM contacts_fts"_s) == s.imported, u"search index out of step"_s);
    CHECK(count(db,
              u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
              "('contacts_fts_insert', 'contact_tags_fts_insert')"_s)
            == 2,
        u"the search triggers were not restored"_s);
    // One ledger event per contact whose consent the file set, none for the others.
    CHECK(count(db, u"SELECT count(*) FROM contacts WHERE marketing_consent <> 'unknown'"_s)
            == count(db, u"SELECT count(*) FROM consent_events"_s),
        u"consent column and ledger disagree"_s);
    CHECK(count(db,
              u"SELECT count(*) FROM consent_events e JOIN contacts c ON c.id = e.contact_id "
              "WHERE e.action = 'opt_in' AND c.phone IN (?, ?, ?)"_s,
              {SuppressedNumbers.at(0), SuppressedNumbers.at(1), SuppressedNumbers.at(2)})
            == 0,
        u"a suppressed number was opted in"_s);
}

void checkSummary(const ImportSummary& s, qint64 maxLine)
{
    CHECK(s.rows == s.imported + s.updated + s.duplicates + s.invalid, counts(s));
    CHECK(s.rows >= 0 && s.imported >= 0 && s.updated >= 0 && s.duplicates >= 0 && s.invalid >= 0, counts(s));
    // Rows that say "opted in" for a suppressed number; on a second import they may be duplicates.
    CHECK(s.suppressed <= s.imported + s.updated + s.duplicates, counts(s));
    CHECK(s.landlines <= s.imported + s.updated, counts(s));
    CHECK(s.errors.size() == std::min(s.invalid, qint64(ImportSummary::MaxStoredIssues)), counts(s));
    CHECK(s.warnings.size() == std::min(s.warningCount, qint64(ImportSummary::MaxStoredIssues)), counts(s));
    qint64 previous = 0;
    for (const ImportIssue& issue : s.errors) {
        CHECK(issue.line >= 1 && issue.line <= maxLine, u"rejected row on line %1"_s.arg(issue.line));
        CHECK(!issue.reason.trimmed().isEmpty(), u"no reason for line %1"_s.arg(issue.line));
        CHECK(issue.line >= previous, u"line %1 after line %2"_s.arg(issue.line).arg(previous));
        previous = issue.line;
    }
    for (const ImportIssue& issue : s.warnings) {
        CHECK(issue.line >= 1 && issue.line <= maxLine && !issue.reason.isEmpty(),
            u"warning on line %1: %2"_s.arg(issue.line).arg(issue.reason));
    }
}

void clearWorkspace(const Database& db)
{
    for (const QString& sql : {u"DELETE FROM contacts"_s, u"DELETE FROM tags"_s,
             u"DELETE FROM workspace_meta WHERE key LIKE 'import_mapping:%'"_s}) {
        auto done = db.exec(sql);
        CHECK(done.ok(), done.errorMessage());
    }
    CHECK(count(db, u"SELECT count(*) FROM consent_events"_s) == 0, u"ledger left over"_s);
    CHECK(count(db, u"SELECT count(*) FROM contacts_fts"_s) == 0, u"search index left over"_s);
    QFile::remove(fixture->rejectedPath);
}

void fuzzOne(const QByteArray& bytes)
{
    {
        QFile file(fixture->csvPath);
        CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), file.errorString());
        CHECK(file.write(bytes) == bytes.size(), file.errorString());
    }
    Database& db = fixture->workspace->database();
    const ImportOptions options = optionsFor(bytes);
    // Every line break could start a line: an upper bound for the line numbers reported.
    const qint64 maxLine = bytes.count('\n') + bytes.count('\r') + 2;

    auto preview = ContactImporter::preview(options, 1000000, &db);
    auto first = ContactImporter(db, options).run();
    if (!preview) {
        CHECK(!first, u"the preview refused the file (%1) but the import took it"_s.arg(preview.errorMessage()));
        CHECK(first.errorMessage() == preview.errorMessage(),
            u"preview: %1 / import: %2"_s.arg(preview.errorMessage(), first.errorMessage()));
        CHECK(!preview.errorMessage().trimmed().isEmpty(), u"a refusal without a message"_s);
        CHECK(count(db, u"SELECT count(*) FROM contacts"_s) == 0, u"a refused file created contacts"_s);
        CHECK(count(db, u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'import_mapping:%'"_s) == 0,
            u"a refused file left a mapping"_s);
        CHECK(!QFile::exists(fixture->rejectedPath), u"a refused file left a rejected-rows file"_s);
        return;
    }
    CHECK(first.ok(), u"the preview accepted the file, the import failed: "_s + first.errorMessage());
    const ImportSummary& s = first.value();
    checkSummary(s, maxLine);
    CHECK(s.updated == 0, counts(s)); // the workspace was empty

    // The preview shows every row as the import treats it.
    qint64 invalid = 0;
    qint64 duplicates = 0;
    QList<qint64> errorLines;
    QSet<QString> previewPhones;
    for (const ImportPreviewRow& row : std::as_const(preview->rows)) {
        if (!row.error.isEmpty()) {
            ++invalid;
            errorLines.append(row.line);
            continue;
        }
        CHECK(!row.contact.phone.isEmpty(), u"preview row on line %1 has no phone and no error"_s.arg(row.line));
        if (row.duplicate) {
            ++duplicates;
        } else {
            previewPhones.insert(row.contact.phone);
        }
    }
    CHECK(preview->rows.size() == s.rows, u"preview %1 rows; "_s.arg(preview->rows.size()) + counts(s));
    CHECK(invalid == s.invalid && duplicates == s.duplicates,
        u"preview %1 invalid %2 duplicates; "_s.arg(invalid).arg(duplicates) + counts(s));
    QList<qint64> importLines;
    for (const ImportIssue& issue : s.errors) {
        importLines.append(issue.line);
    }
    std::sort(errorLines.begin(), errorLines.end());
    CHECK(errorLines == importLines, u"the preview and the import reject different lines"_s);

    checkContacts(db, s, previewPhones);
    checkRejectedFile(s);
    if (preview->format.hasHeader) {
        const auto remembered = ColumnMapping::remembered(db, preview->header);
        CHECK(remembered && *remembered == preview->mapping, u"the remembered mapping differs from the one used"_s);
    } else {
        CHECK(count(db, u"SELECT count(*) FROM workspace_meta WHERE key LIKE 'import_mapping:%'"_s) == 0,
            u"a mapping remembered for a file without a header"_s);
    }

    // The same file again, updating: every valid row is now in the workspace and nothing changes.
    const qint64 events = count(db, u"SELECT count(*) FROM consent_events"_s);
    ImportOptions update = options;
    update.onDuplicate = DuplicatePolicy::Update;
    auto second = ContactImporter(db, update).run();
    CHECK(second.ok(), u"importing the same file again failed: "_s + second.errorMessage());
    const ImportSummary& t = second.value();
    checkSummary(t, maxLine);
    CHECK(t.rows == s.rows && t.invalid == s.invalid && t.imported == 0 && t.updated == 0
            && t.duplicates == s.imported + s.duplicates,
        u"first: "_s + counts(s) + u"; again: "_s + counts(t));
    CHECK(count(db, u"SELECT count(*) FROM consent_events"_s) == events, u"the second import changed consent"_s);
    checkContacts(db, s, previewPhones);
    checkRejectedFile(t);

    clearWorkspace(db);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static int qtArgc = 1;
    static char* qtArgv[] = {(*argv)[0], nullptr};
    Q_UNUSED(argc);
    static QCoreApplication app(qtArgc, qtArgv);
    // The importer's own messages (SQL warnings on refused input) are not findings.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            std::abort();
        }
    });

    fixture = new Fixture;
    // RAM when there is a tmpfs: a workspace commit per input is the slowest part.
    const QString base = QDir(u"/dev/shm"_s).exists() ? u"/dev/shm"_s : QDir::tempPath();
    fixture->dir = std::make_unique<QTemporaryDir>(base + u"/herald-fuzz-XXXXXX"_s);
    CHECK(fixture->dir->isValid(), fixture->dir->errorString());
    fixture->csvPath = fixture->dir->filePath(u"input.csv"_s);
    fixture->rejectedPath = fixture->dir->filePath(u"rejected.csv"_s);
    auto workspace = Workspace::open(fixture->dir->filePath(u"fuzz.herald"_s));
    CHECK(workspace.ok(), workspace.errorMessage());
    fixture->workspace = std::move(workspace).value();
    Suppression suppression(fixture->workspace->database());
    for (const QString& number : SuppressedNumbers) {
        auto added = suppression.add(number, u"stop"_s, u"fuzz"_s);
        CHECK(added.ok(), added.errorMessage());
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzzOne(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
