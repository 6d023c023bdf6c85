// The four operations the product started from (tests/data/seeds), run through ApiClient against
// the sandbox or the server named by AKDESK_TEST_URL / AKDESK_TEST_TOKEN.

#include "models/api/apiclient.h"
#include "models/records/record.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/samplebody.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace akdesk;

namespace {
const QString kIdentification = QStringLiteral("/stages/identification/");
using akdesk::records::textOf;
}

class TestSeedOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void putDummyStage();
    void postSourceStage();
    void postSourceStageUnknownSource();
    void patchIdentificationStage();
    void listFilters_data();
    void listFilters();
    void listOrdering_data();
    void listOrdering();
    void listSearch();
    void listPagination();
    void fieldErrors_data();
    void fieldErrors();
    void nonFieldError();
    void wrongToken();

private:
    QJsonObject seed(const char *file) const;
    QJsonObject create(const QString &path, const QJsonObject &body);
    QString flowOfDesignation(const QString &designation);
    QJsonArray listAll(const QString &path, ListQuery query);

    std::shared_ptr<const SchemaRegistry> m_schema;
    std::unique_ptr<test::TestServer> m_server;
    ApiClient *m_client = nullptr;
    QList<QString> m_cleanup;  ///< detail paths to delete at the end, newest first
    QJsonObject m_stageA;      ///< identification stage with every filterable field set
    QJsonObject m_stageB;      ///< identification stage with defaults
};

QJsonObject TestSeedOperations::seed(const char *file) const
{
    return QJsonDocument::fromJson(test::testData(QStringLiteral("seeds/") + QLatin1String(file))).object();
}

QJsonObject TestSeedOperations::create(const QString &path, const QJsonObject &body)
{
    const ApiResult result = test::await(m_client->create(path, body));
    if (!result.ok())
        qWarning("create %s failed: %s", qPrintable(path), qPrintable(result.error.message()));
    const QJsonObject record = result.object();
    const QString id = path == QLatin1String("/flows/instances/") ? textOf(record, "slug") : textOf(record, "pk");
    if (!id.isEmpty())
        m_cleanup.prepend(path + id + QLatin1Char('/'));
    return record;
}

QString TestSeedOperations::flowOfDesignation(const QString &designation)
{
    ListQuery query;
    query.filter(QStringLiteral("designation"), designation);
    const ApiResult result = test::await(m_client->list(QStringLiteral("/flows/instances/"), query));
    if (!result.results().isEmpty())
        return textOf(result.results().first().toObject(), "pk");
    const QString slug = test::SampleBodyBuilder::uniqueName(designation);
    return textOf(create(QStringLiteral("/flows/instances/"),
                      {{QStringLiteral("name"), slug}, {QStringLiteral("slug"), slug},
                       {QStringLiteral("title"), slug}, {QStringLiteral("designation"), designation}}),
               "pk");
}

QJsonArray TestSeedOperations::listAll(const QString &path, ListQuery query)
{
    QJsonArray all;
    query.page = 1;
    for (int guard = 0; guard < 100 && query.page > 0; ++guard) {
        const ApiResult result = test::await(m_client->list(path, query));
        if (!result.ok())
            break;
        for (const QJsonValue &row : result.results())
            all.append(row);
        query.page = result.pagination.next;
    }
    return all;
}

void TestSeedOperations::initTestCase()
{
    m_schema = SchemaRegistry::bundled();
    m_server = std::make_unique<test::TestServer>();
    m_client = m_server->client();
    test::SampleBodyBuilder builder(m_client, *m_schema);

    // Stage A sets every field seed 003 can filter on; stage B keeps the defaults.
    const QJsonObject captcha = create(QStringLiteral("/stages/captcha/"),
                                       builder.createBody(*m_schema->resource(QStringLiteral("stages/captcha")),
                                                          QStringLiteral("captcha")));
    QVERIFY(!textOf(captcha, "pk").isEmpty());
    const QString password = builder.firstExisting(QStringLiteral("stages/password"));
    QVERIFY2(!password.isEmpty(), "the server needs a password stage");
    QJsonObject a{
        {QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("ident-a"))},
        {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("username")}},
        {QStringLiteral("password_stage"), password},
        {QStringLiteral("captcha_stage"), textOf(captcha, "pk")},
        {QStringLiteral("case_insensitive_matching"), false},
        {QStringLiteral("show_matched_user"), false},
        {QStringLiteral("show_source_labels"), true},
        {QStringLiteral("enrollment_flow"), flowOfDesignation(QStringLiteral("enrollment"))},
        {QStringLiteral("recovery_flow"), flowOfDesignation(QStringLiteral("recovery"))},
        {QStringLiteral("passwordless_flow"), flowOfDesignation(QStringLiteral("authentication"))},
    };
    m_stageA = create(kIdentification, a);
    QVERIFY(!textOf(m_stageA, "pk").isEmpty());
    m_stageB = create(kIdentification,
                      {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("ident-b"))},
                       {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("email")}}});
    QVERIFY(!textOf(m_stageB, "pk").isEmpty());
}

