// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The analytics pane on the prepared analytics workspace: figures computed off the GUI thread
// reach the tiles, the charts and the error table; the trends tab fills; CSV and PDF export.

#include "AnalyticsCharts.h"
#include "AnalyticsFixture.h"
#include "TempWorkspace.h"
#include "panes/AnalyticsPane.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Herald;

class TestAnalyticsPane : public QObject
{
    Q_OBJECT

private slots:
    void showsCampaignFigures();
    void emptyWorkspace();
    void deliveriesInOneBucketDrawALine();
};

void TestAnalyticsPane::showsCampaignFigures()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    QVERIFY(Test::AnalyticsFixture::populate(temp.database()).ok());
    AnalyticsPane pane;
    pane.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QSignalSpy shown(&pane, &AnalyticsPane::reportShown);
    pane.setWorkspace(&temp.workspace());
    QTRY_COMPARE(shown.count(), 1);
    // The newest launch first: campaign 3 ("All failed").
    auto* combo = pane.findChild<QComboBox*>(u"campaignCombo"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 5);
    QCOMPARE(combo->currentData().toLongLong(), 3);
    QCOMPARE(pane.findChild<QLabel*>(u"deliveryTileValue"_s)->text(), u"0.00 %"_s);
    QCOMPARE(pane.findChild<QTableWidget*>(u"errorCodeTable"_s)->rowCount(), 2);

    pane.selectCampaign(1);
    QTRY_COMPARE(shown.count(), 2);
    QCOMPARE(shown.last().at(0).toLongLong(), 1);
    QVERIFY(pane.report().has_value());
    QCOMPARE(pane.report()->funnel.sent, 7);
    QCOMPARE(pane.findChild<QLabel*>(u"deliveryTileValue"_s)->text(), u"42.86 %"_s);
    QCOMPARE(pane.findChild<QLabel*>(u"optOutTileValue"_s)->text(), u"14.29 %"_s);
    QCOMPARE(pane.findChild<QLabel*>(u"replyTileValue"_s)->text(), u"28.57 %"_s);
    QCOMPARE(pane.findChild<QLabel*>(u"costTileValue"_s)->text(), u"$0.0845"_s);
    auto* errors = pane.findChild<QTableWidget*>(u"errorCodeTable"_s);
    QCOMPARE(errors->rowCount(), 3);
    QCOMPARE(errors->item(1, 0)->text(), u"30003"_s);
    QVERIFY(!errors->item(1, 2)->text().isEmpty());
    auto* funnel = pane.findChild<QChartView*>(u"funnelChartView"_s);
    QVERIFY(!funnel->chart()->series().isEmpty());

    QSignalSpy trends(&pane, &AnalyticsPane::trendsShown);
    pane.findChild<QTabWidget*>(u"analyticsTabs"_s)->setCurrentIndex(1);
    QTRY_COMPARE(trends.count(), 1);
    QVERIFY(pane.trends().has_value());
    QCOMPARE(pane.trends()->months.size(), 2);
    QCOMPARE(pane.trends()->totalReplies, 5);

    const QString csv = temp.dir() + u"/r.csv"_s;
    QVERIFY(pane.exportCsv(csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    QVERIFY(csvFile.readAll().contains("funnel,sent,7,"));
    const QString pdf = temp.dir() + u"/r.pdf"_s;
    QVERIFY(pane.exportPdf(pdf));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QVERIFY(!pane.exportPdf(temp.dir() + u"/missing/r.pdf"_s));
    QTRY_VERIFY(!pane.isBusy());
}

void TestAnalyticsPane::emptyWorkspace()
{
    Test::TempWorkspace temp;
    QVERIFY(temp.isOpen());
    AnalyticsPane pane;
    pane.setWorkspace(&temp.workspace());
    QTRY_VERIFY(!pane.isBusy());
    QVERIFY(!pane.report().has_value());
    QVERIFY(pane.findChild<QLabel*>(u"analyticsEmptyLabel"_s)->isVisibleTo(&pane));
    QVERIFY(!pane.findChild<QWidget*>(u"exportPdfButton"_s)->isEnabled());
    pane.setWorkspace(nullptr);
    QVERIFY(!pane.report().has_value());
}

void TestAnalyticsPane::deliveriesInOneBucketDrawALine()
{
    // Every delivery within the same 15 minutes: the lines still rise from zero.
    CampaignReport report;
    report.bucketSeconds = 900;
    report.deliveries = {TimeBucket {1795422600, 211}};
    std::unique_ptr<QChart> chart(AnalyticsCharts::deliveries(report, QLocale::c()));
    const QList<QAbstractSeries*> series = chart->series();
    QCOMPARE(series.size(), 2);
    for (QAbstractSeries* s : series) {
        auto* line = qobject_cast<QLineSeries*>(s);
        QVERIFY(line);
        QCOMPARE(line->count(), 2);
        QCOMPARE(line->at(0), QPointF(1795422600.0 * 1000.0, 0.0));
        QCOMPARE(line->at(1), QPointF((1795422600.0 + 900.0) * 1000.0, 211.0));
    }
}

QTEST_MAIN(TestAnalyticsPane)

#include "TestAnalyticsPane.moc"
