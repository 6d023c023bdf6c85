// akdesk-sandbox: the embedded authentik API server on its own, for curl or another client.

#include "app/sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("akdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AKDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "An authentik API v3 server on 127.0.0.1 with authentik's default flows and stages, for trying akdesk "
        "and for its tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 picks a free one)."),
                                  QStringLiteral("n"), QStringLiteral("9000"));
    const QCommandLineOption token(QStringLiteral("token"), QStringLiteral("The Bearer token clients must send."),
                                   QStringLiteral("token"), QStringLiteral("akdesk-sandbox-token"));
    const QCommandLineOption seed(QStringLiteral("seed-stages"), QStringLiteral("Add <n> generated stages for scale work."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"),
                                       QStringLiteral("Append a line per request to <file>: path, method and whether it "
                                                      "carried the token (never the token)."),
                                       QStringLiteral("file"));
    const QCommandLineOption noLicense(QStringLiteral("no-license"),
                                       QStringLiteral("Run as an instance without an enterprise licence (enterprise stages refused)."));
    const QCommandLineOption debug(QStringLiteral("debug"), QStringLiteral("Run as authentik with DEBUG on (the Dummy stage is offered)."));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every answer by <ms>, plus <per-row-ms> per row it returns "
                                                    "(a list's results; 1 otherwise). A real authentik: 60,0.3."),
                                     QStringLiteral("ms[,per-row-ms]"));
    const QCommandLineOption workers(QStringLiteral("workers"),
                                     QStringLiteral("Serve at most <n> requests at once; the others wait their turn. "
                                                    "A real authentik: 4."),
                                     QStringLiteral("n"));
    parser.addOptions({port, token, seed, accessLog, noLicense, debug, latency, workers});
    parser.process(app);

    bool portOk = false;
    const uint portNumber = parser.value(port).toUInt(&portOk);
    bool seedOk = false;
    const int seedCount = parser.value(seed).toInt(&seedOk);
    if (!portOk || portNumber > 65535 || !seedOk || seedCount < 0) {
        std::fprintf(stderr, "akdesk-sandbox: --port takes 0-65535 and --seed-stages a count\n");
        return 2;
    }

    akdesk::sandbox::SandboxServer::Options options;
    if (parser.isSet(latency) && !options.cost.setLatency(parser.value(latency))) {
        std::fprintf(stderr, "akdesk-sandbox: --latency takes milliseconds, optionally ,milliseconds per row (60,0.3)\n");
        return 2;
    }
    if (parser.isSet(workers) && !options.cost.setWorkers(parser.value(workers))) {
        std::fprintf(stderr, "akdesk-sandbox: --workers takes a count of at least 1\n");
        return 2;
    }
    options.token = parser.value(token);
    options.seedStages = seedCount;
    options.accessLog = parser.value(accessLog);
    options.licensed = !parser.isSet(noLicense);
    options.debug = parser.isSet(debug);
    akdesk::sandbox::SandboxServer server(options);
    if (server.start(quint16(portNumber)) == 0) {
        std::fprintf(stderr, "akdesk-sandbox: cannot listen on 127.0.0.1:%u\n", portNumber);
        return 1;
    }
    std::printf("akdesk-sandbox listening on %s (token: %s)\n", qPrintable(server.url().toString()), qPrintable(options.token));
    if (!options.cost.isFree())
        std::printf("each answer costs %s\n", qPrintable(options.cost.describe()));
    std::fflush(stdout);
    return app.exec();
}
