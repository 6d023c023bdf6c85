#include "views/common/elidingheader.h"

#include <QStyle>
#include <QStyleOptionHeader>

namespace akdesk {

ElidingHeader::ElidingHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setTextElideMode(Qt::ElideMiddle);
}

ElidingHeader::~ElidingHeader() = default;

void ElidingHeader::initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const
{
    QHeaderView::initStyleOptionForIndex(option, logicalIndex);
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, option, this);
    const int room = sectionSize(logicalIndex) - 2 * margin - 2;
    if (room > 0 && option->fontMetrics.horizontalAdvance(option->text) > room)
        option->text = option->fontMetrics.elidedText(option->text, textElideMode(), room);
}

} // namespace akdesk
