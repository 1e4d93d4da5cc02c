#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QSizeF>

#include <vector>

namespace rwb::assist {

/// One object a model found, in input-tensor pixels while decoding and in image pixels after
/// Letterbox::toImage().
struct Detection
{
    int classIndex = -1;
    float score = 0;
    QRectF box; ///< axis-aligned bounds (for rotated boxes: of the rotated rectangle)
    bool rotated = false;
    QPointF center; ///< rotated boxes
    QSizeF size; ///< rotated boxes
    double angle = 0; ///< rotated boxes, degrees clockwise on screen
    std::vector<float> coefficients; ///< mask coefficients (segment layouts)
    QPolygonF polygon; ///< outline from the mask (segment), in the same pixels as box
};

/// A range of samples [start, end) a sequence model scored above its threshold.
struct SampleRange
{
    qint64 start = 0;
    qint64 end = 0;
    float score = 0; ///< the highest score inside
    bool operator==(const SampleRange &) const = default;
};

} // namespace rwb::assist
