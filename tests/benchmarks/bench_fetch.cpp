// Fetching every stage of a 10,000-stage sandbox into the stage list model through fetchAll(),
// against curl fetching the same pages one after another over one kept-alive connection and
// against the least time the server's cost allows; and the memory those rows hold. The sandbox
// runs in its own process (akdesk-sandbox) with the real-authentik profile, as a real server would.
//   bench_fetch                              its own sandbox, 10,000 stages, the profile
//   bench_fetch --server URL --token T       any server, a real authentik too
// --page-size N (100), --parallel N (fetchAll's default), --no-cache, --runs N (3).

#include "benchcommon.h"

#include "models/api/apiclient.h"
#include "models/storage/localstore.h"
#include "models/items/pagedlistmodel.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <malloc.h>

using namespace akdesk;

namespace {

constexpr int kStages = 10000;

QString pageUrl(const QString &server, int page, int pageSize)
{
    return QStringLiteral("%1/api/v3/stages/all/?page=%2&page_size=%3&ordering=name").arg(server).arg(page).arg(pageSize);
}

/// Seconds curl spends on the transfers (the sum of each one's time_total, so its own start-up
/// does not count against it), or -1 when curl failed.
double curlSeconds(const QString &server, const QString &token, int pages, int pageSize, qint64 *bytes)
{
    QStringList arguments{QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--fail"),
                          QStringLiteral("--keepalive"), QStringLiteral("-H"),
                          QStringLiteral("Authorization: Bearer %1").arg(token), QStringLiteral("--write-out"),
                          QStringLiteral("%{time_total} %{size_download} %{num_connects}\\n")};
    for (int page = 1; page <= pages; ++page)
        arguments << pageUrl(server, page, pageSize) << QStringLiteral("--output") << QStringLiteral("/dev/null");
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    if (!curl.waitForFinished(600000) || curl.exitCode() != 0) {
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
        return -1;
    }
    double seconds = 0;
    int connects = 0;
    *bytes = 0;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 3)
            continue;
        seconds += fields.at(0).toDouble();
        *bytes += fields.at(1).toLongLong();
        connects += fields.at(2).toInt();
    }
    if (connects != 1)
        std::fprintf(stderr, "warning: curl opened %d connections, not one\n", connects);
    return seconds;
}

struct Load
{
    double ms = -1;
    int rows = 0;
};

