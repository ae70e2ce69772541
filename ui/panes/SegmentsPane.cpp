// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SegmentsPane.h"

#include "MessageBox.h"
#include "MessageWidget.h"
#include "SegmentListModel.h"
#include "ViewSelection.h"
#include "Workspace.h"
#include "segments/RuleBuilder.h"
#include "segments/RuleChoices.h"
#include "segments/SegmentFields.h"
#include "segments/SegmentRepository.h"
#include "storage/Database.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <climits>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

enum PreviewColumn
{
    PreviewName,
    PreviewPhone,
    PreviewCountry,
    PreviewConsent,
    PreviewColumnCount,
};

QString consentName(MarketingConsent consent)
{
    const QString id = consentToStorage(consent);
    for (const SegmentChoice& choice : SegmentFields::consentChoices()) {
        if (choice.id == id) {
            return choice.displayName;
        }
    }
    return id;
}

} // namespace

SegmentsPane::SegmentsPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new SegmentListModel(this))
    , m_view(new QTableView(this))
    , m_newButton(new QPushButton(tr("&New"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_messageWidget(new MessageWidget(this))
    , m_builtinHintLabel(new QLabel(tr("Built-in segments can't be changed: duplicate it to make your own."), this))
    , m_nameEdit(new QLineEdit(this))
    , m_descriptionEdit(new QLineEdit(this))
    , m_ruleBuilder(new RuleBuilder(this))
    , m_countLabel(new QLabel(this))
    , m_previewTable(new QTableWidget(0, PreviewColumnCount, this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("Re&vert"), this))
    , m_countTimer(new QTimer(this))
    , m_countWatcher(new QFutureWatcher<CountOutcome>(this))
{
    m_view->setObjectName(u"segmentsView"_s);
    m_newButton->setObjectName(u"newSegmentButton"_s);
    m_duplicateButton->setObjectName(u"duplicateSegmentButton"_s);
    m_deleteButton->setObjectName(u"deleteSegmentButton"_s);
    m_builtinHintLabel->setObjectName(u"builtinHintLabel"_s);
    m_nameEdit->setObjectName(u"segmentNameEdit"_s);
    m_descriptionEdit->setObjectName(u"segmentDescriptionEdit"_s);
    m_ruleBuilder->setObjectName(u"ruleBuilder"_s);
    m_countLabel->setObjectName(u"audienceCountLabel"_s);
    m_previewTable->setObjectName(u"previewTable"_s);
    m_saveButton->setObjectName(u"saveSegmentButton"_s);
    m_revertButton->setObjectName(u"revertSegmentButton"_s);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(SegmentListModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SegmentListModel::SizeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SegmentListModel::BuiltinColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Segments"));

    m_builtinHintLabel->setWordWrap(true);
    m_builtinHintLabel->setMargin(6);
    m_builtinHintLabel->setStyleSheet(
        u"background: #e7f0ff; border: 1px solid #9db8e8; color: #1b2f55; border-radius: 4px;"_s);
    m_builtinHintLabel->hide();
    m_nameEdit->setPlaceholderText(tr("For example: Warsaw VIPs"));
    m_descriptionEdit->setPlaceholderText(tr("Optional: who this segment is for"));
    m_countLabel->setTextFormat(Qt::PlainText);
    QFont countFont = m_countLabel->font();
    countFont.setBold(true);
    countFont.setPointSizeF(countFont.pointSizeF() * 1.15);
    m_countLabel->setFont(countFont);
    m_countLabel->setAccessibleName(tr("Matching contacts"));

    m_previewTable->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Country"), tr("Consent")});
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setWordWrap(false);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setSectionResizeMode(PreviewName, QHeaderView::Stretch);
    for (int column = PreviewPhone; column < PreviewColumnCount; ++column) {
        m_previewTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_previewTable->setAccessibleName(tr("First matching contacts"));

    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setDefault(true);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addStretch();
    listButtons->addWidget(m_deleteButton);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("Descri&ption:"), m_descriptionEdit);

    auto* rulesLabel = new QLabel(tr("Rules"), this);
    QFont headingFont = rulesLabel->font();
    headingFont.setBold(true);
    rulesLabel->setFont(headingFont);
    auto* rulesSide = new QWidget(this);
    auto* rulesLayout = new QVBoxLayout(rulesSide);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(rulesLabel);
    rulesLayout->addWidget(m_ruleBuilder, 1);

    auto* previewSide = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_countLabel);
    previewLayout->addWidget(m_previewTable, 1);

    auto* formSplitter = new QSplitter(Qt::Vertical, this);
    formSplitter->setObjectName(u"segmentFormSplitter"_s);
    formSplitter->setChildrenCollapsible(false);
    formSplitter->addWidget(rulesSide);
    formSplitter->addWidget(previewSide);
    formSplitter->setStretchFactor(0, 3);
    formSplitter->setStretchFactor(1, 2);
    // The rules get the room: the preview table would otherwise ask for most of it.
    formSplitter->setSizes({420, 260});

    auto* formButtons = new QHBoxLayout;
    formButtons->addStretch();
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);
    auto* formSide = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_builtinHintLabel);
    formLayout->addLayout(form);
    formLayout->addWidget(formSplitter, 1);
    formLayout->addLayout(formButtons);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"segmentsSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(formSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({340, 940}); // wide enough for the built-in segments' names

    auto* title = new QLabel(tr("Segments"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_messageWidget);
    layout->addWidget(splitter, 1);

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(CountDelayMs);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentsPane::startCount);
    connect(m_countWatcher, &QFutureWatcher<CountOutcome>::finished, this, &SegmentsPane::handleCountFinished);
    connect(m_model, &SegmentListModel::loadFailed, this,
        [this](const QString& message) { m_messageWidget->showMessage(message, MessageWidget::Type::Error); });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SegmentsPane::handleSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &SegmentsPane::newSegment);
    connect(m_duplicateButton, &QPushButton::clicked, this, &SegmentsPane::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &SegmentsPane::deleteCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &SegmentsPane::save);
    connect(m_revertButton, &QPushButton::clicked, this, &SegmentsPane::revert);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_view);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &SegmentsPane::deleteCurrent);
    connect(m_ruleBuilder, &RuleBuilder::rulesChanged, this, &SegmentsPane::handleRulesChanged);
    auto markDirty = [this] {
        if (!m_loading) {
            setDirty(true);
        }
    };
    connect(m_nameEdit, &QLineEdit::textChanged, this, markDirty);
    connect(m_descriptionEdit, &QLineEdit::textChanged, this, markDirty);

    loadIntoForm(Segment());
}

