#include "views/common/viewrows.h"

#include <QAbstractProxyModel>

namespace akdesk {

int modelRow(const QModelIndex &viewIndex, const QAbstractItemModel *model)
{
    QModelIndex index = viewIndex;
    while (index.isValid() && index.model() != model) {
        const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
        if (!proxy)
            return -1;
        index = proxy->mapToSource(index);
    }
    return index.isValid() ? index.row() : -1;
}

QModelIndex viewIndex(const QAbstractItemModel *viewModel, const QAbstractItemModel *model, int row, int column)
{
    if (viewModel == model)
        return model->index(row, column);
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewModel);
    if (!proxy)
        return {};
    const QModelIndex source = viewIndex(proxy->sourceModel(), model, row, column);
    return source.isValid() ? proxy->mapFromSource(source) : QModelIndex();
}

} // namespace akdesk
