// The policy bindings of a set of targets: one request for them all (target_in repeated, pages
// followed), rows grouped by target in run order, following the writer's changes without asking
// the server again; new orders without ties; a binding set tested as authentik's PolicyEngine
// decides, against a scripted server, with the model tester watching.

#include "models/api/apiclient.h"
#include "models/items/policybindingsmodel.h"
#include "models/operations/bindingsettest.h"
#include "models/operations/recordwriter.h"
#include "models/schema/schemaregistry.h"
#include "models/session/workspace.h"
#include "tests/support/scriptedserver.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace akdesk;
using test::ScriptedServer;
using Verdict = BindingSetTest::Verdict;
using OrderMap = QHash<QString, int>;

Q_DECLARE_METATYPE(QList<akdesk::BindingSetTest::Verdict>)

namespace {
QJsonObject policyBinding(const QString &pk, const QString &target, int order, const QString &policy = QStringLiteral("pol"))
{
    return {{QStringLiteral("pk"), pk}, {QStringLiteral("target"), target}, {QStringLiteral("order"), order},
            {QStringLiteral("policy"), policy}, {QStringLiteral("group"), QJsonValue()}, {QStringLiteral("user"), QJsonValue()},
            {QStringLiteral("policy_obj"), QJsonObject{{QStringLiteral("name"), QStringLiteral("policy-%1").arg(pk)}}},
            {QStringLiteral("enabled"), true}, {QStringLiteral("negate"), false}, {QStringLiteral("timeout"), 30},
            {QStringLiteral("failure_result"), false}};
}

QByteArray page(const QJsonArray &rows, int current, int next, int total, int count)
{
    const QJsonObject pagination{{QStringLiteral("next"), next}, {QStringLiteral("previous"), current - 1},
                                 {QStringLiteral("count"), count}, {QStringLiteral("current"), current},
                                 {QStringLiteral("total_pages"), total}, {QStringLiteral("start_index"), 1},
                                 {QStringLiteral("end_index"), int(rows.size())}};
    return ScriptedServer::json(QJsonDocument(QJsonObject{{QStringLiteral("pagination"), pagination},
                                                          {QStringLiteral("results"), rows},
                                                          {QStringLiteral("autocomplete"), QJsonObject()}})
                                    .toJson(QJsonDocument::Compact));
}

QUrlQuery queryOf(const QByteArray &path)
{
    return QUrlQuery(QUrl(QString::fromUtf8(path)).query());
}

void pointAt(ApiClient &client, const ScriptedServer &server)
{
    client.setServerUrl(server.url());
    client.setToken(QStringLiteral("policy-test-token"));
    client.setRetries(0);
}

QStringList pksOf(const PolicyBindingsModel &model)
{
    QStringList pks;
    for (int row = 0; row < model.rowCount(); ++row)
        pks.append(model.index(row, 0).data(PolicyBindingsModel::PkRole).toString());
    return pks;
}
} // namespace

class TestPolicyBindingsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetsGoRepeated();
    void reorder_data();
    void reorder();
    void combine_data();
    void combine();
    void oneRequestForEveryTargetPagesFollowed();
    void manyTargetsAreSplit();
    void followsTheWriter();
    void testsABindingSet();
};

void TestPolicyBindingsModel::targetsGoRepeated()
{
    // django-filter's ModelMultipleChoiceFilter reads QueryDict.getlist("target_in").
    const QUrlQuery query = PolicyBindingsModel::queryFor({QStringLiteral("a"), QStringLiteral("b")}, 2).toUrlQuery();
    QCOMPARE(query.allQueryItemValues(QStringLiteral("target_in")), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(query.queryItemValue(QStringLiteral("page_size")), QStringLiteral("100"));
    QCOMPARE(query.queryItemValue(QStringLiteral("page")), QStringLiteral("2"));
}

void TestPolicyBindingsModel::reorder_data()
{
    QTest::addColumn<QList<QJsonObject>>("rows");
    QTest::addColumn<QStringList>("arrangement");
    QTest::addColumn<OrderMap>("changed");
    const QString t = QStringLiteral("t");
    const QList<QJsonObject> two{policyBinding(QStringLiteral("a"), t, 0), policyBinding(QStringLiteral("b"), t, 10)};
    QTest::newRow("swap") << two << QStringList{QStringLiteral("b"), QStringLiteral("a")}
                          << OrderMap{{QStringLiteral("b"), 0}, {QStringLiteral("a"), 10}};
    // authentik's blueprints bind several policies at order 0: a move makes them distinct.
    const QList<QJsonObject> ties{policyBinding(QStringLiteral("a"), t, 0), policyBinding(QStringLiteral("b"), t, 0),
                                  policyBinding(QStringLiteral("c"), t, 0)};
    QTest::newRow("ties") << ties << QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}
                          << OrderMap{{QStringLiteral("c"), 1}, {QStringLiteral("b"), 2}};
    QTest::newRow("unchanged") << two << QStringList{QStringLiteral("a"), QStringLiteral("b")} << OrderMap{};
}