SegmentsPane::~SegmentsPane()
{
    cancelCount();
    m_countWatcher->waitForFinished();
}

void SegmentsPane::setWorkspace(Workspace* workspace)
{
    cancelCount();
    m_workspace = workspace;
    m_dirty = false;
    m_messageWidget->hide();
    m_ruleBuilder->setWorkspace(workspace);
    m_model->setWorkspace(workspace);
    if (m_model->rowCount() > 0) {
        Herald::selectRow(m_view, 0);
    } else {
        loadIntoForm(Segment());
    }
}

void SegmentsPane::selectSegment(qint64 id)
{
    const QModelIndex index = m_model->index(m_model->rowOf(id), 0);
    if (!index.isValid()) {
        return;
    }
    // The change handler may save and reload the model: index is stale after this call.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_view->currentIndex());
}

void SegmentsPane::handleSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(SegmentListModel::IdRole).toLongLong() : 0;
    if (id == m_current.id && id != 0) {
        return;
    }
    // Saving reloads the model, so indexes are not kept across maybeSave(): only ids.
    const qint64 previous = m_current.id;
    const bool proceed = maybeSave();
    const QSignalBlocker blocker(m_view->selectionModel());
    const qint64 target = proceed ? id : previous;
    const QModelIndex index = m_model->index(m_model->rowOf(target), 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (proceed) {
        loadIntoForm(m_model->segmentAt(m_model->rowOf(target)));
    }
}

