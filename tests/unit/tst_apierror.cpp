// ApiError decodes every answer authentik (or a proxy in front of it) can give into one value
// whose message() a person can read as it is.
#include "models/api/apierror.h"

#include <QMetaType>
#include <QTest>
#include <QVariant>

#include <algorithm>

using namespace akdesk;

Q_DECLARE_METATYPE(akdesk::ApiError::Kind)

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void hugeBodies_data();
    void hugeBodies();
    void local_data();
    void local();
    void travelsThroughQVariant();
    void errorsForIncludeNestedItems();
    void itemErrorsByIndex_data();
    void itemErrorsByIndex();
    void detailOnly403_data();
    void detailOnly403();
};

namespace {

/// "path: msg msg" per field, sorted, so a table row can state all field errors at once.
QStringList flatFields(const ApiError &error)
{
    QStringList out;
    for (auto it = error.fieldErrors.begin(); it != error.fieldErrors.end(); ++it)
        out.append(it.key() + QStringLiteral(": ") + it.value().join(QLatin1Char('|')));
    std::sort(out.begin(), out.end());
    return out;
}

QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("nonField");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("message");

    using K = ApiError::Kind;

    // The shape seed 003 documents for 400: non_field_errors, per-field lists and a code.
    QTest::newRow("seed003 validation")
        << 400
        << QByteArray(R"({"non_field_errors": ["When no user fields are selected, at least one source must be selected"],
                          "name": ["This field is required."],
                          "user_fields": ["\"phone\" is not a valid choice.", "Duplicate."],
                          "code": "invalid"})")
        << K::Validation << QStringLiteral("invalid")
        << list({"When no user fields are selected, at least one source must be selected"})
        << list({"name: This field is required.", "user_fields: \"phone\" is not a valid choice.|Duplicate."})
        << QStringLiteral("The server rejected the request: When no user fields are selected, at least one "
                          "source must be selected\nname: This field is required.\n"
                          "user_fields: \"phone\" is not a valid choice. Duplicate.");
    QTest::newRow("nested list of objects")
        << 400 << QByteArray(R"({"flow_set": [{"slug": ["Enter a valid slug."]}, {}, {"name": ["Too long."]}]})")
        << K::Validation << QString() << QStringList()
        << list({"flow_set.0.slug: Enter a valid slug.", "flow_set.2.name: Too long."})
        << QStringLiteral("flow_set.0.slug: Enter a valid slug.\nflow_set.2.name: Too long.");
    QTest::newRow("nested object")
        << 400 << QByteArray(R"({"a": {"b": ["m"]}})") << K::Validation << QString() << QStringList()
        << list({"a.b: m"}) << QStringLiteral("a.b: m");
    QTest::newRow("nested non_field_errors belong to the nested field")
        << 400 << QByteArray(R"({"settings": {"non_field_errors": ["Bad combination."]}})") << K::Validation
        << QString() << QStringList() << list({"settings: Bad combination."})
        << QStringLiteral("settings: Bad combination.");
    QTest::newRow("field with a plain string")
        << 400 << QByteArray(R"({"name": "Stage with this name already exists."})") << K::Validation << QString()
        << QStringList() << list({"name: Stage with this name already exists."})
        << QStringLiteral("name: Stage with this name already exists.");
    QTest::newRow("non_field_errors only")
        << 400 << QByteArray(R"({"non_field_errors": ["Flow is not valid.", "Try again."]})") << K::Validation
        << QString() << list({"Flow is not valid.", "Try again."}) << QStringList()
        << QStringLiteral("The server rejected the request: Flow is not valid. Try again.");
    QTest::newRow("bare list of messages")
        << 400 << QByteArray(R"(["Blueprint is invalid."])") << K::Validation << QString()
        << list({"Blueprint is invalid."}) << QStringList()
        << QStringLiteral("The server rejected the request: Blueprint is invalid.");
    QTest::newRow("a field named code")
        << 400 << QByteArray(R"({"code": ["Ensure this field has no more than 10 characters."]})")
        << K::Validation << QString() << QStringList()
        << list({"code: Ensure this field has no more than 10 characters."})
        << QStringLiteral("code: Ensure this field has no more than 10 characters.");
    QTest::newRow("400 empty body")
        << 400 << QByteArray() << K::Validation << QString() << QStringList() << QStringList()
        << QStringLiteral("The server rejected the request (HTTP 400).");
    QTest::newRow("401")
        << 401 << QByteArray(R"({"detail": "Token invalid/expired", "code": "authentication_failed"})")
        << K::Unauthorized << QStringLiteral("authentication_failed") << QStringList() << QStringList()
        << QStringLiteral("Not signed in: the token was refused (Token invalid/expired)");
    QTest::newRow("403 not_authenticated")
        << 403 << QByteArray(R"({"detail": "Authentication credentials were not provided.", "code": "not_authenticated"})")
        << K::Unauthorized << QStringLiteral("not_authenticated") << QStringList() << QStringList()
        << QStringLiteral("Not signed in: the token was refused (Authentication credentials were not provided.)");
    QTest::newRow("403 authentication_failed")
        << 403 << QByteArray(R"({"detail": "Token invalid/expired", "code": "authentication_failed"})")
        << K::Unauthorized << QStringLiteral("authentication_failed") << QStringList() << QStringList()
        << QStringLiteral("Not signed in: the token was refused (Token invalid/expired)");
    QTest::newRow("403 permission_denied")
        << 403 << QByteArray(R"({"detail": "You do not have permission to perform this action.", "code": "permission_denied"})")
        << K::Forbidden << QStringLiteral("permission_denied") << QStringList() << QStringList()
        << QStringLiteral("Not allowed: You do not have permission to perform this action.");
    QTest::newRow("404 detail")
        << 404 << QByteArray(R"({"detail": "No IdentificationStage matches the given query."})") << K::NotFound
        << QString() << QStringList() << QStringList()
        << QStringLiteral("Not found: No IdentificationStage matches the given query.");
    QTest::newRow("404 empty") << 404 << QByteArray() << K::NotFound << QString() << QStringList()
                               << QStringList() << QStringLiteral("Not found (HTTP 404).");
    QTest::newRow("409") << 409 << QByteArray(R"({"detail": "Already exists."})") << K::Conflict << QString()
                         << QStringList() << QStringList()
                         << QStringLiteral("The object was changed or already exists on the server (HTTP 409).\nAlready exists.");
    QTest::newRow("412") << 412 << QByteArray() << K::Conflict << QString() << QStringList() << QStringList()
                         << QStringLiteral("The object was changed or already exists on the server (HTTP 412).");
    QTest::newRow("429")
        << 429 << QByteArray(R"({"detail": "Request was throttled. Expected available in 5 seconds."})")
        << K::RateLimited << QString() << QStringList() << QStringList()
        << QStringLiteral("The server is receiving too many requests; try again later (HTTP 429).\n"
                          "Request was throttled. Expected available in 5 seconds.");
    QTest::newRow("500 html")
        << 500
        << QByteArray("<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n"
                      "<style>h1{color:red}</style></head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n")
        << K::Server << QString() << QStringList() << QStringList()
        << QStringLiteral("The server had an internal error (HTTP 500).\nServer Error (500)");
    QTest::newRow("502 nginx")
        << 502
        << QByteArray("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                      "Gateway</h1></center>\r\n<hr><center>nginx/1.25.3</center>\r\n</body>\r\n</html>\r\n")
        << K::Server << QString() << QStringList() << QStringList()
        << QStringLiteral("The proxy in front of the server got no answer from it (HTTP 502).\n502 Bad Gateway nginx/1.25.3");
    QTest::newRow("500 json without detail")
        << 500 << QByteArray(R"({"error": "boom"})") << K::Server << QString() << QStringList() << QStringList()
        << QStringLiteral("The server had an internal error (HTTP 500).\n{\"error\":\"boom\"}");
    QTest::newRow("garbage")
        << 418 << QByteArray("\x01\x02{{not json\x7f at all", 20) << K::Http << QString() << QStringList()
        << QStringList() << QStringLiteral("The server answered with HTTP 418.\n{{not json at all");
    QTest::newRow("empty 503") << 503 << QByteArray() << K::Server << QString() << QStringList() << QStringList()
                               << QStringLiteral("The server is unavailable at the moment (HTTP 503).");
    QTest::newRow("success is no error") << 200 << QByteArray(R"({"pk": 1})") << K::None << QString()
                                         << QStringList() << QStringList() << QString();
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QStringList, nonField);
    QFETCH(QStringList, fields);
    QFETCH(QString, message);

    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.isError(), kind != ApiError::Kind::None);
    QCOMPARE(error.status, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.nonFieldErrors, nonField);
    QCOMPARE(flatFields(error), fields);
    QCOMPARE(error.message(), message);
    for (const QString &field : fields) {
        const QString path = field.section(QStringLiteral(": "), 0, 0);
        QVERIFY(!error.errorsFor(path).isEmpty());
    }
    QVERIFY(error.errorsFor(QStringLiteral("no_such_field")).isEmpty());
}

