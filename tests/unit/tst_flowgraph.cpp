// Flow diagrams: authentik's Mermaid text and the nodes/edges form become the same graph, and the
// layered layout never overlaps boxes or layers.

#include "models/diagram/flowgraph.h"
#include "models/diagram/graphlayout.h"
#include "tests/support/testdata.h"

#include <QJsonDocument>
#include <QTest>

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

QStringList edgeList(const FlowGraph &graph)
{
    QStringList edges;
    for (const FlowGraph::Edge &edge : graph.edges)
        edges.append(edge.from + QStringLiteral(">") + edge.to + (edge.label.isEmpty() ? QString() : QLatin1Char(':') + edge.label));
    return edges;
}

} // namespace

class TestFlowGraph final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void labels();
    void rejects_data();
    void rejects();
    void layoutNeverOverlaps_data();
    void layoutNeverOverlaps();
};

void TestFlowGraph::parse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("stages");
    QTest::addColumn<int>("policies");
    QTest::addColumn<QStringList>("edges");

    QTest::newRow("flow with no stages") << QStringLiteral("no-stages.mmd") << 0 << 0
                                         << QStringList{QStringLiteral("flow_start>done")};
    QTest::newRow("default authentication flow")
        << QStringLiteral("default-authentication.mmd") << 4 << 0
        << QStringList{QStringLiteral("flow_start>stage_0"), QStringLiteral("stage_0>stage_1"),
                       QStringLiteral("stage_1>stage_2"), QStringLiteral("stage_2>stage_3"), QStringLiteral("stage_3>done")};
    QTest::newRow("flow policies")
        << QStringLiteral("flow-policies.mmd") << 1 << 1
        << QStringList{QStringLiteral("flow_pre>flow_policy_0:Binding 0"), QStringLiteral("flow_policy_0>done:Policy denied"),
                       QStringLiteral("flow_policy_0>flow_start"), QStringLiteral("flow_start>stage_0"),
                       QStringLiteral("stage_0>done")};
    QTest::newRow("stage policies with a denied edge")
        << QStringLiteral("stage-policies.mmd") << 2 << 1
        << QStringList{QStringLiteral("flow_start>stage_0_policy_0"), QStringLiteral("stage_0_policy_0>stage_0:Policy passed"),
                       QStringLiteral("stage_0>stage_1"), QStringLiteral("stage_0_policy_0>stage_1:Policy denied"),
                       QStringLiteral("stage_1>done")};
    QTest::newRow("authentication requirement")
        << QStringLiteral("auth-requirement.mmd") << 1 << 0
        << QStringList{QStringLiteral("flow_auth_requirement>done:Requirement not fulfilled"),
                       QStringLiteral("flow_auth_requirement>flow_start:Requirement fulfilled"),
                       QStringLiteral("flow_start>stage_0"), QStringLiteral("stage_0>done")};
    QTest::newRow("default authentication flow with its policies")
        << QStringLiteral("default-authentication-policies.mmd") << 4 << 4
        << QStringList{QStringLiteral("flow_pre>flow_policy_0:Binding 0"), QStringLiteral("flow_pre>flow_policy_1:Binding 10"),
                       QStringLiteral("flow_policy_0>done:Policy denied"), QStringLiteral("flow_policy_1>done:Policy denied"),
                       QStringLiteral("flow_policy_0>flow_start"), QStringLiteral("flow_policy_1>flow_start"),
                       QStringLiteral("flow_start>stage_0"), QStringLiteral("stage_0>stage_1_policy_0"),
                       QStringLiteral("stage_1_policy_0>stage_1:Policy passed"), QStringLiteral("stage_1>stage_2_policy_0"),
                       QStringLiteral("stage_2_policy_0>stage_2:Policy passed"), QStringLiteral("stage_1_policy_0>stage_2:Policy denied"),
                       QStringLiteral("stage_2>stage_3"), QStringLiteral("stage_2_policy_0>stage_3:Policy denied"),
                       QStringLiteral("stage_3>done")};
    QTest::newRow("nodes and edges form")
        << QStringLiteral("nodes-edges.json") << 2 << 1
        << QStringList{QStringLiteral("flow_start>stage_0_policy_0"), QStringLiteral("stage_0_policy_0>stage_0:Policy passed"),
                       QStringLiteral("stage_0_policy_0>stage_1:Policy denied"), QStringLiteral("stage_0>stage_1"),
                       QStringLiteral("stage_1>done")};
}

