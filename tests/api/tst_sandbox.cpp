// The sandbox over raw HTTP: the shapes, status codes and rules of authentik's API that akdesk
// relies on, checked without akdesk's own client in between.

#include "app/sandbox/sandboxserver.h"
#include "app/sandbox/sandboxstore.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/rawapi.h"
#include "tests/support/schemacheck.h"
#include "tests/support/testdata.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace akdesk;

namespace {

using Answer = test::RawAnswer;  // what came over the wire

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList names(const QJsonArray &records)
{
    QStringList list;
    for (const QJsonValue &record : records)
        list.append(record.toObject().value(QLatin1String("name")).toString());
    return list;
}

/// Reads one HTTP response (status line, headers, Content-Length body) from a socket.
QByteArray readResponse(QTcpSocket &socket)
{
    QByteArray data;
    const bool complete = QTest::qWaitFor([&] {
        data += socket.readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QRegularExpressionMatch length = QRegularExpression(QStringLiteral("(?i)content-length:\\s*(\\d+)"))
                                                   .match(QString::fromLatin1(data.left(end)));
        return !length.hasMatch() || data.size() >= end + 4 + length.captured(1).toLongLong();
    }, 5000);
    return complete ? data : QByteArray();
}

} // namespace

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokenIsRequired_data();
    void tokenIsRequired();
    void paginationShape();
    void pageSizes_data();
    void pageSizes();
    void outOfRangePage_data();
    void outOfRangePage();
    void ordering_data();
    void ordering();
    void search_data();
    void search();
    void filters_data();
    void filters();
    void invalidFilters_data();
    void invalidFilters();
    void fieldErrors_data();
    void fieldErrors();
    void identificationNeedsFieldsOrSources();
    void readOnlyFieldsAreIgnored();
    void passkeyStageIsAValidationStage();
    void createUniqueNames();
    void putAndPatch();
    void deleteCascadesBindings();
    void deleteFlowCascades();
    void usedBy();
    void typesCoverEveryKind();
    void typeFacts_data();
    void typeFacts();
    void dummyTypeOnlyWithDebug();
    void crudForEveryKind();
    void diagramLikeAuthentik();
    void exportIsABlueprint();
    void exportCarriesThePrompts();
    void sources();
    void userAndVersion();
    void badRequests_data();
    void badRequests();
    void keepAliveAndRawPatch();
    void seededDefaults();
    void tenThousandStagesAnswerQuickly();

private:
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {}, const QByteArray &authorization = "Bearer t");
    QString stagePk(const char *name) const { return m_server->store().stagePkByName(QLatin1String(name)); }
    QString flowPk(const char *slug) const { return m_server->store().flowPkBySlug(QLatin1String(slug)); }

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
    // A recovery flow with its identification stage as an admin would add them (a fresh authentik
    // has neither: blueprints/example/flows-recovery-email-verification.yaml is not applied), so
    // that the filters below have two stages with authentik's defaults to tell apart.
    m_server->store().addFlow({{QStringLiteral("slug"), QStringLiteral("akdesk-test-recovery")},
                               {QStringLiteral("name"), QStringLiteral("akdesk test recovery")},
                               {QStringLiteral("title"), QStringLiteral("Reset your password")},
                               {QStringLiteral("designation"), QStringLiteral("recovery")},
                               {QStringLiteral("authentication"), QStringLiteral("require_unauthenticated")}});
    m_server->store().addStage(QStringLiteral("stages/identification"),
                               {{QStringLiteral("name"), QStringLiteral("akdesk-test-recovery-identification")},
                                {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email"), QStringLiteral("username")}}});
    // One identification stage that differs from the others in every filtered field.
    m_server->store().addStage(QStringLiteral("stages/identification"),
                               {{QStringLiteral("name"), QStringLiteral("akdesk-filter-probe")},
                                {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("username")}},
                                {QStringLiteral("password_stage"), stagePk("default-authentication-password")},
                                {QStringLiteral("recovery_flow"), flowPk("akdesk-test-recovery")},
                                {QStringLiteral("case_insensitive_matching"), false},
                                {QStringLiteral("show_source_labels"), true}});
}

Answer TestSandbox::call(const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &authorization)
{
    QNetworkRequest request(QUrl(m_server->url().toString() + QStringLiteral("/api/v3") + path));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    // An event loop rather than QTest::qWaitFor, which sleeps 10 ms between rounds.
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        qFatal("the sandbox did not answer %s %s", method.constData(), qPrintable(path));
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                  reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->rawHeader("Content-Disposition")};
    reply->deleteLater();
    // Every answer must have the shape the bundled schema gives it (tests/support/schemacheck.cpp).
    const QStringList wrong = test::SchemaCheck::bundled().violations(method, path, answer.status, answer.body);
    if (!wrong.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("the schema forbids this answer:\n  ") + wrong.join(QStringLiteral("\n  "))), __FILE__, __LINE__);
    return answer;
}

void TestSandbox::tokenIsRequired_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    // authentik/api/authentication.py: a scheme other than Bearer is no credentials at all, and
    // DRF's 403 body is the detail alone (tests/api/tst_auth.cpp has the rest).
    QTest::newRow("missing") << QByteArray() << 403 << QStringLiteral("Authentication credentials were not provided.");
    QTest::newRow("wrong") << QByteArrayLiteral("Bearer nope") << 403 << QStringLiteral("Token invalid/expired");
    QTest::newRow("other scheme") << QByteArrayLiteral("Token t") << 403 << QStringLiteral("Authentication credentials were not provided.");
    QTest::newRow("scheme is case-insensitive") << QByteArrayLiteral("bearer t") << 200 << QString();
}

void TestSandbox::tokenIsRequired()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, detail);
    for (const QString &path : {QStringLiteral("/stages/all/"), QStringLiteral("/flows/instances/"), QStringLiteral("/core/users/me/"),
                                QStringLiteral("/stages/all/types/")}) {
        const Answer answer = call("GET", path, {}, authorization);
        QCOMPARE(answer.status, status);
        QVERIFY(answer.contentType.startsWith("application/json"));
        if (status == 403)
            QCOMPARE(answer.object(), (QJsonObject{{QStringLiteral("detail"), detail}}));
    }
}

void TestSandbox::paginationShape()
{
    // The pagination object has exactly seed 003's keys.
    const QJsonObject seed = QJsonDocument::fromJson(test::testData(QStringLiteral("seeds/seed003-identification-list.json"))).object();
    const Answer first = call("GET", QStringLiteral("/stages/all/?page_size=100"));
    QCOMPARE(first.status, 200);
    QVERIFY(first.contentType.startsWith("application/json"));
    // authentik 2026 adds the QL autocomplete to seed 003's keys (authentik/api/pagination.py).
    QStringList keys = seed.keys();
    keys.prepend(QStringLiteral("autocomplete"));
    QCOMPARE(first.object().keys(), keys);
    QCOMPARE(first.object().value(QLatin1String("autocomplete")), QJsonValue(QJsonObject()));
    const QJsonObject pagination = first.pagination();
    QCOMPARE(pagination.keys(), seed.value(QLatin1String("pagination")).toObject().keys());
    const int count = pagination.value(QLatin1String("count")).toInt();
    QCOMPARE(count, m_server->store().stageCount());
    QVERIFY(count > 250);
    QCOMPARE(pagination.value(QLatin1String("current")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("previous")).toInt(), 0);
    QCOMPARE(pagination.value(QLatin1String("next")).toInt(), 2);
    QCOMPARE(pagination.value(QLatin1String("total_pages")).toInt(), (count + 99) / 100);
    QCOMPARE(pagination.value(QLatin1String("start_index")).toInt(), 1);
    QCOMPARE(pagination.value(QLatin1String("end_index")).toInt(), 100);
    QCOMPARE(first.results().size(), 100);
    // Every record of the list has the Stage shape of seed 003.
    const QJsonObject seedStage = seed.value(QLatin1String("results")).toArray().first().toObject();
    for (const char *key : {"pk", "name", "component", "verbose_name", "verbose_name_plural", "meta_model_name", "flow_set"})
        QVERIFY2(first.results().first().toObject().contains(QLatin1String(key)) && seedStage.contains(QLatin1String(key)), key);

    const int last = pagination.value(QLatin1String("total_pages")).toInt();
    const Answer lastPage = call("GET", QStringLiteral("/stages/all/?page_size=100&page=%1").arg(last));
    QCOMPARE(lastPage.pagination().value(QLatin1String("next")).toInt(), 0);
    QCOMPARE(lastPage.pagination().value(QLatin1String("previous")).toInt(), last - 1);
    QCOMPARE(lastPage.pagination().value(QLatin1String("start_index")).toInt(), (last - 1) * 100 + 1);
    QCOMPARE(lastPage.pagination().value(QLatin1String("end_index")).toInt(), count);
    QCOMPARE(lastPage.results().size(), count - (last - 1) * 100);

    // An empty result is one page with nothing on it.
    const QJsonObject empty = call("GET", QStringLiteral("/stages/dummy/?search=no-such-stage-anywhere")).pagination();
    QCOMPARE(empty.value(QLatin1String("count")).toInt(), 0);
    QCOMPARE(empty.value(QLatin1String("total_pages")).toInt(), 1);
    QCOMPARE(empty.value(QLatin1String("start_index")).toInt(), 0);
    QCOMPARE(empty.value(QLatin1String("end_index")).toInt(), 0);
    QCOMPARE(empty.value(QLatin1String("next")).toInt(), 0);
}

