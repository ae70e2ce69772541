// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/CampaignAnalytics.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;

namespace Herald
{

class MessageWidget;
class ReplyHeatMap;
class Workspace;

// Analytics: one campaign at a glance (key figures against the opt-out benchmark, the funnel,
// deliveries over time, error codes with their meanings), trends across campaigns (monthly rates
// and cost, messages per contact per month against the 2–6 guideline, replies by weekday and
// hour), and the campaign report as CSV or PDF.
//
// Figures are computed on a worker thread with its own database connection (a view over a
// million outbox rows takes a few hundred milliseconds); a newer request makes older results void.
class AnalyticsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalyticsPane)

public:
    explicit AnalyticsPane(QWidget* parent = nullptr);
    ~AnalyticsPane() override;

    void setWorkspace(Workspace* workspace);

    // The figures on screen (for tests and export); empty while none is loaded.
    const std::optional<CampaignReport>& report() const
    {
        return m_report;
    }
    const std::optional<TrendsReport>& trends() const
    {
        return m_trends;
    }
    bool isBusy() const;

    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);

public slots:
    void refresh();
    void selectCampaign(qint64 id);

signals:
    void reportShown(qint64 campaignId);
    void trendsShown();

private:
    struct CampaignOutcome
    {
        int generation = 0;
        QList<CampaignChoice> campaigns;
        std::optional<CampaignReport> report;
        QString error;
    };
    struct TrendsOutcome
    {
        int generation = 0;
        std::optional<TrendsReport> trends;
        QString error;
    };

    void handleCampaignChosen();
    void handleCampaignFinished();
    void handleTrendsFinished();
    void handleExportCsv();
    void handleExportPdf();
    void loadCampaign(qint64 id, bool reloadList);
    void loadTrends();
    void showReport(const CampaignReport& report);
    void showTrends(const TrendsReport& trends);
    void showEmpty(bool empty);
    QString currency() const;

    Workspace* m_workspace = nullptr;
    int m_generation = 0; // of campaign requests
    int m_trendsGeneration = 0; // of trends requests: a new workspace or a refresh
    std::optional<CampaignReport> m_report;
    std::optional<TrendsReport> m_trends;
    bool m_trendsWanted = false;

    MessageWidget* m_message;
    QComboBox* m_campaignCombo;
    QPushButton* m_refreshButton;
    QPushButton* m_csvButton;
    QPushButton* m_pdfButton;
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QTabWidget* m_tabs;
    QLabel* m_titleLabel;
    QLabel* m_deliveryValue;
    QLabel* m_deliveryNote;
    QLabel* m_optOutValue;
    QLabel* m_optOutNote;
    QLabel* m_replyValue;
    QLabel* m_replyNote;
    QLabel* m_costValue;
    QLabel* m_costNote;
    QChartView* m_funnelView;
    QChartView* m_deliveriesView;
    QTableWidget* m_errorTable;
    QChartView* m_deliveryRateView;
    QChartView* m_ratesView;
    QChartView* m_costView;
    QChartView* m_frequencyView;
    QLabel* m_frequencyNote;
    ReplyHeatMap* m_heatMap;
    QFutureWatcher<CampaignOutcome>* m_campaignWatcher;
    QFutureWatcher<TrendsOutcome>* m_trendsWatcher;
};

} // namespace Herald
