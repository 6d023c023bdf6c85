#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include <functional>

namespace akdesk {

/// Puts an icon in front of a cell's text without touching the model: models/ stays free of
/// QtGui icons and the list models keep their exact roles. Without an icon function it only adds
/// what every cell here needs: a text cut to fit shows whole in its tooltip.
class IconDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IconDelegate)

public:
    using IconFor = std::function<QIcon(const QModelIndex &)>;
    explicit IconDelegate(IconFor iconFor, QObject *parent = nullptr);
    ~IconDelegate() override;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    IconFor m_iconFor;
};

} // namespace akdesk
