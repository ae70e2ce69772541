// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PreflightDialog.h"

#include "Workspace.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString localText(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QLabel* valueLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PreflightDialog::PreflightDialog(Workspace& workspace, qint64 campaignId, const LaunchOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_campaignId(campaignId)
    , m_options(options)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_watcher(new QFutureWatcher<Outcome>(this))
    , m_stack(new QStackedWidget(this))
    , m_busyLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_summaryLabel(valueLabel(u"summaryLabel"_s, this))
    , m_audienceLabel(valueLabel(u"audienceLabel"_s, this))
    , m_recipientsLabel(valueLabel(u"recipientsLabel"_s, this))
    , m_timingLabel(valueLabel(u"timingLabel"_s, this))
    , m_exclusionsTree(new QTreeWidget(this))
    , m_partsLabel(valueLabel(u"partsLabel"_s, this))
    , m_encodingLabel(valueLabel(u"encodingLabel"_s, this))
    , m_costLabel(valueLabel(u"costLabel"_s, this))
    , m_costTree(new QTreeWidget(this))
    , m_warningsList(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"preflightDialog"_s);
    if (auto campaign = CampaignRepository(workspace.database()).find(campaignId)) {
        m_campaign = campaign.value();
    }
    m_options.now = m_options.now.isValid() ? m_options.now : QDateTime::currentDateTimeUtc();
    m_forLater = m_campaign.scheduleMode != ScheduleMode::Now && m_campaign.scheduledAt > m_options.now;
    setWindowTitle(tr("Pre-flight Check — %1").arg(m_campaign.name));

    // While checking: a busy bar and Cancel.
    auto* busyPage = new QWidget(this);
    auto* busyLayout = new QVBoxLayout(busyPage);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->setText(tr("Checking every recipient: consent, opt-outs, numbers, quiet hours, parts and cost…"));
    m_busyLabel->setWordWrap(true);
    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setRange(0, 0);
    busyLayout->addStretch(1);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addStretch(1);

    // The report.
    auto* reportPage = new QWidget(this);
    auto* reportLayout = new QVBoxLayout(reportPage);
    reportLayout->setContentsMargins(0, 0, 0, 0);
    reportLayout->addWidget(m_summaryLabel);

    auto* audienceBox = new QGroupBox(tr("Who gets it"), reportPage);
    auto* audienceForm = new QFormLayout(audienceBox);
    audienceForm->addRow(tr("Audience:"), m_audienceLabel);
    audienceForm->addRow(tr("Recipients:"), m_recipientsLabel);
    audienceForm->addRow(tr("Sending:"), m_timingLabel);
    m_exclusionsTree->setObjectName(u"exclusionsTree"_s);
    m_exclusionsTree->setHeaderLabels({tr("Left out"), tr("Contacts")});
    m_exclusionsTree->setRootIsDecorated(false);
    m_exclusionsTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_exclusionsTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_exclusionsTree->header()->setStretchLastSection(false);
    audienceForm->addRow(m_exclusionsTree);

    auto* costBox = new QGroupBox(tr("Length and cost"), reportPage);
    auto* costForm = new QFormLayout(costBox);
    costForm->addRow(tr("Parts:"), m_partsLabel);
    costForm->addRow(tr("Encoding:"), m_encodingLabel);
    costForm->addRow(tr("Estimated cost:"), m_costLabel);
    m_costTree->setObjectName(u"costTree"_s);
    m_costTree->setHeaderLabels({tr("Country"), tr("Recipients"), tr("Parts"), tr("Price per part"), tr("Cost")});
    m_costTree->setRootIsDecorated(false);
    costForm->addRow(m_costTree);

    auto* columns = new QHBoxLayout;
    columns->addWidget(audienceBox, 1);
    columns->addWidget(costBox, 1);
    reportLayout->addLayout(columns, 1);

    auto* warningsBox = new QGroupBox(tr("Warnings"), reportPage);
    auto* warningsLayout = new QVBoxLayout(warningsBox);
    m_warningsList->setObjectName(u"warningsList"_s);
    m_warningsList->setWordWrap(true);
    m_warningsList->setMaximumHeight(150);
    warningsLayout->addWidget(m_warningsList);
    reportLayout->addWidget(warningsBox);

    m_stack->addWidget(busyPage);
    m_stack->addWidget(reportPage);

    m_buttons->setObjectName(u"preflightButtons"_s);
    m_testButton = m_buttons->addButton(tr("Send &Test…"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testSendButton"_s);
    m_testButton->setEnabled(false);
    m_launchButton = m_buttons->addButton(m_forLater ? tr("&Schedule") : tr("&Launch"), QDialogButtonBox::AcceptRole);
    m_launchButton->setObjectName(u"launchButton"_s);
    m_launchButton->setEnabled(false);
    m_launchButton->setDefault(false);
    m_launchButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreflightDialog::cancelCheck);
    connect(m_testButton, &QPushButton::clicked, this, [this] { emit testSendRequested(m_campaignId); });
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &PreflightDialog::handleFinished);
    resize(980, 640);
}

PreflightDialog::~PreflightDialog()
{
    // The check reads its own connection; it stops at the next recipient.
    m_cancel->store(true);
    m_watcher->waitForFinished();
}

