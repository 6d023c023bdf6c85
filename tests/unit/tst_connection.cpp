// Connection profiles, where tokens are kept, and the redaction that keeps them out of every
// message akdesk prints.
#include "models/api/apiclient.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/redaction.h"
#include "models/connection/tokenvault.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileProblems_data();
    void profileProblems();
    void loopback_data();
    void loopback();
    void profilesRoundTrip();
    void noKeychainKeepsTheTokenForTheSessionOnly();
    void allowedFileIsReadableOnlyByTheUser();
    void keychainUnavailableFallsBackAndSaysWhy();
    void redactsRegisteredTokensAndBearerHeaders();
    void logLinesAreRedacted();
    void errorsNeverEchoTheToken();
    void plainHttpToAnotherComputerIsRefused();
};

void TestConnection::profileProblems_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowHttp");
    QTest::addColumn<int>("timeout");
    QTest::addColumn<QString>("problem");  // a word of the message, empty when fine
    QTest::newRow("https") << "prod" << "https://auth.example.com" << false << 30 << QString();
    QTest::newRow("http to this computer") << "local" << "http://127.0.0.1:9000" << false << 30 << QString();
    QTest::newRow("http to localhost") << "local" << "http://localhost:9000" << false << 30 << QString();
    QTest::newRow("http elsewhere") << "lan" << "http://10.0.0.5:9000" << false << 30 << QStringLiteral("unencrypted");
    QTest::newRow("http elsewhere, confirmed") << "lan" << "http://10.0.0.5:9000" << true << 30 << QString();
    QTest::newRow("no name") << " " << "https://auth.example.com" << false << 30 << QStringLiteral("name");
    QTest::newRow("not a url") << "x" << "auth" << false << 30 << QStringLiteral("URL");
    QTest::newRow("ftp") << "x" << "ftp://auth.example.com" << false << 30 << QStringLiteral("https://");
    QTest::newRow("timeout 0") << "x" << "https://auth.example.com" << false << 0 << QStringLiteral("timeout");
    QTest::newRow("timeout 601") << "x" << "https://auth.example.com" << false << 601 << QStringLiteral("timeout");
}

void TestConnection::profileProblems()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(bool, allowHttp);
    QFETCH(int, timeout);
    QFETCH(QString, problem);
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = QUrl(url);
    profile.allowPlainHttp = allowHttp;
    profile.timeoutSeconds = timeout;
    if (problem.isEmpty())
        QCOMPARE(profile.problem(), QString());
    else
        QVERIFY2(profile.problem().contains(problem), qPrintable(profile.problem()));
}

void TestConnection::loopback_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "http://127.0.0.1:1" << true;
    QTest::newRow("127.8.9.1") << "http://127.8.9.1" << true;
    QTest::newRow("::1") << "http://[::1]:9000" << true;
    QTest::newRow("localhost") << "http://LocalHost" << true;
    QTest::newRow("lan") << "http://192.168.1.2" << false;
    QTest::newRow("name") << "http://localhost.example.com" << false;
}

void TestConnection::loopback()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QCOMPARE(ConnectionProfile::isLoopback(QUrl(url)), loopback);
}

void TestConnection::profilesRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("akdesk.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        ConnectionProfile prod;
        prod.name = QStringLiteral("prod / eu");
        prod.serverUrl = QUrl(QStringLiteral("https://auth.example.com"));
        prod.caFile = QStringLiteral("/etc/ssl/company-ca.pem");
        prod.timeoutSeconds = 45;
        store.save(prod);
        ConnectionProfile lab;
        lab.name = QStringLiteral("lab");
        lab.serverUrl = QUrl(QStringLiteral("http://10.0.0.5:9000"));
        lab.allowPlainHttp = true;
        store.save(lab);
        store.setLastUsed(QStringLiteral("lab"));
    }
    QSettings settings(path, QSettings::IniFormat);
    ProfileStore store(&settings);
    const QList<ConnectionProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(1).name, QStringLiteral("prod / eu"));
    QCOMPARE(profiles.at(1).caFile, QStringLiteral("/etc/ssl/company-ca.pem"));
    QCOMPARE(profiles.at(1).timeoutSeconds, 45);
    QVERIFY(profiles.at(0).allowPlainHttp);
    QCOMPARE(store.lastUsed(), QStringLiteral("lab"));
    store.remove(QStringLiteral("lab"));
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(store.lastUsed().isEmpty());
}

void TestConnection::noKeychainKeepsTheTokenForTheSessionOnly()
{
    QTemporaryDir dir;
    TokenVault vault;
    vault.setKeychainEnabled(false);
    vault.setFileFolder(dir.path());
    QSignalSpy stored(&vault, &TokenVault::stored);
    vault.store(QStringLiteral("prod"), QStringLiteral("secret-token-1"), false);
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.first().at(1).value<TokenVault::Storage>(), TokenVault::Storage::Session);
    QVERIFY(stored.first().at(2).toString().contains(QLatin1String("this session only")));
    QVERIFY(!QFile::exists(vault.tokenFile(QStringLiteral("prod"))));
    QSignalSpy loaded(&vault, &TokenVault::loaded);
    vault.load(QStringLiteral("prod"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("secret-token-1"));
    // A new session (a new vault) has nothing.
    TokenVault next;
    next.setKeychainEnabled(false);
    next.setFileFolder(dir.path());
    QSignalSpy nothing(&next, &TokenVault::loaded);
    next.load(QStringLiteral("prod"));
    QVERIFY(nothing.wait(5000));
    QVERIFY(nothing.first().at(1).toString().isEmpty());
    QCOMPARE(nothing.first().at(2).value<TokenVault::Storage>(), TokenVault::Storage::None);
}

