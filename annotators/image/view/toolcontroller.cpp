#include "toolcontroller.h"

#include "../cvassist.h"
#include "imagecanvas.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace rwb::image {

namespace {
constexpr double HitPixels = 6.0; ///< hit distance on screen
constexpr double RotationHandlePixels = 20.0;
constexpr int WandWindow = 2048; ///< the magic wand floods at most this square around the click

double angleOf(QPointF center, QPointF p)
{
    return std::atan2(p.y() - center.y(), p.x() - center.x()) * 180.0 / M_PI;
}
} // namespace

ToolController::ToolController(ImageCanvas &canvas)
    : QObject(&canvas)
    , m_canvas(canvas)
{ }

void ToolController::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    cancel();
    m_tool = tool;
    m_canvas.setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    emit toolChanged(tool);
    m_canvas.update();
}

void ToolController::setBrushRadius(double radius)
{
    m_brushRadius = std::clamp(radius, 0.5, 500.0);
    m_canvas.update();
}

bool ToolController::isDrafting() const
{
    return !m_points.isEmpty() || m_drag != Drag::None;
}

void ToolController::cancel()
{
    m_points.clear();
    m_drag = Drag::None;
    m_paint = RleMask();
    m_dragStart.clear();
    m_canvas.setPreview({});
}

double ToolController::tolerance() const
{
    return HitPixels / m_canvas.scale();
}

QPointF ToolController::clampToImage(QPointF p) const
{
    const QSize size = m_canvas.imageSize();
    return QPointF(std::clamp(p.x(), 0.0, double(size.width())), std::clamp(p.y(), 0.0, double(size.height())));
}

bool ToolController::drawsVertices() const
{
    return m_tool == Tool::Polygon || m_tool == Tool::Polyline || m_tool == Tool::Keypoints || m_tool == Tool::Split;
}

void ToolController::finish()
{
    const QPolygonF points = m_points;
    m_points.clear();
    m_canvas.update();
    switch (m_tool) {
    case Tool::Polygon:
        if (points.size() >= 3)
            emit shapeCreated(Shape::polygon(points));
        break;
    case Tool::Polyline:
        if (points.size() >= 2)
            emit shapeCreated(Shape::polyline(points, m_thickness));
        break;
    case Tool::Keypoints:
        if (!points.isEmpty()) {
            QList<Shape::Keypoint> keypoints;
            for (const QPointF &p : points)
                keypoints.append(Shape::Keypoint { p, 2 });
            emit shapeCreated(Shape::keypoints(keypoints));
        }
        break;
    case Tool::Split:
        if (points.size() >= 2)
            emit cutDrawn(points);
        break;
    default:
        break;
    }
}

bool ToolController::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF p = m_canvas.toImage(event->position());
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    m_pressImage = p;
    m_currentImage = p;
    switch (m_tool) {
    case Tool::Select: {
        const double tol = tolerance();
        const double rotationOffset = RotationHandlePixels / m_canvas.scale();
        for (qint64 id : m_canvas.selection()) {
            const ImageCanvas::Item *it = m_canvas.item(id);
            if (!it || (it->flags & 3))
                continue;
            const int handle = it->shape.handleAt(p, tol, rotationOffset);
            if (handle < 0)
                continue;
            const Shape::Kind kind = it->shape.kind();
            if (ctrl && (kind == Shape::Kind::Polygon || kind == Shape::Kind::Polyline)) {
                // Ctrl+click on a vertex removes it (the shape keeps its minimum).
                if (const auto fewer = it->shape.withVertexRemoved(handle))
                    emit shapesEdited({ { id, *fewer } });
                return true;
            }
            m_drag = Drag::Handle;
            m_handleItem = id;
            m_handle = handle;
            m_dragStart = { { id, it->shape } };
            return true;
        }
        const qint64 hit = m_canvas.itemAt(p, tol);
        if (hit) {
            QSet<qint64> selection = m_canvas.selection();
            if (ctrl) {
                if (selection.contains(hit))
                    selection.remove(hit);
                else
                    selection.insert(hit);
                m_canvas.setSelection(selection);
                return true;
            }
            if (!selection.contains(hit))
                m_canvas.setSelection({ hit });
            m_dragStart.clear();
            for (qint64 id : m_canvas.selection()) {
                const ImageCanvas::Item *it = m_canvas.item(id);
                if (it && !(it->flags & 3))
                    m_dragStart.insert(id, it->shape);
            }
            m_drag = Drag::Move;
            return true;
        }
        if (!ctrl)
            m_canvas.setSelection({});
        m_drag = Drag::RubberBand;
        return true;
    }
    case Tool::Box:
    case Tool::RotatedBox:
    case Tool::Ellipse:
    case Tool::GrabCut:
        m_pressImage = clampToImage(p);
        m_currentImage = m_pressImage;
        m_drag = Drag::Create;
        return true;
    case Tool::Polygon:
    case Tool::Polyline:
    case Tool::Keypoints:
    case Tool::Split: {
        // A cut may start and end outside the image: it must cross the polygon's outline.
        const QPointF q = m_tool == Tool::Split ? p : clampToImage(p);
        if (m_tool == Tool::Polygon && m_points.size() >= 3
            && QLineF(m_canvas.toWidget(m_points.first()), event->position()).length() <= HitPixels * 1.5) {
            finish(); // a click on the first vertex closes the polygon
            return true;
        }
        m_points.append(q);
        return true;
    }
    case Tool::Point:
        emit shapeCreated(Shape::point(clampToImage(p)));
        return true;
    case Tool::Brush:
    case Tool::Eraser:
        beginPaint(p, m_tool == Tool::Eraser);
        return true;
    case Tool::MagicWand:
        magicWand(p);
        return true;
    }
    return false;
}

