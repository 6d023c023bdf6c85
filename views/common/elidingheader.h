#pragma once

#include <QHeaderView>

namespace akdesk {

/// A header that cuts a label too long for its section as textElideMode() says (Qt 6.4's own
/// header clips it at both ends instead); the tooltip (the model's ToolTipRole) has it whole.
class ElidingHeader final : public QHeaderView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingHeader)

public:
    explicit ElidingHeader(Qt::Orientation orientation, QWidget *parent = nullptr);
    ~ElidingHeader() override;

protected:
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
};

} // namespace akdesk