void TestConnection::allowedFileIsReadableOnlyByTheUser()
{
    QTemporaryDir dir;
    TokenVault vault;
    vault.setKeychainEnabled(false);
    vault.setFileFolder(dir.filePath(QStringLiteral("tokens")));
    QSignalSpy stored(&vault, &TokenVault::stored);
    vault.store(QStringLiteral("prod"), QStringLiteral("secret-token-2"), true);
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.first().at(1).value<TokenVault::Storage>(), TokenVault::Storage::File);
    const QString file = vault.tokenFile(QStringLiteral("prod"));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);
    TokenVault next;
    next.setKeychainEnabled(false);
    next.setFileFolder(dir.filePath(QStringLiteral("tokens")));
    QSignalSpy loaded(&next, &TokenVault::loaded);
    next.load(QStringLiteral("prod"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("secret-token-2"));
    next.forget(QStringLiteral("prod"));
    QVERIFY(!QFile::exists(file));
}

void TestConnection::keychainUnavailableFallsBackAndSaysWhy()
{
    // The test machine runs no Secret Service: the real keychain path must fail cleanly.
    QTemporaryDir dir;
    TokenVault vault;
    vault.setFileFolder(dir.path());
    QSignalSpy stored(&vault, &TokenVault::stored);
    vault.store(QStringLiteral("ci"), QStringLiteral("secret-token-3"), false);
    QVERIFY(stored.wait(30000));
    const auto where = stored.first().at(1).value<TokenVault::Storage>();
    if (where == TokenVault::Storage::Keychain) {
        vault.forget(QStringLiteral("ci"));
        QSKIP("a keychain service answered on this machine");
    }
    QCOMPARE(where, TokenVault::Storage::Session);
    QVERIFY(!vault.keychainProblem().isEmpty());
    QVERIFY2(stored.first().at(2).toString().contains(QLatin1String("No keychain")), qPrintable(stored.first().at(2).toString()));
}

void TestConnection::redactsRegisteredTokensAndBearerHeaders()
{
    redaction::addSecret(QStringLiteral("tok-ABCDEF123456"));
    QCOMPARE(redaction::redact(QStringLiteral("sent tok-ABCDEF123456 twice: tok-ABCDEF123456")),
             QStringLiteral("sent [redacted] twice: [redacted]"));
    QCOMPARE(redaction::redact(QStringLiteral("Authorization: Bearer unknown-token-xyz, next")),
             QStringLiteral("Authorization: Bearer [redacted], next"));
    QCOMPARE(redaction::redact(QStringLiteral("nothing secret here")), QStringLiteral("nothing secret here"));
    redaction::addSecret(QStringLiteral("abc"));  // too short to redact safely
    QCOMPARE(redaction::redact(QStringLiteral("abc")), QStringLiteral("abc"));
    // A secret inside a longer one: the longer goes whole, in whatever order the set holds them
    // (a hash seed per process once made this leak "ak-secret-…-4711" now and then).
    for (int round = 0; round < 20; ++round) {
        const QString shortOne = QStringLiteral("token%1").arg(round);
        const QString longOne = QStringLiteral("ak-secret-%1-4711").arg(shortOne);
        redaction::addSecret(shortOne);
        redaction::addSecret(longOne);
        QCOMPARE(redaction::redact(QStringLiteral("refused %1").arg(longOne)), QStringLiteral("refused [redacted]"));
        redaction::removeSecret(shortOne);
        redaction::removeSecret(longOne);
    }
}

void TestConnection::logLinesAreRedacted()
{
    redaction::installMessageHandler();
    ApiClient client;
    client.setToken(QStringLiteral("log-token-0123456789"));
    QTest::ignoreMessage(QtWarningMsg, "request with token [redacted] failed");
    qWarning("request with token %s failed", "log-token-0123456789");
}

void TestConnection::errorsNeverEchoTheToken()
{
    // A server that echoes the Authorization header in its error body.
    ApiError error = ApiError::fromHttp(403, R"({"detail":"Token err-token-999888777 is not valid","code":"err-token-999888777"})");
    redaction::addSecret(QStringLiteral("err-token-999888777"));
    QVERIFY(!redaction::redact(error.message()).contains(QLatin1String("err-token-999888777")));
}

void TestConnection::plainHttpToAnotherComputerIsRefused()
{
    ApiClient client;
    client.setServerUrl(QUrl(QStringLiteral("http://192.0.2.10:9000")));
    client.setToken(QStringLiteral("never-sent-token-42"));
    ApiReply *reply = client.get(QStringLiteral("/stages/all/"));
    ApiError seen;
    connect(reply, &ApiReply::finished, this, [&seen](ApiReply *done) { seen = done->error(); });
    QTRY_VERIFY(seen.isError());
    QCOMPARE(seen.status, 0);  // nothing went out
    QVERIFY2(seen.message().contains(QLatin1String("plain http")), qPrintable(seen.message()));
    QVERIFY(!seen.message().contains(QLatin1String("never-sent-token-42")));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
