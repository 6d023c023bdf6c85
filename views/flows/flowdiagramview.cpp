#include "views/flows/flowdiagramview.h"

#include "models/diagram/graphlayout.h"
#include "views/common/theme.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <cmath>

namespace akdesk {

namespace {

constexpr int NodeIdKey = 0;
constexpr int StageIndexKey = 1;
constexpr int StageNameKey = 2;
constexpr int KindKey = 3;
constexpr int PolicyIndexKey = 4;
constexpr int PolicyPkKey = 5;
constexpr int BindingPkKey = 6;
constexpr int NodeItem = 1;
constexpr int EdgeItem = 2;

struct Style
{
    QColor fill;
    QColor border;
};

Style styleOf(FlowGraph::Node::Kind kind)
{
    switch (kind) {
    case FlowGraph::Node::Kind::Start:
    case FlowGraph::Node::Kind::End:
        return {QColor(0xe8, 0xf0, 0xfe), QColor(0x1a, 0x73, 0xe8)};
    case FlowGraph::Node::Kind::FlowPolicy:
    case FlowGraph::Node::Kind::StagePolicy:
    case FlowGraph::Node::Kind::Requirement:
        return {QColor(0xff, 0xf4, 0xe5), QColor(0xe3, 0x74, 0x00)};
    case FlowGraph::Node::Kind::PreFlow:
        return {QColor(0xf1, 0xf3, 0xf4), QColor(0x5f, 0x63, 0x68)};
    case FlowGraph::Node::Kind::Stage:
        return {QColor(0xe6, 0xf4, 0xea), QColor(0x18, 0x80, 0x38)};
    case FlowGraph::Node::Kind::Other:
        break;
    }
    return {QColor(0xff, 0xff, 0xff), QColor(0x5f, 0x63, 0x68)};
}

/// The outline of a node: rounded box for start/end, stadium for stages, hexagon for policies.
QPainterPath shapeOf(FlowGraph::Node::Kind kind, const QRectF &r)
{
    QPainterPath path;
    switch (kind) {
    case FlowGraph::Node::Kind::Stage:
        path.addRoundedRect(r, r.height() / 2, r.height() / 2);
        break;
    case FlowGraph::Node::Kind::FlowPolicy:
    case FlowGraph::Node::Kind::StagePolicy:
    case FlowGraph::Node::Kind::Requirement: {
        const qreal d = r.height() / 2;
        QPolygonF hexagon;
        hexagon << QPointF(r.left() + d, r.top()) << QPointF(r.right() - d, r.top()) << QPointF(r.right(), r.center().y())
                << QPointF(r.right() - d, r.bottom()) << QPointF(r.left() + d, r.bottom()) << QPointF(r.left(), r.center().y());
        path.addPolygon(hexagon);
        path.closeSubpath();
        break;
    }
    case FlowGraph::Node::Kind::Start:
    case FlowGraph::Node::Kind::End: {
        path.addRoundedRect(r, 6, 6);
        path.addRoundedRect(r.adjusted(4, 4, -4, -4), 4, 4);
        // Both outlines drawn, the inside filled whole (odd-even would leave the background
        // between the names, dark in the dark look).
        path.setFillRule(Qt::WindingFill);
        break;
    }
    default:
        path.addRoundedRect(r, 4, 4);
    }
    return path;
}

QString titleFor(const FlowGraph::Node &node)
{
    if (!node.title.isEmpty())
        return node.title;
    return node.id;
}

} // namespace

FlowDiagramView::FlowDiagramView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
    , m_layout(std::make_unique<GraphLayout>())
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Flow diagram"));
    setAccessibleDescription(tr("Ctrl+wheel or +/- zoom, 0 fits the diagram to the window"));
}

FlowDiagramView::~FlowDiagramView() = default;

void FlowDiagramView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    // A new look (Preferences) redraws the diagram in its colours.
    if (event->type() == QEvent::PaletteChange && !m_graph.nodes.isEmpty())
        rebuild();
}

void FlowDiagramView::setGraph(const FlowGraph &graph)
{
    m_graph = graph;
    rebuild();
}

void FlowDiagramView::showMessage(const QString &text)
{
    m_scene->clear();
    m_graph = {};
    auto *item = m_scene->addText(text);
    item->setTextWidth(360);
    m_scene->setSceneRect(item->boundingRect());
    resetTransform();
}

int FlowDiagramView::nodeItemCount() const
{
    int count = 0;
    const QList<QGraphicsItem *> items = m_scene->items();
    for (const QGraphicsItem *item : items)
        count += item->data(KindKey).toInt() == NodeItem;
    return count;
}

