// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportDialog.h"

#include "contacts/ContactExporter.h"
#include "segments/SegmentQuery.h"
#include "segments/SegmentRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

int clampedCount(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

} // namespace

ExportDialog::ExportDialog(Database& database, const Choice& selection, const Choice& currentView, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_selection(selection)
    , m_view(currentView)
    , m_selectionRadio(new QRadioButton(this))
    , m_viewRadio(new QRadioButton(this))
    , m_segmentRadio(new QRadioButton(tr("The saved &segment:"), this))
    , m_everyoneRadio(new QRadioButton(tr("&Every contact in the workspace"), this))
    , m_segmentCombo(new QComboBox(this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_progressBar(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_exportButton(m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export Contacts"));
    m_selectionRadio->setObjectName(u"exportSelectionRadio"_s);
    m_viewRadio->setObjectName(u"exportViewRadio"_s);
    m_segmentRadio->setObjectName(u"exportSegmentRadio"_s);
    m_everyoneRadio->setObjectName(u"exportEveryoneRadio"_s);
    m_segmentCombo->setObjectName(u"exportSegmentCombo"_s);
    m_pathEdit->setObjectName(u"exportPathEdit"_s);
    m_progressBar->setObjectName(u"exportProgressBar"_s);
    m_statusLabel->setObjectName(u"exportStatusLabel"_s);
    m_exportButton->setObjectName(u"exportStartButton"_s);
    m_exportButton->setDefault(true);

    m_selectionRadio->setText(tr("The %Ln &selected contact(s)", nullptr, clampedCount(m_selection.count)));
    m_selectionRadio->setEnabled(m_selection.count > 0);
    m_viewRadio->setText(m_view.count < 0
            ? tr("The contacts in the current &view (search and filters)")
            : tr("The %Ln contact(s) in the current &view (search and filters)", nullptr, clampedCount(m_view.count)));
    m_viewRadio->setEnabled(m_view.count != 0);
    if (auto segments = SegmentRepository(database).list()) {
        for (const Segment& segment : segments.value()) {
            m_segmentCombo->addItem(segment.name, segment.id);
        }
    }
    m_segmentRadio->setEnabled(m_segmentCombo->count() > 0);
    m_segmentCombo->setEnabled(false);
    (m_selection.count > 0 ? m_selectionRadio : m_viewRadio)->setChecked(true);

    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_pathEdit->setText(
        QDir::toNativeSeparators(QDir(documents.isEmpty() ? QDir::homePath() : documents)
                                     .filePath(tr("contacts %1.csv").arg(QDate::currentDate().toString(Qt::ISODate)))));
    m_pathEdit->setMinimumWidth(360);
    m_progressBar->hide();
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setText(tr("UTF-8 with a byte order mark, opens in spreadsheets and imports back into Herald."));

    auto* scope = new QGroupBox(tr("Export"), this);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_selectionRadio);
    scopeLayout->addWidget(m_viewRadio);
    auto* segmentRow = new QHBoxLayout;
    segmentRow->addWidget(m_segmentRadio);
    segmentRow->addWidget(m_segmentCombo, 1);
    scopeLayout->addLayout(segmentRow);
    scopeLayout->addWidget(m_everyoneRadio);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto* form = new QFormLayout;
    auto* pathLabel = new QLabel(tr("&To file:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scope);
    layout->addLayout(form);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_segmentRadio, &QRadioButton::toggled, m_segmentCombo, &QComboBox::setEnabled);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::handleFinished);
    updateState();
    resize(600, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_watcher->waitForFinished();
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_selectionRadio->isChecked()) {
        return Scope::Selection;
    }
    if (m_segmentRadio->isChecked()) {
        return Scope::Segment;
    }
    if (m_everyoneRadio->isChecked()) {
        return Scope::Everyone;
    }
    return Scope::CurrentView;
}

void ExportDialog::setScope(Scope scope)
{
    switch (scope) {
    case Scope::Selection:
        m_selectionRadio->setChecked(true);
        break;
    case Scope::CurrentView:
        m_viewRadio->setChecked(true);
        break;
    case Scope::Segment:
        m_segmentRadio->setChecked(true);
        break;
    case Scope::Everyone:
        m_everyoneRadio->setChecked(true);
        break;
    }
}

bool ExportDialog::setSegment(qint64 segmentId)
{
    const int index = m_segmentCombo->findData(segmentId);
    if (index < 0) {
        return false;
    }
    m_segmentCombo->setCurrentIndex(index);
    m_segmentRadio->setChecked(true);
    return true;
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
}

void ExportDialog::setFilePath(const QString& path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

bool ExportDialog::isExporting() const
{
    return m_watcher->isRunning();
}

void ExportDialog::browse()
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export Contacts"), filePath(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".csv"_s;
    }
    setFilePath(path);
}

void ExportDialog::updateState()
{
    if (!m_exportButton) {
        return;
    }
    m_exportButton->setEnabled(!filePath().isEmpty() && !isExporting() && !m_finished);
}

bool ExportDialog::chosen(Choice& out, QString& error) const
{
    switch (scope()) {
    case Scope::Selection:
        out = m_selection;
        return true;
    case Scope::CurrentView:
        out = m_view;
        return true;
    case Scope::Everyone:
        out = Choice();
        return true;
    case Scope::Segment:
        break;
    }
    auto segment = SegmentRepository(m_database).find(m_segmentCombo->currentData().toLongLong());
    if (!segment) {
        error = segment.errorMessage();
        return false;
    }
    if (!segment->rulesError.isEmpty()) {
        error = segment->rulesError;
        return false;
    }
    auto sql = SegmentQuery::compile(segment->rules, QDateTime::currentDateTime());
    if (!sql) {
        error = sql.errorMessage();
        return false;
    }
    out = Choice {sql->where, sql->bindings, -1};
    return true;
}

void ExportDialog::startExport()
{
    if (isExporting() || m_finished) {
        return;
    }
    const QString path = filePath();
    if (path.isEmpty()) {
        return;
    }
    Choice choice;
    QString error;
    if (!chosen(choice, error)) {
        m_statusLabel->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(error.toHtmlEscaped()));
        return;
    }
    for (QWidget* w : std::initializer_list<QWidget*> {m_selectionRadio, m_viewRadio, m_segmentRadio, m_everyoneRadio,
             m_segmentCombo, m_pathEdit, m_browseButton}) {
        w->setEnabled(false);
    }
    if (m_exportButton) {
        m_exportButton->setEnabled(false);
    }
    if (choice.count > 0) {
        m_progressBar->setRange(0, clampedCount(choice.count));
    } else {
        m_progressBar->setRange(0, 0); // busy: the number is not known before the end
    }
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(tr("Exporting…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString workspace = m_database.path();
    auto cancel = m_cancel;
    QPointer<ExportDialog> self(this);
    m_watcher->setFuture(QtConcurrent::run([workspace, path, choice, cancel, self]() -> Outcome {
        // Reads through its own connection on this worker, so the window keeps painting.
        auto database = Database::open(workspace);
        if (!database) {
            return {0, database.errorMessage()};
        }
        auto written = ContactExporter(*database.value())
                           .exportCsv(
                               path, choice.where, choice.bindings,
                               [self](qint64 rows) {
                                   QMetaObject::invokeMethod(
                                       self,
                                       [self, rows] {
                                           if (!self) {
                                               return;
                                           }
                                           if (self->m_progressBar->maximum() > 0) {
                                               self->m_progressBar->setValue(
                                                   clampedCount(qMin<qint64>(rows, self->m_progressBar->maximum())));
                                           }
                                           self->m_statusLabel->setText(
                                               tr("%Ln contact(s) written…", nullptr, clampedCount(rows)));
                                       },
                                       Qt::QueuedConnection);
                               },
                               cancel.get());
        if (!written) {
            return {0, written.errorMessage()};
        }
        return {written.value(), QString()};
    }));
}

void ExportDialog::handleFinished()
{
    const Outcome outcome = m_watcher->result();
    m_progressBar->hide();
    m_buttons->clear();
    m_exportButton = nullptr;
    m_buttons->addButton(QDialogButtonBox::Close);
    if (!outcome.error.isEmpty()) {
        m_statusLabel->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(outcome.error.toHtmlEscaped()));
        return;
    }
    m_finished = true;
    m_exported = outcome.count;
    m_statusLabel->setText(tr("Exported %Ln contact(s) to %1.", nullptr, clampedCount(outcome.count))
                               .arg(QDir::toNativeSeparators(filePath())));
}

void ExportDialog::reject()
{
    if (isExporting()) {
        // The exporter stops at the next row and removes its unfinished file.
        m_statusLabel->setText(tr("Cancelling…"));
        m_cancel->store(true);
        m_watcher->waitForFinished();
    }
    if (m_finished) {
        accept();
        return;
    }
    QDialog::reject();
}

} // namespace Herald
