// Sync of drafts against the server (the sandbox, or AKDESK_TEST_URL): silent merges, conflicts
// resolved both ways, records deleted meanwhile, rejected drafts, creates that refer to each other,
// and a server that cannot be reached. Also the cache that answers GETs while it is away.
#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/rawsqlite.h"
#include "tests/support/samplebody.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;
using records::textOf;

class TestDraftSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void differentFieldsMergeSilently();
    void sameFieldResolvedMine();
    void sameFieldResolvedTheirs();
    void recordDeletedOnTheServerIsKeptThenRecreated();
    void rejectedDraftKeepsTheServersMessagesUntilFixed();
    void createsThatReferToEachOtherSyncInOrder();
    void queuedDeleteRemovesTheRecord();
    void unreachableServerKeepsEveryDraft();
    void getsAnswerFromTheCacheWhileTheServerIsAway();
    void workingOfflineSendsNothing();
    void unreadableDraftIsNeverSent();
    void workingOfflineKeepsTheDraftAndSaysWhy();

private:
    QJsonObject createDummy(const QString &prefix);
    QJsonObject fetch(const QString &path);
    bool runSync(const std::function<void()> &start);

    std::unique_ptr<test::TestServer> m_server;
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    DraftSync *m_sync = nullptr;
};

void TestDraftSync::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
}

void TestDraftSync::init()
{
    m_server = std::make_unique<test::TestServer>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("drafts.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_server->client(), m_schema, m_store.get());
    m_sync = m_workspace->sync();
}

void TestDraftSync::cleanup()
{
    m_sync = nullptr;
    m_workspace.reset();
    m_store.reset();
    m_server.reset();
}

QJsonObject TestDraftSync::createDummy(const QString &prefix)
{
    const ApiResult created = test::await(m_server->client()->create(
        QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(prefix)}}));
    if (!created.ok())
        qWarning() << created.error.message();
    return created.object();
}

QJsonObject TestDraftSync::fetch(const QString &path)
{
    return test::await(m_server->client()->get(path)).object();
}

bool TestDraftSync::runSync(const std::function<void()> &start)
{
    QSignalSpy finished(m_sync, &DraftSync::finished);
    start();
    return finished.count() > 0 || finished.wait(15000);
}

void TestDraftSync::differentFieldsMergeSilently()
{
    const QJsonObject base = createDummy(QStringLiteral("merge"));
    const QString pk = textOf(base, "pk");
    const QString path = QStringLiteral("/stages/dummy/%1/").arg(pk);
    m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base,
                      {{QStringLiteral("throw_error"), true}});
    // Meanwhile someone renames it on the server.
    const QString renamed = textOf(base, "name") + QStringLiteral("-server");
    QVERIFY(test::await(m_server->client()->update(path, {{QStringLiteral("name"), renamed}})).ok());

    QSignalSpy synced(m_sync, &DraftSync::draftSynced);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(synced.count(), 1);
    QCOMPARE(m_store->count(), 0);
    const QJsonObject now = fetch(path);
    QCOMPARE(textOf(now, "name"), renamed);
    QCOMPARE(now.value(QLatin1String("throw_error")).toBool(), true);
}

void TestDraftSync::sameFieldResolvedMine()
{
    const QJsonObject base = createDummy(QStringLiteral("conflict"));
    const QString pk = textOf(base, "pk");
    const QString path = QStringLiteral("/stages/dummy/%1/").arg(pk);
    const QString mine = textOf(base, "name") + QStringLiteral("-mine");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base,
                                        {{QStringLiteral("name"), mine}, {QStringLiteral("throw_error"), true}});
    QVERIFY(test::await(m_server->client()->update(path, {{QStringLiteral("name"), textOf(base, "name") + QStringLiteral("-theirs")}})).ok());

    QSignalSpy kept(m_sync, &DraftSync::draftKept);
    QVERIFY(runSync([this, id] { m_sync->sync(id); }));
    QCOMPARE(kept.count(), 1);
    Draft draft = *m_store->draft(id);
    QCOMPARE(draft.status, Draft::Status::Conflict);
    QVERIFY2(draft.message.contains(QLatin1String("name")), qPrintable(draft.message));
    QCOMPARE(textOf(draft.theirs, "name"), textOf(base, "name") + QStringLiteral("-theirs"));
    // Nothing was written while in conflict.
    QCOMPARE(fetch(path).value(QLatin1String("throw_error")).toBool(), false);

    QVERIFY(runSync([this, id, mine] { m_sync->resolve(id, {{QStringLiteral("name"), mine}}); }));
    QCOMPARE(m_store->count(), 0);
    const QJsonObject now = fetch(path);
    QCOMPARE(textOf(now, "name"), mine);
    QCOMPARE(now.value(QLatin1String("throw_error")).toBool(), true);  // the clean change came along
}

