// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "LogPane.h"

#include "LogModel.h"
#include "logging/EventLog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Herald
{

LogPane::LogPane(EventLog* log, QWidget* parent)
    : QWidget(parent)
    , m_model(new LogModel(log, this))
    , m_view(new QTableView(this))
{
    m_view->setObjectName(u"logView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::LevelColumn, QHeaderView::ResizeToContents);

    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(u"clearLogButton"_s);
    connect(clearButton, &QPushButton::clicked, log, &EventLog::clear);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    // Follow the newest entry unless the user has scrolled up to read.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->verticalScrollBar()
            || m_view->verticalScrollBar()->value() >= m_view->verticalScrollBar()->maximum() - 2) {
            m_view->scrollToBottom();
        }
    });
}

LogPane::~LogPane() = default;

} // namespace Herald
