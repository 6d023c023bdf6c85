// The native flow diagram: drawn from the sandbox's Mermaid answer, one shape per node, edges
// with their labels, zoom by keys and wheel, a click on a stage names it, PNG and SVG export.

#include "models/api/apiclient.h"
#include "models/diagram/flowgraph.h"
#include "tests/support/testdata.h"
#include "tests/support/testserver.h"
#include "views/flows/flowdiagramview.h"

#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace akdesk;

class TestFlowDiagram final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsTheSandboxFlow();
    void zoomsAndFits();
    void clickingAStageNamesIt();
    void exports();
    void policiesAndDeniedEdges();
};

namespace {
FlowGraph sandboxGraph(test::TestServer &server, const char *slug)
{
    const ApiResult result = test::await(server.client()->flowDiagram(QString::fromLatin1(slug)));
    FlowGraph graph;
    QString error;
    if (!FlowGraph::fromResponse(result.object(), &graph, &error))
        qWarning("diagram: %s", qPrintable(error));
    return graph;
}
}

void TestFlowDiagram::drawsTheSandboxFlow()
{
    test::TestServer server;
    const FlowGraph graph = sandboxGraph(server, "default-authentication-flow");
    ListQuery query;
    query.filter(QStringLiteral("target"), test::await(server.client()->get(QStringLiteral("/flows/instances/default-authentication-flow/")))
                                               .object().value(QLatin1String("pk")).toString());
    const int bindings = test::await(server.client()->list(QStringLiteral("/flows/bindings/"), query)).pagination.count;
    FlowDiagramView view;
    view.resize(600, 800);
    view.setGraph(graph);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // The stages, the start, the end and the password binding's policy (as authentik draws it);
    // the policy adds its way in and its "denied" way past the password stage.
    QCOMPARE(view.nodeItemCount(), bindings + 2 + 1);
    QCOMPARE(view.edgeItemCount(), bindings + 1 + 2);
}

void TestFlowDiagram::zoomsAndFits()
{
    test::TestServer server;
    FlowDiagramView view;
    view.resize(300, 300);
    view.setGraph(sandboxGraph(server, "default-authentication-flow"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const qreal fitted = view.zoom();
    QVERIFY(fitted < 1.0);  // a tall flow in a small window is scaled down to fit
    QTest::keyClick(&view, Qt::Key_Plus);
    QVERIFY(view.zoom() > fitted);
    QTest::keyClick(&view, Qt::Key_Minus);
    QTest::keyClick(&view, Qt::Key_Minus);
    QVERIFY(view.zoom() < fitted);
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.zoom(), fitted);
    QWheelEvent wheel(QPointF(150, 150), view.mapToGlobal(QPointF(150, 150)), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.zoom() > fitted);
}

void TestFlowDiagram::clickingAStageNamesIt()
{
    test::TestServer server;
    FlowDiagramView view;
    view.resize(700, 900);
    view.setGraph(sandboxGraph(server, "default-authentication-flow"));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &FlowDiagramView::stageClicked);
    // Find the second stage's shape and click its middle.
    QGraphicsItem *target = nullptr;
    const QList<QGraphicsItem *> items = view.scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->data(1).toInt() == 1 && item->data(2).toString() == QLatin1String("default-authentication-password"))
            target = item;
    }
    QVERIFY(target);
    const QPoint at = view.mapFromScene(target->sceneBoundingRect().center());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), 1);
    QCOMPARE(clicked.first().at(1).toString(), QStringLiteral("default-authentication-password"));
}

void TestFlowDiagram::exports()
{
    test::TestServer server;
    FlowDiagramView view;
    view.setGraph(sandboxGraph(server, "default-authentication-flow"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("flow.png"));
    const QString svg = dir.filePath(QStringLiteral("flow.svg"));
    QVERIFY(view.exportPng(png));
    QVERIFY(view.exportSvg(svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.height() > image.width());  // top to bottom
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("default-authentication-password"));
}

void TestFlowDiagram::policiesAndDeniedEdges()
{
    FlowGraph graph;
    QVERIFY(FlowGraph::fromMermaid(QString::fromUtf8(test::testData(QStringLiteral("diagrams/stage-policies.mmd"))), &graph));
    FlowDiagramView view;
    view.setGraph(graph);
    QCOMPARE(view.nodeItemCount(), int(graph.nodes.size()));
    QCOMPARE(view.edgeItemCount(), int(graph.edges.size()));
    // Edge labels are drawn: both policy outcomes are on the scene.
    QStringList texts;
    for (QGraphicsItem *item : view.scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            texts.append(text->text());
    }
    QVERIFY(texts.contains(QStringLiteral("Policy passed")));
    QVERIFY(texts.contains(QStringLiteral("Policy denied")));
}

QTEST_MAIN(TestFlowDiagram)
#include "tst_flowdiagram.moc"