void TestSandbox::pageSizes_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("totalPages");
    // 250 generated stages plus the default ones: more than 250, fewer than 300.
    QTest::newRow("seven") << QStringLiteral("page_size=7") << 7 << -1;
    // authentik/api/pagination.py with the tenant's defaults: 20 unless asked, at most 100; a
    // page_size DRF cannot read is REST_FRAMEWORK's PAGE_SIZE (100).
    QTest::newRow("default") << QString() << 20 << -1;
    QTest::newRow("zero falls back") << QStringLiteral("page_size=0") << 100 << 3;
    QTest::newRow("text falls back") << QStringLiteral("page_size=many") << 100 << 3;
    QTest::newRow("capped at 100") << QStringLiteral("page_size=5000") << 100 << 3;
    QTest::newRow("last page by name") << QStringLiteral("page_size=100&page=last") << -1 << 3;
}

void TestSandbox::pageSizes()
{
    QFETCH(QString, query);
    QFETCH(int, rows);
    QFETCH(int, totalPages);
    const Answer answer = call("GET", QStringLiteral("/stages/all/?") + query);
    QCOMPARE(answer.status, 200);
    const int count = answer.pagination().value(QLatin1String("count")).toInt();
    QCOMPARE(answer.results().size(), rows >= 0 ? rows : query.contains(QLatin1String("last")) ? count - 200 : count);
    if (totalPages >= 0)
        QCOMPARE(answer.pagination().value(QLatin1String("total_pages")).toInt(), totalPages);
}

void TestSandbox::outOfRangePage_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("beyond the last") << QStringLiteral("page=999");
    QTest::newRow("zero") << QStringLiteral("page=0");
    QTest::newRow("negative") << QStringLiteral("page=-1");
    QTest::newRow("not a number") << QStringLiteral("page=two");
    QTest::newRow("empty list, page 2") << QStringLiteral("search=nothing-matches-this&page=2");
}

void TestSandbox::outOfRangePage()
{
    QFETCH(QString, query);
    const Answer answer = call("GET", QStringLiteral("/stages/identification/?") + query);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.object().value(QLatin1String("detail")).toString(), QStringLiteral("Invalid page."));
}

void TestSandbox::ordering_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("ordering");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("descending");
    QTest::newRow("name") << QStringLiteral("/stages/all/") << QStringLiteral("name") << QStringLiteral("name") << false;
    QTest::newRow("-name") << QStringLiteral("/stages/all/") << QStringLiteral("-name") << QStringLiteral("name") << true;
    QTest::newRow("kind default is name") << QStringLiteral("/stages/dummy/") << QString() << QStringLiteral("name") << false;
    QTest::newRow("flows by -slug") << QStringLiteral("/flows/instances/") << QStringLiteral("-slug") << QStringLiteral("slug") << true;
    QTest::newRow("flows default is slug") << QStringLiteral("/flows/instances/") << QString() << QStringLiteral("slug") << false;
    QTest::newRow("bindings by order, numerically") << QStringLiteral("/flows/bindings/") << QStringLiteral("order")
                                                    << QStringLiteral("order") << false;
    QTest::newRow("bindings by -order") << QStringLiteral("/flows/bindings/") << QStringLiteral("-order") << QStringLiteral("order") << true;
}

void TestSandbox::ordering()
{
    QFETCH(QString, path);
    QFETCH(QString, ordering);
    QFETCH(QString, field);
    QFETCH(bool, descending);
    QString query = QStringLiteral("?page_size=1000");
    if (!ordering.isEmpty())
        query += QStringLiteral("&ordering=") + ordering;
    const QJsonArray rows = call("GET", path + query).results();
    QVERIFY(rows.size() > 5);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QJsonValue a = rows.at(i - 1).toObject().value(field);
        const QJsonValue b = rows.at(i).toObject().value(field);
        const bool inOrder = a.isDouble() ? (descending ? a.toDouble() >= b.toDouble() : a.toDouble() <= b.toDouble())
                                          : (descending ? a.toString() >= b.toString() : a.toString() <= b.toString());
        QVERIFY2(inOrder, qPrintable(QStringLiteral("row %1: %2 then %3").arg(i).arg(a.toVariant().toString(), b.toVariant().toString())));
    }
}

void TestSandbox::search_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("search");
    QTest::addColumn<int>("count");
    QTest::newRow("contains") << QStringLiteral("/stages/all/") << QStringLiteral("stage-0001") << 10;  // 00010..00019
    QTest::newRow("case-insensitive") << QStringLiteral("/stages/all/") << QStringLiteral("STAGE-0001") << 10;
    QTest::newRow("with ordering") << QStringLiteral("/stages/all/") << QStringLiteral("stage-0001&ordering=-name") << 10;
    QTest::newRow("nothing") << QStringLiteral("/stages/all/") << QStringLiteral("zzz-nothing") << 0;
    QTest::newRow("flows by designation") << QStringLiteral("/flows/instances/") << QStringLiteral("invalidation") << 2;  // default-invalidation-flow, default-provider-invalidation-flow
    QTest::newRow("bindings by stage name") << QStringLiteral("/flows/bindings/") << QStringLiteral("default-authentication-") << 5;  // its flow's four, initial-setup's login
}

void TestSandbox::search()
{
    QFETCH(QString, path);
    QFETCH(QString, search);
    QFETCH(int, count);
    const Answer answer = call("GET", path + QStringLiteral("?search=") + search);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.pagination().value(QLatin1String("count")).toInt(), count);
    QCOMPARE(answer.results().size(), count);
    const QString needle = search.section(QLatin1Char('&'), 0, 0);
    if (path.startsWith(QLatin1String("/stages/"))) {
        for (const QString &name : names(answer.results()))
            QVERIFY2(name.contains(needle, Qt::CaseInsensitive), qPrintable(name));
    }
    if (search.contains(QLatin1String("ordering=-name")))
        QCOMPARE(names(answer.results()).first(), QStringLiteral("generated-stage-00019"));
}

void TestSandbox::filters_data()
{
    // Every filter of seed 003 (identification stages), plus a few of flows. The stages are the
    // seeded identification stage and the two initTestCase adds.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    const QString stages = QStringLiteral("/stages/identification/");
    const QString authentication = QStringLiteral("default-authentication-identification");
    const QString recovery = QStringLiteral("akdesk-test-recovery-identification");
    const QString probe = QStringLiteral("akdesk-filter-probe");
    QTest::newRow("name") << stages << QStringLiteral("name=") + recovery << QStringList{recovery};
    QTest::newRow("name is exact") << stages << QStringLiteral("name=akdesk-test-recovery") << QStringList();
    QTest::newRow("password_stage") << stages << QStringLiteral("password_stage={password}") << QStringList{probe};
    QTest::newRow("captcha_stage") << stages << QStringLiteral("captcha_stage={captcha}") << QStringList();
    QTest::newRow("case_insensitive_matching") << stages << QStringLiteral("case_insensitive_matching=true")
                                               << QStringList{recovery, authentication};
    QTest::newRow("case_insensitive_matching off") << stages << QStringLiteral("case_insensitive_matching=false") << QStringList{probe};
    QTest::newRow("show_matched_user") << stages << QStringLiteral("show_matched_user=true") << QStringList{probe, recovery, authentication};
    QTest::newRow("show_matched_user off") << stages << QStringLiteral("show_matched_user=false") << QStringList();
    QTest::newRow("show_source_labels") << stages << QStringLiteral("show_source_labels=false") << QStringList{recovery, authentication};
    QTest::newRow("show_source_labels on") << stages << QStringLiteral("show_source_labels=true") << QStringList{probe};
    QTest::newRow("recovery_flow") << stages << QStringLiteral("recovery_flow={recovery}") << QStringList{probe};
    QTest::newRow("enrollment_flow") << stages << QStringLiteral("enrollment_flow={recovery}") << QStringList();
    QTest::newRow("passwordless_flow") << stages << QStringLiteral("passwordless_flow={recovery}") << QStringList();
    QTest::newRow("two filters") << stages << QStringLiteral("show_source_labels=false&name=") + authentication
                                 << QStringList{authentication};
    QTest::newRow("filter and search") << stages << QStringLiteral("show_matched_user=true&search=RECOVERY") << QStringList{recovery};
    QTest::newRow("flow designation") << QStringLiteral("/flows/instances/") << QStringLiteral("designation=recovery")
                                      << QStringList{QStringLiteral("akdesk test recovery")};
    QTest::newRow("flow slug") << QStringLiteral("/flows/instances/") << QStringLiteral("slug=default-invalidation-flow")
                               << QStringList{QStringLiteral("Logout")};
}

