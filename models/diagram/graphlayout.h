#pragma once

#include "models/diagram/flowgraph.h"

#include <QHash>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace akdesk {

/// Places a FlowGraph top to bottom in layers: every edge points to a lower layer where it can,
/// nodes of one layer sit side by side and never overlap, layers never overlap each other.
struct GraphLayout
{
    struct Box
    {
        QString id;
        int layer = 0;
        int position = 0;  ///< left-to-right index within its layer
        QRectF rect;
    };

    QList<Box> boxes;   ///< in the graph's node order
    int layerCount = 0;
    QSizeF size;
    QHash<QString, int> boxIndex;  ///< id -> index in boxes (the first node of that id)

    const Box *box(const QString &id) const;

    /// Linear in nodes + edges (a chain of thousands of stages lays out in milliseconds).
    /// `measure` gives each node's size (the view measures its text); gaps between boxes.
    static GraphLayout layered(const FlowGraph &graph, const std::function<QSizeF(const FlowGraph::Node &)> &measure,
                               qreal horizontalGap = 40, qreal verticalGap = 60);
};

} // namespace akdesk
