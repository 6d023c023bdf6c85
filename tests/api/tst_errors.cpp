// Error answers over raw HTTP, as Django REST framework writes them on authentik: field errors
// (rest_framework/serializers.py, fields.py), list items by index (ListField), object-level rules
// only when the fields pass, {"detail": ...} alone for the rest (rest_framework/views.py), 404 for
// a malformed pk (rest_framework/generics.py), 405, and 415 for what the JSON parser alone
// (authentik/root/settings.py, DEFAULT_PARSER_CLASSES) cannot read. Runs against the sandbox, or
// a real server given AKDESK_TEST_URL/AKDESK_TEST_TOKEN.

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;
using test::RawApi;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestErrors final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void fieldErrors_data();
    void fieldErrors();
    void textIsTrimmed();
    void booleans_data();
    void booleans();
    void detailBodies_data();
    void detailBodies();

private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<RawApi> m_api;
    QStringList m_created;  ///< detail paths to delete after each test
};

void TestErrors::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<RawApi>(m_server->url(), m_server->token());
}

void TestErrors::cleanup()
{
    for (const QString &path : std::as_const(m_created))
        m_api->remove(path);
    m_created.clear();
}

void TestErrors::fieldErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("errors");  ///< the whole answer
    const QString identification = QStringLiteral("/stages/identification/");
    QTest::newRow("a bad list item under its index")
        << identification << QByteArray(R"({"name": "akdesk-err-ident", "user_fields": ["email", "phone"]})")
        << QByteArray(R"({"user_fields": {"1": ["\"phone\" is not a valid choice."]}})");
    QTest::newRow("two bad items")
        << identification << QByteArray(R"({"name": "akdesk-err-ident", "user_fields": ["fax", "email", "phone"]})")
        << QByteArray(R"({"user_fields": {"0": ["\"fax\" is not a valid choice."], "2": ["\"phone\" is not a valid choice."]}})");
    QTest::newRow("not a list") << identification << QByteArray(R"({"name": "akdesk-err-ident", "user_fields": "email"})")
                                << QByteArray(R"({"user_fields": ["Expected a list of items but got type \"str\"."]})");
    // The object-level rule (no user fields and no source) waits for the fields to pass.
    QTest::newRow("field errors come without non_field_errors")
        << identification << QByteArray(R"({"name": "", "user_fields": []})") << QByteArray(R"({"name": ["This field may not be blank."]})");
    QTest::newRow("the object rule once the fields pass")
        << identification << QByteArray(R"({"name": "akdesk-err-ident", "user_fields": []})")
        << QByteArray(R"({"non_field_errors": ["When no user fields are selected, at least one source must be selected"]})");
    QTest::newRow("blank after trimming") << QStringLiteral("/stages/dummy/") << QByteArray(R"({"name": "   "})")
                                          << QByteArray(R"({"name": ["This field may not be blank."]})");
    QTest::newRow("required") << QStringLiteral("/stages/dummy/") << QByteArray("{}") << QByteArray(R"({"name": ["This field is required."]})");
    QTest::newRow("null") << QStringLiteral("/stages/dummy/") << QByteArray(R"({"name": null})")
                          << QByteArray(R"({"name": ["This field may not be null."]})");
    QTest::newRow("every failing field") << QStringLiteral("/stages/dummy/") << QByteArray(R"({"name": "", "throw_error": "perhaps"})")
                                         << QByteArray(R"({"name": ["This field may not be blank."], "throw_error": ["Must be a valid boolean."]})");
    QTest::newRow("a malformed reference") << identification
                                           << QByteArray(R"({"name": "akdesk-err-ident", "user_fields": ["email"], "password_stage": "nope"})")
                                           << QByteArray("{\"password_stage\": [\"\xe2\x80\x9cnope\xe2\x80\x9d is not a valid UUID.\"]}");
    QTest::newRow("a reference to nothing")
        << identification
        << QByteArray(R"({"name": "akdesk-err-ident", "user_fields": ["email"], "password_stage": "3fa85f64-5717-4562-b3fc-2c963f66afa6"})")
        << QByteArray(R"({"password_stage": ["Invalid pk \"3fa85f64-5717-4562-b3fc-2c963f66afa6\" - object does not exist."]})");
    QTest::newRow("a slug Django refuses")
        << QStringLiteral("/flows/instances/")
        << QByteArray(R"({"name": "n", "title": "t", "designation": "authentication", "slug": "not a slug!"})")
        << QByteArray("{\"slug\": [\"Enter a valid \xe2\x80\x9cslug\xe2\x80\x9d consisting of letters, numbers, underscores or hyphens.\"]}");
    QTest::newRow("a taken slug")
        << QStringLiteral("/flows/instances/")
        << QByteArray(R"({"name": "n", "title": "t", "designation": "authentication", "slug": "default-authentication-flow"})")
        << QByteArray(R"({"slug": ["Flow with this slug already exists."]})");
    QTest::newRow("a taken stage name") << QStringLiteral("/stages/dummy/") << QByteArray(R"({"name": "default-authentication-login"})")
                                        << QByteArray(R"({"name": ["stage with this name already exists."]})");
}

