#pragma once

#include "graphlayout.h"
#include "knowledge/graphsnapshot.h"
#include "knowledge/relationtype.h"

#include <QFutureWatcher>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QStaticText>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;
class QUndoCommand;
class QVariantAnimation;

namespace rwb::project {
class Connection;
}

namespace rwb::knowledge {

/// The graph editor's canvas: a painter over a GraphSnapshot with its node positions (no
/// QGraphicsItem per node, so 5 000 visible nodes draw within a frame). Level of detail: at low
/// zoom nodes are dots and edges plain lines; arrowheads, boxes with labels and relation names
/// appear as the zoom grows. Nodes outside the viewport are skipped. Every edit (create,
/// connect by dragging, move, delete, layout) is a core undo command on the given stack.
class GraphCanvas : public QWidget
{
    Q_OBJECT
public:
    /// Picks a node type for a new node at \a globalPos (nullopt: cancelled).
    using NodeTypeChooser = std::function<std::optional<qint64>(const QList<NodeType> &types, const QPoint &globalPos)>;
    /// Picks the relation for a new edge among those whose domain and range allow it.
    using RelationChooser
        = std::function<std::optional<qint64>(const QList<RelationType> &candidates, const QPoint &globalPos)>;

    /// The zoom below which nodes are dots without labels, and below which edges lose arrowheads.
    static constexpr double LabelScale = 0.5;
    static constexpr double ArrowScale = 0.3;
    static constexpr double RelationNameScale = 0.9;
    /// At most this many labels per frame (marked and best connected nodes first).
    static constexpr int LabelBudget = 1500;

    explicit GraphCanvas(QWidget *parent = nullptr);
    ~GraphCanvas() override;

    /// Where edits go; without a connection the canvas only shows (benchmarks).
    void setEditing(project::Connection *connection, QUndoStack *stack);
    /// Shows \a graph; positions, selection, focus and highlight follow the nodes by id.
    void setGraph(std::shared_ptr<const GraphSnapshot> graph);
    std::shared_ptr<const GraphSnapshot> graph() const { return m_graph; }
    /// Labels and type names in Chinese (true) or English.
    void setChinese(bool zh);

    /// Replaces the stored positions (those of the project); other nodes keep theirs.
    void setStoredPositions(const QHash<qint64, QPointF> &positions);
    QPointF position(qint64 nodeId) const;
    QHash<qint64, QPointF> positions() const;
    /// Nodes that have no position yet (placed provisionally).
    int unplacedCount() const { return m_unplaced; }

    // --- view ---
    double scale() const { return m_scale; }
    void setScale(double scale);
    QPointF center() const { return m_center; }
    void centerOn(const QPointF &world);
    /// Centres on \a nodeId, zooming in to read its label when the zoom is lower.
    void centerOnNode(qint64 nodeId);
    void fitAll();
    QPointF toView(const QPointF &world) const;
    QPointF toWorld(const QPointF &view) const;
    QRectF nodeRect(int index) const; ///< world rectangle of node \a index

    // --- selection and highlight ---
    QSet<qint64> selectedNodes() const { return m_selectedNodes; }
    QSet<qint64> selectedEdges() const { return m_selectedEdges; }
    void setSelection(const QSet<qint64> &nodes, const QSet<qint64> &edges = {});
    void selectAll();
    /// Highlights query results (others are dimmed); empty sets clear it.
    void setHighlight(const QSet<qint64> &nodes, const QSet<qint64> &edges);
    QSet<qint64> highlightedNodes() const { return m_highlightNodes; }
    QSet<qint64> highlightedEdges() const { return m_highlightEdges; }

    // --- what is shown ---
    void setHiddenTypes(const QSet<qint64> &typeIds);
    QSet<qint64> hiddenTypes() const { return m_hiddenTypes; }
    /// Shows only \a nodeIds (empty: everything).
    void setFocusNodes(const QSet<qint64> &nodeIds);
    QSet<qint64> focusNodes() const { return m_focus; }
    void focusOnSelection();
    /// Adds the selected nodes' neighbours (one step, either direction) to the focus and the selection.
    void expandSelection();
    void showAll();
    bool isNodeVisible(int index) const { return size_t(index) < m_visible.size() && m_visible[size_t(index)]; }
    int visibleNodeCount() const;
    /// How many node labels the last paintScene() drew (overlapped ones are left out).
    int lastLabelCount() const { return m_lastLabelCount; }

