#pragma once

#include "rasterreader.h"

#include <vector>

struct tiff;

namespace rwb::image {

/// TIFF through libtiff: one page (directory) of 8/16-bit gray, RGB or RGBA with contiguous
/// samples. Strip images are read strip by strip (scanline by scanline when a single strip is
/// huge), tiled images one row of tiles at a time, so memory stays at one strip or tile row.
class TiffReader : public RasterReader
{
    Q_DECLARE_TR_FUNCTIONS(rwb::image::TiffReader)
public:
    /// Strips larger than this are read scanline by scanline.
    static constexpr qint64 MaxStripBytes = qint64(64) * 1024 * 1024;

    static std::unique_ptr<TiffReader> open(const QString &path, int page, QString *error);
    ~TiffReader() override;

    qint64 bufferBytes() const override { return qint64(m_buffer.capacity() + m_tile.capacity()); }

protected:
    bool decodeRows(int y, QImage *rows, QString *error) override;

private:
    explicit TiffReader(const QString &path);
    bool readHeader(int page, QString *error);
    /// Loads the strip, scanline or tile row holding `row` into m_buffer.
    bool loadRow(int row, QString *error);
    QString libraryMessage() const;

    tiff *m_tiff = nullptr;
    QString m_libraryError; ///< the last message of libtiff's error handler
    int m_samples = 1;
    int m_bytesPerSample = 1;
    bool m_minIsWhite = false;
    bool m_scanlines = false;
    int m_rowsPerStrip = 0;
    std::vector<unsigned char> m_buffer; ///< rows [m_bufferRow, m_bufferRow + m_bufferRows), packed
    std::vector<unsigned char> m_tile;
    int m_bufferRow = -1;
    int m_bufferRows = 0;
};

} // namespace rwb::image
