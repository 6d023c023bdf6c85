#include "app/userfiles.h"

#include "models/logging/logfile.h"
#include "models/storage/xdglayout.h"

#include <QDebug>

namespace akdesk {

void prepareUserFiles()
{
    QString error;
    if (!logfile::install(logfile::defaultPath(), 512 * 1024, 3, &error))
        qWarning("akdesk: no log file at %s: %s", qPrintable(logfile::defaultPath()), qPrintable(error));
    const LayoutMove move = moveOldFileLayout();
    for (const QString &path : move.moved)
        qInfo("akdesk: moved %s to the XDG data folder", qPrintable(path));
    for (const QString &path : move.kept)
        qWarning("akdesk: left %s where it is: the XDG data folder already holds one of that name", qPrintable(path));
}

} // namespace akdesk
