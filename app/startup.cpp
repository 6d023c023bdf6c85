#include "app/startup.h"

#include "app/appsession.h"
#include "models/connection/connectionprofile.h"
#include "models/schema/schemaregistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace akdesk {

namespace {

/// QGuiApplication's own options (-platform offscreen, -style Fusion, ...): they are read when the
/// QApplication is made, after this parse, so they must not be refused here.
QList<QCommandLineOption> windowSystemOptions()
{
    QList<QCommandLineOption> options;
    const char *const withValue[] = {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                                     "qwindowicon", "qwindowtitle", "display", "geometry", "title", "name",
                                     "style", "stylesheet", "session", "qmljsdebugger"};
    for (const char *name : withValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        options.append(option);
    }
    const char *const flags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};
    for (const char *name : flags) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        options.append(option);
    }
    return options;
}

int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

/// SIGTERM (logout, `kill`), SIGINT (Ctrl+C in a terminal) and SIGHUP end akdesk the way closing
/// its window does, minus the questions: every edit is a draft on disk already. A signal handler
/// may only write to a pipe; the event loop reads it.
class TerminationSignals final
{
public:
    explicit TerminationSignals(AppSession *session)
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[1], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, session, [this, session] {
            char byte = 0;
            if (::read(g_signalPipe[1], &byte, 1) != 1) {
                m_notifier->setEnabled(false);  // not a signal (the pipe closed): stop listening
                return;
            }
            session->terminate();
        });
        struct sigaction action = {};
        action.sa_handler = onTerminationSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (int signal : {SIGTERM, SIGINT, SIGHUP})
            sigaction(signal, &action, nullptr);
    }
    ~TerminationSignals()
    {
        for (int signal : {SIGTERM, SIGINT, SIGHUP})
            std::signal(signal, SIG_DFL);
        m_notifier.reset();
        for (int &fd : g_signalPipe) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("akdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("akdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKDESK_VERSION));
}

