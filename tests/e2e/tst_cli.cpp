// The command line (issue 19): `akdesk export | diff | promote | import`, the real binary run with
// QProcess and no display, against two akdesk-sandbox processes ("staging" and "production") on
// their own ports, as saved connection profiles in a fresh HOME. Exit codes scripts can use (0 no
// difference or applied, 1 differences, 2 an error), output for people and --json for tools,
// tokens from the keychain's stand-in (a token file) or the environment, and never anywhere else.

#include "models/api/apiclient.h"
#include "models/connection/connectionprofile.h"
#include "models/connection/tokenvault.h"
#include "tests/support/externalsandbox.h"
#include "tests/support/freshhome.h"
#include "tests/support/testserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void diffSaysWhatPromotionWouldDo();
    void diffAsJsonForTools();
    void dryRunChangesNothing();
    void promoteAppliesThenNothingDiffers();
    void exportThenImportPreviewIsUnchanged();
    void importPreviewsThenApplies();
    void errorsAreSaidWithExitCode2_data();
    void errorsAreSaidWithExitCode2();
    void tokensGoOnlyToTheirServer();

private:
    Run akdesk(const QStringList &arguments, bool withStagingToken = true) const;
    int flowsOnProduction(const QString &slug);

    test::ExternalSandbox m_staging{QStringLiteral("staging-token-81d2")};
    test::ExternalSandbox m_production{QStringLiteral("production-token-4e7b")};
    std::unique_ptr<ApiClient> m_stagingClient;
    std::unique_ptr<ApiClient> m_productionClient;
    QTemporaryDir m_folder;
};

void TestCli::initTestCase()
{
    QVERIFY(qEnvironmentVariable("HOME").startsWith(QDir::tempPath()));
    QVERIFY(m_staging.start());
    QVERIFY(m_production.start());
    // Two saved profiles; production's token in a file readable only by the user (what
    // Connections ▸ Save leaves without a keychain), staging's given through AKDESK_FROM_TOKEN.
    QSettings settings;
    ProfileStore profiles(&settings);
    for (const auto &[name, server] : {std::pair{QStringLiteral("staging"), &m_staging}, std::pair{QStringLiteral("production"), &m_production}}) {
        ConnectionProfile profile;
        profile.name = name;
        profile.serverUrl = server->url();
        profile.tokenFileAllowed = name == QLatin1String("production");
        profiles.save(profile);
    }
    settings.sync();
    TokenVault vault;
    vault.setKeychainEnabled(false);
    QSignalSpy stored(&vault, &TokenVault::stored);
    vault.store(QStringLiteral("production"), m_production.token(), true);
    QVERIFY(stored.wait(5000));

    m_stagingClient = std::make_unique<ApiClient>();
    m_stagingClient->setServerUrl(m_staging.url());
    m_stagingClient->setToken(m_staging.token());
    m_productionClient = std::make_unique<ApiClient>();
    m_productionClient->setServerUrl(m_production.url());
    m_productionClient->setToken(m_production.token());

    // A flow built on staging: a new identification stage bound to it, a policy on the binding.
    const ApiResult stage = test::await(m_stagingClient->create(QStringLiteral("/stages/identification/"),
                                                                {{QStringLiteral("name"), QStringLiteral("cli-identification")},
                                                                 {QStringLiteral("user_fields"), QJsonArray{QStringLiteral("username")}}}));
    QVERIFY2(stage.ok(), stage.body.constData());
    const ApiResult flow = test::await(m_stagingClient->create(QStringLiteral("/flows/instances/"), {{QStringLiteral("name"), QStringLiteral("CLI login")},
                                                                                                   {QStringLiteral("slug"), QStringLiteral("cli-login")},
                                                                                                   {QStringLiteral("title"), QStringLiteral("Sign in")},
                                                                                                   {QStringLiteral("designation"), QStringLiteral("authentication")}}));
    QVERIFY2(flow.ok(), flow.body.constData());
    const ApiResult binding = test::await(m_stagingClient->create(QStringLiteral("/flows/bindings/"),
                                                                  {{QStringLiteral("target"), flow.object().value(QLatin1String("pk"))},
                                                                   {QStringLiteral("stage"), stage.object().value(QLatin1String("pk"))},
                                                                   {QStringLiteral("order"), 10}}));
    QVERIFY2(binding.ok(), binding.body.constData());
    const ApiResult policy = test::await(m_stagingClient->create(QStringLiteral("/policies/expression/"),
                                                                 {{QStringLiteral("name"), QStringLiteral("cli-only-staff")},
                                                                  {QStringLiteral("expression"), QStringLiteral("return request.user.is_staff")}}));
    QVERIFY2(policy.ok(), policy.body.constData());
    QVERIFY(test::await(m_stagingClient->create(QStringLiteral("/policies/bindings/"),
                                                {{QStringLiteral("policy"), policy.object().value(QLatin1String("pk"))},
                                                 {QStringLiteral("target"), binding.object().value(QLatin1String("policybindingmodel_ptr_id"))},
                                                 {QStringLiteral("order"), 0}}))
                .ok());
}

