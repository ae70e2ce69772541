// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportDialog.h"

#include "Workspace.h"
#include "contacts/ContactImporter.h"
#include "contacts/PhoneNumbers.h"
#include "storage/Database.h"

#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return ImportDialog::tr("comma");
    case u';':
        return ImportDialog::tr("semicolon");
    case u'\t':
        return ImportDialog::tr("tab");
    case u'|':
        return ImportDialog::tr("vertical bar");
    default:
        return QString(delimiter);
    }
}

} // namespace

ImportDialog::ImportDialog(Workspace& workspace, const QString& filePath, const QString& defaultRegion, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_filePath(filePath)
    , m_formatLabel(new QLabel(this))
    , m_regionCombo(new QComboBox(this))
    , m_duplicateCombo(new QComboBox(this))
    , m_previewTable(new QTableWidget(this))
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_watcher(new QFutureWatcher<Outcome>(this))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import Contacts from %1").arg(QFileInfo(filePath).fileName()));
    m_formatLabel->setObjectName(u"importFormatLabel"_s);
    m_regionCombo->setObjectName(u"importRegionCombo"_s);
    m_duplicateCombo->setObjectName(u"importDuplicateCombo"_s);
    m_previewTable->setObjectName(u"importPreviewTable"_s);
    m_statusLabel->setObjectName(u"importStatusLabel"_s);
    m_progressBar->setObjectName(u"importProgressBar"_s);

    for (const auto& [code, name] : PhoneNumbers::regionsByName()) {
        m_regionCombo->addItem(name, code);
    }
    m_regionCombo->setCurrentIndex(qMax(0, m_regionCombo->findData(defaultRegion)));
    m_duplicateCombo->addItem(tr("Update them with the file's values"), int(DuplicatePolicy::Update));
    m_duplicateCombo->addItem(tr("Keep them as they are"), int(DuplicatePolicy::Skip));

    m_formatLabel->setWordWrap(true);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setColumnCount(4);
    m_previewTable->setHorizontalHeaderLabels({tr("Line"), tr("Phone"), tr("Name"), tr("Result")});
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole)->setObjectName(u"importStartButton"_s);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto* form = new QFormLayout;
    form->addRow(tr("Numbers without a country code are from:"), m_regionCombo);
    form->addRow(tr("Numbers already in the workspace:"), m_duplicateCombo);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formatLabel);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The first rows, as they will be imported:"), this));
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportDialog::handleFinished);
    resize(820, 560);
    refreshPreview();
}

ImportDialog::~ImportDialog()
{
    if (m_cancel) {
        m_cancel->store(true);
    }
    m_watcher->waitForFinished();
}

bool ImportDialog::isImporting() const
{
    return m_watcher->isRunning();
}

void ImportDialog::refreshPreview()
{
    ImportOptions options;
    options.filePath = m_filePath;
    options.defaultRegion = m_regionCombo->currentData().toString();
    auto preview = ContactImporter::preview(options, 20, &m_workspace.database());
    QAbstractButton* importButton = m_buttons->buttons().constFirst();
    if (!preview) {
        m_formatLabel->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(preview.errorMessage().toHtmlEscaped()));
        m_previewTable->setRowCount(0);
        importButton->setEnabled(false);
        return;
    }
    importButton->setEnabled(true);
    const ImportPreview& p = preview.value();
    m_formatLabel->setText(
        tr("Read as %1, columns separated by %2, recognised as %3 (%Ln column(s)).", nullptr, int(p.header.size()))
            .arg(p.format.encoding, delimiterName(p.format.delimiter),
                ColumnMapping::presetDisplayName(p.mapping.preset)));
    m_previewTable->setRowCount(int(p.rows.size()));
    for (int row = 0; row < p.rows.size(); ++row) {
        const ImportPreviewRow& r = p.rows.at(row);
        const QString result = !r.error.isEmpty() ? tr("Not imported: %1").arg(r.error)
            : r.duplicate                         ? tr("Same number as an earlier row: skipped")
            : !r.warning.isEmpty()                ? tr("Imported, but: %1").arg(r.warning)
                                                  : tr("Imported");
        const QStringList cells = {QString::number(r.line), r.error.isEmpty() ? r.contact.phone : QString(),
            r.contact.displayName() == r.contact.phone ? QString() : r.contact.displayName(), result};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (!r.error.isEmpty() && column == 3) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            item->setToolTip(cells.at(column));
            m_previewTable->setItem(row, column, item);
        }
    }
    m_previewTable->resizeColumnsToContents();
}

