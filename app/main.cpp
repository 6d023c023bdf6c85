#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/drafts/draftstore.h"
#include "models/schema/schemaregistry.h"
#include "models/schema/serverschema.h"
#include "views/main/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QStatusBar>
#include <QTimer>
#include <QIcon>
#include <QMessageBox>

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
                                    QApplication::translate("main", "authentik server URL (token from AKDESK_TOKEN)."),
                                    QStringLiteral("url"));
    const QCommandLineOption offline(QStringLiteral("offline"),
                                     QApplication::translate("main", "Work offline: show what was fetched last and keep every change as a draft."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Profile whose drafts and cached lists to use."),
                                     QStringLiteral("name"));
    parser.addOptions({sandbox, seed, server, offline, profile});
    parser.process(app);

    Startup startup;
    startup.sandbox = parser.isSet(sandbox) || !parser.isSet(server);
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
    if (startup.profile.isEmpty())
        startup.profile = startup.sandbox ? QStringLiteral("sandbox")
                                          : startup.server.host() + (startup.server.port() > 0
                                                                         ? QStringLiteral("-%1").arg(startup.server.port())
                                                                         : QString());
    return startup;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("akdesk"));
    QApplication::setOrganizationName(QStringLiteral("akdesk"));
    QApplication::setApplicationVersion(QStringLiteral(AKDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/akdesk/icons/akdesk.svg")));

    const std::optional<Startup> startup = parseCommandLine(app);
    if (!startup)
        return 2;

    const std::shared_ptr<const akdesk::SchemaRegistry> schema = akdesk::SchemaRegistry::bundled();
    akdesk::ApiClient client;
    // Drafts and the cache of the profile: every edit is kept here as it is typed.
    akdesk::DraftStore drafts;
    if (!drafts.open(akdesk::DraftStore::defaultPath(startup->profile))) {
        QMessageBox::warning(nullptr, QApplication::translate("main", "akdesk"),
                             QApplication::translate("main", "Drafts cannot be kept on disk (%1). akdesk works, but an "
                                                             "edit is only safe once it is saved to the server.")
                                 .arg(drafts.errorString()));
        drafts.open(QStringLiteral(":memory:"));
    }
    client.setCache(&drafts);
    client.setWorkOffline(startup->offline);
    std::unique_ptr<akdesk::sandbox::SandboxServer> sandbox;
    if (startup->sandbox) {
        akdesk::sandbox::SandboxServer::Options options;
        options.seedStages = startup->seedStages;
        options.schema = schema;
        sandbox = std::make_unique<akdesk::sandbox::SandboxServer>(options);
        if (sandbox->start(0) == 0) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "akdesk"),
                                  QApplication::translate("main", "The embedded sandbox could not listen on 127.0.0.1."));
            return 1;
        }
        client.setServerUrl(sandbox->url());
        client.setToken(sandbox->token());
    } else {
        client.setServerUrl(startup->server);
        client.setToken(startup->token);
    }

    // Work with the server's own schema when it runs another authentik version. Nothing is shown
    // yet, so waiting here (at most a few seconds) blocks no window.
    std::shared_ptr<const akdesk::SchemaRegistry> active = schema;
    QString origin = QApplication::translate("main", "bundled schema %1").arg(schema->apiVersion());
    if (!startup->sandbox && !startup->offline) {
        akdesk::ServerSchema serverSchema(&client);
        QEventLoop wait;
        QObject::connect(&serverSchema, &akdesk::ServerSchema::resolved, &wait,
                         [&](std::shared_ptr<const akdesk::SchemaRegistry> resolved, const QString &from) {
                             active = std::move(resolved);
                             origin = from;
                             wait.quit();
                         });
        QTimer::singleShot(8000, &wait, &QEventLoop::quit);
        serverSchema.resolve();
        wait.exec();
    }

    akdesk::MainWindow window(&client, active, &drafts);
    if (startup->offline)
        window.statusBar()->showMessage(QApplication::translate("main", "Working offline with the lists fetched last (%1)")
                                            .arg(drafts.path()));
    else
        window.statusBar()->showMessage(QApplication::translate("main", "Connected to %1, using %2")
                                            .arg(client.serverUrl().toDisplayString(), origin));
    window.show();
    return app.exec();
}
