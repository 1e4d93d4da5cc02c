#pragma once

#include "rlemask.h"

#include <QJsonObject>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTransform>

#include <optional>
#include <utility>

namespace rwb::project {
struct Annotation;
}

namespace rwb::image {

/// The geometry of one image annotation as a typed value, parsed from and written back to the
/// project's JSON, with the pure geometry the view and tools need (outline, hit tests, handles,
/// edits, conversions). Coordinates are image pixels, y down; pixel (x, y) covers
/// [x, x+1) × [y, y+1). Angles are degrees, clockwise on screen.
///
/// Geometry JSON per kind (project::shape names):
///   box          {x, y, w, h}
///   rotated_box  {cx, cy, w, h, angle}
///   polygon      {points: [[x, y], …], holes?: [[[x, y], …], …]}
///   polyline     {points: [[x, y], …], thickness}
///   point        {x, y}
///   keypoints    {points: [[x, y, v], …], edges?: [[i, j], …]}  v: 0 not labeled, 1 occluded, 2 visible
///   ellipse      {cx, cy, rx, ry, angle}
///   mask         {x, y, w, h, rle: […]}  (see RleMask)
///   tag          {}
class Shape
{
public:
    enum class Kind { Box, RotatedBox, Polygon, Polyline, Point, Keypoints, Ellipse, Mask, Tag };

    /// Handles of box, rotated box and ellipse (their bounding frame, clockwise from top left).
    /// Polygon, polyline, point and keypoints use their vertex indices as handles instead.
    enum Handle {
        TopLeft,
        Top,
        TopRight,
        Right,
        BottomRight,
        Bottom,
        BottomLeft,
        Left,
        Rotation, ///< rotated box and ellipse only, above the top edge
    };

    struct Keypoint
    {
        QPointF pos;
        int visibility = 2; ///< COCO: 0 not labeled, 1 occluded, 2 visible
        bool operator==(const Keypoint &other) const = default;
    };

    Shape() = default; ///< an image-level tag

    static Shape box(const QRectF &rect);
    static Shape rotatedBox(QPointF center, QSizeF size, double angle);
    static Shape polygon(const QPolygonF &outer, const QList<QPolygonF> &holes = {});
    static Shape polyline(const QPolygonF &points, double thickness);
    static Shape point(QPointF pos);
    static Shape keypoints(const QList<Keypoint> &points, const QList<std::pair<int, int>> &edges = {});
    static Shape ellipse(QPointF center, double rx, double ry, double angle);
    static Shape mask(const RleMask &mask);
    static Shape tag();

    static std::optional<Shape> fromAnnotation(const project::Annotation &annotation, QString *error = nullptr);
    /// Validates as well as parses: NaN, too few points, negative sizes and the like are refused
    /// with a message for the user.
    static std::optional<Shape> fromJson(const QString &kind, const QJsonObject &geometry, QString *error = nullptr);
    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindName(Kind kind);

    QJsonObject toJson() const;
    /// Sets the annotation's kind, geometry and extent.
    void applyTo(project::Annotation &annotation) const;

    Kind kind() const { return m_kind; }
    QString kindName() const { return kindName(m_kind); }
    /// True for the kinds that cover an area (and so can become a mask).
    bool isArea() const;

    // Typed accessors; each is meaningful for the kinds named.
    QRectF rect() const { return m_rect; } ///< box
    QPointF center() const { return m_center; } ///< rotated box, ellipse
    QSizeF size() const { return m_size; } ///< rotated box (w, h), ellipse (2 rx, 2 ry)
    double angle() const { return m_angle; } ///< rotated box, ellipse
    /// Polygon outer ring, polyline vertices, the point, keypoint positions.
    QPolygonF points() const { return m_points; }
    QList<QPolygonF> holes() const { return m_holes; } ///< polygon
    double thickness() const { return m_thickness; } ///< polyline
    QList<Keypoint> keypointList() const; ///< keypoints
    QList<std::pair<int, int>> edges() const { return m_edges; } ///< keypoints skeleton
    const RleMask &maskData() const { return m_mask; } ///< mask

