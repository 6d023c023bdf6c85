// The administrator's token never goes to another server: a redirect to another origin (another
// scheme, host or port: so https never turns into plain http either) is not followed and the user is told where the server pointed; a
// redirect on the same server is followed; a circle of redirects ends with a message that says so.
#include "models/api/apiclient.h"
#include "tests/support/testserver.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace akdesk;

namespace {

/// A tiny HTTP server: answers every request with `answer(path)` and remembers what came in.
class TinyServer final : public QObject
{
public:
    using Answer = std::function<QByteArray(const QByteArray &path)>;

    explicit TinyServer(Answer answer)
        : m_answer(std::move(answer))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    QByteArray &buffer = m_buffers[socket];
                    while (buffer.contains("\r\n\r\n")) {
                        const qsizetype end = buffer.indexOf("\r\n\r\n") + 4;
                        const QByteArray head = buffer.left(end);
                        buffer.remove(0, end);
                        requests.append(head);
                        const QByteArray path = head.split(' ').value(1);
                        socket->write(m_answer(path));
                    }
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    bool sawToken(const QByteArray &token) const
    {
        for (const QByteArray &request : requests) {
            if (request.contains(token))
                return true;
        }
        return false;
    }

    QList<QByteArray> requests;

private:
    Answer m_answer;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray redirectTo(const QByteArray &location)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
}

QByteArray json(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
         + "\r\n\r\n" + body;
}

const QByteArray kToken = "redirect-test-token-8e1f";

} // namespace

class TestRedirects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elsewhereIsNotFollowed_data();
    void elsewhereIsNotFollowed();
    void sameServerIsFollowed();
    void aCircleSaysSo();
};

void TestRedirects::elsewhereIsNotFollowed_data()
{
    QTest::addColumn<QByteArray>("where");  // how the redirect's target differs
    QTest::newRow("another port") << QByteArray("port");
    QTest::newRow("another host") << QByteArray("host");
}

void TestRedirects::elsewhereIsNotFollowed()
{
    QFETCH(QByteArray, where);
    TinyServer catcher([](const QByteArray &) { return json("{\"caught\": true}"); });
    QByteArray location = catcher.url().toString().toUtf8() + "/api/v3/core/users/me/";
    if (where == "host")
        location.replace("127.0.0.1", "localhost");
    TinyServer redirector([location](const QByteArray &) { return redirectTo(location); });

    ApiClient client;
    client.setServerUrl(redirector.url());
    client.setToken(QString::fromLatin1(kToken));
    client.setRetries(0);
    const ApiResult result = test::await(client.currentUser());

    QVERIFY(!result.ok());
    QCOMPARE(redirector.requests.size(), 1);
    QVERIFY(redirector.sawToken(kToken));  // the server the user chose got it
    QVERIFY2(!catcher.sawToken(kToken), "the token went to the server a redirect named");
    const QString message = result.error.message();
    QVERIFY2(message.contains(QLatin1String("not followed")), qPrintable(message));
    QVERIFY2(message.contains(QString::fromUtf8(location.left(location.indexOf("/api")))), qPrintable(message));
    QVERIFY(!message.contains(QString::fromLatin1(kToken)));
}

void TestRedirects::sameServerIsFollowed()
{
    // authentik behind a proxy that adds a trailing path: the same origin, followed.
    TinyServer server([](const QByteArray &path) {
        return path.startsWith("/api/v3/core/users/me/") ? json("{\"user\": {\"username\": \"akadmin\"}}")
                                                         : redirectTo("/api/v3/core/users/me/");
    });
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(QString::fromLatin1(kToken));
    const ApiResult result = test::await(client.get(QStringLiteral("/core/users/me-old/")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.at(1).contains("Bearer " + kToken));
}

void TestRedirects::aCircleSaysSo()
{
    TinyServer server([](const QByteArray &path) {
        return redirectTo(path.endsWith("a/") ? "/api/v3/b/" : "/api/v3/a/");
    });
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(QString::fromLatin1(kToken));
    client.setRetries(0);
    const ApiResult result = test::await(client.get(QStringLiteral("/a/")));
    QVERIFY(!result.ok());
    const QString message = result.error.message();
    QVERIFY2(message.contains(QLatin1String("circle")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("HTTP 30")), qPrintable(message));
    QVERIFY(server.requests.size() <= 6);
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
