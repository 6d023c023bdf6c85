// The sandbox over raw HTTP: the shapes, status codes and rules of authentik's API that akdesk
// relies on, checked without akdesk's own client in between.

#include "app/sandbox/sandboxserver.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace akdesk;

namespace {

struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenIsRequired_data();
    void tokenIsRequired();
    void paginationShape();
    void outOfRangePage_data();
    void outOfRangePage();
    void ordering();
    void invalidFilters_data();
    void invalidFilters();
    void createUniqueNames();
    void putNeedsRequiredFields();
    void deleteCascadesBindings();
    void usedBy();
    void typesCoverEveryKind();
    void diagramLikeAuthentik();
    void exportIsYaml();
    void badRequests_data();
    void badRequests();
    void seededDefaults();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &token = "t");

    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_nam;
};

void TestSandbox::initTestCase()
{
    sandbox::SandboxServer::Options options;
    options.token = QStringLiteral("t");
    options.seedStages = 250;
    m_server = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_server->start(0) != 0);
}

Answer TestSandbox::call(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &token)
{
    QNetworkRequest request(QUrl(m_server->url().toString() + QStringLiteral("/api/v3") + path));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        qFatal("the sandbox did not answer %s %s", method.constData(), qPrintable(path));
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return answer;
}

void TestSandbox::tokenIsRequired_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("not_authenticated");
    QTest::newRow("wrong") << QByteArrayLiteral("nope") << QStringLiteral("authentication_failed");
}

void TestSandbox::tokenIsRequired()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, code);
    for (const QString &path : {QStringLiteral("/stages/all/"), QStringLiteral("/flows/instances/"), QStringLiteral("/core/users/me/")}) {
        const Answer answer = call("GET", path, {}, token);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.object().value(QLatin1String("code")).toString(), code);
        QVERIFY(!answer.object().value(QLatin1String("detail")).toString().isEmpty());
    }
}

void TestSandbox::paginationShape()
{
    // The pagination object has exactly seed 003's keys.
    const QJsonObject seed = QJsonDocument::fromJson(test::testData(QStringLiteral("seeds/seed003-identification-list.json"))).object();
    const Answer first = call("GET", QStringLiteral("/stages/all/?page_size=100"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.contentType.startsWith("application/json"));
    const QJsonObject pagination = first.object().value(QLatin1String("pagination")).toObject();
    QStringList keys = pagination.keys();
    QStringList seedKeys = seed.value(QLatin1String("pagination")).toObject().keys();
    QCOMPARE(keys, seedKeys);
    const int count = pagination.value(QLatin1String("count")).toInt();
    QVERIFY(count > 250);
    QCOMPARE(pagination.value(QLatin1String("current")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("previous")).toInt(), 0);
    QCOMPARE(pagination.value(QLatin1String("next")).toInt(), 2);
    QCOMPARE(pagination.value(QLatin1String("total_pages")).toInt(), (count + 99) / 100);
    QCOMPARE(pagination.value(QLatin1String("start_index")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("end_index")).toInt(), 100);
    QCOMPARE(first.object().value(QLatin1String("results")).toArray().size(), 100);

    const int last = pagination.value(QLatin1String("total_pages")).toInt();
    const QJsonObject lastPage = call("GET", QStringLiteral("/stages/all/?page_size=100&page=%1").arg(last)).object();
    const QJsonObject lp = lastPage.value(QLatin1String("pagination")).toObject();
    QCOMPARE(lp.value(QLatin1String("next")).toInt(), 0);
    QCOMPARE(lp.value(QLatin1String("previous")).toInt(), last - 1);
    QCOMPARE(lp.value(QLatin1String("end_index")).toInt(), count);
    QCOMPARE(lastPage.value(QLatin1String("results")).toArray().size(), count - (last - 1) * 100);

    // An empty result is one page with nothing on it.
    const QJsonObject empty = call("GET", QStringLiteral("/stages/dummy/?search=no-such-stage-anywhere")).object();
    const QJsonObject ep = empty.value(QLatin1String("pagination")).toObject();
    QCOMPARE(ep.value(QLatin1String("count")).toInt(), 0);
    QCOMPARE(ep.value(QLatin1String("start_index")).toInt(), 0);
    QCOMPARE(ep.value(QLatin1String("next")).toInt(), 0);
}

void TestSandbox::outOfRangePage_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("beyond the last") << QStringLiteral("page=999");
    QTest::newRow("zero") << QStringLiteral("page=0");
    QTest::newRow("not a number") << QStringLiteral("page=two");
}

void TestSandbox::outOfRangePage()
{
    QFETCH(QString, query);
    const Answer answer = call("GET", QStringLiteral("/stages/identification/?") + query);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.object().value(QLatin1String("detail")).toString(), QStringLiteral("Invalid page."));
}

