#include "graphcanvas.h"

#include "knowledge/commands/addedgecommand.h"
#include "knowledge/commands/addnodecommand.h"
#include "knowledge/commands/movenodescommand.h"
#include "knowledge/commands/removeedgecommand.h"
#include "knowledge/commands/removenodecommand.h"
#include "project/commands/storecommand.h"

#include <QFontInfo>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QUndoStack>
#include <QVariantAnimation>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace rwb::knowledge {

namespace {

constexpr double NodeHeight = 28;
constexpr double MinNodeWidth = 64;
constexpr double MaxNodeWidth = 220;
constexpr double MinZoom = 0.02;
constexpr double MaxZoom = 4.0;
constexpr int MinimapWidth = 180;
constexpr int MinimapHeight = 120;
constexpr int MinimapMargin = 8;
const QColor SelectionColor(0, 120, 215);
const QColor HighlightColor(255, 140, 0);

/// Where the segment from \a from (the centre of \a rect's node's peer) meets \a rect's border.
QPointF borderPoint(const QRectF &rect, const QPointF &from)
{
    const QPointF c = rect.center();
    const QPointF d = from - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = std::abs(d.x()) > 1e-9 ? (rect.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (rect.height() / 2) / std::abs(d.y()) : 1e9;
    const double s = std::min({ sx, sy, 1.0 });
    return c + d * s;
}

double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + ab * t;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}

QString text(const char *source)
{
    return QCoreApplication::translate("rwb::knowledge::GraphCanvas", source);
}

} // namespace

GraphCanvas::GraphCanvas(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("GraphCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(&m_layoutWatcher, &QFutureWatcher<GraphLayout::Result>::finished, this,
        [this] { applyLayout(m_layoutWatcher.result(), m_layoutAnimate, m_layoutRecord); });
}

GraphCanvas::~GraphCanvas()
{
    m_layoutWatcher.waitForFinished();
}

void GraphCanvas::setEditing(project::Connection *connection, QUndoStack *stack)
{
    m_connection = connection;
    m_stack = stack;
}

void GraphCanvas::setGraph(std::shared_ptr<const GraphSnapshot> graph)
{
    // Keep what the user placed for nodes that survive.
    for (size_t i = 0; m_graph && i < m_pos.size(); ++i)
        m_positionById.insert(m_graph->nodeId(int(i)), m_pos[i]);
    m_graph = std::move(graph);
    rebuild();
    auto alive = [this](const QSet<qint64> &ids, bool nodes) {
        QSet<qint64> kept;
        for (qint64 id : ids)
            if (m_graph && (nodes ? m_graph->nodeIndex(id) : m_graph->edgeIndex(id)) >= 0)
                kept.insert(id);
        return kept;
    };
    const QSet<qint64> nodes = alive(m_selectedNodes, true);
    const QSet<qint64> edges = alive(m_selectedEdges, false);
    const bool selectionChanged = nodes != m_selectedNodes || edges != m_selectedEdges;
    m_selectedNodes = nodes;
    m_selectedEdges = edges;
    m_highlightNodes = alive(m_highlightNodes, true);
    m_highlightEdges = alive(m_highlightEdges, false);
    if (!m_focus.isEmpty())
        m_focus = alive(m_focus, true);
    updateVisibility();
    invalidateMinimap();
    update();
    if (selectionChanged)
        emit this->selectionChanged();
}

void GraphCanvas::setChinese(bool zh)
{
    if (m_zh == zh)
        return;
    m_zh = zh;
    for (size_t i = 0; m_graph && i < m_pos.size(); ++i)
        m_positionById.insert(m_graph->nodeId(int(i)), m_pos[i]);
    rebuild();
    update();
}

void GraphCanvas::rebuild()
{
    const int n = m_graph ? m_graph->nodeCount() : 0;
    m_pos.assign(size_t(n), QPointF());
    m_size.assign(size_t(n), QSizeF());
    m_colorIndex.assign(size_t(n), 0);
    m_labels.assign(size_t(n), QString());
    m_staticLabels.assign(size_t(n), QStaticText());
    m_labelPixelSize.assign(size_t(n), 0);
    m_relationTexts.clear();
    m_basePixelSize = QFontInfo(font()).pixelSize();
    m_colors.clear();
    m_relationTitles.clear();
    m_unplaced = 0;
    if (!m_graph)
        return;
    QHash<qint64, int> colorOfType;
    for (const NodeType &t : m_graph->ontology().nodeTypes) {
        colorOfType.insert(t.id, int(m_colors.size()));
        m_colors.push_back(QColor(t.color).isValid() ? QColor(t.color) : QColor(Qt::gray));
    }
    const int fallbackColor = int(m_colors.size());
    m_colors.push_back(QColor(Qt::gray));
    for (const RelationType &r : m_graph->ontology().relationTypes)
        m_relationTitles.insert(r.id, r.title(m_zh));
    const QFontMetricsF fm(font());
    for (int i = 0; i < n; ++i) {
        m_labels[size_t(i)] = m_graph->label(i, m_zh);
        const double w = std::clamp(fm.horizontalAdvance(m_labels[size_t(i)]) + 18, MinNodeWidth, MaxNodeWidth);
        m_size[size_t(i)] = QSizeF(w, NodeHeight);
        m_colorIndex[size_t(i)] = colorOfType.value(m_graph->nodeType(i), fallbackColor);
        const auto it = m_positionById.constFind(m_graph->nodeId(i));
        if (it != m_positionById.cend())
            m_pos[size_t(i)] = *it;
        else
            m_pos[size_t(i)] = QPointF(qQNaN(), qQNaN());
    }
    placeUnplaced();
}

