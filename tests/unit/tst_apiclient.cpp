// ApiClient against a tiny HTTP/1.1 server written here on QTcpServer, so the client's requests
// (URL, headers, bodies) and its handling of every kind of answer can be checked byte by byte.
#include "models/api/apiclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace akdesk;

Q_DECLARE_METATYPE(akdesk::ApiError::Kind)
Q_DECLARE_METATYPE(akdesk::ListQuery)

namespace {

struct Request
{
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    QByteArray body;
    int connection = 0;

    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    /// The query pairs as Django reads them ('+' is a space, then percent-decoding).
    QList<QPair<QString, QString>> query() const
    {
        QList<QPair<QString, QString>> out;
        const qsizetype mark = target.indexOf('?');
        if (mark < 0)
            return out;
        for (QByteArray pair : target.mid(mark + 1).split('&')) {
            pair.replace('+', ' ');
            const qsizetype eq = pair.indexOf('=');
            out.append({QUrl::fromPercentEncoding(pair.left(eq)), QUrl::fromPercentEncoding(pair.mid(eq + 1))});
        }
        return out;
    }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool silent = false; ///< never answer
};

/// Just enough HTTP/1.1: Content-Length bodies, several requests per connection (keep-alive).
class FakeServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeServer)

public:
    std::function<Response(const Request &)> handler = [](const Request &) { return Response{}; };
    QList<Request> requests;
    int connections = 0;

    FakeServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &FakeServer::accept);
        if (!m_server.listen(QHostAddress::LocalHost, 0))
            qFatal("fake server cannot listen");
    }
    QUrl url(const QString &subPath = QString()) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(subPath));
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            const int id = ++connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, id] { read(socket, id); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket, int id)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            Request request;
            request.connection = id;
            const QList<QByteArray> first = lines.first().trimmed().split(' ');
            request.method = first.value(0);
            request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            const qsizetype length = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headEnd + 4 + length)
                return;
            request.body = buffer.mid(headEnd + 4, length);
            buffer.remove(0, headEnd + 4 + length);
            requests.append(request);
            const Response response = handler(request);
            if (response.silent)
                continue;
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Whatever\r\n";
            if (response.status != 204) {
                out += "Content-Type: " + response.contentType + "\r\n";
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            }
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Connection: keep-alive\r\n\r\n";
            if (response.status != 204)
                out += response.body;
            socket->write(out);
        }
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// Waits for one reply without a nested event loop in the client: the test spins the loop.
ApiResult wait(ApiReply *reply, int *finishedCount = nullptr)
{
    ApiResult result;
    bool done = false;
    QObject::connect(reply, &ApiReply::finished, reply, [&](ApiReply *finished) {
        result = finished->result();
        done = true;
        if (finishedCount)
            ++*finishedCount;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qFatal("reply did not finish");
    return result;
}

QByteArray crc32le(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= static_cast<quint8>(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    crc ^= 0xFFFFFFFFu;
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = static_cast<char>((crc >> (8 * i)) & 0xFF);
    return out;
}

/// gzip from qCompress: drop its length prefix and zlib wrapper, add gzip's header and trailer.
QByteArray gzip(const QByteArray &data)
{
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4);
    QByteArray size(4, '\0');
    for (int i = 0; i < 4; ++i)
        size[i] = static_cast<char>((data.size() >> (8 * i)) & 0xFF);
    return QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10) + deflate + crc32le(data) + size;
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listQuery_data();
    void listQuery();
    void urlFor_data();
    void urlFor();
    void listRequestAndPagination();
    void bodies_data();
    void bodies();
    void validationError();
    void timeout();
    void connectionRefused();
    void cancel();
    void cancelAll();
    void flowExportIsRaw();
    void deleteNoContent();
    void nonJsonIsBadResponse_data();
    void nonJsonIsBadResponse();
    void gzipAnswer();
    void keepAlive();
    void serverUnderSubPath();
    void retriesIdempotentOnly();
    void tokenNeverInMessages();
    void failuresTravelQueued();

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestApiClient::init()
{
    m_server = std::make_unique<FakeServer>();
    m_client = std::make_unique<ApiClient>();
    m_client->setServerUrl(m_server->url());
    m_client->setToken(QStringLiteral("tok-secret-123"));
    m_client->setRetries(0);
}

void TestApiClient::cleanup()
{
    if (m_client)
        QCOMPARE(m_client->pendingCount(), 0);
    m_client.reset();
    m_server.reset();
}

void TestApiClient::listQuery_data()
{
    QTest::addColumn<ListQuery>("query");
    QTest::addColumn<QString>("encoded");

    QTest::newRow("default") << ListQuery() << QStringLiteral("page=1");
    ListQuery full;
    full.page = 3;
    full.pageSize = 50;
    full.ordering = QStringLiteral("-name");
    full.search = QStringLiteral("a+b &c=d/é #x 100%");
    full.filter(QStringLiteral("user_fields"), QStringLiteral("email"))
        .filter(QStringLiteral("user_fields"), QStringLiteral("username"))
        .filter(QStringLiteral("show_matched_user"), QStringLiteral("true"));
    QTest::newRow("everything")
        << full
        << QStringLiteral("page=3&page_size=50&ordering=-name&search=a%2Bb%20%26c%3Dd%2F%C3%A9%20%23x%20100%25"
                          "&user_fields=email&user_fields=username&show_matched_user=true");
    ListQuery blank;
    blank.page = 2;
    blank.pageSize = 0;
    blank.search = QString();
    QTest::newRow("no page size, no search") << blank << QStringLiteral("page=2");
}

void TestApiClient::listQuery()
{
    QFETCH(ListQuery, query);
    QFETCH(QString, encoded);
    QCOMPARE(query.toUrlQuery().query(QUrl::FullyEncoded), encoded);
}

void TestApiClient::urlFor_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");

    QTest::newRow("plain") << QStringLiteral("http://127.0.0.1:9000") << QStringLiteral("/stages/dummy/")
                           << QStringLiteral("http://127.0.0.1:9000/api/v3/stages/dummy/");
    QTest::newRow("trailing slash") << QStringLiteral("https://auth.example.com/") << QStringLiteral("/flows/instances/")
                                    << QStringLiteral("https://auth.example.com/api/v3/flows/instances/");
    QTest::newRow("sub-path") << QStringLiteral("https://example.com/authentik") << QStringLiteral("/core/users/me/")
                              << QStringLiteral("https://example.com/authentik/api/v3/core/users/me/");
    QTest::newRow("sub-path slash") << QStringLiteral("https://example.com/authentik/") << QStringLiteral("/stages/all/")
                                    << QStringLiteral("https://example.com/authentik/api/v3/stages/all/");
    QTest::newRow("no slashes in path") << QStringLiteral("http://h") << QStringLiteral("stages/dummy")
                                        << QStringLiteral("http://h/api/v3/stages/dummy/");
    QTest::newRow("prefix already there") << QStringLiteral("http://h") << QStringLiteral("/api/v3/flows/bindings/")
                                          << QStringLiteral("http://h/api/v3/flows/bindings/");
}

void TestApiClient::urlFor()
{
    QFETCH(QString, server);
    QFETCH(QString, path);
    QFETCH(QString, url);
    m_client->setServerUrl(QUrl(server));
    QCOMPARE(m_client->urlFor(path).toString(QUrl::FullyEncoded), url);

    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), QStringLiteral("a+b c"));
    QCOMPARE(m_client->urlFor(path, query).toString(QUrl::FullyEncoded), url + QStringLiteral("?name=a%2Bb%20c"));
}

