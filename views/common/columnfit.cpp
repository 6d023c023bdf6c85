#include "views/common/columnfit.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <limits>

namespace akdesk {

ColumnFit::ColumnFit(QTableView *view)
    : QObject(view)
    , m_view(view)
{
    view->setTextElideMode(Qt::ElideMiddle);
    view->setWordWrap(false);
    view->installEventFilter(this);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &ColumnFit::tryFit, Qt::QueuedConnection);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ColumnFit::tryFit, Qt::QueuedConnection);
}

ColumnFit::~ColumnFit() = default;

void ColumnFit::install(QTableView *view)
{
    new ColumnFit(view);
}

void ColumnFit::keep(QTableView *view)
{
    if (auto *fitter = view->findChild<ColumnFit *>(QString(), Qt::FindDirectChildrenOnly))
        fitter->m_done = true;
}

bool ColumnFit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show)
        tryFit();
    return QObject::eventFilter(watched, event);
}

void ColumnFit::tryFit()
{
    // Hidden, the view does not know its width yet; it fits when first shown.
    if (m_done || !m_view->isVisible() || m_view->model()->rowCount() == 0)
        return;
    fit(m_view);
    m_done = true;
}

void ColumnFit::fit(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemView *items = view;  // QTableView hides sizeHintForColumn()
    QList<int> columns;
    QList<int> wanted;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        columns.append(column);
        wanted.append(qMax(items->sizeHintForColumn(column), header->sectionSizeHint(column)));
    }
    // The first column names the row (a stage's name, a flow's slug) and stays whole: cut in the
    // middle, "default-provider-authorization-explicit-consent" and "…-implicit-consent" would
    // read the same. Of the others, the widest give way first, down to a floor; below it the view
    // scrolls.
    const int room = view->viewport()->width() - 4 - (wanted.isEmpty() ? 0 : wanted.first());
    int cap = std::numeric_limits<int>::max();
    int total = 0;
    for (qsizetype i = 1; i < wanted.size(); ++i)
        total += wanted.at(i);
    if (total > room && wanted.size() > 1) {
        QList<int> sorted = wanted.mid(1);
        std::sort(sorted.begin(), sorted.end());
        int below = 0;  // the sum of the columns narrower than the cap
        for (qsizetype i = 0; i < sorted.size(); ++i) {
            const int rest = int(sorted.size() - i);
            const int candidate = (room - below) / rest;
            if (candidate <= sorted.at(i)) {
                cap = candidate;
                break;
            }
            below += sorted.at(i);
        }
        cap = qMax(cap, 120);
    }
    for (qsizetype i = 0; i + 1 < columns.size(); ++i)
        header->resizeSection(columns.at(i), i == 0 ? wanted.at(i) : qMin(wanted.at(i), cap));
}

} // namespace akdesk
