// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace Herald
{

// Makes row the current, selected row of view. QTableView::selectRow() picks the cell under the
// view's leading edge, which in a right-to-left layout lies past the last column until the view
// has been laid out: the call then selects nothing (the Arabic panes opened with an empty form).
inline void selectRow(QAbstractItemView* view, int row)
{
    if (!view->model() || !view->selectionModel() || row < 0 || row >= view->model()->rowCount()) {
        return;
    }
    view->selectionModel()->setCurrentIndex(
        view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace Herald
