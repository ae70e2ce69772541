// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "contacts/ColumnMapping.h"
#include "contacts/ContactExporter.h"
#include "contacts/ContactImporter.h"
#include "contacts/ImportValues.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_phoneUsage = u"phone [--region CC]"_s;
const QString s_importUsage = u"import FILE [--region CC] [--preset NAME] [--map COLUMN=FIELD]… "
                              "[--on-duplicate update|skip] [--rejected OUT.csv] [--encoding NAME] [--delimiter C]"_s;
const QString s_exportUsage = u"export OUT.csv [--segment ID]"_s;

bool validRegion(const QString& region)
{
    return region.size() == 2 && PhoneNumbers::countryCallingCode(region) != 0;
}

// The region of the system locale, when libphonenumber knows it; else none.
QString systemRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return validRegion(code) ? code : QString();
}

int runPhone(CliContext& context, const QStringList& args)
{
    QString region = systemRegion();
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--region"_s && i + 1 < args.size()) {
            region = args.at(++i).toUpper();
            if (!validRegion(region)) {
                return context.usageError(CommandRegistry::tr("unknown region “%1”").arg(args.at(i)), s_phoneUsage);
            }
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_phoneUsage);
        }
    }
    QTextStream in(stdin);
    in.setEncoding(QStringConverter::Utf8);
    QString line;
    while (in.readLineInto(&line)) {
        QString raw = line;
        QString lineRegion = region;
        if (const qsizetype tab = line.indexOf(u'\t'); tab >= 0) {
            raw = line.left(tab);
            lineRegion = line.mid(tab + 1).trimmed().toUpper();
        }
        const auto phone = ImportValues::normalizePhone(raw, lineRegion);
        if (context.json()) {
            QJsonObject object {{u"input"_s, raw}};
            if (phone) {
                object.insert(u"e164"_s, phone->e164);
                object.insert(u"type"_s, phone->type);
                object.insert(u"region"_s, phone->region);
            } else {
                object.insert(u"error"_s, phone.errorMessage());
            }
            context.printJson(object);
        } else if (phone) {
            context.out() << phone->e164 << u'\t' << phone->type << u'\n';
        } else {
            context.out() << u"INVALID\t"_s << phone.errorMessage() << u'\n';
        }
    }
    context.out().flush();
    return Success;
}

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t') {
        return u"TAB"_s;
    }
    return QString(delimiter);
}

void printSummary(CliContext& context, const ImportSummary& s)
{
    if (context.json()) {
        context.printJson(s.toJson());
        return;
    }
    QTextStream& out = context.out();
    out << CommandRegistry::tr("Format: %1, %2, delimiter %3")
               .arg(ColumnMapping::presetDisplayName(s.preset), s.encoding, delimiterName(s.delimiter))
        << Qt::endl;
    out << CommandRegistry::tr("Rows: %1").arg(s.rows) << Qt::endl;
    out << CommandRegistry::tr("Imported: %1").arg(s.imported) << Qt::endl;
    out << CommandRegistry::tr("Updated: %1").arg(s.updated) << Qt::endl;
    out << CommandRegistry::tr("Duplicates: %1").arg(s.duplicates) << Qt::endl;
    out << CommandRegistry::tr("Invalid: %1").arg(s.invalid) << Qt::endl;
    out << CommandRegistry::tr("Suppressed (kept opted out): %1").arg(s.suppressed) << Qt::endl;
    for (const ImportIssue& issue : s.errors) {
        out << CommandRegistry::tr("Line %1: %2").arg(issue.line).arg(issue.reason) << Qt::endl;
    }
    for (const ImportIssue& issue : s.warnings) {
        out << CommandRegistry::tr("Line %1 (warning): %2").arg(issue.line).arg(issue.reason) << Qt::endl;
    }
    if (!s.rejectedPath.isEmpty()) {
        out << CommandRegistry::tr("Rejected rows written to %1").arg(s.rejectedPath) << Qt::endl;
    }
}

