// Choosing the schema for a server: the bundled one for the same version, the server's own
// document for another version, the bundled one again when the server's cannot be had.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/schema/serverschema.h"
#include "models/storage/localstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestServerSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameVersionUsesBundled();
    void otherVersionLoadsServerDocument();
    void unreachableServerFallsBack();
    void cachedAnswersChooseWithoutAsking();
};

namespace {
std::pair<std::shared_ptr<const SchemaRegistry>, QString> resolve(ApiClient *client)
{
    ServerSchema chooser(client);
    QSignalSpy spy(&chooser, &ServerSchema::resolved);
    chooser.resolve();
    if (!spy.wait(10000))
        return {};
    return {spy.first().at(0).value<std::shared_ptr<const SchemaRegistry>>(), spy.first().at(1).toString()};
}
}

void TestServerSchema::sameVersionUsesBundled()
{
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(server.token());
    const auto [schema, origin] = resolve(&client);
    QCOMPARE(schema, SchemaRegistry::bundled());
    QVERIFY(origin.contains(QLatin1String("2026.8.3")));
    QCOMPARE(server.requestCount(QStringLiteral("/schema/")), 0);  // no need to download it
}

void TestServerSchema::otherVersionLoadsServerDocument()
{
    // A sandbox that claims another version serves its own (here: the same) document.
    sandbox::SandboxServer::Options options;
    options.reportedVersion = QStringLiteral("2027.2.0");
    sandbox::SandboxServer server(options);
    QVERIFY(server.start(0));
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(server.token());
    const auto [schema, origin] = resolve(&client);
    QVERIFY(schema);
    QVERIFY(schema != SchemaRegistry::bundled());
    QCOMPARE(schema->stageKinds().size(), SchemaRegistry::bundled()->stageKinds().size());
    QVERIFY(origin.contains(QLatin1String("2027.2.0")));
    QCOMPARE(server.requestCount(QStringLiteral("/schema/")), 1);
}

void TestServerSchema::unreachableServerFallsBack()
{
    ApiClient client;
    client.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    client.setToken(QStringLiteral("x"));
    client.setRetries(0);
    const auto [schema, origin] = resolve(&client);
    QCOMPARE(schema, SchemaRegistry::bundled());
    QVERIFY(origin.contains(QLatin1String("bundled")));
}

void TestServerSchema::cachedAnswersChooseWithoutAsking()
{
    // A profile connected before opens on the schema chosen then: no answer needed to show its lists.
    sandbox::SandboxServer server;
    QVERIFY(server.start(0));
    QTemporaryDir dir;  // a cache of its own: nothing another test fetched
    QVERIFY(dir.isValid());
    LocalStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("profile.sqlite"))));
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(server.token());
    client.setCache(&store);
    QString origin;
    QVERIFY(!ServerSchema(&client).fromCache(&origin));  // never connected: nothing to go by
    const auto [schema, resolvedOrigin] = resolve(&client);
    QCOMPARE(schema, SchemaRegistry::bundled());
    client.flushCache();
    const int requests = server.requestCount();
    const std::shared_ptr<const SchemaRegistry> cached = ServerSchema(&client).fromCache(&origin);
    QCOMPARE(cached, schema);
    QCOMPARE(origin, resolvedOrigin);
    QCOMPARE(server.requestCount(), requests);
    client.setCache(nullptr);
}

QTEST_GUILESS_MAIN(TestServerSchema)
#include "tst_serverschema.moc"
