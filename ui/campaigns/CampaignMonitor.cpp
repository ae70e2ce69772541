// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CampaignMonitor.h"

#include "CampaignListModel.h"
#include "storage/Database.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

constexpr int MaxLogRows = 500;

QString localText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

} // namespace

CampaignMonitor::CampaignMonitor(QWidget* parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_scheduleLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_launchButton(new QPushButton(tr("Check and &Launch…"), this))
    , m_testButton(new QPushButton(tr("Send &Test…"), this))
    , m_pauseButton(new QPushButton(tr("&Pause"), this))
    , m_resumeButton(new QPushButton(tr("&Resume"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel Campaign…"), this))
    , m_retryButton(new QPushButton(tr("Retry &Failed"), this))
    , m_tabs(new QTabWidget(this))
    , m_bodyView(new QPlainTextEdit(this))
    , m_errorsTable(makeTable(u"errorsTable"_s, {tr("Phone"), tr("Status"), tr("Code"), tr("Error")}, this))
    , m_repliesTable(makeTable(u"repliesTable"_s, {tr("From"), tr("Received"), tr("Keyword"), tr("Reply")}, this))
{
    setObjectName(u"campaignMonitor"_s);
    m_titleLabel->setObjectName(u"monitorTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_stateLabel->setObjectName(u"monitorStateLabel"_s);
    m_scheduleLabel->setObjectName(u"monitorScheduleLabel"_s);
    m_scheduleLabel->setWordWrap(true);
    m_progressBar->setObjectName(u"monitorProgressBar"_s);
    m_progressBar->setRange(0, 1000);
    m_editButton->setObjectName(u"editButton"_s);
    m_launchButton->setObjectName(u"launchButton"_s);
    m_testButton->setObjectName(u"testSendButton"_s);
    m_pauseButton->setObjectName(u"pauseButton"_s);
    m_resumeButton->setObjectName(u"resumeButton"_s);
    m_cancelButton->setObjectName(u"cancelCampaignButton"_s);
    m_retryButton->setObjectName(u"retryFailedButton"_s);
    m_tabs->setObjectName(u"monitorTabs"_s);
    m_bodyView->setObjectName(u"monitorBodyView"_s);
    m_bodyView->setReadOnly(true);

    auto* header = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_stateLabel);
    titles->addWidget(m_scheduleLabel);
    header->addLayout(titles, 1);
    for (QPushButton* button :
        {m_editButton, m_testButton, m_launchButton, m_pauseButton, m_resumeButton, m_retryButton, m_cancelButton}) {
        header->addWidget(button, 0, Qt::AlignTop);
    }

    auto* countsLayout = new QGridLayout;
    const QList<std::pair<QString, QString>> counts = {
        {u"queued"_s, tr("Queued")},
        {u"sent"_s, tr("Sent")},
        {u"delivered"_s, tr("Delivered")},
        {u"failed"_s, tr("Failed")},
        {u"unknown"_s, tr("Unknown")},
        {u"skipped"_s, tr("Skipped")},
        {u"cancelled"_s, tr("Cancelled")},
    };
    int column = 0;
    for (const auto& [key, name] : counts) {
        auto* value = new QLabel(u"0"_s, this);
        value->setObjectName(key + u"CountLabel"_s);
        QFont valueFont = value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 1.4);
        value->setFont(valueFont);
        value->setAlignment(Qt::AlignCenter);
        auto* caption = new QLabel(name, this);
        caption->setAlignment(Qt::AlignCenter);
        countsLayout->addWidget(value, 0, column);
        countsLayout->addWidget(caption, 1, column);
        m_countLabels.insert(key, value);
        ++column;
    }

    m_tabs->addTab(m_bodyView, tr("Message"));
    m_tabs->addTab(m_errorsTable, tr("Errors"));
    m_tabs->addTab(m_repliesTable, tr("Replies"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_progressBar);
    layout->addLayout(countsLayout);
    layout->addWidget(m_tabs, 1);

    connect(m_editButton, &QPushButton::clicked, this, [this] { emit editRequested(m_campaignId); });
    connect(m_launchButton, &QPushButton::clicked, this, [this] { emit launchRequested(m_campaignId); });
    connect(m_testButton, &QPushButton::clicked, this, [this] { emit testSendRequested(m_campaignId); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { emit pauseRequested(m_campaignId); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { emit resumeRequested(m_campaignId); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { emit cancelRequested(m_campaignId); });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { emit retryFailedRequested(m_campaignId); });
    setCampaign(0);
}

CampaignMonitor::~CampaignMonitor() = default;

void CampaignMonitor::setDatabase(Database* database)
{
    m_database = database;
    setCampaign(0);
}

void CampaignMonitor::setCampaign(qint64 campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

qint64 CampaignMonitor::shownCount(const QString& key) const
{
    const QLabel* label = m_countLabels.value(key);
    return label ? QLocale().toLongLong(label->text()) : -1;
}

int CampaignMonitor::errorRows() const
{
    return m_errorsTable->rowCount();
}

int CampaignMonitor::replyRows() const
{
    return m_repliesTable->rowCount();
}

void CampaignMonitor::refresh()
{
    m_campaign = Campaign();
    m_counts = OutboxCounts();
    auto found = m_database && m_campaignId > 0 ? CampaignRepository(*m_database).find(m_campaignId)
                                                : Result<Campaign>(Error {tr("Choose a campaign.")});
    const bool shown = found.ok();
    for (QWidget* widget : findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        widget->setEnabled(shown);
    }
    if (!shown) {
        m_titleLabel->setText(tr("No campaign selected"));
        m_stateLabel->setText(tr("Choose a campaign in the list, or write a new one."));
        m_scheduleLabel->clear();
        m_progressBar->setValue(0);
        m_progressBar->setFormat(QString());
        for (QLabel* label : std::as_const(m_countLabels)) {
            label->setText(u"0"_s);
        }
        m_bodyView->clear();
        m_errorsTable->setRowCount(0);
        m_repliesTable->setRowCount(0);
        updateButtons();
        return;
    }
    m_campaign = found.value();
    if (auto counts = CampaignRepository(*m_database).counts(m_campaignId)) {
        m_counts = counts.value();
    }
    m_titleLabel->setText(m_campaign.name);
    QString state = tr("%1 · %2").arg(
        CampaignListModel::stateText(m_campaign.state), m_campaign.marketing ? tr("Marketing") : tr("Transactional"));
    if (!m_campaign.pauseReason.isEmpty()) {
        state = tr("%1 — paused because: %2").arg(state, m_campaign.pauseReason);
    }
    m_stateLabel->setText(state);
    switch (m_campaign.scheduleMode) {
    case ScheduleMode::Now:
        m_scheduleLabel->setText(m_campaign.launchedAt.isValid()
                ? tr("Launched %1").arg(localText(m_campaign.launchedAt))
                : tr("Goes out when launched"));
        break;
    case ScheduleMode::At:
        m_scheduleLabel->setText(tr("Scheduled for %1").arg(localText(m_campaign.scheduledAt)));
        break;
    case ScheduleMode::LocalTime:
        m_scheduleLabel->setText(tr("At %1 on %2 in each recipient's local time")
                                     .arg(QLocale().toString(m_campaign.localTime, QLocale::ShortFormat),
                                         QLocale().toString(m_campaign.localDate, QLocale::ShortFormat)));
        break;
    }
    if (m_campaign.state == CampaignState::Sending || m_campaign.state == CampaignState::Paused) {
        // Messages held for quiet hours, Sundays or each recipient's local send time.
        CampaignRepository campaigns(*m_database);
        const auto held = campaigns.heldCount(m_campaignId);
        if (held && held.value() > 0) {
            const auto next = campaigns.nextHeldSendTime(m_campaignId);
            m_scheduleLabel->setText(
                tr("%1 — %Ln message(s) wait for their send time; the next at %2.", nullptr, int(held.value()))
                    .arg(m_scheduleLabel->text(), next ? localText(next.value()) : QString()));
        }
    }
    const int progress = CampaignListModel::progressOf(m_counts);
    m_progressBar->setValue(qMax(0, progress));
    m_progressBar->setFormat(progress < 0 ? tr("Not launched yet") : tr("%p% handed over or settled"));
    const QLocale locale;
    m_countLabels.value(u"queued"_s)->setText(locale.toString(CampaignListModel::queuedOf(m_counts)));
    m_countLabels.value(u"sent"_s)->setText(locale.toString(CampaignListModel::sentOf(m_counts)));
    m_countLabels.value(u"delivered"_s)->setText(locale.toString(m_counts.delivered));
    m_countLabels.value(u"failed"_s)->setText(locale.toString(CampaignListModel::failedOf(m_counts)));
    m_countLabels.value(u"unknown"_s)->setText(locale.toString(m_counts.unknown));
    m_countLabels.value(u"skipped"_s)->setText(locale.toString(m_counts.skipped));
    m_countLabels.value(u"cancelled"_s)->setText(locale.toString(m_counts.cancelled));
    if (m_bodyView->toPlainText() != m_campaign.body) {
        m_bodyView->setPlainText(m_campaign.body);
    }
    loadErrors();
    loadReplies();
    updateButtons();
}

void CampaignMonitor::loadErrors()
{
    // Rows that failed or carry a provider error code, newest change first.
    QSqlQuery q = m_database->query();
    q.prepare(u"SELECT phone, state, error_code, error_message, skip_reason FROM messages WHERE campaign_id = ? AND "
              "(state IN ('failed', 'undelivered', 'unknown') OR error_code <> '') "
              "ORDER BY updated_at DESC, id DESC LIMIT %1"_s.arg(MaxLogRows));
    q.addBindValue(m_campaignId);
    m_errorsTable->setRowCount(0);
    if (!q.exec()) {
        return;
    }
    int row = 0;
    while (q.next()) {
        m_errorsTable->insertRow(row);
        const QString message = q.value(3).toString().isEmpty() ? q.value(4).toString() : q.value(3).toString();
        const QStringList cells = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), message};
        for (int column = 0; column < cells.size(); ++column) {
            m_errorsTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        ++row;
    }
    m_tabs->setTabText(1, tr("Errors (%1)").arg(row));
    m_errorsTable->resizeColumnsToContents();
}

void CampaignMonitor::loadReplies()
{
    QSqlQuery q = m_database->query();
    q.prepare(u"SELECT from_phone, received_at, keyword, body FROM inbound WHERE campaign_id = ? "
              "ORDER BY received_at DESC, id DESC LIMIT %1"_s.arg(MaxLogRows));
    q.addBindValue(m_campaignId);
    m_repliesTable->setRowCount(0);
    if (!q.exec()) {
        return;
    }
    int row = 0;
    while (q.next()) {
        m_repliesTable->insertRow(row);
        const QStringList cells
            = {q.value(0).toString(), localText(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC)),
                q.value(2).toString(), q.value(3).toString()};
        for (int column = 0; column < cells.size(); ++column) {
            m_repliesTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
        ++row;
    }
    m_tabs->setTabText(2, tr("Replies (%1)").arg(row));
    m_repliesTable->resizeColumnsToContents();
}

void CampaignMonitor::updateButtons()
{
    const QString& state = m_campaign.state;
    const bool exists = m_campaign.id > 0;
    m_editButton->setVisible(exists && state == CampaignState::Draft);
    m_launchButton->setVisible(exists && (state == CampaignState::Draft || state == CampaignState::Scheduled));
    m_testButton->setVisible(exists && (state == CampaignState::Draft || state == CampaignState::Scheduled));
    m_pauseButton->setVisible(exists && state == CampaignState::Sending);
    m_resumeButton->setVisible(exists && state == CampaignState::Paused);
    m_cancelButton->setVisible(exists
        && (state == CampaignState::Sending || state == CampaignState::Paused || state == CampaignState::Scheduled));
    m_retryButton->setVisible(
        exists && (state == CampaignState::Completed || state == CampaignState::Paused) && m_counts.failed > 0);
}

} // namespace Herald