int FlowDiagramView::edgeItemCount() const
{
    int count = 0;
    const QList<QGraphicsItem *> items = m_scene->items();
    for (const QGraphicsItem *item : items)
        count += item->data(KindKey).toInt() == EdgeItem;
    return count;
}

void FlowDiagramView::rebuild()
{
    m_scene->clear();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.85);
    QFont nameFont = font();
    nameFont.setBold(true);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF nameMetrics(nameFont);

    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.8);
    const QFontMetricsF labelMetrics(labelFont);
    constexpr qreal labelPadding = 4;

    *m_layout = GraphLayout::automatic(
        m_graph,
        [&](const FlowGraph::Node &node) {
            const qreal width = std::max(titleMetrics.horizontalAdvance(titleFor(node)), nameMetrics.horizontalAdvance(node.name));
            const qreal height = titleMetrics.height() + (node.name.isEmpty() ? 0 : nameMetrics.height() + 2);
            const qreal padding = node.kind == FlowGraph::Node::Kind::Stage || node.kind == FlowGraph::Node::Kind::StagePolicy
                                          || node.kind == FlowGraph::Node::Kind::FlowPolicy
                                      ? 44
                                      : 28;
            return QSizeF(std::max(140.0, width + padding), height + 20);
        },
        [&](const FlowGraph::Edge &edge) {
            return QSizeF(labelMetrics.horizontalAdvance(edge.label) + 2 * labelPadding, labelMetrics.height() + labelPadding);
        },
        40, 36);
    const GraphLayout &layout = *m_layout;

    // Everything in the look's colours, the background too: an export shows what the view shows,
    // and a dark export's edges and labels stand out from its dark background.
    const QPalette pal = palette();
    const QColor background = pal.color(QPalette::Base);
    m_scene->setBackgroundBrush(background);
    const QColor edgeColor = pal.color(QPalette::Text);
    const QColor deniedColor = theme::errorText(pal);
    const QColor passedColor = theme::okText(pal);
    for (const GraphLayout::Route &route : layout.routes) {
        const FlowGraph::Edge &edge = m_graph.edges.at(route.edge);
        if (route.points.isEmpty())
            continue;
        QPainterPath path(route.points.first());
        for (int i = 1; i + 2 < route.points.size(); i += 3)
            path.cubicTo(route.points[i], route.points[i + 1], route.points[i + 2]);
        QColor color = edgeColor;
        Qt::PenStyle style = Qt::SolidLine;
        if (edge.kind == FlowGraph::Edge::Kind::PolicyDenied || edge.kind == FlowGraph::Edge::Kind::RequirementFailed) {
            color = deniedColor;
            style = Qt::DashLine;
        } else if (edge.kind == FlowGraph::Edge::Kind::PolicyPassed || edge.kind == FlowGraph::Edge::Kind::RequirementFulfilled) {
            color = passedColor;
        }
        // The arrow's shaft reaches its head (Graphviz's splines stop where the head begins).
        const QPointF tip = route.arrowTip;
        const QPointF last = path.currentPosition();
        QLineF direction(tip, last);
        if (direction.length() < 0.5)
            direction = QLineF(tip, path.pointAtPercent(0.9));
        if (direction.length() < 0.5)
            direction = QLineF(tip, tip - QPointF(0, 1));
        direction.setLength(9);
        path.lineTo(direction.p2());
        auto *line = m_scene->addPath(path, QPen(color, 1.6, style));
        line->setData(KindKey, EdgeItem);
        line->setZValue(-1);
        QLineF side = direction.normalVector();
        side.setLength(5);
        const QPointF across = side.p2() - side.p1();
        QPolygonF head;
        head << tip << direction.p2() + across << direction.p2() - across;
        auto *arrow = m_scene->addPolygon(head, QPen(color), QBrush(color));
        arrow->setZValue(-1);
        if (!edge.label.isEmpty() && !route.labelRect.isEmpty()) {
            // The label's box hides the edge running through it.
            auto *back = m_scene->addRect(route.labelRect, Qt::NoPen, QBrush(background));
            back->setZValue(-0.5);
            auto *label = new QGraphicsSimpleTextItem(edge.label, back);
            label->setFont(labelFont);
            label->setBrush(color);
            label->setPos(route.labelRect.center() - label->boundingRect().center());
        }
    }

    for (const FlowGraph::Node &node : std::as_const(m_graph.nodes)) {
        const GraphLayout::Box *box = layout.box(node.id);
        const Style style = styleOf(node.kind);
        auto *shape = m_scene->addPath(shapeOf(node.kind, box->rect), QPen(style.border, 1.5), QBrush(style.fill));
        shape->setData(KindKey, NodeItem);
        shape->setData(NodeIdKey, node.id);
        shape->setData(StageIndexKey, node.kind == FlowGraph::Node::Kind::Stage ? node.stageIndex : -1);
        shape->setData(StageNameKey, node.name);
        const bool policy = node.kind == FlowGraph::Node::Kind::StagePolicy || node.kind == FlowGraph::Node::Kind::FlowPolicy;
        shape->setData(PolicyIndexKey, policy ? node.policyIndex : -1);
        shape->setData(PolicyPkKey, node.pk);
        shape->setData(BindingPkKey, node.bindingPk);
        shape->setToolTip(node.label);
        if (node.kind == FlowGraph::Node::Kind::Stage || (policy && node.policyIndex >= 0))
            shape->setCursor(Qt::PointingHandCursor);
        auto *title = new QGraphicsSimpleTextItem(titleFor(node), shape);
        title->setFont(titleFont);
        title->setBrush(QColor(0x3c, 0x40, 0x43));
        auto *name = new QGraphicsSimpleTextItem(node.name, shape);
        name->setFont(nameFont);
        name->setBrush(QColor(0x20, 0x21, 0x24));
        const qreal total = title->boundingRect().height() + (node.name.isEmpty() ? 0 : name->boundingRect().height() + 2);
        qreal y = box->rect.center().y() - total / 2;
        title->setPos(box->rect.center().x() - title->boundingRect().width() / 2, y);
        y += title->boundingRect().height() + 2;
        name->setPos(box->rect.center().x() - name->boundingRect().width() / 2, y);
    }
    m_scene->setSceneRect(QRectF(QPointF(0, 0), layout.size).adjusted(-20, -20, 20, 20));

    if (m_autoFit)
        fitToWindow();
}

