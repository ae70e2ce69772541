// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "segments/SegmentJson.h"
#include "segments/SegmentRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"segment list | segment count (--rules JSON|- | --id ID) | segment show ID"_s;

// Opens the workspace and makes sure it has the built-in segments (a workspace made before
// segments existed gets them on first use).
Result<Workspace*> openWorkspace(CliContext& context)
{
    auto workspace = context.workspace();
    if (!workspace) {
        return workspace;
    }
    SegmentRepository repository(workspace.value()->database());
    if (auto added = repository.addBuiltinSegments(); !added) {
        return added.error();
    }
    return workspace;
}

int runList(CliContext& context, SegmentRepository& repository)
{
    auto segments = repository.list();
    if (!segments) {
        return context.fail(segments.errorMessage());
    }
    QJsonArray items;
    for (const Segment& segment : segments.value()) {
        auto count = repository.count(segment.id);
        QJsonObject item {{u"id"_s, segment.id}, {u"name"_s, segment.name}, {u"builtin"_s, segment.builtin}};
        if (count) {
            item.insert(u"count"_s, count.value());
        } else {
            item.insert(u"count"_s, QJsonValue());
            item.insert(u"error"_s, count.errorMessage());
        }
        if (context.json()) {
            items.append(item);
        } else {
            context.out() << segment.id << u'\t' << segment.name << u'\t'
                          << (count ? QString::number(count.value()) : u"?"_s) << Qt::endl;
        }
    }
    if (context.json()) {
        context.out() << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)) << Qt::endl;
    }
    return Success;
}

int runCount(CliContext& context, const QStringList& args)
{
    QString rulesText;
    QString idText;
    bool haveRules = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--rules"_s && i + 1 < args.size()) {
            rulesText = args.at(++i);
            haveRules = true;
        } else if (args.at(i) == u"--id"_s && i + 1 < args.size()) {
            idText = args.at(++i);
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_usage);
        }
    }
    if (haveRules == !idText.isNull()) {
        return context.usageError(CommandRegistry::tr("segment count needs either --rules or --id"), s_usage);
    }

    std::optional<SegmentRule> rules;
    qint64 id = 0;
    if (haveRules) {
        QByteArray json = rulesText.toUtf8();
        if (rulesText == u"-"_s) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                return context.fail(CommandRegistry::tr("cannot read the rules from standard input"));
            }
            json = in.readAll();
        }
        auto parsed = SegmentJson::parse(json);
        if (!parsed) {
            return context.fail(parsed.errorMessage(), BadUsage);
        }
        rules = std::move(parsed).value();
    } else {
        bool ok = false;
        id = idText.toLongLong(&ok);
        if (!ok || id < 1) {
            return context.usageError(CommandRegistry::tr("--id must be a segment id"), s_usage);
        }
    }

    auto workspace = openWorkspace(context);
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    SegmentRepository repository(workspace.value()->database());
    auto n = rules ? repository.count(*rules) : repository.count(id);
    if (!n) {
        return context.fail(n.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"count"_s, n.value()}});
    } else {
        context.out() << n.value() << Qt::endl;
    }
    return Success;
}

int runShow(CliContext& context, SegmentRepository& repository, qint64 id)
{
    auto segment = repository.find(id);
    if (!segment) {
        return context.fail(segment.errorMessage());
    }
    const Segment& s = segment.value();
    auto count = repository.count(id);
    if (context.json()) {
        QJsonObject object {{u"id"_s, s.id}, {u"name"_s, s.name}, {u"description"_s, s.description},
            {u"builtin"_s, s.builtin}, {u"rules"_s, SegmentJson::toJson(s.rules)},
            {u"count"_s, count ? QJsonValue(count.value()) : QJsonValue()}};
        if (!count) {
            object.insert(u"error"_s, count.errorMessage());
        }
        context.printJson(object);
    } else {
        context.out()
            << CommandRegistry::tr("id: %1").arg(s.id) << Qt::endl
            << CommandRegistry::tr("name: %1").arg(s.name) << Qt::endl
            << CommandRegistry::tr("description: %1").arg(s.description) << Qt::endl
            << CommandRegistry::tr("built-in: %1")
                   .arg(s.builtin ? CommandRegistry::tr("yes") : CommandRegistry::tr("no"))
            << Qt::endl
            << CommandRegistry::tr("rules: %1").arg(QString::fromUtf8(SegmentJson::serialize(s.rules))) << Qt::endl
            << CommandRegistry::tr("count: %1").arg(count ? QString::number(count.value()) : count.errorMessage())
            << Qt::endl;
    }
    return count ? Success : Failure;
}

int runSegment(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("segment needs a subcommand"), s_usage);
    }
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub == u"count"_s) {
        return runCount(context, rest);
    }
    if (sub != u"list"_s && sub != u"show"_s) {
        return context.usageError(CommandRegistry::tr("unknown segment subcommand “%1”").arg(sub), s_usage);
    }
    if (sub == u"list"_s && !rest.isEmpty()) {
        return context.usageError(CommandRegistry::tr("segment list takes no arguments"), s_usage);
    }
    bool ok = false;
    const qint64 id = sub == u"show"_s && rest.size() == 1 ? rest.constFirst().toLongLong(&ok) : 0;
    if (sub == u"show"_s && !ok) {
        return context.usageError(CommandRegistry::tr("segment show needs one segment id"), s_usage);
    }
    auto workspace = openWorkspace(context);
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    SegmentRepository repository(workspace.value()->database());
    return sub == u"list"_s ? runList(context, repository) : runShow(context, repository, id);
}

} // namespace

void registerSegmentCommands(CommandRegistry& registry)
{
    registry.add(
        {u"segment"_s, s_usage, CommandRegistry::tr("list, count or show segments (saved audiences)"), runSegment});
}

} // namespace Herald::Cli
