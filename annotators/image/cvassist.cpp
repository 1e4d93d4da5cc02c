#include "cvassist.h"

#include "cvadapter.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

namespace rwb::image {

namespace {

/// Longest side GrabCut works on; larger crops are downscaled (its cost grows fast with size).
constexpr int grabCutMaxSide = 640;

cv::Rect cvRect(const QRect &r)
{
    return cv::Rect(r.x(), r.y(), r.width(), r.height());
}

/// 8-bit BGR for GrabCut; 16-bit input is windowed to the crop's own value range.
cv::Mat toBgr8(const cv::Mat &src)
{
    cv::Mat bgr;
    if (src.channels() == 1)
        cv::cvtColor(src, bgr, cv::COLOR_GRAY2BGR);
    else if (src.channels() == 4)
        cv::cvtColor(src, bgr, cv::COLOR_BGRA2BGR);
    else
        bgr = src;
    if (bgr.depth() == CV_8U)
        return bgr;
    double low = 0;
    double high = 0;
    cv::minMaxLoc(bgr.reshape(1), &low, &high);
    return CvAdapter::windowTo8Bit(bgr, low, high);
}

/// One channel, float, in 8-bit units whatever the input depth.
cv::Mat toGrayFloat(const cv::Mat &src)
{
    cv::Mat gray;
    if (src.channels() == 3)
        cv::cvtColor(src, gray, cv::COLOR_BGR2GRAY);
    else if (src.channels() == 4)
        cv::cvtColor(src, gray, cv::COLOR_BGRA2GRAY);
    else
        gray = src;
    cv::Mat out;
    gray.convertTo(out, CV_32F, gray.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    return out;
}

struct Outline
{
    QPolygonF outer;
    QList<QPolygonF> holes;
};

QPolygonF toPolygon(const std::vector<cv::Point> &contour, double epsilon, QPointF offset)
{
    std::vector<cv::Point> approx;
    cv::approxPolyDP(contour, approx, std::max(0.0, epsilon), true);
    QPolygonF polygon;
    for (const cv::Point &p : approx)
        polygon.append(QPointF(p.x, p.y) + offset);
    return polygon;
}

/// Pixels enclosed by a contour through boundary pixel centres (Pick's theorem: exact for
/// rectangles): outer contours add half their perimeter, holes lose it.
double pixelArea(const std::vector<cv::Point> &contour, bool hole)
{
    const double area = cv::contourArea(contour);
    const double halfPerimeter = cv::arcLength(contour, true) / 2;
    return hole ? area - halfPerimeter + 1 : area + halfPerimeter + 1;
}

QList<Outline> outlines(const RleMask &mask, double epsilon, double minArea, bool withHoles)
{
    QList<Outline> out;
    if (mask.isEmpty())
        return out;
    const QImage image = mask.toImage();
    // A blank border keeps contours that touch the box edge closed and unshifted.
    cv::Mat padded = cv::Mat::zeros(image.height() + 2, image.width() + 2, CV_8UC1);
    CvAdapter::toMat(image, CvAdapter::Sharing::ShareWhenPossible)
        .copyTo(padded(cv::Rect(1, 1, image.width(), image.height())));
    std::vector<std::vector<cv::Point>> contours;
    std::vector<cv::Vec4i> hierarchy;
    cv::findContours(
        padded, contours, hierarchy, withHoles ? cv::RETR_CCOMP : cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const QPointF offset = QPointF(mask.boundingRect().topLeft()) - QPointF(1, 1) + QPointF(0.5, 0.5);
    for (size_t i = 0; i < contours.size(); ++i) {
        if (hierarchy[i][3] >= 0 || pixelArea(contours[i], false) < minArea)
            continue;
        Outline outline;
        outline.outer = toPolygon(contours[i], epsilon, offset);
        if (outline.outer.size() < 3)
            continue;
        for (int child = hierarchy[i][2]; child >= 0; child = hierarchy[size_t(child)][0]) {
            const std::vector<cv::Point> &hole = contours[size_t(child)];
            if (pixelArea(hole, true) < minArea)
                continue;
            const QPolygonF ring = toPolygon(hole, epsilon, offset);
            if (ring.size() >= 3)
                outline.holes.append(ring);
        }
        out.append(outline);
    }
    return out;
}

} // namespace

RleMask CvAssist::magicWand(const QImage &image, QPoint seed, int tolerance, const QRect &limit)
{
    const QRect area = limit.isValid() ? limit.intersected(image.rect()) : image.rect();
    if (image.isNull() || !area.contains(seed))
        return {};
    const cv::Mat full = CvAdapter::toMat(image, CvAdapter::Sharing::ShareWhenPossible);
    cv::Mat work = full(cvRect(area));
    // floodFill takes 1 or 3 channels of 8-bit or float pixels.
    if (work.channels() == 4)
        cv::cvtColor(work, work, cv::COLOR_BGRA2BGR);
    double scale = 1;
    if (work.depth() != CV_8U) {
        scale = work.depth() == CV_16U ? 257.0 : 1.0;
        work.convertTo(work, CV_32F);
    }
    const double t = std::clamp(tolerance, 0, 255) * scale;
    const cv::Scalar diff(t, t, t);
    cv::Mat filled = cv::Mat::zeros(work.rows + 2, work.cols + 2, CV_8UC1);
    const int flags = 4 | cv::FLOODFILL_FIXED_RANGE | cv::FLOODFILL_MASK_ONLY | (255 << 8);
    // With FLOODFILL_MASK_ONLY the image (possibly a view of \a image) is not written.
    cv::floodFill(
        work, filled, cv::Point(seed.x() - area.x(), seed.y() - area.y()), cv::Scalar(), nullptr, diff, diff, flags);
    const cv::Mat inner = filled(cv::Rect(1, 1, work.cols, work.rows));
    return RleMask::fromData(area.topLeft(), area.size(), inner.data, qsizetype(inner.step[0]));
}

RleMask CvAssist::grabCut(const QImage &image, const QRectF &box, int iterations)
{
    const QRect target = box.toAlignedRect().intersected(image.rect());
    if (image.isNull() || target.width() < 2 || target.height() < 2)
        return {};
    const int margin = std::max(8, std::max(target.width(), target.height()) / 4);
    const QRect crop = target.adjusted(-margin, -margin, margin, margin).intersected(image.rect());
    cv::Mat work = toBgr8(CvAdapter::toMat(image, CvAdapter::Sharing::ShareWhenPossible)(cvRect(crop)));
    const double scale = std::min(1.0, double(grabCutMaxSide) / std::max(crop.width(), crop.height()));
    if (scale < 1)
        cv::resize(work, work, cv::Size(), scale, scale, cv::INTER_AREA);
    cv::Rect rect(int(std::floor((target.x() - crop.x()) * scale)), int(std::floor((target.y() - crop.y()) * scale)),
        std::max(1, int(std::ceil(target.width() * scale))), std::max(1, int(std::ceil(target.height() * scale))));
    rect &= cv::Rect(0, 0, work.cols, work.rows);
    // GrabCut needs some background outside the rectangle to learn from.
    if (rect.width >= work.cols && rect.height >= work.rows)
        rect = cv::Rect(1, 1, work.cols - 2, work.rows - 2);
    if (rect.width < 2 || rect.height < 2)
        return {};
    cv::Mat labels;
    cv::Mat background;
    cv::Mat foreground;
    try {
        cv::grabCut(work, labels, rect, background, foreground, std::max(1, iterations), cv::GC_INIT_WITH_RECT);
    } catch (const cv::Exception &) {
        return {}; // degenerate input (e.g. a uniform crop): no proposal
    }
    cv::Mat result = (labels == cv::GC_FGD) | (labels == cv::GC_PR_FGD);
    if (scale < 1)
        cv::resize(result, result, cv::Size(crop.width(), crop.height()), 0, 0, cv::INTER_NEAREST);
    return RleMask::fromData(crop.topLeft(), crop.size(), result.data, qsizetype(result.step[0])).cropped(target);
}

QList<QPolygonF> CvAssist::maskToPolygons(const RleMask &mask, double epsilon, double minArea)
{
    QList<QPolygonF> out;
    for (const Outline &o : outlines(mask, epsilon, minArea, false))
        out.append(o.outer);
    return out;
}

QList<Shape> CvAssist::maskToPolygonShapes(const RleMask &mask, double epsilon, double minArea)
{
    QList<Shape> out;
    for (const Outline &o : outlines(mask, epsilon, minArea, true))
        out.append(Shape::polygon(o.outer, o.holes));
    return out;
}

QPointF CvAssist::snapToEdge(const QImage &image, QPointF pos, int radius)
{
    if (image.isNull() || !std::isfinite(pos.x()) || !std::isfinite(pos.y()))
        return pos;
    const int r = std::max(1, radius);
    const QPoint c(int(std::floor(pos.x())), int(std::floor(pos.y())));
    // Two extra pixels so that the Sobel kernel at the circle's rim sees real neighbours.
    const QRect crop = QRect(c.x() - r - 2, c.y() - r - 2, 2 * r + 5, 2 * r + 5).intersected(image.rect());
    if (crop.width() < 3 || crop.height() < 3)
        return pos;
    const cv::Mat gray = toGrayFloat(CvAdapter::toMat(image, CvAdapter::Sharing::ShareWhenPossible)(cvRect(crop)));
    cv::Mat gx;
    cv::Mat gy;
    cv::Mat magnitude;
    cv::Sobel(gray, gx, CV_32F, 1, 0, 3, 1, 0, cv::BORDER_REPLICATE);
    cv::Sobel(gray, gy, CV_32F, 0, 1, 3, 1, 0, cv::BORDER_REPLICATE);
    cv::magnitude(gx, gy, magnitude);

    int bestX = -1;
    int bestY = -1;
    float best = 0;
    double bestDistance = 0;
    for (int y = 1; y + 1 < magnitude.rows; ++y) {
        const float *line = magnitude.ptr<float>(y);
        for (int x = 1; x + 1 < magnitude.cols; ++x) {
            const double d = std::hypot(crop.x() + x + 0.5 - pos.x(), crop.y() + y + 0.5 - pos.y());
            if (d > r)
                continue;
            // Along an edge many pixels are equally strong: take the nearest.
            const float tie = 1e-3f * std::max(1.0f, best);
            if (line[x] > best + tie || (std::abs(line[x] - best) <= tie && bestX >= 0 && d < bestDistance)) {
                best = line[x];
                bestX = x;
                bestY = y;
                bestDistance = d;
            }
        }
    }
    if (bestX < 0 || best <= 1e-3f)
        return pos;
    // A parabola through the peak and its neighbours puts the edge between pixels.
    const auto refine = [](float before, float peak, float after) {
        const float curvature = before - 2 * peak + after;
        return curvature < 0 ? std::clamp(0.5 * (before - after) / curvature, -0.5, 0.5) : 0.0;
    };
    const double dx = refine(magnitude.at<float>(bestY, bestX - 1), magnitude.at<float>(bestY, bestX),
        magnitude.at<float>(bestY, bestX + 1));
    const double dy = refine(magnitude.at<float>(bestY - 1, bestX), magnitude.at<float>(bestY, bestX),
        magnitude.at<float>(bestY + 1, bestX));
    return QPointF(crop.x() + bestX + 0.5 + dx, crop.y() + bestY + 0.5 + dy);
}

QPolygonF CvAssist::snapPolygon(const QImage &image, const QPolygonF &polygon, int radius)
{
    QPolygonF out;
    out.reserve(polygon.size());
    for (const QPointF &p : polygon)
        out.append(snapToEdge(image, p, radius));
    return out;
}

} // namespace rwb::image
