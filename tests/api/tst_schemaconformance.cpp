// Every route akdesk reads answers in the shape the bundled 2026.8.3 schema gives it: RawApi checks
// each answer with SchemaCheck (tests/support/schemacheck.cpp) and fails the test on anything the
// schema forbids; this test walks the routes so that each is checked at least once. Runs against
// the sandbox, or a real server given AKDESK_TEST_URL/AKDESK_TEST_TOKEN.

#include "models/schema/schemaregistry.h"
#include "tests/support/rawapi.h"
#include "tests/support/schemacheck.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

class TestSchemaConformance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkerCatchesWrongShapes_data();
    void checkerCatchesWrongShapes();
    void answersFindTheirOperation_data();
    void answersFindTheirOperation();
    void stageKinds_data();
    void stageKinds();
    void flowsAndBindings();
    void everythingElse_data();
    void everythingElse();
    void policiesAndWhoMayPass();

private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
};

void TestSchemaConformance::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
}

void TestSchemaConformance::checkerCatchesWrongShapes_data()
{
    // The checker itself: what the schema forbids is reported, what it allows is not.
    QTest::addColumn<QString>("component");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("conforms");
    const QByteArray stage = R"({"pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "n", "component": "c", "verbose_name": "v",
                                 "verbose_name_plural": "v", "meta_model_name": "m", "flow_set": []})";
    QTest::newRow("a stage") << QStringLiteral("Stage") << stage << true;
    QTest::newRow("a stage without flow_set") << QStringLiteral("Stage") << QByteArray(R"({"pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "name": "n", "component": "c", "verbose_name": "v", "verbose_name_plural": "v", "meta_model_name": "m"})") << false;
    QTest::newRow("a pk that is no uuid") << QStringLiteral("Stage") << QByteArray(stage).replace("3fa85f64-5717-4562-b3fc-2c963f66afa6", "12") << false;
    QTest::newRow("a list without autocomplete") << QStringLiteral("PaginatedStageList")
        << QByteArray(R"({"pagination": {"next": 0, "previous": 0, "count": 0, "current": 1, "total_pages": 1, "start_index": 0, "end_index": 0},
                          "results": []})") << false;
    QTest::newRow("an empty binding stage_obj") << QStringLiteral("FlowStageBinding")
        << QByteArray(R"({"pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "policybindingmodel_ptr_id": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                          "target": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "stage": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
                          "stage_obj": {}, "order": 1, "invalid_response_action": "retry"})") << false;
    QTest::newRow("a choice that is none") << QStringLiteral("UsedBy")
        << QByteArray(R"({"app": "a", "model_name": "m", "pk": "p", "name": "n", "action": "explode"})") << false;
}

void TestSchemaConformance::checkerCatchesWrongShapes()
{
    QFETCH(QString, component);
    QFETCH(QByteArray, value);
    QFETCH(bool, conforms);
    const QStringList wrong = test::SchemaCheck::bundled().violationsOf(component, QJsonDocument::fromJson(value).object());
    QVERIFY2(wrong.isEmpty() == conforms, qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestSchemaConformance::answersFindTheirOperation_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("conforms");
    const QByteArray noAutocomplete = R"({"pagination": {"next": 0, "previous": 0, "count": 0, "current": 1, "total_pages": 1,
                                          "start_index": 0, "end_index": 0}, "results": []})";
    QTest::newRow("a list without autocomplete") << QByteArray("GET") << QStringLiteral("/stages/dummy/?page=1") << 200 << noAutocomplete << false;
    QTest::newRow("a detail that is a list") << QByteArray("GET") << QStringLiteral("/stages/dummy/3fa85f64-5717-4562-b3fc-2c963f66afa6/") << 200
                                             << noAutocomplete << false;
    QTest::newRow("a 403 without detail") << QByteArray("GET") << QStringLiteral("/flows/instances/") << 403 << QByteArray("{}") << false;
    QTest::newRow("a 403 with detail") << QByteArray("GET") << QStringLiteral("/flows/instances/") << 403
                                       << QByteArray(R"({"detail": "Token invalid/expired"})") << true;
    QTest::newRow("types are a list") << QByteArray("GET") << QStringLiteral("/stages/all/types/") << 200 << QByteArray("{}") << false;
    QTest::newRow("a status not declared is not judged") << QByteArray("GET") << QStringLiteral("/flows/instances/") << 404 << QByteArray("{}") << true;
}

