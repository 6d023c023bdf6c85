// The real `akdesk` executable, started through QProcess with a fresh HOME: --help and --version
// without any display, a bad option refused, the command line taking AKDESK_TOKEN out of the
// environment, and a start on a saved connection against a separately started akdesk-sandbox that
// sends the token on every request, ends with exit code 0 on SIGTERM, and lands on the same
// connection at the next start.
#include "app/startup.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "tests/support/externalsandbox.h"
#include "tests/support/freshhome.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace akdesk;

class TestBinary final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutDisplay_data();
    void withoutDisplay();
    void tokenLeavesTheEnvironment();
    void sandboxCostFromTheCommandLine();
    void startsOnTheSavedConnectionAndEndsOnSigterm();
    void oneInstancePerProfile();

private:
    QProcessEnvironment environment(bool display) const;
    void saveProfile(const QString &name, const test::ExternalSandbox &server);
    /// Starts akdesk on `profile`; false when it did not start.
    bool launch(QProcess &akdesk, const QString &profile) const;
};

void TestBinary::initTestCase()
{
    QVERIFY(qEnvironmentVariable("HOME").startsWith(QDir::tempPath()));
}

QProcessEnvironment TestBinary::environment(bool display) const
{
    // main() made this process's HOME, XDG folders and bus fresh; the child gets the same.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AKDESK_TOKEN"));
    if (display)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    else
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // no window system at all, as over ssh
    return env;
}

void TestBinary::withoutDisplay_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");  // in stdout for 0, in stderr otherwise
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--sandbox");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << 0 << QStringLiteral("--offline");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << 0 << QStringLiteral("akdesk " AKDESK_VERSION);
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("frobnicate");
    QTest::newRow("bad count") << QStringList{QStringLiteral("--seed-stages"), QStringLiteral("many")} << 2
                               << QStringLiteral("--seed-stages");
    QTest::newRow("bad latency") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--latency"), QStringLiteral("slow")} << 2
                                 << QStringLiteral("--latency");
    QTest::newRow("no workers") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--workers"), QStringLiteral("0")} << 2
                                << QStringLiteral("--workers");
    QTest::newRow("--help lists the cost") << QStringList{QStringLiteral("--help")} << 0 << QStringLiteral("--workers");
    QTest::newRow("stray argument") << QStringList{QStringLiteral("prod")} << 2 << QStringLiteral("prod");
}

void TestBinary::withoutDisplay()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    QProcess akdesk;
    akdesk.setProcessEnvironment(environment(false));
    akdesk.start(QStringLiteral(AKDESK_BIN), arguments);
    QVERIFY(akdesk.waitForFinished(20000));
    QCOMPARE(akdesk.exitStatus(), QProcess::NormalExit);  // no abort for want of a display
    QCOMPARE(akdesk.exitCode(), exitCode);
    const QString out = QString::fromUtf8(exitCode == 0 ? akdesk.readAllStandardOutput() : akdesk.readAllStandardError());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestBinary::sandboxCostFromTheCommandLine()
{
    // --sandbox --latency 60,0.3 --workers 4: the in-process sandbox costs what a real authentik costs.
    const ParsedCommandLine costly = parseCommandLine({QStringLiteral("akdesk"), QStringLiteral("--sandbox"), QStringLiteral("--latency"),
                                                       QStringLiteral("60,0.3"), QStringLiteral("--workers"), QStringLiteral("4")});
    QCOMPARE(costly.action, ParsedCommandLine::Action::Run);
    QCOMPARE(costly.startup.cost.latencyMs, 60);
    QCOMPARE(costly.startup.cost.perRowMs, 0.3);
    QCOMPARE(costly.startup.cost.workers, 4);
    // Without them it costs nothing, as before.
    QVERIFY(parseCommandLine({QStringLiteral("akdesk"), QStringLiteral("--sandbox")}).startup.cost.isFree());
}

void TestBinary::tokenLeavesTheEnvironment()
{
    // Flow ▸ Execute opens a browser through xdg-open: whatever akdesk starts inherits its
    // environment, so the token must not be in it once read.
    qputenv("AKDESK_TOKEN", "env-token-7c21");
    const ParsedCommandLine parsed = parseCommandLine(
        {QStringLiteral("akdesk"), QStringLiteral("--server"), QStringLiteral("https://auth.example.com")});
    QCOMPARE(parsed.action, ParsedCommandLine::Action::Run);
    QCOMPARE(parsed.startup.token, QStringLiteral("env-token-7c21"));
    QVERIFY(!qEnvironmentVariableIsSet("AKDESK_TOKEN"));
    QVERIFY(!QProcessEnvironment::systemEnvironment().contains(QStringLiteral("AKDESK_TOKEN")));
    QProcess child;
    child.start(QStringLiteral("/usr/bin/env"), {});
    QVERIFY(child.waitForFinished(5000));
    QVERIFY(!child.readAllStandardOutput().contains("env-token-7c21"));
}