void TestFlowGraph::parse()
{
    QFETCH(QString, file);
    QFETCH(int, stages);
    QFETCH(int, policies);
    QFETCH(QStringList, edges);
    const FlowGraph graph = load(file);
    QCOMPARE(graph.count(FlowGraph::Node::Kind::Start), 1);
    QCOMPARE(graph.count(FlowGraph::Node::Kind::End), 1);
    QCOMPARE(graph.count(FlowGraph::Node::Kind::Stage), stages);
    QCOMPARE(graph.count(FlowGraph::Node::Kind::FlowPolicy) + graph.count(FlowGraph::Node::Kind::StagePolicy), policies);
    QCOMPARE(edgeList(graph), edges);
    for (const FlowGraph::Edge &edge : graph.edges) {
        if (edge.label.contains(QLatin1String("denied")))
            QCOMPARE(edge.kind, FlowGraph::Edge::Kind::PolicyDenied);
        if (edge.label.contains(QLatin1String("passed")))
            QCOMPARE(edge.kind, FlowGraph::Edge::Kind::PolicyPassed);
    }
}

void TestFlowGraph::labels()
{
    const FlowGraph defaults = load(QStringLiteral("default-authentication.mmd"));
    const FlowGraph::Node *identification = defaults.node(QStringLiteral("stage_0"));
    QVERIFY(identification);
    QCOMPARE(identification->title, QStringLiteral("Stage (Identification Stage)"));
    QCOMPARE(identification->name, QStringLiteral("default-authentication-identification"));
    QCOMPARE(identification->stageIndex, 0);
    QCOMPARE(defaults.node(QStringLiteral("flow_start"))->name, QStringLiteral("Welcome to authentik!"));
    QCOMPARE(defaults.node(QStringLiteral("done"))->title, QStringLiteral("End of the flow"));

    // #quot; stands for a quote inside a label; a repeated node keeps its first label.
    const FlowGraph policies = load(QStringLiteral("stage-policies.mmd"));
    QCOMPARE(policies.node(QStringLiteral("stage_1"))->name, QStringLiteral("ask \"name\""));
    QCOMPARE(policies.node(QStringLiteral("stage_0_policy_0"))->title, QStringLiteral("Policy (Expression Policy)"));
    QCOMPARE(policies.node(QStringLiteral("stage_0_policy_0"))->stageIndex, 0);
    QCOMPARE(policies.node(QStringLiteral("stage_0_policy_0"))->policyIndex, 0);
    QCOMPARE(policies.node(QStringLiteral("stage_1"))->policyIndex, -1);

    // Policy numbers: the m of stage_n_policy_m and flow_policy_m, in both forms.
    const FlowGraph mfa = load(QStringLiteral("default-authentication-policies.mmd"));
    QCOMPARE(mfa.node(QStringLiteral("flow_policy_1"))->policyIndex, 1);
    QCOMPARE(mfa.node(QStringLiteral("flow_policy_1"))->stageIndex, -1);
    QCOMPARE(mfa.node(QStringLiteral("flow_policy_1"))->kind, FlowGraph::Node::Kind::FlowPolicy);
    QCOMPARE(mfa.node(QStringLiteral("stage_2_policy_0"))->stageIndex, 2);
    QCOMPARE(mfa.node(QStringLiteral("flow_start"))->stageIndex, -1);
    const FlowGraph mfaJson = load(QStringLiteral("default-authentication-policies.json"));
    QCOMPARE(mfaJson.node(QStringLiteral("stage_1_policy_0"))->policyIndex, 0);
    QCOMPARE(mfaJson.node(QStringLiteral("stage_1_policy_0"))->kind, FlowGraph::Node::Kind::StagePolicy);

    // "placeholder" (authentik's re-mention of flow_start) does not replace the real label.
    const FlowGraph requirement = load(QStringLiteral("auth-requirement.mmd"));
    QCOMPARE(requirement.node(QStringLiteral("flow_start"))->name, QStringLiteral("Superuser flow"));

    const FlowGraph json = load(QStringLiteral("nodes-edges.json"));
    QCOMPARE(json.node(QStringLiteral("stage_1"))->bindingOrder, 20);
    QCOMPARE(json.node(QStringLiteral("stage_1"))->pk, QStringLiteral("7b2c3d4e-3333-4f5a-9b6c-7d8e9f0a1b2c"));
    QCOMPARE(json.node(QStringLiteral("stage_0"))->name, QStringLiteral("default-authentication-identification"));
}