void TestApiClient::listRequestAndPagination()
{
    m_server->handler = [](const Request &) {
        Response response;
        // Numbers as doubles, as the schema declares them.
        response.body = R"({"pagination": {"next": 3.0, "previous": 1.0, "count": 45.0, "current": 2.0,
                            "total_pages": 3.0, "start_index": 21.0, "end_index": 40.0},
                            "results": [{"pk": "a", "name": "one"}, {"pk": "b", "name": "two"}],
                            "autocomplete": {}})";
        return response;
    };
    ListQuery query;
    query.page = 2;
    query.pageSize = 20;
    query.ordering = QStringLiteral("name");
    query.search = QStringLiteral("a+b & c");
    query.filter(QStringLiteral("user_fields"), QStringLiteral("email"));
    ApiReply *reply = m_client->list(QStringLiteral("/stages/identification/"), query);
    QCOMPARE(m_client->pendingCount(), 1);
    QCOMPARE(reply->method(), QStringLiteral("GET"));
    QCOMPARE(reply->path(), QStringLiteral("/stages/identification/"));
    QPointer<ApiReply> guard(reply);
    const ApiResult result = wait(reply);

    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_client->pendingCount(), 0);
    QCOMPARE(m_server->requests.size(), 1);
    const Request &request = m_server->requests.first();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.path(), QByteArray("/api/v3/stages/identification/"));
    const QList<QPair<QString, QString>> expected = {
        {QStringLiteral("page"), QStringLiteral("2")},           {QStringLiteral("page_size"), QStringLiteral("20")},
        {QStringLiteral("ordering"), QStringLiteral("name")},    {QStringLiteral("search"), QStringLiteral("a+b & c")},
        {QStringLiteral("user_fields"), QStringLiteral("email")}};
    QCOMPARE(request.query(), expected);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok-secret-123"));
    QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
    QVERIFY(request.headers.value("accept-encoding").contains("gzip"));
    QVERIFY(!request.headers.contains("content-type"));
    QVERIFY(request.body.isEmpty());

    QCOMPARE(result.status, 200);
    QCOMPARE(result.results().size(), 2);
    QCOMPARE(result.results().at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("two"));
    QCOMPARE(result.pagination.next, 3);
    QCOMPARE(result.pagination.previous, 1);
    QCOMPARE(result.pagination.count, 45);
    QCOMPARE(result.pagination.current, 2);
    QCOMPARE(result.pagination.totalPages, 3);
    QCOMPARE(result.pagination.startIndex, 21);
    QCOMPARE(result.pagination.endIndex, 40);
    // The reply deletes itself once its finished() has been delivered.
    QTRY_VERIFY(guard.isNull());
}

