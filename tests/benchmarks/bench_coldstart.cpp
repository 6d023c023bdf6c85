// Cold start: a new process until its window shows the cached stage list, next to a bare
// QApplication + QMainWindow as the floor. Runs itself as the child in each mode.

#include "benchcommon.h"

#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"
#include "models/items/pagedlistmodel.h"
#include "models/schema/schemaregistry.h"
#include "views/main/mainwindow.h"
#include "views/stages/stagelistpane.h"

#include <QApplication>
#include <QMainWindow>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

namespace {

const QString kToken = QStringLiteral("bench-token");

int child(const QString &mode, const QString &cachePath, const QString &server)
{
    if (mode == QLatin1String("bare")) {
        QMainWindow window;
        window.resize(1200, 800);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        window.repaint();
        std::printf("ready\n");
        std::fflush(stdout);
        return 0;
    }
    LocalStore drafts;
    drafts.open(cachePath);
    ApiClient client;
    client.setServerUrl(QUrl(server));
    client.setToken(kToken);
    client.setCache(&drafts);
    Workspace windowWorkspace(&client, SchemaRegistry::bundled(), &drafts);
    MainWindow window(&windowWorkspace);
    window.resize(1200, 800);
    window.show();
    PagedListModel *model = window.stageList()->model();
    if (mode == QLatin1String("prepare")) {
        // Fills the cache as an earlier session would have.
        return QTest::qWaitFor([&] { return model->state() == PagedListModel::State::Loaded && client.pendingCount() == 0; }, 30000)
                   ? 0
                   : 1;
    }
    if (!QTest::qWaitFor([&] { return window.windowHandle() && window.windowHandle()->isExposed() && model->rowCount() > 0; }, 30000))
        return 1;
    window.repaint();
    std::printf("ready %d %s\n", model->rowCount(), model->cachedAt().isValid() ? "cached" : "fresh");
    std::fflush(stdout);
    return 0;
}

/// Milliseconds from starting the child until it says its window is painted; -1 on failure.
double startChild(const QStringList &arguments, QByteArray *line)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(QCoreApplication::applicationFilePath(), arguments);
    while (process.state() != QProcess::NotRunning && !process.canReadLine())
        process.waitForReadyRead(30000);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    *line = process.readLine().trimmed();
    process.waitForFinished(30000);
    return line->startsWith("ready") ? ms : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && qstrcmp(argv[1], "--child") == 0) {
        QApplication app(argc, argv);
        const QStringList arguments = QCoreApplication::arguments();
        return child(arguments.value(2), arguments.value(3), arguments.value(4));
    }
    QCoreApplication app(argc, argv);
    bench::SandboxProcess sandbox(10000, bench::freePort(), kToken);
    if (!sandbox.isRunning())
        return 1;
    QTemporaryDir dir;
    const QString cache = dir.filePath(QStringLiteral("akdesk.sqlite"));
    QProcess::execute(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--child"), QStringLiteral("prepare"), cache, sandbox.url()});

    QList<double> bare, akdesk;
    QByteArray line;
    for (int run = 0; run < 7; ++run) {
        bare.append(startChild({QStringLiteral("--child"), QStringLiteral("bare")}, &line));
        akdesk.append(startChild({QStringLiteral("--child"), QStringLiteral("akdesk"), cache, sandbox.url()}, &line));
    }
    std::printf("# akdesk child said: %s\n", line.constData());
    bench::note("bare QApplication + QMainWindow painted (median ms)", bench::median(bare), "ms");
    bench::report("start to a window showing the cached stage list (median ms)", bench::median(akdesk), "ms", 300);
    std::printf("# akdesk above the floor: %.0f ms\n", bench::median(akdesk) - bench::median(bare));
    return 0;
}
