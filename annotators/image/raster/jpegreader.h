#pragma once

#include "rasterreader.h"

namespace rwb::image {

struct JpegDecoder;

/// JPEG through libjpeg-turbo: scanline streaming (gray or RGB; CMYK is refused) and a DCT
/// scaled 1/8 preview that costs a fraction of a full decode. A truncated file is an error,
/// not silently gray-padded rows.
class JpegReader : public RasterReader
{
    Q_DECLARE_TR_FUNCTIONS(rwb::image::JpegReader)
public:
    static std::unique_ptr<JpegReader> open(const QString &path, QString *error);
    ~JpegReader() override;

    bool readPreview(QImage *preview, QString *error) override;

protected:
    bool decodeRows(int y, QImage *rows, QString *error) override;

private:
    explicit JpegReader(const QString &path);

    std::unique_ptr<JpegDecoder> m_decoder;
    bool m_started = false;
};

} // namespace rwb::image