void PreflightDialog::start()
{
    m_stack->setCurrentIndex(0);
    m_report.reset();
    m_error.clear();
    m_cancel->store(false);
    const Campaign campaign = m_campaign;
    const LaunchOptions options = m_options;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    const Workspace* workspace = &m_workspace;
    m_watcher->setFuture(QtConcurrent::run([workspace, campaign, options, cancel]() -> Outcome {
        Outcome outcome;
        auto connection = workspace->openConnection();
        if (!connection) {
            outcome.error = connection.errorMessage();
            return outcome;
        }
        auto report = Preflight::run(*connection.value(), campaign, options, cancel.get());
        if (!report) {
            outcome.error = report.errorMessage();
        } else {
            outcome.report = std::move(report).value();
        }
        return outcome;
    }));
}

bool PreflightDialog::isRunning() const
{
    return m_watcher->isRunning();
}

void PreflightDialog::cancelCheck()
{
    m_cancel->store(true);
    reject();
}

void PreflightDialog::handleFinished()
{
    if (m_cancel->load()) {
        return;
    }
    Outcome outcome = m_watcher->result();
    if (!outcome.report) {
        m_error = outcome.error;
        m_stack->setCurrentIndex(0);
        m_busyBar->setVisible(false);
        m_busyLabel->setText(tr("The pre-flight check failed: %1").arg(m_error));
        emit reportReady();
        return;
    }
    m_report = std::move(outcome.report);
    showReport(*m_report);
    emit reportReady();
}

void PreflightDialog::showReport(const PreflightReport& r)
{
    const QLocale locale;
    m_summaryLabel->setText(r.marketing
            ? tr("<b>%1</b> — marketing campaign: only contacts who agreed to marketing messages, each message "
                 "ends with the opt-out footer.")
                  .arg(r.campaign.name.toHtmlEscaped())
            : tr("<b>%1</b> — transactional campaign: no marketing consent needed; opted-out and suppressed "
                 "numbers are still left out.")
                  .arg(r.campaign.name.toHtmlEscaped()));
    m_audienceLabel->setText(tr("%Ln contact(s) selected", nullptr, int(r.audience)));
    m_recipientsLabel->setText(tr("%Ln contact(s) get the message", nullptr, int(r.recipients)) + QChar(u'\n')
        + tr("%1 at once, %2 held to a later time").arg(locale.toString(r.sendNow), locale.toString(r.held)));
    if (r.recipients > 0) {
        m_timingLabel->setText(r.firstSendAt == r.lastSendAt
                ? tr("at %1").arg(localText(r.firstSendAt))
                : tr("from %1 to %2").arg(localText(r.firstSendAt), localText(r.lastSendAt)));
    } else {
        m_timingLabel->setText(tr("nothing to send"));
    }

    m_exclusionsTree->clear();
    qint64 excluded = 0;
    for (const PreflightItem& item : r.exclusions) {
        auto* row = new QTreeWidgetItem(m_exclusionsTree, {item.message, locale.toString(item.count)});
        row->setData(0, Qt::UserRole, item.key);
        row->setData(1, Qt::UserRole, item.count);
        row->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(0, item.message);
        if (item.count == 0) {
            row->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            row->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        excluded += item.count;
    }

    QStringList parts;
    for (auto it = r.partsHistogram.cbegin(); it != r.partsHistogram.cend(); ++it) {
        parts.append(tr("%1 × %Ln part(s)", nullptr, it.key()).arg(locale.toString(it.value())));
    }
    m_partsLabel->setText(r.recipients > 0
            ? tr("%1 in total (%2)").arg(locale.toString(r.totalParts), locale.createSeparatedList(parts))
            : tr("none"));
    QString encoding = r.encodingName();
    if (r.ucs2Recipients > 0) {
        encoding = tr(
            "%1 — %Ln recipient(s) in UCS-2 (70 characters per part), forced by: %2", nullptr, int(r.ucs2Recipients))
                       .arg(r.encodingName(), r.ucs2Characters.join(u"  "_s));
    }
    m_encodingLabel->setText(encoding.isEmpty() ? tr("none") : encoding);
    m_costLabel->setText(tr("%1 %2").arg(Preflight::formatMoney(r.estimatedCostMicros), r.currency));
    m_costTree->clear();
    for (const CountryCost& c : r.costByCountry) {
        auto* row = new QTreeWidgetItem(m_costTree,
            {c.country.isEmpty() ? tr("Unknown") : c.country, locale.toString(c.recipients), locale.toString(c.parts),
                Preflight::formatMoney(c.pricePerPartMicros), Preflight::formatMoney(c.costMicros)});
        for (int column = 1; column < 5; ++column) {
            row->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int column = 0; column < m_costTree->columnCount(); ++column) {
        m_costTree->resizeColumnToContents(column);
    }

    m_warningsList->clear();
    for (const PreflightItem& item : r.warnings) {
        auto* row = new QListWidgetItem(
            style()->standardIcon(item.information ? QStyle::SP_MessageBoxInformation : QStyle::SP_MessageBoxWarning),
            item.message, m_warningsList);
        row->setData(Qt::UserRole, item.key);
    }
    if (r.warnings.isEmpty()) {
        auto* row = new QListWidgetItem(tr("No warnings."), m_warningsList);
        row->setFlags(Qt::ItemIsEnabled);
    }

    m_launchButton->setEnabled(r.recipients > 0);
    m_launchButton->setToolTip(r.recipients > 0
            ? tr("Hands %Ln message(s) to the outbox and starts sending.", nullptr, int(r.recipients))
            : tr("Nobody would get this campaign."));
    m_testButton->setEnabled(true);
    m_stack->setCurrentIndex(1);
}

} // namespace Herald
