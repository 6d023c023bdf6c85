// The sandbox's cost (--latency MS[,PER_ROW_MS] --workers N): each answer waits its delay, no more
// than N are prepared at once and the rest wait their turn, the event loop keeps serving other
// connections meanwhile, and without the options every answer leaves at once.
#include "app/sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

using namespace akdesk;
using sandbox::SandboxServer;
using sandbox::ServerCost;

namespace {

/// A timer set for `ms` fires no earlier; how much later depends on the machine (two cores shared
/// with parallel builds), so the upper bound is loose.
constexpr int kSlack = 250;

/// Requests sent at once to the sandbox, each timed from the start until its answer.
class Requests final
{
public:
    explicit Requests(const SandboxServer &server) : m_server(server.url()), m_token(server.token()) {}

    void send(const QString &path)
    {
        if (!m_clock.isValid())
            m_clock.start();
        QUrl url = m_server;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(QStringLiteral("/api/v3") + path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply] {
            m_finishedMs.append(m_clock.elapsed());
            m_statuses.append(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
            reply->deleteLater();
        });
        ++m_sent;
    }
    bool waitAll(int timeoutMs = 20000) { return QTest::qWaitFor([this] { return m_finishedMs.size() == m_sent; }, timeoutMs); }
    /// When each answer arrived, earliest first (ms since the first was sent).
    QList<qint64> finishedMs() const
    {
        QList<qint64> sorted = m_finishedMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted;
    }
    int answered() const { return int(m_finishedMs.size()); }
    QList<int> statuses() const { return m_statuses; }

private:
    QUrl m_server;
    QString m_token;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_clock;
    QList<qint64> m_finishedMs;
    QList<int> m_statuses;
    int m_sent = 0;
};

SandboxServer::Options withCost(int latencyMs, double perRowMs, int workers)
{
    SandboxServer::Options options;
    options.seedStages = 100;  // lists longer than any page asked for below
    options.cost = {latencyMs, perRowMs, workers};
    return options;
}

} // namespace

class TestSandboxCost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheOptions_data();
    void readsTheOptions();
    void countsTheRowsOfAnAnswer_data();
    void countsTheRowsOfAnAnswer();
    void freeByDefault();
    void delaysEachAnswer_data();
    void delaysEachAnswer();
    void queuesBeyondItsWorkers();
    void servesOtherConnectionsWhileOneWaits();
};

void TestSandboxCost::readsTheOptions_data()
{
    QTest::addColumn<QString>("latency");
    QTest::addColumn<QString>("workers");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<double>("perRowMs");
    QTest::addColumn<int>("workerCount");
    QTest::newRow("latency alone") << QStringLiteral("60") << QStringLiteral("4") << true << 60 << 0.0 << 4;
    QTest::newRow("with per row") << QStringLiteral("60,0.3") << QStringLiteral("1") << true << 60 << 0.3 << 1;
    QTest::newRow("zero") << QStringLiteral("0,0") << QStringLiteral("2") << true << 0 << 0.0 << 2;
    QTest::newRow("negative latency") << QStringLiteral("-5") << QStringLiteral("4") << false << 0 << 0.0 << 0;
    QTest::newRow("text") << QStringLiteral("slow") << QStringLiteral("4") << false << 0 << 0.0 << 0;
    QTest::newRow("three parts") << QStringLiteral("60,0.3,1") << QStringLiteral("4") << false << 0 << 0.0 << 0;
    QTest::newRow("negative per row") << QStringLiteral("60,-1") << QStringLiteral("4") << false << 0 << 0.0 << 0;
    QTest::newRow("no workers") << QStringLiteral("60") << QStringLiteral("0") << false << 0 << 0.0 << 0;
    QTest::newRow("workers not a count") << QStringLiteral("60") << QStringLiteral("many") << false << 0 << 0.0 << 0;
}

void TestSandboxCost::readsTheOptions()
{
    QFETCH(QString, latency);
    QFETCH(QString, workers);
    QFETCH(bool, accepted);
    ServerCost cost;
    QCOMPARE(cost.setLatency(latency) && cost.setWorkers(workers), accepted);
    if (!accepted)
        return;
    QTEST(cost.latencyMs, "latencyMs");
    QTEST(cost.perRowMs, "perRowMs");
    QTEST(cost.workers, "workerCount");
}

void TestSandboxCost::countsTheRowsOfAnAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("rows");
    QTest::newRow("list page") << QByteArray(R"({"pagination":{"count":250},"results":[{},{},{}]})") << 3;
    QTest::newRow("empty page") << QByteArray(R"({"pagination":{"count":0},"results":[]})") << 0;
    QTest::newRow("bare array") << QByteArray(R"([{"name":"a"},{"name":"b"}])") << 2;
    QTest::newRow("one record") << QByteArray(R"({"pk":"x","name":"a"})") << 1;
    QTest::newRow("error") << QByteArray(R"({"detail":"Not found."})") << 1;
    QTest::newRow("no content") << QByteArray() << 1;
}

