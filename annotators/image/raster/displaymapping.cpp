#include "displaymapping.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace rwb::image {

namespace {

template<typename T>
void countSamples(const QImage &image, int samplesPerPixel, int colourSamples, std::vector<qint64> *histogram)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const T *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            for (int c = 0; c < colourSamples; ++c)
                ++(*histogram)[row[x * samplesPerPixel + c]];
        }
    }
}

double percentile(const std::vector<qint64> &histogram, qint64 total, double percent)
{
    const double wanted = std::clamp(percent, 0.0, 100.0) / 100.0 * double(total);
    qint64 sum = 0;
    for (size_t value = 0; value < histogram.size(); ++value) {
        sum += histogram[value];
        if (double(sum) >= wanted && sum > 0)
            return double(value);
    }
    return double(histogram.size() - 1);
}

} // namespace

DisplayMapping DisplayMapping::identity(int bitsPerSample)
{
    DisplayMapping mapping;
    mapping.high = bitsPerSample > 8 ? 65535 : 255;
    return mapping;
}

DisplayMapping DisplayMapping::autoLevels(const QImage &sample, double lowPercent, double highPercent)
{
    const bool deep = sample.depth() == 16 || sample.depth() == 64;
    DisplayMapping mapping = identity(deep ? 16 : 8);
    std::vector<qint64> histogram(deep ? 65536 : 256, 0);
    switch (sample.format()) {
    case QImage::Format_Grayscale8:
        countSamples<quint8>(sample, 1, 1, &histogram);
        break;
    case QImage::Format_Grayscale16:
        countSamples<quint16>(sample, 1, 1, &histogram);
        break;
    case QImage::Format_RGB888:
        countSamples<quint8>(sample, 3, 3, &histogram);
        break;
    case QImage::Format_RGBA8888:
        countSamples<quint8>(sample, 4, 3, &histogram);
        break;
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
        countSamples<quint16>(sample, 4, 3, &histogram);
        break;
    default:
        return mapping;
    }
    qint64 total = 0;
    for (qint64 count : histogram)
        total += count;
    if (total == 0)
        return mapping;
    mapping.low = percentile(histogram, total, lowPercent);
    mapping.high = std::max(percentile(histogram, total, highPercent), mapping.low + 1);
    return mapping;
}

double DisplayMapping::apply(double value) const
{
    const double range = std::max(high - low, 1e-9);
    double t = std::clamp((value - low) / range, 0.0, 1.0);
    if (gamma > 0 && gamma != 1.0)
        t = std::pow(t, 1.0 / gamma);
    return invert ? 1.0 - t : t;
}

} // namespace rwb::image