bool ToolController::mouseMove(QMouseEvent *event)
{
    const QPointF p = m_canvas.toImage(event->position());
    const QPointF last = m_currentImage;
    m_currentImage = p;
    switch (m_drag) {
    case Drag::Move:
    case Drag::Handle:
        m_canvas.setPreview(draggedShapes(m_drag, p, event->modifiers() & Qt::ShiftModifier));
        return true;
    case Drag::Paint:
        m_paint.paintStroke(last, p, m_brushRadius, false, QRect(QPoint(0, 0), m_canvas.imageSize()));
        return true;
    case Drag::RubberBand:
    case Drag::Create:
        m_currentImage = m_drag == Drag::Create ? clampToImage(p) : p;
        return true;
    case Drag::None:
        // The rubber line of a polygon and the brush outline follow the mouse.
        return !m_points.isEmpty() || m_tool == Tool::Brush || m_tool == Tool::Eraser;
    }
    return false;
}

bool ToolController::mouseRelease(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const Drag drag = m_drag;
    m_drag = Drag::None;
    switch (drag) {
    case Drag::Move:
    case Drag::Handle: {
        const QPointF p = m_canvas.toImage(event->position());
        QHash<qint64, Shape> changed;
        // A move of less than a screen pixel is a click, not an edit.
        if (drag == Drag::Handle || (p - m_pressImage).manhattanLength() * m_canvas.scale() >= 1.0) {
            const QHash<qint64, Shape> moved = draggedShapes(drag, p, event->modifiers() & Qt::ShiftModifier);
            for (auto it = moved.cbegin(); it != moved.cend(); ++it) {
                if (!(it.value() == m_dragStart.value(it.key())))
                    changed.insert(it.key(), it.value());
            }
        }
        m_dragStart.clear();
        if (!changed.isEmpty())
            emit shapesEdited(changed);
        m_canvas.setPreview({});
        return true;
    }
    case Drag::RubberBand: {
        const QRectF band = QRectF(m_pressImage, m_currentImage).normalized();
        if (band.width() * m_canvas.scale() < 3 && band.height() * m_canvas.scale() < 3)
            return true;
        QSet<qint64> selection = m_canvas.itemsIn(band);
        if (event->modifiers() & Qt::ControlModifier)
            selection.unite(m_canvas.selection());
        m_canvas.setSelection(selection);
        return true;
    }
    case Drag::Create: {
        if (const auto shape = draftShape()) {
            if (m_tool == Tool::GrabCut)
                grabCut(shape->extent(), event->modifiers() & Qt::ShiftModifier);
            else
                emit shapeCreated(*shape);
        }
        return true;
    }
    case Drag::Paint:
        finishPaint();
        return true;
    case Drag::None:
        return false;
    }
    return false;
}

bool ToolController::mouseDoubleClick(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (drawsVertices()) {
        // The double click's first press already placed this vertex.
        if (m_points.size() >= 2 && QLineF(m_points.last(), m_points.at(m_points.size() - 2)).length() < tolerance())
            m_points.removeLast();
        finish();
        return true;
    }
    if (m_tool == Tool::Select) {
        const QPointF p = m_canvas.toImage(event->position());
        for (qint64 id : m_canvas.selection()) {
            const ImageCanvas::Item *it = m_canvas.item(id);
            if (!it || (it->flags & 3))
                continue;
            const int edge = it->shape.edgeAt(p, tolerance());
            if (edge < 0)
                continue;
            if (const auto more = it->shape.withVertexInserted(edge + 1, p)) {
                emit shapesEdited({ { id, *more } });
                return true;
            }
        }
    }
    return false;
}