void FlowDiagramView::zoomBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if (next < 0.1 || next > 8)
        return;
    m_autoFit = false;
    scale(factor, factor);
}

qreal FlowDiagramView::zoom() const
{
    return transform().m11();
}

void FlowDiagramView::fitToWindow()
{
    m_autoFit = true;
    resetTransform();
    const QRectF rect = m_scene->sceneRect();
    if (rect.width() > viewport()->width() || rect.height() > viewport()->height())
        fitInView(rect, Qt::KeepAspectRatio);
}

bool FlowDiagramView::exportPng(const QString &path, qreal scale) const
{
    const QRectF rect = m_scene->sceneRect();
    QImage image((rect.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), rect.size() * scale), rect);
    painter.end();
    // Written beside and renamed over: an earlier export is never left half-overwritten.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

bool FlowDiagramView::exportSvg(const QString &path) const
{
    const QRectF rect = m_scene->sceneRect();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(rect.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), rect.size()));
    generator.setTitle(tr("Flow diagram"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_scene->render(&painter, QRectF(QPointF(0, 0), rect.size()), rect);
    return painter.end() && file.commit();
}

void FlowDiagramView::wheelEvent(QWheelEvent *event)
{
    // The wheel zooms (the diagram pans by dragging); Shift+wheel scrolls sideways as usual.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void FlowDiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
    case Qt::Key_F:
        fitToWindow();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

void FlowDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    // Until the user zooms, the diagram keeps fitting the window.
    if (m_autoFit)
        fitToWindow();
}

bool FlowDiagramView::activateAt(const QPoint &position, bool twice)
{
    for (QGraphicsItem *item = itemAt(position); item; item = item->parentItem()) {
        if (item->data(KindKey).toInt() != NodeItem)
            continue;
        if (item->data(StageIndexKey).toInt() >= 0) {
            const int index = item->data(StageIndexKey).toInt();
            const QString name = item->data(StageNameKey).toString();
            if (twice)
                Q_EMIT stageDoubleClicked(index, name);
            else
                Q_EMIT stageClicked(index, name);
            return true;
        }
        if (item->data(PolicyIndexKey).toInt() >= 0) {
            const FlowGraph::Node *node = m_graph.node(item->data(NodeIdKey).toString());
            const int stage = node ? node->stageIndex : -1;
            const int policy = item->data(PolicyIndexKey).toInt();
            const QString policyPk = item->data(PolicyPkKey).toString();
            const QString bindingPk = item->data(BindingPkKey).toString();
            if (twice)
                Q_EMIT policyNodeDoubleClicked(stage, policy, policyPk, bindingPk);
            else
                Q_EMIT policyNodeActivated(stage, policy, policyPk, bindingPk);
            return true;
        }
    }
    return false;
}

void FlowDiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        activateAt(event->position().toPoint(), false);
    QGraphicsView::mousePressEvent(event);
}

void FlowDiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && activateAt(event->position().toPoint(), true))
        return;
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace akdesk