void GraphCanvas::placeUnplaced()
{
    // Nodes without a position go next to a placed neighbour, or in rows below the graph,
    // until a layout places them properly.
    QRectF bounds;
    for (size_t i = 0; i < m_pos.size(); ++i)
        if (!std::isnan(m_pos[i].x()))
            bounds |= QRectF(m_pos[i], QSizeF(1, 1));
    int row = 0;
    m_unplaced = 0;
    for (size_t i = 0; i < m_pos.size(); ++i) {
        if (!std::isnan(m_pos[i].x()))
            continue;
        ++m_unplaced;
        QPointF p(qQNaN(), qQNaN());
        const auto [ob, oe] = m_graph->outEdges(int(i));
        const auto [ib, ie] = m_graph->inEdges(int(i));
        for (const int *e = ob; e != oe && std::isnan(p.x()); ++e) {
            const QPointF q = m_pos[size_t(m_graph->edgeTo(*e))];
            if (!std::isnan(q.x()))
                p = q + QPointF(-200, 40);
        }
        for (const int *e = ib; e != ie && std::isnan(p.x()); ++e) {
            const QPointF q = m_pos[size_t(m_graph->edgeFrom(*e))];
            if (!std::isnan(q.x()))
                p = q + QPointF(200, 40);
        }
        if (std::isnan(p.x())) {
            const double x0 = bounds.isNull() ? 0 : bounds.left();
            const double y0 = bounds.isNull() ? 0 : bounds.bottom() + 80;
            p = QPointF(x0 + (row % 20) * 240, y0 + (row / 20) * 60);
            ++row;
        }
        m_pos[i] = p;
    }
}

void GraphCanvas::setStoredPositions(const QHash<qint64, QPointF> &positions)
{
    for (auto it = positions.begin(); it != positions.end(); ++it)
        m_positionById.insert(it.key(), it.value());
    if (!m_graph)
        return;
    for (size_t i = 0; i < m_pos.size(); ++i) {
        const auto it = positions.constFind(m_graph->nodeId(int(i)));
        if (it != positions.cend())
            m_pos[i] = *it;
    }
    invalidateMinimap();
    update();
}

QPointF GraphCanvas::position(qint64 nodeId) const
{
    const int i = m_graph ? m_graph->nodeIndex(nodeId) : -1;
    return i >= 0 ? m_pos[size_t(i)] : m_positionById.value(nodeId);
}

QHash<qint64, QPointF> GraphCanvas::positions() const
{
    QHash<qint64, QPointF> all;
    for (size_t i = 0; m_graph && i < m_pos.size(); ++i)
        all.insert(m_graph->nodeId(int(i)), m_pos[i]);
    return all;
}

// --- view ---------------------------------------------------------------------------------

void GraphCanvas::setScale(double scale)
{
    m_scale = std::clamp(scale, MinZoom, MaxZoom);
    update();
}

void GraphCanvas::centerOn(const QPointF &world)
{
    m_center = world;
    update();
}

void GraphCanvas::centerOnNode(qint64 nodeId)
{
    const int i = m_graph ? m_graph->nodeIndex(nodeId) : -1;
    if (i < 0)
        return;
    if (m_scale < LabelScale)
        m_scale = 1.0;
    centerOn(m_pos[size_t(i)]);
}

QRectF GraphCanvas::worldBounds(bool visibleOnly) const
{
    QRectF bounds;
    for (size_t i = 0; i < m_pos.size(); ++i)
        if (!visibleOnly || m_visible[i])
            bounds |= QRectF(m_pos[i] - QPointF(m_size[i].width() / 2, m_size[i].height() / 2), m_size[i]);
    return bounds;
}

void GraphCanvas::fitAll()
{
    const QRectF bounds = worldBounds(true);
    if (bounds.isEmpty()) {
        m_center = {};
        m_scale = 1.0;
    } else {
        m_center = bounds.center();
        const double sx = (width() - 40) / bounds.width();
        const double sy = (height() - 40) / bounds.height();
        m_scale = std::clamp(std::min({ sx, sy, 1.5 }), MinZoom, MaxZoom);
    }
    update();
}

QPointF GraphCanvas::toView(const QPointF &world) const
{
    return (world - m_center) * m_scale + QPointF(width() / 2.0, height() / 2.0);
}

QPointF GraphCanvas::toWorld(const QPointF &view) const
{
    return (view - QPointF(width() / 2.0, height() / 2.0)) / m_scale + m_center;
}

QRectF GraphCanvas::nodeRect(int index) const
{
    const QSizeF s = m_size[size_t(index)];
    return QRectF(m_pos[size_t(index)] - QPointF(s.width() / 2, s.height() / 2), s);
}

// --- selection, highlight, visibility ---------------------------------------------------------

void GraphCanvas::setSelection(const QSet<qint64> &nodes, const QSet<qint64> &edges)
{
    if (nodes == m_selectedNodes && edges == m_selectedEdges)
        return;
    m_selectedNodes = nodes;
    m_selectedEdges = edges;
    update();
    emit selectionChanged();
}

void GraphCanvas::selectAll()
{
    QSet<qint64> nodes;
    for (size_t i = 0; i < m_visible.size(); ++i)
        if (m_visible[i])
            nodes.insert(m_graph->nodeId(int(i)));
    setSelection(nodes);
}

void GraphCanvas::setHighlight(const QSet<qint64> &nodes, const QSet<qint64> &edges)
{
    m_highlightNodes = nodes;
    m_highlightEdges = edges;
    update();
}

void GraphCanvas::setHiddenTypes(const QSet<qint64> &typeIds)
{
    m_hiddenTypes = typeIds;
    updateVisibility();
    update();
}

void GraphCanvas::setFocusNodes(const QSet<qint64> &nodeIds)
{
    m_focus = nodeIds;
    updateVisibility();
    update();
}

void GraphCanvas::focusOnSelection()
{
    if (!m_selectedNodes.isEmpty())
        setFocusNodes(m_selectedNodes);
}

