// A reorder of a flow's stage bindings is one change to the flow's order (issue 17): merged as a
// whole against the server's current orders, online and after working offline; a part-way refusal
// is rolled back, a part-way loss retried to the intended order; the flow never ends with a tie it
// did not have. Against the sandbox, with a proxy that loses and refuses requests and an "other
// administrator" who writes to the sandbox directly.

#include "models/api/apiclient.h"
#include "models/drafts/draftsync.h"
#include "models/operations/recordwriter.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "models/storage/localstore.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;

using Fault = test::FaultProxy::Fault;
using Outcome = RecordWriter::ReorderResult::Outcome;

namespace {
using akdesk::records::textOf;
}

class TestReorders final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlineMoveAfterAnotherAdminMovedAThirdSendsNothing();
    void oneOfTwoPatchesRefusedIsRolledBack();
    void offlineReorderIsOneDraftAndSyncsWhole();
    void offlineReorderAfterAnotherAdminMovedAThirdIsOneConflict();
    void secondOfflineMoveJoinsTheFirst();
    void unansweredPatchIsRetriedToTheIntendedOrder();
    void draftWithATieIsNeverSent();

private:
    /// A new flow with three dummy stages bound at 10, 20, 30; returns the bindings (A, B, C).
    QList<QJsonObject> makeFlow(const QString &slug);
    /// The flow's bindings as the server holds them, by pk: their orders.
    QHash<QString, int> serverOrders();
    static QHash<QString, QJsonObject> byPk(const QList<QJsonObject> &rows);
    /// As another administrator would: straight to the sandbox, past the proxy.
    void moveDirectly(const QString &pk, int order);
    RecordWriter::ReorderResult reorder(const QHash<QString, int> &orders, const QList<QJsonObject> &before);
    /// True when no two bindings of the flow share an order.
    bool noTie();
    void syncAll(Workspace &workspace);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<RecordWriter> m_writer;
    QString m_flowPk;
    int m_flows = 0;
};

void TestReorders::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());  // the proxy sits in front of the sandbox
}

void TestReorders::init()
{
    m_proxy = std::make_unique<test::FaultProxy>(QHostAddress::LocalHost, m_server->url().port());
    m_client = test::clientThrough(*m_server, m_proxy->port());
    m_store = std::make_unique<LocalStore>();
    QVERIFY(m_store->open(QStringLiteral(":memory:")));
    m_writer = std::make_unique<RecordWriter>(m_client.get(), m_store.get());
}

void TestReorders::cleanup()
{
    m_writer.reset();
    m_store.reset();
    m_client.reset();
    m_proxy.reset();
}

QList<QJsonObject> TestReorders::makeFlow(const QString &slug)
{
    ApiClient *direct = m_server->client();
    const QJsonObject flow = test::await(direct->create(
        QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), slug}, {QStringLiteral("slug"), slug},
                                              {QStringLiteral("title"), slug}, {QStringLiteral("designation"), QStringLiteral("authentication")}})).object();
    m_flowPk = textOf(flow, "pk");
    QList<QJsonObject> bindings;
    for (int i = 0; i < 3; ++i) {
        const QString name = QStringLiteral("%1-%2").arg(slug).arg(QChar(u'a' + i));
        const QJsonObject stage = test::await(direct->create(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), name}})).object();
        bindings.append(test::await(direct->create(QStringLiteral("/flows/bindings/"),
                                                   {{QStringLiteral("target"), m_flowPk}, {QStringLiteral("stage"), textOf(stage, "pk")},
                                                    {QStringLiteral("order"), 10 * (i + 1)}})).object());
    }
    return bindings;
}

QHash<QString, int> TestReorders::serverOrders()
{
    ListQuery query;
    query.pageSize = 100;
    query.filter(QStringLiteral("target"), m_flowPk);
    QHash<QString, int> out;
    for (const QJsonValue &row : test::await(m_server->client()->list(QStringLiteral("/flows/bindings/"), query)).results())
        out.insert(textOf(row.toObject(), "pk"), row.toObject().value(QLatin1String("order")).toInt());
    return out;
}

QHash<QString, QJsonObject> TestReorders::byPk(const QList<QJsonObject> &rows)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonObject &row : rows)
        out.insert(textOf(row, "pk"), row);
    return out;
}

void TestReorders::moveDirectly(const QString &pk, int order)
{
    QVERIFY(test::await(m_server->client()->update(QStringLiteral("/flows/bindings/%1/").arg(pk), {{QStringLiteral("order"), order}})).ok());
}

RecordWriter::ReorderResult TestReorders::reorder(const QHash<QString, int> &orders, const QList<QJsonObject> &before)
{
    RecordWriter::ReorderResult out;
    bool done = false;
    m_writer->setOrders(orders, byPk(before), QStringLiteral("the flow"), this, [&](const RecordWriter::ReorderResult &result) {
        out = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15000))
        qWarning("the reorder did not finish");
    return out;
}

