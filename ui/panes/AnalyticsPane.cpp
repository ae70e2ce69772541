// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AnalyticsPane.h"

#include "CampaignListModel.h"

#include "MessageWidget.h"
#include "Workspace.h"
#include "analytics/AnalyticsCharts.h"
#include "analytics/ReplyHeatMap.h"
#include "analytics/ReportPdf.h"
#include "sms/PriceTable.h"
#include "storage/Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

// A key-figure tile: a caption, a big value and a note under it.
QFrame* makeTile(const QString& caption, QLabel*& value, QLabel*& note, const QString& objectName)
{
    auto* tile = new QFrame;
    tile->setObjectName(objectName);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(tile);
    auto* captionLabel = new QLabel(caption);
    captionLabel->setStyleSheet(u"color: palette(mid);"_s);
    value = new QLabel;
    value->setObjectName(objectName + u"Value"_s);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    note = new QLabel;
    note->setObjectName(objectName + u"Note"_s);
    note->setWordWrap(true);
    layout->addWidget(captionLabel);
    layout->addWidget(value);
    layout->addWidget(note);
    return tile;
}

QChartView* makeChartView(const QString& objectName)
{
    auto* view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setChart(new QChart);
    return view;
}

// Replaces the chart of view (the view owns and deletes the old one).
void setChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

// The worker side: a connection of its own on the pool thread, closed before returning.
template <typename Body>
auto onOwnConnection(const QString& path, Body body) -> decltype(body(std::declval<Database&>()))
{
    auto database = Database::open(path);
    if (!database) {
        return Error {database.errorMessage()};
    }
    return body(*database.value());
}

} // namespace