bool ToolController::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (isDrafting()) {
            cancel();
            return true;
        }
        if (!m_canvas.selection().isEmpty()) {
            m_canvas.setSelection({});
            return true;
        }
        return false;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_points.isEmpty()) {
            finish();
            return true;
        }
        return false;
    case Qt::Key_Backspace:
        if (!m_points.isEmpty()) {
            m_points.removeLast();
            return true;
        }
        return false;
    case Qt::Key_BracketLeft:
        if (m_tool == Tool::Brush || m_tool == Tool::Eraser) {
            setBrushRadius(m_brushRadius / 1.25);
            return true;
        }
        return false;
    case Qt::Key_BracketRight:
        if (m_tool == Tool::Brush || m_tool == Tool::Eraser) {
            setBrushRadius(m_brushRadius * 1.25);
            return true;
        }
        return false;
    default:
        return false;
    }
}

QHash<qint64, Shape> ToolController::draggedShapes(Drag drag, QPointF imagePos, bool keepAspect) const
{
    QHash<qint64, Shape> out;
    if (drag == Drag::Move) {
        const QPointF d = imagePos - m_pressImage;
        for (auto it = m_dragStart.cbegin(); it != m_dragStart.cend(); ++it)
            out.insert(it.key(), it.value().translated(d.x(), d.y()));
        return out;
    }
    const Shape &start = m_dragStart.value(m_handleItem);
    if (start.canRotate() && m_handle == Shape::Rotation) {
        const QPointF c = start.extent().center();
        out.insert(m_handleItem, start.rotated(angleOf(c, imagePos) - angleOf(c, m_pressImage)));
    } else {
        out.insert(m_handleItem, start.withHandleMoved(m_handle, clampToImage(imagePos), keepAspect));
    }
    return out;
}

std::optional<Shape> ToolController::draftShape() const
{
    const QRectF r = QRectF(m_pressImage, m_currentImage).normalized();
    // A click without a drag draws nothing.
    if (r.width() * m_canvas.scale() < 2 || r.height() * m_canvas.scale() < 2 || r.width() <= 0 || r.height() <= 0)
        return std::nullopt;
    switch (m_tool) {
    case Tool::Box:
    case Tool::GrabCut:
        return Shape::box(r);
    case Tool::RotatedBox:
        return Shape::rotatedBox(r.center(), r.size(), 0);
    case Tool::Ellipse:
        return Shape::ellipse(r.center(), r.width() / 2, r.height() / 2, 0);
    default:
        return std::nullopt;
    }
}

void ToolController::beginPaint(QPointF imagePos, bool erase)
{
    // The stroke adds to (or erases from) the selected mask, or for the eraser the mask under
    // the cursor; the brush without a selected mask starts a new one.
    m_paintTarget = 0;
    const QSet<qint64> selection = m_canvas.selection();
    if (selection.size() == 1) {
        const ImageCanvas::Item *it = m_canvas.item(*selection.begin());
        if (it && it->shape.kind() == Shape::Kind::Mask && !(it->flags & 3))
            m_paintTarget = it->id;
    }
    if (!m_paintTarget && erase) {
        const qint64 hit = m_canvas.itemAt(imagePos, tolerance());
        const ImageCanvas::Item *it = m_canvas.item(hit);
        if (it && it->shape.kind() == Shape::Kind::Mask)
            m_paintTarget = hit;
    }
    m_paint = RleMask();
    m_paint.paintCircle(imagePos, m_brushRadius, false, QRect(QPoint(0, 0), m_canvas.imageSize()));
    m_drag = Drag::Paint;
}

void ToolController::finishPaint()
{
    const RleMask stroke = m_paint;
    m_paint = RleMask();
    if (stroke.isEmpty())
        return;
    const ImageCanvas::Item *target = m_canvas.item(m_paintTarget);
    if (m_tool == Tool::Brush) {
        if (target)
            emit shapesEdited({ { target->id, Shape::mask(target->shape.maskData().united(stroke)) } });
        else
            emit shapeCreated(Shape::mask(stroke));
        return;
    }
    if (!target)
        return;
    const RleMask rest = target->shape.maskData().subtracted(stroke);
    if (!rest.isEmpty())
        emit shapesEdited({ { target->id, Shape::mask(rest) } });
}

void ToolController::magicWand(QPointF imagePos)
{
    const QSize size = m_canvas.imageSize();
    const QPoint seed(int(std::floor(imagePos.x())), int(std::floor(imagePos.y())));
    if (!QRect(QPoint(0, 0), size).contains(seed))
        return;
    const QRect window = QRect(seed - QPoint(WandWindow / 2, WandWindow / 2), QSize(WandWindow, WandWindow))
                             .intersected(QRect(QPoint(0, 0), size));
    const QImage pixels = m_canvas.rawPixels(window);
    if (pixels.isNull())
        return;
    const RleMask region = CvAssist::magicWand(pixels, seed - window.topLeft(), m_wandTolerance);
    if (!region.isEmpty())
        emit shapeCreated(Shape::mask(region.translated(window.topLeft())));
}

