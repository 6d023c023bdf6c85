// akdesk against a misbehaving network: a fault-injection proxy between the client and the
// sandbox delays, drops, resets, truncates, answers 500/502/503/429 or sends garbage. Lists load or
// fail with a clear message; saves end in exactly one change on the server or a kept draft; a
// create is never made twice.
#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"
#include "models/drafts/draftsync.h"
#include "models/operations/editsession.h"
#include "models/items/formmodel.h"
#include "models/items/pagedlistmodel.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/faultproxy.h"
#include "tests/support/samplebody.h"
#include "tests/support/testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace akdesk;
using records::textOf;
using Fault = test::FaultProxy::Fault;

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void listsLoadOrFailCleanly_data();
    void listsLoadOrFailCleanly();
    void retryAfterIsHonoured();
    void patchWithoutAnAnswer_data();
    void patchWithoutAnAnswer();
    void createWithoutAnAnswerIsNeverDuplicated_data();
    void createWithoutAnAnswerIsNeverDuplicated();
    void editorCreateWithoutAnAnswer();
    void stalledServerTimesOutWithoutFreezing();
    void postIsNotRepeatedAfterA502();
    void hugeAnswerFailsCleanly();

private:
    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<ApiClient> m_client;  ///< through the proxy
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    DraftSync *m_sync = nullptr;
    int m_faulted = 0;
};

void TestFaults::initTestCase()
{
    if (!test::TestServer().isSandbox())
        QSKIP("the proxy sits in front of the sandbox");
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>(250);
}

void TestFaults::init()
{
    m_proxy = std::make_unique<test::FaultProxy>(QHostAddress::LocalHost, m_server->url().port());
    m_client = test::clientThrough(*m_server, m_proxy->port(), 2);
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("drafts.sqlite"))));
    m_workspace = std::make_unique<Workspace>(m_client.get(), m_schema, m_store.get());
    m_sync = m_workspace->sync();
}

void TestFaults::cleanup()
{
    m_faulted += m_proxy->faulted();
    m_sync = nullptr;
    m_workspace.reset();
    m_store.reset();
    m_client.reset();
    m_proxy.reset();
}

void TestFaults::cleanupTestCase()
{
    qInfo("requests faulted by the proxy: %d", m_faulted);
}


void TestFaults::listsLoadOrFailCleanly_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("loads");
    QTest::addColumn<QString>("message");
    QTest::newRow("delay") << int(Fault::Delay) << 0 << true << QString();
    QTest::newRow("dropped before") << int(Fault::DropBefore) << 0 << true << QString();
    QTest::newRow("reset mid-body") << int(Fault::ResetMidBody) << 0 << true << QString();
    QTest::newRow("truncated") << int(Fault::Truncate) << 0 << true << QString();
    QTest::newRow("503 once") << int(Fault::Status) << 503 << true << QString();
    QTest::newRow("502 once") << int(Fault::Status) << 502 << true << QString();
    QTest::newRow("500") << int(Fault::Status) << 500 << false << QStringLiteral("internal error (HTTP 500)");
    QTest::newRow("garbage") << int(Fault::Garbage) << 0 << false << QStringLiteral("is not JSON");
}

void TestFaults::listsLoadOrFailCleanly()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    QFETCH(bool, loads);
    QFETCH(QString, message);
    test::FaultProxy::Rule rule;
    rule.fault = Fault(fault);
    rule.method = "GET";
    rule.pathPrefix = QStringLiteral("/stages/all/");
    rule.status = status;
    rule.delayMs = 300;
    m_proxy->addRule(rule);

    PagedListModel model(m_client.get());
    model.setColumns({{QStringLiteral("Name"), QStringLiteral("name"),
                       [](const QJsonObject &r) { return QVariant(r.value(QLatin1String("name")).toString()); }}});
    model.setPath(QStringLiteral("/stages/all/"));
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.state() == PagedListModel::State::Loaded || model.state() == PagedListModel::State::Error, 10000);
    QCOMPARE(m_proxy->faulted(), 1);
    if (loads) {
        QCOMPARE(model.state(), PagedListModel::State::Loaded);
        QCOMPARE(model.rowCount(), 100);
    } else {
        QCOMPARE(model.state(), PagedListModel::State::Error);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY2(model.lastError().message().contains(message), qPrintable(model.lastError().message()));
    }
}