AnalyticsPane::AnalyticsPane(QWidget* parent)
    : QWidget(parent)
    , m_message(new MessageWidget(this))
    , m_campaignCombo(new QComboBox(this))
    , m_refreshButton(new QPushButton(tr("Refresh"), this))
    , m_csvButton(new QPushButton(tr("Export CSV…"), this))
    , m_pdfButton(new QPushButton(tr("Export PDF…"), this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_titleLabel(new QLabel(this))
    , m_funnelView(makeChartView(u"funnelChartView"_s))
    , m_deliveriesView(makeChartView(u"deliveriesChartView"_s))
    , m_errorTable(new QTableWidget(this))
    , m_deliveryRateView(makeChartView(u"deliveryRateChartView"_s))
    , m_ratesView(makeChartView(u"ratesChartView"_s))
    , m_costView(makeChartView(u"costChartView"_s))
    , m_frequencyView(makeChartView(u"frequencyChartView"_s))
    , m_frequencyNote(new QLabel(this))
    , m_heatMap(new ReplyHeatMap(this))
    , m_campaignWatcher(new QFutureWatcher<CampaignOutcome>(this))
    , m_trendsWatcher(new QFutureWatcher<TrendsOutcome>(this))
{
    m_campaignCombo->setObjectName(u"campaignCombo"_s);
    m_campaignCombo->setMinimumContentsLength(28);
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_tabs->setObjectName(u"analyticsTabs"_s);
    m_errorTable->setObjectName(u"errorCodeTable"_s);
    m_heatMap->setObjectName(u"replyHeatMap"_s);
    m_message->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Campaign:"), this));
    bar->addWidget(m_campaignCombo, 1);
    bar->addWidget(m_refreshButton);
    bar->addStretch();
    bar->addWidget(m_csvButton);
    bar->addWidget(m_pdfButton);

    // The campaign tab.
    auto* campaignPage = new QWidget;
    auto* campaignLayout = new QVBoxLayout(campaignPage);
    m_titleLabel->setObjectName(u"campaignTitleLabel"_s);
    m_titleLabel->setWordWrap(true);
    campaignLayout->addWidget(m_titleLabel);
    auto* tiles = new QHBoxLayout;
    tiles->addWidget(makeTile(tr("Delivery rate"), m_deliveryValue, m_deliveryNote, u"deliveryTile"_s));
    tiles->addWidget(makeTile(tr("Opt-out rate (7 days)"), m_optOutValue, m_optOutNote, u"optOutTile"_s));
    tiles->addWidget(makeTile(tr("Reply rate"), m_replyValue, m_replyNote, u"replyTile"_s));
    tiles->addWidget(makeTile(tr("Cost"), m_costValue, m_costNote, u"costTile"_s));
    campaignLayout->addLayout(tiles);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_funnelView, 1);
    charts->addWidget(m_deliveriesView, 1);
    campaignLayout->addLayout(charts, 1);
    auto* errorsLabel = new QLabel(tr("Why messages were not delivered"), this);
    QFont bold = errorsLabel->font();
    bold.setBold(true);
    errorsLabel->setFont(bold);
    campaignLayout->addWidget(errorsLabel);
    m_errorTable->setColumnCount(3);
    m_errorTable->setHorizontalHeaderLabels({tr("Code"), tr("Messages"), tr("Meaning")});
    m_errorTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_errorTable->verticalHeader()->hide();
    m_errorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errorTable->setMinimumHeight(110);
    m_errorTable->setMaximumHeight(180);
    campaignLayout->addWidget(m_errorTable);

    // The trends tab, scrollable: four charts and the heat map do not fit a small window.
    auto* trendsContent = new QWidget;
    auto* trendsLayout = new QGridLayout(trendsContent);
    trendsLayout->addWidget(m_deliveryRateView, 0, 0);
    trendsLayout->addWidget(m_ratesView, 0, 1);
    trendsLayout->addWidget(m_costView, 1, 0);
    trendsLayout->addWidget(m_frequencyView, 1, 1);
    auto* heatBox = new QWidget;
    auto* heatLayout = new QVBoxLayout(heatBox);
    auto* heatTitle = new QLabel(tr("Replies by weekday and hour (local time)"), this);
    heatTitle->setFont(bold);
    heatTitle->setAlignment(Qt::AlignHCenter);
    heatLayout->addWidget(heatTitle);
    heatLayout->addWidget(m_heatMap, 1);
    m_frequencyNote->setObjectName(u"frequencyNoteLabel"_s);
    m_frequencyNote->setWordWrap(true);
    trendsLayout->addWidget(m_frequencyNote, 2, 0, 1, 2);
    trendsLayout->addWidget(heatBox, 3, 0, 1, 2);
    trendsLayout->setColumnStretch(0, 1);
    trendsLayout->setColumnStretch(1, 1);
    auto* trendsScroll = new QScrollArea;
    trendsScroll->setWidgetResizable(true);
    trendsScroll->setFrameShape(QFrame::NoFrame);
    trendsScroll->setWidget(trendsContent);
    trendsContent->setMinimumHeight(900);

    // Both tabs scroll: the pane must not force a minimum window height.
    auto* campaignScroll = new QScrollArea;
    campaignScroll->setWidgetResizable(true);
    campaignScroll->setFrameShape(QFrame::NoFrame);
    campaignScroll->setWidget(campaignPage);
    campaignPage->setMinimumHeight(560);
    m_tabs->addTab(campaignScroll, tr("Campaign"));
    m_tabs->addTab(trendsScroll, tr("Trends"));

    m_emptyLabel->setObjectName(u"analyticsEmptyLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No campaign yet. Once a campaign has been launched, its deliveries, opt-outs, "
                             "replies and cost appear here."));
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_tabs);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_campaignCombo, &QComboBox::activated, this, &AnalyticsPane::handleCampaignChosen);
    connect(m_refreshButton, &QPushButton::clicked, this, &AnalyticsPane::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, &AnalyticsPane::handleExportCsv);
    connect(m_pdfButton, &QPushButton::clicked, this, &AnalyticsPane::handleExportPdf);
    connect(
        m_campaignWatcher, &QFutureWatcher<CampaignOutcome>::finished, this, &AnalyticsPane::handleCampaignFinished);
    connect(m_trendsWatcher, &QFutureWatcher<TrendsOutcome>::finished, this, &AnalyticsPane::handleTrendsFinished);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_trends && !m_trendsWatcher->isRunning()) {
            loadTrends();
        }
    });
    showEmpty(true);
    m_csvButton->setEnabled(false);
    m_pdfButton->setEnabled(false);
}