void SegmentsPane::loadIntoForm(const Segment& segment)
{
    m_loading = true;
    m_current = segment;
    // Unreadable rules (saved by a newer Herald) are kept as they are: never overwritten.
    const bool readOnly = segment.builtin || !segment.rulesError.isEmpty();
    m_nameEdit->setText(segment.name);
    m_descriptionEdit->setText(segment.description);
    m_ruleBuilder->setReadOnly(readOnly);
    m_ruleBuilder->setRules(segment.rules);
    m_nameEdit->setReadOnly(readOnly);
    m_descriptionEdit->setReadOnly(readOnly);
    m_builtinHintLabel->setVisible(segment.builtin);
    if (!segment.rulesError.isEmpty()) {
        m_messageWidget->showMessage(segment.rulesError, MessageWidget::Type::Warning);
    }
    m_loading = false;
    setDirty(false);
    const bool exists = segment.id != 0;
    m_duplicateButton->setEnabled(exists);
    m_deleteButton->setEnabled(exists && !segment.builtin);
    // A segment just opened is counted at once; only edits wait for the user to pause. The
    // previous segment's contacts must not stand in for this one's meanwhile.
    showPreview({});
    m_countTimer->stop();
    startCount();
}

void SegmentsPane::setDirty(bool dirty)
{
    m_dirty = dirty;
    const bool editable = !m_current.builtin && m_current.rulesError.isEmpty();
    m_saveButton->setEnabled(dirty && editable && m_workspace);
    m_revertButton->setEnabled(dirty);
}

void SegmentsPane::handleRulesChanged()
{
    if (m_loading) {
        return; // loadIntoForm() counts once everything is in place
    }
    setDirty(true);
    cancelCount();
    m_previewTable->setEnabled(false);
    if (!m_ruleBuilder->isValid()) {
        m_countTimer->stop();
        m_countLabel->setText(tr("Fix the rule marked in red to see how many contacts match."));
        return;
    }
    m_countLabel->setText(tr("Counting…"));
    m_countTimer->start();
}

bool SegmentsPane::isCounting() const
{
    // Not the future's state: it finishes on the worker before its result reaches this thread.
    return m_countTimer->isActive() || m_countPending;
}

void SegmentsPane::cancelCount()
{
    m_audienceCount = -1;
    m_countPending = false; // a cancelled run's result is dropped
    if (m_countCancel) {
        m_countCancel->store(true);
    }
}

void SegmentsPane::startCount()
{
    cancelCount();
    if (!m_workspace) {
        m_countLabel->clear();
        showPreview({});
        return;
    }
    if (!m_ruleBuilder->isValid()) {
        m_countLabel->setText(tr("Fix the rule marked in red to see how many contacts match."));
        m_previewTable->setEnabled(false);
        return;
    }
    m_countLabel->setText(tr("Counting…"));
    m_countPending = true;
    m_countCancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_workspace->path();
    const SegmentRule rules = m_ruleBuilder->rules();
    auto cancel = m_countCancel;
    m_countWatcher->setFuture(QtConcurrent::run([path, rules, cancel]() -> CountOutcome {
        // A worker thread reads through its own connection. A newer edit sets cancel: the
        // stale run stops before its next query and its result is dropped.
        auto database = Database::open(path);
        if (!database) {
            return {-1, {}, database.errorMessage()};
        }
        const QDateTime now = QDateTime::currentDateTime();
        SegmentRepository repository(*database.value());
        auto count = repository.count(rules, now);
        if (!count) {
            return {-1, {}, count.errorMessage()};
        }
        if (cancel->load()) {
            return {};
        }
        auto preview = repository.preview(rules, PreviewLimit, now);
        if (!preview) {
            return {-1, {}, preview.errorMessage()};
        }
        return {count.value(), preview.value(), QString()};
    }));
}

void SegmentsPane::handleCountFinished()
{
    if (!m_countCancel || m_countCancel->load()) {
        return; // superseded by a newer edit, whose own count follows
    }
    m_countPending = false;
    const CountOutcome outcome = m_countWatcher->result();
    if (!outcome.error.isEmpty()) {
        m_audienceCount = -1;
        m_countLabel->setText(tr("Could not count the contacts: %1").arg(outcome.error));
        showPreview({});
        emit audienceCounted(-1);
        return;
    }
    m_audienceCount = outcome.count;
    m_countLabel->setText(tr("%Ln contact(s) match", nullptr, int(qMin<qint64>(outcome.count, INT_MAX))));
    showPreview(outcome.preview);
    emit audienceCounted(outcome.count);
}