void TestSandbox::filters()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    query.replace(QLatin1String("{password}"), stagePk("default-authentication-password"));
    query.replace(QLatin1String("{captcha}"), stagePk("akdesk-sandbox-captcha"));
    query.replace(QLatin1String("{recovery}"), flowPk("akdesk-test-recovery"));
    const Answer answer = call("GET", path + QLatin1Char('?') + query);
    QCOMPARE(answer.status, 200);
    QCOMPARE(names(answer.results()), expected);  // in the viewset's order: by name
}

void TestSandbox::invalidFilters_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    // django-filter: a foreign key filter (ModelChoiceFilter) that names no object; junk booleans
    // and unknown ordering fields are no error at all (tests/api/tst_listrules.cpp).
    QTest::newRow("foreign key") << QStringLiteral("/stages/identification/") << QStringLiteral("password_stage=12")
                                 << QStringLiteral("password_stage")
                                 << QStringLiteral("Select a valid choice. That choice is not one of the available choices.");
    QTest::newRow("enum") << QStringLiteral("/flows/bindings/") << QStringLiteral("invalid_response_action=shrug")
                          << QStringLiteral("invalid_response_action")
                          << QStringLiteral("Select a valid choice. shrug is not one of the available choices.");
    QTest::newRow("flow designation") << QStringLiteral("/flows/instances/") << QStringLiteral("designation=party")
                                      << QStringLiteral("designation")
                                      << QStringLiteral("Select a valid choice. party is not one of the available choices.");
    QTest::newRow("binding target") << QStringLiteral("/flows/bindings/") << QStringLiteral("target=default-authentication-flow")
                                    << QStringLiteral("target")
                                    << QStringLiteral("Select a valid choice. That choice is not one of the available choices.");
}

void TestSandbox::invalidFilters()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Answer answer = call("GET", path + QLatin1Char('?') + query);
    QCOMPARE(answer.status, 400);
    QVERIFY(!answer.error(field).isEmpty());
    if (!message.isEmpty())
        QCOMPARE(answer.error(field), message);
}

void TestSandbox::fieldErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString flows = QStringLiteral("/flows/instances/");
    const QByteArray flow = R"({"name": "n", "title": "t", "designation": "authentication", "slug": )";
    QTest::newRow("required") << QStringLiteral("/stages/source/") << QByteArrayLiteral(R"({"name": "akdesk-test-required"})")
                              << QStringLiteral("source") << QStringLiteral("This field is required.");
    QTest::newRow("required name") << QStringLiteral("/stages/dummy/") << QByteArrayLiteral("{}") << QStringLiteral("name")
                                   << QStringLiteral("This field is required.");
    QTest::newRow("not null") << QStringLiteral("/stages/dummy/") << QByteArrayLiteral(R"({"name": null})") << QStringLiteral("name")
                              << QStringLiteral("This field may not be null.");
    QTest::newRow("enum") << flows << QByteArrayLiteral(R"({"name": "n", "title": "t", "slug": "akdesk-enum", "designation": "party"})")
                          << QStringLiteral("designation") << QStringLiteral("\"party\" is not a valid choice.");
    QTest::newRow("pattern") << flows << flow + R"("not a slug!"})" << QStringLiteral("slug") << QString();
    QTest::newRow("unknown reference") << QStringLiteral("/stages/identification/")
                                       << QByteArrayLiteral(R"({"name": "akdesk-test-ref", "user_fields": ["email"],)"
                                                            R"( "password_stage": "3fa85f64-5717-4562-b3fc-2c963f66afa6"})")
                                       << QStringLiteral("password_stage")
                                       << QStringLiteral("Invalid pk \"3fa85f64-5717-4562-b3fc-2c963f66afa6\" - object does not exist.");
    QTest::newRow("reference of another kind") << QStringLiteral("/stages/identification/")
                                               << QByteArrayLiteral(R"({"name": "akdesk-test-ref2", "user_fields": ["email"],)"
                                                                    R"( "password_stage": "{captcha}"})")
                                               << QStringLiteral("password_stage") << QStringLiteral("Invalid pk \"{captcha}\" - object does not exist.");
    QTest::newRow("binding to no flow") << QStringLiteral("/flows/bindings/")
                                        << QByteArrayLiteral(R"({"target": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "stage": "{captcha}", "order": 1})")
                                        << QStringLiteral("target") << QStringLiteral("Invalid pk \"3fa85f64-5717-4562-b3fc-2c963f66afa6\" - object does not exist.");
}

void TestSandbox::fieldErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);
    body.replace("{captcha}", stagePk("akdesk-sandbox-captcha").toUtf8());
    message.replace(QLatin1String("{captcha}"), stagePk("akdesk-sandbox-captcha"));
    const int before = m_server->store().stageCount();
    const Answer answer = call("POST", path, body);
    QCOMPARE(answer.status, 400);
    QVERIFY2(!answer.error(field).isEmpty(), answer.body.constData());
    if (!message.isEmpty())
        QCOMPARE(answer.error(field), message);
    QCOMPARE(m_server->store().stageCount(), before);
}

void TestSandbox::identificationNeedsFieldsOrSources()
{
    const QString rule = QStringLiteral("When no user fields are selected, at least one source must be selected");
    const Answer neither = call("POST", QStringLiteral("/stages/identification/"), R"({"name": "akdesk-test-ident", "user_fields": []})");
    QCOMPARE(neither.status, 400);
    QCOMPARE(neither.object().value(QLatin1String("non_field_errors")).toArray(), QJsonArray{rule});

    // Every item of a choice list is checked.
    const Answer badItem = call("POST", QStringLiteral("/stages/identification/"), R"({"name": "akdesk-test-ident", "user_fields": ["email", "phone"]})");
    QCOMPARE(badItem.status, 400);
    // DRF's ListField puts the bad item's error under its index.
    QCOMPARE(badItem.object(), (QJsonObject{{QStringLiteral("user_fields"),
                                             QJsonObject{{QStringLiteral("1"), QJsonArray{QStringLiteral("\"phone\" is not a valid choice.")}}}}}));

    const QString github = call("GET", QStringLiteral("/sources/all/github/")).object().value(QLatin1String("pk")).toString();
    const Answer sourcesOnly = call("POST", QStringLiteral("/stages/identification/"),
                                    json({{QStringLiteral("name"), QStringLiteral("akdesk-test-ident")},
                                          {QStringLiteral("sources"), QJsonArray{github}}}));
    QCOMPARE(sourcesOnly.status, 201);
    QCOMPARE(sourcesOnly.object().value(QLatin1String("sources")).toArray(), QJsonArray{github});
    QCOMPARE(sourcesOnly.object().value(QLatin1String("pretend_user_exists")).toBool(), true);
    const QString pk = sourcesOnly.object().value(QLatin1String("pk")).toString();

    // authentik validates what a PATCH sends, so changing only the name fails...
    const Answer nameOnly = call("PATCH", QStringLiteral("/stages/identification/%1/").arg(pk), R"({"name": "akdesk-test-ident2"})");
    QCOMPARE(nameOnly.status, 400);
    QCOMPARE(nameOnly.object().value(QLatin1String("non_field_errors")).toArray(), QJsonArray{rule});
    // ...and sending the user fields along succeeds.
    const Answer withFields = call("PATCH", QStringLiteral("/stages/identification/%1/").arg(pk),
                                   R"({"name": "akdesk-test-ident2", "user_fields": ["username"]})");
    QCOMPARE(withFields.status, 200);
    QCOMPARE(withFields.object().value(QLatin1String("sources")).toArray(), QJsonArray{github});
    QCOMPARE(call("DELETE", QStringLiteral("/stages/identification/%1/").arg(pk)).status, 204);
}

