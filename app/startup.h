#pragma once

#include "app/sandbox/sandboxcost.h"

#include <QString>
#include <QStringList>
#include <QUrl>

class QApplication;

namespace akdesk {

/// What the command line asked for.
struct Startup
{
    bool sandbox = false;
    bool noLicense = false;  ///< with --sandbox: an unlicensed server
    int seedStages = 0;
    sandbox::ServerCost cost;  ///< with --sandbox: --latency and --workers
    QUrl server;
    QString token;            ///< from AKDESK_TOKEN (taken out of the environment once read)
    bool offline = false;
    QString profile;  ///< whose drafts and cache: --profile, else "sandbox" or the server's host
};

/// The outcome of reading the command line, before any window system is touched.
struct ParsedCommandLine
{
    enum class Action { Run, Exit };
    Action action = Action::Run;
    int exitCode = 0;       ///< with Exit
    QString output;         ///< with Exit: what to print (help, version or the error)
    bool toStderr = false;  ///< the output is an error
    Startup startup;        ///< with Run
};

/// Reads akdesk's command line. Needs a QCoreApplication (for the translations of --help) but no
/// display: --help, --version and a bad option end here. Takes AKDESK_TOKEN out of the
/// environment, so that no program akdesk starts (a browser for "Execute") inherits it.
ParsedCommandLine parseCommandLine(const QStringList &arguments);

/// The names QSettings and QStandardPaths use.
void setApplicationNames();

/// Opens what the command line asked for (or the first-run choice) in `app` and runs it until the
/// user quits: what main() does after the command line. Returns the exit code.
int runApplication(QApplication &app, const Startup &startup);

} // namespace akdesk
