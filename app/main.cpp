#include "app/cli.h"
#include "app/startup.h"
#include "app/userfiles.h"
#include "models/connection/redaction.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/main/language.h"

#include <QApplication>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    akdesk::ParsedCommandLine parsed;
    {
        // The command line first, without a display: --help and --version work over ssh and in
        // package checks, and a bad option is refused before any window system is needed.
        QCoreApplication core(argc, argv);
        akdesk::setApplicationNames();
        akdesk::installTranslations(core);
        // export, diff, promote and import run here, without a window (issue 19).
        if (akdesk::cli::isCommand(QCoreApplication::arguments())) {
            akdesk::redaction::installMessageHandler();
            return akdesk::cli::run(QCoreApplication::arguments());
        }
        parsed = akdesk::parseCommandLine(QCoreApplication::arguments());
    }
    if (parsed.action == akdesk::ParsedCommandLine::Action::Exit) {
        std::fputs(qPrintable(parsed.output), parsed.toStderr ? stderr : stdout);
        return parsed.exitCode;
    }

    QApplication app(argc, argv);
    akdesk::setApplicationNames();
    akdesk::prepareUserFiles();  // the log, and files moved to their XDG places (issue 20)
    QApplication::setWindowIcon(akdesk::Icons::app());
    // The window belongs to the menu entry (and its icon) on Wayland and in task switchers.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.akdesk.akdesk"));
    // Tokens never reach a log line, whoever prints it.
    akdesk::redaction::installMessageHandler();
    // The user's language (Preferences, else the system's) and look, before any text or widget.
    akdesk::installTranslations(app);
    akdesk::theme::apply(QSettings().value(akdesk::theme::settingsKey()).toString());
    return akdesk::runApplication(app, parsed.startup);
}