void TestCli::cleanupTestCase()
{
    m_staging.stop();
    m_production.stop();
}

Run TestCli::akdesk(const QStringList &arguments, bool withStagingToken) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));  // no window system at all, as in CI or over ssh
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("AKDESK_TOKEN"));
    if (withStagingToken)
        env.insert(QStringLiteral("AKDESK_FROM_TOKEN"), m_staging.token());
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(AKDESK_BIN), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int TestCli::flowsOnProduction(const QString &slug)
{
    ListQuery query;
    query.filter(QStringLiteral("slug"), slug);
    return int(test::await(m_productionClient->list(QStringLiteral("/flows/instances/"), query)).results().size());
}

void TestCli::diffSaysWhatPromotionWouldDo()
{
    const Run run = akdesk({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                            QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login")});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Flow cli-login: staging → production")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("create      Flow “cli-login”")));
    QVERIFY(run.out.contains(QStringLiteral("Identification Stage “cli-identification”")));
    QVERIFY(run.out.contains(QStringLiteral("Expression Policy “cli-only-staff”")));
    QVERIFY(run.out.contains(QLatin1String("Summary: 5 to create")));
    QVERIFY(run.err.isEmpty());
    qInfo().noquote() << QStringLiteral("akdesk diff:\n") + run.out;
}

void TestCli::diffAsJsonForTools()
{
    const Run run = akdesk({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                            QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QLatin1String("to")).toString(), QStringLiteral("production"));
    const QJsonArray entries = document.value(QLatin1String("plan")).toObject().value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 5);
    for (const QJsonValue &entry : entries)
        QCOMPARE(entry[QLatin1String("action")].toString(), QStringLiteral("create"));
    QCOMPARE(entries.first()[QLatin1String("identifiers")][QLatin1String("slug")].toString(), QStringLiteral("cli-login"));
}

