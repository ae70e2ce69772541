// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "contacts/ContactRepository.h"
#include "settings/Settings.h"
#include "sms/SmsCounter.h"
#include "templates/TemplateCategories.h"
#include "templates/TemplateRenderer.h"
#include "templates/TemplateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"template list [--search TEXT] | template show ID | template render ID --contact CONTACT_ID"
                        " | template add --name N --body TEXT [--category C] [--language L]"
                        " [--kind marketing|transactional] | template delete ID"_s;

QJsonObject toJson(const Template& t)
{
    return {
        {u"id"_s, t.id},
        {u"name"_s, t.name},
        {u"category"_s, t.category},
        {u"language"_s, t.language},
        {u"kind"_s, templateKindToStorage(t.kind)},
        {u"body"_s, t.body},
        {u"builtin"_s, t.builtin},
        {u"created_at"_s, t.createdAt.toString(Qt::ISODate)},
        {u"updated_at"_s, t.updatedAt.toString(Qt::ISODate)},
    };
}

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int runList(CliContext& context, TemplateRepository& repository, const QStringList& args)
{
    QString search;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--search"_s && i + 1 < args.size()) {
            search = args.at(++i);
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_usage);
        }
    }
    auto templates = repository.list(search);
    if (!templates) {
        return context.fail(templates.errorMessage());
    }
    if (context.json()) {
        QJsonArray items;
        for (const Template& t : templates.value()) {
            items.append(toJson(t));
        }
        context.out() << QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)) << Qt::endl;
    } else {
        for (const Template& t : templates.value()) {
            context.out() << t.id << u'\t' << t.category << u'\t' << t.language << u'\t'
                          << templateKindToStorage(t.kind) << u'\t' << t.name << Qt::endl;
        }
    }
    return Success;
}

int runShow(CliContext& context, TemplateRepository& repository, const QStringList& args)
{
    const std::optional<qint64> id = args.size() == 1 ? parseId(args.constFirst()) : std::nullopt;
    if (!id) {
        return context.usageError(CommandRegistry::tr("template show needs one template id"), s_usage);
    }
    auto found = repository.find(*id);
    if (!found) {
        return context.fail(found.errorMessage());
    }
    const Template& t = found.value();
    // A stored body that no longer parses is still shown, so the user can see what to fix.
    auto count = TemplateRenderer::previewCount(t);
    QJsonObject object = toJson(t);
    if (count) {
        object.insert(u"encoding"_s, count.value().encodingName());
        object.insert(u"parts"_s, count.value().segments);
        object.insert(u"units"_s, count.value().units);
    }
    if (context.json()) {
        context.printJson(object);
    } else {
        // A fixed order for people; the JSON object sorts its keys.
        const QStringList keys = {u"id"_s, u"name"_s, u"category"_s, u"language"_s, u"kind"_s, u"builtin"_s,
            u"created_at"_s, u"updated_at"_s, u"encoding"_s, u"parts"_s, u"units"_s, u"body"_s};
        for (const QString& key : keys) {
            if (object.contains(key)) {
                context.out() << key << u": "_s << object.value(key).toVariant().toString() << Qt::endl;
            }
        }
    }
    if (!count) {
        return context.fail(count.errorMessage());
    }
    return Success;
}

