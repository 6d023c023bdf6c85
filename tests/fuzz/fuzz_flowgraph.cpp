// Fuzzes the flow diagram parsers (models/diagram/flowgraph.h) and the layered layout
// (models/diagram/graphlayout.h) of whatever graph they accept.
//
// Input: a JSON object is the server's whole answer (FlowGraph::fromResponse: `diagram` Mermaid
// text or `nodes`/`edges`); anything else is Mermaid text for FlowGraph::fromMermaid.

#include "models/diagram/flowgraph.h"
#include "models/diagram/graphlayout.h"

#include <QByteArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using akdesk::FlowGraph;
using akdesk::GraphLayout;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkLayout(const FlowGraph &graph)
{
    // Sizes from the label like the view's text measurement, so boxes differ.
    const GraphLayout layout = GraphLayout::layered(graph, [](const FlowGraph::Node &node) {
        return QSizeF(20 + 7 * std::min<qsizetype>(node.label.size(), 60), 30 + 15 * node.label.count(QLatin1Char('\n')));
    });
    require(layout.boxes.size() == graph.nodes.size());
    // Boxes of one layer sit side by side without overlapping.
    QList<GraphLayout::Box> boxes = layout.boxes;
    std::sort(boxes.begin(), boxes.end(), [](const GraphLayout::Box &a, const GraphLayout::Box &b) {
        return a.layer != b.layer ? a.layer < b.layer : a.position < b.position;
    });
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const GraphLayout::Box &box = boxes.at(i);
        require(box.layer >= 0 && box.layer < layout.layerCount);
        if (i > 0 && boxes.at(i - 1).layer == box.layer)
            require(boxes.at(i - 1).rect.right() <= box.rect.left());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    FlowGraph graph;
    QString error;
    bool parsed = false;
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isObject())
        parsed = FlowGraph::fromResponse(document.object(), &graph, &error);
    else
        parsed = FlowGraph::fromMermaid(QString::fromUtf8(input), &graph, &error);
    if (!parsed) {
        require(!error.isEmpty());
        return 0;
    }
    // Every edge joins nodes of the graph.
    for (const FlowGraph::Edge &edge : std::as_const(graph.edges))
        require(graph.node(edge.from) && graph.node(edge.to));
    (void)graph.count(FlowGraph::Node::Kind::Stage);
    checkLayout(graph);
    return 0;
}