void TestFlowGraph::rejects_data()
{
    QTest::addColumn<QJsonObject>("response");
    QTest::newRow("neither form") << QJsonObject{{QStringLiteral("detail"), QStringLiteral("x")}};
    QTest::newRow("not a flowchart") << QJsonObject{{QStringLiteral("diagram"), QStringLiteral("sequenceDiagram\nA->>B: hi")}};
    QTest::newRow("empty text") << QJsonObject{{QStringLiteral("diagram"), QString()}};
    QTest::newRow("unterminated label") << QJsonObject{{QStringLiteral("diagram"), QStringLiteral("graph TD\nstage_0([\"Stage")}};
    QTest::newRow("arrow first") << QJsonObject{{QStringLiteral("diagram"), QStringLiteral("graph TD\n--> stage_0")}};
    QTest::newRow("edge to unknown node")
        << QJsonDocument::fromJson(R"({"nodes": [{"identifier": "flow_start"}], "edges": [{"origin": "flow_start", "target": "x"}]})").object();
}

void TestFlowGraph::rejects()
{
    QFETCH(QJsonObject, response);
    FlowGraph graph;
    QString error;
    QVERIFY(!FlowGraph::fromResponse(response, &graph, &error));
    QVERIFY(!error.isEmpty());
}

void TestFlowGraph::layoutNeverOverlaps_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"no-stages.mmd", "default-authentication.mmd", "flow-policies.mmd", "stage-policies.mmd",
                             "auth-requirement.mmd", "nodes-edges.json", "default-authentication-policies.mmd",
                             "default-authentication-policies.json", "mfa-two-policies-per-stage.mmd"})
        QTest::newRow(file) << QString::fromLatin1(file);
}

void TestFlowGraph::layoutNeverOverlaps()
{
    QFETCH(QString, file);
    const FlowGraph graph = load(file);
    // Boxes as wide as their longest label line, like the view measures them.
    const GraphLayout layout = GraphLayout::layered(graph, [](const FlowGraph::Node &node) {
        return QSizeF(60 + 7.0 * std::max(node.title.size(), node.name.size()), node.name.isEmpty() ? 36 : 52);
    });
    QCOMPARE(layout.boxes.size(), graph.nodes.size());
    for (const GraphLayout::Box &a : layout.boxes) {
        QVERIFY(a.rect.left() >= 0 && a.rect.top() >= 0);
        QVERIFY(a.rect.right() <= layout.size.width() + 0.001 && a.rect.bottom() <= layout.size.height() + 0.001);
        for (const GraphLayout::Box &b : layout.boxes) {
            if (&a == &b)
                continue;
            QVERIFY2(!a.rect.intersects(b.rect), qPrintable(a.id + QStringLiteral(" overlaps ") + b.id));
            if (a.layer < b.layer)
                QVERIFY2(a.rect.bottom() < b.rect.top(), qPrintable(a.id + QStringLiteral(" and ") + b.id));
        }
    }
    // Every edge points down; the end of the flow is alone in the last layer.
    for (const FlowGraph::Edge &edge : graph.edges)
        QVERIFY2(layout.box(edge.from)->layer < layout.box(edge.to)->layer, qPrintable(edge.from + QLatin1Char('>') + edge.to));
    const GraphLayout::Box *end = layout.box(QStringLiteral("done"));
    QCOMPARE(end->layer, layout.layerCount - 1);
    for (const GraphLayout::Box &box : layout.boxes)
        QVERIFY(box.id == QLatin1String("done") || box.layer < end->layer);
}

QTEST_GUILESS_MAIN(TestFlowGraph)
#include "tst_flowgraph.moc"
