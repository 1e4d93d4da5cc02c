#include "rasterinfo.h"

namespace rwb::image {

QImage::Format RasterInfo::pixelFormat() const
{
    if (bitsPerSample == 16) {
        switch (channels) {
        case 1:
            return QImage::Format_Grayscale16;
        case 3:
            return QImage::Format_RGBX64;
        case 4:
            return QImage::Format_RGBA64;
        default:
            return QImage::Format_Invalid;
        }
    }
    switch (channels) {
    case 1:
        return QImage::Format_Grayscale8;
    case 3:
        return QImage::Format_RGB888;
    case 4:
        return QImage::Format_RGBA8888;
    default:
        return QImage::Format_Invalid;
    }
}

int RasterInfo::bytesPerPixel() const
{
    if (bitsPerSample == 16)
        return channels == 1 ? 2 : 8;
    return channels;
}

qint64 RasterInfo::decodedBytes() const
{
    return qint64(size.width()) * size.height() * bytesPerPixel();
}

} // namespace rwb::image