void TestApiError::hugeBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("start");

    const QByteArray mega(1024 * 1024, 'x');
    QTest::newRow("1 MB of text") << 500 << mega
                                  << QStringLiteral("The server had an internal error (HTTP 500).\nxxxx");
    QTest::newRow("1 MB html") << 502 << QByteArray("<html><body><p>" + mega + "</p></body></html>")
                               << QStringLiteral("The proxy in front of the server got no answer from it (HTTP 502).\nxxxx");
    QTest::newRow("1 MB detail") << 403 << QByteArray(R"({"detail": ")" + mega + R"("})")
                                 << QStringLiteral("Not allowed: xxxx");
    QTest::newRow("1 MB field message") << 400 << QByteArray(R"({"name": [")" + mega + R"("]})")
                                        << QStringLiteral("name: xxxx");
}

void TestApiError::hugeBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, start);

    const ApiError error = ApiError::fromHttp(status, body);
    const QString message = error.message();
    QVERIFY2(message.startsWith(start), qPrintable(message.left(200)));
    QVERIFY2(message.size() < 1000, qPrintable(QString::number(message.size())));
    QVERIFY(message.contains(QChar(0x2026)));
}

void TestApiError::local_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<QString>("message");

    using K = ApiError::Kind;
    QTest::newRow("refused")
        << ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"),
                                 QStringLiteral("auth.example.com"))
        << K::Transport << QStringLiteral("Could not connect to auth.example.com: connection refused");
    QTest::newRow("host not found")
        << ApiError::fromNetwork(QNetworkReply::HostNotFoundError, QStringLiteral("Host auth.example.org not found"),
                                 QStringLiteral("auth.example.org"))
        << K::Transport << QStringLiteral("Could not connect to auth.example.org: host not found");
    QTest::newRow("reset without host")
        << ApiError::fromNetwork(QNetworkReply::RemoteHostClosedError, QStringLiteral("Connection closed"))
        << K::Transport << QStringLiteral("The connection to the server was closed before the answer arrived");
    QTest::newRow("tls")
        << ApiError::fromNetwork(QNetworkReply::SslHandshakeFailedError,
                                 QStringLiteral("The certificate has expired"), QStringLiteral("h"))
        << K::Transport << QStringLiteral("Could not connect securely to h: The certificate has expired");
    QTest::newRow("network timeout")
        << ApiError::fromNetwork(QNetworkReply::TimeoutError, QStringLiteral("Socket operation timed out"))
        << K::Timeout << QStringLiteral("The server did not answer in time.");
    QTest::newRow("timeout 30 s") << ApiError::timeout(30000) << K::Timeout
                                  << QStringLiteral("The server did not answer within 30 s.");
    QTest::newRow("timeout 1.5 s") << ApiError::timeout(1500) << K::Timeout
                                   << QStringLiteral("The server did not answer within 1.5 s.");
    QTest::newRow("timeout 300 ms") << ApiError::timeout(300) << K::Timeout
                                    << QStringLiteral("The server did not answer within 300 ms.");
    QTest::newRow("cancelled") << ApiError::cancelled() << K::Cancelled
                               << QStringLiteral("The request was cancelled.");
    QTest::newRow("bad response") << ApiError::badResponse(QStringLiteral("not JSON")) << K::BadResponse
                                  << QStringLiteral("The server sent an answer akdesk could not read: not JSON");
    QTest::newRow("none") << ApiError() << K::None << QString();
}