void GraphCanvas::expandSelection()
{
    if (!m_graph || m_selectedNodes.isEmpty())
        return;
    QSet<qint64> grown = m_selectedNodes;
    for (qint64 id : m_selectedNodes) {
        const int n = m_graph->nodeIndex(id);
        const auto [ob, oe] = m_graph->outEdges(n);
        for (const int *e = ob; e != oe; ++e)
            grown.insert(m_graph->nodeId(m_graph->edgeTo(*e)));
        const auto [ib, ie] = m_graph->inEdges(n);
        for (const int *e = ib; e != ie; ++e)
            grown.insert(m_graph->nodeId(m_graph->edgeFrom(*e)));
    }
    if (!m_focus.isEmpty())
        setFocusNodes(m_focus | grown);
    setSelection(grown, m_selectedEdges);
}

void GraphCanvas::showAll()
{
    setFocusNodes({});
}

void GraphCanvas::updateVisibility()
{
    const int n = m_graph ? m_graph->nodeCount() : 0;
    m_visible.assign(size_t(n), 1);
    for (int i = 0; i < n; ++i) {
        const qint64 id = m_graph->nodeId(i);
        m_visible[size_t(i)]
            = !m_hiddenTypes.contains(m_graph->nodeType(i)) && (m_focus.isEmpty() || m_focus.contains(id));
    }
}

int GraphCanvas::visibleNodeCount() const
{
    return int(std::count(m_visible.begin(), m_visible.end(), 1));
}

// --- painting -------------------------------------------------------------------------------

void GraphCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintScene(painter, rect());
    if (m_drag == Drag::Rubber) {
        painter.setPen(QPen(SelectionColor, 1, Qt::DashLine));
        painter.setBrush(QColor(0, 120, 215, 40));
        painter.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    } else if (m_drag == Drag::Connect && m_pressNode >= 0) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(SelectionColor, 2, Qt::DashLine));
        painter.drawLine(toView(m_pos[size_t(m_pressNode)]), m_lastPos);
    }
    if (m_minimapVisible)
        paintMinimap(painter);
}