void TestBinary::saveProfile(const QString &name, const test::ExternalSandbox &server)
{
    // What Connections ▸ Save with "keep the token in a file" leaves behind, in the fresh HOME
    // (this process runs in it too: see main()).
    QSettings settings;
    ProfileStore profiles(&settings);
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = server.url();
    profile.tokenFileAllowed = true;
    profiles.save(profile);
    profiles.setLastUsed(profile.name);
    settings.sync();
    TokenVault vault;
    vault.setKeychainEnabled(false);
    QSignalSpy stored(&vault, &TokenVault::stored);
    vault.store(profile.name, server.token(), true);
    QVERIFY(stored.wait(5000));
    QCOMPARE(stored.first().at(1).value<TokenVault::Storage>(), TokenVault::Storage::File);
}

void TestBinary::startsOnTheSavedConnectionAndEndsOnSigterm()
{
    test::ExternalSandbox server;
    QVERIFY(server.start());
    saveProfile(QStringLiteral("lab"), server);
    if (QTest::currentTestFailed())
        return;

    for (int start = 1; start <= 2; ++start) {
        const qsizetype before = server.accessLog().size();
        QProcess akdesk;
        akdesk.setProcessEnvironment(environment(true));
        akdesk.start(QStringLiteral(AKDESK_BIN), {});
        QVERIFY(akdesk.waitForStarted(10000));
        // The stage list arrives: the window is up on the connection used last.
        QTRY_VERIFY_WITH_TIMEOUT(server.accessLog().mid(before).filter(QStringLiteral("/api/v3/stages/all/")).size() > 0, 30000);
        QVERIFY2(server.withoutToken().isEmpty(), qPrintable(server.withoutToken().join(QLatin1Char('\n'))));
        QTest::qWait(300);
        ::kill(pid_t(akdesk.processId()), SIGTERM);
        QVERIFY(akdesk.waitForFinished(15000));
        QCOMPARE(akdesk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(akdesk.exitCode(), 0);
        const QByteArray errors = akdesk.readAllStandardError();
        QVERIFY2(!errors.contains(server.token().toUtf8()), errors.constData());
    }
}

bool TestBinary::launch(QProcess &akdesk, const QString &profile) const
{
    akdesk.setProcessEnvironment(environment(true));
    akdesk.start(QStringLiteral(AKDESK_BIN), {QStringLiteral("--profile"), profile});
    return akdesk.waitForStarted(10000);
}

void TestBinary::oneInstancePerProfile()
{
    // Two windows on one profile would write over each other's drafts keystroke by keystroke and
    // could both sync the same queued create.
    test::ExternalSandbox server;
    QVERIFY(server.start());
    saveProfile(QStringLiteral("solo"), server);
    if (QTest::currentTestFailed())
        return;
    const auto listsSince = [&server](qsizetype from) {
        return server.accessLog().mid(from).filter(QStringLiteral("/api/v3/stages/all/")).size();
    };
    QProcess first;
    QVERIFY(launch(first, QStringLiteral("solo")));
    QTRY_VERIFY_WITH_TIMEOUT(listsSince(0) > 0, 30000);

    const qsizetype before = server.accessLog().size();
    QProcess second;
    QVERIFY(launch(second, QStringLiteral("solo")));
    QByteArray secondSays;
    QByteArray firstSays;
    // The second start says the profile is open (a dialog offers another connection; stderr and
    // the log carry the same words), and the first window is brought forward.
    QTRY_VERIFY_WITH_TIMEOUT((secondSays += second.readAllStandardError()).contains("is already open"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT((firstSays += first.readAllStandardError()).contains("brought forward"), 10000);
    QCOMPARE(second.state(), QProcess::Running);  // still asking: open another connection, or close
    QCOMPARE(listsSince(before), 0);  // it never worked on the profile
    ::kill(pid_t(second.processId()), SIGTERM);
    QVERIFY(second.waitForFinished(15000));
    QCOMPARE(first.state(), QProcess::Running);

    // A killed akdesk leaves its lock behind; the next start takes it over.
    first.kill();
    QVERIFY(first.waitForFinished(15000));
    const qsizetype afterKill = server.accessLog().size();
    QProcess third;
    QVERIFY(launch(third, QStringLiteral("solo")));
    QTRY_VERIFY_WITH_TIMEOUT(listsSince(afterKill) > 0, 30000);
    QTest::qWait(300);
    ::kill(pid_t(third.processId()), SIGTERM);
    QVERIFY(third.waitForFinished(15000));
    QCOMPARE(third.exitCode(), 0);
    QVERIFY2(!third.readAllStandardError().contains("is already open"), "a stale lock was taken for a live one");
}

int main(int argc, char *argv[])
{
    return test::runInFreshHome<QCoreApplication, TestBinary>(argc, argv);
}
#include "tst_binary.moc"
