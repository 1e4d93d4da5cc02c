#pragma once

#include "../rlemask.h"
#include "../shape.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QPolygonF>

#include <optional>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace rwb::image {

class ImageCanvas;

/// The interaction state machine of the image canvas: which tool is active and what the
/// mouse and keys are doing with it. It never writes to the project: finished shapes and
/// edits leave as signals, which the annotator turns into undo commands, so a drag becomes
/// one command when the button is released.
class ToolController : public QObject
{
    Q_OBJECT
public:
    enum class Tool {
        Select,
        Box,
        RotatedBox,
        Polygon,
        Polyline,
        Point,
        Keypoints,
        Ellipse,
        Brush,
        Eraser,
        MagicWand,
        GrabCut, ///< drag a box; GrabCut turns what is inside into a polygon (Shift: a mask)
        Split, ///< draw a cut line across selected polygons; Enter splits them
    };
    Q_ENUM(Tool)

    explicit ToolController(ImageCanvas &canvas);

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    /// Brush and eraser radius in image pixels.
    double brushRadius() const { return m_brushRadius; }
    void setBrushRadius(double radius);
    int wandTolerance() const { return m_wandTolerance; }
    void setWandTolerance(int tolerance) { m_wandTolerance = tolerance; }
    double polylineThickness() const { return m_thickness; }
    void setPolylineThickness(double thickness) { m_thickness = thickness; }
    /// Whether a shape is being drawn (Escape cancels it, Enter finishes it).
    bool isDrafting() const;
    /// Drops the shape being drawn.
    void cancel();
    /// Finishes a polygon or polyline being drawn.
    void finish();

    // Events forwarded by the canvas (widget coordinates); true when handled.
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool mouseDoubleClick(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    /// Draws the shape in progress, in widget coordinates.
    void paint(QPainter &painter) const;

signals:
    void toolChanged(rwb::image::ToolController::Tool tool);
    /// A new shape drawn by the user.
    void shapeCreated(const rwb::image::Shape &shape);
    /// Shapes changed by a drag, a vertex edit or the eraser: id → new geometry.
    void shapesEdited(const QHash<qint64, rwb::image::Shape> &shapes);
    /// A cut line drawn with the split tool (image coordinates).
    void cutDrawn(const QPolygonF &cut);
    /// A tool could not do what was asked (no pixels yet, nothing found…), for the status bar.
    void toolMessage(const QString &text);

private:
    enum class Drag { None, Move, Handle, RubberBand, Create, Paint };
    double tolerance() const; ///< hit distance in image pixels (a few screen pixels)
    QPointF clampToImage(QPointF p) const;
    void beginPaint(QPointF imagePos, bool erase);
    void finishPaint();
    void magicWand(QPointF imagePos);
    void grabCut(const QRectF &box, bool asMask);
    bool drawsVertices() const; ///< polygon, polyline, keypoints, split: clicks place vertices
    std::optional<Shape> draftShape() const;
    /// The shapes of a Move or Handle drag with the mouse at \a imagePos.
    QHash<qint64, Shape> draggedShapes(Drag drag, QPointF imagePos, bool keepAspect) const;

    ImageCanvas &m_canvas;
    Tool m_tool = Tool::Select;
    Drag m_drag = Drag::None;
    QPointF m_pressImage;
    QPointF m_currentImage;
    QHash<qint64, Shape> m_dragStart; ///< shapes as they were when the drag began
    qint64 m_handleItem = 0;
    int m_handle = -1;
    QPolygonF m_points; ///< polygon/polyline vertices placed so far
    RleMask m_paint; ///< brush/eraser stroke
    qint64 m_paintTarget = 0; ///< mask item the stroke adds to or erases from
    double m_brushRadius = 8;
    int m_wandTolerance = 12;
    double m_thickness = 3;
};

} // namespace rwb::image
