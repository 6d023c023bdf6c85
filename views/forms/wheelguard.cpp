#include "views/forms/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace akdesk {

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::protect(QWidget *editor)
{
    QList<QWidget *> widgets;
    for (QComboBox *combo : editor->findChildren<QComboBox *>())
        widgets.append(combo);
    for (QAbstractSpinBox *spin : editor->findChildren<QAbstractSpinBox *>())
        widgets.append(spin);
    if (qobject_cast<QComboBox *>(editor) || qobject_cast<QAbstractSpinBox *>(editor))
        widgets.append(editor);
    if (widgets.isEmpty())
        return;
    auto *guard = new WheelGuard(editor);
    for (QWidget *widget : std::as_const(widgets)) {
        // Qt's default (WheelFocus) lets the wheel take the focus, and then the value.
        widget->setFocusPolicy(Qt::StrongFocus);
        widget->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->hasFocus())
        return false;
    // Not focused: the nearest scrolling area gets the wheel, as if the field were not there.
    for (QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent)) {
            auto *wheel = static_cast<QWheelEvent *>(event);
            QScrollBar *bar = wheel->angleDelta().y() != 0 || wheel->modifiers() & Qt::AltModifier
                ? area->verticalScrollBar()
                : area->horizontalScrollBar();
            QCoreApplication::sendEvent(bar, event);
            return true;
        }
    }
    event->ignore();
    return true;
}

} // namespace akdesk
