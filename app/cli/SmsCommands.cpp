// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CliContext.h"
#include "CommandRegistry.h"
#include "sms/SmsCounter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringDecoder>
#include <QStringList>

#include <iostream>
#include <iterator>
#include <string>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"count [TEXT] | count --jsonl"_s;

// One JSON value as compact text. QJsonObject would sort the keys; the count contract lists
// them in a fixed order, so the line is assembled by hand and only values go through Qt.
QString jsonText(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// The fields of DESIGN §6 in contract order:
// {"encoding","segments","units","per_segment_units","non_gsm"}.
// non_gsm lists the distinct characters that force UCS-2, each as a string (an emoji is one
// string), in order of first appearance; it is [] for GSM-7.
QString countFields(const SmsCount& count)
{
    QStringList parts;
    for (const int units : count.segmentUnits) {
        parts.append(QString::number(units));
    }
    QStringList nonGsm;
    for (const QString& character : count.distinctNonGsm()) {
        nonGsm.append(jsonText(character));
    }
    return u"\"encoding\":%1,\"segments\":%2,\"units\":%3,\"per_segment_units\":[%4],\"non_gsm\":[%5]"_s.arg(
        jsonText(count.encodingName()), QString::number(count.segments), QString::number(count.units), parts.join(u','),
        nonGsm.join(u','));
}

void printHuman(CliContext& context, const SmsCount& count)
{
    QStringList parts;
    for (const int units : count.segmentUnits) {
        parts.append(QString::number(units));
    }
    const QString unitName = count.encoding == SmsEncoding::Gsm7 ? CommandRegistry::tr("septets")
                                                                 : CommandRegistry::tr("UTF-16 code units");
    QTextStream& out = context.out();
    out << CommandRegistry::tr("Encoding:   %1").arg(count.encodingName()) << u'\n';
    out << CommandRegistry::tr("Parts:      %1 (%2)").arg(count.segments).arg(parts.join(u" + "_s)) << u'\n';
    out << CommandRegistry::tr("Units:      %1 %2").arg(count.units).arg(unitName) << u'\n';
    out << CommandRegistry::tr("Characters: %1").arg(count.characters) << u'\n';
    out << CommandRegistry::tr("Left:       %1 in the last part").arg(count.remaining) << u'\n';
    if (!count.nonGsm.isEmpty()) {
        out << CommandRegistry::tr("Not GSM-7:  %1").arg(count.distinctNonGsm().join(u' ')) << u'\n';
    }
    out.flush();
}

// count --jsonl: each stdin line {"id":…,"text":"…"} → {"id":…,<fields>}. A bad line is
// reported on stderr with its number and skipped; the exit code is 2 if any line was bad.
// Blank lines are ignored; a missing id is echoed as null.
int runJsonLines(CliContext& context)
{
    int exitCode = Success;
    std::string line;
    for (int lineNumber = 1; std::getline(std::cin, line); ++lineNumber) {
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        if (line.find_first_not_of(" \t") == std::string::npos) {
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(line), &error);
        QString problem;
        if (error.error != QJsonParseError::NoError) {
            problem = error.errorString();
        } else if (!document.isObject()) {
            problem = CommandRegistry::tr("expected a JSON object {\"id\":…,\"text\":…}");
        } else if (!document.object().value(u"text"_s).isString()) {
            problem = CommandRegistry::tr("\"text\" must be a string");
        }
        if (!problem.isEmpty()) {
            context.fail(CommandRegistry::tr("line %1: %2").arg(lineNumber).arg(problem), BadUsage);
            exitCode = BadUsage;
            continue;
        }
        const QJsonObject object = document.object();
        const SmsCount count = SmsCounter::count(object.value(u"text"_s).toString());
        context.out() << u"{\"id\":"_s << jsonText(object.value(u"id"_s)) << u',' << countFields(count) << u"}\n"_s;
    }
    context.out().flush();
    return exitCode;
}

int runCount(CliContext& context, const QStringList& args)
{
    bool jsonLines = false;
    QStringList texts;
    for (const QString& arg : args) {
        if (arg == u"--jsonl"_s) {
            jsonLines = true;
        } else {
            texts.append(arg);
        }
    }
    if (texts.size() > 1) {
        return context.usageError(CommandRegistry::tr("count takes one TEXT; quote it"), s_usage);
    }
    if (jsonLines) {
        if (!texts.isEmpty()) {
            return context.usageError(CommandRegistry::tr("count --jsonl reads stdin and takes no TEXT"), s_usage);
        }
        return runJsonLines(context);
    }

    QString text;
    if (!texts.isEmpty()) {
        text = texts.constFirst();
    } else {
        // All of stdin, byte for byte: a trailing newline is part of the message and counts.
        const std::string bytes {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
        QStringDecoder decoder(QStringDecoder::Utf8);
        text = decoder(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
        if (decoder.hasError()) {
            return context.fail(CommandRegistry::tr("stdin is not valid UTF-8"), BadUsage);
        }
    }
    const SmsCount count = SmsCounter::count(text);
    if (context.json()) {
        context.out() << u'{' << countFields(count) << u"}\n"_s;
        context.out().flush();
    } else {
        printHuman(context, count);
    }
    return Success;
}

} // namespace

void registerSmsCommands(CommandRegistry& registry)
{
    registry.add({u"count"_s, s_usage,
        CommandRegistry::tr("count the encoding, parts and units of an SMS text (TEXT, or stdin)"), runCount});
}

} // namespace Herald::Cli
