// Graphviz's layout of flow diagrams, over authentik-shaped diagrams with flow and stage policies
// (the files in tests/data/diagrams and generated chains): no edge passes through a box other
// than its ends, no label overlaps another label, a box or another edge, boxes never overlap and
// layers go top to bottom. Each row prints its figures (nodes, edges, crossings, layout time).

#include "models/diagram/flowgraph.h"
#include "models/diagram/graphlayout.h"
#include "tests/support/testdata.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineF>
#include <QTest>

#include <cstdio>

using namespace akdesk;

namespace {

FlowGraph load(const QString &file)
{
    const QByteArray data = test::testData(QStringLiteral("diagrams/") + file);
    FlowGraph graph;
    QString error;
    bool ok = false;
    if (file.endsWith(QLatin1String(".json")))
        ok = FlowGraph::fromResponse(QJsonDocument::fromJson(data).object(), &graph, &error);
    else
        ok = FlowGraph::fromResponse({{QStringLiteral("diagram"), QString::fromUtf8(data)}}, &graph, &error);
    if (!ok)
        qWarning("%s: %s", qPrintable(file), qPrintable(error));
    return graph;
}

/// A flow as authentik's FlowDiagram builds it (authentik/flows/api/flows_diagram.py): flow
/// policies between "Pre-flow policies" and the start, each stage's policies between the previous
/// stage and the stage ("Policy passed"), and a "Policy denied" edge from each of a stage's
/// policies to the stage after it.
FlowGraph chain(int stages, int policiesPerStage, int flowPolicies)
{
    FlowGraph graph;
    using Kind = FlowGraph::Node::Kind;
    const auto add = [&graph](const QString &id, Kind kind, const QString &title, const QString &name, int stage) {
        FlowGraph::Node node;
        node.id = id;
        node.kind = kind;
        node.title = title;
        node.name = name;
        node.label = name.isEmpty() ? title : title + QLatin1Char('\n') + name;
        node.stageIndex = stage;
        graph.nodes.append(node);
    };
    const auto edge = [&graph](const QString &from, const QString &to, const QString &label) {
        graph.edges.append({from, to, label, FlowGraph::kindOfLabel(label)});
    };
    if (flowPolicies > 0)
        add(QStringLiteral("flow_pre"), Kind::PreFlow, QStringLiteral("Pre-flow policies"), {}, -1);
    add(QStringLiteral("flow_start"), Kind::Start, QStringLiteral("Flow"), QStringLiteral("Generated flow"), -1);
    add(QStringLiteral("done"), Kind::End, QStringLiteral("End of the flow"), {}, -1);
    for (int p = 0; p < flowPolicies; ++p) {
        const QString id = QStringLiteral("flow_policy_%1").arg(p);
        add(id, Kind::FlowPolicy, QStringLiteral("Policy (Expression Policy)"), QStringLiteral("flow-policy-%1").arg(p), -1);
        edge(QStringLiteral("flow_pre"), id, QStringLiteral("Binding %1").arg(p * 10));
        edge(id, QStringLiteral("done"), QStringLiteral("Policy denied"));
        edge(id, QStringLiteral("flow_start"), {});
    }
    QString previous = QStringLiteral("flow_start");
    QStringList previousPolicies;
    for (int s = 0; s < stages; ++s) {
        const QString stage = QStringLiteral("stage_%1").arg(s);
        add(stage, Kind::Stage, QStringLiteral("Stage (Password Stage)"), QStringLiteral("generated-stage-number-%1").arg(s), s);
        QStringList policies;
        for (int p = 0; p < policiesPerStage; ++p) {
            const QString id = QStringLiteral("stage_%1_policy_%2").arg(s).arg(p);
            add(id, Kind::StagePolicy, QStringLiteral("Policy (Expression Policy)"), QStringLiteral("policy-%1-%2").arg(s).arg(p), s);
            edge(previous, id, {});
            edge(id, stage, QStringLiteral("Policy passed"));
            policies.append(id);
        }
        if (policies.isEmpty())
            edge(previous, stage, {});
        for (const QString &denied : std::as_const(previousPolicies))
            edge(denied, stage, QStringLiteral("Policy denied"));
        previous = stage;
        previousPolicies = policies;
    }
    edge(previous, QStringLiteral("done"), {});
    return graph;
}

/// Boxes as wide as their longest label line, like the view measures them.
QSizeF nodeSize(const FlowGraph::Node &node)
{
    return QSizeF(60 + 7.0 * std::max(node.title.size(), node.name.size()), node.name.isEmpty() ? 36 : 52);
}

QSizeF labelSize(const FlowGraph::Edge &edge)
{
    return QSizeF(8 + 6.5 * edge.label.size(), 18);
}

/// The route as a polyline: each cubic segment sampled, then the arrow to its tip.
QList<QPointF> sample(const GraphLayout::Route &route)
{
    QList<QPointF> points;
    if (route.points.isEmpty())
        return points;
    points.append(route.points.first());
    for (int i = 0; i + 3 < route.points.size(); i += 3) {
        const QPointF p0 = route.points[i], p1 = route.points[i + 1], p2 = route.points[i + 2], p3 = route.points[i + 3];
        for (int step = 1; step <= 32; ++step) {
            const qreal t = step / 32.0, u = 1 - t;
            points.append(u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3);
        }
    }
    points.append(route.arrowTip);
    return points;
}

/// Whether the polyline enters `rect` (shrunk by a pixel: touching its outline is not crossing).
bool enters(const QList<QPointF> &line, const QRectF &rect)
{
    const QRectF inner = rect.adjusted(1, 1, -1, -1);
    for (int i = 0; i + 1 < line.size(); ++i) {
        // Sampled finely enough that a segment inside the box has a point inside it.
        for (int k = 0; k <= 4; ++k) {
            if (inner.contains(line[i] + (line[i + 1] - line[i]) * (k / 4.0)))
                return true;
        }
    }
    return false;
}

int crossings(const QList<QPointF> &a, const QList<QPointF> &b)
{
    int count = 0;
    for (int i = 0; i + 1 < a.size(); ++i) {
        for (int j = 0; j + 1 < b.size(); ++j) {
            QPointF at;
            if (QLineF(a[i], a[i + 1]).intersects(QLineF(b[j], b[j + 1]), &at) == QLineF::BoundedIntersection
                && at != a.first() && at != a.last() && at != b.first() && at != b.last())
                ++count;
        }
    }
    return count;
}

void addRows()
{
    QTest::addColumn<FlowGraph>("graph");
    for (const char *file : {"no-stages.mmd", "default-authentication.mmd", "flow-policies.mmd", "stage-policies.mmd",
                             "auth-requirement.mmd", "nodes-edges.json", "default-authentication-policies.mmd",
                             "default-authentication-policies.json", "mfa-two-policies-per-stage.mmd"})
        QTest::newRow(file) << load(QString::fromLatin1(file));
    QTest::newRow("chain 10 stages, 1 policy each") << chain(10, 1, 0);
    QTest::newRow("chain 12 stages, 2 policies each, 2 flow policies") << chain(12, 2, 2);
    QTest::newRow("chain 20 stages, 3 policies each, 3 flow policies") << chain(20, 3, 3);
    QTest::newRow("chain 60 stages, 1 policy each, 1 flow policy") << chain(60, 1, 1);
}

} // namespace