void TestSandbox::passkeyStageIsAValidationStage()
{
    // IdentificationStage.webauthn_stage: a ForeignKey to AuthenticatorValidateStage
    // (authentik/stages/identification/models.py), the stage that validates the passkey.
    const QString validation = stagePk("default-authentication-mfa-validation");
    const Answer created = call("POST", QStringLiteral("/stages/identification/"),
                                json({{QStringLiteral("name"), QStringLiteral("akdesk-test-passkey")},
                                      {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}},
                                      {QStringLiteral("webauthn_stage"), validation}}));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QLatin1String("webauthn_stage")).toString(), validation);
    const Answer captcha = call("POST", QStringLiteral("/stages/identification/"),
                                json({{QStringLiteral("name"), QStringLiteral("akdesk-test-passkey2")},
                                      {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}},
                                      {QStringLiteral("webauthn_stage"), stagePk("akdesk-sandbox-captcha")}}));
    QCOMPARE(captcha.status, 400);
    QCOMPARE(captcha.error(QStringLiteral("webauthn_stage")),
             QStringLiteral("Invalid pk \"%1\" - object does not exist.").arg(stagePk("akdesk-sandbox-captcha")));
    QCOMPARE(call("DELETE", QStringLiteral("/stages/identification/%1/").arg(created.object().value(QLatin1String("pk")).toString())).status, 204);
}

void TestSandbox::readOnlyFieldsAreIgnored()
{
    const Answer created = call("POST", QStringLiteral("/stages/dummy/"),
                                R"({"name": "akdesk-test-readonly", "pk": "3fa85f64-5717-4562-b3fc-2c963f66afa6",)"
                                R"( "component": "x", "verbose_name": "x", "flow_set": [1], "colour": "blue"})");
    QCOMPARE(created.status, 201);
    const QJsonObject stage = created.object();
    QVERIFY(stage.value(QLatin1String("pk")).toString() != QLatin1String("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    QCOMPARE(stage.value(QLatin1String("component")).toString(), QStringLiteral("ak-stage-dummy-form"));
    QCOMPARE(stage.value(QLatin1String("verbose_name")).toString(), QStringLiteral("Dummy Stage"));
    QCOMPARE(stage.value(QLatin1String("meta_model_name")).toString(), QStringLiteral("authentik_stages_dummy.dummystage"));
    QCOMPARE(stage.value(QLatin1String("flow_set")).toArray(), QJsonArray());
    QVERIFY(!stage.contains(QLatin1String("colour")));
    QCOMPARE(call("DELETE", QStringLiteral("/stages/all/%1/").arg(stage.value(QLatin1String("pk")).toString())).status, 204);
}

void TestSandbox::createUniqueNames()
{
    const QByteArray body = R"({"name": "akdesk-test-unique"})";
    const Answer created = call("POST", QStringLiteral("/stages/dummy/"), body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(QLatin1String("throw_error")).toBool(), false);
    // Stage names are unique across every kind.
    const Answer again = call("POST", QStringLiteral("/stages/user_login/"), body);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.error(QStringLiteral("name")), QStringLiteral("stage with this name already exists."));
    // Renaming onto another stage's name fails too; keeping one's own name does not.
    const QString pk = created.object().value(QLatin1String("pk")).toString();
    QCOMPARE(call("PATCH", QStringLiteral("/stages/dummy/%1/").arg(pk), R"({"name": "akdesk-sandbox-captcha"})").status, 400);
    QCOMPARE(call("PATCH", QStringLiteral("/stages/dummy/%1/").arg(pk), body).status, 200);
    const Answer flow = call("POST", QStringLiteral("/flows/instances/"),
                             R"({"name": "x", "slug": "default-authentication-flow", "title": "x", "designation": "authentication"})");
    QCOMPARE(flow.status, 400);
    QCOMPARE(flow.error(QStringLiteral("slug")), QStringLiteral("Flow with this slug already exists."));
}

void TestSandbox::putAndPatch()
{
    const QString pk = call("POST", QStringLiteral("/stages/dummy/"), R"({"name": "akdesk-test-put"})").object()
                           .value(QLatin1String("pk")).toString();
    const QString path = QStringLiteral("/stages/dummy/%1/").arg(pk);
    // PUT needs every required field; PATCH changes only what it sends.
    const Answer put = call("PUT", path, R"({"throw_error": true})");
    QCOMPARE(put.status, 400);
    QCOMPARE(put.error(QStringLiteral("name")), QStringLiteral("This field is required."));
    const Answer patch = call("PATCH", path, R"({"throw_error": true})");
    QCOMPARE(patch.status, 200);
    QCOMPARE(patch.object().value(QLatin1String("name")).toString(), QStringLiteral("akdesk-test-put"));
    QCOMPARE(patch.object().value(QLatin1String("throw_error")).toBool(), true);
    const Answer full = call("PUT", path, R"({"name": "akdesk-test-put-renamed", "throw_error": false})");
    QCOMPARE(full.status, 200);
    const QJsonObject stored = call("GET", path).object();
    QCOMPARE(stored.value(QLatin1String("name")).toString(), QStringLiteral("akdesk-test-put-renamed"));
    QCOMPARE(stored.value(QLatin1String("throw_error")).toBool(), false);
    QCOMPARE(stored.value(QLatin1String("pk")).toString(), pk);
    // The same stage under another kind's path does not exist.
    QCOMPARE(call("GET", QStringLiteral("/stages/user_login/%1/").arg(pk)).status, 404);
    QCOMPARE(call("PATCH", QStringLiteral("/stages/user_login/%1/").arg(pk), R"({"name": "x"})").status, 404);
    const Answer deleted = call("DELETE", path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const Answer gone = call("GET", path);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.object().value(QLatin1String("detail")).toString(), QStringLiteral("No DummyStage matches the given query."));
    QCOMPARE(call("DELETE", path).status, 404);
}

void TestSandbox::deleteCascadesBindings()
{
    const QString stage = call("POST", QStringLiteral("/stages/dummy/"), R"({"name": "akdesk-test-bound"})").object()
                              .value(QLatin1String("pk")).toString();
    const QString flow = flowPk("default-authentication-flow");
    const Answer binding = call("POST", QStringLiteral("/flows/bindings/"),
                                json({{QStringLiteral("target"), flow}, {QStringLiteral("stage"), stage}, {QStringLiteral("order"), 500}}));
    QCOMPARE(binding.status, 201);
    const QJsonObject created = binding.object();
    QCOMPARE(created.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("akdesk-test-bound"));
    QCOMPARE(created.value(QLatin1String("stage_obj")).toObject().value(QLatin1String("component")).toString(), QStringLiteral("ak-stage-dummy-form"));
    QCOMPARE(created.value(QLatin1String("re_evaluate_policies")).toBool(), true);
    QCOMPARE(created.value(QLatin1String("invalid_response_action")).toString(), QStringLiteral("retry"));
    const QString bindingPk = created.value(QLatin1String("pk")).toString();
    // FlowStageBinding inherits PolicyBindingModel: its fsb_uuid and the parent's pbm_uuid differ.
    const QString pbm = created.value(QLatin1String("policybindingmodel_ptr_id")).toString();
    QVERIFY(!pbm.isEmpty() && pbm != bindingPk);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/?pbm_uuid=%1").arg(pbm)).results().size(), 1);
    // The same target, stage and order once more is refused.
    QCOMPARE(call("POST", QStringLiteral("/flows/bindings/"),
                  json({{QStringLiteral("target"), flow}, {QStringLiteral("stage"), stage}, {QStringLiteral("order"), 500}})).status, 400);
    // The stage now lists the flow in flow_set, the flow lists the stage, the bindings filter finds it.
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/%1/").arg(stage)).object().value(QLatin1String("flow_set"))
                 .toArray().first().toObject().value(QLatin1String("slug")).toString(),
             QStringLiteral("default-authentication-flow"));
    QVERIFY(call("GET", QStringLiteral("/flows/instances/default-authentication-flow/")).object()
                .value(QLatin1String("stages")).toArray().contains(QJsonValue(stage)));
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/?stage=%1").arg(stage)).results().size(), 1);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/?fsb_uuid=%1").arg(bindingPk)).results().size(), 1);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/?target=%1&order=500").arg(flow)).results().size(), 1);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/%1/used_by/").arg(bindingPk)).array(), QJsonArray());

    QCOMPARE(call("DELETE", QStringLiteral("/stages/dummy/%1/").arg(stage)).status, 204);
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/%1/").arg(stage)).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/%1/").arg(bindingPk)).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/?target=%1").arg(flow)).pagination().value(QLatin1String("count")).toInt(), 4);
}

