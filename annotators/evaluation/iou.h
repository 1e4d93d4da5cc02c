#pragma once

#include "image/rlemask.h"

#include <QRectF>

namespace rwb::evaluation {

/// Intersection over union as COCO computes it (pycocotools' maskUtils.iou): continuous box
/// coordinates (no +1), and for a crowd ground truth the intersection over the detection's
/// area alone, so that a detection inside a crowd region counts as covered.
class Iou
{
public:
    static double box(const QRectF &detection, const QRectF &truth, bool crowd = false);
    static double mask(const image::RleMask &detection, const image::RleMask &truth, bool crowd = false);
};

} // namespace rwb::evaluation