void TestDraftSync::sameFieldResolvedTheirs()
{
    const QJsonObject base = createDummy(QStringLiteral("conflict"));
    const QString pk = textOf(base, "pk");
    const QString path = QStringLiteral("/stages/dummy/%1/").arg(pk);
    const QString theirs = textOf(base, "name") + QStringLiteral("-theirs");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base,
                                        {{QStringLiteral("name"), textOf(base, "name") + QStringLiteral("-mine")}});
    QVERIFY(test::await(m_server->client()->update(path, {{QStringLiteral("name"), theirs}})).ok());
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->draft(id)->status, Draft::Status::Conflict);

    QSignalSpy synced(m_sync, &DraftSync::draftSynced);
    m_sync->resolve(id, {{QStringLiteral("name"), theirs}});
    QCOMPARE(synced.count(), 1);  // nothing left to send
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(textOf(fetch(path), "name"), theirs);
}

void TestDraftSync::recordDeletedOnTheServerIsKeptThenRecreated()
{
    const QJsonObject base = createDummy(QStringLiteral("gone"));
    const QString pk = textOf(base, "pk");
    const QString name = textOf(base, "name") + QStringLiteral("-edited");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base,
                                        {{QStringLiteral("name"), name}});
    QVERIFY(test::await(m_server->client()->remove(QStringLiteral("/stages/dummy/%1/").arg(pk))).ok());

    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    const Draft draft = *m_store->draft(id);
    QCOMPARE(draft.status, Draft::Status::Deleted);
    QVERIFY(draft.message.contains(QLatin1String("deleted on the server")));
    // A second sync leaves it alone until the user decides.
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->count(), 1);

    m_sync->recreate(id);
    QCOMPARE(m_store->drafts().first().operation, Draft::Operation::Create);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->count(), 0);
    ListQuery query;
    query.search = name;
    const ApiResult found = test::await(m_server->client()->list(QStringLiteral("/stages/dummy/"), query));
    QCOMPARE(found.results().size(), 1);
    QVERIFY(textOf(found.results().first().toObject(), "pk") != pk);
}

void TestDraftSync::rejectedDraftKeepsTheServersMessagesUntilFixed()
{
    const QJsonObject base = createDummy(QStringLiteral("reject"));
    const QJsonObject other = createDummy(QStringLiteral("taken"));
    const QString pk = textOf(base, "pk");
    // authentik's stage names are unique.
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base,
                                        {{QStringLiteral("name"), textOf(other, "name")}});
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    Draft draft = *m_store->draft(id);
    QCOMPARE(draft.status, Draft::Status::Rejected);
    QVERIFY2(draft.errors.value(QLatin1String("name")).toArray().size() == 1, qPrintable(draft.message));

    m_store->saveEdit(QStringLiteral("stages/dummy"), pk, {}, base,
                      {{QStringLiteral("name"), textOf(base, "name") + QStringLiteral("-fixed")}});
    draft = *m_store->draft(id);
    QCOMPARE(draft.status, Draft::Status::Pending);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(textOf(fetch(QStringLiteral("/stages/dummy/%1/").arg(pk)), "name"), textOf(base, "name") + QStringLiteral("-fixed"));
}

