#pragma once

#include "rlemask.h"
#include "shape.h"

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QRect>

namespace rwb::image {

/// Classic computer-vision helpers for the annotation tools (no model): magic wand, GrabCut,
/// mask outlines and edge snapping. Every function takes 8- or 16-bit, gray or colour images;
/// tolerances and thresholds are in 8-bit units and scaled for 16-bit images.
class CvAssist
{
public:
    /// The connected region around \a seed whose values stay within \a tolerance (0…255) of the
    /// seed's, per channel. \a limit (when valid) bounds the search, which keeps a click on a
    /// huge image fast.
    static RleMask magicWand(const QImage &image, QPoint seed, int tolerance, const QRect &limit = {});
    /// Foreground inside \a box by GrabCut. Works on a crop around the box (downscaled when large)
    /// so that the cost depends on the box, not the image.
    static RleMask grabCut(const QImage &image, const QRectF &box, int iterations = 5);
    /// Outer outlines of the mask's parts, simplified by Douglas–Peucker with \a epsilon pixels;
    /// parts smaller than \a minArea square pixels are dropped. Vertices lie on the centres of
    /// the boundary pixels.
    static QList<QPolygonF> maskToPolygons(const RleMask &mask, double epsilon = 1.0, double minArea = 4.0);
    /// As maskToPolygons(), keeping holes: one polygon shape per part.
    static QList<Shape> maskToPolygonShapes(const RleMask &mask, double epsilon = 1.0, double minArea = 4.0);
    /// The position of the strongest edge (Sobel gradient magnitude, refined to sub-pixel) within
    /// \a radius of \a pos, or \a pos itself on a flat area.
    static QPointF snapToEdge(const QImage &image, QPointF pos, int radius);
    static QPolygonF snapPolygon(const QImage &image, const QPolygonF &polygon, int radius);
};

} // namespace rwb::image