void TestFaults::retryAfterIsHonoured()
{
    test::FaultProxy::Rule rule;
    rule.fault = Fault::Status;
    rule.status = 429;
    rule.retryAfter = 1;
    rule.method = "POST";  // 429 means "not done": even a POST is safe to send again
    m_proxy->addRule(rule);
    const QString name = test::SampleBodyBuilder::uniqueName(QStringLiteral("after-429"));
    QElapsedTimer clock;
    clock.start();
    const ApiResult created = test::await(m_client->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}}));
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(test::stagesNamed(*m_server, name), 1);
}

void TestFaults::patchWithoutAnAnswer_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("serverChanged");
    QTest::newRow("dropped after the server saved") << int(Fault::DropAfter) << true;
    QTest::newRow("reset in the answer") << int(Fault::ResetMidBody) << true;
    QTest::newRow("dropped before the server") << int(Fault::DropBefore) << false;
}

void TestFaults::patchWithoutAnAnswer()
{
    QFETCH(int, fault);
    QFETCH(bool, serverChanged);
    const QJsonObject stage = test::await(m_server->client()->create(
        QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("patch"))}})).object();
    const QString pk = textOf(stage, "pk");
    const QString renamed = textOf(stage, "name") + QStringLiteral("-x");
    const qint64 id = m_store->saveEdit(QStringLiteral("stages/dummy"), pk, textOf(stage, "name"), stage,
                                        {{QStringLiteral("name"), renamed}});
    test::FaultProxy::Rule rule;
    rule.fault = Fault(fault);
    rule.method = "PATCH";
    m_proxy->addRule(rule);
    QSignalSpy finished(m_sync, &DraftSync::finished);
    m_sync->sync(id);
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_proxy->faulted(), 1);
    const QString onServer = textOf(test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).object(), "name");
    if (serverChanged) {
        // One change on the server, and the draft is gone because akdesk saw it there.
        QCOMPARE(onServer, renamed);
        QCOMPARE(m_store->count(), 0);
    } else {
        // Nothing on the server: the draft stays, saying why, and the next sync delivers it.
        QCOMPARE(onServer, textOf(stage, "name"));
        QCOMPARE(m_store->count(), 1);
        QVERIFY2(m_store->draft(id)->message.contains(QLatin1String("does not hold")), qPrintable(m_store->draft(id)->message));
        m_sync->sync(id);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_store->count(), 0);
        QCOMPARE(textOf(test::await(m_server->client()->get(QStringLiteral("/stages/dummy/%1/").arg(pk))).object(), "name"), renamed);
    }
}

void TestFaults::createWithoutAnAnswerIsNeverDuplicated_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("status");
    QTest::newRow("dropped after the server created it") << int(Fault::DropAfter) << 0;
    QTest::newRow("reset in the answer") << int(Fault::ResetMidBody) << 0;
    QTest::newRow("truncated answer") << int(Fault::Truncate) << 0;
    QTest::newRow("dropped before the server") << int(Fault::DropBefore) << 0;
    QTest::newRow("proxy says 502") << int(Fault::Status) << 502;
}

