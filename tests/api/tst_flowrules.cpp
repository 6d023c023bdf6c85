// Flows and bindings over raw HTTP, as authentik/flows/models.py, api/flows.py and
// api/bindings.py have them: slugs (Django's validate_slug, unique, no length cap in 2026), a
// flow's and a binding's pk apart from their PolicyBindingModel's, the flow cache routes, the
// bindings' evaluation switches and (target, stage, order) uniqueness. Runs against the sandbox,
// or a real server given AKDESK_TEST_URL/AKDESK_TEST_TOKEN; it makes its own flow.

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

class TestFlowRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void longSlugs();
    void primaryKeysApart();
    void cacheRoutes_data();
    void cacheRoutes();
    void evaluationSwitches_data();
    void evaluationSwitches();
    void uniqueBindings();

private:
    QString stage(const char *name);

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
    QString m_flow;  ///< pk of the flow made here
    QStringList m_stages;
};

void TestFlowRules::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
    const RawAnswer flow = m_api->post(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("akdesk flow rules")},
                                                                            {QStringLiteral("slug"), QStringLiteral("akdesk-flow-rules")},
                                                                            {QStringLiteral("title"), QStringLiteral("Rules")},
                                                                            {QStringLiteral("designation"), QStringLiteral("authentication")}});
    QCOMPARE(flow.status, 201);
    m_flow = flow.object().value(QLatin1String("pk")).toString();
}

void TestFlowRules::cleanupTestCase()
{
    m_api->remove(QStringLiteral("/flows/instances/akdesk-flow-rules/"));
    for (const QString &pk : std::as_const(m_stages))
        m_api->remove(QStringLiteral("/stages/dummy/%1/").arg(pk));
}

QString TestFlowRules::stage(const char *name)
{
    const RawAnswer created = m_api->post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QLatin1String(name)}});
    if (created.status != 201)
        qFatal("could not create %s", name);
    m_stages.append(created.object().value(QLatin1String("pk")).toString());
    return m_stages.last();
}

void TestFlowRules::longSlugs()
{
    const QString slug = QStringLiteral("akdesk-a-slug-longer-than-the-fifty-characters-of-older-servers");
    QVERIFY(slug.size() > 50);
    const RawAnswer created = m_api->post(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("long")},
                                                                               {QStringLiteral("slug"), slug},
                                                                               {QStringLiteral("title"), QStringLiteral("long")},
                                                                               {QStringLiteral("designation"), QStringLiteral("recovery")}});
    QCOMPARE(created.status, 201);
    QCOMPARE(m_api->get(QStringLiteral("/flows/instances/%1/").arg(slug)).object().value(QLatin1String("slug")).toString(), slug);
    QCOMPARE(m_api->remove(QStringLiteral("/flows/instances/%1/").arg(slug)).status, 204);
}

void TestFlowRules::primaryKeysApart()
{
    const QJsonObject flow = m_api->get(QStringLiteral("/flows/instances/akdesk-flow-rules/")).object();
    QCOMPARE(flow.value(QLatin1String("pk")).toString(), m_flow);
    QVERIFY(!flow.value(QLatin1String("policybindingmodel_ptr_id")).toString().isEmpty());
    QVERIFY(flow.value(QLatin1String("policybindingmodel_ptr_id")).toString() != m_flow);
    const RawAnswer binding = m_api->post(QStringLiteral("/flows/bindings/"),
                                          {{QStringLiteral("target"), m_flow}, {QStringLiteral("stage"), stage("akdesk-flow-rules-pk")}, {QStringLiteral("order"), 5}});
    QCOMPARE(binding.status, 201);
    const QString pk = binding.object().value(QLatin1String("pk")).toString();
    const QString pbm = binding.object().value(QLatin1String("policybindingmodel_ptr_id")).toString();
    QVERIFY(!pbm.isEmpty() && pbm != pk);
    // fsb_uuid filters by the binding's own key, pbm_uuid by its PolicyBindingModel's.
    QCOMPARE(m_api->get(QStringLiteral("/flows/bindings/?fsb_uuid=%1").arg(pk)).results().size(), 1);
    QCOMPARE(m_api->get(QStringLiteral("/flows/bindings/?pbm_uuid=%1").arg(pbm)).results().size(), 1);
    QCOMPARE(m_api->get(QStringLiteral("/flows/bindings/?pbm_uuid=%1").arg(pk)).results().size(), 0);
    // stage_obj is the whole Stage serializer.
    const QJsonObject stageObj = binding.object().value(QLatin1String("stage_obj")).toObject();
    QCOMPARE(stageObj.keys(), (QStringList{QStringLiteral("component"), QStringLiteral("flow_set"), QStringLiteral("meta_model_name"),
                                           QStringLiteral("name"), QStringLiteral("pk"), QStringLiteral("verbose_name"),
                                           QStringLiteral("verbose_name_plural")}));
    QCOMPARE(stageObj.value(QLatin1String("flow_set")).toArray().first().toObject().value(QLatin1String("slug")).toString(),
             QStringLiteral("akdesk-flow-rules"));
    QCOMPARE(m_api->remove(QStringLiteral("/flows/bindings/%1/").arg(pk)).status, 204);
}

