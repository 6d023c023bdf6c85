#include "views/common/icondelegate.h"

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
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

} // namespace akdesk
