// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StarterLibrary.h"

#include "TemplateRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Herald
{

QString StarterLibrary::resourcePath()
{
    return u":/templates/starter-templates.json"_s;
}

Result<QList<StarterLibrary::Entry>> StarterLibrary::load()
{
    return load(resourcePath());
}

Result<QList<StarterLibrary::Entry>> StarterLibrary::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {tr("The starter templates “%1” cannot be read: %2").arg(path, file.errorString())};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {tr("The starter templates “%1” are not valid JSON: %2").arg(path, parseError.errorString())};
    }
    if (!document.isArray()) {
        return Error {tr("The starter templates “%1” are not a JSON array.").arg(path)};
    }

    const QStringList required
        = {u"category"_s, u"language"_s, u"kind"_s, u"name"_s, u"body"_s, u"encoding"_s, u"parts"_s};
    const QJsonArray array = document.array();
    QList<Entry> entries;
    entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        for (const QString& key : required) {
            const QJsonValue value = object.value(key);
            if (key == u"parts"_s ? !value.isDouble() : !value.isString()) {
                return Error {tr("Starter template %1 has no valid “%2”.").arg(i + 1).arg(key)};
            }
        }
        const QString kind = object.value(u"kind"_s).toString();
        if (kind != u"marketing"_s && kind != u"transactional"_s) {
            return Error {tr("Starter template %1 has the unknown kind “%2”.").arg(i + 1).arg(kind)};
        }
        Entry entry;
        Template& t = entry.definition;
        t.name = object.value(u"name"_s).toString();
        t.category = object.value(u"category"_s).toString();
        t.language = object.value(u"language"_s).toString();
        t.kind = templateKindFromStorage(kind);
        t.body = object.value(u"body"_s).toString();
        t.builtin = true;
        // A broken entry would otherwise surface only when a shop owner first sends it.
        if (auto valid = TemplateRepository::validate(t); !valid) {
            return Error {tr("Starter template %1 is invalid: %2").arg(i + 1).arg(valid.errorMessage())};
        }
        entry.encoding = object.value(u"encoding"_s).toString();
        entry.parts = object.value(u"parts"_s).toInt();
        entries.append(entry);
    }
    return entries;
}

} // namespace Herald
