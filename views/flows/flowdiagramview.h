#pragma once

#include "models/diagram/flowgraph.h"

#include <QGraphicsView>

class QGraphicsScene;

namespace akdesk {

/// A flow drawn natively: start, policies, stages and end as distinct shapes in layers, edges
/// with their labels (policy passed, policy denied). Zoom with the wheel or +/-, pan by dragging,
/// fit with 0 or F; exports PNG and SVG.
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

    void zoomBy(qreal factor);
    void fitToWindow();
    qreal zoom() const;
    bool exportPng(const QString &path, qreal scale = 2.0) const;
    bool exportSvg(const QString &path) const;

Q_SIGNALS:
    /// A stage node was clicked: its stage index (binding position) and, when known, pk.
    void stageClicked(int stageIndex, const QString &stageName);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();

    QGraphicsScene *m_scene;
    FlowGraph m_graph;
    bool m_autoFit = true;
};

} // namespace akdesk