void TestErrors::fieldErrors()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, errors);
    const RawAnswer answer = m_api->call("POST", path, body);
    if (answer.status == 201)
        m_created.append(path + answer.object().value(QLatin1String("pk")).toString() + QLatin1Char('/'));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.object(), parse(errors));
}

void TestErrors::textIsTrimmed()
{
    // CharField(trim_whitespace=True) stores the text without its surrounding white space.
    const RawAnswer created = m_api->post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("  akdesk-err-trim \t")}});
    QCOMPARE(created.status, 201);
    const QString path = QStringLiteral("/stages/dummy/%1/").arg(created.object().value(QLatin1String("pk")).toString());
    m_created.append(path);
    QCOMPARE(created.object().value(QLatin1String("name")).toString(), QStringLiteral("akdesk-err-trim"));
    QCOMPARE(m_api->get(path).object().value(QLatin1String("name")).toString(), QStringLiteral("akdesk-err-trim"));
}

void TestErrors::booleans_data()
{
    // BooleanField's TRUE_VALUES and FALSE_VALUES; anything else is refused.
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("stored");
    for (const char *truth : {"true", "\"true\"", "\"True\"", "\"TRUE\"", "\"T\"", "\"t\"", "\"y\"", "\"Yes\"", "\"on\"", "\"1\"", "1"})
        QTest::newRow(truth) << QByteArray(truth) << 200 << true;
    for (const char *falsity : {"false", "\"F\"", "\"n\"", "\"NO\"", "\"off\"", "\"0\"", "0"})
        QTest::newRow(falsity) << QByteArray(falsity) << 200 << false;
    for (const char *junk : {"\"maybe\"", "\"tRuE\"", "2", "\"\"", "[]"})
        QTest::newRow(junk) << QByteArray(junk) << 400 << false;
}

void TestErrors::booleans()
{
    QFETCH(QByteArray, value);
    QFETCH(int, status);
    QFETCH(bool, stored);
    const RawAnswer created = m_api->post(QStringLiteral("/stages/dummy/"), {{QStringLiteral("name"), QStringLiteral("akdesk-err-bool")}});
    QCOMPARE(created.status, 201);
    const QString path = QStringLiteral("/stages/dummy/%1/").arg(created.object().value(QLatin1String("pk")).toString());
    m_created.append(path);
    const RawAnswer patched = m_api->call("PATCH", path, "{\"throw_error\": " + value + '}');
    QCOMPARE(patched.status, status);
    if (status == 200)
        QCOMPARE(patched.object().value(QLatin1String("throw_error")).toBool(!stored), stored);
    else
        QCOMPARE(patched.object(), parse(R"({"throw_error": ["Must be a valid boolean."]})"));
}

void TestErrors::detailBodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    const QByteArray json = "application/json";
    QTest::newRow("malformed stage pk") << QByteArray("GET") << QStringLiteral("/stages/dummy/not-a-uuid/") << QByteArray() << json << 404
                                        << QStringLiteral("Not found.");
    QTest::newRow("malformed pk through all") << QByteArray("GET") << QStringLiteral("/stages/all/12/used_by/") << QByteArray() << json << 404
                                              << QStringLiteral("Not found.");
    QTest::newRow("malformed binding pk") << QByteArray("PATCH") << QStringLiteral("/flows/bindings/xyz/") << QByteArray("{}") << json << 404
                                          << QStringLiteral("Not found.");
    QTest::newRow("no such stage") << QByteArray("GET") << QStringLiteral("/stages/dummy/3fa85f64-5717-4562-b3fc-2c963f66afa6/") << QByteArray()
                                   << json << 404 << QStringLiteral("No DummyStage matches the given query.");
    QTest::newRow("no such flow") << QByteArray("GET") << QStringLiteral("/flows/instances/akdesk-no-such-flow/") << QByteArray() << json << 404
                                  << QStringLiteral("No Flow matches the given query.");
    QTest::newRow("put to a list") << QByteArray("PUT") << QStringLiteral("/stages/all/") << QByteArray("{}") << json << 405
                                   << QStringLiteral("Method \"PUT\" not allowed.");
    QTest::newRow("delete a list") << QByteArray("DELETE") << QStringLiteral("/flows/instances/") << QByteArray() << json << 405
                                   << QStringLiteral("Method \"DELETE\" not allowed.");
    QTest::newRow("post to the types") << QByteArray("POST") << QStringLiteral("/stages/all/types/") << QByteArray("{}") << json << 405
                                       << QStringLiteral("Method \"POST\" not allowed.");
    QTest::newRow("plain text") << QByteArray("POST") << QStringLiteral("/stages/dummy/") << QByteArray("name=x") << QByteArray("text/plain")
                                << 415 << QStringLiteral("Unsupported media type \"text/plain\" in request.");
    QTest::newRow("a form") << QByteArray("POST") << QStringLiteral("/stages/dummy/") << QByteArray("name=x")
                            << QByteArray("application/x-www-form-urlencoded") << 415
                            << QStringLiteral("Unsupported media type \"application/x-www-form-urlencoded\" in request.");
}

void TestErrors::detailBodies()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const RawAnswer answer = m_api->call(method, path, body, {}, contentType);
    QCOMPARE(answer.status, status);
    // DRF's exception handler: {"detail": ...} and no other key.
    QCOMPARE(answer.object(), (QJsonObject{{QStringLiteral("detail"), detail}}));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
