#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
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
    parser.addOptions({sandbox, seed, server});
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
    if (!startup->sandbox) {
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

    akdesk::MainWindow window(&client, active);
    window.statusBar()->showMessage(QApplication::translate("main", "Connected to %1, using %2")
                                        .arg(client.serverUrl().toDisplayString(), origin));
    window.show();
    return app.exec();
}