void TestApiClient::bodies_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("hasBody");

    QTest::newRow("create") << QByteArray("POST") << true;
    QTest::newRow("replace") << QByteArray("PUT") << true;
    QTest::newRow("update") << QByteArray("PATCH") << true;
    QTest::newRow("remove") << QByteArray("DELETE") << false;
}

void TestApiClient::bodies()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, hasBody);
    m_server->handler = [](const Request &request) {
        Response response;
        response.status = request.method == "POST" ? 201 : request.method == "DELETE" ? 204 : 200;
        response.body = R"({"pk": "11111111-2222-3333-4444-555555555555", "name": "saved"})";
        return response;
    };
    const QJsonObject body = json(R"({"name": "ünïcode stage", "throw_error": false, "sources": ["x", "y"]})");
    const QString path = QStringLiteral("/stages/dummy/11111111-2222-3333-4444-555555555555/");
    ApiReply *reply = method == "POST" ? m_client->create(QStringLiteral("/stages/dummy/"), body)
        : method == "PUT"              ? m_client->replace(path, body)
        : method == "PATCH"            ? m_client->update(path, body)
                                       : m_client->remove(path);
    QCOMPARE(reply->method(), QString::fromLatin1(method));
    const ApiResult result = wait(reply);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));

    QCOMPARE(m_server->requests.size(), 1);
    const Request &request = m_server->requests.first();
    QCOMPARE(request.method, method);
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer tok-secret-123"));
    if (hasBody) {
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), body);
        QCOMPARE(result.object().value(QLatin1String("name")).toString(), QStringLiteral("saved"));
    } else {
        QVERIFY(request.body.isEmpty());
        QCOMPARE(result.status, 204);
    }
    QCOMPARE(request.path(), QByteArray(method == "POST" ? "/api/v3/stages/dummy/"
                                                         : "/api/v3/stages/dummy/11111111-2222-3333-4444-555555555555/"));
}

