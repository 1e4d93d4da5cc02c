#pragma once

#include "detection.h"

#include <QList>

#include <opencv2/core.hpp>

#include <utility>
#include <vector>

namespace rwb::assist {

/// Reads the output tensors of the YOLO-family layouts into detections in input-tensor pixels
/// (before NMS). Tensors are float blobs as cv::dnn returns them.
class OutputDecoder
{
public:
    /// YOLOv8 / YOLO11: [1, 4 + nc (+1 angle for obb) (+ nm), N] — cx, cy, w, h, class scores
    /// (already sigmoid), for obb the angle in radians, for segment the mask coefficients. A
    /// transposed [1, N, C] export (N > C) is read too.
    static std::vector<Detection> yolov8(const cv::Mat &out, int classCount, int maskCount, bool obb, float confidence);
    /// YOLOv5: [1, N, 5 + nc (+ nm)] — cx, cy, w, h, objectness, class scores; score = obj × class.
    static std::vector<Detection> yolov5(const cv::Mat &out, int classCount, int maskCount, float confidence);
    /// End-to-end (YOLOv10, NMS in the graph): [1, K, 6] — x1, y1, x2, y2, score, class; [1, K, 7]
    /// carries an angle (radians) for rotated boxes given as cx, cy, w, h, score, class, angle.
    static std::vector<Detection> yolov10(const cv::Mat &out, float confidence);
    /// Classifier: [1, nc] scores (softmax applied when \a softmax), best first.
    static std::vector<std::pair<int, float>> classifier(const cv::Mat &out, bool softmax);
    /// Outlines from YOLO mask prototypes [1, nm, mh, mw]: sigmoid(coefficients · prototypes),
    /// cut to the box, thresholded; the largest outline becomes Detection::polygon (input
    /// pixels). Detections whose mask is empty keep an empty polygon.
    static void masks(
        std::vector<Detection> &detections, const cv::Mat &prototypes, cv::Size inputSize, float threshold);
    /// Ranges where a per-sample score reaches \a threshold, at least \a minLength long.
    static QList<SampleRange> ranges(
        const float *scores, qint64 count, float threshold, int minLength, qint64 offset = 0);
};

} // namespace rwb::assist