void GraphCanvas::paintScene(QPainter &painter, const QRect &rect)
{
    painter.fillRect(rect, palette().base());
    m_lastLabelCount = 0;
    if (!m_graph)
        return;
    const QRectF viewWorld = QRectF(toWorld(rect.topLeft()), toWorld(rect.bottomRight())).normalized();
    const bool dots = m_scale < LabelScale;
    const bool arrows = m_scale >= ArrowScale;
    const bool relationNames = m_scale >= RelationNameScale;
    const bool rounded = m_scale >= 0.8; // antialiased rounded boxes once they are big enough to show it
    const bool dimming = !m_highlightNodes.isEmpty() || !m_highlightEdges.isEmpty();
    const int nodeCount = m_graph->nodeCount();

    // Which nodes are on screen (a margin for the half of a box that may reach in).
    const QRectF cullWorld = viewWorld.adjusted(-MaxNodeWidth, -NodeHeight, MaxNodeWidth, NodeHeight);
    std::vector<char> onScreen(size_t(nodeCount), 0);
    for (int i = 0; i < nodeCount; ++i)
        onScreen[size_t(i)] = m_visible[size_t(i)] && cullWorld.contains(m_pos[size_t(i)]);

    // Edges: one batch of opaque one-pixel lines, arrowheads as two more strokes each, so a
    // frame makes a single line call however many edges there are.
    const QColor base = palette().color(QPalette::Base);
    const QColor ink = palette().color(QPalette::Text);
    const double edgeInk = dimming ? 0.2 : (dots ? 0.4 : 0.6);
    const QColor plain = QColor::fromRgbF(base.redF() + (ink.redF() - base.redF()) * edgeInk,
        base.greenF() + (ink.greenF() - base.greenF()) * edgeInk,
        base.blueF() + (ink.blueF() - base.blueF()) * edgeInk);
    std::vector<QLineF> lines;
    lines.reserve(size_t(m_graph->edgeCount()) * (arrows ? 3 : 1));
    std::vector<int> special; // selected or highlighted: drawn on top
    std::vector<int> named; // long enough on screen for their relation's name
    const double head = 9;
    for (int e = 0; e < m_graph->edgeCount(); ++e) {
        const int a = m_graph->edgeFrom(e);
        const int b = m_graph->edgeTo(e);
        if (!m_visible[size_t(a)] || !m_visible[size_t(b)])
            continue;
        if (!onScreen[size_t(a)] && !onScreen[size_t(b)]) {
            // Both ends off screen: the line may still cross it.
            const QRectF box = QRectF(m_pos[size_t(a)], m_pos[size_t(b)]).normalized().adjusted(-1, -1, 1, 1);
            if (!box.intersects(viewWorld))
                continue;
        }
        const qint64 id = m_graph->edgeId(e);
        if (m_selectedEdges.contains(id) || m_highlightEdges.contains(id)) {
            special.push_back(e);
            continue;
        }
        const QPointF p = toView(m_pos[size_t(a)]);
        QPointF q = toView(m_pos[size_t(b)]);
        if (arrows) {
            const QRectF target(toView(nodeRect(b).topLeft()), toView(nodeRect(b).bottomRight()));
            q = borderPoint(target, p);
            const double length = std::hypot(q.x() - p.x(), q.y() - p.y());
            // Arrowheads on edges shorter than this would be blots, not arrows.
            if (length > head * 4) {
                const QPointF u = (q - p) / length;
                const QPointF nrm(-u.y(), u.x());
                lines.emplace_back(q, q - u * head + nrm * head * 0.5);
                lines.emplace_back(q, q - u * head - nrm * head * 0.5);
            }
            if (relationNames && length > 140)
                named.push_back(e);
        }
        lines.emplace_back(p, q);
    }
    painter.setRenderHint(QPainter::Antialiasing, rounded);
    painter.setPen(QPen(plain, 0));
    painter.drawLines(lines.data(), int(lines.size()));

    auto drawSpecialEdge = [&](int e) {
        const qint64 id = m_graph->edgeId(e);
        const int a = m_graph->edgeFrom(e);
        const int b = m_graph->edgeTo(e);
        const QColor c = m_selectedEdges.contains(id) ? SelectionColor : HighlightColor;
        const QPointF p = toView(m_pos[size_t(a)]);
        const QRectF target(toView(nodeRect(b).topLeft()), toView(nodeRect(b).bottomRight()));
        const QPointF q = dots ? toView(m_pos[size_t(b)]) : borderPoint(target, p);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(c, 3));
        painter.drawLine(p, q);
        const QLineF l(p, q);
        if (l.length() > head * 2) {
            const QPointF u = (q - p) / l.length();
            const QPointF nrm(-u.y(), u.x());
            const QPointF tri[3] = { q, q - u * head * 1.3 + nrm * head * 0.6, q - u * head * 1.3 - nrm * head * 0.6 };
            painter.setPen(Qt::NoPen);
            painter.setBrush(c);
            painter.drawPolygon(tri, 3);
        }
        if (relationNames && l.length() > 140)
            named.push_back(e);
    };
    for (int e : special)
        drawSpecialEdge(e);

    // Relation names at the middle of the edges long enough to carry them, from cached layouts.
    if (!named.empty()) {
        QFont small = font();
        small.setPointSizeF(std::max(6.0, font().pointSizeF() * 0.85));
        painter.setFont(small);
        painter.setPen(palette().color(QPalette::PlaceholderText));
        for (int e : named) {
            const qint64 type = m_graph->edgeType(e);
            auto it = m_relationTexts.find(type);
            if (it == m_relationTexts.end()) {
                QStaticText t(m_relationTitles.value(type));
                t.setTextFormat(Qt::PlainText);
                t.prepare(QTransform(), small);
                it = m_relationTexts.insert(type, t);
            }
            const QPointF mid = toView((m_pos[size_t(m_graph->edgeFrom(e))] + m_pos[size_t(m_graph->edgeTo(e))]) / 2);
            painter.drawStaticText(mid - QPointF(it->size().width() / 2, it->size().height() + 1), *it);
        }
        painter.setFont(font());
    }

    // Nodes: unselected ones batched by colour; outlines of selected and highlighted ones on top.
    std::vector<std::vector<QRectF>> byColor(m_colors.size());
    std::vector<int> marked;
    std::vector<int> drawn;
    drawn.reserve(size_t(nodeCount));
    const double dotW = std::max(3.0, MinNodeWidth * m_scale * 0.5);
    const double dotH = std::max(3.0, NodeHeight * m_scale);
    for (int i = 0; i < nodeCount; ++i) {
        if (!onScreen[size_t(i)])
            continue;
        drawn.push_back(i);
        const qint64 id = m_graph->nodeId(i);
        const bool mark = m_selectedNodes.contains(id) || m_highlightNodes.contains(id);
        if (mark)
            marked.push_back(i);
        if (dots) {
            const QPointF c = toView(m_pos[size_t(i)]);
            byColor[size_t(m_colorIndex[size_t(i)])].emplace_back(c.x() - dotW / 2, c.y() - dotH / 2, dotW, dotH);
        } else if (!rounded && !mark) {
            byColor[size_t(m_colorIndex[size_t(i)])].emplace_back(
                toView(nodeRect(i).topLeft()), toView(nodeRect(i).bottomRight()));
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (size_t c = 0; c < byColor.size(); ++c) {
        if (byColor[c].empty())
            continue;
        QColor fill = m_colors[c];
        if (dimming)
            fill.setAlpha(dots ? 60 : 70);
        painter.setBrush(fill);
        painter.setPen(dots ? QPen(Qt::NoPen) : QPen(fill.darker(150), 0));
        painter.drawRects(byColor[c].data(), int(byColor[c].size()));
    }
    if (dots) {
        painter.setBrush(Qt::NoBrush);
        for (int i : marked) {
            const QPointF c = toView(m_pos[size_t(i)]);
            painter.setPen(QPen(m_selectedNodes.contains(m_graph->nodeId(i)) ? SelectionColor : HighlightColor, 2));
            painter.drawRect(QRectF(c.x() - dotW / 2 - 2, c.y() - dotH / 2 - 2, dotW + 4, dotH + 4));
        }
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, rounded);
    for (int i : drawn) {
        const qint64 id = m_graph->nodeId(i);
        const bool selected = m_selectedNodes.contains(id);
        const bool highlighted = m_highlightNodes.contains(id);
        if (!rounded && !selected && !highlighted)
            continue; // drawn in the batch
        const QRectF r(toView(nodeRect(i).topLeft()), toView(nodeRect(i).bottomRight()));
        QColor fill = m_colors[size_t(m_colorIndex[size_t(i)])];
        if (dimming && !highlighted)
            fill.setAlpha(70);
        painter.setBrush(fill);
        if (selected)
            painter.setPen(QPen(SelectionColor, 3));
        else if (highlighted)
            painter.setPen(QPen(HighlightColor, 3));
        else
            painter.setPen(QPen(fill.darker(150), 1));
        if (rounded)
            painter.drawRoundedRect(r, 5 * m_scale, 5 * m_scale);
        else
            painter.drawRect(r);
    }

    // Labels: laid out once per zoom step at the pixel size they are drawn in, elided to the box.
    // A label on a box that a labelled box overlaps cannot be read, and drawing it costs the
    // frame: a screen-space grid of cells half the smallest box keeps a label only when none of
    // the cells lying wholly inside its box is claimed yet. Every box holds at least one whole
    // cell, and boxes that do not overlap share none, so at normal zoom every label is kept.
    // Marked nodes claim their cells first, then the best connected ones; beyond a budget per
    // frame the rest go without.
    std::vector<int> order;
    order.reserve(drawn.size() + marked.size());
    order.insert(order.end(), marked.begin(), marked.end());
    {
        std::vector<std::pair<int, int>> degree;
        degree.reserve(drawn.size());
        for (int i : drawn) {
            const auto [ob, oe] = m_graph->outEdges(i);
            const auto [ib, ie] = m_graph->inEdges(i);
            degree.emplace_back(-int((oe - ob) + (ie - ib)), i);
        }
        std::stable_sort(degree.begin(), degree.end(),
            [](const std::pair<int, int> &x, const std::pair<int, int> &y) { return x.first < y.first; });
        for (const auto &d : degree)
            order.push_back(d.second);
    }
    {
        const double cellW = MinNodeWidth * m_scale / 2, cellH = NodeHeight * m_scale / 2;
        // Spare cells round the frame for the boxes the cull margin lets in.
        const int spareX = int(MaxNodeWidth / MinNodeWidth) * 2 + 2, spareY = 4;
        const int cols = int(rect.width() / cellW) + 2 * spareX + 1, rows = int(rect.height() / cellH) + 2 * spareY + 1;
        std::vector<char> taken(size_t(cols) * size_t(rows), 0);
        std::vector<int> labelled;
        labelled.reserve(std::min<size_t>(order.size(), size_t(LabelBudget)));
        for (int i : order) {
            if (int(labelled.size()) >= LabelBudget)
                break;
            const QRectF r = QRectF(toView(nodeRect(i).topLeft()), toView(nodeRect(i).bottomRight()))
                                 .translated(-QPointF(rect.topLeft()));
            const int x0 = std::clamp(int(std::ceil(r.left() / cellW)) + spareX, 0, cols - 1);
            const int x1 = std::clamp(int(std::floor(r.right() / cellW)) + spareX - 1, x0, cols - 1);
            const int y0 = std::clamp(int(std::ceil(r.top() / cellH)) + spareY, 0, rows - 1);
            const int y1 = std::clamp(int(std::floor(r.bottom() / cellH)) + spareY - 1, y0, rows - 1);
            bool free = true;
            for (int y = y0; y <= y1 && free; ++y)
                for (int x = x0; x <= x1 && free; ++x)
                    free = !taken[size_t(y) * size_t(cols) + size_t(x)];
            if (!free)
                continue;
            for (int y = y0; y <= y1; ++y)
                std::fill_n(taken.begin() + qsizetype(y) * cols + x0, x1 - x0 + 1, char(1));
            labelled.push_back(i);
        }
        drawn = std::move(labelled);
        m_lastLabelCount = int(drawn.size());
    }
    const int pixelSize = std::max(1, int(std::lround(m_basePixelSize * m_scale)));
    QFont labelFont = font();
    labelFont.setPixelSize(pixelSize);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const QFontMetricsF fm(labelFont);
    std::vector<char> darkColor(m_colors.size());
    for (size_t c = 0; c < m_colors.size(); ++c)
        darkColor[c] = m_colors[c].lightnessF() < 0.55;
    for (int dark = 0; dark < 2; ++dark) {
        painter.setPen(dark ? Qt::white : Qt::black);
        painter.setFont(labelFont);
        for (int i : drawn) {
            const bool dimmed = dimming && !m_highlightNodes.contains(m_graph->nodeId(i));
            if ((darkColor[size_t(m_colorIndex[size_t(i)])] && !dimmed) != bool(dark))
                continue;
            QStaticText &label = m_staticLabels[size_t(i)];
            if (m_labelPixelSize[size_t(i)] != pixelSize) {
                const double room = (m_size[size_t(i)].width() - 10) * m_scale;
                label.setText(fm.elidedText(m_labels[size_t(i)], Qt::ElideRight, room));
                label.setTextFormat(Qt::PlainText);
                label.prepare(QTransform(), labelFont);
                m_labelPixelSize[size_t(i)] = pixelSize;
            }
            const QPointF c = toView(m_pos[size_t(i)]);
            painter.drawStaticText(c - QPointF(label.size().width() / 2, label.size().height() / 2), label);
        }
    }

    // Evidence count badges.
    if (m_scale >= 0.7) {
        QFont f = font();
        f.setPixelSize(std::max(6, int(m_basePixelSize * 0.75 * m_scale)));
        painter.setFont(f);
        painter.setRenderHint(QPainter::Antialiasing);
        for (int i : drawn) {
            const int evidence = m_graph->nodeEvidence(i);
            if (evidence <= 0)
                continue;
            const QRectF r(toView(nodeRect(i).topLeft()), toView(nodeRect(i).bottomRight()));
            const QRectF badge(r.right() - 8 * m_scale, r.top() - 8 * m_scale, 16 * m_scale, 16 * m_scale);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(60, 60, 60));
            painter.drawEllipse(badge);
            painter.setPen(Qt::white);
            painter.drawText(badge, Qt::AlignCenter, QString::number(evidence));
        }
        painter.setFont(font());
    }
}