void TestDraftSync::createsThatReferToEachOtherSyncInOrder()
{
    if (!m_server->isSandbox())
        QSKIP("creates a flow on the server; run against the sandbox");
    const QString flowSlug = test::SampleBodyBuilder::uniqueName(QStringLiteral("offline-flow")).toLower();
    const QString stageName = test::SampleBodyBuilder::uniqueName(QStringLiteral("offline-stage"));
    const QString flowPlaceholder = Draft::placeholderPrefix() + QStringLiteral("flow");
    const QString stagePlaceholder = Draft::placeholderPrefix() + QStringLiteral("stage");
    // Queued in the "wrong" order: the binding first, then what it binds.
    m_store->queueCreate(QStringLiteral("flows/bindings"), QStringLiteral("binding"),
                         {{QStringLiteral("target"), flowPlaceholder}, {QStringLiteral("stage"), stagePlaceholder},
                          {QStringLiteral("order"), 10}});
    m_store->queueCreate(QStringLiteral("stages/dummy"), stageName, {{QStringLiteral("name"), stageName}}, stagePlaceholder);
    m_store->queueCreate(QStringLiteral("flows"), flowSlug,
                         {{QStringLiteral("name"), flowSlug}, {QStringLiteral("slug"), flowSlug},
                          {QStringLiteral("title"), flowSlug}, {QStringLiteral("designation"), QStringLiteral("authentication")}},
                         flowPlaceholder);
    QCOMPARE(DraftSync::ordered(m_store->drafts()).last().resourceKey, QStringLiteral("flows/bindings"));

    QSignalSpy synced(m_sync, &DraftSync::draftSynced);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(synced.count(), 3);
    QCOMPARE(m_store->count(), 0);
    const QJsonObject flow = fetch(QStringLiteral("/flows/instances/%1/").arg(flowSlug));
    ListQuery query;
    query.filter(QStringLiteral("target"), textOf(flow, "pk"));
    const ApiResult bindings = test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), query));
    QCOMPARE(bindings.results().size(), 1);
    const QJsonObject binding = bindings.results().first().toObject();
    QCOMPARE(binding.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString(), stageName);
}

void TestDraftSync::queuedDeleteRemovesTheRecord()
{
    const QJsonObject base = createDummy(QStringLiteral("delete"));
    const QString pk = textOf(base, "pk");
    m_store->queueDelete(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).error.kind,
             ApiError::Kind::NotFound);
}

void TestDraftSync::unreachableServerKeepsEveryDraft()
{
    if (!m_server->isSandbox())
        QSKIP("stops the server");
    const QJsonObject base = createDummy(QStringLiteral("away"));
    const QString pk = textOf(base, "pk");
    m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base, {{QStringLiteral("throw_error"), true}});
    m_store->queueCreate(QStringLiteral("stages/dummy"), QStringLiteral("x"), {{QStringLiteral("name"), QStringLiteral("x")}});
    const QList<Draft> before = m_store->drafts();
    m_server->sandbox()->stop();

    QSignalSpy unreachable(m_sync, &DraftSync::unreachable);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(unreachable.count(), 1);
    QVERIFY(!m_server->client()->isOnline());
    const QList<Draft> after = m_store->drafts();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).changes, before.at(i).changes);
        QCOMPARE(after.at(i).status, Draft::Status::Pending);
    }

    // Back again: the client notices by itself, and the sync delivers both.
    QSignalSpy online(m_server->client(), &ApiClient::onlineChanged);
    m_server->client()->setProbeInterval(100);
    QVERIFY(m_server->sandbox()->start(m_server->url().port()) > 0);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->client()->isOnline(), 5000);
    QCOMPARE(online.last().first().toBool(), true);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->count(), 0);
    QCOMPARE(fetch(QStringLiteral("/stages/dummy/%1/").arg(pk)).value(QLatin1String("throw_error")).toBool(), true);
}

