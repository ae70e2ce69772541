// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportPdf.h"

#include "CampaignListModel.h"

#include "AnalyticsCharts.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QString& label, const QString& value, const QString& note = QString())
{
    return u"<tr><td>%1</td><td align=\"right\"><b>%2</b></td><td>%3</td></tr>"_s.arg(
        esc(label), esc(value), esc(note));
}

// Draws chart into target on painter (vector output on a PDF).
void renderChart(QPainter& painter, QChart* chart, const QRectF& target)
{
    QChartView view(chart);
    view.setRenderHint(QPainter::Antialiasing);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    // Laid out at a screen-like size, then scaled into the page: fonts keep their proportions.
    view.resize(640, int(640 * target.height() / target.width()));
    view.show();
    QCoreApplication::processEvents();
    chart->resize(view.size());
    view.scene()->setSceneRect(QRectF(QPointF(0, 0), view.size()));
    view.scene()->render(&painter, target, view.scene()->sceneRect(), Qt::KeepAspectRatio);
    view.hide();
}

double drawHtml(QPainter& painter, const QString& html, const QRectF& area, const QLocale& locale)
{
    QTextDocument document;
    document.setDefaultFont(painter.font());
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(locale.textDirection());
    document.setDefaultTextOption(option);
    document.setHtml(html);
    document.setTextWidth(area.width());
    painter.save();
    painter.translate(area.topLeft());
    document.drawContents(&painter, QRectF(0, 0, area.width(), area.height()));
    painter.restore();
    return document.size().height();
}

} // namespace

QString ReportPdf::summaryHtml(const CampaignReport& r, const QLocale& locale)
{
    const CampaignFunnel& f = r.funnel;
    QString html = u"<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    html += row(tr("Delivery rate"), AnalyticsCharts::percent(r.deliveryRate, locale),
        tr("%1 delivered of %2 sent").arg(locale.toString(f.delivered), locale.toString(f.sent)));
    html += row(tr("Opt-out rate (7 days)"), AnalyticsCharts::percent(r.optOutRate, locale),
        (r.optOutRate && *r.optOutRate > Analytics::OptOutBenchmark ? tr("above the %1 benchmark") : tr("benchmark %1"))
            .arg(AnalyticsCharts::percent(Analytics::OptOutBenchmark, locale)));
    html += row(tr("Reply rate"), AnalyticsCharts::percent(r.replyRate, locale),
        tr("%1 people replied (%2 replies)").arg(locale.toString(r.repliers), locale.toString(r.replies)));
    html += row(tr("Cost"), AnalyticsCharts::money(r.costMicros, r.currency, locale),
        tr("%1 reported by the provider, %2 estimated")
            .arg(AnalyticsCharts::money(r.reportedCostMicros, r.currency, locale),
                AnalyticsCharts::money(r.estimatedCostMicros, r.currency, locale)));
    html += row(tr("Parts"), locale.toString(r.parts));
    const QStringList labels = AnalyticsCharts::funnelLabels();
    const QList<qint64> values = {f.targeted, f.excluded, f.sent, f.delivered, f.failed, f.undelivered, f.unknown};
    for (qsizetype i = 0; i < labels.size(); ++i) {
        html += row(labels.at(i), locale.toString(values.at(i)));
    }
    html += row(tr("Not sent yet"), locale.toString(f.pending));
    html += row(tr("Waiting for a delivery report"), locale.toString(f.inFlight));
    html += u"</table>"_s;
    return html;
}

