#pragma once

#include "detection.h"

#include <vector>

namespace rwb::assist {

/// Greedy non-maximum suppression: keeps the best-scoring detection and drops the ones that
/// overlap it by more than the IoU threshold, per class or across classes. Rotated boxes are
/// compared by the area of their intersection polygon.
class Nms
{
public:
    static std::vector<Detection> apply(
        std::vector<Detection> detections, float iouThreshold, bool classAware, int maxDetections = -1);
    static double iou(const QRectF &a, const QRectF &b);
    /// IoU of two detections: rotated when both are rotated, else of their boxes.
    static double iou(const Detection &a, const Detection &b);
};

} // namespace rwb::assist