void TestSandbox::deleteFlowCascades()
{
    const Answer flow = call("POST", QStringLiteral("/flows/instances/"),
                             R"({"name": "Doomed", "slug": "akdesk-test-doomed", "title": "Doomed", "designation": "enrollment"})");
    QCOMPARE(flow.status, 201);
    QCOMPARE(flow.object().value(QLatin1String("export_url")).toString(), QStringLiteral("/api/v3/flows/instances/akdesk-test-doomed/export/"));
    QCOMPARE(flow.object().value(QLatin1String("layout")).toString(), QStringLiteral("stacked"));
    const QString flowId = flow.object().value(QLatin1String("pk")).toString();
    const QString stage = stagePk("akdesk-sandbox-captcha");
    QCOMPARE(call("POST", QStringLiteral("/flows/bindings/"),
                  json({{QStringLiteral("target"), flowId}, {QStringLiteral("stage"), stage}, {QStringLiteral("order"), 0}})).status, 201);
    const Answer referrer = call("POST", QStringLiteral("/stages/identification/"),
                                 json({{QStringLiteral("name"), QStringLiteral("akdesk-test-enrolls")},
                                       {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}},
                                       {QStringLiteral("enrollment_flow"), flowId}}));
    QCOMPARE(referrer.status, 201);
    QStringList actions;
    for (const QJsonValue &entry : call("GET", QStringLiteral("/flows/instances/akdesk-test-doomed/used_by/")).array())
        actions.append(entry.toObject().value(QLatin1String("model_name")).toString() + QLatin1Char(':')
                       + entry.toObject().value(QLatin1String("action")).toString());
    actions.sort();
    // authentik/core/api/used_by.py: the binding (CASCADE) and the bound stage (Flow.stages,
    // cascade_many); the identification stage's enrollment_flow has related_name="+", so no
    // manager lists it.
    QCOMPARE(actions, (QStringList{QStringLiteral("flowstagebinding:cascade"), QStringLiteral("stage:cascade_many")}));

    QCOMPARE(call("DELETE", QStringLiteral("/flows/instances/akdesk-test-doomed/")).status, 204);
    QCOMPARE(call("GET", QStringLiteral("/flows/instances/akdesk-test-doomed/")).status, 404);
    QCOMPARE(call("GET", QStringLiteral("/flows/bindings/?target=%1").arg(flowId)).results().size(), 0);
    // The stage survives with its reference cleared.
    const QString referrerPath = QStringLiteral("/stages/identification/%1/").arg(referrer.object().value(QLatin1String("pk")).toString());
    QVERIFY(call("GET", referrerPath).object().value(QLatin1String("enrollment_flow")).isNull());
    QCOMPARE(call("DELETE", referrerPath).status, 204);
}

void TestSandbox::usedBy()
{
    const QString password = stagePk("default-authentication-password");
    const QString path = QStringLiteral("/stages/password/%1/used_by/").arg(password);
    // The flow it is bound into (cascade_many), its binding (cascade), the probe (set_null).
    const QJsonArray before = call("GET", path).array();
    QCOMPARE(before.size(), 3);
    const QJsonObject flow = before.at(0).toObject();
    QCOMPARE(flow.value(QLatin1String("model_name")).toString(), QStringLiteral("flow"));
    QCOMPARE(flow.value(QLatin1String("name")).toString(), QStringLiteral("Flow Welcome to authentik! (default-authentication-flow)"));
    QCOMPARE(before.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("Flow-stage binding #20 to %1").arg(flowPk("default-authentication-flow")));
    QCOMPARE(before.at(2).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Stage akdesk-filter-probe"));
    const Answer referrer = call("POST", QStringLiteral("/stages/identification/"),
                                 json({{QStringLiteral("name"), QStringLiteral("akdesk-test-referrer")},
                                       {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}},
                                       {QStringLiteral("password_stage"), password}}));
    QCOMPARE(referrer.status, 201);
    const QString referrerPk = referrer.object().value(QLatin1String("pk")).toString();
    const QJsonArray used = call("GET", path).array();
    QStringList actions;
    for (const QJsonValue &entry : used) {
        const QJsonObject e = entry.toObject();
        for (const char *key : {"app", "model_name", "pk", "name", "action"})
            QVERIFY2(e.contains(QLatin1String(key)), key);
        actions.append(e.value(QLatin1String("app")).toString() + QLatin1Char('.') + e.value(QLatin1String("model_name")).toString()
                       + QLatin1Char(':') + e.value(QLatin1String("action")).toString());
    }
    actions.sort();
    QCOMPARE(actions, (QStringList{QStringLiteral("authentik_flows.flow:cascade_many"), QStringLiteral("authentik_flows.flowstagebinding:cascade"),
                                   QStringLiteral("authentik_stages_identification.identificationstage:set_null"),
                                   QStringLiteral("authentik_stages_identification.identificationstage:set_null")}));
    QCOMPARE(call("GET", QStringLiteral("/stages/all/%1/used_by/").arg(password)).array(), used);
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/%1/used_by/").arg(password)).status, 404);
    // A stage nothing uses.
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/%1/used_by/").arg(stagePk("akdesk-sandbox-dummy"))).array(), QJsonArray());
    // A flow is used by its bindings, by stages pointing at it (the password stage's
    // configure_flow) and by its bound stages (Flow.stages).
    QStringList flowActions;
    for (const QJsonValue &entry : call("GET", QStringLiteral("/flows/instances/default-password-change/used_by/")).array())
        flowActions.append(entry.toObject().value(QLatin1String("model_name")).toString() + QLatin1Char(':')
                           + entry.toObject().value(QLatin1String("action")).toString());
    flowActions.sort();
    QCOMPARE(flowActions, (QStringList{QStringLiteral("flowstagebinding:cascade"), QStringLiteral("flowstagebinding:cascade"),
                                       QStringLiteral("passwordstage:set_null"), QStringLiteral("stage:cascade_many"),
                                       QStringLiteral("stage:cascade_many")}));
    QCOMPARE(call("DELETE", QStringLiteral("/stages/identification/%1/").arg(referrerPk)).status, 204);
}

void TestSandbox::typesCoverEveryKind()
{
    const Answer answer = call("GET", QStringLiteral("/stages/all/types/"));
    QCOMPARE(answer.status, 200);
    const QJsonArray types = answer.array();
    QSet<QString> models;
    for (const ResourceDescriptor *kind : SchemaRegistry::bundled()->stageKinds())
        models.insert(kind->modelName.section(QLatin1Char('.'), 1));
    // The Dummy stage is offered only by a server running with DEBUG.
    models.remove(QStringLiteral("dummystage"));
    QSet<QString> served;
    QStringList enterprise;
    QString previous;
    for (const QJsonValue &value : types) {
        const QJsonObject type = value.toObject();
        for (const char *key : {"name", "description", "component", "model_name"})
            QVERIFY2(!type.value(QLatin1String(key)).toString().isEmpty(), key);
        QCOMPARE(type.value(QLatin1String("deprecated")).toBool(true), false);
        served.insert(type.value(QLatin1String("model_name")).toString());
        if (type.value(QLatin1String("requires_enterprise")).toBool())
            enterprise.append(type.value(QLatin1String("model_name")).toString());
        QVERIFY(type.value(QLatin1String("icon_url")).isNull());
        QVERIFY(previous <= type.value(QLatin1String("name")).toString());  // authentik sorts by name
        previous = type.value(QLatin1String("name")).toString();
    }
    QCOMPARE(types.size(), models.size());
    QCOMPARE(served, models);
    QVERIFY(enterprise.contains(QStringLiteral("sourcestage")));
    QVERIFY(!enterprise.contains(QStringLiteral("identificationstage")));
}

