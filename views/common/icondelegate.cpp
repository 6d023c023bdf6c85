#include "views/common/icondelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QPixmap>

namespace akdesk {

IconDelegate::IconDelegate(IconFor iconFor, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_iconFor(std::move(iconFor))
{
}

IconDelegate::~IconDelegate() = default;

bool IconDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.data(Qt::ToolTipRole).toString().isEmpty()) {
        // A name cut in the middle to fit its column is shown whole.
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const QWidget *widget = cell.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty() && cell.fontMetrics.horizontalAdvance(text) > textRect.width() - 4) {
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
        QToolTip::hideText();
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

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