void ToolController::grabCut(const QRectF &box, bool asMask)
{
    // GrabCut needs background around the box to learn from: a margin of half the box.
    const QSize size = m_canvas.imageSize();
    const double margin = std::max(box.width(), box.height()) / 2 + 8;
    const QRect window
        = box.adjusted(-margin, -margin, margin, margin).toAlignedRect().intersected(QRect(QPoint(0, 0), size));
    const QImage pixels = m_canvas.rawPixels(window);
    if (pixels.isNull()) {
        emit toolMessage(tr("The pixels are still loading; try again in a moment"));
        return;
    }
    const RleMask fg = CvAssist::grabCut(pixels, box.translated(-window.topLeft()));
    if (fg.isEmpty()) {
        emit toolMessage(tr("GrabCut found no object in the box"));
        return;
    }
    const RleMask placed = fg.translated(window.topLeft());
    if (asMask) {
        emit shapeCreated(Shape::mask(placed));
        return;
    }
    // The largest part becomes the polygon; specks GrabCut leaves around it are dropped.
    const QList<Shape> parts = CvAssist::maskToPolygonShapes(placed, 1.0, 16.0);
    const Shape *largest = nullptr;
    double best = -1;
    for (const Shape &part : parts) {
        const QRectF e = part.extent();
        if (e.width() * e.height() > best) {
            best = e.width() * e.height();
            largest = &part;
        }
    }
    if (largest)
        emit shapeCreated(*largest);
    else
        emit toolMessage(tr("GrabCut found no object in the box"));
}

void ToolController::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QColor color = m_canvas.currentColor();
    QPen pen(color, 1.5);
    painter.setPen(pen);
    switch (m_drag) {
    case Drag::RubberBand: {
        QPen band(QColor(255, 255, 255), 1, Qt::DashLine);
        painter.setPen(band);
        painter.setBrush(QColor(255, 255, 255, 30));
        painter.drawRect(QRectF(m_canvas.toWidget(m_pressImage), m_canvas.toWidget(m_currentImage)).normalized());
        break;
    }
    case Drag::Create:
        if (const auto shape = draftShape()) {
            QTransform view(m_canvas.scale(), 0, 0, m_canvas.scale(), m_canvas.toWidget(QPointF(0, 0)).x(),
                m_canvas.toWidget(QPointF(0, 0)).y());
            painter.setBrush(QColor(color.red(), color.green(), color.blue(), 40));
            painter.drawPath(view.map(shape->path()));
        }
        break;
    case Drag::Paint:
        if (!m_paint.isEmpty()) {
            QImage stroke = m_paint.toImage().convertToFormat(QImage::Format_ARGB32);
            stroke.setColorTable({});
            QImage tinted(stroke.size(), QImage::Format_ARGB32);
            tinted.fill(Qt::transparent);
            const QRgb ink = m_tool == Tool::Eraser ? qRgba(255, 255, 255, 110)
                                                    : qRgba(color.red(), color.green(), color.blue(), 110);
            for (int y = 0; y < stroke.height(); ++y) {
                const auto *from = reinterpret_cast<const QRgb *>(stroke.constScanLine(y));
                auto *to = reinterpret_cast<QRgb *>(tinted.scanLine(y));
                for (int x = 0; x < stroke.width(); ++x)
                    to[x] = qGray(from[x]) > 0 ? ink : 0;
            }
            const QRect box = m_paint.boundingRect();
            painter.drawImage(
                QRectF(m_canvas.toWidget(box.topLeft()), m_canvas.toWidget(box.bottomRight() + QPoint(1, 1))), tinted);
        }
        break;
    default:
        break;
    }
    if (!m_points.isEmpty()) {
        QPolygonF widget;
        for (const QPointF &p : m_points)
            widget.append(m_canvas.toWidget(p));
        if (m_tool != Tool::Keypoints) {
            painter.setPen(m_tool == Tool::Split ? QPen(Qt::white, 1.5, Qt::DashDotLine) : pen);
            painter.drawPolyline(widget);
            painter.setPen(QPen(color, 1, Qt::DashLine));
            painter.drawLine(widget.last(), m_canvas.toWidget(m_currentImage));
        }
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(Qt::white);
        for (const QPointF &w : std::as_const(widget))
            painter.drawRect(QRectF(w.x() - 3, w.y() - 3, 6, 6));
    }
    if (m_tool == Tool::Brush || m_tool == Tool::Eraser) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(m_tool == Tool::Eraser ? Qt::white : color, 1));
        const double r = m_brushRadius * m_canvas.scale();
        painter.drawEllipse(m_canvas.toWidget(m_currentImage), r, r);
    }
    painter.restore();
}

} // namespace rwb::image
