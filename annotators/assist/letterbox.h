#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>

#include <opencv2/core.hpp>

namespace rwb::assist {

struct Detection;

/// The mapping between an image and a model's input tensor: scaled to fit keeping the aspect
/// ratio and centred on a padded canvas (YOLO's letterbox), or stretched when \c keepAspect is
/// off. Scales are per axis because the scaled size is rounded to whole pixels.
struct Letterbox
{
    double scaleX = 1;
    double scaleY = 1;
    int left = 0; ///< padding columns on the left of the scaled image
    int top = 0;
    int scaledWidth = 0;
    int scaledHeight = 0;
    QSize input;

    static Letterbox compute(QSize image, QSize input, bool keepAspect = true);

    QPointF toImage(QPointF p) const;
    QRectF toImage(const QRectF &r) const;
    QPointF toInput(QPointF p) const;
    /// Maps a detection decoded in input pixels back to the image (box, centre, size, polygon).
    void toImage(Detection &d) const;
    /// The scaled, padded image (same type as \a image), ready for blobFromImage.
    cv::Mat apply(const cv::Mat &image, int padValue) const;
};

} // namespace rwb::assist
