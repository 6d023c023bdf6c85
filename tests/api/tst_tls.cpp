// TLS end to end: the sandbox serves https with a self-signed certificate (tests/data/tls). akdesk
// refuses it and shows the certificate, the connection test names TLS as the failing check, and a
// profile's CA file makes it trusted.
#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/connection/connectiontester.h"
#include "tests/support/testdata.h"
#include "tests/support/testserver.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace akdesk;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificateIsRefusedAndShown();
    void connectionTestNamesTls();
    void profileCaMakesItTrusted();

private:
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QSslCertificate m_certificate;
    QUrl m_url;
};

void TestTls::initTestCase()
{
    m_certificate = QSslCertificate(test::testData(QStringLiteral("tls/sandbox-cert.pem")), QSsl::Pem);
    const QSslKey key(test::testData(QStringLiteral("tls/sandbox-key.pem")), QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!key.isNull());
    m_server = std::make_unique<sandbox::SandboxServer>();
    m_server->sslSetup(m_certificate, key);
    QVERIFY(m_server->start(0) > 0);
    m_url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server->port()));
}

void TestTls::untrustedCertificateIsRefusedAndShown()
{
    ApiClient client;
    client.setServerUrl(m_url);
    client.setToken(m_server->token());
    const ApiResult result = test::await(client.get(QStringLiteral("/stages/all/")));
    QCOMPARE(result.error.kind, ApiError::Kind::Transport);
    QCOMPARE(result.error.networkError, QNetworkReply::SslHandshakeFailedError);
    QVERIFY(!result.error.sslErrors.isEmpty());
    QVERIFY2(result.error.certificateText.contains(QLatin1String("akdesk test sandbox")), qPrintable(result.error.certificateText));
    QVERIFY(result.error.certificateText.contains(QLatin1String("SHA-256")));
    QCOMPARE(QSslCertificate(result.error.certificatePem, QSsl::Pem), m_certificate);
    QVERIFY2(result.error.message().contains(QLatin1String("Could not connect securely")), qPrintable(result.error.message()));
    QVERIFY(!result.error.message().contains(m_server->token()));
    QCOMPARE(m_server->requestCount(), 0);  // nothing reached the server
}

void TestTls::connectionTestNamesTls()
{
    ApiClient client;
    client.setServerUrl(m_url);
    client.setToken(m_server->token());
    ConnectionTester tester(&client);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QList<ConnectionTester::Result> results = tester.results();
    QCOMPARE(results.size(), 4);
    QVERIFY(results.at(0).ok);
    QCOMPARE(results.at(1).check, ConnectionTester::Check::Tls);
    QVERIFY(!results.at(1).ok && !results.at(1).skipped);
    QVERIFY(results.at(2).skipped && results.at(3).skipped);
}

void TestTls::profileCaMakesItTrusted()
{
    ApiClient client;
    client.setServerUrl(m_url);
    client.setToken(m_server->token());
    client.setExtraCaCertificates({m_certificate});
    const ApiResult result = test::await(client.get(QStringLiteral("/stages/all/")));
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    ConnectionTester tester(&client);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start();
    QVERIFY(finished.wait(10000));
    QVERIFY(finished.first().first().toBool());
    QVERIFY(tester.results().at(1).ok);
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