void GraphCanvas::invalidateMinimap()
{
    m_minimap = QImage();
}

QRect GraphCanvas::minimapRect() const
{
    if (!m_minimapVisible || !m_graph || m_graph->nodeCount() == 0 || width() < 3 * MinimapWidth)
        return {};
    return QRect(
        width() - MinimapWidth - MinimapMargin, height() - MinimapHeight - MinimapMargin, MinimapWidth, MinimapHeight);
}

void GraphCanvas::setMinimapVisible(bool visible)
{
    m_minimapVisible = visible;
    update();
}

QPointF GraphCanvas::minimapToWorld(const QPoint &pos) const
{
    const QRect r = minimapRect();
    if (r.isEmpty() || m_minimapWorld.isEmpty())
        return m_center;
    const double s = std::min(r.width() / m_minimapWorld.width(), r.height() / m_minimapWorld.height());
    const QPointF offset((r.width() - m_minimapWorld.width() * s) / 2, (r.height() - m_minimapWorld.height() * s) / 2);
    return (QPointF(pos - r.topLeft()) - offset) / s + m_minimapWorld.topLeft();
}

void GraphCanvas::paintMinimap(QPainter &painter)
{
    const QRect r = minimapRect();
    if (r.isEmpty())
        return;
    const double s0 = m_minimapWorld.isEmpty()
        ? 1
        : std::min(r.width() / m_minimapWorld.width(), r.height() / m_minimapWorld.height());
    if (m_minimap.isNull()) {
        // Drawn once per graph change, not per frame.
        m_minimapWorld = worldBounds(true).adjusted(-20, -20, 20, 20);
        m_minimap = QImage(r.size(), QImage::Format_ARGB32_Premultiplied);
        m_minimap.fill(QColor(250, 250, 250, 230));
        QPainter p(&m_minimap);
        const double s = std::min(r.width() / m_minimapWorld.width(), r.height() / m_minimapWorld.height());
        const QPointF offset(
            (r.width() - m_minimapWorld.width() * s) / 2, (r.height() - m_minimapWorld.height() * s) / 2);
        for (size_t i = 0; i < m_pos.size(); ++i) {
            if (!m_visible[i])
                continue;
            const QPointF c = (m_pos[i] - m_minimapWorld.topLeft()) * s + offset;
            p.fillRect(QRectF(c.x() - 1.5, c.y() - 1, 3, 2), m_colors[size_t(m_colorIndex[i])]);
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawImage(r.topLeft(), m_minimap);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(r.adjusted(0, 0, -1, -1));
    const double s = m_minimapWorld.isEmpty()
        ? s0
        : std::min(r.width() / m_minimapWorld.width(), r.height() / m_minimapWorld.height());
    const QPointF offset((r.width() - m_minimapWorld.width() * s) / 2, (r.height() - m_minimapWorld.height() * s) / 2);
    const QRectF viewWorld(toWorld(QPointF(0, 0)), toWorld(QPointF(width(), height())));
    QRectF v(
        (viewWorld.topLeft() - m_minimapWorld.topLeft()) * s + offset + QPointF(r.topLeft()), viewWorld.size() * s);
    painter.setClipRect(r);
    painter.setPen(QPen(SelectionColor, 1.5));
    painter.drawRect(v);
    painter.setClipping(false);
}

// --- hit testing ----------------------------------------------------------------------------

int GraphCanvas::nodeAt(const QPointF &viewPos) const
{
    if (!m_graph)
        return -1;
    const QPointF w = toWorld(viewPos);
    const double slack = m_scale < LabelScale ? 4 / m_scale : 0;
    for (int i = m_graph->nodeCount() - 1; i >= 0; --i) {
        if (!m_visible[size_t(i)])
            continue;
        if (nodeRect(i).adjusted(-slack, -slack, slack, slack).contains(w))
            return i;
    }
    return -1;
}

int GraphCanvas::edgeAt(const QPointF &viewPos) const
{
    if (!m_graph)
        return -1;
    int best = -1;
    double bestDistance = 6;
    for (int e = 0; e < m_graph->edgeCount(); ++e) {
        const int a = m_graph->edgeFrom(e);
        const int b = m_graph->edgeTo(e);
        if (!m_visible[size_t(a)] || !m_visible[size_t(b)])
            continue;
        const double d = segmentDistance(viewPos, toView(m_pos[size_t(a)]), toView(m_pos[size_t(b)]));
        if (d < bestDistance) {
            bestDistance = d;
            best = e;
        }
    }
    return best;
}

// --- mouse and keys ---------------------------------------------------------------------------

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position();
    m_pressModifiers = event->modifiers();
    m_moved = false;
    const QRect mini = minimapRect();
    if (event->button() == Qt::LeftButton && mini.contains(event->position().toPoint())) {
        m_drag = Drag::Minimap;
        centerOn(minimapToWorld(event->position().toPoint()));
        return;
    }
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        m_drag = Drag::Pan;
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_pressNode = nodeAt(event->position());
    const bool additive = event->modifiers() & Qt::ControlModifier;
    if (m_pressNode >= 0) {
        const qint64 id = m_graph->nodeId(m_pressNode);
        if (event->modifiers() & Qt::ShiftModifier) {
            m_drag = Drag::Connect;
            return;
        }
        if (additive) {
            QSet<qint64> nodes = m_selectedNodes;
            if (nodes.contains(id))
                nodes.remove(id);
            else
                nodes.insert(id);
            setSelection(nodes, m_selectedEdges);
        } else if (!m_selectedNodes.contains(id)) {
            setSelection({ id });
        }
        m_drag = m_selectedNodes.contains(id) ? Drag::Move : Drag::None;
        m_moveStart.clear();
        for (qint64 n : std::as_const(m_selectedNodes))
            m_moveStart.insert(n, position(n));
        return;
    }
    const int edge = edgeAt(event->position());
    if (edge >= 0) {
        const qint64 id = m_graph->edgeId(edge);
        if (additive) {
            QSet<qint64> edges = m_selectedEdges;
            if (edges.contains(id))
                edges.remove(id);
            else
                edges.insert(id);
            setSelection(m_selectedNodes, edges);
        } else {
            setSelection({}, { id });
        }
        m_drag = Drag::None;
        return;
    }
    if (!additive)
        setSelection({});
    m_drag = Drag::Rubber;
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const QPointF delta = pos - m_lastPos;
    m_lastPos = pos;
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        m_center -= delta / m_scale;
        update();
        break;
    case Drag::Minimap:
        centerOn(minimapToWorld(pos.toPoint()));
        break;
    case Drag::Move:
        if (!m_moved)
            break;
        for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it) {
            const int i = m_graph->nodeIndex(it.key());
            if (i >= 0)
                m_pos[size_t(i)] = it.value() + (pos - m_pressPos) / m_scale;
        }
        update();
        break;
    case Drag::Connect:
    case Drag::Rubber:
        update();
        break;
    case Drag::None:
        break;
    }
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const QPointF pos = event->position();
    switch (drag) {
    case Drag::Move:
        if (m_moved && !m_moveStart.isEmpty()) {
            QHash<qint64, QPointF> after;
            for (auto it = m_moveStart.begin(); it != m_moveStart.end(); ++it)
                after.insert(it.key(), position(it.key()));
            invalidateMinimap();
            if (m_connection)
                push(new MoveNodesCommand(*m_connection, m_moveStart, after));
        }
        break;
    case Drag::Connect: {
        const int target = nodeAt(pos);
        if (target >= 0 && target != m_pressNode && m_connection) {
            const qint64 from = m_graph->nodeId(m_pressNode);
            const qint64 to = m_graph->nodeId(target);
            const QList<RelationType> candidates = relationCandidates(from, to);
            if (candidates.isEmpty()) {
                emit statusMessage(tr("No relation type allows an edge from \"%1\" to \"%2\".")
                                       .arg(m_labels[size_t(m_pressNode)], m_labels[size_t(target)]));
            } else {
                std::optional<qint64> relation;
                const QPoint global = mapToGlobal(pos.toPoint());
                if (m_relationChooser) {
                    relation = m_relationChooser(candidates, global);
                } else {
                    QMenu menu(this);
                    for (const RelationType &r : candidates)
                        menu.addAction(r.title(m_zh))->setData(r.id);
                    if (QAction *chosen = menu.exec(global))
                        relation = chosen->data().toLongLong();
                }
                if (relation)
                    connectNodes(from, to, *relation);
            }
        }
        update();
        break;
    }
    case Drag::Rubber: {
        const QRectF band = QRectF(toWorld(m_pressPos), toWorld(pos)).normalized();
        QSet<qint64> nodes = (m_pressModifiers & Qt::ControlModifier) ? m_selectedNodes : QSet<qint64>();
        if (m_moved && m_graph) {
            for (int i = 0; i < m_graph->nodeCount(); ++i)
                if (m_visible[size_t(i)] && band.contains(m_pos[size_t(i)]))
                    nodes.insert(m_graph->nodeId(i));
        }
        setSelection(nodes, (m_pressModifiers & Qt::ControlModifier) ? m_selectedEdges : QSet<qint64>());
        update();
        break;
    }
    default:
        break;
    }
    m_pressNode = -1;
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_graph)
        return;
    const int node = nodeAt(event->position());
    if (node >= 0) {
        emit nodeActivated(m_graph->nodeId(node));
        return;
    }
    if (!m_connection)
        return;
    const QList<NodeType> types = m_graph->ontology().nodeTypes;
    const QPoint global = mapToGlobal(event->position().toPoint());
    std::optional<qint64> type;
    if (m_nodeTypeChooser) {
        type = m_nodeTypeChooser(types, global);
    } else {
        QMenu menu(this);
        menu.addSection(tr("New node"));
        for (const NodeType &t : types) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(t.color));
            menu.addAction(QIcon(swatch), t.title(m_zh))->setData(t.id);
        }
        if (QAction *chosen = menu.exec(global))
            type = chosen->data().toLongLong();
    }
    if (type)
        createNode(*type, toWorld(event->position()));
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const QPointF anchor = toWorld(event->position());
    const double factor = std::pow(1.0015, event->angleDelta().y());
    m_scale = std::clamp(m_scale * factor, MinZoom, MaxZoom);
    // Keep the point under the cursor in place.
    m_center = anchor - (event->position() - QPointF(width() / 2.0, height() / 2.0)) / m_scale;
    update();
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        deleteSelection();
    } else if (event->matches(QKeySequence::SelectAll)) {
        selectAll();
    } else if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setScale(m_scale * 1.25);
    } else if (event->key() == Qt::Key_Minus) {
        setScale(m_scale / 1.25);
    } else if (event->key() == Qt::Key_F && event->modifiers() == Qt::NoModifier) {
        fitAll();
    } else if (event->key() == Qt::Key_Escape) {
        setSelection({});
    } else {
        QWidget::keyPressEvent(event);
    }
}