void TestSeedOperations::cleanupTestCase()
{
    for (const QString &path : std::as_const(m_cleanup))
        test::await(m_client->remove(path));
}

void TestSeedOperations::putDummyStage()
{
    const QJsonObject dummy = create(QStringLiteral("/stages/dummy/"),
                                     {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("dummy"))}});
    QVERIFY(!textOf(dummy, "pk").isEmpty());
    QCOMPARE(dummy.value(QLatin1String("throw_error")).toBool(), false);

    // Seed 000 sends flow_set too; it is read-only today, so akdesk never sends it.
    QJsonObject body = seed("seed000-dummy-update.json");
    body.insert(QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("dummy-put")));
    const QJsonObject payload = records::writablePayload(body, *m_schema->resource(QStringLiteral("stages/dummy")));
    QVERIFY(!payload.contains(QLatin1String("flow_set")));
    const ApiResult put = test::await(m_client->replace(QStringLiteral("/stages/dummy/%1/").arg(textOf(dummy, "pk")), payload));
    QVERIFY2(put.ok(), qPrintable(put.error.message()));
    QCOMPARE(put.status, 200);
    QCOMPARE(textOf(put.object(), "name"), textOf(body, "name"));
    QCOMPARE(put.object().value(QLatin1String("throw_error")).toBool(), true);
    QCOMPARE(textOf(put.object(), "pk"), textOf(dummy, "pk"));
    QVERIFY(put.object().value(QLatin1String("flow_set")).toArray().isEmpty());

    // An older client that still sends flow_set is not rejected; the field is ignored.
    const ApiResult legacy = test::await(m_client->replace(QStringLiteral("/stages/dummy/%1/").arg(textOf(dummy, "pk")), body));
    QVERIFY2(legacy.ok(), qPrintable(legacy.error.message()));
    QVERIFY(legacy.object().value(QLatin1String("flow_set")).toArray().isEmpty());
}

void TestSeedOperations::postSourceStage()
{
    test::SampleBodyBuilder builder(m_client, *m_schema);
    const QString source = builder.firstExisting(QStringLiteral("sources"));
    QVERIFY2(!source.isEmpty(), "the server needs a source besides the built-in one");
    QJsonObject body = seed("seed001-source-create.json");
    body.insert(QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("source")));
    body.insert(QStringLiteral("source"), source);
    const QJsonObject payload = records::writablePayload(body, *m_schema->resource(QStringLiteral("stages/source")));
    const ApiResult created = test::await(m_client->create(QStringLiteral("/stages/source/"), payload));
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QCOMPARE(created.status, 201);
    const QJsonObject record = created.object();
    m_cleanup.prepend(QStringLiteral("/stages/source/%1/").arg(textOf(record, "pk")));
    QCOMPARE(textOf(record, "resume_timeout"), QStringLiteral("hours=-1;minutes=-2;seconds=-3"));
    QCOMPARE(textOf(record, "source"), source);
    QCOMPARE(textOf(record, "component"), QStringLiteral("ak-stage-source-form"));
    QCOMPARE(textOf(record, "meta_model_name"), QStringLiteral("authentik_stages_source.sourcestage"));
}

void TestSeedOperations::postSourceStageUnknownSource()
{
    QJsonObject body = seed("seed001-source-create.json");
    body.insert(QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("source")));
    body.remove(QStringLiteral("flow_set"));
    const ApiResult created = test::await(m_client->create(QStringLiteral("/stages/source/"), body));
    QCOMPARE(created.status, 400);
    QCOMPARE(created.error.kind, ApiError::Kind::Validation);
    QVERIFY(!created.error.errorsFor(QStringLiteral("source")).isEmpty());
    QVERIFY(created.error.message().contains(QLatin1String("source")));
}

