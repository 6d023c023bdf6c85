#include "app/sandbox/sandboxserver.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    akdesk::sandbox::SandboxServer server;
    if (server.start(9000) == 0)
        return 1;
    return app.exec();
}
