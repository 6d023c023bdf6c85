#pragma once

#include "models/diagram/flowgraph.h"

#include <QGraphicsView>

#include <memory>

class QGraphicsScene;

namespace akdesk {

struct GraphLayout;

/// A flow drawn natively: start, policies, stages and end as distinct shapes in layers, edges
/// with their labels (policy passed, policy denied) routed around the boxes by Graphviz where
/// akdesk has it (GraphLayout::automatic). Zoom with the wheel or +/-, pan by dragging, fit with 0
/// or F; exports PNG and SVG in the colours shown (the dark look exports a dark diagram).
class FlowDiagramView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowDiagramView)

public:
    explicit FlowDiagramView(QWidget *parent = nullptr);
    ~FlowDiagramView() override;

    void setGraph(const FlowGraph &graph);
    const FlowGraph &graph() const { return m_graph; }
    /// Shows a message instead of a diagram (loading, or why it failed).
    void showMessage(const QString &text);
    int nodeItemCount() const;
    int edgeItemCount() const;
    /// The layout last drawn (which engine, the boxes, the edges' routes and label boxes).
    const GraphLayout &layout() const { return *m_layout; }

    void zoomBy(qreal factor);
    void fitToWindow();
    qreal zoom() const;
    bool exportPng(const QString &path, qreal scale = 2.0) const;
    bool exportSvg(const QString &path) const;

Q_SIGNALS:
    /// A stage node was clicked: its stage index (binding position) and, when known, pk.
    void stageClicked(int stageIndex, const QString &stageName);
    /// A policy node was clicked. stageIndex is the n of stage_n (-1 for a flow policy),
    /// policyIndex the m of its id (the m-th policy binding on that target by order); policyPk
    /// and bindingPk when the server says (nodes/edges form), else empty.
    void policyNodeActivated(int stageIndex, int policyIndex, const QString &policyPk, const QString &bindingPk);
    /// The same nodes double-clicked: to open the stage, or the policy's binding.
    void stageDoubleClicked(int stageIndex, const QString &stageName);
    void policyNodeDoubleClicked(int stageIndex, int policyIndex, const QString &policyPk, const QString &bindingPk);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    /// The node under `position` (a stage or a policy): emits the click's or the double-click's signal.
    bool activateAt(const QPoint &position, bool twice);

    QGraphicsScene *m_scene;
    FlowGraph m_graph;
    std::unique_ptr<GraphLayout> m_layout;
    bool m_autoFit = true;
};

} // namespace akdesk
