#include "app/appsession.h"
#include "app/userfiles.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/redaction.h"
#include "models/schema/schemaregistry.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/main/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QStatusBar>
#include <QTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

#include <algorithm>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

/// What the command line asked for.
struct Startup
{
    bool sandbox = false;
    int seedStages = 0;
    QUrl server;
    QString token;
    bool offline = false;
    QString profile;  ///< whose drafts and cache: --profile, else "sandbox" or the server's host
};

std::optional<Startup> parseCommandLine(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Administer the flows and stages of an authentik server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Open on the embedded sandbox server."));
    const QCommandLineOption seed(QStringLiteral("seed-stages"),
                                  QApplication::translate("main", "With --sandbox: add <n> generated stages."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QApplication::translate("main", "authentik server URL (token from AKDESK_TOKEN, else the keychain)."),
                                    QStringLiteral("url"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QApplication::translate("main", "Work offline: show what was fetched last and keep every change as a draft."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Connection profile to open (its server, token, drafts and cache)."),
                                     QStringLiteral("name"));
    parser.addOptions({sandbox, seed, server, offline, profile});
    parser.process(app);

    Startup startup;
    startup.sandbox = parser.isSet(sandbox);
    startup.seedStages = parser.value(seed).toInt();
    if (parser.isSet(server)) {
        startup.server = QUrl::fromUserInput(parser.value(server));
        startup.token = qEnvironmentVariable("AKDESK_TOKEN");
        if (!startup.server.isValid()) {
            std::fprintf(stderr, "akdesk: not a server URL: %s\n", qPrintable(parser.value(server)));
            return std::nullopt;
        }
    }
    startup.offline = parser.isSet(offline);
    startup.profile = parser.value(profile);
    if (startup.profile.isEmpty() && !startup.server.isEmpty())
        startup.profile = startup.server.host() + (startup.server.port() > 0 ? QStringLiteral("-%1").arg(startup.server.port())
                                                                          : QString());
    return startup;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("akdesk"));
    QApplication::setOrganizationName(QStringLiteral("akdesk"));
    akdesk::prepareUserFiles();  // the log, and files moved to their XDG places (issue 20)
    QApplication::setApplicationVersion(QStringLiteral(AKDESK_VERSION));
    QApplication::setWindowIcon(akdesk::Icons::app());
    // The window belongs to the menu entry (and its icon) on Wayland and in task switchers.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.akdesk.akdesk"));
    // Tokens never reach a log line, whoever prints it.
    akdesk::redaction::installMessageHandler();
    // The user's language (Preferences, else the system's) and look, before any text or widget.
    akdesk::installTranslations(app);
    akdesk::theme::apply(QSettings().value(akdesk::theme::settingsKey()).toString());

    const std::optional<Startup> startup = parseCommandLine(app);
    if (!startup)
        return 2;

    akdesk::AppSession session(akdesk::SchemaRegistry::bundled());
    // Switching connection closes one window before the next opens: quit only when the user
    // closed the window for good.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&app, &QApplication::lastWindowClosed, &app, [] {
        QTimer::singleShot(0, qApp, [] {
            if (QApplication::topLevelWidgets().isEmpty()
                || std::none_of(QApplication::topLevelWidgets().begin(), QApplication::topLevelWidgets().end(),
                                [](QWidget *w) { return w->isVisible(); }))
                QApplication::quit();
        });
    });

    akdesk::AppSession::Target target;
    target.offline = startup->offline;
    target.seedStages = startup->seedStages;
    bool opened = false;
    if (startup->sandbox) {
        target.profile = akdesk::ConnectionProfile::sandboxName();
        target.sandbox = true;
        opened = session.open(target);
    } else if (!startup->server.isEmpty()) {
        target.profile = startup->profile;
        target.server = startup->server;
        target.token = startup->token;
        opened = session.open(target);
    } else if (!startup->profile.isEmpty()) {
        target.profile = startup->profile;
        target.sandbox = startup->profile == akdesk::ConnectionProfile::sandboxName();
        opened = session.open(target);
    } else if (const QString last = session.profiles().lastUsed(); !last.isEmpty()) {
        target.profile = last;
        target.sandbox = last == akdesk::ConnectionProfile::sandboxName();
        opened = session.open(target);
    } else {
        opened = session.firstRun();
    }
    if (!opened)
        return 1;
    return app.exec();
}