void TestSeedOperations::patchIdentificationStage()
{
    test::SampleBodyBuilder builder(m_client, *m_schema);
    const QJsonObject stage = create(kIdentification,
                                     {{QStringLiteral("name"), test::SampleBodyBuilder::uniqueName(QStringLiteral("ident"))},
                                      {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("username")}}});
    const QString path = kIdentification + textOf(stage, "pk") + QLatin1Char('/');

    QJsonObject body = seed("seed002-identification-partial-update.json");
    body.insert(QStringLiteral("name"), textOf(stage, "name") + QStringLiteral("-patched"));
    body.insert(QStringLiteral("password_stage"), builder.firstExisting(QStringLiteral("stages/password")));
    body.insert(QStringLiteral("enrollment_flow"), flowOfDesignation(QStringLiteral("enrollment")));
    body.insert(QStringLiteral("recovery_flow"), flowOfDesignation(QStringLiteral("recovery")));
    body.insert(QStringLiteral("passwordless_flow"), flowOfDesignation(QStringLiteral("authentication")));
    body.insert(QStringLiteral("sources"), QJsonArray{builder.firstExisting(QStringLiteral("sources"))});
    body.insert(QStringLiteral("case_insensitive_matching"), false);
    const QJsonObject patch = records::patchPayload(stage, body, *m_schema->resource(QStringLiteral("stages/identification")));
    QVERIFY(patch.contains(QLatin1String("user_fields")));
    QVERIFY(!patch.contains(QLatin1String("show_matched_user")));  // unchanged: true before and after

    const ApiResult patched = test::await(m_client->update(path, patch));
    QVERIFY2(patched.ok(), qPrintable(patched.error.message()));
    QCOMPARE(patched.status, 200);
    const QJsonObject record = patched.object();
    for (auto it = body.begin(); it != body.end(); ++it)
        QVERIFY2(record.value(it.key()) == it.value(), qPrintable(it.key()));

    // A second PATCH with one field leaves every other field as it was.
    const ApiResult second = test::await(m_client->update(path, {{QStringLiteral("user_fields"), QJsonArray{QStringLiteral("upn")}}}));
    QVERIFY2(second.ok(), qPrintable(second.error.message()));
    QJsonObject expected = record;
    expected.insert(QStringLiteral("user_fields"), QJsonArray{QStringLiteral("upn")});
    QCOMPARE(second.object(), expected);
}