AnalyticsPane::~AnalyticsPane()
{
    // A running job holds only its own connection and the path: waiting keeps it from
    // reporting to a destroyed pane.
    m_campaignWatcher->waitForFinished();
    m_trendsWatcher->waitForFinished();
}

void AnalyticsPane::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    ++m_generation;
    ++m_trendsGeneration;
    m_report.reset();
    m_trends.reset();
    m_campaignCombo->clear();
    m_message->hide();
    if (!workspace) {
        showEmpty(true);
        m_csvButton->setEnabled(false);
        m_pdfButton->setEnabled(false);
        return;
    }
    refresh();
}

bool AnalyticsPane::isBusy() const
{
    return m_campaignWatcher->isRunning() || m_trendsWatcher->isRunning();
}

QString AnalyticsPane::currency() const
{
    return PriceTable().currency();
}

void AnalyticsPane::refresh()
{
    if (!m_workspace) {
        return;
    }
    m_trends.reset();
    ++m_trendsGeneration;
    loadCampaign(m_campaignCombo->currentData().toLongLong(), true);
    if (m_tabs->currentIndex() == 1) {
        loadTrends();
    }
}

void AnalyticsPane::selectCampaign(qint64 id)
{
    const int index = m_campaignCombo->findData(id);
    if (index >= 0) {
        m_campaignCombo->setCurrentIndex(index);
    }
    loadCampaign(id, index < 0);
}

void AnalyticsPane::handleCampaignChosen()
{
    loadCampaign(m_campaignCombo->currentData().toLongLong(), false);
}

void AnalyticsPane::loadCampaign(qint64 id, bool reloadList)
{
    if (!m_workspace) {
        return;
    }
    const int generation = ++m_generation;
    const QString path = m_workspace->path();
    const QString money = currency();
    m_refreshButton->setEnabled(false);
    m_campaignWatcher->setFuture(QtConcurrent::run([=]() {
        CampaignOutcome outcome;
        outcome.generation = generation;
        auto done = onOwnConnection(path, [&](Database& database) -> Result<void> {
            CampaignAnalytics analytics(database);
            qint64 wanted = id;
            if (reloadList || wanted <= 0) {
                auto list = analytics.campaigns();
                if (!list) {
                    return list.error();
                }
                outcome.campaigns = list.value();
                const bool known = std::any_of(outcome.campaigns.cbegin(), outcome.campaigns.cend(),
                    [wanted](const CampaignChoice& c) { return c.id == wanted; });
                if (!known) {
                    wanted = outcome.campaigns.isEmpty() ? 0 : outcome.campaigns.constFirst().id;
                }
            }
            if (wanted > 0) {
                auto report = analytics.campaign(wanted, money);
                if (!report) {
                    return report.error();
                }
                outcome.report = report.value();
            }
            return {};
        });
        if (!done) {
            outcome.error = done.errorMessage();
        }
        return outcome;
    }));
}

void AnalyticsPane::loadTrends()
{
    if (!m_workspace) {
        return;
    }
    const int generation = m_trendsGeneration;
    const QString path = m_workspace->path();
    const QString money = currency();
    m_trendsWatcher->setFuture(QtConcurrent::run([=]() {
        TrendsOutcome outcome;
        outcome.generation = generation;
        auto done = onOwnConnection(path, [&](Database& database) -> Result<void> {
            auto trends = CampaignAnalytics(database).trends(money);
            if (!trends) {
                return trends.error();
            }
            outcome.trends = trends.value();
            return {};
        });
        if (!done) {
            outcome.error = done.errorMessage();
        }
        return outcome;
    }));
}

