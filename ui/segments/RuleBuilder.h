// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RuleChoices.h"
#include "segments/SegmentRule.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace Herald
{

class RuleConditionWidget;
class RuleGroupWidget;
class Workspace;

// Edits a segment's rule tree: nested groups of "all"/"any" with conditions whose value
// editors suit their field (tag and country completion, date pickers, spin boxes…).
//
// Every edit emits rulesChanged(). Rules that SegmentQuery would refuse are reported under the
// builder in red, naming the rule by its number, and the rows at fault are outlined; nothing
// is thrown away, so the user can fix them.
class RuleBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleBuilder)

public:
    explicit RuleBuilder(QWidget* parent = nullptr);
    ~RuleBuilder() override;

    // The workspace's tags, custom field names, countries and languages are loaded in the
    // background for the pickers; choicesLoaded() tells when they are in.
    void setWorkspace(Workspace* workspace);
    const RuleChoices& choices() const
    {
        return m_choices;
    }
    bool isLoadingChoices() const;

    void setRules(const SegmentRule& root);
    SegmentRule rules() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const
    {
        return m_readOnly;
    }

    // The validation error of the current rules, or empty.
    QString validationError() const
    {
        return m_error;
    }
    bool isValid() const
    {
        return m_error.isEmpty();
    }

    RuleGroupWidget* rootGroup() const
    {
        return m_root;
    }
    // The conditions in order, nested ones included.
    QList<RuleConditionWidget*> conditions() const;

signals:
    void rulesChanged();
    void choicesLoaded();

private:
    struct ChoicesOutcome
    {
        RuleChoices choices;
        QString error;
    };

    void handleChanged();
    void handleChoicesLoaded();
    void validate();
    void updateTabOrder();

    Workspace* m_workspace = nullptr;
    RuleChoices m_choices;
    bool m_readOnly = false;
    QString m_error;
    QScrollArea* m_scrollArea;
    RuleGroupWidget* m_root;
    QLabel* m_errorLabel;
    QFutureWatcher<ChoicesOutcome>* m_choicesWatcher;
};

} // namespace Herald
