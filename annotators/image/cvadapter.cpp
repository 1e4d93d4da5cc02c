#include "cvadapter.h"

#include <opencv2/imgproc.hpp>

namespace rwb::image {

namespace {

constexpr bool littleEndian = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;

/// A Mat over the image's pixels, without copying; valid while the image is.
cv::Mat wrap(const QImage &image, int type)
{
    // cv::Mat has no read-only view; callers never write through it (see Sharing).
    return cv::Mat(
        image.height(), image.width(), type, const_cast<uchar *>(image.constBits()), size_t(image.bytesPerLine()));
}

cv::Mat converted(const cv::Mat &view, int code)
{
    cv::Mat out;
    cv::cvtColor(view, out, code);
    return out;
}

} // namespace

cv::Mat CvAdapter::toMat(const QImage &image, Sharing sharing)
{
    if (image.isNull())
        return {};
    const auto shareOrCopy
        = [sharing](const cv::Mat &view) { return sharing == Sharing::ShareWhenPossible ? view : view.clone(); };
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return shareOrCopy(wrap(image, CV_8UC1));
    case QImage::Format_Grayscale16:
        return shareOrCopy(wrap(image, CV_16UC1));
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
        if constexpr (littleEndian)
            return shareOrCopy(wrap(image, CV_8UC4));
        return toMat(image.convertToFormat(QImage::Format_RGBA8888));
    case QImage::Format_RGB888:
        return converted(wrap(image, CV_8UC3), cv::COLOR_RGB2BGR);
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBX8888:
        return converted(wrap(image, CV_8UC4), cv::COLOR_RGBA2BGRA);
    case QImage::Format_RGBX64:
        return converted(wrap(image, CV_16UC4), cv::COLOR_RGBA2BGR);
    case QImage::Format_RGBA64:
        return converted(wrap(image, CV_16UC4), cv::COLOR_RGBA2BGRA);
    default:
        break;
    }
    if (is16Bit(image) || image.depth() > 32)
        return toMat(image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_RGBA64 : QImage::Format_RGBX64));
    if (image.hasAlphaChannel())
        return toMat(image.convertToFormat(QImage::Format_ARGB32));
    if (image.isGrayscale())
        return toMat(image.convertToFormat(QImage::Format_Grayscale8));
    return toMat(image.convertToFormat(QImage::Format_RGB888));
}

QImage CvAdapter::toImage(const cv::Mat &mat)
{
    if (mat.empty() || mat.dims != 2)
        return {};
    cv::Mat pixels;
    QImage::Format format = QImage::Format_Invalid;
    switch (mat.type()) {
    case CV_8UC1:
        pixels = mat;
        format = QImage::Format_Grayscale8;
        break;
    case CV_16UC1:
        pixels = mat;
        format = QImage::Format_Grayscale16;
        break;
    case CV_8UC3:
        cv::cvtColor(mat, pixels, cv::COLOR_BGR2RGB);
        format = QImage::Format_RGB888;
        break;
    case CV_8UC4:
        if constexpr (littleEndian) {
            pixels = mat;
            format = QImage::Format_ARGB32;
        } else {
            cv::cvtColor(mat, pixels, cv::COLOR_BGRA2RGBA);
            format = QImage::Format_RGBA8888;
        }
        break;
    case CV_16UC3:
        // The added alpha is the depth's maximum, as RGBX64 wants.
        cv::cvtColor(mat, pixels, cv::COLOR_BGR2RGBA);
        format = QImage::Format_RGBX64;
        break;
    case CV_16UC4:
        cv::cvtColor(mat, pixels, cv::COLOR_BGRA2RGBA);
        format = QImage::Format_RGBA64;
        break;
    default:
        return {};
    }
    if (!pixels.u) // foreign memory: its lifetime is not ours to extend
        pixels = pixels.clone();
    // The QImage holds a reference to the Mat's buffer; it is read-only, so writing to the
    // image detaches it rather than changing the Mat.
    auto *keep = new cv::Mat(pixels);
    return QImage(
        static_cast<const uchar *>(keep->data), keep->cols, keep->rows, qsizetype(keep->step[0]), format,
        [](void *m) { delete static_cast<cv::Mat *>(m); }, keep);
}

cv::Mat CvAdapter::windowTo8Bit(const cv::Mat &mat, double low, double high)
{
    if (high <= low)
        high = low + 1;
    const double scale = 255.0 / (high - low);
    cv::Mat out;
    mat.convertTo(out, CV_8U, scale, -low * scale);
    return out;
}

QImage CvAdapter::windowTo8Bit(const QImage &image, double low, double high)
{
    return toImage(windowTo8Bit(toMat(image, Sharing::ShareWhenPossible), low, high));
}

bool CvAdapter::is16Bit(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale16:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
        return true;
    default:
        return false;
    }
}

} // namespace rwb::image