void TestFlowRules::cacheRoutes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("cache info") << QByteArray("GET") << QStringLiteral("/flows/instances/cache_info/") << 200;
    QTest::newRow("cache clear") << QByteArray("POST") << QStringLiteral("/flows/instances/cache_clear/") << 204;
    QTest::newRow("cache clear is a POST") << QByteArray("GET") << QStringLiteral("/flows/instances/cache_clear/") << 405;
}

void TestFlowRules::cacheRoutes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const RawAnswer answer = m_api->call(method, path);
    QCOMPARE(answer.status, status);
    if (status == 200)
        QVERIFY(answer.object().value(QLatin1String("count")).isDouble());
}

void TestFlowRules::evaluationSwitches_data()
{
    // FlowStageBindingSerializer.validate on the attributes sent: evaluate_on_plan counts as off,
    // re_evaluate_policies as on when not sent.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("both off") << QByteArray(R"({"evaluate_on_plan": false, "re_evaluate_policies": false})") << 400;
    QTest::newRow("run off, plan not sent") << QByteArray(R"({"re_evaluate_policies": false})") << 400;
    QTest::newRow("plan on, run off") << QByteArray(R"({"evaluate_on_plan": true, "re_evaluate_policies": false})") << 200;
    QTest::newRow("plan off, run not sent") << QByteArray(R"({"evaluate_on_plan": false})") << 200;
}

void TestFlowRules::evaluationSwitches()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const RawAnswer binding = m_api->post(QStringLiteral("/flows/bindings/"),
                                          {{QStringLiteral("target"), m_flow}, {QStringLiteral("stage"), stage(QTest::currentDataTag())}, {QStringLiteral("order"), 1}});
    QCOMPARE(binding.status, 201);
    const QString path = QStringLiteral("/flows/bindings/%1/").arg(binding.object().value(QLatin1String("pk")).toString());
    const RawAnswer patched = m_api->call("PATCH", path, body);
    QCOMPARE(patched.status, status);
    if (status == 400)
        QCOMPARE(patched.object(), (QJsonObject{{QStringLiteral("non_field_errors"),
                                                 QJsonArray{QStringLiteral("Either evaluation on plan or evaluation on run must be enabled")}}}));
    QCOMPARE(m_api->remove(path).status, 204);
}

void TestFlowRules::uniqueBindings()
{
    const QString first = stage("akdesk-flow-rules-unique-a");
    const QString second = stage("akdesk-flow-rules-unique-b");
    const auto bind = [this](const QString &stagePk, int order) {
        return m_api->post(QStringLiteral("/flows/bindings/"), {{QStringLiteral("target"), m_flow}, {QStringLiteral("stage"), stagePk}, {QStringLiteral("order"), order}});
    };
    const RawAnswer a = bind(first, 30);
    QCOMPARE(a.status, 201);
    // Two stages may share an order...
    const RawAnswer b = bind(second, 30);
    QCOMPARE(b.status, 201);
    // ...the same stage at the same order twice may not (Meta.unique_together).
    const RawAnswer again = bind(first, 30);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object(), (QJsonObject{{QStringLiteral("non_field_errors"),
                                           QJsonArray{QStringLiteral("The fields target, stage, order must make a unique set.")}}}));
    QCOMPARE(bind(first, 31).status, 201);
}

QTEST_GUILESS_MAIN(TestFlowRules)
#include "tst_flowrules.moc"
