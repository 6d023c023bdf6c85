#include "models/storage/userpaths.h"

#include <QDir>
#include <QStandardPaths>

namespace akdesk::userpaths {

namespace {

const QString kFolder = QStringLiteral("/akdesk");

} // namespace

QString dataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + kFolder;
}

QString cacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + kFolder;
}

QString stateDir()
{
    // The specification: an absolute $XDG_STATE_HOME, else ~/.local/state. Test mode keeps tests
    // out of the real home, as QStandardPaths does for the other locations.
    if (QStandardPaths::isTestModeEnabled())
        return QDir::homePath() + QStringLiteral("/.qttest/state") + kFolder;
    const QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (!state.isEmpty() && QDir::isAbsolutePath(state))
        return state + kFolder;
    return QDir::homePath() + QStringLiteral("/.local/state") + kFolder;
}

QString oldDataDir()
{
    return dataDir() + kFolder;
}

} // namespace akdesk::userpaths