void TestSandbox::ordering()
{
    const QJsonArray descending = call("GET", QStringLiteral("/stages/all/?ordering=-name&page_size=500")).object()
                                      .value(QLatin1String("results")).toArray();
    for (qsizetype i = 1; i < descending.size(); ++i)
        QVERIFY(descending.at(i - 1).toObject().value(QLatin1String("name")).toString()
                >= descending.at(i).toObject().value(QLatin1String("name")).toString());
    const Answer invalid = call("GET", QStringLiteral("/stages/all/?ordering=colour"));
    QCOMPARE(invalid.status, 400);
    QVERIFY(invalid.object().contains(QLatin1String("ordering")));
    // Bindings order numerically, not as text (9 before 10).
    const QJsonArray bindings = call("GET", QStringLiteral("/flows/bindings/?ordering=order&page_size=500")).object()
                                    .value(QLatin1String("results")).toArray();
    for (qsizetype i = 1; i < bindings.size(); ++i)
        QVERIFY(bindings.at(i - 1).toObject().value(QLatin1String("order")).toInt()
                <= bindings.at(i).toObject().value(QLatin1String("order")).toInt());
}

void TestSandbox::invalidFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("boolean") << QStringLiteral("show_matched_user=maybe") << QStringLiteral("show_matched_user");
    QTest::newRow("uuid") << QStringLiteral("password_stage=12") << QStringLiteral("password_stage");
}

void TestSandbox::invalidFilters()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const Answer answer = call("GET", QStringLiteral("/stages/identification/?") + query);
    QCOMPARE(answer.status, 400);
    QVERIFY(!answer.object().value(field).toArray().isEmpty());
}

void TestSandbox::createUniqueNames()
{
    const QByteArray body = R"({"name": "akdesk-test-unique"})";
    const Answer created = call("POST", QStringLiteral("/stages/dummy/"), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QLatin1String("throw_error")).toBool(), false);
    QCOMPARE(created.object().value(QLatin1String("flow_set")).toArray().size(), 0);
    // Stage names are unique across every kind.
    const Answer again = call("POST", QStringLiteral("/stages/user_login/"), body);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object().value(QLatin1String("name")).toArray().first().toString(),
             QStringLiteral("stage with this name already exists."));
    const Answer flow = call("POST", QStringLiteral("/flows/instances/"),
                             R"({"name": "x", "slug": "default-authentication-flow", "title": "x", "designation": "authentication"})");
    QCOMPARE(flow.status, 400);
    QCOMPARE(flow.object().value(QLatin1String("slug")).toArray().first().toString(),
             QStringLiteral("flow with this slug already exists."));
}

void TestSandbox::putNeedsRequiredFields()
{
    const QString pk = call("POST", QStringLiteral("/stages/dummy/"), R"({"name": "akdesk-test-put"})").object()
                           .value(QLatin1String("pk")).toString();
    const Answer put = call("PUT", QStringLiteral("/stages/dummy/%1/").arg(pk), R"({"throw_error": true})");
    QCOMPARE(put.status, 400);
    QCOMPARE(put.object().value(QLatin1String("name")).toArray().first().toString(), QStringLiteral("This field is required."));
    const Answer patch = call("PATCH", QStringLiteral("/stages/dummy/%1/").arg(pk), R"({"throw_error": true})");
    QCOMPARE(patch.status, 200);
    QCOMPARE(patch.object().value(QLatin1String("name")).toString(), QStringLiteral("akdesk-test-put"));
}

void TestSandbox::deleteCascadesBindings()
{
    const QString stage = call("POST", QStringLiteral("/stages/dummy/"), R"({"name": "akdesk-test-bound"})").object()
                              .value(QLatin1String("pk")).toString();
    const QString flow = call("GET", QStringLiteral("/flows/instances/default-authentication-flow/")).object()
                             .value(QLatin1String("pk")).toString();
    const Answer binding = call("POST", QStringLiteral("/flows/bindings/"),
                                QJsonDocument(QJsonObject{{QStringLiteral("target"), flow}, {QStringLiteral("stage"), stage},
                                                          {QStringLiteral("order"), 500}}).toJson());
    QCOMPARE(binding.status, 201);
    QCOMPARE(binding.object().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("akdesk-test-bound"));
    const QString bindingPk = binding.object().value(QLatin1String("pk")).toString();
    // The stage now lists the flow in flow_set.
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/%1/").arg(stage)).object().value(QLatin1String("flow_set"))
                 .toArray().first().toObject().value(QLatin1String("slug")).toString(),
             QStringLiteral("default-authentication-flow"));
    QCOMPARE(call("DELETE", QStringLiteral("/stages/dummy/%1/").arg(stage)).status, 204);
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/%1/").arg(stage)).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/%1/").arg(bindingPk)).status, 404);
}

