// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "contacts/ContactEraser.h"
#include "contacts/ContactRepository.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"contacts count | contacts list [--limit N] [--after ID] | contacts show ID | "
                        "contacts erase ID | contacts export-person ID"_s;

QJsonObject toJson(const Contact& c)
{
    QJsonArray tags;
    for (const QString& tag : c.tags) {
        tags.append(tag);
    }
    return {
        {u"id"_s, c.id},
        {u"phone"_s, c.phone},
        {u"phone_type"_s, c.phoneType},
        {u"first_name"_s, c.firstName},
        {u"last_name"_s, c.lastName},
        {u"email"_s, c.email},
        {u"country"_s, c.country},
        {u"city"_s, c.city},
        {u"language"_s, c.language},
        {u"time_zone"_s, c.timeZone},
        {u"marketing_consent"_s, consentToStorage(c.marketingConsent)},
        {u"orders"_s, c.ordersCount},
        {u"total_spent"_s, double(c.totalSpentMicros) / 1e6},
        {u"currency"_s, c.currency},
        {u"tags"_s, tags},
        {u"created_at"_s, c.createdAt.toString(Qt::ISODate)},
    };
}

int runCount(CliContext& context, ContactRepository& repository)
{
    auto n = repository.count();
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

int runList(CliContext& context, ContactRepository& repository, const QStringList& args)
{
    int limit = 100;
    qint64 after = 0;
    for (int i = 0; i < args.size(); ++i) {
        bool ok = false;
        if (args.at(i) == u"--limit"_s && i + 1 < args.size()) {
            limit = args.at(++i).toInt(&ok);
            if (!ok || limit < 1) {
                return context.usageError(CommandRegistry::tr("--limit must be a positive number"), s_usage);
            }
        } else if (args.at(i) == u"--after"_s && i + 1 < args.size()) {
            after = args.at(++i).toLongLong(&ok);
            if (!ok || after < 0) {
                return context.usageError(CommandRegistry::tr("--after must be a contact id"), s_usage);
            }
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(args.at(i)), s_usage);
        }
    }
    auto page = repository.page(after, limit);
    if (!page) {
        return context.fail(page.errorMessage());
    }
    if (context.json()) {
        QJsonArray items;
        for (const Contact& c : page.value()) {
            items.append(toJson(c));
        }
        context.printJson({{u"contacts"_s, items}});
    } else {
        for (const Contact& c : page.value()) {
            context.out() << c.id << u'\t' << c.phone << u'\t' << c.displayName() << u'\t'
                          << consentToStorage(c.marketingConsent) << Qt::endl;
        }
    }
    return Success;
}

int runShow(CliContext& context, ContactRepository& repository, const QStringList& args)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.constFirst().toLongLong(&ok) : 0;
    if (!ok) {
        return context.usageError(CommandRegistry::tr("contacts show needs one contact id"), s_usage);
    }
    auto contact = repository.find(id);
    if (!contact) {
        return context.fail(contact.errorMessage());
    }
    const QJsonObject object = toJson(contact.value());
    if (context.json()) {
        context.printJson(object);
    } else {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString value
                = it->isArray() ? it->toVariant().toStringList().join(u", "_s) : it->toVariant().toString();
            context.out() << it.key() << u": "_s << value << Qt::endl;
        }
    }
    return Success;
}

// GDPR: everything about one person as JSON (always JSON, whatever --json says).
int runExportPerson(CliContext& context, Database& database, qint64 id)
{
    auto person = ContactEraser(database).exportPerson(id);
    if (!person) {
        return context.fail(person.errorMessage());
    }
    context.printJson(person.value());
    return Success;
}

int runErase(CliContext& context, Database& database, qint64 id)
{
    auto erased = ContactEraser(database).erase(id);
    if (!erased) {
        return context.fail(erased.errorMessage());
    }
    if (context.json()) {
        context.printJson({{u"erased"_s, id}, {u"wal_truncated"_s, erased->walTruncated}});
    } else {
        context.out() << CommandRegistry::tr("Contact %1 erased; only a keyed hash of the number stays on the "
                                             "suppression list.")
                             .arg(id)
                      << Qt::endl;
    }
    return Success;
}

int runContacts(CliContext& context, const QStringList& args)
{
    if (args.isEmpty()) {
        return context.usageError(CommandRegistry::tr("contacts needs a subcommand"), s_usage);
    }
    const QString sub = args.constFirst();
    const QStringList rest = args.mid(1);
    if (sub != u"count"_s && sub != u"list"_s && sub != u"show"_s && sub != u"erase"_s && sub != u"export-person"_s) {
        return context.usageError(CommandRegistry::tr("unknown contacts subcommand “%1”").arg(sub), s_usage);
    }
    if (sub == u"count"_s && !rest.isEmpty()) {
        return context.usageError(CommandRegistry::tr("contacts count takes no arguments"), s_usage);
    }
    qint64 personId = 0;
    if (sub == u"erase"_s || sub == u"export-person"_s) {
        bool ok = false;
        personId = rest.size() == 1 ? rest.constFirst().toLongLong(&ok) : 0;
        if (!ok || personId <= 0) {
            return context.usageError(CommandRegistry::tr("contacts %1 needs one contact id").arg(sub), s_usage);
        }
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    ContactRepository repository(workspace.value()->database());
    if (sub == u"count"_s) {
        return runCount(context, repository);
    }
    if (sub == u"list"_s) {
        return runList(context, repository, rest);
    }
    if (sub == u"erase"_s) {
        return runErase(context, workspace.value()->database(), personId);
    }
    if (sub == u"export-person"_s) {
        return runExportPerson(context, workspace.value()->database(), personId);
    }
    return runShow(context, repository, rest);
}

} // namespace

void registerContactsCommands(CommandRegistry& registry)
{
    registry.add({u"contacts"_s, s_usage,
        CommandRegistry::tr("count, list, show, erase or export (GDPR) the workspace's contacts"), runContacts});
}

} // namespace Herald::Cli
