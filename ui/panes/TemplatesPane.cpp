// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TemplatesPane.h"

#include "MessageBox.h"
#include "MessageWidget.h"
#include "TemplateFilterModel.h"
#include "TemplateListModel.h"
#include "ViewSelection.h"
#include "Workspace.h"
#include "editor/MessageEditor.h"
#include "settings/Settings.h"
#include "sms/OptOutFooterStore.h"
#include "templates/TemplateCategories.h"
#include "templates/TemplateRepository.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
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
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

namespace
{

QString languageName(const QString& code)
{
    if (code == u"zh_TW"_s) {
        return u"繁體中文"_s;
    }
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name;
}

void fillLanguages(QComboBox* combo, const QString& anyText)
{
    combo->addItem(anyText, QString());
    for (const QString& code : Settings::supportedLanguages()) {
        combo->addItem(languageName(code), code);
    }
}

} // namespace

TemplatesPane::TemplatesPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new TemplateListModel(this))
    , m_filter(new TemplateFilterModel(this))
    , m_searchEdit(new QLineEdit(this))
    , m_languageFilterCombo(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_newButton(new QPushButton(tr("&New"), this))
    , m_duplicateButton(new QPushButton(tr("D&uplicate"), this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
    , m_nameEdit(new QLineEdit(this))
    , m_categoryCombo(new QComboBox(this))
    , m_languageCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_editor(new MessageEditor(this))
    , m_footersButton(new QPushButton(tr("Opt-out &footers…"), this))
    , m_saveButton(new QPushButton(tr("&Save"), this))
    , m_revertButton(new QPushButton(tr("&Revert"), this))
    , m_messageWidget(new MessageWidget(this))
{
    m_searchEdit->setObjectName(u"templateSearchEdit"_s);
    m_languageFilterCombo->setObjectName(u"templateLanguageFilterCombo"_s);
    m_view->setObjectName(u"templatesView"_s);
    m_newButton->setObjectName(u"newTemplateButton"_s);
    m_duplicateButton->setObjectName(u"duplicateTemplateButton"_s);
    m_deleteButton->setObjectName(u"deleteTemplateButton"_s);
    m_nameEdit->setObjectName(u"templateNameEdit"_s);
    m_categoryCombo->setObjectName(u"templateCategoryCombo"_s);
    m_languageCombo->setObjectName(u"templateLanguageCombo"_s);
    m_kindCombo->setObjectName(u"templateKindCombo"_s);
    m_editor->setObjectName(u"messageEditor"_s);
    m_footersButton->setObjectName(u"footersButton"_s);
    m_saveButton->setObjectName(u"saveTemplateButton"_s);
    m_revertButton->setObjectName(u"revertTemplateButton"_s);

    m_searchEdit->setPlaceholderText(tr("Search templates"));
    m_searchEdit->setClearButtonEnabled(true);
    fillLanguages(m_languageFilterCombo, tr("All languages"));
    fillLanguages(m_languageCombo, tr("Any language"));
    m_kindCombo->addItem(tr("Marketing (needs consent, opt-out footer added)"), int(Template::Kind::Marketing));
    m_kindCombo->addItem(tr("Transactional (orders, shipping)"), int(Template::Kind::Transactional));
    m_categoryCombo->addItem(tr("Other"), QString());
    for (const QString& category : TemplateCategories::ids()) {
        m_categoryCombo->addItem(TemplateCategories::displayName(category), category);
    }
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setDefault(true);

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TemplateListModel::CategoryColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TemplateListModel::NameColumn, QHeaderView::Stretch);
    for (int column = TemplateListModel::CategoryColumn; column < TemplateListModel::ColumnCount; ++column) {
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_languageFilterCombo);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_duplicateButton);
    listButtons->addStretch();
    listButtons->addWidget(m_deleteButton);
    auto* listSide = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_view, 1);
    listLayout->addLayout(listButtons);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    auto* details = new QHBoxLayout;
    details->addWidget(m_categoryCombo, 1);
    details->addWidget(m_languageCombo, 1);
    form->addRow(tr("Ca&tegory and language:"), details);
    form->addRow(tr("&Kind:"), m_kindCombo);
    auto* formButtons = new QHBoxLayout;
    formButtons->addWidget(m_footersButton);
    formButtons->addStretch();
    formButtons->addWidget(m_revertButton);
    formButtons->addWidget(m_saveButton);
    auto* formSide = new QWidget(this);
    auto* formLayout = new QVBoxLayout(formSide);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_editor, 1);
    formLayout->addLayout(formButtons);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(u"templatesSplitter"_s);
    splitter->addWidget(listSide);
    splitter->addWidget(formSide);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* title = new QLabel(tr("Templates"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_messageWidget);
    layout->addWidget(splitter, 1);

    connect(m_searchEdit, &QLineEdit::textChanged, m_filter, &TemplateFilterModel::setSearchText);
    connect(m_languageFilterCombo, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setLanguage(m_languageFilterCombo->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TemplatesPane::handleSelectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &TemplatesPane::newTemplate);
    connect(m_duplicateButton, &QPushButton::clicked, this, &TemplatesPane::duplicateCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplatesPane::deleteCurrent);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplatesPane::save);
    connect(m_revertButton, &QPushButton::clicked, this, &TemplatesPane::revert);
    connect(m_footersButton, &QPushButton::clicked, this, &TemplatesPane::editFooters);
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_view);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &TemplatesPane::deleteCurrent);

    auto markDirty = [this] {
        if (!m_loading) {
            setDirty(true);
        }
    };
    connect(m_nameEdit, &QLineEdit::textEdited, this, markDirty);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, markDirty);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this, markDirty] {
        m_editor->setLanguage(m_languageCombo->currentData().toString());
        markDirty();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this, markDirty] {
        m_editor->setMarketing(Template::Kind(m_kindCombo->currentData().toInt()) == Template::Kind::Marketing);
        updateAudience();
        markDirty();
    });
    connect(m_editor, &MessageEditor::textChanged, this, markDirty);
    connect(m_editor, &MessageEditor::transliterateChanged, this, markDirty);
    setDirty(false);
}

