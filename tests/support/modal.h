#pragma once

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace akdesk::test {

/// Runs `action` on the next modal dialog that opens. exec() blocks the test, so the dialog is
/// found by polling from a timer.
inline void onNextModal(std::function<void(QWidget *)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(modal);
        }
    });
    timer->start();
}

} // namespace akdesk::test