void TestApiClient::validationError()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.status = 400;
        response.body = R"({"name": ["This field is required."], "non_field_errors": ["Needs a source."], "code": "invalid"})";
        return response;
    };
    QSignalSpy failed(m_client.get(), &ApiClient::requestFailed);
    const ApiResult result = wait(m_client->create(QStringLiteral("/stages/identification/"), {}));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.error.kind, ApiError::Kind::Validation);
    QCOMPARE(result.error.status, 400);
    QCOMPARE(result.error.errorsFor(QStringLiteral("name")), QStringList{QStringLiteral("This field is required.")});
    QCOMPARE(result.error.message(), QStringLiteral("The server rejected the request: Needs a source.\n"
                                                    "name: This field is required."));
    QCOMPARE(m_server->requests.first().body, QByteArray("{}"));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).value<ApiError>().kind, ApiError::Kind::Validation);
    QCOMPARE(failed.first().at(1).toString(), QStringLiteral("POST"));
    QCOMPARE(failed.first().at(2).toString(), QStringLiteral("/stages/identification/"));
}

void TestApiClient::timeout()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.silent = true;
        return response;
    };
    m_client->setTimeout(300);
    QSignalSpy failed(m_client.get(), &ApiClient::requestFailed);
    QElapsedTimer clock;
    clock.start();
    int finishedCount = 0;
    const ApiResult result = wait(m_client->get(QStringLiteral("/core/users/me/")), &finishedCount);
    QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(result.error.message(), QStringLiteral("The server did not answer within 300 ms."));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(m_server->requests.size(), 1);
    QCOMPARE(failed.size(), 1);
    QTest::qWait(400);
    QCOMPARE(finishedCount, 1);
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestApiClient::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    m_client->setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    const ApiResult result = wait(m_client->list(QStringLiteral("/flows/instances/")));
    QCOMPARE(result.error.kind, ApiError::Kind::Transport);
    QCOMPARE(result.status, 0);
    QCOMPARE(result.error.message(), QStringLiteral("Could not connect to 127.0.0.1: connection refused"));
}

void TestApiClient::cancel()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.silent = true;
        return response;
    };
    QSignalSpy failed(m_client.get(), &ApiClient::requestFailed);
    ApiReply *reply = m_client->get(QStringLiteral("/flows/instances/"));
    QPointer<ApiReply> guard(reply);
    QSignalSpy finished(reply, &ApiReply::finished);
    QTRY_COMPARE(m_server->requests.size(), 1);
    ApiError seen;
    connect(reply, &ApiReply::finished, this, [&seen](ApiReply *r) { seen = r->error(); });
    reply->cancel();
    // finished() comes at once, so a caller's state is consistent right after cancel().
    QCOMPARE(finished.size(), 1);
    QCOMPARE(seen.kind, ApiError::Kind::Cancelled);
    QCOMPARE(m_client->pendingCount(), 0);
    reply->cancel();
    QCOMPARE(finished.size(), 1);
    QTRY_VERIFY(guard.isNull());
    QTest::qWait(100);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0); // cancelling is not a failure worth a status bar message
}

void TestApiClient::cancelAll()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.silent = true;
        return response;
    };
    QList<ApiError::Kind> kinds;
    for (int i = 0; i < 3; ++i) {
        ApiReply *reply = m_client->get(QStringLiteral("/stages/all/"));
        connect(reply, &ApiReply::finished, this, [&kinds](ApiReply *r) { kinds.append(r->error().kind); });
    }
    QCOMPARE(m_client->pendingCount(), 3);
    m_client->cancelAll();
    QCOMPARE(kinds, QList<ApiError::Kind>(3, ApiError::Kind::Cancelled));
    QCOMPARE(m_client->pendingCount(), 0);
}