TemplatesPane::~TemplatesPane() = default;

void TemplatesPane::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_dirty = false;
    m_editor->setWorkspace(workspace);
    m_model->setDatabase(workspace ? &workspace->database() : nullptr);
    m_view->resizeColumnsToContents();
    if (m_filter->rowCount() > 0) {
        Herald::selectRow(m_view, 0);
    } else {
        loadIntoForm(Template());
    }
    updateAudience();
}

void TemplatesPane::selectTemplate(qint64 id)
{
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    if (!index.isValid()) {
        return;
    }
    // The change handler may save and reload the model: index is stale after this call.
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(m_view->currentIndex());
}

void TemplatesPane::handleSelectionChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id = current.isValid() ? current.data(TemplateListModel::IdRole).toLongLong() : 0;
    if (id == m_current.id && id != 0) {
        return;
    }
    // Saving reloads the model, so indexes are not kept across maybeSave(): only ids.
    const qint64 previous = m_current.id;
    const bool proceed = maybeSave();
    const QSignalBlocker blocker(m_view->selectionModel());
    const qint64 target = proceed ? id : previous;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(m_model->rowOf(target), 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (proceed) {
        loadIntoForm(m_model->templateAt(m_model->rowOf(target)));
    }
}

void TemplatesPane::loadIntoForm(const Template& t)
{
    m_loading = true;
    m_current = t;
    m_nameEdit->setText(t.name);
    m_categoryCombo->setCurrentIndex(qMax(0, m_categoryCombo->findData(t.category)));
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(t.language)));
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(t.kind)));
    m_editor->setMarketing(t.kind == Template::Kind::Marketing);
    m_editor->setLanguage(t.language);
    m_editor->setText(t.body);
    m_editor->setTransliterate(t.transliterate);
    m_loading = false;
    setDirty(false);
    const bool exists = t.id != 0;
    m_duplicateButton->setEnabled(exists);
    m_deleteButton->setEnabled(exists);
    updateAudience();
}

void TemplatesPane::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_saveButton->setEnabled(dirty && m_workspace);
    m_revertButton->setEnabled(dirty);
}

void TemplatesPane::updateAudience()
{
    const bool marketing = Template::Kind(m_kindCombo->currentData().toInt()) == Template::Kind::Marketing;
    // Marketing goes only to people who opted in; an order update to every customer.
    if (marketing) {
        m_editor->setAudience({tr("Opted-in contacts"), u"c.marketing_consent = 'opted_in'"_s, {}});
    } else {
        m_editor->setAudience({tr("All contacts"), u"1"_s, {}});
    }
}

Template TemplatesPane::formTemplate() const
{
    Template t = m_current;
    t.name = m_nameEdit->text().trimmed();
    t.category = m_categoryCombo->currentData().toString();
    t.language = m_languageCombo->currentData().toString();
    t.kind = Template::Kind(m_kindCombo->currentData().toInt());
    t.body = m_editor->text();
    t.transliterate = m_editor->transliterate();
    return t;
}

