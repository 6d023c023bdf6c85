// The sandbox answering a 100-item page of 10,000 stages with a search and an ordering: the
// store's own work, and the whole exchange over HTTP as curl sees it.

#include "benchcommon.h"

#include "app/sandbox/sandboxreply.h"
#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxstore.h"

#include <QUrlQuery>

using namespace akdesk;

namespace {

/// Searches that differ on every request, so that no answer can be remembered.
QUrlQuery pageQuery(int i)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    query.addQueryItem(QStringLiteral("page_size"), QStringLiteral("100"));
    query.addQueryItem(QStringLiteral("ordering"), i % 2 ? QStringLiteral("-name") : QStringLiteral("name"));
    query.addQueryItem(QStringLiteral("search"), QStringLiteral("stage-0%1").arg(i % 10));
    return query;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kStages = 10000;

    sandbox::SandboxServer::Options options;
    options.token = QStringLiteral("bench-token");
    options.seedStages = kStages;
    sandbox::SandboxServer server(options);
    sandbox::SandboxStore &store = server.store();

    // First request after a change: the search texts and the sorted order are built again.
    QList<double> coldRuns;
    for (int i = 0; i < 5; ++i) {
        store.addStage(QStringLiteral("stages/dummy"), {{QStringLiteral("name"), QStringLiteral("bench-added-%1").arg(i)}});
        QElapsedTimer timer;
        timer.start();
        const sandbox::Reply reply = store.listStages(QStringLiteral("stages/all"), pageQuery(i));
        coldRuns.append(double(timer.nsecsElapsed()) / 1e6);
        if (reply.status != 200)
            return 1;
    }
    QList<double> warmRuns;
    qint64 bytes = 0;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer timer;
        timer.start();
        const sandbox::Reply reply = store.listStages(QStringLiteral("stages/all"), pageQuery(i));
        warmRuns.append(double(timer.nsecsElapsed()) / 1e6);
        bytes = reply.body.size();
    }
    std::printf("# page of 100 of %d stages, search + ordering, %lld bytes\n", store.stageCount(), static_cast<long long>(bytes));
    bench::note("store: first page after a change (median ms)", bench::median(coldRuns), "ms");
    bench::report("store: page of 100, search + ordering (median ms)", bench::median(warmRuns), "ms", 5.0);

    // Over HTTP from another process: what a client waits for.
    bench::SandboxProcess process(kStages, bench::freePort(), QStringLiteral("bench-token"));
    QStringList arguments{QStringLiteral("--silent"), QStringLiteral("--fail"), QStringLiteral("-H"),
                          QStringLiteral("Authorization: Bearer bench-token"), QStringLiteral("--write-out"),
                          QStringLiteral("%{time_total}\\n")};
    for (int i = 0; i < 101; ++i) {
        const QUrlQuery query = pageQuery(i);
        arguments << QStringLiteral("%1/api/v3/stages/all/?%2").arg(process.url(), query.toString(QUrl::FullyEncoded))
                  << QStringLiteral("--output") << QStringLiteral("/dev/null");
    }
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    if (!curl.waitForFinished(60000) || curl.exitCode() != 0)
        return 1;
    QList<double> httpRuns;
    const QList<QByteArray> lines = curl.readAllStandardOutput().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {  // the first one builds the indexes
        if (!lines.at(i).isEmpty())
            httpRuns.append(lines.at(i).toDouble() * 1000);
    }
    bench::report("HTTP: page of 100, search + ordering (median ms)", bench::median(httpRuns), "ms", 5.0);
    std::sort(httpRuns.begin(), httpRuns.end());
    bench::note("HTTP: the same, 95th percentile (ms)", httpRuns.value(httpRuns.size() * 95 / 100), "ms");
    return 0;
}