/// Loads every row of the list into `model`: `parallel` 0 = page after page through fetchMore()
/// (as scrolling does), else fetchAll() with that many requests at once.
Load load(PagedListModel *model, int parallel)
{
    QElapsedTimer timer;
    QEventLoop loop;
    QObject context;
    QObject::connect(model, &PagedListModel::stateChanged, &context, [&](PagedListModel::State state) {
        if (state == PagedListModel::State::Error)
            loop.quit();
        else if (state == PagedListModel::State::Loaded && !model->canFetchMore({}))
            loop.quit();
        else if (state == PagedListModel::State::Loaded && parallel == 0)
            model->fetchMore({});
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    timer.start();
    model->reload();
    if (parallel > 0)
        model->fetchAll(parallel);
    loop.exec();
    Load result;
    if (model->state() == PagedListModel::State::Loaded && model->rowCount() == model->totalCount())
        result.ms = double(timer.nsecsElapsed()) / 1e6;
    else
        std::fprintf(stderr, "load failed: %d of %d rows, %s\n", model->rowCount(), model->totalCount(),
                     qPrintable(model->lastError().message()));
    result.rows = model->rowCount();
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server root (default: a sandbox of its own)."),
                                          QStringLiteral("url"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("API token for --server."), QStringLiteral("token"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"), QStringLiteral("Rows asked for per page."),
                                            QStringLiteral("n"), QStringLiteral("100"));  // authentik's maximum
    const QCommandLineOption parallelOption(QStringLiteral("parallel"), QStringLiteral("fetchAll's requests at once."),
                                            QStringLiteral("n"), QString::number(PagedListModel::FetchAllParallel));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"), QStringLiteral("Leave the answer cache out."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per figure (the median counts)."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({serverOption, tokenOption, pageSizeOption, parallelOption, noCacheOption, runsOption});
    parser.addHelpOption();
    parser.process(app);
    const int pageSize = parser.value(pageSizeOption).toInt();
    const int parallel = parser.value(parallelOption).toInt();
    const int runs = qMax(1, parser.value(runsOption).toInt());

    // Without --server: akdesk-sandbox costing what a real authentik costs.
    const sandbox::ServerCost cost = sandbox::ServerCost::realAuthentik();
    std::unique_ptr<bench::SandboxProcess> sandbox;
    QString server = parser.value(serverOption);
    QString token = parser.value(tokenOption);
    if (server.isEmpty()) {
        token = QStringLiteral("bench-token");
        sandbox = std::make_unique<bench::SandboxProcess>(kStages, bench::freePort(), token, cost);
        if (!sandbox->isRunning())
            return 1;
        server = sandbox->url();
        std::printf("# akdesk-sandbox, %d generated stages, real-authentik profile: %s\n", kStages, qPrintable(cost.describe()));
    } else {
        std::printf("# %s\n", qPrintable(server));
    }

    QTemporaryDir dir;
    LocalStore cache;  // as in the app: every page fetched is also kept for offline use
    cache.open(dir.filePath(QStringLiteral("bench.sqlite")));
    ApiClient client;
    client.setServerUrl(QUrl(server));
    client.setToken(token);
    // --no-cache leaves the cache out, to see what keeping the pages costs.
    if (!parser.isSet(noCacheOption))
        client.setCache(&cache);

    // The count decides the pages; ask once (this also fills the sandbox's sorted order, for both).
    PagedListModel model(&client);
    model.setColumns({{QStringLiteral("Name"), QStringLiteral("name"),
                       [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("name")).toString()); }}});
    model.setPath(QStringLiteral("/stages/all/"));
    model.setOrdering(QStringLiteral("name"));
    model.setPageSize(pageSize);
    const Load warm = load(&model, parallel);
    if (warm.ms < 0)
        return 1;
    const int total = model.totalCount();
    const int pages = (total + pageSize - 1) / pageSize;
    std::printf("# %d stages, %d pages of %d, %d requests at once\n", total, pages, pageSize, parallel);

    QList<double> curlRuns, sequentialRuns, parallelRuns, flushRuns;
    qint64 jsonBytes = 0;
    for (int run = 0; run < runs; ++run) {
        const double curl = curlSeconds(server, token, pages, pageSize, &jsonBytes);
        if (curl < 0)
            return 1;
        curlRuns.append(curl * 1000);
        sequentialRuns.append(load(&model, 0).ms);
        client.flushCache();
        parallelRuns.append(load(&model, parallel).ms);
        // The pages wait for the cache until no request runs (the rows are in the model by then);
        // what writing them takes, right after.
        QElapsedTimer flushing;
        flushing.start();
        client.flushCache();
        flushRuns.append(double(flushing.nsecsElapsed()) / 1e6);
    }
    const double curlMs = bench::median(curlRuns);
    const double sequentialMs = bench::median(sequentialRuns);
    const double parallelMs = bench::median(parallelRuns);
    // The least the server allows: its workers busy from the first request to the last, each page
    // costing the latency plus its rows. Another server's cost is not known: there, curl's time
    // per page stands for it, `parallel` at once.
    const int workers = sandbox ? cost.workers : parallel;
    const double minimumMs = sandbox ? (pages * cost.latencyMs + total * cost.perRowMs) / workers : curlMs / parallel;
    bench::note("curl, same pages, one kept-alive connection (ms)", curlMs, "ms");
    bench::note("akdesk page after page (fetchMore) (ms)", sequentialMs, "ms");
    bench::note("akdesk fetchAll (ms)", parallelMs, "ms");
    std::printf("# minimum: %d pages / %d at once x %.1f ms a page%s\n", pages, workers, minimumMs * workers / pages,
                sandbox ? "" : " (curl's time per page)");
    bench::note("minimum the server's cost allows (ms)", minimumMs, "ms");
    bench::report("akdesk fetchAll, all stages, time / curl's", parallelMs / curlMs, "x", 1.0);
    bench::report("akdesk fetchAll, all stages, time / minimum", parallelMs / minimumMs, "x", 1.15);
    bench::note("then writing its pages to the cache (ms)", bench::median(flushRuns), "ms");

    // Memory: rows held by the model against the JSON they came from. Freed heap is handed back
    // first (malloc_trim) so that only what is still held counts.
    model.reload();
    model.cancel();
    client.flushCache();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0);
    const qint64 before = bench::residentBytes();
    load(&model, parallel);
    client.flushCache();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    malloc_trim(0);
    const qint64 after = bench::residentBytes();
    bench::note("JSON of 10,000 stages (MiB)", double(jsonBytes) / 1048576.0, "MiB");
    bench::note("resident growth with 10,000 stages loaded (MiB)", double(after - before) / 1048576.0, "MiB");
    bench::report("resident growth / JSON size", double(after - before) / double(jsonBytes), "x", 3.0);
    client.setCache(nullptr);
    return 0;
}