bool TestReorders::noTie()
{
    const QList<int> orders = serverOrders().values();
    return QSet<int>(orders.cbegin(), orders.cend()).size() == orders.size();
}

void TestReorders::syncAll(Workspace &workspace)
{
    QSignalSpy finished(workspace.sync(), &DraftSync::finished);
    workspace.sync()->syncAll();
    QVERIFY(!finished.isEmpty() || finished.wait(15000));
}

void TestReorders::onlineMoveAfterAnotherAdminMovedAThirdSendsNothing()
{
    const QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-online-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk"), c = textOf(rows.at(2), "pk");
    // akdesk shows A 10, B 20, C 30; meanwhile another administrator puts C at 20, beside B.
    moveDirectly(c, 15);
    // The user swaps A and B: the server's order changed since, so nothing is sent.
    const RecordWriter::ReorderResult result = reorder({{a, 20}, {b, 10}}, rows);
    QCOMPARE(result.outcome, Outcome::Conflict);
    QCOMPARE(result.serverOrders.value(c), 15);
    QCOMPARE(m_proxy->requests("PATCH", QStringLiteral("/flows/bindings/")), 0);
    QCOMPARE(m_proxy->requests("GET", QStringLiteral("/flows/bindings/")), 1);
    const QHash<QString, int> now = serverOrders();
    QCOMPARE(now.value(a), 10);
    QCOMPARE(now.value(b), 20);
    QVERIFY(noTie());
    QCOMPARE(m_store->count(), 0);
}

void TestReorders::oneOfTwoPatchesRefusedIsRolledBack()
{
    const QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-refused-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk");
    // The first PATCH goes through, the second is answered 500.
    test::FaultProxy::Rule refuse;
    refuse.fault = Fault::Status;
    refuse.status = 500;
    refuse.method = "PATCH";
    refuse.skip = 1;
    m_proxy->addRule(refuse);
    const RecordWriter::ReorderResult result = reorder({{a, 20}, {b, 10}}, rows);
    QCOMPARE(result.outcome, Outcome::RolledBack);
    QCOMPARE(result.error.status, 500);
    // Two PATCHes and the one that put the first back.
    QCOMPARE(m_proxy->requests("PATCH", QStringLiteral("/flows/bindings/")), 3);
    const QHash<QString, int> now = serverOrders();
    QCOMPARE(now.value(a), 10);
    QCOMPARE(now.value(b), 20);
    QVERIFY(noTie());
    QCOMPARE(m_store->count(), 0);
}

void TestReorders::offlineReorderIsOneDraftAndSyncsWhole()
{
    const QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-offline-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk"), c = textOf(rows.at(2), "pk");
    m_client->setWorkOffline(true);
    // C to the top: all three move.
    const RecordWriter::ReorderResult result = reorder({{c, 10}, {a, 20}, {b, 30}}, rows);
    QCOMPARE(result.outcome, Outcome::Queued);
    QCOMPARE(result.kept, 1);
    QCOMPARE(m_store->count(), 1);  // one change to the flow's order, not one draft a binding
    const Draft draft = m_store->drafts().first();
    QCOMPARE(draft.operation, Draft::Operation::Reorder);
    QCOMPARE(draft.recordId, m_flowPk);
    QCOMPARE(draft.changes.value(QLatin1String("bindings")).toArray().first()[QLatin1String("pk")].toString(), c);
    QCOMPARE(m_proxy->requestLines().size(), 0);

    m_client->setWorkOffline(false);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    syncAll(workspace);
    QCOMPARE(m_store->count(), 0);
    const QHash<QString, int> now = serverOrders();
    QCOMPARE(now.value(c), 10);
    QCOMPARE(now.value(a), 20);
    QCOMPARE(now.value(b), 30);
    // One GET of the flow's orders, one PATCH a binding that moves.
    QCOMPARE(m_proxy->requests("GET", QStringLiteral("/flows/bindings/")), 1);
    QCOMPARE(m_proxy->requests("PATCH", QStringLiteral("/flows/bindings/")), 3);
}

