// Every flow into a folder, one blueprint a flow (issue 19): what the server exports, file by
// file; a second export writes nothing that did not change; one request a flow; a flow the server
// cannot export, a folder that cannot be written and a server that cannot be reached are said.

#include "app/sandbox/sandboxserver.h"
#include "models/api/apiclient.h"
#include "models/blueprints/blueprintparser.h"
#include "models/operations/flowfolderexport.h"
#include "tests/support/faultproxy.h"
#include "tests/support/testserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

using Fault = test::FaultProxy::Fault;

class TestFlowFolderExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFlowOneFileAsTheServerExportsIt();
    void secondExportWritesOnlyWhatChanged();
    void flowTheServerCannotExportIsSaidTheRestWritten();
    void folderThatCannotBeWrittenIsSaid();
    void unreachableServerWritesNothing();
    void fileNamesStayInTheFolder_data();
    void fileNamesStayInTheFolder();

private:
    FlowFolderExport::Report run(const QString &folder);
    int flowCount();

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<ApiClient> m_client;
};

void TestFlowFolderExport::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
    QVERIFY(m_server->isSandbox());
}

void TestFlowFolderExport::init()
{
    m_proxy = std::make_unique<test::FaultProxy>(QHostAddress::LocalHost, m_server->url().port());
    m_client = test::clientThrough(*m_server, m_proxy->port());
}

void TestFlowFolderExport::cleanup()
{
    m_client.reset();
    m_proxy.reset();
}

FlowFolderExport::Report TestFlowFolderExport::run(const QString &folder)
{
    FlowFolderExport exporter(m_client.get());
    QSignalSpy finished(&exporter, &FlowFolderExport::finished);
    exporter.start(folder);
    if (finished.isEmpty() && !finished.wait(30000))
        return {};
    return finished.first().first().value<FlowFolderExport::Report>();
}

int TestFlowFolderExport::flowCount()
{
    return int(test::await(m_server->client()->list(QStringLiteral("/flows/instances/"), {})).pagination.count);
}

void TestFlowFolderExport::everyFlowOneFileAsTheServerExportsIt()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("flows"));  // made when missing
    const FlowFolderExport::Report report = run(folder);
    const int flows = flowCount();
    QVERIFY(flows >= 10);
    QCOMPARE(int(report.written.size()), flows);
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(int(QDir(folder).entryList({QStringLiteral("*.yaml")}, QDir::Files).size()), flows);
    // The flow list once, then one export a flow: nothing else.
    QCOMPARE(m_proxy->requests("GET", QStringLiteral("/flows/instances/")), 1 + flows);
    QCOMPARE(int(m_proxy->requestLines().size()), 1 + flows);
    // Each file is the server's own export, and a blueprint akdesk reads back without error.
    QFile file(QDir(folder).filePath(QStringLiteral("default-authentication-flow.yaml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(bytes, test::await(m_server->client()->flowExport(QStringLiteral("default-authentication-flow"))).body);
    const blueprints::ParseResult parsed = blueprints::parseBlueprint(bytes);
    QVERIFY(parsed.ok());
    QVERIFY(parsed.blueprint.entries.size() >= 9);  // the flow, its policy, 4 stages, 4 bindings, ...
}

void TestFlowFolderExport::secondExportWritesOnlyWhatChanged()
{
    QTemporaryDir dir;
    QVERIFY(run(dir.path()).failed.isEmpty());
    const QString path = dir.filePath(QStringLiteral("default-source-authentication.yaml"));
    const QDateTime first = QFileInfo(path).lastModified();
    QTest::qWait(20);
    // Someone changes one flow's title on the server.
    QVERIFY(test::await(m_server->client()->update(QStringLiteral("/flows/instances/default-password-change/"),
                                                   {{QStringLiteral("title"), QStringLiteral("Change it, now")}})).ok());
    const FlowFolderExport::Report again = run(dir.path());
    QCOMPARE(again.written, QStringList{QStringLiteral("default-password-change")});
    QCOMPARE(int(again.unchanged.size()), flowCount() - 1);
    QCOMPARE(QFileInfo(path).lastModified(), first);  // not touched: git sees nothing
}

void TestFlowFolderExport::flowTheServerCannotExportIsSaidTheRestWritten()
{
    test::FaultProxy::Rule broken;
    broken.fault = Fault::Status;
    broken.status = 500;
    broken.pathPrefix = QStringLiteral("/flows/instances/default-invalidation-flow/export/");
    m_proxy->addRule(broken);
    QTemporaryDir dir;
    const FlowFolderExport::Report report = run(dir.path());
    QCOMPARE(int(report.failed.size()), 1);
    QCOMPARE(report.failed.first().slug, QStringLiteral("default-invalidation-flow"));
    QVERIFY2(report.failed.first().message.contains(QLatin1String("500")), qPrintable(report.failed.first().message));
    QCOMPARE(int(report.written.size()), flowCount() - 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("default-invalidation-flow.yaml"))));
}

void TestFlowFolderExport::folderThatCannotBeWrittenIsSaid()
{
    QTemporaryDir dir;
    // A file where the folder should be: nothing can be made or written there.
    const QString blocked = dir.filePath(QStringLiteral("blocked"));
    QFile plain(blocked);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const FlowFolderExport::Report report = run(blocked);
    QCOMPARE(int(report.failed.size()), 1);
    QVERIFY2(report.failed.first().message.contains(QDir::toNativeSeparators(blocked)), qPrintable(report.failed.first().message));
    QVERIFY(report.written.isEmpty());
    QCOMPARE(m_proxy->requestLines().size(), 0);  // nothing asked of the server for nothing
}

void TestFlowFolderExport::unreachableServerWritesNothing()
{
    test::FaultProxy::Rule gone;
    gone.fault = Fault::DropBefore;
    gone.times = 100;
    m_proxy->addRule(gone);
    QTemporaryDir dir;
    const FlowFolderExport::Report report = run(dir.path());
    QCOMPARE(int(report.failed.size()), 1);
    QVERIFY(report.failed.first().slug.isEmpty());  // the list itself
    QVERIFY2(report.failed.first().message.startsWith(QLatin1String("Could not read the flows")), qPrintable(report.failed.first().message));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestFlowFolderExport::fileNamesStayInTheFolder_data()
{
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("file");
    QTest::newRow("slug") << QStringLiteral("default-authentication-flow") << QStringLiteral("default-authentication-flow.yaml");
    QTest::newRow("underscore") << QStringLiteral("my_flow-2") << QStringLiteral("my_flow-2.yaml");
    QTest::newRow("parent folder") << QStringLiteral("../../etc/passwd") << QStringLiteral("______etc_passwd.yaml");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b.yaml");
    QTest::newRow("empty") << QString() << QStringLiteral("flow.yaml");
}

void TestFlowFolderExport::fileNamesStayInTheFolder()
{
    QFETCH(QString, slug);
    QFETCH(QString, file);
    QCOMPARE(FlowFolderExport::fileName(slug), file);
}

QTEST_MAIN(TestFlowFolderExport)
#include "tst_flowfolderexport.moc"