void TestCli::dryRunChangesNothing()
{
    const Run run = akdesk({QStringLiteral("promote"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                            QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login"), QStringLiteral("--dry-run")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains(QLatin1String("Dry run: nothing was changed.")));
    QCOMPARE(flowsOnProduction(QStringLiteral("cli-login")), 0);
    for (const QString &line : m_production.accessLog())
        QVERIFY2(line.contains(QLatin1String(" GET ")), qPrintable(line));
}

void TestCli::promoteAppliesThenNothingDiffers()
{
    const Run run = akdesk({QStringLiteral("promote"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                            QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(run.out.contains(QLatin1String("Applied on production:")));
    QCOMPARE(run.out.count(QLatin1String("  done ")), 5);
    qInfo().noquote() << QStringLiteral("akdesk promote:\n") + run.out;
    QCOMPARE(flowsOnProduction(QStringLiteral("cli-login")), 1);

    const Run again = akdesk({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                              QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login")});
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY(again.out.contains(QLatin1String("5 unchanged")));
}

void TestCli::exportThenImportPreviewIsUnchanged()
{
    const QString folder = m_folder.filePath(QStringLiteral("git"));
    const Run exported = akdesk({QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("production"), QStringLiteral("--all"),
                                 QStringLiteral("--out"), folder});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.out + exported.err));
    QVERIFY(exported.out.contains(QLatin1String("0 unchanged")));
    const QString file = QDir(folder).filePath(QStringLiteral("default-authentication-flow.yaml"));
    QVERIFY(QFile::exists(file));
    // The server's own export, read back: nothing to do.
    const Run preview = akdesk({QStringLiteral("import"), QStringLiteral("--profile"), QStringLiteral("production"), file, QStringLiteral("--dry-run")});
    QVERIFY2(preview.exitCode == 0, qPrintable(preview.out + preview.err));
    QVERIFY(preview.out.contains(QLatin1String("unchanged")));
    QVERIFY(!preview.out.contains(QLatin1String("to create")));
    // A second export writes nothing new.
    const Run second = akdesk({QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("production"), QStringLiteral("--all"),
                               QStringLiteral("--out"), folder});
    QCOMPARE(second.exitCode, 0);
    QVERIFY2(second.out.contains(QLatin1String(": 0 new or changed")), qPrintable(second.out));
}

void TestCli::importPreviewsThenApplies()
{
    const QString file = m_folder.filePath(QStringLiteral("recovery.yaml"));
    QFile yaml(file);
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("version: 1\n"
               "metadata: {name: CLI recovery}\n"
               "entries:\n"
               "- model: authentik_flows.flow\n"
               "  id: flow\n"
               "  identifiers: {slug: cli-recovery}\n"
               "  attrs: {name: CLI recovery, title: Recover, designation: recovery}\n"
               "- model: authentik_flows.flowstagebinding\n"
               "  identifiers:\n"
               "    target: !KeyOf flow\n"
               "    stage: !Find [authentik_stages_identification.identificationstage, [name, default-authentication-identification]]\n"
               "    order: 10\n");
    yaml.close();
    const QStringList base{QStringLiteral("import"), QStringLiteral("--profile"), QStringLiteral("production"), file};
    const Run preview = akdesk(base + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(preview.exitCode == 1, qPrintable(preview.out + preview.err));
    QVERIFY(preview.out.contains(QLatin1String("Summary: 2 to create")));
    QCOMPARE(flowsOnProduction(QStringLiteral("cli-recovery")), 0);
    const Run applied = akdesk(base);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.out + applied.err));
    QVERIFY(applied.out.contains(QLatin1String("by the server's own import")));
    qInfo().noquote() << QStringLiteral("akdesk import:\n") + applied.out;
    QCOMPARE(flowsOnProduction(QStringLiteral("cli-recovery")), 1);
    const Run again = akdesk(base + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(again.exitCode, 0);
}

void TestCli::errorsAreSaidWithExitCode2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("stagingToken");
    QTest::addColumn<QString>("said");
    QTest::newRow("unknown profile") << QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("qa"), QStringLiteral("--to"),
                                                    QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login")}
                                     << true << QStringLiteral("no connection profile is called qa (saved: ");
    QTest::newRow("no token") << QStringList{QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                                             QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login")}
                              << false << QStringLiteral("no token for staging");
    QTest::newRow("no such flow") << QStringList{QStringLiteral("promote"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                                                 QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("nope")}
                                  << true << QStringLiteral("Could not export the flow nope");
    QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("--profile"), QStringLiteral("production"),
                                                 QStringLiteral("/nonexistent/x.yaml")}
                                  << true << QStringLiteral("cannot read /nonexistent/x.yaml");
    QTest::newRow("export without a flow") << QStringList{QStringLiteral("export"), QStringLiteral("--profile"), QStringLiteral("production")}
                                           << true << QStringLiteral("--flow SLUG or --all");
}

void TestCli::errorsAreSaidWithExitCode2()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, stagingToken);
    QFETCH(QString, said);
    const Run run = akdesk(arguments, stagingToken);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
}

void TestCli::tokensGoOnlyToTheirServer()
{
    // Every request each server saw carried its own token, and no output shows either token.
    QVERIFY(!m_production.accessLog().isEmpty());
    QVERIFY2(m_production.withoutToken().isEmpty(), qPrintable(m_production.withoutToken().join(QLatin1Char('\n'))));
    QVERIFY2(m_staging.withoutToken().isEmpty(), qPrintable(m_staging.withoutToken().join(QLatin1Char('\n'))));
    const Run run = akdesk({QStringLiteral("diff"), QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                            QStringLiteral("production"), QStringLiteral("--flow"), QStringLiteral("cli-login"), QStringLiteral("--json")});
    QVERIFY(!run.out.contains(m_staging.token()) && !run.out.contains(m_production.token()));
    QVERIFY(!run.err.contains(m_staging.token()) && !run.err.contains(m_production.token()));
}

int main(int argc, char *argv[])
{
    return test::runInFreshHome<QCoreApplication, TestCli>(argc, argv);
}
#include "tst_cli.moc"
