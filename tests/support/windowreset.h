#pragma once

#include "models/storage/localstore.h"
#include "views/main/mainwindow.h"

#include <QTabWidget>

namespace akdesk::test {

/// Closes every record tab without prompting and forgets every draft, so the next test starts
/// from the lists with nothing restored from an earlier one.
inline void resetWindow(MainWindow *window)
{
    QTabWidget *tabs = window->tabs();
    while (tabs->count() > MainWindow::FirstRecordTab) {
        QWidget *page = tabs->widget(MainWindow::FirstRecordTab);
        tabs->removeTab(MainWindow::FirstRecordTab);
        delete page;
    }
    const QList<Draft> drafts = window->drafts()->drafts();
    for (const Draft &draft : drafts)
        window->drafts()->remove(draft.id);
}

} // namespace akdesk::test
