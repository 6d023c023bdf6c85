#pragma once

#include <QModelIndex>

class QAbstractItemModel;

namespace akdesk {

/// A view may show a model through proxies (sorting, filtering): these turn its indexes into the
/// model's rows and back, so that a view reads the record the user sees.

/// The row of `model` that `viewIndex` shows; -1 when it shows none of `model`'s rows.
int modelRow(const QModelIndex &viewIndex, const QAbstractItemModel *model);
/// Where a view whose model is `viewModel` shows row `row` (column `column`) of `model`.
QModelIndex viewIndex(const QAbstractItemModel *viewModel, const QAbstractItemModel *model, int row, int column = 0);

} // namespace akdesk