void TestApiClient::flowExportIsRaw()
{
    const QByteArray yaml = "version: 1\nmetadata:\n  name: my flow\nentries:\n- model: authentik_flows.flow\n";
    m_server->handler = [yaml](const Request &) {
        Response response;
        response.body = yaml;
        response.contentType = "application/yaml";
        return response;
    };
    const ApiResult result = wait(m_client->flowExport(QStringLiteral("my-flow")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.body, yaml);
    QVERIFY(result.json.isNull());
    QCOMPARE(m_server->requests.first().target, QByteArray("/api/v3/flows/instances/my-flow/export/"));
}

void TestApiClient::deleteNoContent()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.status = 204;
        return response;
    };
    QSignalSpy failed(m_client.get(), &ApiClient::requestFailed);
    const ApiResult result = wait(m_client->remove(QStringLiteral("/flows/instances/my-flow/")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.status, 204);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(m_server->requests.first().method, QByteArray("DELETE"));
    QCOMPARE(failed.size(), 0);
}

void TestApiClient::nonJsonIsBadResponse_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why");

    QTest::newRow("html to get") << QStringLiteral("get") << QByteArray("<html><body>Login</body></html>")
                                 << QStringLiteral("is not JSON");
    QTest::newRow("empty to get") << QStringLiteral("get") << QByteArray() << QStringLiteral("was empty");
    QTest::newRow("truncated json to create") << QStringLiteral("create") << QByteArray(R"({"pk": )")
                                              << QStringLiteral("is not JSON");
    QTest::newRow("list without results") << QStringLiteral("list") << QByteArray(R"({"detail": "ok"})")
                                          << QStringLiteral("not a paged list");
    QTest::newRow("diagram as text") << QStringLiteral("diagram") << QByteArray("graph TD") << QStringLiteral("is not JSON");
}

void TestApiClient::nonJsonIsBadResponse()
{
    QFETCH(QString, call);
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    m_server->handler = [body](const Request &) {
        Response response;
        response.body = body;
        response.contentType = "text/html";
        return response;
    };
    QSignalSpy failed(m_client.get(), &ApiClient::requestFailed);
    ApiReply *reply = call == QLatin1String("get")      ? m_client->get(QStringLiteral("/core/users/me/"))
        : call == QLatin1String("create")               ? m_client->create(QStringLiteral("/stages/dummy/"), {})
        : call == QLatin1String("list")                 ? m_client->list(QStringLiteral("/stages/dummy/"))
                                                        : m_client->flowDiagram(QStringLiteral("f"));
    const ApiResult result = wait(reply);
    QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, body);
    QVERIFY2(result.error.message().startsWith(QStringLiteral("The server sent an answer akdesk could not read: ")),
             qPrintable(result.error.message()));
    QVERIFY2(result.error.message().contains(why), qPrintable(result.error.message()));
    QCOMPARE(failed.size(), 1);
}

void TestApiClient::gzipAnswer()
{
    const QByteArray plain = R"({"pk": 7, "username": "akadmin", "padding": ")" + QByteArray(5000, 'z') + R"("})";
    m_server->handler = [plain](const Request &request) {
        Response response;
        if (request.headers.value("accept-encoding").contains("gzip")) {
            response.body = gzip(plain);
            response.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        } else {
            response.body = plain;
        }
        return response;
    };
    const ApiResult result = wait(m_client->currentUser());
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_server->requests.first().target, QByteArray("/api/v3/core/users/me/"));
    QCOMPARE(result.object().value(QLatin1String("username")).toString(), QStringLiteral("akadmin"));
    QCOMPARE(result.body, plain);
}