void ImportDialog::startImport()
{
    if (isImporting()) {
        return;
    }
    ImportOptions options;
    options.filePath = m_filePath;
    options.defaultRegion = m_regionCombo->currentData().toString();
    options.onDuplicate = DuplicatePolicy(m_duplicateCombo->currentData().toInt());
    const QFileInfo file(m_filePath);
    const QString rejectedDir = QFileInfo(file.absolutePath()).isWritable() ? file.absolutePath() : QDir::tempPath();
    options.rejectedPath = QDir(rejectedDir).filePath(tr("%1 - not imported.csv").arg(file.completeBaseName()));

    m_regionCombo->setEnabled(false);
    m_duplicateCombo->setEnabled(false);
    m_buttons->buttons().constFirst()->setEnabled(false);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_statusLabel->setText(tr("Importing…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_workspace.path();
    auto cancel = m_cancel;
    QPointer<ImportDialog> self(this);
    m_watcher->setFuture(QtConcurrent::run([path, options, cancel, self]() -> Outcome {
        // The import writes through its own connection, in one transaction, on this worker.
        auto database = Database::open(path);
        if (!database) {
            return {{}, database.errorMessage()};
        }
        ContactImporter importer(*database.value(), options);
        auto summary = importer.run(
            [self](const ImportProgress& progress) {
                QMetaObject::invokeMethod(
                    self,
                    [self, progress] {
                        if (!self) {
                            return;
                        }
                        const int permille
                            = progress.bytesTotal > 0 ? int(1000 * progress.bytesDone / progress.bytesTotal) : 0;
                        self->m_progressBar->setValue(permille);
                        self->m_statusLabel->setText(
                            tr("%1 rows read · %2 rows/s · about %3 s left")
                                .arg(QLocale().toString(progress.rowsDone))
                                .arg(QLocale().toString(qRound(progress.rowsPerSecond)))
                                .arg(progress.etaSeconds < 0 ? u"?"_s : QString::number(qCeil(progress.etaSeconds))));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        if (!summary) {
            return {{}, summary.errorMessage()};
        }
        return {summary.value(), QString()};
    }));
}

void ImportDialog::handleFinished()
{
    const Outcome outcome = m_watcher->result();
    m_progressBar->hide();
    m_buttons->clear();
    m_buttons->addButton(QDialogButtonBox::Close);
    if (!outcome.error.isEmpty()) {
        m_statusLabel->setText(u"<span style='color:#b00020'>%1</span>"_s.arg(outcome.error.toHtmlEscaped()));
        return;
    }
    m_finished = true;
    m_summary = outcome.summary;
    const ImportSummary& s = m_summary;
    QString text = tr("%1 rows: %2 imported, %3 updated, %4 duplicates, %5 not imported, %6 kept opted out "
                      "(on the suppression list).")
                       .arg(s.rows)
                       .arg(s.imported)
                       .arg(s.updated)
                       .arg(s.duplicates)
                       .arg(s.invalid)
                       .arg(s.suppressed);
    if (!s.rejectedPath.isEmpty()) {
        text += u"\n"_s
            + tr("The rows not imported, with the reason for each, are in %1: fix them there and "
                 "import that file again.")
                  .arg(QDir::toNativeSeparators(s.rejectedPath));
    }
    m_statusLabel->setText(text);
}

void ImportDialog::reject()
{
    if (isImporting()) {
        // Cancel rolls the whole import back; the dialog closes when the worker has stopped.
        m_statusLabel->setText(tr("Cancelling: nothing will be imported…"));
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
