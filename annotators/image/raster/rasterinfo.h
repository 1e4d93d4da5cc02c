#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace rwb::image {

/// What a raster file holds, read from its header only, so that decoding, caching and memory
/// can be planned before a single pixel is decoded.
struct RasterInfo
{
    QSize size;
    /// Channels as delivered by the readers: 1 (gray), 3 (RGB) or 4 (RGBA). Palettes are
    /// expanded to RGB(A), gray+alpha to RGBA.
    int channels = 0;
    int bitsPerSample = 8; ///< 8 or 16
    int page = 0; ///< the page (TIFF directory) this describes
    int pageCount = 1;
    bool tiled = false; ///< TIFF stored in tiles (then read tile by tile)
    QSize tileSize; ///< the TIFF tile size when tiled
    QString formatName; ///< "JPEG", "PNG", "TIFF", "BMP", …

    /// The QImage format the readers deliver pixels in: Grayscale8, Grayscale16, RGB888,
    /// RGBA8888 (not premultiplied), RGBX64 (16-bit RGB) or RGBA64 (16-bit RGBA).
    QImage::Format pixelFormat() const;
    int bytesPerPixel() const;
    /// Bytes of the whole image decoded at full resolution.
    qint64 decodedBytes() const;
};

} // namespace rwb::image
