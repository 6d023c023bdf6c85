#include "views/common/icondelegate.h"

#include <QPainter>
#include <QPixmap>

namespace akdesk {

IconDelegate::IconDelegate(IconFor iconFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_iconFor(std::move(iconFor))
{
}

IconDelegate::~IconDelegate() = default;

void IconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QIcon icon = m_iconFor ? m_iconFor(index) : QIcon();
    if (icon.isNull())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (!(option->state & QStyle::State_Selected)) {
        option->icon = icon;
        return;
    }
    // A selected row asks for the icon's Selected mode, which the style tints with the highlight
    // colour; and many of these icons are blue like the highlight itself, so they vanished. On a
    // selected row the icon takes the colour of the selected text instead, readable by design.
    const QSize size = option->decorationSize.isValid() ? option->decorationSize : QSize(16, 16);
    const QColor ink = option->palette.color(QPalette::Active, QPalette::HighlightedText);
    QIcon kept;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap = icon.pixmap(size, scale, QIcon::Normal);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(QRect(QPoint(0, 0), pixmap.size()), ink);
        painter.end();
        kept.addPixmap(pixmap, QIcon::Normal);
        kept.addPixmap(pixmap, QIcon::Selected);
    }
    option->icon = kept;
}

} // namespace akdesk