    // --- editing ---
    void setNodeTypeChooser(NodeTypeChooser chooser) { m_nodeTypeChooser = std::move(chooser); }
    void setRelationChooser(RelationChooser chooser) { m_relationChooser = std::move(chooser); }
    /// Creates a node of \a typeId at \a world; returns its id (0 when refused).
    qint64 createNode(qint64 typeId, const QPointF &world);
    /// Connects two nodes by \a relationTypeId; returns the edge id (0 when refused).
    qint64 connectNodes(qint64 fromId, qint64 toId, qint64 relationTypeId);
    /// Relation types whose domain and range allow an edge from \a fromId to \a toId.
    QList<RelationType> relationCandidates(qint64 fromId, qint64 toId) const;
    /// Removes the selected nodes and edges (one undo step).
    void deleteSelection();

    // --- layout ---
    /// Lays out the visible nodes with Graphviz on a worker thread, then animates them into place
    /// (\a animate) or jumps; \a record pushes the move as an undo command.
    void runLayout(GraphLayout::Engine engine, bool animate = true, bool record = true);
    bool isLayoutRunning() const;

    /// Paints one frame of the scene into \a painter (what paintEvent draws; benchmarks).
    void paintScene(QPainter &painter, const QRect &rect);
    /// The minimap's rectangle in widget coordinates (empty when hidden).
    QRect minimapRect() const;
    void setMinimapVisible(bool visible);

    /// Index of the node at \a viewPos, -1 when none.
    int nodeAt(const QPointF &viewPos) const;
    int edgeAt(const QPointF &viewPos) const;

signals:
    void selectionChanged();
    void statusMessage(const QString &text);
    void layoutFinished(const QString &error);
    /// A node was double-clicked (the workspace shows its page).
    void nodeActivated(qint64 nodeId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag { None, Pan, Move, Connect, Rubber, Minimap };

    void rebuild(); // node boxes, colours, labels after a new graph or language
    void updateVisibility();
    void placeUnplaced();
    void invalidateMinimap();
    void paintMinimap(QPainter &painter);
    void push(QUndoCommand *command);
    QRectF worldBounds(bool visibleOnly) const;
    QPointF minimapToWorld(const QPoint &pos) const;
    void applyLayout(const GraphLayout::Result &result, bool animate, bool record);

    std::shared_ptr<const GraphSnapshot> m_graph;
    project::Connection *m_connection = nullptr;
    QPointer<QUndoStack> m_stack;
    bool m_zh = false;

    // Per snapshot index.
    std::vector<QPointF> m_pos;
    std::vector<QSizeF> m_size;
    std::vector<int> m_colorIndex;
    std::vector<QString> m_labels;
    std::vector<QStaticText> m_staticLabels;
    int m_lastLabelCount = 0;
    std::vector<int> m_labelPixelSize; // the size each cached label was laid out for
    QHash<qint64, QStaticText> m_relationTexts;
    int m_basePixelSize = 13;
    std::vector<char> m_visible;
    std::vector<QColor> m_colors; // by colour index
    QHash<qint64, QString> m_relationTitles;
    QHash<qint64, QPointF> m_positionById; // survives graph changes
    int m_unplaced = 0;

    QPointF m_center;
    double m_scale = 1.0;

    QSet<qint64> m_selectedNodes;
    QSet<qint64> m_selectedEdges;
    QSet<qint64> m_highlightNodes;
    QSet<qint64> m_highlightEdges;
    QSet<qint64> m_hiddenTypes;
    QSet<qint64> m_focus;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    int m_pressNode = -1;
    Qt::KeyboardModifiers m_pressModifiers;
    QHash<qint64, QPointF> m_moveStart;
    bool m_moved = false;

    bool m_minimapVisible = true;
    QImage m_minimap;
    QRectF m_minimapWorld;

    NodeTypeChooser m_nodeTypeChooser;
    RelationChooser m_relationChooser;

    QFutureWatcher<GraphLayout::Result> m_layoutWatcher;
    bool m_layoutAnimate = true;
    bool m_layoutRecord = true;
    QVariantAnimation *m_animation = nullptr;
    QHash<qint64, QPointF> m_animFrom;
    QHash<qint64, QPointF> m_animTo;
};

} // namespace rwb::knowledge