void AnalyticsPane::handleCampaignFinished()
{
    m_refreshButton->setEnabled(true);
    const CampaignOutcome outcome = m_campaignWatcher->result();
    if (outcome.generation != m_generation || !m_workspace) {
        return; // a newer request or another workspace
    }
    if (!outcome.error.isEmpty()) {
        m_message->showMessage(
            tr("The figures could not be computed: %1").arg(outcome.error), MessageWidget::Type::Error);
        return;
    }
    m_message->hide();
    if (!outcome.campaigns.isEmpty() || (m_campaignCombo->count() > 0 && !outcome.report)) {
        const QSignalBlocker blocker(m_campaignCombo);
        m_campaignCombo->clear();
        for (const CampaignChoice& c : outcome.campaigns) {
            const QString when = c.launchedAt.isValid()
                ? locale().toString(c.launchedAt.toLocalTime().date(), QLocale::ShortFormat)
                : tr("not launched");
            m_campaignCombo->addItem(tr("%1 (%2)", "campaign name (launch date)").arg(c.name, when), c.id);
        }
    }
    if (!outcome.report) {
        m_report.reset();
        showEmpty(true);
        return;
    }
    const QSignalBlocker blocker(m_campaignCombo);
    m_campaignCombo->setCurrentIndex(qMax(0, m_campaignCombo->findData(outcome.report->id)));
    showEmpty(false);
    showReport(outcome.report.value());
}

void AnalyticsPane::handleTrendsFinished()
{
    const TrendsOutcome outcome = m_trendsWatcher->result();
    if (outcome.generation != m_trendsGeneration || !m_workspace) {
        if (m_workspace && m_tabs->currentIndex() == 1) {
            loadTrends(); // computed for an older state: once more for this one
        }
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_message->showMessage(
            tr("The trends could not be computed: %1").arg(outcome.error), MessageWidget::Type::Error);
        return;
    }
    showTrends(outcome.trends.value());
}

void AnalyticsPane::showEmpty(bool empty)
{
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_emptyLabel) : m_tabs);
    m_csvButton->setEnabled(!empty);
    m_pdfButton->setEnabled(!empty);
}

void AnalyticsPane::showReport(const CampaignReport& r)
{
    m_report = r;
    const QLocale loc = locale();
    const CampaignFunnel& f = r.funnel;
    m_titleLabel->setText(r.launchedAt.isValid()
            ? tr("“%1” — launched %2, %3")
                  .arg(r.name, loc.toString(r.launchedAt.toLocalTime(), QLocale::ShortFormat),
                      CampaignListModel::stateText(r.state).toLower())
            : tr("“%1” — not launched yet").arg(r.name));

    m_deliveryValue->setText(AnalyticsCharts::percent(r.deliveryRate, loc));
    m_deliveryNote->setText(tr("%1 delivered of %Ln sent", nullptr, int(f.sent)).arg(loc.toString(f.delivered)));

    m_optOutValue->setText(AnalyticsCharts::percent(r.optOutRate, loc));
    const bool above = r.optOutRate && *r.optOutRate > Analytics::OptOutBenchmark;
    m_optOutValue->setStyleSheet(above ? u"color: #c0392b;"_s : QString());
    const QString benchmark = AnalyticsCharts::percent(Analytics::OptOutBenchmark, loc);
    QString optOutNote = above ? tr("%Ln opt-out(s); above the %1 benchmark", nullptr, int(r.optOuts)).arg(benchmark)
                               : tr("%Ln opt-out(s); benchmark %1", nullptr, int(r.optOuts)).arg(benchmark);
    if (r.launchedAt.isValid() && !r.optOutWindowComplete) {
        optOutNote = tr("%1 (the 7 days are not over yet)").arg(optOutNote);
    }
    m_optOutNote->setText(optOutNote);

    m_replyValue->setText(AnalyticsCharts::percent(r.replyRate, loc));
    m_replyNote->setText(
        tr("%1 · %2", "two facts side by side")
            .arg(tr("%Ln person(s) replied", nullptr, int(r.repliers)), tr("%Ln reply(ies)", nullptr, int(r.replies))));

    m_costValue->setText(AnalyticsCharts::money(r.costMicros, r.currency, loc));
    m_costNote->setText(
        tr("%1 · %2", "two facts side by side")
            .arg(tr("%Ln part(s)", nullptr, int(r.parts)),
                tr("%1 estimated").arg(AnalyticsCharts::money(r.estimatedCostMicros, r.currency, loc))));

    setChart(m_funnelView, AnalyticsCharts::funnel(r, loc));
    setChart(m_deliveriesView, AnalyticsCharts::deliveries(r, loc));

    m_errorTable->setRowCount(int(r.errorCodes.size()));
    for (int i = 0; i < r.errorCodes.size(); ++i) {
        const ErrorCodeCount& e = r.errorCodes.at(i);
        auto* code = new QTableWidgetItem(e.code.isEmpty() ? tr("(none)") : e.code);
        auto* count = new QTableWidgetItem;
        count->setData(Qt::DisplayRole, e.count);
        count->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        auto* meaning = new QTableWidgetItem(e.meaning);
        meaning->setToolTip(e.example.isEmpty() ? e.meaning : tr("Provider said: %1").arg(e.example));
        m_errorTable->setItem(i, 0, code);
        m_errorTable->setItem(i, 1, count);
        m_errorTable->setItem(i, 2, meaning);
    }
    m_errorTable->resizeColumnToContents(0);
    m_errorTable->resizeColumnToContents(1);
    emit reportShown(r.id);
}