void TestApiClient::keepAlive()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.body = R"({"paths": {}})";
        return response;
    };
    QVERIFY(wait(m_client->schema()).ok());
    QVERIFY(wait(m_client->usedBy(QStringLiteral("/stages/dummy/abc"))).ok());
    QCOMPARE(m_server->requests.size(), 2);
    QCOMPARE(m_server->requests.at(0).target, QByteArray("/api/v3/schema/?format=json"));
    QCOMPARE(m_server->requests.at(1).target, QByteArray("/api/v3/stages/dummy/abc/used_by/"));
    QCOMPARE(m_server->connections, 1);
}

void TestApiClient::serverUnderSubPath()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.body = R"({"pagination": {"next": 0, "previous": 0, "count": 0, "current": 1, "total_pages": 1,
                            "start_index": 0, "end_index": 0}, "results": []})";
        return response;
    };
    m_client->setServerUrl(m_server->url(QStringLiteral("/authentik/")));
    const ApiResult result = wait(m_client->list(QStringLiteral("/stages/all/")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_server->requests.first().target, QByteArray("/authentik/api/v3/stages/all/?page=1"));
    QCOMPARE(result.pagination.next, 0);
    QCOMPARE(result.pagination.totalPages, 1);
    QVERIFY(result.results().isEmpty());
}

void TestApiClient::retriesIdempotentOnly()
{
    m_client->setRetries(2, 10);
    int calls = 0;
    m_server->handler = [&calls](const Request &) {
        Response response;
        response.status = ++calls == 1 ? 503 : 200;
        response.body = response.status == 200 ? QByteArray(R"({"ok": true})") : QByteArray("busy");
        return response;
    };
    ApiResult result = wait(m_client->get(QStringLiteral("/flows/instances/")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(m_server->requests.size(), 2);

    // Always busy: two retries, then the error.
    m_server->requests.clear();
    m_server->handler = [](const Request &) {
        Response response;
        response.status = 502;
        return response;
    };
    result = wait(m_client->replace(QStringLiteral("/stages/dummy/x/"), {}));
    QCOMPARE(result.error.kind, ApiError::Kind::Server);
    QCOMPARE(m_server->requests.size(), 3);

    // POST and PATCH would be applied twice: never retried.
    m_server->requests.clear();
    result = wait(m_client->create(QStringLiteral("/stages/dummy/"), {}));
    QCOMPARE(result.error.kind, ApiError::Kind::Server);
    QCOMPARE(m_server->requests.size(), 1);
    m_server->requests.clear();
    result = wait(m_client->update(QStringLiteral("/stages/dummy/x/"), {}));
    QCOMPARE(m_server->requests.size(), 1);
}

void TestApiClient::tokenNeverInMessages()
{
    m_server->handler = [](const Request &request) {
        Response response;
        response.status = 403;
        response.body = R"({"detail": "Token )" + request.headers.value("authorization").mid(7) + R"( is not allowed"})";
        return response;
    };
    const ApiResult result = wait(m_client->get(QStringLiteral("/core/users/me/")));
    QCOMPARE(result.error.kind, ApiError::Kind::Forbidden);
    QVERIFY2(!result.error.message().contains(QStringLiteral("tok-secret-123")), qPrintable(result.error.message()));
    QVERIFY(result.error.message().startsWith(QStringLiteral("Not allowed: Token ")));
}

void TestApiClient::failuresTravelQueued()
{
    m_server->handler = [](const Request &) {
        Response response;
        response.status = 404;
        response.body = R"({"detail": "Not found."})";
        return response;
    };
    ApiError received;
    bool done = false;
    connect(m_client.get(), &ApiClient::requestFailed, this,
            [&](const ApiError &error, const QString &, const QString &) {
                received = error;
                done = true;
            },
            Qt::QueuedConnection);
    wait(m_client->get(QStringLiteral("/flows/instances/nope/")));
    QTRY_VERIFY(done);
    QCOMPARE(received.kind, ApiError::Kind::NotFound);
    QCOMPARE(received.message(), QStringLiteral("Not found: Not found."));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