void TestApiError::local()
{
    QFETCH(ApiError, error);
    QFETCH(ApiError::Kind, kind);
    QFETCH(QString, message);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.message(), message);
    QCOMPARE(error.status, 0);
}

void TestApiError::travelsThroughQVariant()
{
    ApiError::registerMetaType();
    QVERIFY(QMetaType::fromName("akdesk::ApiError").isValid());
    const ApiError original = ApiError::fromHttp(400, R"({"name": ["Required."]})");
    const QVariant variant = QVariant::fromValue(original);
    const ApiError copy = variant.value<ApiError>();
    QCOMPARE(copy.kind, ApiError::Kind::Validation);
    QCOMPARE(copy.errorsFor(QStringLiteral("name")), QStringList{QStringLiteral("Required.")});
}

void TestApiError::errorsForIncludeNestedItems()
{
    // DRF puts an error about the second item of a list under its index.
    const ApiError error = ApiError::fromHttp(400, R"({"user_fields": {"1": ["\"phone\" is not a valid choice."]},
                                                      "name": ["This field may not be blank."]})");
    QCOMPARE(error.errorsFor(QStringLiteral("user_fields")), QStringList{QStringLiteral("\"phone\" is not a valid choice.")});
    QCOMPARE(error.errorsFor(QStringLiteral("name")), QStringList{QStringLiteral("This field may not be blank.")});
    QVERIFY(error.errorsFor(QStringLiteral("user")).isEmpty());  // a prefix of a name is not the field
}

