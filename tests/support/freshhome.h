#pragma once

#include "app/startup.h"

#include <QTemporaryDir>
#include <QTest>

namespace akdesk::test {

/// Runs a test object as a new user's akdesk would run: in a fresh HOME (and XDG folders) made
/// before anything reads it, with no session bus (so no keychain answers) and no display to
/// autolaunch one through, and with akdesk's application names.
template <typename Application, typename Test>
int runInFreshHome(int argc, char *argv[])
{
    QTemporaryDir home;
    qputenv("HOME", home.path().toUtf8());
    for (const auto &[variable, folder] : {std::pair{"XDG_CONFIG_HOME", "/.config"}, std::pair{"XDG_DATA_HOME", "/.local/share"},
                                          std::pair{"XDG_CACHE_HOME", "/.cache"}, std::pair{"XDG_STATE_HOME", "/.local/state"}})
        qputenv(variable, (home.path() + QLatin1String(folder)).toUtf8());
    for (const char *variable : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"})
        qunsetenv(variable);
    Application app(argc, argv);
    setApplicationNames();
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace akdesk::test