void GraphCanvas::resizeEvent(QResizeEvent *event)
{
    invalidateMinimap();
    QWidget::resizeEvent(event);
}

// --- edits ----------------------------------------------------------------------------------

void GraphCanvas::push(QUndoCommand *command)
{
    const QString error = project::StoreCommand::pushTo(m_stack, command);
    if (!error.isEmpty())
        emit statusMessage(error);
}

qint64 GraphCanvas::createNode(qint64 typeId, const QPointF &world)
{
    if (!m_connection || !m_graph)
        return 0;
    const NodeType *type = m_graph->ontology().nodeType(typeId);
    if (!type)
        return 0;
    Node node;
    node.typeId = typeId;
    node.labelEn = text("New %1").arg(type->title(false));
    node.labelZh = QStringLiteral("新") + type->title(true);
    auto *add = new AddNodeCommand(*m_connection, node);
    if (m_stack)
        m_stack->beginMacro(add->text());
    push(add);
    const qint64 id = add->nodeId();
    if (m_stack && id > 0) {
        m_positionById.insert(id, world);
        push(new MoveNodesCommand(*m_connection, {}, { { id, world } }));
    }
    if (m_stack)
        m_stack->endMacro();
    if (id > 0)
        setSelection({ id });
    return id;
}

QList<RelationType> GraphCanvas::relationCandidates(qint64 fromId, qint64 toId) const
{
    QList<RelationType> candidates;
    if (!m_graph)
        return candidates;
    const int a = m_graph->nodeIndex(fromId);
    const int b = m_graph->nodeIndex(toId);
    if (a < 0 || b < 0)
        return candidates;
    const NodeType *from = m_graph->ontology().nodeType(m_graph->nodeType(a));
    const NodeType *to = m_graph->ontology().nodeType(m_graph->nodeType(b));
    for (const RelationType &r : m_graph->ontology().relationTypes) {
        const bool domainOk = r.domain.isEmpty() || (from && r.domain.contains(from->name));
        const bool rangeOk = r.range.isEmpty() || (to && r.range.contains(to->name));
        if (domainOk && rangeOk)
            candidates.append(r);
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const RelationType &x, const RelationType &y) { return x.sortOrder < y.sortOrder; });
    return candidates;
}

