#pragma once

#include "models/diagram/flowgraph.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace akdesk {

/// Places a FlowGraph top to bottom in layers: every edge points to a lower layer where it can,
/// nodes of one layer sit side by side and never overlap, layers never overlap each other.
/// Two engines: Graphviz's "dot" (edges routed around boxes as splines, labels placed as boxes of
/// their own) when akdesk was built with it, and a linear layered layout for very large graphs.
struct GraphLayout
{
    enum class Engine { Layered, Graphviz };

    struct Box
    {
        QString id;
        int layer = 0;
        int position = 0;  ///< left-to-right index within its layer
        QRectF rect;
    };
    /// How one edge of the graph is drawn.
    struct Route
    {
        int edge = -1;          ///< index into the graph's edges
        /// A cubic Bézier chain: points[0] is the start, then three points per segment.
        QList<QPointF> points;
        QPointF arrowTip;       ///< where the arrow head points (past the last point)
        QRectF labelRect;       ///< empty when the edge has no label
    };

    Engine engine = Engine::Layered;
    QList<Box> boxes;   ///< in the graph's node order
    QList<Route> routes;  ///< in the graph's edge order; edges to unknown nodes or loops are left out
    int layerCount = 0;
    QSizeF size;
    QHash<QString, int> boxIndex;  ///< id -> index in boxes (the first node of that id)

    const Box *box(const QString &id) const;

    using NodeMeasure = std::function<QSizeF(const FlowGraph::Node &)>;
    using LabelMeasure = std::function<QSizeF(const FlowGraph::Edge &)>;

    /// Linear in nodes + edges (a chain of thousands of stages lays out in milliseconds).
    /// `measure` gives each node's size (the view measures its text); gaps between boxes. Edges
    /// are drawn as one curve from the bottom of their source to the top of their target, with
    /// their label at the middle; they may cross boxes of the layers in between.
    static GraphLayout layered(const FlowGraph &graph, const NodeMeasure &measure, qreal horizontalGap = 40,
                               qreal verticalGap = 60, const LabelMeasure &measureLabel = {});

    /// True when akdesk was built with Graphviz (AKDESK_HAVE_GRAPHVIZ).
    static bool graphvizAvailable();
    /// Graphviz's "dot" with every box and every label exactly as large as measured (points are
    /// pixels at 72 dpi). Returns an empty layout (no boxes) when Graphviz is missing or fails.
    static GraphLayout graphviz(const FlowGraph &graph, const NodeMeasure &measure, const LabelMeasure &measureLabel,
                                qreal horizontalGap = 40, qreal verticalGap = 40);
    /// Above this many nodes "dot" takes longer than a user waits for a diagram (measured by
    /// bench_ui's diagram layout figures), so automatic() lays out with layered() instead.
    static constexpr int GraphvizNodeLimit = 400;
    /// Graphviz up to GraphvizNodeLimit nodes, layered() above it or when Graphviz is missing.
    static GraphLayout automatic(const FlowGraph &graph, const NodeMeasure &measure, const LabelMeasure &measureLabel,
                                 qreal horizontalGap = 40, qreal verticalGap = 40);
};

} // namespace akdesk
