#include "downsample.h"

#include <algorithm>

namespace rwb::image {

namespace {

template<typename T, int C> void halve(const QImage &source, int sourceRows, QImage *target, int targetRow)
{
    const int width = source.width();
    const int pairs = width / 2;
    const int targetRows = (sourceRows + 1) / 2;
    for (int y = 0; y < targetRows; ++y) {
        const auto *a = reinterpret_cast<const T *>(source.constScanLine(2 * y));
        const auto *b = reinterpret_cast<const T *>(source.constScanLine(std::min(2 * y + 1, sourceRows - 1)));
        auto *out = reinterpret_cast<T *>(target->scanLine(targetRow + y));
        for (int x = 0; x < pairs; ++x) {
            const int i = 2 * x * C;
            for (int c = 0; c < C; ++c) {
                const unsigned sum = unsigned(a[i + c]) + a[i + C + c] + b[i + c] + b[i + C + c];
                out[x * C + c] = T((sum + 2) >> 2);
            }
        }
        if (width % 2) {
            const int i = (width - 1) * C;
            for (int c = 0; c < C; ++c)
                out[pairs * C + c] = T((unsigned(a[i + c]) + b[i + c] + 1) >> 1);
        }
    }
}

} // namespace

QSize halvedSize(const QSize &size)
{
    return QSize((size.width() + 1) / 2, (size.height() + 1) / 2);
}

void downsampleInto(const QImage &source, int sourceRows, QImage *target, int targetRow)
{
    Q_ASSERT(source.format() == target->format());
    Q_ASSERT(target->width() == halvedSize(source.size()).width());
    Q_ASSERT(targetRow + (sourceRows + 1) / 2 <= target->height());
    switch (source.format()) {
    case QImage::Format_Grayscale8:
        halve<quint8, 1>(source, sourceRows, target, targetRow);
        break;
    case QImage::Format_Grayscale16:
        halve<quint16, 1>(source, sourceRows, target, targetRow);
        break;
    case QImage::Format_RGB888:
        halve<quint8, 3>(source, sourceRows, target, targetRow);
        break;
    case QImage::Format_RGBA8888:
        halve<quint8, 4>(source, sourceRows, target, targetRow);
        break;
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
        halve<quint16, 4>(source, sourceRows, target, targetRow);
        break;
    default:
        Q_ASSERT_X(false, "downsampleInto", "unsupported pixel format");
        break;
    }
}

QImage downsample(const QImage &source)
{
    QImage target(halvedSize(source.size()), source.format());
    if (!target.isNull())
        downsampleInto(source, source.height(), &target, 0);
    return target;
}

} // namespace rwb::image
