#pragma once

#include <QObject>

class QWidget;

namespace akdesk {

/// Keeps the mouse wheel for scrolling a form: a combo box or spin box inside a scrolling form
/// changes its value by wheel only once it has keyboard focus (clicked or tabbed into); before
/// that the wheel scrolls the form, so that scrolling past a field never changes it silently.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    /// Guards every combo box and spin box in `editor` (and `editor` itself if it is one).
    static void protect(QWidget *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace akdesk