    /// Bounding box for the spatial index: polyline includes half its thickness, a mask its
    /// pixel box, a tag is empty.
    QRectF extent() const;
    /// Outline for drawing and hit testing; a polyline is stroked to its thickness, a point or
    /// keypoint is a small square, a tag is empty.
    QPainterPath path() const;
    /// Inside an area, or within \a tolerance of a line or point.
    bool contains(QPointF pos, double tolerance) const;

    /// Handle positions (see Handle). The rotation handle sits \a rotationOffset above the top
    /// edge; the view passes a fixed screen distance divided by its zoom.
    QList<QPointF> handles(double rotationOffset = 16.0) const;
    /// Index of the handle nearest to \a pos within \a tolerance, or -1.
    int handleAt(QPointF pos, double tolerance, double rotationOffset = 16.0) const;
    /// Index i of the polygon/polyline edge from vertex i to i+1 within \a tolerance, or -1: where
    /// a click inserts a vertex (at i + 1).
    int edgeAt(QPointF pos, double tolerance) const;

    /// Moves by (dx, dy); a mask moves by whole pixels (rounded).
    Shape translated(double dx, double dy) const;
    /// Drags a handle. Box kinds resize with the opposite side fixed (in the shape's own frame
    /// for rotated ones), and a drag past it flips rather than giving negative sizes; with
    /// \a keepAspect the width:height ratio stays. Vertex kinds move that vertex. An unknown
    /// handle changes nothing.
    Shape withHandleMoved(int handle, QPointF pos, bool keepAspect = false) const;
    /// Rotated box, ellipse, polygon, polyline and keypoints turn about their centre (a box
    /// becomes a rotated box); other kinds are returned unchanged.
    Shape rotated(double degrees) const;
    bool canRotate() const;

    /// Vertex edits apply to a polygon's outer ring; an unknown index changes nothing.
    Shape withVertexMoved(int index, QPointF pos) const;
    /// Inserts \a pos before vertex \a index (polygon, polyline); nullopt for other kinds or a
    /// bad index.
    std::optional<Shape> withVertexInserted(int index, QPointF pos) const;
    /// Nullopt when that would leave a polygon with fewer than 3 or a polyline with fewer than 2
    /// vertices, or for other kinds.
    std::optional<Shape> withVertexRemoved(int index) const;

    /// Box, rotated box, ellipse (as \a ellipseSegments vertices) and polygon as a polygon;
    /// nullopt for other kinds (masks: CvAssist::maskToPolygonShapes).
    std::optional<Shape> toPolygon(int ellipseSegments = 64) const;
    /// Area kinds and polylines (stroked to their thickness) as a mask of the pixels whose
    /// centres they cover, cropped to \a clip; nullopt for points, keypoints and tags.
    std::optional<RleMask> toMask(const QRect &clip) const;

    /// Union of polygons: one polygon per connected part, with holes. Non-polygon shapes are
    /// ignored.
    static QList<Shape> mergePolygons(const QList<Shape> &polygons);
    /// Cuts a polygon along \a cut (a line or polyline drawn across it); nullopt when the cut does
    /// not divide it into at least two parts.
    static std::optional<QList<Shape>> splitPolygon(const Shape &polygon, const QPolygonF &cut);

    bool operator==(const Shape &other) const = default;

private:
    explicit Shape(Kind kind);
    /// Rotated box or ellipse: the shape's frame, mapping its local rect (centred at 0) to image.
    QTransform frameTransform() const;
    QRectF localRect() const;

    Kind m_kind = Kind::Tag;
    QRectF m_rect;
    QPointF m_center;
    QSizeF m_size;
    double m_angle = 0;
    QPolygonF m_points;
    QList<QPolygonF> m_holes;
    double m_thickness = 0;
    QList<int> m_visibility;
    QList<std::pair<int, int>> m_edges;
    RleMask m_mask;
};

} // namespace rwb::image