int runRender(CliContext& context, TemplateRepository& repository, const QStringList& args)
{
    std::optional<qint64> id;
    std::optional<qint64> contactId;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--contact"_s && i + 1 < args.size()) {
            contactId = parseId(args.at(++i));
            if (!contactId) {
                return context.usageError(CommandRegistry::tr("--contact must be a contact id"), s_usage);
            }
        } else if (!id) {
            id = parseId(args.at(i));
            if (!id) {
                return context.usageError(CommandRegistry::tr("“%1” is not a template id").arg(args.at(i)), s_usage);
            }
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_usage);
        }
    }
    if (!id || !contactId) {
        return context.usageError(CommandRegistry::tr("template render needs a template id and --contact ID"), s_usage);
    }
    auto found = repository.find(*id);
    if (!found) {
        return context.fail(found.errorMessage());
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    Database& database = workspace.value()->database();
    auto contact = ContactRepository(database).find(*contactId);
    if (!contact) {
        return context.fail(contact.errorMessage());
    }
    const Settings settings;
    auto values = TemplateRenderer::recipientValues(database, contact.value(), settings.shopName());
    if (!values) {
        return context.fail(values.errorMessage());
    }
    // The footer follows the recipient's language, not the template's: an English template
    // sent to a Polish customer still ends in the Polish opt-out line.
    auto text = TemplateRenderer::render(found.value(), values.value(), contact.value().language);
    if (!text) {
        return context.fail(text.errorMessage(), BadUsage);
    }
    if (context.json()) {
        const SmsCount count = SmsCounter::count(text.value());
        context.printJson({{u"text"_s, text.value()}, {u"encoding"_s, count.encodingName()},
            {u"segments"_s, count.segments}, {u"units"_s, count.units}});
    } else {
        context.out() << text.value() << Qt::endl;
    }
    return Success;
}

int runAdd(CliContext& context, TemplateRepository& repository, const QStringList& args)
{
    Template t;
    std::optional<QString> kind;
    bool hasBody = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (i + 1 >= args.size()) {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
        if (arg == u"--name"_s) {
            t.name = args.at(++i);
        } else if (arg == u"--body"_s) {
            t.body = args.at(++i);
            hasBody = true;
        } else if (arg == u"--category"_s) {
            t.category = args.at(++i);
        } else if (arg == u"--language"_s) {
            t.language = args.at(++i);
        } else if (arg == u"--kind"_s) {
            kind = args.at(++i);
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    if (t.name.isEmpty() || !hasBody) {
        return context.usageError(CommandRegistry::tr("template add needs --name and --body"), s_usage);
    }
    if (kind && *kind != u"marketing"_s && *kind != u"transactional"_s) {
        return context.usageError(
            CommandRegistry::tr("--kind must be “marketing” or “transactional”, not “%1”").arg(*kind), s_usage);
    }
    t.kind = kind ? templateKindFromStorage(*kind) : TemplateCategories::defaultKind(t.category);
    // An invalid body is bad input (2), not a failed operation (1).
    if (auto valid = TemplateRepository::validate(t); !valid) {
        return context.fail(valid.errorMessage(), BadUsage);
    }
    auto id = repository.insert(t);
    if (!id) {
        return context.fail(id.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"id"_s, id.value()}});
    } else {
        context.out() << CommandRegistry::tr("Added template %1.").arg(id.value()) << Qt::endl;
    }
    return Success;
}

int runDelete(CliContext& context, TemplateRepository& repository, const QStringList& args)
{
    const std::optional<qint64> id = args.size() == 1 ? parseId(args.constFirst()) : std::nullopt;
    if (!id) {
        return context.usageError(CommandRegistry::tr("template delete needs one template id"), s_usage);
    }
    if (auto removed = repository.remove(*id); !removed) {
        return context.fail(removed.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"deleted"_s, *id}});
    } else {
        context.out() << CommandRegistry::tr("Deleted template %1.").arg(*id) << Qt::endl;
    }
    return Success;
}

int runTemplate(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("template needs a subcommand"), s_usage);
    }
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    const QStringList known = {u"list"_s, u"show"_s, u"render"_s, u"add"_s, u"delete"_s};
    if (!known.contains(sub)) {
        return context.usageError(CommandRegistry::tr("unknown template subcommand “%1”").arg(sub), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    TemplateRepository repository(workspace.value()->database());
    if (sub == u"list"_s) {
        return runList(context, repository, rest);
    }
    if (sub == u"show"_s) {
        return runShow(context, repository, rest);
    }
    if (sub == u"render"_s) {
        return runRender(context, repository, rest);
    }
    if (sub == u"add"_s) {
        return runAdd(context, repository, rest);
    }
    return runDelete(context, repository, rest);
}

} // namespace

void registerTemplateCommands(CommandRegistry& registry)
{
    registry.add({u"template"_s, s_usage, CommandRegistry::tr("list, show, render, add or delete message templates"),
        runTemplate});
}

} // namespace Herald::Cli
