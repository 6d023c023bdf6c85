// A flow's bindings: new orders for a rearrangement (only the moved ones change), and a move
// saved to the sandbox and read back, with the model tester watching.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "models/items/bindingsmodel.h"
#include "tests/support/testserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
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

private:
    QString flowPk(test::TestServer &server, const char *slug);
    QStringList stageNames(const BindingsModel &model);
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
    // Four bindings changed their order: four PATCHes, whose answers the rows follow without a
    // re-read (plus the check above).
    if (server.sandbox())
        QCOMPARE(server.sandbox()->requestCount(QStringLiteral("/flows/bindings/")) - before, 4 + 1);
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

QTEST_GUILESS_MAIN(TestBindingsModel)
#include "tst_bindingsmodel.moc"
