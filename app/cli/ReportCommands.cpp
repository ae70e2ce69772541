// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportCommands.h"

#include "CliContext.h"
#include "CommandRegistry.h"
#include "ReportPdf.h"
#include "analytics/CampaignAnalytics.h"
#include "sms/PriceTable.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Herald::Cli
{

namespace
{

const QString s_usage = u"campaign report ID [--json] [--csv OUT.csv] [--pdf OUT.pdf]"_s;

QString percentText(const std::optional<double>& rate)
{
    return rate ? u"%1 %"_s.arg(*rate * 100.0, 0, 'f', 2) : u"-"_s;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    bool pdf = false;
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        report = report || std::strcmp(argv[i], "report") == 0;
        pdf = pdf || std::strcmp(argv[i], "--pdf") == 0;
    }
    if (report && pdf) {
        // Nothing is shown: the charts are drawn into the PDF only.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        // The offscreen platform remarks on every chart view it lays out; that is not news for
        // someone who asked for a PDF.
        static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type == QtWarningMsg && message.contains(u"propagateSizeHints"_s)) {
                return;
            }
            previous(type, context, message);
        });
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runCampaignReport(CliContext& context, const QStringList& args)
{
    qint64 id = 0;
    QString pdfPath;
    QString csvPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if ((arg == u"--pdf"_s || arg == u"--csv"_s) && i + 1 < args.size()) {
            (arg == u"--pdf"_s ? pdfPath : csvPath) = args.at(++i);
        } else if (id == 0 && !arg.startsWith(u"--"_s)) {
            bool ok = false;
            id = arg.toLongLong(&ok);
            if (!ok || id <= 0) {
                return context.usageError(CommandRegistry::tr("“%1” is not a campaign id").arg(arg), s_usage);
            }
        } else {
            return context.usageError(CommandRegistry::tr("unexpected argument “%1”").arg(arg), s_usage);
        }
    }
    if (id == 0) {
        return context.usageError(CommandRegistry::tr("campaign report needs one campaign id"), s_usage);
    }
    auto workspace = context.workspace();
    if (!workspace) {
        return context.fail(workspace.errorMessage());
    }
    CampaignAnalytics analytics(workspace.value()->database());
    auto report = analytics.campaign(id, PriceTable().currency());
    if (!report) {
        return context.fail(report.errorMessage(), BadUsage);
    }
    const CampaignReport& r = report.value();
    if (!csvPath.isEmpty()) {
        QSaveFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(CampaignAnalytics::toCsv(r)) < 0 || !file.commit()) {
            return context.fail(CommandRegistry::tr("Cannot write “%1”: %2")
                                    .arg(QDir::toNativeSeparators(csvPath), file.errorString()));
        }
    }
    if (!pdfPath.isEmpty()) {
        if (auto written = ReportPdf::write(r, pdfPath, QLocale()); !written) {
            return context.fail(written.errorMessage());
        }
    }
    if (context.json()) {
        context.printJson(r.toJson());
        return Success;
    }
    QTextStream& out = context.out();
    const CampaignFunnel& f = r.funnel;
    out << CommandRegistry::tr("Campaign %1 “%2” (%3)").arg(r.id).arg(r.name, r.state) << Qt::endl;
    out << CommandRegistry::tr("Targeted %1, excluded %2, sent %3, delivered %4, failed %5, undelivered %6, unknown %7")
               .arg(f.targeted)
               .arg(f.excluded)
               .arg(f.sent)
               .arg(f.delivered)
               .arg(f.failed)
               .arg(f.undelivered)
               .arg(f.unknown)
        << Qt::endl;
    out << CommandRegistry::tr("Delivery rate %1, opt-out rate %2 (benchmark %3), reply rate %4")
               .arg(percentText(r.deliveryRate), percentText(r.optOutRate), percentText(Analytics::OptOutBenchmark),
                   percentText(r.replyRate))
        << Qt::endl;
    out << CommandRegistry::tr("Parts %1, cost %2 %3")
               .arg(r.parts)
               .arg(CampaignAnalytics::decimal(r.costMicros), r.currency)
        << Qt::endl;
    for (const ErrorCodeCount& e : r.errorCodes) {
        out << u"  "_s << (e.code.isEmpty() ? u"-"_s : e.code) << u'\t' << e.count << u'\t' << e.meaning << Qt::endl;
    }
    if (!pdfPath.isEmpty()) {
        out << CommandRegistry::tr("PDF report written to %1").arg(QDir::toNativeSeparators(pdfPath)) << Qt::endl;
    }
    return Success;
}

} // namespace Herald::Cli