void TestSchemaConformance::answersFindTheirOperation()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, conforms);
    const QStringList wrong = test::SchemaCheck::bundled().violations(method, path, status, body);
    QVERIFY2(wrong.isEmpty() == conforms, qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestSchemaConformance::stageKinds_data()
{
    QTest::addColumn<QString>("list");
    for (const ResourceDescriptor *kind : SchemaRegistry::bundled()->stageKinds())
        QTest::newRow(qPrintable(kind->key)) << kind->listPath;
    QTest::newRow("stages/all") << QStringLiteral("/stages/all/");
}

void TestSchemaConformance::stageKinds()
{
    QFETCH(QString, list);
    const RawAnswer page = m_api->get(list + QStringLiteral("?page_size=100"));
    QCOMPARE(page.status, 200);
    for (const QJsonValue &row : page.results()) {
        const QString detail = list + row.toObject().value(QLatin1String("pk")).toString() + QLatin1Char('/');
        QCOMPARE(m_api->get(detail).status, 200);
        QCOMPARE(m_api->get(detail + QStringLiteral("used_by/")).status, 200);
    }
}

void TestSchemaConformance::flowsAndBindings()
{
    const RawAnswer flows = m_api->get(QStringLiteral("/flows/instances/?page_size=100"));
    QCOMPARE(flows.status, 200);
    QVERIFY(!flows.results().isEmpty());
    for (const QJsonValue &row : flows.results()) {
        const QJsonObject flow = row.toObject();
        const QString detail = QStringLiteral("/flows/instances/%1/").arg(flow.value(QLatin1String("slug")).toString());
        QCOMPARE(m_api->get(detail).status, 200);
        QCOMPARE(m_api->get(detail + QStringLiteral("used_by/")).status, 200);
        QCOMPARE(m_api->get(detail + QStringLiteral("diagram/")).status, 200);
        const RawAnswer bindings = m_api->get(QStringLiteral("/flows/bindings/?page_size=100&target=") + flow.value(QLatin1String("pk")).toString());
        QCOMPARE(bindings.status, 200);
        for (const QJsonValue &binding : bindings.results())
            QCOMPARE(m_api->get(QStringLiteral("/flows/bindings/%1/").arg(binding.toObject().value(QLatin1String("pk")).toString())).status, 200);
    }
}

void TestSchemaConformance::everythingElse_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"/stages/all/types/", "/sources/all/", "/core/users/me/", "/admin/version/", "/root/config/",
                             "/flows/instances/cache_info/", "/flows/bindings/?ordering=stage__name", "/stages/all/?search=default"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestSchemaConformance::everythingElse()
{
    QFETCH(QString, path);
    QCOMPARE(m_api->get(path).status, 200);
}

void TestSchemaConformance::policiesAndWhoMayPass()
{
    // Policies of every kind, through /policies/all/ and their kind's own list, with used_by.
    const RawAnswer all = m_api->get(QStringLiteral("/policies/all/?page_size=100"));
    QCOMPARE(all.status, 200);
    QVERIFY(!all.results().isEmpty());
    QStringList kinds;
    for (const QJsonValue &row : all.results()) {
        const QJsonObject policy = row.toObject();
        const QString pk = policy.value(QLatin1String("pk")).toString();
        QCOMPARE(m_api->get(QStringLiteral("/policies/all/%1/").arg(pk)).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/policies/all/%1/used_by/").arg(pk)).status, 200);
        // "authentik_policies_password.passwordpolicy" is served under /policies/password/.
        const QString model = policy.value(QLatin1String("meta_model_name")).toString();
        for (const QJsonValue &type : m_api->get(QStringLiteral("/policies/all/types/")).array()) {
            if (model.endsWith(QLatin1Char('.') + type.toObject().value(QLatin1String("model_name")).toString()))
                kinds.append(type.toObject().value(QLatin1String("component")).toString());
        }
    }
    QVERIFY(!kinds.isEmpty());
    for (const char *kind : {"dummy", "event_matcher", "expression", "geoip", "password", "password_expiry", "reputation", "unique_password"}) {
        const QString list = QStringLiteral("/policies/%1/").arg(QLatin1String(kind));
        const RawAnswer page = m_api->get(list + QStringLiteral("?page_size=100"));
        QCOMPARE(page.status, 200);
        for (const QJsonValue &row : page.results()) {
            const QString detail = list + row.toObject().value(QLatin1String("pk")).toString() + QLatin1Char('/');
            QCOMPARE(m_api->get(detail).status, 200);
            QCOMPARE(m_api->get(detail + QStringLiteral("used_by/")).status, 200);
        }
    }
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/types/")).status, 200);
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/cache_info/")).status, 200);
    QCOMPARE(m_api->get(QStringLiteral("/policies/all/?search=default&bindings__isnull=false")).status, 200);

    // Policy bindings, with their nested policy, group and user.
    const RawAnswer bindings = m_api->get(QStringLiteral("/policies/bindings/?page_size=100"));
    QCOMPARE(bindings.status, 200);
    QVERIFY(!bindings.results().isEmpty());
    for (const QJsonValue &row : bindings.results()) {
        const QString detail = QStringLiteral("/policies/bindings/%1/").arg(row.toObject().value(QLatin1String("pk")).toString());
        QCOMPARE(m_api->get(detail).status, 200);
        QCOMPARE(m_api->get(detail + QStringLiteral("used_by/")).status, 200);
    }
    const RawAnswer flow = m_api->get(QStringLiteral("/flows/instances/default-authentication-flow/"));
    const RawAnswer users = m_api->get(QStringLiteral("/core/users/?page_size=100"));
    const RawAnswer groups = m_api->get(QStringLiteral("/core/groups/?page_size=100&include_children=true&include_parents=true"));
    QCOMPARE(users.status, 200);
    QCOMPARE(groups.status, 200);
    const int user = users.results().first().toObject().value(QLatin1String("pk")).toInt();
    const QString group = groups.results().first().toObject().value(QLatin1String("pk")).toString();
    const QString target = flow.object().value(QLatin1String("policybindingmodel_ptr_id")).toString();
    const RawAnswer byGroup = m_api->post(QStringLiteral("/policies/bindings/"),
                                          {{QStringLiteral("group"), group}, {QStringLiteral("target"), target}, {QStringLiteral("order"), 50}});
    QCOMPARE(byGroup.status, 201);
    const RawAnswer byUser = m_api->post(QStringLiteral("/policies/bindings/"),
                                         {{QStringLiteral("user"), user}, {QStringLiteral("target"), target}, {QStringLiteral("order"), 51}});
    QCOMPARE(byUser.status, 201);
    QCOMPARE(m_api->get(QStringLiteral("/policies/bindings/?target=%1&ordering=-order").arg(target)).status, 200);
    QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(byGroup.object().value(QLatin1String("pk")).toString())).status, 204);
    QCOMPARE(m_api->remove(QStringLiteral("/policies/bindings/%1/").arg(byUser.object().value(QLatin1String("pk")).toString())).status, 204);

    // Users and groups, each with the include_* switches off and on.
    for (const QJsonValue &row : users.results()) {
        const int pk = row.toObject().value(QLatin1String("pk")).toInt();
        QCOMPARE(m_api->get(QStringLiteral("/core/users/%1/").arg(pk)).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/core/users/%1/?include_groups=false").arg(pk)).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/core/users/%1/used_by/").arg(pk)).status, 200);
    }
    for (const QJsonValue &row : groups.results()) {
        const QString pk = row.toObject().value(QLatin1String("pk")).toString();
        QCOMPARE(m_api->get(QStringLiteral("/core/groups/%1/?include_users=false").arg(pk)).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/core/groups/%1/?include_children=true&include_parents=true&include_inherited_roles=true").arg(pk)).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/core/groups/%1/used_by/").arg(pk)).status, 200);
    }

    // A policy created, tested and deleted: the answers of each kind's write and of test/.
    const RawAnswer dummy = m_api->post(QStringLiteral("/policies/dummy/"), {{QStringLiteral("name"), QStringLiteral("conformance-dummy")},
                                                                             {QStringLiteral("result"), true},
                                                                             {QStringLiteral("wait_min"), 0},
                                                                             {QStringLiteral("wait_max"), 1}});
    QCOMPARE(dummy.status, 201);
    const QString dummyPk = dummy.object().value(QLatin1String("pk")).toString();
    const RawAnswer tested = m_api->post(QStringLiteral("/policies/all/%1/test/").arg(dummyPk), {{QStringLiteral("user"), user}});
    QCOMPARE(tested.status, 200);
    QCOMPARE(m_api->patch(QStringLiteral("/policies/dummy/%1/").arg(dummyPk), {{QStringLiteral("result"), false}}).status, 200);
    QCOMPARE(m_api->remove(QStringLiteral("/policies/all/%1/").arg(dummyPk)).status, 204);
}

QTEST_GUILESS_MAIN(TestSchemaConformance)
#include "tst_schemaconformance.moc"
