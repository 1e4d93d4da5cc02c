#include "letterbox.h"

#include "detection.h"

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace rwb::assist {

Letterbox Letterbox::compute(QSize image, QSize input, bool keepAspect)
{
    Letterbox l;
    l.input = input;
    if (image.isEmpty() || input.isEmpty())
        return l;
    if (!keepAspect) {
        l.scaledWidth = input.width();
        l.scaledHeight = input.height();
    } else {
        const double r = std::min(double(input.width()) / image.width(), double(input.height()) / image.height());
        l.scaledWidth = std::clamp(int(std::lround(image.width() * r)), 1, input.width());
        l.scaledHeight = std::clamp(int(std::lround(image.height() * r)), 1, input.height());
        l.left = (input.width() - l.scaledWidth) / 2;
        l.top = (input.height() - l.scaledHeight) / 2;
    }
    l.scaleX = double(l.scaledWidth) / image.width();
    l.scaleY = double(l.scaledHeight) / image.height();
    return l;
}

QPointF Letterbox::toImage(QPointF p) const
{
    return { (p.x() - left) / scaleX, (p.y() - top) / scaleY };
}

QRectF Letterbox::toImage(const QRectF &r) const
{
    return QRectF(toImage(r.topLeft()), toImage(r.bottomRight()));
}

QPointF Letterbox::toInput(QPointF p) const
{
    return { p.x() * scaleX + left, p.y() * scaleY + top };
}

void Letterbox::toImage(Detection &d) const
{
    d.box = toImage(d.box);
    if (d.rotated) {
        d.center = toImage(d.center);
        // A rotated box keeps its shape only under a uniform scale, which the letterbox
        // nearly is (the per-axis scales differ by the rounding of one pixel).
        const double s = (scaleX + scaleY) / 2;
        d.size = QSizeF(d.size.width() / s, d.size.height() / s);
    }
    for (QPointF &p : d.polygon)
        p = toImage(p);
}

cv::Mat Letterbox::apply(const cv::Mat &image, int padValue) const
{
    cv::Mat scaled;
    if (image.cols == scaledWidth && image.rows == scaledHeight)
        scaled = image;
    else
        // Area averaging where it matters (shrinking by 2 or more, else fine detail aliases);
        // bilinear otherwise, which costs a fraction.
        cv::resize(image, scaled, cv::Size(scaledWidth, scaledHeight), 0, 0,
            scaledWidth * 2 <= image.cols ? cv::INTER_AREA : cv::INTER_LINEAR);
    if (scaledWidth == input.width() && scaledHeight == input.height())
        return scaled;
    cv::Mat out;
    cv::copyMakeBorder(scaled, out, top, input.height() - scaledHeight - top, left, input.width() - scaledWidth - left,
        cv::BORDER_CONSTANT, cv::Scalar::all(padValue));
    return out;
}

} // namespace rwb::assist
