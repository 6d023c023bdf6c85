// ApiClient keeps GET answers for the cache while requests run and writes them once it is idle,
// one per turn of the event loop: a list loading page after page is never held up by the disk,
// yet every answer reaches the cache, cached() sees it at once, and setCache(nullptr) writes
// what still waits.

#include "models/api/apiclient.h"
#include "tests/support/testserver.h"

#include <QHash>
#include <QTest>

using namespace akdesk;

namespace {

/// Remembers what it was given, in order.
class RecordingCache final : public ResponseCache
{
public:
    void storeResponse(const QString &key, const QByteArray &body) override
    {
        keys.append(key);
        bodies.insert(key, body);
    }
    std::optional<CachedBody> cachedResponse(const QString &key) const override
    {
        if (!bodies.contains(key))
            return std::nullopt;
        return CachedBody{bodies.value(key), QDateTime::currentDateTimeUtc()};
    }
    bool hasResponses() const override { return !bodies.isEmpty(); }
    QStringList keys;
    QHash<QString, QByteArray> bodies;
};

} // namespace

class TestCacheWrites final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenOnceIdle();
    void setCacheWritesWhatWaits();
};

void TestCacheWrites::writtenOnceIdle()
{
    test::TestServer server(120);
    RecordingCache cache;
    ApiClient *client = server.client();
    client->setCache(&cache);
    QList<ApiReply *> replies;
    for (int page = 1; page <= 3; ++page) {
        ListQuery query;
        query.page = page;
        query.pageSize = 50;
        replies.append(client->list(QStringLiteral("/stages/all/"), query));
    }
    QByteArray first;
    bool seenWhileRunning = false;
    QObject context;
    connect(replies.first(), &ApiReply::finished, &context, [&](ApiReply *reply) {
        first = reply->body();
        // Other pages still run: not on disk yet, but already the cached answer.
        ListQuery query;
        query.pageSize = 50;
        seenWhileRunning = client->pendingCount() > 0 && cache.keys.isEmpty()
                           && client->cached(QStringLiteral("/stages/all/"), query.toUrlQuery())->body == reply->body();
    });
    QTRY_COMPARE(client->pendingCount(), 0);
    QVERIFY(!first.isEmpty());
    QVERIFY(seenWhileRunning);
    QTRY_COMPARE(cache.keys.size(), 3);
    ListQuery query;
    query.pageSize = 50;
    QCOMPARE(cache.bodies.value(ApiClient::cacheKey(QStringLiteral("/stages/all/"), query.toUrlQuery())), first);
    client->setCache(nullptr);
}

void TestCacheWrites::setCacheWritesWhatWaits()
{
    test::TestServer server;
    RecordingCache cache;
    ApiClient *client = server.client();
    client->setCache(&cache);
    const ApiResult result = test::await(client->get(QStringLiteral("/flows/instances/")));
    QVERIFY(result.ok());
    // Before the event loop turns again, the answer may still wait; taking the cache away
    // writes it, and nothing comes later.
    client->setCache(nullptr);
    QCOMPARE(cache.keys, QStringList{QStringLiteral("/flows/instances/")});
    QTest::qWait(50);
    QCOMPARE(cache.keys.size(), 1);
    QCOMPARE(cache.bodies.value(QStringLiteral("/flows/instances/")), result.body);
}

QTEST_MAIN(TestCacheWrites)
#include "tst_cachewrites.moc"