void SegmentsPane::showPreview(const QList<Contact>& contacts)
{
    m_previewContacts = contacts;
    m_previewTable->setEnabled(true);
    m_previewTable->setRowCount(int(contacts.size()));
    for (int row = 0; row < contacts.size(); ++row) {
        const Contact& c = contacts.at(row);
        auto set = [this, row](int column, const QString& text, const QString& toolTip = QString()) {
            auto* item = new QTableWidgetItem(text);
            item->setToolTip(toolTip);
            m_previewTable->setItem(row, column, item);
        };
        set(PreviewName, c.displayName());
        set(PreviewPhone, c.phone);
        set(PreviewCountry, c.country, c.country.isEmpty() ? QString() : RuleChoices::countryLabel(c.country));
        set(PreviewConsent, consentName(c.marketingConsent));
    }
}

Segment SegmentsPane::formSegment() const
{
    Segment s = m_current;
    s.name = m_nameEdit->text().trimmed();
    s.description = m_descriptionEdit->text().trimmed();
    s.rules = m_ruleBuilder->rules();
    return s;
}

bool SegmentsPane::maybeSave()
{
    if (!m_dirty) {
        return true;
    }
    return MessageBox::resolveUnsavedChanges(
        this, tr("Unsaved Segment"),
        tr("The segment “%1” has changes that are not saved. Save them?")
            .arg(m_nameEdit->text().isEmpty() ? tr("New segment") : m_nameEdit->text()),
        [this] { return save(); }, [this] { setDirty(false); });
}

void SegmentsPane::newSegment()
{
    if (!maybeSave()) {
        return;
    }
    m_view->selectionModel()->clearSelection();
    Segment s;
    s.name = tr("New segment");
    // Most segments are for marketing, which only opted-in contacts may receive.
    s.rules = SegmentRule::group(
        SegmentMatch::All, {SegmentRule::condition(SegmentField::Consent, SegmentOperator::Is, u"opted_in"_s)});
    loadIntoForm(s);
    setDirty(true);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

bool SegmentsPane::save()
{
    if (!m_workspace || m_current.builtin || !m_current.rulesError.isEmpty()) {
        return false;
    }
    if (!m_ruleBuilder->isValid()) {
        m_messageWidget->showMessage(
            tr("The segment was not saved: %1").arg(m_ruleBuilder->validationError()), MessageWidget::Type::Error);
        return false;
    }
    SegmentRepository repository(m_workspace->database());
    Segment s = formSegment();
    if (s.id == 0) {
        auto id = repository.insert(s);
        if (!id) {
            m_messageWidget->showMessage(id.errorMessage(), MessageWidget::Type::Error);
            return false;
        }
        s.id = id.value();
    } else if (auto updated = repository.update(s); !updated) {
        m_messageWidget->showMessage(updated.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_messageWidget->hide();
    m_current = s;
    setDirty(false);
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->reload();
    selectSegment(s.id);
    m_duplicateButton->setEnabled(true);
    m_deleteButton->setEnabled(true);
    return true;
}

void SegmentsPane::revert()
{
    m_messageWidget->hide();
    loadIntoForm(m_current.id != 0 ? m_model->segmentAt(m_model->rowOf(m_current.id)) : Segment());
}

void SegmentsPane::duplicateCurrent()
{
    if (!m_workspace || m_current.id == 0 || !maybeSave()) {
        return;
    }
    auto id = SegmentRepository(m_workspace->database()).duplicate(m_current.id);
    if (!id) {
        m_messageWidget->showMessage(id.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    m_model->reload();
    selectSegment(id.value());
    // The copy is the user's to rename straight away.
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

void SegmentsPane::deleteCurrent()
{
    if (!m_workspace || m_current.id == 0 || m_current.builtin) {
        return;
    }
    const auto answer = MessageBox::question(this, tr("Delete Segment"),
        tr("Delete the segment “%1”? This cannot be undone.").arg(m_current.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed = SegmentRepository(m_workspace->database()).remove(m_current.id); !removed) {
        m_messageWidget->showMessage(removed.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    const int row = m_view->currentIndex().row();
    m_dirty = false;
    m_current = Segment();
    m_model->reload();
    if (m_model->rowCount() > 0) {
        Herald::selectRow(m_view, qBound(0, row, m_model->rowCount() - 1));
    } else {
        loadIntoForm(Segment());
    }
}

} // namespace Herald