void TestSandbox::typeFacts_data()
{
    // TypesMixin.types (authentik/core/api/object_types.py) from each kind's models.py:
    // Meta.verbose_name, the class docstring, and whether the app is an enterprise one.
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<bool>("enterprise");
    QTest::newRow("identification") << QStringLiteral("identificationstage") << QStringLiteral("Identification Stage")
                                    << QStringLiteral("Allows the user to identify themselves for authentication.") << false;
    QTest::newRow("totp") << QStringLiteral("authenticatortotpstage") << QStringLiteral("TOTP Authenticator Setup Stage")
                          << QStringLiteral("Enroll a user's device into Time-based OTP.") << false;
    QTest::newRow("validate") << QStringLiteral("authenticatorvalidatestage") << QStringLiteral("Authenticator Validation Stage")
                              << QStringLiteral("Validate user's configured OTP Device.") << false;
    QTest::newRow("password") << QStringLiteral("passwordstage") << QStringLiteral("Password Stage")
                              << QStringLiteral("Prompt the user for their password, and validate it against the configured backends.") << false;
    QTest::newRow("source") << QStringLiteral("sourcestage") << QStringLiteral("Source Stage")
                            << QStringLiteral("Suspend the current flow execution and send the user to a source,\n    after which this flow execution is resumed.")
                            << true;
    QTest::newRow("mtls") << QStringLiteral("mutualtlsstage") << QStringLiteral("Mutual TLS Stage")
                          << QStringLiteral("Authenticate/enroll users using a client-certificate.") << true;
}

void TestSandbox::typeFacts()
{
    QFETCH(QString, model);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(bool, enterprise);
    QJsonObject found;
    for (const QJsonValue &type : call("GET", QStringLiteral("/stages/all/types/")).array()) {
        if (type.toObject().value(QLatin1String("model_name")).toString() == model)
            found = type.toObject();
    }
    QCOMPARE(found.value(QLatin1String("name")).toString(), name);
    QCOMPARE(found.value(QLatin1String("description")).toString(), description);
    QCOMPARE(found.value(QLatin1String("requires_enterprise")).toBool(), enterprise);
    QCOMPARE(found.value(QLatin1String("deprecated")).toBool(true), false);
    QVERIFY(found.value(QLatin1String("icon_url")).isNull());
}

void TestSandbox::dummyTypeOnlyWithDebug()
{
    const auto hasDummy = [](const QJsonArray &types) {
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &t) {
            return t.toObject().value(QLatin1String("model_name")).toString() == QLatin1String("dummystage");
        });
    };
    QVERIFY(!hasDummy(call("GET", QStringLiteral("/stages/all/types/")).array()));
    sandbox::SandboxServer::Options options;
    options.token = QStringLiteral("t");
    options.debug = true;
    sandbox::SandboxServer debug(options);
    QVERIFY(debug.start(0) != 0);
    QNetworkRequest request(QUrl(debug.url().toString() + QStringLiteral("/api/v3/stages/all/types/")));
    request.setRawHeader("Authorization", "Bearer t");
    QNetworkReply *reply = m_nam.get(request);
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000));
    QVERIFY(hasDummy(QJsonDocument::fromJson(reply->readAll()).array()));
    reply->deleteLater();
    // The route itself works either way.
    QCOMPARE(call("GET", QStringLiteral("/stages/dummy/")).status, 200);
}

