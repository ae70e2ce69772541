// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RuleBuilder.h"

#include "RuleConditionWidget.h"
#include "RuleGroupWidget.h"
#include "Workspace.h"
#include "segments/SegmentQuery.h"
#include "storage/Database.h"

#include <QApplication>
#include <QLabel>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Herald
{

RuleBuilder::RuleBuilder(QWidget* parent)
    : QWidget(parent)
    , m_choices(RuleChoices::defaults())
    , m_scrollArea(new QScrollArea(this))
    , m_root(new RuleGroupWidget(&m_choices, 1))
    , m_errorLabel(new QLabel(this))
    , m_choicesWatcher(new QFutureWatcher<ChoicesOutcome>(this))
{
    m_scrollArea->setObjectName(u"ruleScrollArea"_s);
    m_errorLabel->setObjectName(u"ruleErrorLabel"_s);

    auto* content = new QWidget;
    content->setObjectName(u"ruleContent"_s);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(6, 6, 6, 6);
    contentLayout->addWidget(m_root);
    contentLayout->addStretch(1);
    m_scrollArea->setWidget(content);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::StyledPanel);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(u"color: #b71c1c;"_s);
    m_errorLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(m_errorLabel);

    connect(m_root, &RuleGroupWidget::changed, this, &RuleBuilder::handleChanged);
    connect(m_choicesWatcher, &QFutureWatcher<ChoicesOutcome>::finished, this, &RuleBuilder::handleChoicesLoaded);
    handleChanged();
}

RuleBuilder::~RuleBuilder()
{
    m_choicesWatcher->waitForFinished();
}

void RuleBuilder::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    if (!workspace) {
        m_choices = RuleChoices::defaults();
        m_root->refreshChoices();
        return;
    }
    const QString path = workspace->path();
    m_choicesWatcher->setFuture(QtConcurrent::run([path]() -> ChoicesOutcome {
        // DISTINCT over every contact's language takes a while in a big workspace: a worker
        // thread reads it through its own connection.
        auto database = Database::open(path);
        if (!database) {
            return {RuleChoices::defaults(), database.errorMessage()};
        }
        auto choices = RuleChoices::load(*database.value());
        if (!choices) {
            return {RuleChoices::defaults(), choices.errorMessage()};
        }
        return {choices.value(), QString()};
    }));
}

bool RuleBuilder::isLoadingChoices() const
{
    return m_choicesWatcher->isRunning();
}

void RuleBuilder::handleChoicesLoaded()
{
    // Without the workspace's tags the pickers still work: values can be typed.
    m_choices = m_choicesWatcher->result().choices;
    m_root->refreshChoices();
    emit choicesLoaded();
}

void RuleBuilder::setRules(const SegmentRule& root)
{
    m_root->setRule(root.isGroup() ? root : SegmentRule::group(SegmentMatch::All, {root}));
    m_root->setReadOnly(m_readOnly);
}

SegmentRule RuleBuilder::rules() const
{
    return m_root->rule();
}

void RuleBuilder::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_root->setReadOnly(readOnly);
}

QList<RuleConditionWidget*> RuleBuilder::conditions() const
{
    return m_root->conditions();
}

void RuleBuilder::handleChanged()
{
    m_root->setNumber(QString());
    validate();
    updateTabOrder();
    // A rule just added gets the focus; bring it into view once the layout has placed it.
    QTimer::singleShot(0, this, [this] {
        QWidget* focus = QApplication::focusWidget();
        if (focus && m_scrollArea->widget()->isAncestorOf(focus)) {
            m_scrollArea->ensureWidgetVisible(focus);
        }
    });
    emit rulesChanged();
}

void RuleBuilder::validate()
{
    auto valid = SegmentQuery::validate(m_root->rule());
    m_error = valid ? QString() : valid.errorMessage();
    m_root->markInvalid();
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());
}

void RuleBuilder::updateTabOrder()
{
    // Rows inserted between others would otherwise be reached last: Tab follows creation.
    const QList<QWidget*> widgets = m_root->focusWidgets();
    for (qsizetype i = 0; i + 1 < widgets.size(); ++i) {
        QWidget::setTabOrder(widgets.at(i), widgets.at(i + 1));
    }
}

} // namespace Herald