void TestApiError::itemErrorsByIndex_data()
{
    // DRF's ListField.run_child_validation: {"<field>": {"<index>": [messages]}}.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QList<int>>("indexes");
    QTest::addColumn<QStringList>("messages");
    QTest::newRow("second item") << QByteArray(R"({"user_fields": {"1": ["\"phone\" is not a valid choice."]}})") << QStringLiteral("user_fields")
                                 << QList<int>{1} << QStringList{QStringLiteral("\"phone\" is not a valid choice.")};
    QTest::newRow("two items") << QByteArray(R"({"user_fields": {"0": ["\"a\" is not a valid choice."], "2": ["\"b\" is not a valid choice."]}})")
                               << QStringLiteral("user_fields") << QList<int>{0, 2}
                               << QStringList{QStringLiteral("\"a\" is not a valid choice."), QStringLiteral("\"b\" is not a valid choice.")};
    QTest::newRow("a flat field error has no items") << QByteArray(R"({"user_fields": ["Expected a list of items but got type \"str\"."]})")
                                                     << QStringLiteral("user_fields") << QList<int>() << QStringList();
    QTest::newRow("another field's items") << QByteArray(R"({"sources": {"0": ["x"]}})") << QStringLiteral("user_fields") << QList<int>()
                                           << QStringList();
}

void TestApiError::itemErrorsByIndex()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QList<int>, indexes);
    QFETCH(QStringList, messages);
    const QMap<int, QStringList> items = ApiError::fromHttp(400, body).itemErrorsFor(field);
    QCOMPARE(items.keys(), indexes);
    QStringList all;
    for (const QStringList &item : items)
        all += item;
    QCOMPARE(all, messages);
}

void TestApiError::detailOnly403_data()
{
    // authentik's 403s carry only `detail` (DRF's exception handler): the text says whether the
    // token is missing or wrong, or the token lacks a permission.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::newRow("no token") << QByteArray(R"({"detail": "Authentication credentials were not provided."})") << ApiError::Kind::Unauthorized;
    QTest::newRow("unknown token") << QByteArray(R"({"detail": "Token invalid/expired"})") << ApiError::Kind::Unauthorized;
    QTest::newRow("malformed header") << QByteArray(R"({"detail": "Malformed header"})") << ApiError::Kind::Unauthorized;
    QTest::newRow("no permission") << QByteArray(R"({"detail": "You do not have permission to perform this action."})")
                                   << ApiError::Kind::Forbidden;
}

void TestApiError::detailOnly403()
{
    QFETCH(QByteArray, body);
    QFETCH(ApiError::Kind, kind);
    QCOMPARE(ApiError::fromHttp(403, body).kind, kind);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
