// Who may call the API, over raw HTTP: authentik's TokenAuthentication (authentik/api/
// authentication.py) reads only a Bearer header; DRF answers 403 with NotAuthenticated or
// AuthenticationFailed (rest_framework/views.py, no WWW-Authenticate); the schema
// (SpectacularAPIView) and /root/config/ (authentik/api/v3/config.py) allow anyone. Runs against
// the sandbox, or a real server given AKDESK_TEST_URL/AKDESK_TEST_TOKEN.

#include "tests/support/rawapi.h"
#include "tests/support/testserver.h"

#include <QTest>

using namespace akdesk;
using test::RawAnswer;

class TestAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void credentials_data();
    void credentials();

private:
    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::RawApi> m_api;
};

void TestAuth::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    m_api = std::make_unique<test::RawApi>(m_server->url(), m_server->token());
}

void TestAuth::credentials_data()
{
    QTest::addColumn<QByteArray>("authorization");  ///< "-" none; {token} is the server's token
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");            ///< the 403's whole body
    const QString none = QStringLiteral("Authentication credentials were not provided.");
    const QString invalid = QStringLiteral("Token invalid/expired");
    const QString list = QStringLiteral("/stages/all/");
    QTest::newRow("no header") << QByteArray("-") << list << 403 << none;
    QTest::newRow("basic is no credentials") << QByteArray("Basic YWthZG1pbjpzZWNyZXQ=") << list << 403 << none;
    QTest::newRow("token scheme is no credentials") << QByteArray("Token {token}") << list << 403 << none;
    QTest::newRow("a scheme alone") << QByteArray("Bearer") << list << 403 << none;
    QTest::newRow("unknown token") << QByteArray("Bearer akdesk-not-a-token") << list << 403 << invalid;
    QTest::newRow("bearer in any case") << QByteArray("bEaReR {token}") << list << 200 << QString();
    QTest::newRow("detail route without a token") << QByteArray("-") << QStringLiteral("/flows/instances/default-authentication-flow/") << 403
                                                 << none;
    QTest::newRow("used_by without a token") << QByteArray("-") << QStringLiteral("/flows/instances/default-authentication-flow/used_by/") << 403
                                            << none;
    QTest::newRow("types without a token") << QByteArray("-") << QStringLiteral("/stages/all/types/") << 403 << none;
    QTest::newRow("the schema is open") << QByteArray("-") << QStringLiteral("/schema/?format=json") << 200 << QString();
    QTest::newRow("the config is open") << QByteArray("-") << QStringLiteral("/root/config/") << 200 << QString();
    // An open route still authenticates a token that is sent.
    QTest::newRow("the config with a bad token") << QByteArray("Bearer akdesk-not-a-token") << QStringLiteral("/root/config/") << 403 << invalid;
}

void TestAuth::credentials()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, detail);
    authorization.replace("{token}", m_server->token().toUtf8());
    const RawAnswer answer = m_api->call("GET", path, {}, authorization);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.contentType.startsWith("application/json"));
    if (status == 403)
        QCOMPARE(answer.object(), (QJsonObject{{QStringLiteral("detail"), detail}}));
    else if (path == QLatin1String("/root/config/"))
        QVERIFY(answer.object().value(QLatin1String("capabilities")).isArray());
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
