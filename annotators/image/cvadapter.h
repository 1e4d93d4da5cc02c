#pragma once

#include <QImage>

#include <opencv2/core.hpp>

namespace rwb::image {

/// The project's one place that converts between QImage and cv::Mat, so that channel order,
/// 16-bit layouts and who owns the pixels are decided once.
///
/// Mapping: Grayscale8 ⇄ CV_8UC1, Grayscale16 ⇄ CV_16UC1, RGB888 ⇄ CV_8UC3 (BGR),
/// RGB32/ARGB32/RGBA8888 → CV_8UC4 (BGRA) → ARGB32, RGBX64 ⇄ CV_16UC3 (BGR),
/// RGBA64 ⇄ CV_16UC4 (BGRA). Other QImage formats are converted to the nearest of these first
/// (premultiplied ones are unpremultiplied).
class CvAdapter
{
public:
    enum class Sharing {
        Copy, ///< the result owns its pixels
        /// The Mat points into the QImage's pixels when the layouts match (Grayscale8,
        /// Grayscale16, RGB32/ARGB32 on little-endian machines) and the caller keeps the image
        /// alive and unmodified while using it read-only; otherwise this is a copy.
        ShareWhenPossible,
    };

    static cv::Mat toMat(const QImage &image, Sharing sharing = Sharing::Copy);
    /// Shares the Mat's reference-counted buffer when the layouts match, otherwise copies; a Mat
    /// wrapping foreign memory is always copied. Unsupported types give a null image.
    static QImage toImage(const cv::Mat &mat);

    /// Maps [low, high] linearly to [0, 255] (saturating): how 16-bit images are viewed and fed
    /// to algorithms that only take 8-bit input. Works for any depth and channel count.
    static cv::Mat windowTo8Bit(const cv::Mat &mat, double low, double high);
    static QImage windowTo8Bit(const QImage &image, double low, double high);

    /// True for 16-bit QImage formats (values 0…65535 rather than 0…255).
    static bool is16Bit(const QImage &image);
};

} // namespace rwb::image
