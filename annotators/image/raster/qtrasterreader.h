#pragma once

#include "rasterreader.h"

namespace rwb::image {

/// Any other format Qt's image plugins read (BMP, GIF, WebP, …). These decode whole, so only
/// images up to MaxPixels are accepted; larger ones are refused with advice to convert.
class QtRasterReader : public RasterReader
{
    Q_DECLARE_TR_FUNCTIONS(rwb::image::QtRasterReader)
public:
    static constexpr qint64 MaxPixels = qint64(64) * 1000 * 1000;

    static std::unique_ptr<QtRasterReader> open(const QString &path, QString *error);

    qint64 bufferBytes() const override { return m_image.sizeInBytes(); }

protected:
    bool decodeRows(int y, QImage *rows, QString *error) override;

private:
    explicit QtRasterReader(const QString &path);

    QImage m_image;
};

} // namespace rwb::image
