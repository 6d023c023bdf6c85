#pragma once

#include <QObject>

class QTableView;

namespace akdesk {

/// Lists size their columns to what they hold, once, when the first rows are there and the list
/// is on screen: each column as wide as its header and the rows shown; when that is more than the
/// view has, the widest give way first (cut in the middle, whole in IconDelegate's tooltip), so
/// that the last column stays in view. Widths the user set, or the window restored (keep()), are
/// left alone afterwards.
class ColumnFit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnFit)

public:
    /// Installs the fitting on `view` (its model set); owned by the view.
    static void install(QTableView *view);
    /// The widths are the user's now: no more fitting.
    static void keep(QTableView *view);
    /// Fits the columns of `view` now.
    static void fit(QTableView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ColumnFit(QTableView *view);
    ~ColumnFit() override;
    void tryFit();

    QTableView *m_view;
    bool m_done = false;
};

} // namespace akdesk
