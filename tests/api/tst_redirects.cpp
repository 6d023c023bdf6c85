// The administrator's token never goes to another server: a redirect to another origin (another
// scheme, host or port: so https never turns into plain http either) is not followed and the user is told where the server pointed; a
// redirect on the same server is followed; a circle of redirects ends with a message that says so.
#include "models/api/apiclient.h"
#include "tests/support/scriptedserver.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;

namespace {

using test::ScriptedServer;

const QByteArray kToken = "redirect-test-token-8e1f";

} // namespace

class TestRedirects final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void elsewhereIsNotFollowed_data();
    void elsewhereIsNotFollowed();
    void sameServerIsFollowed();
    void aCircleSaysSo_data();
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
    ScriptedServer catcher([](const QByteArray &, const QByteArray &) { return ScriptedServer::json("{\"caught\": true}"); });
    QByteArray location = catcher.url().toString().toUtf8() + "/api/v3/core/users/me/";
    if (where == "host")
        location.replace("127.0.0.1", "localhost");
    ScriptedServer redirector([location](const QByteArray &, const QByteArray &) { return ScriptedServer::redirectTo(location); });

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
    ScriptedServer server([](const QByteArray &, const QByteArray &path) {
        return path.startsWith("/api/v3/core/users/me/") ? ScriptedServer::json("{\"user\": {\"username\": \"akadmin\"}}")
                                                         : ScriptedServer::redirectTo("/api/v3/core/users/me/");
    });
    ApiClient client;
    client.setServerUrl(server.url());
    client.setToken(QString::fromLatin1(kToken));
    const ApiResult result = test::await(client.get(QStringLiteral("/core/users/me-old/")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.at(1).contains("Bearer " + kToken));
}

void TestRedirects::aCircleSaysSo_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("toItself");  // a redirect to the very address asked for
    for (const int status : {301, 302, 307, 308}) {
        QTest::addRow("%d between two", status) << status << false;
        QTest::addRow("%d to itself", status) << status << true;
    }
}

void TestRedirects::aCircleSaysSo()
{
    QFETCH(int, status);
    QFETCH(bool, toItself);
    ScriptedServer server([status, toItself](const QByteArray &, const QByteArray &path) {
        const QByteArray target = toItself ? path : path.endsWith("a/") ? "/api/v3/b/" : "/api/v3/a/";
        return ScriptedServer::redirectTo(target, status);
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
    QVERIFY2(server.requests.size() <= 6, qPrintable(QString::number(server.requests.size())));
}

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