qint64 GraphCanvas::connectNodes(qint64 fromId, qint64 toId, qint64 relationTypeId)
{
    if (!m_connection)
        return 0;
    Edge edge;
    edge.typeId = relationTypeId;
    edge.fromId = fromId;
    edge.toId = toId;
    auto *add = new AddEdgeCommand(*m_connection, edge);
    push(add);
    const qint64 id = add->edgeId();
    if (id > 0)
        setSelection({}, { id });
    return id;
}

void GraphCanvas::deleteSelection()
{
    if (!m_connection || (m_selectedNodes.isEmpty() && m_selectedEdges.isEmpty()))
        return;
    const QSet<qint64> nodes = m_selectedNodes;
    const QSet<qint64> edges = m_selectedEdges;
    if (m_stack)
        m_stack->beginMacro(tr("Delete %n item(s)", nullptr, int(nodes.size() + edges.size())));
    for (qint64 e : edges) {
        const int i = m_graph->edgeIndex(e);
        // An edge of a removed node goes with it.
        if (i >= 0 && !nodes.contains(m_graph->nodeId(m_graph->edgeFrom(i)))
            && !nodes.contains(m_graph->nodeId(m_graph->edgeTo(i))))
            push(new RemoveEdgeCommand(*m_connection, e));
    }
    for (qint64 n : nodes)
        push(new RemoveNodeCommand(*m_connection, n));
    if (m_stack)
        m_stack->endMacro();
    setSelection({});
}

