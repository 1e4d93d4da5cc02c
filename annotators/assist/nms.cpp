#include "nms.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <numeric>

namespace rwb::assist {

double Nms::iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 ? inter / uni : 0;
}

double Nms::iou(const Detection &a, const Detection &b)
{
    if (!(a.rotated && b.rotated))
        return iou(a.box, b.box);
    if (!a.box.intersects(b.box))
        return 0;
    const cv::RotatedRect ra(cv::Point2f(float(a.center.x()), float(a.center.y())),
        cv::Size2f(float(a.size.width()), float(a.size.height())), float(a.angle));
    const cv::RotatedRect rb(cv::Point2f(float(b.center.x()), float(b.center.y())),
        cv::Size2f(float(b.size.width()), float(b.size.height())), float(b.angle));
    std::vector<cv::Point2f> region;
    if (cv::rotatedRectangleIntersection(ra, rb, region) == cv::INTERSECT_NONE || region.size() < 3)
        return 0;
    std::vector<cv::Point2f> hull;
    cv::convexHull(region, hull);
    const double inter = cv::contourArea(hull);
    const double uni = ra.size.area() + rb.size.area() - inter;
    return uni > 0 ? inter / uni : 0;
}

std::vector<Detection> Nms::apply(
    std::vector<Detection> detections, float iouThreshold, bool classAware, int maxDetections)
{
    std::vector<size_t> order(detections.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return detections[a].score > detections[b].score; });
    std::vector<Detection> kept;
    std::vector<bool> removed(detections.size(), false);
    for (size_t oi = 0; oi < order.size(); ++oi) {
        const size_t i = order[oi];
        if (removed[i])
            continue;
        if (maxDetections >= 0 && int(kept.size()) >= maxDetections)
            break;
        for (size_t oj = oi + 1; oj < order.size(); ++oj) {
            const size_t j = order[oj];
            if (removed[j] || (classAware && detections[j].classIndex != detections[i].classIndex))
                continue;
            if (iou(detections[i], detections[j]) > iouThreshold)
                removed[j] = true;
        }
        kept.push_back(std::move(detections[i]));
    }
    return kept;
}

} // namespace rwb::assist
