#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>

namespace rwb::sample {

/// Ground truth of one defect drawn into a generated strip image, in image pixel coordinates.
struct Defect
{
    /// "scratch", "patches", "inclusion", "crazing", "pitted_surface" or "rolled_in_scale".
    QString className;
    /// "polyline" (scratch centre line), "polygon" (patches and inclusion outline) or "box".
    QString shape;
    /// The polyline or polygon vertices; for "box" the four corners of bounds, clockwise from top left.
    QPolygonF points;
    /// Axis-aligned box, inside the image, around every pixel whose brightness the defect changes by 3 % or
    /// more, and around points. Pixel (x, y) covers [x, x + 1) x [y, y + 1).
    QRectF bounds;
    /// "minor", "moderate" or "severe".
    QString severity;
};

} // namespace rwb::sample
