// A flow's bindings: new orders for a rearrangement (only the moved ones change), and a move
// saved to the sandbox and read back, with the model tester watching.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "models/items/bindingsmodel.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace akdesk;

using OrderMap = QHash<QString, int>;

namespace {
QJsonObject binding(const char *pk, int order)
{
    return {{QStringLiteral("pk"), QString::fromLatin1(pk)}, {QStringLiteral("order"), order}};
}
}

class TestBindingsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reorder_data();
    void reorder();
    void loadsInOrder();
    void moveLastToFirst();
    void failedMoveReturnsToServerTruth();
    void moveWhileWorkingOfflineSaysWhy();
    void refusedPartWayIsPutBackWithoutATie();
    void orderChangedMeanwhileIsAConflictWithoutATie();

private:
    QString flowPk(test::TestServer &server, const char *slug);
    QStringList stageNames(const BindingsModel &model);
    /// The flow's bindings on the server, in run order: "stage name=order".
    QStringList onServer(test::TestServer &server, const QString &flow);
};

void TestBindingsModel::reorder_data()
{
    QTest::addColumn<QList<QJsonObject>>("current");
    QTest::addColumn<QStringList>("arrangement");
    QTest::addColumn<OrderMap>("changed");
    const QList<QJsonObject> defaults{binding("a", 10), binding("b", 20), binding("c", 30), binding("d", 100)};
    QTest::newRow("unchanged") << defaults << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}
                               << OrderMap{};
    QTest::newRow("last to first") << defaults << QStringList{QStringLiteral("d"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
                                   << OrderMap{{QStringLiteral("d"), 10}, {QStringLiteral("a"), 20}, {QStringLiteral("b"), 30}, {QStringLiteral("c"), 100}};
    QTest::newRow("swap middle") << defaults << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("d")}
                                 << OrderMap{{QStringLiteral("c"), 20}, {QStringLiteral("b"), 30}};
    QTest::newRow("ties become distinct")
        << QList<QJsonObject>{binding("a", 0), binding("b", 0), binding("c", 0)}
        << QStringList{QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b")}
        << OrderMap{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
}

void TestBindingsModel::reorder()
{
    QFETCH(QList<QJsonObject>, current);
    QFETCH(QStringList, arrangement);
    QFETCH(OrderMap, changed);
    QCOMPARE(BindingsModel::reorder(current, arrangement), changed);
}

QString TestBindingsModel::flowPk(test::TestServer &server, const char *slug)
{
    return test::await(server.client()->get(QStringLiteral("/flows/instances/%1/").arg(QLatin1String(slug))))
        .object().value(QLatin1String("pk")).toString();
}

QStringList TestBindingsModel::stageNames(const BindingsModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names.append(model.index(row, BindingsModel::StageColumn).data().toString());
    return names;
}

void TestBindingsModel::loadsInOrder()
{
    test::TestServer server;
    Workspace workspace(server.client(), SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    model.load(flowPk(server, "default-authentication-flow"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(stageNames(model), (QStringList{QStringLiteral("default-authentication-identification"),
                                             QStringLiteral("default-authentication-password"),
                                             QStringLiteral("default-authentication-mfa-validation"),
                                             QStringLiteral("default-authentication-login")}));
    QCOMPARE(model.index(3, BindingsModel::OrderColumn).data().toInt(), 100);
    QCOMPARE(model.index(0, BindingsModel::KindColumn).data().toString(), QStringLiteral("Identification Stage"));
    QCOMPARE(model.nextOrder(), 110);  // the last order + 10, room for a stage in between later
    // The options in words, as the web admin says them; sorted by the value itself.
    const QModelIndex action = model.index(0, BindingsModel::InvalidResponseColumn);
    QCOMPARE(action.data().toString(), QStringLiteral("Retry"));
    QCOMPARE(action.data(Qt::ToolTipRole).toString(), QStringLiteral("Retry: show the error and ask again"));
    QCOMPARE(action.data(BindingsModel::SortRole).toString(), QStringLiteral("retry"));
    QCOMPARE(model.index(0, BindingsModel::PolicyModeColumn).data().toString(), QStringLiteral("Any policy must match"));
}

void TestBindingsModel::moveLastToFirst()
{
    test::TestServer server;
    Workspace workspace(server.client(), SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    const QString flow = flowPk(server, "default-authentication-flow");
    model.load(flow);
    QVERIFY(loaded.wait(10000));
    const int before = server.sandbox() ? server.sandbox()->requestCount(QStringLiteral("/flows/bindings/")) : 0;
    QSignalSpy reordered(&model, &BindingsModel::reordered);
    QVERIFY(model.moveBinding(3, 0));
    QCOMPARE(stageNames(model).first(), QStringLiteral("default-authentication-login"));  // shown at once
    QVERIFY(reordered.wait(10000));
    // The server holds the new order.
    ListQuery query;
    query.filter(QStringLiteral("target"), flow);
    query.ordering = QStringLiteral("order");
    QStringList onServer;
    for (const QJsonValue &row : test::await(server.client()->list(QStringLiteral("/flows/bindings/"), query)).results())
        onServer.append(row.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
    QCOMPARE(onServer, stageNames(model));
    QCOMPARE(onServer.first(), QStringLiteral("default-authentication-login"));
    // The flow's orders read once (the move is merged as a whole), then four bindings changed
    // their order: four PATCHes, whose answers the rows follow without a re-read (plus the check
    // above).
    if (server.sandbox())
        QCOMPARE(server.sandbox()->requestCount(QStringLiteral("/flows/bindings/")) - before, 1 + 4 + 1);
}

void TestBindingsModel::failedMoveReturnsToServerTruth()
{
    test::TestServer server;
    Workspace workspace(server.client(), SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    model.load(flowPk(server, "default-authentication-flow"));
    QVERIFY(loaded.wait(10000));
    const QStringList truth = stageNames(model);
    server.client()->setToken(QStringLiteral("revoked"));  // every PATCH is refused
    QSignalSpy failed(&model, &BindingsModel::failed);
    QVERIFY(model.moveBinding(0, 2));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).value<ApiError>().status, 403);
    server.client()->setToken(server.token());
    model.reload();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(stageNames(model), truth);
}

void TestBindingsModel::moveWhileWorkingOfflineSaysWhy()
{
    test::TestServer server;
    Workspace workspace(server.client(), SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    model.load(flowPk(server, "default-authentication-flow"));
    QVERIFY(loaded.wait(10000));
    server.client()->setWorkOffline(true);
    QSignalSpy queued(&model, &BindingsModel::queued);
    QVERIFY(model.moveBinding(3, 0));
    QVERIFY(queued.count() > 0 || queued.wait(10000));
    const QString message = queued.first().first().toString();
    QVERIFY2(!message.contains(QLatin1String("cannot be reached")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("working offline")) && message.contains(QLatin1String("go online")),
             qPrintable(message));
    server.client()->setWorkOffline(false);
}

QStringList TestBindingsModel::onServer(test::TestServer &server, const QString &flow)
{
    ListQuery query;
    query.filter(QStringLiteral("target"), flow);
    query.ordering = QStringLiteral("order");
    QStringList out;
    for (const QJsonValue &row : test::await(server.client()->list(QStringLiteral("/flows/bindings/"), query)).results()) {
        out.append(QStringLiteral("%1=%2").arg(row.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString())
                       .arg(row.toObject().value(QLatin1String("order")).toInt()));
    }
    return out;
}

namespace {
/// True when two bindings of `rows` ("name=order") share an order.
bool hasTie(const QStringList &rows)
{
    QSet<QString> orders;
    for (const QString &row : rows)
        orders.insert(row.section(QLatin1Char('='), -1));
    return orders.size() != rows.size();
}
} // namespace

void TestBindingsModel::refusedPartWayIsPutBackWithoutATie()
{
    test::TestServer server;
    QVERIFY(server.isSandbox());  // the proxy sits in front of the sandbox
    test::FaultProxy proxy(QHostAddress::LocalHost, server.url().port());
    const std::unique_ptr<ApiClient> client = test::clientThrough(server, proxy.port());
    Workspace workspace(client.get(), SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    const QString flow = flowPk(server, "default-authentication-flow");
    model.load(flow);
    QVERIFY(loaded.wait(10000));
    const QStringList truth = onServer(server, flow);
    // The second of the move's two PATCHes answers 500.
    test::FaultProxy::Rule broken;
    broken.fault = test::FaultProxy::Fault::Status;
    broken.status = 500;
    broken.method = "PATCH";
    broken.skip = 1;
    proxy.addRule(broken);
    QSignalSpy failed(&model, &BindingsModel::failed);
    QVERIFY(model.moveBinding(1, 2));
    QVERIFY(failed.wait(10000));
    QCOMPARE(proxy.faulted(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("back as it was")), qPrintable(failed.first().at(1).toString()));
    // As before, never tied: the PATCH that went in was put back.
    const QStringList now = onServer(server, flow);
    QVERIFY2(!hasTie(now), qPrintable(now.join(QLatin1String(", "))));
    QCOMPARE(now, truth);
    QCOMPARE(proxy.requests("PATCH", QStringLiteral("/flows/bindings/")), 2 + 1);  // the move's two, one put back
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);  // shows the server's order again
}

void TestBindingsModel::orderChangedMeanwhileIsAConflictWithoutATie()
{
    test::TestServer server;
    Workspace workspace(server.client(), SchemaRegistry::bundled());
    BindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BindingsModel::loaded);
    const QString flow = flowPk(server, "default-authentication-flow");
    model.load(flow);
    QVERIFY(loaded.wait(10000));
    // Another administrator puts the MFA stage before the password stage (20 and 30 swapped).
    const QString password = model.index(1, 0).data(BindingsModel::PkRole).toString();
    const QString mfa = model.index(2, 0).data(BindingsModel::PkRole).toString();
    QVERIFY(test::await(server.client()->update(QStringLiteral("/flows/bindings/%1/").arg(password), {{QStringLiteral("order"), 30}})).ok());
    QVERIFY(test::await(server.client()->update(QStringLiteral("/flows/bindings/%1/").arg(mfa), {{QStringLiteral("order"), 20}})).ok());
    const QStringList theirs = onServer(server, flow);
    // Here the move of the first binding below the second, made on the old order, would put
    // the identification stage at 20 beside the MFA stage.
    QSignalSpy failed(&model, &BindingsModel::failed);
    QSignalSpy reordered(&model, &BindingsModel::reordered);
    QVERIFY(model.moveBinding(0, 1));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("nothing was sent")), qPrintable(failed.first().at(1).toString()));
    QCOMPARE(reordered.count(), 0);
    const QStringList now = onServer(server, flow);
    QVERIFY2(!hasTie(now), qPrintable(now.join(QLatin1String(", "))));
    QCOMPARE(now, theirs);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
    QCOMPARE(model.index(1, 0).data(BindingsModel::PkRole).toString(), mfa);  // the server's order shown
}

QTEST_GUILESS_MAIN(TestBindingsModel)
#include "tst_bindingsmodel.moc"