void TestSandboxCost::countsTheRowsOfAnAnswer()
{
    QFETCH(QByteArray, body);
    QTEST(ServerCost::rows(body), "rows");
}

void TestSandboxCost::freeByDefault()
{
    QVERIFY(SandboxServer::Options().cost.isFree());
    SandboxServer server;
    QVERIFY(server.start() != 0);
    Requests requests(server);
    for (int i = 0; i < 8; ++i)
        requests.send(QStringLiteral("/stages/all/?page_size=20"));
    QVERIFY(requests.waitAll());
    // Eight at once, none held back: within the slack every timing here gets (a machine shared
    // with builds, or the sanitizer run, takes over 100 ms for eight list answers), which is below
    // one round of the delays tested next (150 ms and up, each round added per held-back answer).
    QVERIFY2(requests.finishedMs().last() < kSlack, qPrintable(QString::number(requests.finishedMs().last())));
}

void TestSandboxCost::delaysEachAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("expectedMs");
    // 150 ms + 2 ms per row.
    QTest::newRow("one record") << QStringLiteral("/core/users/me/") << 200 << 152;
    QTest::newRow("page of 50") << QStringLiteral("/stages/all/?page_size=50") << 200 << 250;
    QTest::newRow("page of 100") << QStringLiteral("/stages/all/?page_size=100") << 200 << 350;
    QTest::newRow("error") << QStringLiteral("/stages/nosuchkind/") << 404 << 152;
}

void TestSandboxCost::delaysEachAnswer()
{
    QFETCH(QString, path);
    QFETCH(int, expectedMs);
    SandboxServer server(withCost(150, 2, 4));
    QVERIFY(server.start() != 0);
    Requests requests(server);
    requests.send(path);
    QVERIFY(requests.waitAll());
    QTEST(requests.statuses().first(), "status");
    const qint64 took = requests.finishedMs().first();
    QVERIFY2(took >= expectedMs && took < expectedMs + kSlack, qPrintable(QStringLiteral("%1 ms").arg(took)));
}

void TestSandboxCost::queuesBeyondItsWorkers()
{
    // 2 workers, 5 requests at once: three rounds of 200 ms (2, 2, then 1).
    constexpr int kLatency = 200;
    SandboxServer server(withCost(kLatency, 0, 2));
    QVERIFY(server.start() != 0);
    Requests requests(server);
    for (int i = 0; i < 5; ++i)
        requests.send(QStringLiteral("/core/users/me/"));
    QVERIFY(requests.waitAll());
    const QList<qint64> finished = requests.finishedMs();
    const QList<int> rounds{1, 1, 2, 2, 3};  // ceil(i / workers)
    for (int i = 0; i < finished.size(); ++i)
        QVERIFY2(finished.at(i) >= rounds.at(i) * kLatency,
                 qPrintable(QStringLiteral("answer %1 after %2 ms, before round %3").arg(i + 1).arg(finished.at(i)).arg(rounds.at(i))));
    // Not one round more than ceil(5 / 2) = 3.
    QVERIFY2(finished.last() < 3 * kLatency + kSlack, qPrintable(QStringLiteral("last answer after %1 ms").arg(finished.last())));
}

void TestSandboxCost::servesOtherConnectionsWhileOneWaits()
{
    // One worker, 400 ms an answer: the second request waits for the first, but is read at once,
    // and the loop keeps serving timers the whole time (no sleep inside the server).
    constexpr int kLatency = 400;
    SandboxServer server(withCost(kLatency, 0, 1));
    QVERIFY(server.start() != 0);
    // Two at once: the manager opens a second connection, as the first is busy.
    Requests requests(server);
    requests.send(QStringLiteral("/core/users/me/"));
    requests.send(QStringLiteral("/stages/all/?page_size=5"));

    QElapsedTimer since;
    since.start();
    qint64 longestGap = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        longestGap = std::max(longestGap, since.restart());
    });
    tick.start(5);
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, kLatency / 2);
    QCOMPARE(requests.answered(), 0);
    QVERIFY(requests.waitAll());
    tick.stop();
    QVERIFY2(longestGap < 100, qPrintable(QStringLiteral("the loop stood still %1 ms").arg(longestGap)));
    const QList<qint64> finished = requests.finishedMs();
    QVERIFY2(finished.first() >= kLatency && finished.last() >= 2 * kLatency,
             qPrintable(QStringLiteral("answers after %1 and %2 ms").arg(finished.first()).arg(finished.last())));
    QCOMPARE(requests.statuses(), (QList<int>{200, 200}));
}

QTEST_GUILESS_MAIN(TestSandboxCost)
#include "tst_sandboxcost.moc"