void TestSandbox::crudForEveryKind()
{
    // Every kind of the registry answers list, create (its own required fields only), read,
    // patch and delete, generically from its descriptor.
    const auto schema = SchemaRegistry::bundled();
    QHash<QString, QString> typeNames;
    for (const QJsonValue &type : call("GET", QStringLiteral("/stages/all/types/")).array())
        typeNames.insert(type.toObject().value(QLatin1String("model_name")).toString(), type.toObject().value(QLatin1String("name")).toString());
    for (const ResourceDescriptor *kind : schema->stageKinds()) {
        const QString list = kind->listPath;
        const Answer listed = call("GET", list);
        QVERIFY2(listed.status == 200, qPrintable(list));
        QJsonObject body{{QStringLiteral("name"), QStringLiteral("akdesk-test-kind-") + kind->key}};
        QString unreachable;  ///< a required reference to objects the sandbox has none of
        for (const FieldDescriptor &field : kind->fields) {
            if (field.readOnly || !field.required || field.name == QLatin1String("name"))
                continue;
            if (field.type == FieldType::Enum)
                body.insert(field.name, field.enumValues.first());
            else if (field.type == FieldType::Uuid && field.reference == QLatin1String("sources"))
                body.insert(field.name, call("GET", QStringLiteral("/sources/all/github/")).object().value(QLatin1String("pk")));
            else if (field.type == FieldType::Uuid && field.reference == QLatin1String("flows"))
                body.insert(field.name, flowPk("default-authentication-flow"));
            else if (field.type == FieldType::Uuid && field.reference.startsWith(QLatin1String("stages/")))
                body.insert(field.name, stagePk("default-authentication-password"));
            else if (field.type == FieldType::Uuid) {
                body.insert(field.name, QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
                unreachable = field.name;
            }
            else if (field.type == FieldType::Boolean)
                body.insert(field.name, true);
            else if (field.type == FieldType::Integer)
                body.insert(field.name, 1);
            else if (field.type == FieldType::Duration)
                body.insert(field.name, QStringLiteral("minutes=5"));
            else if (field.type == FieldType::Object)
                body.insert(field.name, QJsonObject());
            else if (field.type == FieldType::Array)
                body.insert(field.name, field.itemType == FieldType::Enum ? QJsonArray{field.enumValues.first()} : QJsonArray());
            else
                body.insert(field.name, QStringLiteral("value"));
        }
        if (kind->key == QLatin1String("stages/identification"))
            body.insert(QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")});
        const Answer created = call("POST", list, json(body));
        if (!unreachable.isEmpty()) {
            // As on a server without such objects: the pk names nothing.
            QCOMPARE(created.status, 400);
            QVERIFY2(created.error(unreachable).startsWith(QLatin1String("Invalid pk")), created.body.constData());
            continue;
        }
        QVERIFY2(created.status == 201, qPrintable(list + QLatin1Char(' ') + QString::fromUtf8(created.body)));
        const QJsonObject record = created.object();
        QCOMPARE(record.value(QLatin1String("component")).toString(), kind->component);
        QCOMPARE(record.value(QLatin1String("meta_model_name")).toString(), kind->modelName);
        // The model's Meta.verbose_name, as /stages/all/types/ names the kind too.
        QCOMPARE(record.value(QLatin1String("verbose_name")).toString(),
                 kind->key == QLatin1String("stages/dummy") ? QStringLiteral("Dummy Stage") : typeNames.value(kind->modelName.section(QLatin1Char('.'), 1)));
        // Every field of the kind is there, defaults filled in.
        for (const FieldDescriptor &field : kind->fields)
            QVERIFY2(record.contains(field.name) || field.writeOnly, qPrintable(list + field.name));
        const QString detail = kind->detailPath(record.value(QLatin1String("pk")).toString());
        QCOMPARE(call("GET", detail).object(), record);
        QJsonObject rename{{QStringLiteral("name"), body.value(QLatin1String("name")).toString() + QStringLiteral("-renamed")}};
        if (kind->key == QLatin1String("stages/identification"))
            rename.insert(QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")});
        QCOMPARE(call("PATCH", detail, json(rename)).status, 200);
        QCOMPARE(call("GET", detail + QStringLiteral("used_by/")).status, 200);
        QCOMPARE(call("DELETE", detail).status, 204);
        QCOMPARE(call("GET", detail).status, 404);
    }
}

void TestSandbox::diagramLikeAuthentik()
{
    const Answer answer = call("GET", QStringLiteral("/flows/instances/default-authentication-flow/diagram/"));
    QCOMPARE(answer.status, 200);
    // authentik's FlowDiagram.build() (authentik/flows/api/flows_diagram.py) for the default
    // authentication flow: no authentication requirement, no flow policies, one expression policy
    // on the password binding, reached from the stage before it, "passed" into the password
    // stage and "denied" past it; a stage's kind is its model's verbose_name.
    const auto label = [](const char *key) {
        static const QHash<QString, QString> names{{QStringLiteral("stages/identification"), QStringLiteral("Identification Stage")},
                                                   {QStringLiteral("stages/password"), QStringLiteral("Password Stage")},
                                                   {QStringLiteral("stages/authenticator/validate"), QStringLiteral("Authenticator Validation Stage")},
                                                   {QStringLiteral("stages/user_login"), QStringLiteral("User Login Stage")}};
        return names.value(QLatin1String(key));
    };
    QCOMPARE(answer.object().value(QLatin1String("diagram")).toString(),
             QStringLiteral("graph TD\n"
                            "flow_start[[\"Flow\nWelcome to authentik!\"]]\n"
                            "--> stage_0([\"Stage (%1)\ndefault-authentication-identification\"])\n"
                            "stage_1_policy_0 --Policy passed--> stage_1([\"Stage (%2)\ndefault-authentication-password\"])\n"
                            "--> stage_2([\"Stage (%3)\ndefault-authentication-mfa-validation\"])\n"
                            "--> stage_3([\"Stage (%4)\ndefault-authentication-login\"])\n"
                            "stage_0 --> stage_1_policy_0{{\"Policy (Expression Policy)\ndefault-authentication-flow-password-stage\"}}\n"
                            "stage_1_policy_0 --Policy denied--> stage_2([\"Stage (%3)\ndefault-authentication-mfa-validation\"])\n"
                            "stage_3 --> done[[\"End of the flow\"]]")
                 .arg(label("stages/identification"), label("stages/password"), label("stages/authenticator/validate"),
                      label("stages/user_login")));
    QCOMPARE(label("stages/identification"), QStringLiteral("Identification Stage"));
    // A flow that requires a logged-in user and has no stages.
    const QString consent = call("GET", QStringLiteral("/flows/instances/default-provider-authorization-implicit-consent/diagram/")).object()
                                .value(QLatin1String("diagram")).toString();
    QVERIFY(consent.startsWith(QLatin1String("graph TD\nflow_auth_requirement[\"Flow authentication requirement\nrequire_authenticated\"]\n")));
    QVERIFY(consent.contains(QLatin1String("flow_auth_requirement --Requirement not fulfilled--> done[[\"End of the flow\"]]")));
    QVERIFY(consent.endsWith(QLatin1String("flow_start --> done[[\"End of the flow\"]]")));
    QCOMPARE(call("GET", QStringLiteral("/flows/instances/no-such-flow/diagram/")).status, 404);
}

void TestSandbox::exportIsABlueprint()
{
    const Answer answer = call("GET", QStringLiteral("/flows/instances/default-authentication-flow/export/"));
    QCOMPARE(answer.status, 200);
    // authentik returns a download (a Django HttpResponse, so text/html by default).
    QCOMPARE(answer.disposition, QByteArrayLiteral("attachment; filename=\"default-authentication-flow.yaml\""));
    const QString yaml = QString::fromUtf8(answer.body);
    // Like PyYAML's dump (sorted keys), with the version first.
    QVERIFY(yaml.startsWith(QLatin1String("version: 1\ncontext: {}\nentries:\n- attrs:\n")));
    QCOMPARE(yaml.count(QLatin1String("version:")), 1);
    QVERIFY(yaml.contains(QLatin1String("\nmetadata:\n  labels:\n    blueprints.goauthentik.io/generated: 'true'\n  name: authentik Export - ")));
    // The flow, the password binding's policy, the four stages, their bindings, the policy binding.
    QCOMPARE(yaml.count(QLatin1String("\n- attrs:")), 1 + 1 + 4 + 4 + 1);
    QCOMPARE(yaml.count(QLatin1String("  model: authentik_flows.flowstagebinding\n")), 4);
    QCOMPARE(yaml.count(QLatin1String("  model: authentik_policies.policybinding\n")), 1);
    QCOMPARE(yaml.count(QLatin1String("  state: present\n")), 11);
    // Every entry carries BlueprintEntry's permissions, empty in an export.
    QCOMPARE(yaml.count(QLatin1String("  permissions: []\n")), 11);
    QVERIFY(yaml.contains(QLatin1String("  identifiers:\n    pk: %1\n    slug: default-authentication-flow\n  model: authentik_flows.flow\n")
                              .arg(flowPk("default-authentication-flow"))));
    QVERIFY(yaml.contains(QLatin1String("  identifiers:\n    name: default-authentication-password\n    pk: %1\n  model: authentik_stages_password.passwordstage\n")
                              .arg(stagePk("default-authentication-password"))));
    QVERIFY(yaml.contains(QLatin1String("    user_fields:\n    - email\n    - username\n")));
    QVERIFY(yaml.contains(QLatin1String("    order: 100\n")));
    // The flow comes first, the stages before the bindings that use them.
    QVERIFY(yaml.indexOf(QLatin1String("model: authentik_flows.flow\n")) < yaml.indexOf(QLatin1String("model: authentik_stages_")));
    QVERIFY(yaml.lastIndexOf(QLatin1String("model: authentik_stages_")) < yaml.indexOf(QLatin1String("model: authentik_flows.flowstagebinding")));
    QCOMPARE(call("GET", QStringLiteral("/flows/instances/no-such-flow/export/")).status, 404);
}

void TestSandbox::exportCarriesThePrompts()
{
    // FlowExporter.get_entries (authentik/blueprints/v1/exporter.py): the flow, then the prompts
    // of its prompt stages (walk_stage_prompts, identified by pk), then stages, then bindings, so
    // that importing the file creates each prompt before the stage that lists it.
    const Answer answer = call("GET", QStringLiteral("/flows/instances/default-password-change/export/"));
    QCOMPARE(answer.status, 200);
    const QString yaml = QString::fromUtf8(answer.body);
    QCOMPARE(yaml.count(QLatin1String("  model: authentik_stages_prompt.prompt\n")), 2);
    QString passwordPk;
    for (const QJsonValue &prompt : call("GET", QStringLiteral("/stages/prompt/prompts/?page_size=100")).results()) {
        if (prompt.toObject().value(QLatin1String("name")).toString() == QLatin1String("default-password-change-field-password"))
            passwordPk = prompt.toObject().value(QLatin1String("pk")).toString();
    }
    QVERIFY(!passwordPk.isEmpty());
    QVERIFY(yaml.contains(QLatin1String("  identifiers:\n    pk: %1\n  model: authentik_stages_prompt.prompt\n").arg(passwordPk)));
    QVERIFY(yaml.contains(QLatin1String("    field_key: password_repeat\n")));
    QVERIFY(yaml.contains(QLatin1String("    label: Password (repeat)\n")));
    QVERIFY(yaml.contains(QLatin1String("    order: 300\n")));
    QVERIFY(!yaml.contains(QLatin1String("prompt_stages_obj")));  // read-only, not in a blueprint
    const qsizetype firstPrompt = yaml.indexOf(QLatin1String("model: authentik_stages_prompt.prompt\n"));
    QVERIFY(yaml.indexOf(QLatin1String("model: authentik_flows.flow\n")) < firstPrompt);
    QVERIFY(yaml.lastIndexOf(QLatin1String("model: authentik_stages_prompt.prompt\n")) < yaml.indexOf(QLatin1String("model: authentik_stages_prompt.promptstage\n")));
    QCOMPARE(yaml.count(QLatin1String("\n- attrs:")), 1 + 2 + 1 + 2 + 2 + 1);  // flow, prompts, policy, stages, bindings, policy binding
    // A flow without prompt stages has none.
    QVERIFY(!call("GET", QStringLiteral("/flows/instances/default-authentication-flow/export/")).body.contains("authentik_stages_prompt.prompt\n"));
}

void TestSandbox::sources()
{
    const Answer list = call("GET", QStringLiteral("/sources/all/?ordering=name"));
    QCOMPARE(list.status, 200);
    QVERIFY(list.results().size() >= 3);
    bool builtIn = false;
    for (const QJsonValue &value : list.results()) {
        const QJsonObject source = value.toObject();
        for (const char *key : {"pk", "name", "slug", "component", "verbose_name", "meta_model_name", "icon_url", "managed"})
            QVERIFY2(source.contains(QLatin1String(key)), key);
        if (source.value(QLatin1String("slug")).toString() == QLatin1String("authentik-built-in")) {
            builtIn = true;
            QCOMPARE(source.value(QLatin1String("name")).toString(), QStringLiteral("authentik Built-in"));
            QCOMPARE(source.value(QLatin1String("component")).toString(), QString());
        }
    }
    QVERIFY(builtIn);
    QCOMPARE(call("GET", QStringLiteral("/sources/all/corporate-saml/")).object().value(QLatin1String("component")).toString(),
             QStringLiteral("ak-source-saml-form"));
    QCOMPARE(call("GET", QStringLiteral("/sources/all/?slug=github")).results().size(), 1);
    QCOMPARE(call("GET", QStringLiteral("/sources/all/nowhere/")).status, 404);
    QCOMPARE(call("POST", QStringLiteral("/sources/all/"), "{}").status, 405);
}

void TestSandbox::userAndVersion()
{
    const QJsonObject me = call("GET", QStringLiteral("/core/users/me/")).object();
    const QJsonObject user = me.value(QLatin1String("user")).toObject();
    QCOMPARE(user.value(QLatin1String("username")).toString(), QStringLiteral("akadmin"));
    QCOMPARE(user.value(QLatin1String("is_superuser")).toBool(), true);
    QVERIFY(me.value(QLatin1String("users")).isArray());
    const QJsonObject version = call("GET", QStringLiteral("/admin/version/")).object();
    QCOMPARE(version.value(QLatin1String("version_current")).toString(), QStringLiteral("2026.8.3"));
    for (const char *key : {"version_latest", "version_latest_valid", "build_hash", "outdated", "outpost_outdated"})
        QVERIFY2(version.contains(QLatin1String(key)), key);
    const Answer schema = call("GET", QStringLiteral("/schema/?format=json"));
    QCOMPARE(schema.status, 200);
    QCOMPARE(schema.object().value(QLatin1String("info")).toObject().value(QLatin1String("version")).toString(), QStringLiteral("2026.8.3"));
}

void TestSandbox::badRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("key");
    QTest::newRow("broken json") << QByteArrayLiteral("POST") << QStringLiteral("/stages/dummy/") << QByteArrayLiteral("{\"name\":") << 400
                                 << QStringLiteral("detail");
    QTest::newRow("list body") << QByteArrayLiteral("POST") << QStringLiteral("/stages/dummy/") << QByteArrayLiteral("[1]") << 400
                               << QStringLiteral("non_field_errors");
    QTest::newRow("post to all") << QByteArrayLiteral("POST") << QStringLiteral("/stages/all/") << QByteArrayLiteral("{}") << 405 << QStringLiteral("detail");
    QTest::newRow("patch through all") << QByteArrayLiteral("PATCH") << QStringLiteral("/stages/all/{captcha}/") << QByteArrayLiteral("{}") << 405
                                       << QStringLiteral("detail");
    QTest::newRow("delete a list") << QByteArrayLiteral("DELETE") << QStringLiteral("/flows/instances/") << QByteArray() << 405 << QStringLiteral("detail");
    QTest::newRow("post a diagram") << QByteArrayLiteral("POST") << QStringLiteral("/flows/instances/default-invalidation-flow/diagram/")
                                    << QByteArrayLiteral("{}") << 405 << QStringLiteral("detail");
    QTest::newRow("unknown route") << QByteArrayLiteral("GET") << QStringLiteral("/stages/teleport/") << QByteArray() << 404 << QStringLiteral("detail");
    QTest::newRow("outside the api") << QByteArrayLiteral("GET") << QStringLiteral("/../../if/admin/") << QByteArray() << 404 << QStringLiteral("detail");
    QTest::newRow("unknown stage") << QByteArrayLiteral("GET") << QStringLiteral("/stages/dummy/3fa85f64-5717-4562-b3fc-2c963f66afa6/")
                                   << QByteArray() << 404 << QStringLiteral("detail");
    QTest::newRow("unknown flow") << QByteArrayLiteral("PATCH") << QStringLiteral("/flows/instances/no-such-flow/") << QByteArrayLiteral("{}")
                                  << 404 << QStringLiteral("detail");
    QTest::newRow("empty patch") << QByteArrayLiteral("PATCH") << QStringLiteral("/stages/captcha/{captcha}/") << QByteArray() << 200
                                 << QStringLiteral("pk");
}

void TestSandbox::badRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, key);
    path.replace(QLatin1String("{captcha}"), stagePk("akdesk-sandbox-captcha"));
    const Answer answer = call(method, path, body);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.object().contains(key), answer.body.constData());
}