void AnalyticsPane::showTrends(const TrendsReport& t)
{
    m_trends = t;
    const QLocale loc = locale();
    setChart(m_deliveryRateView, AnalyticsCharts::monthlyDelivery(t, loc));
    setChart(m_ratesView, AnalyticsCharts::monthlyRates(t, loc));
    setChart(m_costView, AnalyticsCharts::monthlyCost(t, loc));
    setChart(m_frequencyView, AnalyticsCharts::frequency(t, loc));
    m_heatMap->setTrends(t);
    m_frequencyNote->setText(t.contactMonths == 0
            ? tr("No marketing message in the last 12 months.")
            : tr("%1 of %2 contact-months got more than %3 marketing messages (guideline: %4–%3 a month).")
                  .arg(loc.toString(t.contactMonthsOverGuideline), loc.toString(t.contactMonths))
                  .arg(Analytics::GuidelineMaxPerMonth)
                  .arg(Analytics::GuidelineMinPerMonth));
    emit trendsShown();
}

bool AnalyticsPane::exportCsv(const QString& path)
{
    if (!m_report) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CampaignAnalytics::toCsv(*m_report)) < 0 || !file.commit()) {
        m_message->showMessage(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            MessageWidget::Type::Error);
        return false;
    }
    m_message->showMessage(
        tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)), MessageWidget::Type::Positive);
    return true;
}

bool AnalyticsPane::exportPdf(const QString& path)
{
    if (!m_report) {
        return false;
    }
    if (auto written = ReportPdf::write(*m_report, path, locale()); !written) {
        m_message->showMessage(written.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_message->showMessage(
        tr("Report saved as %1.").arg(QDir::toNativeSeparators(path)), MessageWidget::Type::Positive);
    return true;
}

void AnalyticsPane::handleExportCsv()
{
    if (!m_report) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the campaign report"),
        QDir::home().filePath(tr("campaign-%1-report.csv").arg(m_report->id)), tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportCsv(path);
    }
}

void AnalyticsPane::handleExportPdf()
{
    if (!m_report) {
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the campaign report"),
        QDir::home().filePath(tr("campaign-%1-report.pdf").arg(m_report->id)), tr("PDF files (*.pdf)"));
    if (!path.isEmpty()) {
        exportPdf(path);
    }
}

} // namespace Herald
