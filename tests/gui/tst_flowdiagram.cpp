// The native flow diagram: drawn from the sandbox's Mermaid answer, one shape per node, edges
// with their labels, zoom by keys and wheel, a click on a stage names it, PNG and SVG export.

#include "models/api/apiclient.h"
#include "models/diagram/flowgraph.h"
#include "tests/support/testdata.h"
#include "tests/support/testserver.h"
#include "models/diagram/graphlayout.h"
#include "views/common/theme.h"
#include "views/flows/flowdiagramview.h"

#include <QApplication>
#include <QJsonDocument>

#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
    void edgesFollowTheirRoutes();
    void clickingAPolicyOpensItsBinding_data();
    void clickingAPolicyOpensItsBinding();
    void darkExportIsReadable();  // last: it switches the whole application to the dark look
};

namespace {
FlowGraph fileGraph(const char *file)
{
    const QByteArray data = test::testData(QStringLiteral("diagrams/") + QString::fromLatin1(file));
    FlowGraph graph;
    if (QByteArray(file).endsWith(".json"))
        FlowGraph::fromResponse(QJsonDocument::fromJson(data).object(), &graph);
    else
        FlowGraph::fromMermaid(QString::fromUtf8(data), &graph);
    return graph;
}

QGraphicsItem *nodeItem(FlowDiagramView &view, const QString &id)
{
    const QList<QGraphicsItem *> items = view.scene()->items();
    for (QGraphicsItem *item : items) {
        if (item->data(3).toInt() == 1 && item->data(0).toString() == id)
            return item;
    }
    return nullptr;
}

int luminance(QRgb c)
{
    return (qRed(c) * 299 + qGreen(c) * 587 + qBlue(c) * 114) / 1000;
}

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
    // The stages, the start, the end, and the policy blueprints/default/flow-default-authentication-flow.yaml
    // binds to the password stage's binding (authentik draws a stage's policies before it).
    QCOMPARE(graph.count(FlowGraph::Node::Kind::Stage), bindings);
    QCOMPARE(graph.count(FlowGraph::Node::Kind::StagePolicy), 1);
    QCOMPARE(view.nodeItemCount(), bindings + 2 + 1);
    // Every edge is drawn, the policy's "passed" and "denied" ones among them.
    QCOMPARE(view.edgeItemCount(), int(graph.edges.size()));
    const auto hasEdge = [&](FlowGraph::Edge::Kind kind) {
        return std::any_of(graph.edges.cbegin(), graph.edges.cend(), [&](const FlowGraph::Edge &e) { return e.kind == kind; });
    };
    QVERIFY(hasEdge(FlowGraph::Edge::Kind::PolicyPassed));
    QVERIFY(hasEdge(FlowGraph::Edge::Kind::PolicyDenied));
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

void TestFlowDiagram::edgesFollowTheirRoutes()
{
    // The default authentication flow with its policies: every "Policy denied" edge skips a
    // stage, and still no edge is drawn through a box that is not one of its ends.
    const FlowGraph graph = fileGraph("default-authentication-policies.mmd");
    FlowDiagramView view;
    view.resize(700, 900);
    view.setGraph(graph);
    QCOMPARE(view.edgeItemCount(), int(graph.edges.size()));
#ifdef AKDESK_HAVE_GRAPHVIZ
    QCOMPARE(view.layout().engine, GraphLayout::Engine::Graphviz);
#else
    QCOMPARE(view.layout().engine, GraphLayout::Engine::Layered);
#endif
    if (view.layout().engine != GraphLayout::Engine::Graphviz)
        return;
    int checked = 0;
    const QList<QGraphicsItem *> items = view.scene()->items();
    for (QGraphicsItem *item : items) {
        auto *edge = dynamic_cast<QGraphicsPathItem *>(item);
        if (!edge || edge->data(3).toInt() != 2)
            continue;
        ++checked;
        const QPainterPath path = edge->path();
        const QPointF start = path.pointAtPercent(0);
        const QPointF end = path.pointAtPercent(1);
        for (const GraphLayout::Box &box : view.layout().boxes) {
            const QRectF inner = box.rect.adjusted(2, 2, -2, -2);
            if (box.rect.adjusted(-12, -12, 12, 12).contains(start) || box.rect.adjusted(-12, -12, 12, 12).contains(end))
                continue;  // one of its ends
            for (int step = 0; step <= 200; ++step)
                QVERIFY2(!inner.contains(path.pointAtPercent(step / 200.0)), qPrintable(QStringLiteral("an edge crosses ") + box.id));
        }
    }
    QCOMPARE(checked, int(graph.edges.size()));
}

void TestFlowDiagram::clickingAPolicyOpensItsBinding_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("node");
    QTest::addColumn<int>("stageIndex");
    QTest::addColumn<int>("policyIndex");
    QTest::addColumn<QString>("bindingPk");
    QTest::newRow("the MFA stage's policy") << QStringLiteral("default-authentication-policies.mmd") << QStringLiteral("stage_2_policy_0") << 2 << 0 << QString();
    QTest::newRow("a flow policy") << QStringLiteral("default-authentication-policies.mmd") << QStringLiteral("flow_policy_1") << -1 << 1 << QString();
    QTest::newRow("nodes form with the binding's pk") << QStringLiteral("default-authentication-policies.json") << QStringLiteral("stage_1_policy_0") << 1 << 0
                                                      << QStringLiteral("10000001-aaaa-4bbb-8ccc-000000000001");
}

