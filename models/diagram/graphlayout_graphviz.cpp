// GraphLayout::graphviz(): the flow laid out by Graphviz's "dot" through libgvc and cgraph.

#include "models/diagram/graphlayout.h"

#ifdef AKDESK_HAVE_GRAPHVIZ
#include <graphviz/gvc.h>

#include <QMap>
#include <QMutex>

#include <algorithm>
#include <cmath>
#endif

namespace akdesk {

bool GraphLayout::graphvizAvailable()
{
#ifdef AKDESK_HAVE_GRAPHVIZ
    return true;
#else
    return false;
#endif
}

#ifndef AKDESK_HAVE_GRAPHVIZ

GraphLayout GraphLayout::graphviz(const FlowGraph &, const NodeMeasure &, const LabelMeasure &, qreal, qreal)
{
    return {};
}

#else

namespace {

/// cgraph's API takes char * for strings it only reads.
char *text(const char *s)
{
    return const_cast<char *>(s);
}

QByteArray inches(qreal points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

/// One Graphviz context for the whole process: loading its plugins costs more than a small
/// layout, and Graphviz keeps global state, so layouts take turns.
GVC_t *context(QMutex **lock)
{
    static QMutex mutex;
    static GVC_t *gvc = [] {
        agseterr(AGERR);  // warnings (e.g. about unusual attribute values) stay off stderr
        return gvContext();
    }();
    *lock = &mutex;
    return gvc;
}

} // namespace

GraphLayout GraphLayout::graphviz(const FlowGraph &graph, const NodeMeasure &measure, const LabelMeasure &measureLabel,
                                  qreal horizontalGap, qreal verticalGap)
{
    GraphLayout layout;
    layout.engine = Engine::Graphviz;
    const int n = int(graph.nodes.size());
    if (n == 0)
        return layout;
    QMutex *mutex = nullptr;
    GVC_t *gvc = context(&mutex);
    if (!gvc)
        return {};
    QMutexLocker locker(mutex);

    Agraph_t *g = agopen(text("flow"), Agdirected, nullptr);
    agattr(g, AGRAPH, text("rankdir"), text("TB"));
    agattr(g, AGRAPH, text("nodesep"), inches(horizontalGap).data());
    agattr(g, AGRAPH, text("ranksep"), inches(verticalGap).data());
    agattr(g, AGRAPH, text("splines"), text("spline"));
    // Boxes exactly as large as Qt measured them: Graphviz never measures text itself.
    agattr(g, AGNODE, text("shape"), text("box"));
    agattr(g, AGNODE, text("fixedsize"), text("true"));
    agattr(g, AGNODE, text("label"), text(""));
    Agsym_t *width = agattr(g, AGNODE, text("width"), text("1"));
    Agsym_t *height = agattr(g, AGNODE, text("height"), text("0.5"));
    Agsym_t *arrowhead = agattr(g, AGEDGE, text("arrowhead"), text("normal"));

    QVector<Agnode_t *> nodes(n, nullptr);
    for (int i = 0; i < n; ++i) {
        if (layout.boxIndex.contains(graph.nodes.at(i).id))
            continue;  // a repeated id is the same node
        layout.boxIndex.insert(graph.nodes.at(i).id, i);
        nodes[i] = agnode(g, QByteArray("n" + QByteArray::number(i)).data(), 1);
        const QSizeF size = measure(graph.nodes.at(i));
        agxset(nodes[i], width, inches(size.width()).data());
        agxset(nodes[i], height, inches(size.height()).data());
    }
    // Each label becomes a box of its own, of the measured size, halfway along its edge (the edge
    // runs into it and out of it again). dot keeps boxes apart and routes every spline around every
    // box but its ends, so a label never overlaps another label, a box, or another edge. (dot's
    // own edge labels are kept apart from each other, but a crossing edge may run through one, as
    // tst_graphlayout found; an xlabel is placed after the layout and may overlap or be dropped.)
    struct Placed
    {
        Agedge_t *in = nullptr;    ///< the edge itself, or the half into its label
        Agedge_t *out = nullptr;   ///< the half out of its label
        Agnode_t *label = nullptr;
    };
    QVector<Placed> edges(graph.edges.size());
    for (int e = 0; e < graph.edges.size(); ++e) {
        const FlowGraph::Edge &edge = graph.edges.at(e);
        const int from = layout.boxIndex.value(edge.from, -1);
        const int to = layout.boxIndex.value(edge.to, -1);
        if (from < 0 || to < 0 || from == to)
            continue;
        if (!measureLabel || edge.label.isEmpty()) {
            edges[e].in = agedge(g, nodes[from], nodes[to], nullptr, 1);
            continue;
        }
        const QSizeF size = measureLabel(edge);
        edges[e].label = agnode(g, QByteArray("l" + QByteArray::number(e)).data(), 1);
        agxset(edges[e].label, width, inches(size.width()).data());
        agxset(edges[e].label, height, inches(size.height()).data());
        edges[e].in = agedge(g, nodes[from], edges[e].label, nullptr, 1);
        agxset(edges[e].in, arrowhead, text("none"));
        edges[e].out = agedge(g, edges[e].label, nodes[to], nullptr, 1);
    }

    if (gvLayout(gvc, g, "dot") != 0) {
        agclose(g);
        return {};
    }

    // Graphviz's y grows upwards from the bounding box's lower left corner; Qt's grows downwards.
    const boxf bb = GD_bb(g);
    const auto toQt = [&bb](pointf p) { return QPointF(p.x - bb.LL.x, bb.UR.y - p.y); };
    layout.size = QSizeF(bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y);

    // Layers: dot's ranks (which count the label ranks in between) renumbered 0, 1, 2, ...
    QMap<int, int> ranks;
    for (int i = 0; i < n; ++i) {
        if (nodes[i])
            ranks.insert(ND_rank(nodes[i]), 0);
    }
    int next = 0;
    for (auto it = ranks.begin(); it != ranks.end(); ++it)
        it.value() = next++;
    layout.layerCount = next;
    for (int i = 0; i < n; ++i) {
        Agnode_t *node = nodes[layout.boxIndex.value(graph.nodes.at(i).id)];
        const QSizeF size(ND_width(node) * 72, ND_height(node) * 72);
        const QPointF centre = toQt(ND_coord(node));
        layout.boxes.append({graph.nodes.at(i).id, ranks.value(ND_rank(node)), 0,
                             QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size)});
    }
    // Position within a layer: left to right.
    QVector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&layout](int a, int b) {
        const Box &x = layout.boxes.at(a);
        const Box &y = layout.boxes.at(b);
        return x.layer != y.layer ? x.layer < y.layer : x.rect.left() < y.rect.left();
    });
    for (int i = 0, position = 0; i < n; ++i) {
        position = i > 0 && layout.boxes.at(order[i - 1]).layer == layout.boxes.at(order[i]).layer ? position + 1 : 0;
        layout.boxes[order[i]].position = position;
    }

    const auto appendSpline = [&toQt](Agedge_t *edge, Route *route) {
        const splines *spl = ED_spl(edge);
        for (int b = 0; spl && b < spl->size; ++b) {
            const bezier &curve = spl->list[b];
            if (!route->points.isEmpty() && curve.size > 0) {
                // From where the route stopped to where this curve starts: straight, as a cubic.
                const QPointF from = route->points.last();
                const QPointF to = toQt(curve.list[0]);
                route->points << from + (to - from) / 3 << from + (to - from) * 2 / 3 << to;
            }
            if (route->points.isEmpty() && curve.size > 0)
                route->points.append(toQt(curve.list[0]));
            for (int p = 1; p < curve.size; ++p)
                route->points.append(toQt(curve.list[p]));
            route->arrowTip = curve.eflag ? toQt(curve.ep) : route->points.last();
        }
    };
    for (int e = 0; e < edges.size(); ++e) {
        if (!edges[e].in || !ED_spl(edges[e].in) || (edges[e].out && !ED_spl(edges[e].out)))
            continue;
        Route route;
        route.edge = e;
        appendSpline(edges[e].in, &route);
        if (edges[e].label) {
            appendSpline(edges[e].out, &route);
            const QSizeF size(ND_width(edges[e].label) * 72, ND_height(edges[e].label) * 72);
            route.labelRect = QRectF(toQt(ND_coord(edges[e].label)) - QPointF(size.width() / 2, size.height() / 2), size);
        }
        layout.routes.append(route);
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    return layout;
}

#endif

} // namespace akdesk