void TestReorders::offlineReorderAfterAnotherAdminMovedAThirdIsOneConflict()
{
    const QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-conflict-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk"), c = textOf(rows.at(2), "pk");
    m_client->setWorkOffline(true);
    QCOMPARE(reorder({{a, 20}, {b, 10}}, rows).outcome, Outcome::Queued);
    // While akdesk is offline another administrator makes their own order: C before B.
    moveDirectly(c, 20);
    moveDirectly(b, 25);
    m_client->setWorkOffline(false);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    QSignalSpy kept(workspace.sync(), &DraftSync::draftKept);
    syncAll(workspace);
    // Merged binding by binding, A would go to 20 beside C (B, changed on both sides, in conflict).
    // As a whole, it is one conflict, and nothing is sent.
    QCOMPARE(m_proxy->requests("PATCH", QStringLiteral("/flows/bindings/")), 0);
    QVERIFY(noTie());
    QCOMPARE(serverOrders().value(a), 10);
    QCOMPARE(m_store->count(), 1);
    const Draft draft = m_store->drafts().first();
    QCOMPARE(draft.status, Draft::Status::Conflict);
    QCOMPARE(kept.count(), 1);
    const QString message = kept.first().at(2).toString();
    // The user is told which stage the server moved, from where to where.
    QVERIFY2(message.contains(QStringLiteral("-c” is at order 20 on the server (30 when you began)"))
                 && message.contains(QStringLiteral("-b” is at order 25 on the server (20 when you began)")),
             qPrintable(message));

    // Resolve: the draft's order goes over the server's, C back where the user last saw it.
    workspace.sync()->resolve(draft.id, {});
    QTRY_COMPARE_WITH_TIMEOUT(m_store->count(), 0, 10000);
    const QHash<QString, int> now = serverOrders();
    QCOMPARE(now.value(b), 10);
    QCOMPARE(now.value(a), 20);
    QCOMPARE(now.value(c), 30);
    QVERIFY(noTie());
}

void TestReorders::secondOfflineMoveJoinsTheFirst()
{
    QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-twice-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk"), c = textOf(rows.at(2), "pk");
    m_client->setWorkOffline(true);
    QCOMPARE(reorder({{a, 20}, {b, 10}}, rows).outcome, Outcome::Queued);
    // On screen now: B 10, A 20, C 30. Then C and A swap.
    rows[0].insert(QStringLiteral("order"), 20);
    rows[1].insert(QStringLiteral("order"), 10);
    QCOMPARE(reorder({{c, 20}, {a, 30}}, rows).outcome, Outcome::Queued);
    QCOMPARE(m_store->count(), 1);
    m_client->setWorkOffline(false);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    syncAll(workspace);
    QCOMPARE(m_store->count(), 0);
    const QHash<QString, int> now = serverOrders();
    QCOMPARE(now.value(b), 10);
    QCOMPARE(now.value(c), 20);
    QCOMPARE(now.value(a), 30);
}

void TestReorders::unansweredPatchIsRetriedToTheIntendedOrder()
{
    const QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-lost-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk");
    // The server applies one of the two PATCHes, but its answer is lost; the other goes through.
    test::FaultProxy::Rule lost;
    lost.fault = Fault::DropAfter;
    lost.method = "PATCH";
    m_proxy->addRule(lost);
    const RecordWriter::ReorderResult result = reorder({{a, 20}, {b, 10}}, rows);
    QCOMPARE(result.outcome, Outcome::Queued);
    QCOMPARE(m_store->count(), 1);
    QCOMPARE(m_store->drafts().first().operation, Draft::Operation::Reorder);
    // Both PATCHes reached the server: the flow holds the intended order already, and no tie.
    QVERIFY(noTie());
    // The next sync finds every binding at its base or intended order and finishes the job.
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    syncAll(workspace);
    QCOMPARE(m_store->count(), 0);
    const QHash<QString, int> now = serverOrders();
    QCOMPARE(now.value(a), 20);
    QCOMPARE(now.value(b), 10);
    QCOMPARE(m_proxy->requests("PATCH", QStringLiteral("/flows/bindings/")), 2);  // nothing left to send
}

void TestReorders::draftWithATieIsNeverSent()
{
    const QList<QJsonObject> rows = makeFlow(QStringLiteral("akdesk-reorder-tie-%1").arg(++m_flows));
    const QString a = textOf(rows.at(0), "pk"), b = textOf(rows.at(1), "pk");
    // A draft that would put A beside B (from an older akdesk, or edited by hand).
    QVERIFY(m_store->saveReorder(m_flowPk, QStringLiteral("the flow"), rows, {{a, 20}}) > 0);
    Workspace workspace(m_client.get(), m_schema, m_store.get());
    QSignalSpy kept(workspace.sync(), &DraftSync::draftKept);
    syncAll(workspace);
    QCOMPARE(m_proxy->requests("PATCH", QStringLiteral("/flows/bindings/")), 0);
    QCOMPARE(kept.count(), 1);
    QCOMPARE(m_store->drafts().first().status, Draft::Status::Rejected);
    QVERIFY2(kept.first().at(2).toString().contains(QLatin1String("order 20")), qPrintable(kept.first().at(2).toString()));
    QCOMPARE(serverOrders().value(a), 10);
    QCOMPARE(serverOrders().value(b), 20);
}

QTEST_MAIN(TestReorders)
#include "tst_reorders.moc"