void TestPolicyBindingsModel::reorder()
{
    QFETCH(QList<QJsonObject>, rows);
    QFETCH(QStringList, arrangement);
    QFETCH(OrderMap, changed);
    const OrderMap orders = PolicyBindingsModel::reorder(rows, arrangement);
    QCOMPARE(orders, changed);
    // No two bindings share an order afterwards.
    QSet<int> seen;
    for (const QJsonObject &row : rows) {
        const int order = orders.value(row.value(QLatin1String("pk")).toString(), row.value(QLatin1String("order")).toInt());
        QVERIFY2(!seen.contains(order), qPrintable(QString::number(order)));
        seen.insert(order);
    }
}

void TestPolicyBindingsModel::combine_data()
{
    QTest::addColumn<QList<Verdict>>("verdicts");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("none passes") << QList<Verdict>{} << QStringLiteral("all") << Verdict::Pass;
    QTest::newRow("only disabled passes") << QList<Verdict>{Verdict::Skipped} << QStringLiteral("any") << Verdict::Pass;
    QTest::newRow("all: one fails") << QList<Verdict>{Verdict::Pass, Verdict::Fail} << QStringLiteral("all") << Verdict::Fail;
    QTest::newRow("any: one passes") << QList<Verdict>{Verdict::Pass, Verdict::Fail} << QStringLiteral("any") << Verdict::Pass;
    QTest::newRow("all: pass and unknown") << QList<Verdict>{Verdict::Pass, Verdict::Unknown} << QStringLiteral("all") << Verdict::Unknown;
    QTest::newRow("all: fail decides over unknown") << QList<Verdict>{Verdict::Unknown, Verdict::Fail} << QStringLiteral("all") << Verdict::Fail;
    QTest::newRow("any: fail and unknown") << QList<Verdict>{Verdict::Fail, Verdict::Unknown} << QStringLiteral("any") << Verdict::Unknown;
    QTest::newRow("any: pass decides over unknown") << QList<Verdict>{Verdict::Unknown, Verdict::Pass} << QStringLiteral("any") << Verdict::Pass;
    QTest::newRow("all: disabled failing is skipped") << QList<Verdict>{Verdict::Pass, Verdict::Skipped} << QStringLiteral("all") << Verdict::Pass;
}

void TestPolicyBindingsModel::combine()
{
    QFETCH(QList<Verdict>, verdicts);
    QFETCH(QString, mode);
    QFETCH(Verdict, expected);
    QCOMPARE(BindingSetTest::combine(verdicts, mode), expected);
}