bool TemplatesPane::maybeSave()
{
    if (!m_dirty) {
        return true;
    }
    return MessageBox::resolveUnsavedChanges(
        this, tr("Unsaved Template"),
        tr("The template “%1” has changes that are not saved. Save them?")
            .arg(m_nameEdit->text().isEmpty() ? tr("New template") : m_nameEdit->text()),
        [this] { return save(); }, [this] { setDirty(false); });
}

void TemplatesPane::newTemplate()
{
    if (!maybeSave()) {
        return;
    }
    m_view->selectionModel()->clearSelection();
    Template t;
    t.name = tr("New template");
    t.language = m_languageFilterCombo->currentData().toString();
    loadIntoForm(t);
    setDirty(true);
    m_nameEdit->setFocus();
    m_nameEdit->selectAll();
}

bool TemplatesPane::save()
{
    if (!m_workspace) {
        return false;
    }
    TemplateRepository repository(m_workspace->database());
    Template t = formTemplate();
    if (t.id == 0) {
        auto id = repository.insert(t);
        if (!id) {
            m_messageWidget->showMessage(id.errorMessage(), MessageWidget::Type::Error);
            return false;
        }
        t.id = id.value();
    } else if (auto updated = repository.update(t); !updated) {
        m_messageWidget->showMessage(updated.errorMessage(), MessageWidget::Type::Error);
        return false;
    }
    m_messageWidget->hide();
    m_current = t;
    setDirty(false);
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->reload();
    selectTemplate(t.id);
    m_duplicateButton->setEnabled(true);
    m_deleteButton->setEnabled(true);
    return true;
}

void TemplatesPane::revert()
{
    loadIntoForm(m_current.id != 0 ? m_model->templateAt(m_model->rowOf(m_current.id)) : Template());
}

void TemplatesPane::duplicateCurrent()
{
    if (!m_workspace || m_current.id == 0 || !maybeSave()) {
        return;
    }
    auto id = TemplateRepository(m_workspace->database()).duplicate(m_current.id);
    if (!id) {
        m_messageWidget->showMessage(id.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    m_model->reload();
    selectTemplate(id.value());
}

void TemplatesPane::deleteCurrent()
{
    if (!m_workspace || m_current.id == 0) {
        return;
    }
    const auto answer = MessageBox::question(this, tr("Delete Template"),
        tr("Delete the template “%1”? This cannot be undone.").arg(m_current.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed = TemplateRepository(m_workspace->database()).remove(m_current.id); !removed) {
        m_messageWidget->showMessage(removed.errorMessage(), MessageWidget::Type::Error);
        return;
    }
    const int row = m_view->currentIndex().row();
    m_dirty = false;
    m_current = Template();
    m_model->reload();
    if (m_filter->rowCount() > 0) {
        Herald::selectRow(m_view, qMin(row, m_filter->rowCount() - 1));
    } else {
        loadIntoForm(Template());
    }
}

void TemplatesPane::editFooters()
{
    if (!m_workspace) {
        return;
    }
    OptOutFooterStore store(m_workspace->database());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Opt-out Footers"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("Every marketing message ends with the footer in the recipient's language. It is "
                                "always counted in the message length. Leave a field empty for the default."),
        &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    QList<std::pair<QString, QLineEdit*>> edits;
    for (const QString& code : Settings::supportedLanguages()) {
        auto* edit = new QLineEdit(&dialog);
        edit->setObjectName(u"footerEdit_%1"_s.arg(code));
        edit->setPlaceholderText(
            OptOutFooterStore(m_workspace->database()).isCustomised(code) ? QString() : store.footer(code));
        if (store.isCustomised(code)) {
            edit->setText(store.footer(code));
        }
        form->addRow(languageName(code) + u":"_s, edit);
        edits.append({code, edit});
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        for (const auto& [code, edit] : edits) {
            if (auto saved = store.setFooter(code, edit->text()); !saved) {
                MessageBox::critical(
                    &dialog, tr("Opt-out Footers"), tr("%1: %2").arg(languageName(code), saved.errorMessage()));
                edit->setFocus();
                return;
            }
        }
        dialog.accept();
    });
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted) {
        m_editor->setWorkspace(m_workspace);
        m_model->reload();
        selectTemplate(m_current.id);
    }
}

} // namespace Herald