ParsedCommandLine parseCommandLine(const QStringList &arguments)
{
    ParsedCommandLine parsed;
    // Whatever happens below, the token must not stay where child processes would inherit it.
    const QString environmentToken = qEnvironmentVariable("AKDESK_TOKEN");
    qunsetenv("AKDESK_TOKEN");

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QCoreApplication::translate("main", "Administer the flows and stages of an authentik server."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"), QCoreApplication::translate("main", "Open on the embedded sandbox server."));
    const QCommandLineOption noLicense(QStringLiteral("no-license"),
                                       QCoreApplication::translate("main", "With --sandbox: a server without an enterprise licence."));
    const QCommandLineOption seed(QStringLiteral("seed-stages"), QCoreApplication::translate("main", "With --sandbox: add <n> generated stages."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QCoreApplication::translate("main", "With --sandbox: delay every answer by <ms>, plus <per-row-ms> per row "
                                                                         "it returns. A real authentik: 60,0.3."),
                                     QStringLiteral("ms[,per-row-ms]"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QCoreApplication::translate("main", "With --sandbox: serve at most <n> requests at once. A real authentik: 4."),
                                     QStringLiteral("n"));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("main", "authentik server URL (token from AKDESK_TOKEN, else the keychain)."),
                                    QStringLiteral("url"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QCoreApplication::translate("main", "Work offline: show what was fetched last and keep every change as a draft."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("main", "Connection profile to open (its server, token, drafts and cache)."),
                                     QStringLiteral("name"));
    parser.addOptions({sandbox, noLicense, seed, latency, workers, server, offline, profile});
    parser.addOptions(windowSystemOptions());

    auto exitWith = [&parsed](int code, const QString &output, bool toStderr) {
        parsed.action = ParsedCommandLine::Action::Exit;
        parsed.exitCode = code;
        parsed.output = output;
        parsed.toStderr = toStderr;
        return parsed;
    };
    if (!parser.parse(arguments))
        return exitWith(2, QStringLiteral("akdesk: %1\n%2").arg(parser.errorText(), QCoreApplication::translate("main", "Try “akdesk --help”.")), true);
    if (parser.isSet(help))
        return exitWith(0, parser.helpText(), false);
    if (parser.isSet(version))
        return exitWith(0, QStringLiteral("akdesk %1\n").arg(QCoreApplication::applicationVersion()), false);
    if (!parser.positionalArguments().isEmpty())
        return exitWith(2, QStringLiteral("akdesk: %1\n").arg(QCoreApplication::translate("main", "unexpected argument: %1").arg(parser.positionalArguments().first())),
                        true);

    Startup &startup = parsed.startup;
    startup.sandbox = parser.isSet(sandbox);
    startup.noLicense = parser.isSet(noLicense);
    bool seedOk = false;
    startup.seedStages = parser.value(seed).toInt(&seedOk);
    if (!seedOk || startup.seedStages < 0)
        return exitWith(2, QStringLiteral("akdesk: %1\n").arg(QCoreApplication::translate("main", "--seed-stages takes a count")), true);
    if (parser.isSet(latency) && !startup.cost.setLatency(parser.value(latency)))
        return exitWith(2, QStringLiteral("akdesk: %1\n").arg(QCoreApplication::translate("main", "--latency takes milliseconds, optionally followed by ,milliseconds per row (60,0.3)")),
                        true);
    if (parser.isSet(workers) && !startup.cost.setWorkers(parser.value(workers)))
        return exitWith(2, QStringLiteral("akdesk: %1\n").arg(QCoreApplication::translate("main", "--workers takes a count of at least 1")), true);
    if (parser.isSet(server)) {
        startup.server = QUrl::fromUserInput(parser.value(server));
        if (!startup.server.isValid() || startup.server.host().isEmpty())
            return exitWith(2, QStringLiteral("akdesk: %1\n").arg(QCoreApplication::translate("main", "not a server URL: %1").arg(parser.value(server))), true);
        startup.token = environmentToken;
    }
    startup.offline = parser.isSet(offline);
    startup.profile = parser.value(profile);
    if (startup.profile.isEmpty() && !startup.server.isEmpty())
        startup.profile = startup.server.host()
                          + (startup.server.port() > 0 ? QStringLiteral("-%1").arg(startup.server.port()) : QString());
    return parsed;
}

int runApplication(QApplication &app, const Startup &startup)
{
    AppSession session(SchemaRegistry::bundled());
    // Windows come and go while switching connection: akdesk ends when the user closes the window
    // or quits, which the session says, never because no window is open for a moment.
    QApplication::setQuitOnLastWindowClosed(false);
    QObject::connect(&session, &AppSession::finished, &app, [] { QApplication::quit(); }, Qt::QueuedConnection);
    const TerminationSignals termination(&session);

    AppSession::Target target;
    target.offline = startup.offline;
    target.seedStages = startup.seedStages;
    target.noLicense = startup.noLicense;
    target.cost = startup.cost;
    bool opened = false;
    if (startup.sandbox) {
        target.profile = ConnectionProfile::sandboxName();
        target.sandbox = true;
        opened = session.open(target);
    } else if (!startup.server.isEmpty()) {
        target.profile = startup.profile;
        target.server = startup.server;
        target.token = startup.token;
        opened = session.open(target);
    } else if (!startup.profile.isEmpty()) {
        target.profile = startup.profile;
        target.sandbox = startup.profile == ConnectionProfile::sandboxName();
        opened = session.open(target);
    } else if (const QString last = session.profiles().lastUsed(); !last.isEmpty()) {
        target.profile = last;
        target.sandbox = last == ConnectionProfile::sandboxName();
        opened = session.open(target);
    } else {
        opened = session.firstRun();
    }
    if (!opened && session.nothingCachedOffline())
        opened = session.firstRun();  // said why; the welcome choice offers the ways on
    if (!opened)
        return 1;
    return app.exec();
}

} // namespace akdesk