void TestFlowDiagram::clickingAPolicyOpensItsBinding()
{
    QFETCH(QString, file);
    QFETCH(QString, node);
    QFETCH(int, stageIndex);
    QFETCH(int, policyIndex);
    QFETCH(QString, bindingPk);
    FlowDiagramView view;
    view.resize(900, 1000);
    view.setGraph(fileGraph(file.toLatin1().constData()));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy policies(&view, &FlowDiagramView::policyNodeActivated);
    QSignalSpy stages(&view, &FlowDiagramView::stageClicked);
    QGraphicsItem *target = nodeItem(view, node);
    QVERIFY(target);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.mapFromScene(target->sceneBoundingRect().center()));
    QCOMPARE(policies.count(), 1);
    QCOMPARE(stages.count(), 0);
    QCOMPARE(policies.first().at(0).toInt(), stageIndex);
    QCOMPARE(policies.first().at(1).toInt(), policyIndex);
    QCOMPARE(policies.first().at(3).toString(), bindingPk);
}

void TestFlowDiagram::darkExportIsReadable()
{
    theme::apply(QStringLiteral("dark"));
    FlowDiagramView view;
    view.setGraph(fileGraph("default-authentication-policies.mmd"));
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("dark.png"));
    const qreal scale = 2.0;
    QVERIFY(view.exportPng(png, scale));
    const QImage image = QImage(png).convertToFormat(QImage::Format_RGB32);
    QVERIFY(!image.isNull());
    // The background is the dark look's, and every edge and every label stands out from it.
    const int background = luminance(image.pixel(2, 2));
    QVERIFY2(background < 90, qPrintable(QString::number(background)));
    const QPointF origin = view.scene()->sceneRect().topLeft();
    const auto contrastNear = [&](const QRectF &sceneRect) {
        const QRect r = QRectF((sceneRect.topLeft() - origin) * scale, sceneRect.size() * scale).toAlignedRect() & image.rect();
        int best = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            for (int x = r.left(); x <= r.right(); ++x)
                best = std::max(best, std::abs(luminance(image.pixel(x, y)) - background));
        }
        return best;
    };
    for (const GraphLayout::Route &route : view.layout().routes) {
        const QPointF on = route.points.size() >= 4 ? (route.points[0] + 3 * route.points[1] + 3 * route.points[2] + route.points[3]) / 8
                                                    : route.points.first();
        QVERIFY2(contrastNear(QRectF(on - QPointF(3, 3), QSizeF(6, 6))) > 80, "an edge is hard to see on the dark background");
        if (!route.labelRect.isEmpty())
            QVERIFY2(contrastNear(route.labelRect) > 80, "a label is hard to read on the dark background");
    }
}

QTEST_MAIN(TestFlowDiagram)
#include "tst_flowdiagram.moc"