void TestSandbox::keepAliveAndRawPatch()
{
    // Two requests on one connection, the second a PATCH with a body.
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /api/v3/stages/captcha/ HTTP/1.1\r\nHost: sandbox\r\nAuthorization: Bearer t\r\nConnection: keep-alive\r\n\r\n");
    const QByteArray first = readResponse(socket);
    QVERIFY2(first.startsWith("HTTP/1.1 200"), first.left(200).constData());
    const QByteArray body = R"({"public_key": "akdesk-test-raw"})";
    socket.write("PATCH /api/v3/stages/captcha/" + stagePk("akdesk-sandbox-captcha").toUtf8() + "/ HTTP/1.1\r\nHost: sandbox\r\n"
                 "Authorization: Bearer t\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QByteArray second = readResponse(socket);
    QVERIFY2(second.startsWith("HTTP/1.1 200"), second.left(200).constData());
    QVERIFY(second.contains("\"public_key\":\"akdesk-test-raw\""));
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandbox::seededDefaults()
{
    const QList<QPair<const char *, const char *>> flows{
        {"default-authentication-flow", "authentication"}, {"default-invalidation-flow", "invalidation"},
        {"default-source-enrollment", "enrollment"}, {"default-source-authentication", "authentication"},
        {"default-provider-authorization-implicit-consent", "authorization"},
        {"default-provider-authorization-explicit-consent", "authorization"}, {"default-password-change", "stage_configuration"}};
    for (const auto &[slug, designation] : flows) {
        const Answer flow = call("GET", QStringLiteral("/flows/instances/%1/").arg(QLatin1String(slug)));
        QCOMPARE(flow.status, 200);
        QCOMPARE(flow.object().value(QLatin1String("designation")).toString(), QLatin1String(designation));
        QCOMPARE(flow.object().value(QLatin1String("background_themed_urls")), QJsonValue(QJsonValue::Null));
    }
    const QJsonArray bindings = call("GET", QStringLiteral("/flows/bindings/?target=%1&ordering=order").arg(flowPk("default-authentication-flow"))).results();
    QStringList stages;
    QList<int> orders;
    for (const QJsonValue &binding : bindings) {
        stages.append(binding.toObject().value(QLatin1String("stage_obj")).toObject().value(QLatin1String("name")).toString());
        orders.append(binding.toObject().value(QLatin1String("order")).toInt());
    }
    QCOMPARE(stages, (QStringList{QStringLiteral("default-authentication-identification"), QStringLiteral("default-authentication-password"),
                                  QStringLiteral("default-authentication-mfa-validation"), QStringLiteral("default-authentication-login")}));
    QCOMPARE(orders, (QList<int>{10, 20, 30, 100}));
    const QJsonObject identification = call("GET", QStringLiteral("/stages/identification/%1/").arg(stagePk("default-authentication-identification"))).object();
    QCOMPARE(identification.value(QLatin1String("user_fields")).toArray(), (QJsonArray{QStringLiteral("email"), QStringLiteral("username")}));
    QVERIFY(identification.value(QLatin1String("password_stage")).isNull());  // as authentik's default blueprint has it
    // The same names get the same ids in every sandbox.
    sandbox::SandboxServer other;
    QCOMPARE(other.store().stagePkByName(QStringLiteral("default-authentication-login")), stagePk("default-authentication-login"));
    QVERIFY(other.store().stagePkByName(QStringLiteral("generated-stage-00001")).isEmpty());
    QVERIFY(!stagePk("generated-stage-00250").isEmpty());
    QVERIFY(m_server->requestCount() > 0);
    QVERIFY(m_server->requestCount(QStringLiteral("/flows/")) > 0);
}

void TestSandbox::tenThousandStagesAnswerQuickly()
{
    QElapsedTimer seeding;
    seeding.start();
    sandbox::SandboxServer::Options options;
    options.seedStages = 10000;
    sandbox::SandboxServer big(options);
    const qint64 seedMs = seeding.elapsed();
    QVERIFY2(seedMs < 3000, qPrintable(QString::number(seedMs)));
    QVERIFY(big.store().stageCount() > 10000);
    QUrlQuery query(QStringLiteral("search=generated&ordering=-name&page_size=100&page=3"));
    big.store().listStages(QStringLiteral("stages/all"), query);  // the first request sorts and remembers
    QElapsedTimer timer;
    timer.start();
    const int rounds = 10;
    sandbox::Reply reply;
    for (int i = 1; i <= rounds; ++i) {
        query.removeAllQueryItems(QStringLiteral("page"));
        query.addQueryItem(QStringLiteral("page"), QString::number(i));
        reply = big.store().listStages(QStringLiteral("stages/all"), query);
    }
    const qint64 perPage = timer.elapsed() / rounds;
    const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(page.value(QLatin1String("pagination")).toObject().value(QLatin1String("count")).toInt(), 10000);
    QCOMPARE(page.value(QLatin1String("results")).toArray().first().toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("generated-stage-09100"));
    // Generous for a debug build on a busy machine; a release build answers in about a millisecond.
    QVERIFY2(perPage < 50, qPrintable(QStringLiteral("%1 ms per page").arg(perPage)));
    qInfo("10,000 stages: seeded in %lld ms, a searched and ordered page in %lld ms", seedMs, perPage);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
