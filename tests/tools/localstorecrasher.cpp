// Helper of unit_draftcrash: edits through a LocalStore as fast as it can and prints the number
// of each edit once the store has committed it, until it is killed.
//   localstore-crasher <store path> <first edit number>
#include "models/storage/localstore.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    akdesk::LocalStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    std::printf("open\n");
    std::fflush(stdout);
    for (qint64 n = QByteArray(argv[2]).toLongLong();; ++n) {
        const QString record = QStringLiteral("r%1").arg(n % 7);
        // An edit of a record (replacing its changes) and a create, as a user's session does.
        const QJsonObject changes{{QStringLiteral("name"), QStringLiteral("edit-%1").arg(n)},
                                  {QStringLiteral("order"), n}};
        if (store.saveEdit(QStringLiteral("stages/dummy"), record, record, {{QStringLiteral("pk"), record}}, changes) == 0) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        if (n % 5 == 0 && store.queueCreate(QStringLiteral("stages/dummy"), QStringLiteral("new-%1").arg(n),
                                            {{QStringLiteral("n"), n}}) == 0)
            return 1;
        if (n % 11 == 0)
            store.storeResponse(QStringLiteral("/stages/all/?page=%1").arg(n % 3), QByteArray(4096, 'x'));
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
}