Q_DECLARE_METATYPE(FlowGraph)

class TestGraphLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphvizIsHonest_data() { addRows(); }
    void graphvizIsHonest();
    void largeGraphsFallBack();
};

void TestGraphLayout::graphvizIsHonest()
{
    QFETCH(FlowGraph, graph);
#ifndef AKDESK_HAVE_GRAPHVIZ
    // Built without Graphviz: every diagram is laid out by the layered layout (tst_flowgraph).
    QVERIFY(!GraphLayout::graphvizAvailable());
    QCOMPARE(GraphLayout::automatic(graph, nodeSize, labelSize).engine, GraphLayout::Engine::Layered);
#else
    QVERIFY(!graph.nodes.isEmpty());
    QElapsedTimer timer;
    timer.start();
    const GraphLayout layout = GraphLayout::automatic(graph, nodeSize, labelSize);
    const qint64 ms = timer.elapsed();
    QCOMPARE(layout.engine, GraphLayout::Engine::Graphviz);
    QCOMPARE(layout.boxes.size(), graph.nodes.size());
    QCOMPARE(layout.routes.size(), graph.edges.size());

    // Boxes as measured, inside the diagram, apart; layers top to bottom.
    for (const GraphLayout::Box &a : layout.boxes) {
        const QSizeF measured = nodeSize(graph.nodes.at(layout.boxIndex.value(a.id)));
        QVERIFY2(std::abs(a.rect.width() - measured.width()) < 1 && std::abs(a.rect.height() - measured.height()) < 1, qPrintable(a.id));
        QVERIFY2(a.rect.left() >= -0.5 && a.rect.top() >= -0.5 && a.rect.right() <= layout.size.width() + 0.5
                     && a.rect.bottom() <= layout.size.height() + 0.5,
                 qPrintable(a.id));
        for (const GraphLayout::Box &b : layout.boxes) {
            if (&a == &b)
                continue;
            QVERIFY2(!a.rect.intersects(b.rect), qPrintable(a.id + QStringLiteral(" overlaps ") + b.id));
            if (a.layer < b.layer)
                QVERIFY2(a.rect.bottom() < b.rect.top(), qPrintable(QStringLiteral("layer of %1 overlaps layer of %2").arg(a.id, b.id)));
        }
    }
    for (const GraphLayout::Route &route : layout.routes) {
        const FlowGraph::Edge &edge = graph.edges.at(route.edge);
        const QString name = edge.from + QLatin1Char('>') + edge.to;
        QVERIFY2(layout.box(edge.from)->layer < layout.box(edge.to)->layer, qPrintable(name + QStringLiteral(" points up")));
        // Starts at its source and ends (arrow tip) at its target.
        // On the source's outline: inside it grown by 2 px, outside it shrunk by 2 px.
        const QRectF source = layout.box(edge.from)->rect;
        QVERIFY2(source.adjusted(-2, -2, 2, 2).contains(route.points.first()) && !source.adjusted(2, 2, -2, -2).contains(route.points.first()),
                 qPrintable(name + QStringLiteral(" starts away from its source")));
        QCOMPARE((route.points.size() - 1) % 3, 0);  // whole cubic segments
        QVERIFY2(layout.box(edge.to)->rect.adjusted(-2, -2, 2, 2).contains(route.arrowTip), qPrintable(name));
        QCOMPARE(route.labelRect.isEmpty(), edge.label.isEmpty());
        // As measured (Graphviz rounds sizes to whole points).
        if (!edge.label.isEmpty())
            QVERIFY2(std::abs(route.labelRect.width() - labelSize(edge).width()) < 1
                         && std::abs(route.labelRect.height() - labelSize(edge).height()) < 1, qPrintable(edge.label));
    }

    // No edge through a box but its own ends; no edge through another edge's label; labels apart
    // from each other and from every box.
    int crossed = 0;
    QList<QList<QPointF>> lines;
    for (const GraphLayout::Route &route : layout.routes)
        lines.append(sample(route));
    for (int r = 0; r < layout.routes.size(); ++r) {
        const GraphLayout::Route &route = layout.routes.at(r);
        const FlowGraph::Edge &edge = graph.edges.at(route.edge);
        for (const GraphLayout::Box &box : layout.boxes) {
            if (box.id != edge.from && box.id != edge.to)
                QVERIFY2(!enters(lines[r], box.rect), qPrintable(edge.from + QLatin1Char('>') + edge.to + QStringLiteral(" crosses ") + box.id));
        }
        if (route.labelRect.isEmpty())
            continue;
        for (const GraphLayout::Box &box : layout.boxes)
            QVERIFY2(!route.labelRect.intersects(box.rect), qPrintable(edge.label + QStringLiteral(" label overlaps ") + box.id));
        for (int o = 0; o < layout.routes.size(); ++o) {
            if (o == r)
                continue;
            const GraphLayout::Route &other = layout.routes.at(o);
            const FlowGraph::Edge &otherEdge = graph.edges.at(other.edge);
            const QString names = edge.from + QLatin1Char('>') + edge.to + QStringLiteral(" and ") + otherEdge.from
                                  + QLatin1Char('>') + otherEdge.to;
            QVERIFY2(other.labelRect.isEmpty() || !route.labelRect.intersects(other.labelRect), qPrintable(QStringLiteral("labels of ") + names));
            QVERIFY2(!enters(lines[o], route.labelRect), qPrintable(QStringLiteral("label crossed by an edge: ") + names));
            if (o > r)
                crossed += crossings(lines[r], lines[o]);
        }
    }
    for (int r = 0; r < layout.routes.size(); ++r) {
        for (int o = r + 1; o < layout.routes.size(); ++o) {
            if (layout.routes.at(r).labelRect.isEmpty())
                crossed += crossings(lines[r], lines[o]);
        }
    }
    std::printf("FIGURES %s: %lld nodes, %lld edges, %d layers, %d edge crossings, %.0fx%.0f px, %lld ms\n",
                QTest::currentDataTag(), qlonglong(graph.nodes.size()), qlonglong(graph.edges.size()), layout.layerCount, crossed,
                layout.size.width(), layout.size.height(), qlonglong(ms));
#endif
}

void TestGraphLayout::largeGraphsFallBack()
{
    // Too large for dot in the time a user waits: the layered layout, with a route per edge.
    const FlowGraph big = chain(GraphLayout::GraphvizNodeLimit, 1, 0);
    QVERIFY(big.nodes.size() > GraphLayout::GraphvizNodeLimit);
    QElapsedTimer timer;
    timer.start();
    const GraphLayout layout = GraphLayout::automatic(big, nodeSize, labelSize);
    QCOMPARE(layout.engine, GraphLayout::Engine::Layered);
    QVERIFY(timer.elapsed() < 1000);
    QCOMPARE(layout.boxes.size(), big.nodes.size());
    QCOMPARE(layout.routes.size(), big.edges.size());
    for (const GraphLayout::Route &route : layout.routes) {
        const FlowGraph::Edge &edge = big.edges.at(route.edge);
        QCOMPARE(route.points.size(), 4);
        QCOMPARE(route.arrowTip.y(), layout.box(edge.to)->rect.top());
        QCOMPARE(route.labelRect.isEmpty(), edge.label.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