Result<void> ReportPdf::write(const CampaignReport& r, const QString& path, const QLocale& locale)
{
    if (qobject_cast<QApplication*>(QCoreApplication::instance()) == nullptr) {
        return Error {tr("A PDF report needs the graphical libraries (no QApplication is running).")};
    }
    auto writer = std::make_unique<QPdfWriter>(path);
    writer->setPageSize(QPageSize(QPageSize::A4));
    writer->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer->setResolution(150);
    writer->setTitle(tr("Campaign report: %1").arg(r.name));
    writer->setCreator(u"Herald"_s);
    QPainter painter;
    if (!painter.begin(writer.get())) {
        return Error {tr("Cannot write the PDF “%1”.").arg(QFileInfo(path).fileName())};
    }
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(9.5);
    painter.setFont(font);
    const QRectF page(QPointF(0, 0), writer->pageLayout().paintRectPixels(writer->resolution()).size());
    double y = 0;

    const QString launched = r.launchedAt.isValid() ? locale.toString(r.launchedAt.toLocalTime(), QLocale::LongFormat)
                                                    : tr("not launched");
    QString head = u"<h2>%1</h2><p>%2<br/>%3</p>"_s.arg(esc(tr("Campaign report: %1").arg(r.name)),
        esc(tr("Campaign %1 · %2 · %3 · provider %4")
                .arg(locale.toString(r.id), CampaignListModel::kindText(r.kind == u"marketing"_s).toLower(),
                    CampaignListModel::stateText(r.state).toLower(), r.provider.isEmpty() ? tr("none") : r.provider)),
        esc(tr("Launched: %1 · Report made: %2")
                .arg(launched, locale.toString(r.generatedAt.toLocalTime(), QLocale::ShortFormat))));
    y += drawHtml(painter, head, QRectF(0, y, page.width(), page.height()), locale);
    y += drawHtml(painter, summaryHtml(r, locale), QRectF(0, y, page.width(), page.height() - y), locale) + 10;

    const double chartHeight = (page.height() - y - 10) / 2.0;
    // Each chart belongs to the view renderChart() puts it in.
    renderChart(painter, AnalyticsCharts::funnel(r, locale), QRectF(0, y, page.width(), chartHeight));
    y += chartHeight + 10;
    renderChart(painter, AnalyticsCharts::deliveries(r, locale), QRectF(0, y, page.width(), chartHeight));

    // Page 2: error codes and definitions.
    writer->newPage();
    y = 0;
    QString errors = u"<h3>%1</h3>"_s.arg(esc(tr("Why messages were not delivered")));
    if (r.errorCodes.isEmpty()) {
        errors += u"<p>%1</p>"_s.arg(esc(tr("No message failed.")));
    } else {
        errors += u"<table border=\"0.5\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th>"
                  "<th>%2</th><th>%3</th></tr>"_s.arg(esc(tr("Code")), esc(tr("Messages")), esc(tr("Meaning")));
        for (const ErrorCodeCount& e : r.errorCodes) {
            errors += u"<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>"_s.arg(
                esc(e.code.isEmpty() ? tr("(none)") : e.code), esc(locale.toString(e.count)), esc(e.meaning));
        }
        errors += u"</table>"_s;
    }
    y += drawHtml(painter, errors, QRectF(0, y, page.width(), page.height()), locale) + 12;
    const QString definitions = u"<h3>%1</h3><ul><li>%2</li><li>%3</li><li>%4</li><li>%5</li><li>%6</li><li>%7</li>"
                                "</ul>"_s.arg(esc(tr("How the figures are counted")),
                                    esc(tr("Targeted: every recipient the campaign addressed; people left out by "
                                           "consent or the suppression list at launch are not included.")),
                                    esc(tr("Excluded: skipped (frequency cap, invalid number, landline) or cancelled "
                                           "(opted out after the launch).")),
                                    esc(tr("Sent: handed to the provider. Delivery rate = delivered ÷ sent.")),
                                    esc(tr("Opt-out rate = people who opted out within 7 days of the launch ÷ sent; "
                                           "the industry benchmark is %1.")
                                            .arg(AnalyticsCharts::percent(Analytics::OptOutBenchmark, locale))),
                                    esc(tr("Reply rate = people who replied (other than STOP or START) ÷ sent.")),
                                    esc(tr("Cost: the price the provider reported, or the estimate made at launch "
                                           "where no price was reported.")));
    drawHtml(painter, definitions, QRectF(0, y, page.width(), page.height() - y), locale);
    if (!painter.end()) {
        return Error {tr("Cannot write the PDF “%1”.").arg(QFileInfo(path).fileName())};
    }
    writer.reset();
    if (QFileInfo(path).size() == 0) {
        return Error {tr("Cannot write the PDF “%1”.").arg(QFileInfo(path).fileName())};
    }
    return {};
}

} // namespace Herald
