#pragma once

#include "rasterreader.h"

namespace rwb::image {

struct PngDecoder;

/// PNG through libpng, row by row: palettes and gray+alpha are expanded to RGB(A), low bit
/// depths to 8 bits, and 16-bit samples are kept (converted from PNG's big-endian to native
/// order). Interlaced images cannot be streamed and are decoded whole when small enough.
class PngReader : public RasterReader
{
    Q_DECLARE_TR_FUNCTIONS(rwb::image::PngReader)
public:
    /// Largest interlaced image decoded whole (bytes).
    static constexpr qint64 MaxInterlacedBytes = qint64(256) * 1024 * 1024;

    static std::unique_ptr<PngReader> open(const QString &path, QString *error);
    ~PngReader() override;

    qint64 bufferBytes() const override { return m_whole.sizeInBytes(); }

protected:
    bool decodeRows(int y, QImage *rows, QString *error) override;

private:
    explicit PngReader(const QString &path);
    bool decodeInterlaced(QString *error);

    std::unique_ptr<PngDecoder> m_decoder;
    int m_passes = 1;
    QImage m_whole; ///< the decoded image when interlaced
};

} // namespace rwb::image
