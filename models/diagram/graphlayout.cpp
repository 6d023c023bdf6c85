#include "models/diagram/graphlayout.h"

#include <algorithm>

namespace akdesk {

const GraphLayout::Box *GraphLayout::box(const QString &id) const
{
    const auto it = boxIndex.constFind(id);
    return it == boxIndex.constEnd() ? nullptr : &boxes.at(*it);
}

GraphLayout GraphLayout::layered(const FlowGraph &graph, const NodeMeasure &measure, qreal horizontalGap, qreal verticalGap,
                                 const LabelMeasure &measureLabel)
{
    GraphLayout layout;
    const int n = int(graph.nodes.size());
    if (n == 0)
        return layout;

    // Every step below is linear: ids through a hash, edges through adjacency lists.
    for (int i = 0; i < n; ++i) {
        if (!layout.boxIndex.contains(graph.nodes.at(i).id))
            layout.boxIndex.insert(graph.nodes.at(i).id, i);
    }
    QVector<QPair<int, int>> edges;
    for (const FlowGraph::Edge &edge : graph.edges) {
        const int from = layout.boxIndex.value(edge.from, -1);
        const int to = layout.boxIndex.value(edge.to, -1);
        if (from >= 0 && to >= 0 && from != to)
            edges.append({from, to});
    }
    QVector<QVector<int>> outgoing(n);
    QVector<QVector<int>> incoming(n);
    for (int e = 0; e < edges.size(); ++e) {
        outgoing[edges[e].first].append(e);
        incoming[edges[e].second].append(edges[e].first);
    }

    // An edge that closes a cycle (it reaches a node still on the depth-first path) is left out
    // of the layering, so that a malformed graph still lays out.
    QVector<bool> forward(edges.size(), true);
    {
        enum : char { Unseen, OnPath, Done };
        QVector<char> state(n, Unseen);
        QVector<QPair<int, int>> path;  // node, next outgoing edge to look at
        for (int root = 0; root < n; ++root) {
            if (state[root] != Unseen)
                continue;
            state[root] = OnPath;
            path.append({root, 0});
            while (!path.isEmpty()) {
                auto &[node, next] = path.last();
                if (next < outgoing[node].size()) {
                    const int e = outgoing[node][next++];
                    const int to = edges[e].second;
                    if (state[to] == OnPath)
                        forward[e] = false;
                    else if (state[to] == Unseen) {
                        state[to] = OnPath;
                        path.append({to, 0});
                    }
                } else {
                    state[node] = Done;
                    path.removeLast();
                }
            }
        }
    }

    // Longest-path layering over the remaining edges, in topological order.
    QVector<int> layer(n, 0);
    {
        QVector<int> waiting(n, 0);
        for (int e = 0; e < edges.size(); ++e)
            waiting[edges[e].second] += forward[e];
        QVector<int> ready;
        ready.reserve(n);
        for (int i = 0; i < n; ++i) {
            if (waiting[i] == 0)
                ready.append(i);
        }
        for (qsizetype r = 0; r < ready.size(); ++r) {
            const int node = ready[r];
            for (const int e : std::as_const(outgoing[node])) {
                if (!forward[e])
                    continue;
                const int to = edges[e].second;
                layer[to] = std::max(layer[to], layer[node] + 1);
                if (--waiting[to] == 0)
                    ready.append(to);
            }
        }
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
    QVector<double> key(n, 0);
    for (int l = 0; l < layout.layerCount; ++l) {
        QVector<int> &members = layers[l];
        for (int i : std::as_const(members)) {
            double sum = 0;
            int count = 0;
            for (const int from : std::as_const(incoming[i])) {
                if (layer[from] < l) {
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

    // One curve per edge, bottom centre to top centre, its label beside the middle.
    constexpr qreal arrowLength = 9;
    for (int e = 0; e < graph.edges.size(); ++e) {
        const FlowGraph::Edge &edge = graph.edges.at(e);
        const Box *from = layout.box(edge.from);
        const Box *to = layout.box(edge.to);
        if (!from || !to || from == to)
            continue;
        Route route;
        route.edge = e;
        const QPointF start(from->rect.center().x(), from->rect.bottom());
        route.arrowTip = QPointF(to->rect.center().x(), to->rect.top());
        const QPointF end = route.arrowTip - QPointF(0, arrowLength);
        const qreal bend = std::max<qreal>(24, (end.y() - start.y()) / 2);
        route.points = {start, start + QPointF(0, bend), end - QPointF(0, bend), end};
        if (measureLabel && !edge.label.isEmpty()) {
            const QSizeF labelSize = measureLabel(edge);
            const QPointF mid = (route.points[0] + 3 * route.points[1] + 3 * route.points[2] + route.points[3]) / 8;
            route.labelRect = QRectF(mid + QPointF(6, -labelSize.height() / 2), labelSize);
        }
        layout.routes.append(route);
    }
    return layout;
}

GraphLayout GraphLayout::automatic(const FlowGraph &graph, const NodeMeasure &measure, const LabelMeasure &measureLabel,
                                   qreal horizontalGap, qreal verticalGap)
{
    if (graphvizAvailable() && graph.nodes.size() <= GraphvizNodeLimit) {
        GraphLayout layout = graphviz(graph, measure, measureLabel, horizontalGap, verticalGap);
        if (!layout.boxes.isEmpty() || graph.nodes.isEmpty())
            return layout;
    }
    return layered(graph, measure, horizontalGap, verticalGap, measureLabel);
}

} // namespace akdesk
