#include "perceptualhash.h"

#include "image/cvadapter.h"

#include <QImageReader>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <bit>

namespace rwb::evaluation {

std::optional<quint64> PerceptualHash::compute(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat mat = image::CvAdapter::toMat(grey, image::CvAdapter::Sharing::ShareWhenPossible);
    cv::Mat small;
    cv::resize(mat, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    cv::Mat f;
    small.convertTo(f, CV_32F);
    cv::Mat freq;
    cv::dct(f, freq);
    std::array<float, 64> low {};
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            low[size_t(y * 8 + x)] = freq.at<float>(y, x);
    // The DC term says only how bright the image is; leave it out of the median.
    std::array<float, 63> rest {};
    std::copy(low.begin() + 1, low.end(), rest.begin());
    std::nth_element(rest.begin(), rest.begin() + 31, rest.end());
    const float median = rest[31];
    quint64 hash = 0;
    for (int i = 0; i < 64; ++i) {
        if (low[size_t(i)] > median)
            hash |= quint64(1) << i;
    }
    return hash;
}

std::optional<quint64> PerceptualHash::computeFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    // Decoding at a few hundred pixels is plenty for a 32×32 hash and much faster on big files.
    if (size.isValid() && size.width() > 512 && reader.supportsOption(QImageIOHandler::ScaledSize))
        reader.setScaledSize(size.scaled(256, 256, Qt::KeepAspectRatio));
    return compute(reader.read());
}

int PerceptualHash::distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

} // namespace rwb::evaluation