// --- layout ---------------------------------------------------------------------------------

void GraphCanvas::runLayout(GraphLayout::Engine engine, bool animate, bool record)
{
    if (!m_graph || m_layoutWatcher.isRunning())
        return;
    GraphLayout::Input input;
    std::vector<int> indexOf(size_t(m_graph->nodeCount()), -1);
    for (int i = 0; i < m_graph->nodeCount(); ++i) {
        if (!m_visible[size_t(i)])
            continue;
        indexOf[size_t(i)] = int(input.nodeIds.size());
        input.nodeIds.push_back(m_graph->nodeId(i));
        input.sizes.push_back(m_size[size_t(i)]);
    }
    for (int e = 0; e < m_graph->edgeCount(); ++e) {
        const int a = indexOf[size_t(m_graph->edgeFrom(e))];
        const int b = indexOf[size_t(m_graph->edgeTo(e))];
        if (a >= 0 && b >= 0)
            input.edges.emplace_back(a, b);
    }
    m_layoutAnimate = animate;
    m_layoutRecord = record;
    emit statusMessage(
        tr("Laying out %n node(s) with %1…", nullptr, int(input.nodeIds.size())).arg(GraphLayout::engineName(engine)));
    m_layoutWatcher.setFuture(QtConcurrent::run([input, engine] { return GraphLayout::run(input, engine); }));
}

bool GraphCanvas::isLayoutRunning() const
{
    return m_layoutWatcher.isRunning() || (m_animation && m_animation->state() == QAbstractAnimation::Running);
}

void GraphCanvas::applyLayout(const GraphLayout::Result &result, bool animate, bool record)
{
    if (!result.error.isEmpty() || result.positions.isEmpty()) {
        emit layoutFinished(result.error);
        return;
    }
    QHash<qint64, QPointF> before;
    for (auto it = result.positions.begin(); it != result.positions.end(); ++it)
        before.insert(it.key(), position(it.key()));
    auto finish = [this, before, result, record] {
        for (auto it = result.positions.begin(); it != result.positions.end(); ++it) {
            m_positionById.insert(it.key(), it.value());
            const int i = m_graph ? m_graph->nodeIndex(it.key()) : -1;
            if (i >= 0)
                m_pos[size_t(i)] = it.value();
        }
        m_unplaced = 0;
        invalidateMinimap();
        fitAll();
        if (record && m_connection)
            push(new MoveNodesCommand(*m_connection, before, result.positions));
        emit layoutFinished({});
    };
    if (!animate) {
        finish();
        return;
    }
    if (!m_animation) {
        m_animation = new QVariantAnimation(this);
        m_animation->setStartValue(0.0);
        m_animation->setEndValue(1.0);
        m_animation->setDuration(350);
        m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    }
    m_animation->disconnect(this, nullptr);
    connect(m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant &v) {
        const double t = v.toDouble();
        for (auto it = m_animTo.begin(); it != m_animTo.end(); ++it) {
            const int i = m_graph ? m_graph->nodeIndex(it.key()) : -1;
            if (i >= 0)
                m_pos[size_t(i)] = m_animFrom.value(it.key()) * (1 - t) + it.value() * t;
        }
        update();
    });
    connect(m_animation, &QVariantAnimation::finished, this, finish, Qt::SingleShotConnection);
    m_animFrom = before;
    m_animTo = result.positions;
    m_animation->start();
}

} // namespace rwb::knowledge
