// Exports (the flow's blueprint, the diagram as PNG and SVG) replace an earlier file whole: a
// program reading the old file while akdesk writes (an editor, a sync client, git) never gets a
// half-written one, and a failed write leaves the old file as it was.
#include "models/api/apiclient.h"
#include "models/session/workspace.h"
#include "models/diagram/flowgraph.h"
#include "models/schema/schemaregistry.h"
#include "tests/support/testserver.h"
#include "views/flows/flowdiagramview.h"
#include "views/flows/flowinspector.h"

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportReplacesTheOldFileWhole_data();
    void exportReplacesTheOldFileWhole();
    void blueprintReplacesTheOldFileWhole();

private:
    /// An earlier export at `path`, held open by a reader from before the new export.
    void writeOld(const QString &path);
    QByteArray readerSees();

    std::unique_ptr<test::TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QFile> m_reader;
    const QByteArray m_old = QByteArray("an earlier export, complete\n").repeated(100);
};

void TestExports::initTestCase()
{
    m_server = std::make_unique<test::TestServer>();
}

void TestExports::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExports::writeOld(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_old);
    file.close();
    m_reader = std::make_unique<QFile>(path);
    QVERIFY(m_reader->open(QIODevice::ReadOnly));
}

QByteArray TestExports::readerSees()
{
    return m_reader->readAll();
}

void TestExports::exportReplacesTheOldFileWhole_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("svg") << QStringLiteral("svg");
}

void TestExports::exportReplacesTheOldFileWhole()
{
    QFETCH(QString, format);
    const ApiResult diagram = test::await(m_server->client()->flowDiagram(QStringLiteral("default-authentication-flow")));
    FlowGraph graph;
    QString error;
    QVERIFY2(FlowGraph::fromResponse(diagram.object(), &graph, &error), qPrintable(error));
    FlowDiagramView view;
    view.setGraph(graph);
    const QString path = m_dir->filePath(QStringLiteral("flow.") + format);
    writeOld(path);

    QVERIFY(format == QLatin1String("png") ? view.exportPng(path) : view.exportSvg(path));
    QCOMPARE(readerSees(), m_old);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    if (format == QLatin1String("png"))
        QVERIFY(!QImage::fromData(written, "PNG").isNull());
    else
        QVERIFY(written.contains("<svg") && written.trimmed().endsWith("</svg>"));
}

void TestExports::blueprintReplacesTheOldFileWhole()
{
    const QJsonObject flow = test::await(m_server->client()->get(QStringLiteral("/flows/instances/default-authentication-flow/"))).object();
    QVERIFY(!flow.isEmpty());
    Workspace workspace(m_server->client(), SchemaRegistry::bundled());
    FlowInspector inspector(&workspace, flow);
    const QString path = m_dir->filePath(QStringLiteral("flow.yaml"));
    writeOld(path);

    inspector.exportBlueprint(path);
    const auto written = [&path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QTRY_VERIFY2_WITH_TIMEOUT(written().startsWith("version: 1"), qPrintable(inspector.status()->text()), 15000);
    QCOMPARE(readerSees(), m_old);
}

QTEST_MAIN(TestExports)
#include "tst_exports.moc"