void TestFaults::createWithoutAnAnswerIsNeverDuplicated()
{
    QFETCH(int, fault);
    QFETCH(int, status);
    const QString name = test::SampleBodyBuilder::uniqueName(QStringLiteral("create"));
    m_store->queueCreate(QStringLiteral("stages/dummy"), name, {{QStringLiteral("name"), name}});
    test::FaultProxy::Rule rule;
    rule.fault = Fault(fault);
    rule.status = status;
    rule.method = "POST";
    m_proxy->addRule(rule);
    QSignalSpy finished(m_sync, &DraftSync::finished);
    m_sync->syncAll();
    QVERIFY(finished.wait(10000));
    // Sync again until the draft is gone (at most twice more): never a second record.
    for (int round = 0; round < 2 && m_store->count() > 0; ++round) {
        m_sync->syncAll();
        QVERIFY(finished.wait(10000));
    }
    QVERIFY2(m_store->count() == 0, qPrintable(m_store->count() ? m_store->drafts().first().message : QString()));
    QCOMPARE(test::stagesNamed(*m_server, name), 1);
}

void TestFaults::editorCreateWithoutAnAnswer()
{
    Workspace workspace(m_client.get(), SchemaRegistry::bundled());
    EditSession session(&workspace);
    session.startNew(*m_schema->resource(QStringLiteral("stages/dummy")));
    const QString name = test::SampleBodyBuilder::uniqueName(QStringLiteral("editor-create"));
    session.form()->setValue(QStringLiteral("name"), name);
    test::FaultProxy::Rule rule;
    rule.fault = Fault::DropAfter;
    rule.method = "POST";
    m_proxy->addRule(rule);
    QSignalSpy saved(&session, &EditSession::saved);
    session.save();
    QVERIFY(saved.wait(10000));
    QCOMPARE(saved.first().at(1).toBool(), true);
    QCOMPARE(textOf(session.form()->baseRecord(), "name"), name);
    QCOMPARE(test::stagesNamed(*m_server, name), 1);
}

void TestFaults::stalledServerTimesOutWithoutFreezing()
{
    test::FaultProxy::Rule rule;
    rule.fault = Fault::Delay;
    rule.delayMs = 4000;  // longer than the client's 1 s limit
    rule.times = 10;
    m_proxy->addRule(rule);
    m_client->setTimeout(1000);
    m_client->setConnectTimeout(1000);
    m_client->setRetries(0);
    // A timer stands for the UI: it must keep ticking while the request waits.
    QElapsedTimer gap;
    gap.start();
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        longest = qMax(longest, gap.restart());
    });
    tick.start();
    QElapsedTimer clock;
    clock.start();
    const ApiResult result = test::await(m_client->get(QStringLiteral("/stages/all/")));
    tick.stop();
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QVERIFY2(result.error.message().contains(QLatin1String("did not answer")), qPrintable(result.error.message()));
    QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY2(longest < 100, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(longest)));
    // And a running request can be cancelled at once.
    ApiReply *reply = m_client->get(QStringLiteral("/stages/all/"));
    QSignalSpy done(reply, &ApiReply::finished);
    m_client->cancelAll();
    QCOMPARE(done.count(), 1);
}

void TestFaults::postIsNotRepeatedAfterA502()
{
    // A proxy's 502 may come after the server acted: a POST is not sent again by the client.
    test::FaultProxy::Rule rule;
    rule.fault = Fault::Status;
    rule.status = 502;
    rule.method = "POST";
    m_proxy->addRule(rule);
    const ApiResult result = test::await(m_client->create(QStringLiteral("/stages/dummy/"),
                                                          {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("p"))}}));
    QCOMPARE(result.error.status, 502);
    QVERIFY(result.error.outcomeUnknown());
    QCOMPARE(m_proxy->forwarded(), 0);
    QCOMPARE(m_proxy->faulted(), 1);
}

void TestFaults::hugeAnswerFailsCleanly()
{
    // 250 stages are far more than this limit allows: the answer is cut off, not swallowed.
    m_client->setMaxResponseBytes(4096);
    m_client->setRetries(0);
    ListQuery query;
    query.pageSize = 250;
    const ApiResult result = test::await(m_client->list(QStringLiteral("/stages/all/"), query));
    QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
    QVERIFY2(result.error.message().contains(QLatin1String("larger than")), qPrintable(result.error.message()));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
