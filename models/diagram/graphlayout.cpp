#include "models/diagram/graphlayout.h"

#include <algorithm>

namespace akdesk {

const GraphLayout::Box *GraphLayout::box(const QString &id) const
{
    for (const Box &b : boxes) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

GraphLayout GraphLayout::layered(const FlowGraph &graph, const std::function<QSizeF(const FlowGraph::Node &)> &measure,
                                 qreal horizontalGap, qreal verticalGap)
{
    GraphLayout layout;
    const int n = int(graph.nodes.size());
    if (n == 0)
        return layout;

    // Longest-path layering. Edges that would go back up (a cycle) are ignored after n rounds,
    // so a malformed graph still lays out instead of looping.
    QVector<int> layer(n, 0);
    QVector<QPair<int, int>> edges;
    for (const FlowGraph::Edge &edge : graph.edges) {
        const int from = graph.indexOf(edge.from);
        const int to = graph.indexOf(edge.to);
        if (from >= 0 && to >= 0 && from != to)
            edges.append({from, to});
    }
    for (int round = 0; round < n; ++round) {
        bool changed = false;
        for (const auto &[from, to] : std::as_const(edges)) {
            if (layer[to] < layer[from] + 1 && layer[from] + 1 < n) {
                layer[to] = layer[from] + 1;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    // The end of the flow sits alone below everything else.
    int deepest = -1;
    for (int i = 0; i < n; ++i) {
        if (graph.nodes.at(i).kind != FlowGraph::Node::Kind::End)
            deepest = std::max(deepest, layer[i]);
    }
    for (int i = 0; i < n; ++i) {
        if (graph.nodes.at(i).kind == FlowGraph::Node::Kind::End)
            layer[i] = deepest + 1;
    }
    layout.layerCount = *std::max_element(layer.begin(), layer.end()) + 1;

    // Order within a layer: by the average position of predecessors (one barycentre sweep),
    // ties by the server's order.
    QVector<QVector<int>> layers(layout.layerCount);
    for (int i = 0; i < n; ++i)
        layers[layer[i]].append(i);
    QVector<double> position(n, 0);
    for (int l = 0; l < layout.layerCount; ++l) {
        QVector<int> &members = layers[l];
        QVector<double> key(n, 0);
        for (int i : std::as_const(members)) {
            double sum = 0;
            int count = 0;
            for (const auto &[from, to] : std::as_const(edges)) {
                if (to == i && layer[from] < l) {
                    sum += position[from];
                    ++count;
                }
            }
            key[i] = count ? sum / count : double(i) / n;
        }
        std::stable_sort(members.begin(), members.end(), [&key](int a, int b) { return key[a] < key[b]; });
        for (int p = 0; p < members.size(); ++p)
            position[members[p]] = p;
    }

    // Geometry: each layer is a row as tall as its tallest box; rows are centred.
    QVector<QSizeF> sizes(n);
    for (int i = 0; i < n; ++i)
        sizes[i] = measure(graph.nodes.at(i));
    QVector<qreal> rowWidth(layout.layerCount, 0);
    QVector<qreal> rowHeight(layout.layerCount, 0);
    for (int l = 0; l < layout.layerCount; ++l) {
        for (int i : std::as_const(layers[l])) {
            rowWidth[l] += sizes[i].width();
            rowHeight[l] = std::max(rowHeight[l], sizes[i].height());
        }
        rowWidth[l] += horizontalGap * std::max<qsizetype>(0, layers[l].size() - 1);
    }
    const qreal width = *std::max_element(rowWidth.begin(), rowWidth.end());
    QVector<QRectF> rects(n);
    qreal y = 0;
    for (int l = 0; l < layout.layerCount; ++l) {
        qreal x = (width - rowWidth[l]) / 2;
        for (int i : std::as_const(layers[l])) {
            rects[i] = QRectF(QPointF(x, y + (rowHeight[l] - sizes[i].height()) / 2), sizes[i]);
            x += sizes[i].width() + horizontalGap;
        }
        y += rowHeight[l] + verticalGap;
    }
    for (int i = 0; i < n; ++i)
        layout.boxes.append({graph.nodes.at(i).id, layer[i], int(position[i]), rects[i]});
    layout.size = QSizeF(width, y - verticalGap);
    return layout;
}

} // namespace akdesk