void TestSeedOperations::listFilters_data()
{
    QTest::addColumn<QString>("filter");
    for (const char *name : {"captcha_stage", "case_insensitive_matching", "enrollment_flow", "name", "password_stage",
                             "passwordless_flow", "recovery_flow", "show_matched_user", "show_source_labels"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSeedOperations::listFilters()
{
    QFETCH(QString, filter);
    const QJsonValue wanted = m_stageA.value(filter);
    const QString value = wanted.isBool() ? (wanted.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                          : wanted.toString();
    QVERIFY(!value.isEmpty());
    ListQuery query;
    query.filter(filter, value);
    const QJsonArray rows = listAll(kIdentification, query);
    QStringList names;
    for (const QJsonValue &row : rows) {
        QCOMPARE(row.toObject().value(filter), wanted);
        names.append(textOf(row.toObject(), "name"));
    }
    QVERIFY(names.contains(textOf(m_stageA, "name")));
    QVERIFY(!names.contains(textOf(m_stageB, "name")));
}

void TestSeedOperations::listOrdering_data()
{
    QTest::addColumn<QString>("ordering");
    QTest::newRow("ascending") << QStringLiteral("name");
    QTest::newRow("descending") << QStringLiteral("-name");
}

void TestSeedOperations::listOrdering()
{
    QFETCH(QString, ordering);
    ListQuery query;
    query.ordering = ordering;
    const QJsonArray rows = listAll(kIdentification, query);
    QVERIFY(rows.size() >= 2);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QString previous = textOf(rows.at(i - 1).toObject(), "name");
        const QString current = textOf(rows.at(i).toObject(), "name");
        QVERIFY2(ordering.startsWith(QLatin1Char('-')) ? previous >= current : previous <= current,
                 qPrintable(previous + QStringLiteral(" / ") + current));
    }
}

void TestSeedOperations::listSearch()
{
    ListQuery query;
    query.search = textOf(m_stageA, "name").toUpper();  // search ignores case
    const ApiResult result = test::await(m_client->list(kIdentification, query));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QStringList names;
    for (const QJsonValue &row : result.results())
        names.append(textOf(row.toObject(), "name"));
    QVERIFY(names.contains(textOf(m_stageA, "name")));
    QVERIFY(!names.contains(textOf(m_stageB, "name")));
}

void TestSeedOperations::listPagination()
{
    ListQuery query;
    query.pageSize = 1;
    query.ordering = QStringLiteral("name");
    const ApiResult first = test::await(m_client->list(kIdentification, query));
    QVERIFY2(first.ok(), qPrintable(first.error.message()));
    const Pagination p = first.pagination;
    QVERIFY(p.count >= 2);
    QCOMPARE(first.results().size(), 1);
    QCOMPARE(p.current, 1);
    QCOMPARE(p.previous, 0);  // 0 means none
    QCOMPARE(p.next, 2);
    QCOMPARE(p.totalPages, p.count);
    QCOMPARE(p.startIndex, 1);
    QCOMPARE(p.endIndex, 1);

    query.page = p.totalPages;
    const ApiResult last = test::await(m_client->list(kIdentification, query));
    QVERIFY2(last.ok(), qPrintable(last.error.message()));
    QCOMPARE(last.pagination.next, 0);
    QCOMPARE(last.pagination.previous, p.totalPages - 1);
    QCOMPARE(last.pagination.startIndex, p.count);

    query.page = p.totalPages + 1;
    const ApiResult beyond = test::await(m_client->list(kIdentification, query));
    QCOMPARE(beyond.status, 404);
    QCOMPARE(beyond.error.kind, ApiError::Kind::NotFound);
}

void TestSeedOperations::fieldErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("blank name") << QStringLiteral("name") << QJsonValue(QString());
    QTest::newRow("unknown user field") << QStringLiteral("user_fields") << QJsonValue(QJsonArray{QStringLiteral("phone")});
    QTest::newRow("password stage not a uuid") << QStringLiteral("password_stage") << QJsonValue(QStringLiteral("nope"));
    QTest::newRow("unknown enrollment flow") << QStringLiteral("enrollment_flow")
                                             << QJsonValue(QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    QTest::newRow("boolean as text") << QStringLiteral("show_matched_user") << QJsonValue(QStringLiteral("perhaps"));
}

void TestSeedOperations::fieldErrors()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    const QString path = kIdentification + textOf(m_stageB, "pk") + QLatin1Char('/');
    const ApiResult result = test::await(m_client->update(path, {{field, value}}));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QVERIFY2(!result.error.errorsFor(field).isEmpty(), qPrintable(result.error.message()));
    QVERIFY(result.error.message().contains(field));
    // Nothing changed on the server.
    const ApiResult after = test::await(m_client->get(path));
    QCOMPARE(after.object(), m_stageB);
}

void TestSeedOperations::nonFieldError()
{
    const QString path = kIdentification + textOf(m_stageB, "pk") + QLatin1Char('/');
    const ApiResult result = test::await(
        m_client->update(path, {{QStringLiteral("user_fields"), QJsonArray()}, {QStringLiteral("sources"), QJsonArray()}}));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QCOMPARE(result.error.nonFieldErrors.size(), 1);
    QVERIFY(result.error.nonFieldErrors.first().contains(QLatin1String("source")));
    QVERIFY(result.error.message().contains(result.error.nonFieldErrors.first()));
}

void TestSeedOperations::wrongToken()
{
    ApiClient stranger;
    stranger.setServerUrl(m_server->url());
    stranger.setToken(QStringLiteral("not-the-token"));
    const ApiResult result = test::await(stranger.list(kIdentification));
    QCOMPARE(result.status, 403);
    QCOMPARE(result.error.kind, ApiError::Kind::Unauthorized);
    QVERIFY(!result.error.detail.isEmpty());
    QVERIFY(!result.error.message().contains(QLatin1String("not-the-token")));

    ApiClient anonymous;
    anonymous.setServerUrl(m_server->url());
    const ApiResult none = test::await(anonymous.get(kIdentification + textOf(m_stageA, "pk") + QLatin1Char('/')));
    QCOMPARE(none.status, 403);
    // DRF's 403 body is the detail alone (no `code`); the text tells it is a missing token.
    QCOMPARE(none.error.detail, QStringLiteral("Authentication credentials were not provided."));
    QCOMPARE(none.error.kind, ApiError::Kind::Unauthorized);
}

QTEST_GUILESS_MAIN(TestSeedOperations)
#include "tst_seedoperations.moc"