void TestDraftSync::getsAnswerFromTheCacheWhileTheServerIsAway()
{
    if (!m_server->isSandbox())
        QSKIP("stops the server");
    ApiClient *client = m_server->client();
    client->setCache(m_store.get());
    const ApiResult live = test::await(client->list(QStringLiteral("/flows/instances/")));
    QVERIFY(live.ok());
    QVERIFY(!live.cachedAt.isValid());
    QVERIFY(client->cached(QStringLiteral("/flows/instances/"), ListQuery().toUrlQuery()));

    m_server->sandbox()->stop();
    const ApiResult cached = test::await(client->list(QStringLiteral("/flows/instances/")));
    QVERIFY2(cached.ok(), qPrintable(cached.error.message()));
    QVERIFY(cached.cachedAt.isValid());
    QCOMPARE(cached.results(), live.results());
    QVERIFY(!client->isReachable());
    // Nothing cached: a clear failure naming the cause.
    const ApiResult missing = test::await(client->get(QStringLiteral("/flows/instances/nothing-here/")));
    QCOMPARE(missing.error.kind, ApiError::Kind::Transport);
    QVERIFY2(missing.error.message().contains(QLatin1String("connection refused")), qPrintable(missing.error.message()));
    // Writes are never answered from the cache.
    const ApiResult write = test::await(client->update(QStringLiteral("/flows/instances/x/"), {}));
    QVERIFY(write.error.neverReachedServer());
}

void TestDraftSync::workingOfflineSendsNothing()
{
    if (!m_server->isSandbox())
        QSKIP("counts the sandbox's requests");
    ApiClient *client = m_server->client();
    client->setCache(m_store.get());
    QVERIFY(test::await(client->get(QStringLiteral("/stages/all/"))).ok());
    const int requests = m_server->sandbox()->requestCount();
    QSignalSpy online(client, &ApiClient::onlineChanged);
    client->setWorkOffline(true);
    QCOMPARE(online.count(), 1);
    QVERIFY(!client->isOnline());
    QVERIFY(test::await(client->get(QStringLiteral("/stages/all/"))).cachedAt.isValid());
    QCOMPARE(test::await(client->create(QStringLiteral("/stages/dummy/"), {})).error.kind, ApiError::Kind::Offline);
    QCOMPARE(m_server->sandbox()->requestCount(), requests);
    client->setWorkOffline(false);
    QVERIFY(client->isOnline());
    QVERIFY(!test::await(client->get(QStringLiteral("/stages/all/"))).cachedAt.isValid());
}

void TestDraftSync::unreadableDraftIsNeverSent()
{
    const QJsonObject base = createDummy(QStringLiteral("unreadable"));
    const QString pk = textOf(base, "pk");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(base, "name"), base,
                                        {{QStringLiteral("throw_error"), true}});
    const QString damaged = QStringLiteral("{\"throw_error\": tr");
    test::rawSqlite(m_store->path(), {QStringLiteral("UPDATE drafts SET changes = '%1' WHERE id = %2").arg(damaged).arg(id)});
    // Read as no changes at all, it would "merge" to nothing and leave the store as delivered.
    QSignalSpy kept(m_sync, &DraftSync::draftKept);
    QVERIFY(runSync([this] { m_sync->syncAll(); }));
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(test::rawSqlite(m_store->path(), {QStringLiteral("SELECT changes FROM drafts")}).toString(), damaged);
    QVERIFY(!fetch(QStringLiteral("/stages/dummy/%1/").arg(pk)).value(QLatin1String("throw_error")).toBool());
    QVERIFY(runSync([this, id] { m_sync->sync(id); }));
    QCOMPARE(m_store->count(), 1);
    QVERIFY(!kept.isEmpty());
    QVERIFY2(kept.last().at(2).toString().contains(QLatin1String("damaged")), qPrintable(kept.last().at(2).toString()));
}

void TestDraftSync::workingOfflineKeepsTheDraftAndSaysWhy()
{
    // Offline by choice is not a fault of the server: the message says which it is.
    const QJsonObject base = createDummy(QStringLiteral("choice"));
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), textOf(base, "pk"), textOf(base, "name"), base,
                                        {{QStringLiteral("throw_error"), true}});
    m_server->client()->setWorkOffline(true);
    QSignalSpy kept(m_sync, &DraftSync::draftKept);
    QVERIFY(runSync([this, id] { m_sync->sync(id); }));
    QCOMPARE(kept.count(), 1);
    const QString message = kept.first().at(2).toString();
    QVERIFY2(!message.contains(QLatin1String("cannot be reached")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("working offline")) && message.contains(QLatin1String("go online")),
             qPrintable(message));
    QCOMPARE(m_store->count(), 1);
    m_server->client()->setWorkOffline(false);
}

QTEST_MAIN(TestDraftSync)
#include "tst_draftsync.moc"