void TestPolicyBindingsModel::oneRequestForEveryTargetPagesFollowed()
{
    // Three targets, four bindings over two pages, answered out of target order.
    const QString flow = QStringLiteral("flow-ptr");
    const QString stage1 = QStringLiteral("stage1-ptr");
    const QString stage2 = QStringLiteral("stage2-ptr");
    QStringList seenTargets;
    ScriptedServer server([&](const QByteArray &, const QByteArray &path) {
        const QUrlQuery query = queryOf(path);
        seenTargets = query.allQueryItemValues(QStringLiteral("target_in"));
        if (query.queryItemValue(QStringLiteral("page")) == QLatin1String("2"))
            return page({policyBinding(QStringLiteral("d"), flow, 5)}, 2, 0, 2, 4);
        return page({policyBinding(QStringLiteral("a"), stage2, 0), policyBinding(QStringLiteral("b"), stage1, 20),
                     policyBinding(QStringLiteral("c"), stage1, 10)}, 1, 2, 2, 4);
    });
    ApiClient client;
    pointAt(client, server);
    Workspace workspace(&client, SchemaRegistry::bundled());
    PolicyBindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PolicyBindingsModel::loaded);
    model.load({flow, stage1, stage2});
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(server.requestsFor("/api/v3/policies/bindings/"), 2);  // one request, its second page
    QCOMPARE(seenTargets, (QStringList{flow, stage1, stage2}));
    // By target as given, then in run order.
    QCOMPARE(pksOf(model), (QStringList{QStringLiteral("d"), QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(model.bindingsOf(stage1).size(), 2);
    QCOMPARE(model.nextOrder(stage1), 30);
    QCOMPARE(model.nextOrder(QStringLiteral("nobody")), 10);
    QCOMPARE(model.index(0, PolicyBindingsModel::BoundColumn).data().toString(), QStringLiteral("policy-d"));
}

void TestPolicyBindingsModel::manyTargetsAreSplit()
{
    // 150 stage bindings: two requests of at most 100 uuids each, so the request head stays small.
    QList<int> sizes;
    ScriptedServer server([&](const QByteArray &, const QByteArray &path) {
        sizes.append(int(queryOf(path).allQueryItemValues(QStringLiteral("target_in")).size()));
        return page({}, 1, 0, 1, 0);
    });
    ApiClient client;
    pointAt(client, server);
    QStringList targets;
    for (int i = 0; i < 150; ++i)
        targets.append(QStringLiteral("target-%1").arg(i));
    bool done = false;
    QObject context;
    PolicyBindingsModel::fetchAll(&client, targets, &context, [&done](const QList<QJsonObject> &, const ApiError &error) {
        QVERIFY(!error.isError());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(sizes, (QList<int>{100, 50}));
}

void TestPolicyBindingsModel::followsTheWriter()
{
    const QString flow = QStringLiteral("flow-ptr");
    const QString stage = QStringLiteral("stage-ptr");
    ScriptedServer server([&](const QByteArray &, const QByteArray &) {
        return page({policyBinding(QStringLiteral("a"), stage, 10), policyBinding(QStringLiteral("b"), stage, 20)}, 1, 0, 1, 2);
    });
    ApiClient client;
    pointAt(client, server);
    Workspace workspace(&client, SchemaRegistry::bundled());
    PolicyBindingsModel model(&workspace);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &PolicyBindingsModel::loaded);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.load({flow, stage});
    QTRY_COMPARE(loaded.size(), 1);
    const int requests = int(server.requests.size());
    const WriteTarget where{QStringLiteral("policies/bindings"), QStringLiteral("/policies/bindings/"), {}};
    auto announce = [&](RecordWriter::Method method, const QJsonObject &record) {
        WriteTarget target = where;
        target.id = record.value(QLatin1String("pk")).toString();
        workspace.writer()->announce(RecordWriter::changeOf(method, target, record, record));
    };
    // A group bound to the flow: inserted at its place, before the stage's rows.
    QJsonObject group = policyBinding(QStringLiteral("g"), flow, 0, {});
    group.insert(QStringLiteral("policy"), QJsonValue());
    group.insert(QStringLiteral("group"), QStringLiteral("admins"));
    group.insert(QStringLiteral("group_obj"), QJsonObject{{QStringLiteral("name"), QStringLiteral("authentik Admins")}});
    announce(RecordWriter::Method::Create, group);
    QCOMPARE(pksOf(model), (QStringList{QStringLiteral("g"), QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(model.index(0, PolicyBindingsModel::KindColumn).data().toString(), QStringLiteral("Group"));
    // Another target's binding is none of this model's business.
    announce(RecordWriter::Method::Create, policyBinding(QStringLiteral("x"), QStringLiteral("other"), 0));
    QCOMPARE(model.rowCount(), 3);
    // "a" moved after "b"; "b" negated.
    QJsonObject moved = policyBinding(QStringLiteral("a"), stage, 30);
    announce(RecordWriter::Method::Update, moved);
    QCOMPARE(pksOf(model), (QStringList{QStringLiteral("g"), QStringLiteral("b"), QStringLiteral("a")}));
    QJsonObject negated = policyBinding(QStringLiteral("b"), stage, 20);
    negated.insert(QStringLiteral("negate"), true);
    announce(RecordWriter::Method::Update, negated);
    QCOMPARE(model.index(1, PolicyBindingsModel::NegateColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    announce(RecordWriter::Method::Delete, group);
    QCOMPARE(pksOf(model), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    // The stage binding removed: its rows go, and nothing is read.
    model.setTargets({flow});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(int(server.requests.size()), requests);
    QCOMPARE(reset.size(), 1);  // only the load
}

void TestPolicyBindingsModel::testsABindingSet()
{
    // A dummy policy that passes, one the server cannot test (400), a group the user is in
    // (negated), a user binding for someone else, and a disabled policy.
    ScriptedServer server([](const QByteArray &method, const QByteArray &path) {
        if (path.startsWith("/api/v3/core/users/7/"))
            return ScriptedServer::json(R"({"pk": 7, "username": "akadmin", "groups": ["admins"]})");
        if (method == "POST" && path.startsWith("/api/v3/policies/all/dummy/test/"))
            return ScriptedServer::json(R"({"passing": true, "messages": ["dummy"], "log_messages": [{"log_level": "info", "event": "P_ENG(proc): finished", "logger": "authentik.policies.process"}]})");
        if (method == "POST" && path.startsWith("/api/v3/policies/all/expr/test/"))
            return ScriptedServer::json(R"({"non_field_errors": ["The sandbox does not run Python."]})", 400);
        return ScriptedServer::json(R"({"detail": "Not found."})", 404);
    });
    ApiClient client;
    pointAt(client, server);
    QJsonObject dummy = policyBinding(QStringLiteral("1"), QStringLiteral("t"), 10, QStringLiteral("dummy"));
    QJsonObject expr = policyBinding(QStringLiteral("2"), QStringLiteral("t"), 20, QStringLiteral("expr"));
    QJsonObject group = policyBinding(QStringLiteral("3"), QStringLiteral("t"), 30, {});
    group.insert(QStringLiteral("policy"), QJsonValue());
    group.insert(QStringLiteral("group"), QStringLiteral("admins"));
    group.insert(QStringLiteral("negate"), true);
    QJsonObject user = policyBinding(QStringLiteral("4"), QStringLiteral("t"), 40, {});
    user.insert(QStringLiteral("policy"), QJsonValue());
    user.insert(QStringLiteral("user"), 8);
    QJsonObject disabled = policyBinding(QStringLiteral("5"), QStringLiteral("t"), 5, QStringLiteral("expr"));
    disabled.insert(QStringLiteral("enabled"), false);

    BindingSetTest test(&client);
    QList<BindingSetTest::Outcome> outcomes;
    std::optional<Verdict> overall;
    connect(&test, &BindingSetTest::finished, this, [&](const QList<BindingSetTest::Outcome> &got, Verdict verdict) {
        outcomes = got;
        overall = verdict;
    });
    test.run({dummy, expr, group, user, disabled}, QStringLiteral("any"), QStringLiteral("7"));
    QTRY_VERIFY(overall.has_value());
    QCOMPARE(outcomes.size(), 5);
    // In run order: disabled (5), dummy (10), expr (20), group (30), user (40).
    QCOMPARE(outcomes.at(0).verdict, Verdict::Skipped);
    QCOMPARE(outcomes.at(1).verdict, Verdict::Pass);
    QCOMPARE(outcomes.at(1).messages, QStringList{QStringLiteral("dummy")});
    QVERIFY(outcomes.at(1).log.value(0).contains(QLatin1String("P_ENG(proc): finished")));
    QCOMPARE(outcomes.at(2).verdict, Verdict::Unknown);
    QVERIFY(outcomes.at(2).messages.join(QLatin1Char(' ')).contains(QLatin1String("does not run Python")));
    QCOMPARE(outcomes.at(3).verdict, Verdict::Fail);  // a member, negated
    QCOMPARE(outcomes.at(4).verdict, Verdict::Fail);  // someone else
    QCOMPARE(*overall, Verdict::Pass);                // "any": the dummy lets the user through
    QCOMPARE(server.requestsFor("/api/v3/policies/all/expr/"), 1);  // the disabled one is not asked

    // "all": the dummy passes and the untestable one could still deny: unknown.
    overall.reset();
    test.run({dummy, expr}, QStringLiteral("all"), QStringLiteral("7"));
    QTRY_VERIFY(overall.has_value());
    QCOMPARE(*overall, Verdict::Unknown);
    QCOMPARE(server.requestsFor("/api/v3/core/users/"), 1);  // no group binding: no user read
}

QTEST_GUILESS_MAIN(TestPolicyBindingsModel)
#include "tst_policybindingsmodel.moc"