void TestSandbox::usedBy()
{
    const QJsonObject password = call("GET", QStringLiteral("/stages/password/?name=default-authentication-password")).object()
                                     .value(QLatin1String("results")).toArray().first().toObject();
    const QByteArray referrer = QJsonDocument(QJsonObject{{QStringLiteral("name"), QStringLiteral("akdesk-test-referrer")},
                                                          {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}},
                                                          {QStringLiteral("password_stage"), password.value(QLatin1String("pk"))}}).toJson();
    QCOMPARE(call("POST", QStringLiteral("/stages/identification/"), referrer).status, 201);
    const QJsonArray used = call("GET", QStringLiteral("/stages/password/%1/used_by/").arg(password.value(QLatin1String("pk")).toString())).array();
    QStringList actions;
    for (const QJsonValue &entry : used) {
        const QJsonObject e = entry.toObject();
        for (const char *key : {"app", "model_name", "pk", "name", "action"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        actions.append(e.value(QLatin1String("model_name")).toString() + QLatin1Char(':') + e.value(QLatin1String("action")).toString());
    }
    QVERIFY(actions.contains(QStringLiteral("flowstagebinding:cascade")));
    QVERIFY(actions.contains(QStringLiteral("identificationstage:set_null")));
}

void TestSandbox::typesCoverEveryKind()
{
    const Answer answer = call("GET", QStringLiteral("/stages/all/types/"));
    QCOMPARE(answer.status, 200);
    const QJsonArray types = answer.array();
    QCOMPARE(types.size(), SchemaRegistry::bundled()->stageKinds().size());
    bool sourceIsEnterprise = false;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        for (const char *key : {"name", "description", "component", "model_name"})
            QVERIFY2(!type.value(QLatin1String(key)).toString().isEmpty(), key);
        if (type.value(QLatin1String("component")).toString() == QLatin1String("ak-stage-source-form"))
            sourceIsEnterprise = type.value(QLatin1String("requires_enterprise")).toBool();
    }
    QVERIFY(sourceIsEnterprise);
}

void TestSandbox::diagramLikeAuthentik()
{
    const Answer answer = call("GET", QStringLiteral("/flows/instances/default-authentication-flow/diagram/"));
    QCOMPARE(answer.status, 200);
    const QString diagram = answer.object().value(QLatin1String("diagram")).toString();
    QVERIFY(diagram.startsWith(QLatin1String("graph TD\n")));
    QVERIFY(diagram.contains(QLatin1String("flow_start[[\"Flow\nWelcome to authentik!\"]]")));
    QVERIFY(diagram.contains(QLatin1String("stage_0([\"Stage (Identification Stage)\ndefault-authentication-identification\"])")));
    QVERIFY(diagram.contains(QLatin1String("stage_3 --> done[[\"End of the flow\"]]")));
    QCOMPARE(call("GET", QStringLiteral("/flows/instances/no-such-flow/diagram/")).status, 404);
}

void TestSandbox::exportIsYaml()
{
    const Answer answer = call("GET", QStringLiteral("/flows/instances/default-authentication-flow/export/"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.contentType.contains("yaml"));
    QVERIFY(answer.body.startsWith("version: 1\n"));
    QVERIFY(answer.body.contains("model: authentik_flows.flow"));
    QCOMPARE(answer.body.count("model: authentik_flows.flowstagebinding"), 4);
}

void TestSandbox::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("broken json") << QByteArrayLiteral("POST") << QStringLiteral("/stages/dummy/") << QByteArrayLiteral("{\"name\":") << 400;
    QTest::newRow("list body") << QByteArrayLiteral("POST") << QStringLiteral("/stages/dummy/") << QByteArrayLiteral("[1]") << 400;
    QTest::newRow("post to all") << QByteArrayLiteral("POST") << QStringLiteral("/stages/all/") << QByteArrayLiteral("{}") << 405;
    QTest::newRow("delete a list") << QByteArrayLiteral("DELETE") << QStringLiteral("/flows/instances/") << QByteArray() << 405;
    QTest::newRow("unknown route") << QByteArrayLiteral("GET") << QStringLiteral("/stages/teleport/") << QByteArray() << 404;
    QTest::newRow("unknown stage") << QByteArrayLiteral("GET") << QStringLiteral("/stages/dummy/3fa85f64-5717-4562-b3fc-2c963f66afa6/")
                                   << QByteArray() << 404;
    QTest::newRow("missing required") << QByteArrayLiteral("POST") << QStringLiteral("/stages/source/") << QByteArrayLiteral("{\"name\": \"s\"}") << 400;
}

void TestSandbox::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const Answer answer = call(method, path, body);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.object().isEmpty());
}

void TestSandbox::seededDefaults()
{
    for (const char *slug : {"default-authentication-flow", "default-invalidation-flow", "default-source-enrollment",
                             "default-source-authentication", "default-provider-authorization-implicit-consent",
                             "default-password-change"})
        QCOMPARE(call("GET", QStringLiteral("/flows/instances/%1/").arg(QLatin1String(slug))).status, 200);
    const QJsonArray bindings = call("GET", QStringLiteral("/flows/bindings/?target=%1&ordering=order")
                                                .arg(call("GET", QStringLiteral("/flows/instances/default-authentication-flow/")).object()
                                                         .value(QLatin1String("pk")).toString())).object()
                                    .value(QLatin1String("results")).toArray();
    QStringList stages;
    for (const QJsonValue &binding : bindings)
        stages.append(binding.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
    QCOMPARE(stages, (QStringList{QStringLiteral("default-authentication-identification"), QStringLiteral("default-authentication-password"),
                                  QStringLiteral("default-authentication-mfa-validation"), QStringLiteral("default-authentication-login")}));
    QVERIFY(m_server->requestCount() > 0);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