int runImport(CliContext& context, const QStringList& args)
{
    ImportOptions options;
    options.defaultRegion = systemRegion();
    QStringList maps;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--region"_s && hasValue) {
            options.defaultRegion = args.at(++i).toUpper();
            if (!validRegion(options.defaultRegion)) {
                return context.usageError(CommandRegistry::tr("unknown region “%1”").arg(args.at(i)), s_importUsage);
            }
        } else if (arg == u"--preset"_s && hasValue) {
            options.preset = ColumnMapping::presetFromName(args.at(++i));
            if (!options.preset) {
                return context.usageError(CommandRegistry::tr("unknown preset “%1” (generic, herald, shopify, "
                                                              "shopify-legacy, woocommerce, google, outlook)")
                                              .arg(args.at(i)),
                    s_importUsage);
            }
        } else if (arg == u"--map"_s && hasValue) {
            maps.append(args.at(++i));
        } else if (arg == u"--on-duplicate"_s && hasValue) {
            const QString policy = args.at(++i);
            if (policy == u"update"_s) {
                options.onDuplicate = DuplicatePolicy::Update;
            } else if (policy == u"skip"_s) {
                options.onDuplicate = DuplicatePolicy::Skip;
            } else {
                return context.usageError(CommandRegistry::tr("--on-duplicate must be update or skip"), s_importUsage);
            }
        } else if (arg == u"--rejected"_s && hasValue) {
            options.rejectedPath = args.at(++i);
        } else if (arg == u"--encoding"_s && hasValue) {
            options.encoding = args.at(++i);
        } else if (arg == u"--delimiter"_s && hasValue) {
            const QString d = args.at(++i);
            options.delimiter = (d == u"TAB"_s || d == u"\\t"_s) ? QChar(u'\t') : (d.size() == 1 ? d.at(0) : QChar());
            if (options.delimiter.isNull()) {
                return context.usageError(
                    CommandRegistry::tr("--delimiter must be one character or TAB"), s_importUsage);
            }
        } else if (!arg.startsWith(u"--"_s) && options.filePath.isEmpty()) {
            options.filePath = arg;
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_importUsage);
        }
    }
    if (options.filePath.isEmpty()) {
        return context.usageError(CommandRegistry::tr("import needs a CSV file"), s_importUsage);
    }
    if (!QFileInfo::exists(options.filePath)) {
        return context.fail(CommandRegistry::tr("“%1” does not exist").arg(options.filePath), BadUsage);
    }
    // A file that cannot be imported is refused before the workspace is touched.
    if (auto checked = ContactImporter::preview(options, 0); !checked) {
        return context.fail(checked.errorMessage(), BadUsage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    if (!maps.isEmpty()) {
        auto base = ContactImporter::preview(options, 0, &database);
        if (!base) {
            return context.fail(base.errorMessage(), BadUsage);
        }
        ColumnMapping mapping = base->mapping;
        for (const QString& map : std::as_const(maps)) {
            const qsizetype eq = map.lastIndexOf(u'=');
            const QString column = eq > 0 ? map.left(eq) : QString();
            const int index = ColumnMapping::columnOf(base->header, column);
            const auto role = eq > 0 ? ColumnMapping::roleFromName(map.mid(eq + 1)) : std::nullopt;
            if (index < 0 || !role) {
                return context.usageError(CommandRegistry::tr("--map %1: expected COLUMN=FIELD with a column of the "
                                                              "file and a field (phone, first_name, last_name, name, "
                                                              "email, country, city, language, time_zone, birthday, "
                                                              "total_spent, currency, orders, last_order, consent, "
                                                              "consent_date, tags, custom:NAME, ignore)")
                                              .arg(map),
                    s_importUsage);
            }
            mapping.setRole(index, role->field, role->customName);
        }
        options.mapping = mapping;
    }
    ContactImporter importer(database, options);
    auto summary = importer.run();
    if (!summary) {
        return context.fail(summary.errorMessage());
    }
    printSummary(context, summary.value());
    return Success;
}

int runExport(CliContext& context, const QStringList& args)
{
    QString path;
    qint64 segmentId = 0;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--segment"_s && i + 1 < args.size()) {
            bool ok = false;
            segmentId = args.at(++i).toLongLong(&ok);
            if (!ok || segmentId <= 0) {
                return context.usageError(CommandRegistry::tr("--segment must be a segment id"), s_exportUsage);
            }
        } else if (!args.at(i).startsWith(u"--"_s) && path.isEmpty()) {
            path = args.at(i);
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_exportUsage);
        }
    }
    if (path.isEmpty()) {
        return context.usageError(CommandRegistry::tr("export needs an output file"), s_exportUsage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    SegmentSql filter;
    if (segmentId > 0) {
        auto segment = SegmentRepository(database).find(segmentId);
        if (!segment) {
            return context.fail(segment.errorMessage(), BadUsage);
        }
        if (!segment->rulesError.isEmpty()) {
            return context.fail(segment->rulesError);
        }
        auto sql = SegmentQuery::compile(segment->rules, QDateTime::currentDateTime());
        if (!sql) {
            return context.fail(sql.errorMessage());
        }
        filter = sql.value();
    }
    ContactExporter exporter(database);
    auto written = exporter.exportCsv(path, filter.where, filter.bindings);
    if (!written) {
        return context.fail(written.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"exported"_s, written.value()}, {u"file"_s, path}});
    } else {
        context.out() << CommandRegistry::tr("Exported %n contact(s) to %1", nullptr, int(written.value())).arg(path)
                      << Qt::endl;
    }
    return Success;
}

} // namespace

void registerImportCommands(CommandRegistry& registry)
{
    registry.add({u"phone"_s, s_phoneUsage,
        CommandRegistry::tr("normalise phone numbers from stdin (raw or raw<TAB>CC per line) to E.164"), runPhone});
    registry.add({u"import"_s, s_importUsage, CommandRegistry::tr("import contacts from a CSV file"), runImport});
    registry.add({u"export"_s, s_exportUsage,
        CommandRegistry::tr("export contacts to a CSV file (UTF-8, formula-safe, re-importable)"), runExport});
}

} // namespace Herald::Cli
