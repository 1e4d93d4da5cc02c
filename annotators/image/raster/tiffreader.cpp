#include "tiffreader.h"

#include <QFile>

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include <tiffio.h>

namespace rwb::image {

namespace {

int errorHandler(TIFF *, void *userData, const char *module, const char *format, va_list args)
{
    char text[512];
    std::vsnprintf(text, sizeof text, format, args);
    auto *sink = static_cast<QString *>(userData);
    *sink = module && *module
        ? QStringLiteral("%1: %2").arg(QString::fromLocal8Bit(module), QString::fromLocal8Bit(text))
        : QString::fromLocal8Bit(text);
    return 1;
}

int warningHandler(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

/// Copies one packed row of the file into a row of the reader's pixel format.
void convertRow(
    const unsigned char *src, unsigned char *dst, int width, int samples, int bytesPerSample, bool minIsWhite)
{
    if (bytesPerSample == 2) {
        const auto *in = reinterpret_cast<const quint16 *>(src);
        auto *out = reinterpret_cast<quint16 *>(dst);
        if (samples == 3) {
            // RGB48 → RGBX64, the nearest QImage format that keeps 16 bits.
            for (int x = 0; x < width; ++x) {
                out[4 * x] = in[3 * x];
                out[4 * x + 1] = in[3 * x + 1];
                out[4 * x + 2] = in[3 * x + 2];
                out[4 * x + 3] = 0xFFFF;
            }
        } else if (minIsWhite) {
            for (int x = 0; x < width; ++x)
                out[x] = quint16(0xFFFF - in[x]);
        } else {
            std::memcpy(dst, src, size_t(width) * size_t(samples) * 2);
        }
        return;
    }
    if (minIsWhite) {
        for (int x = 0; x < width; ++x)
            dst[x] = static_cast<unsigned char>(0xFF - src[x]);
    } else {
        std::memcpy(dst, src, size_t(width) * size_t(samples));
    }
}

} // namespace

TiffReader::TiffReader(const QString &path)
    : RasterReader(path)
{ }

TiffReader::~TiffReader()
{
    if (m_tiff)
        TIFFClose(m_tiff);
}

QString TiffReader::libraryMessage() const
{
    return m_libraryError.isEmpty() ? tr("unknown libtiff error") : m_libraryError;
}

std::unique_ptr<TiffReader> TiffReader::open(const QString &path, int page, QString *error)
{
    std::unique_ptr<TiffReader> reader(new TiffReader(path));
    TIFFOpenOptions *options = TIFFOpenOptionsAlloc();
    TIFFOpenOptionsSetErrorHandlerExtR(options, errorHandler, &reader->m_libraryError);
    TIFFOpenOptionsSetWarningHandlerExtR(options, warningHandler, nullptr);
    TIFFOpenOptionsSetMaxSingleMemAlloc(options, tmsize_t(512) * 1024 * 1024);
    // "m": plain reads instead of mapping the whole file, so memory stays bounded.
    reader->m_tiff = TIFFOpenExt(QFile::encodeName(path).constData(), "rm", options);
    TIFFOpenOptionsFree(options);
    if (!reader->m_tiff) {
        *error = fileError(path, tr("damaged TIFF header (%1)").arg(reader->libraryMessage()));
        return nullptr;
    }
    if (!reader->readHeader(page, error))
        return nullptr;
    return reader;
}

bool TiffReader::readHeader(int page, QString *error)
{
    RasterInfo info;
    info.formatName = QStringLiteral("TIFF");
    info.pageCount = std::max(1, int(TIFFNumberOfDirectories(m_tiff)));
    if (page < 0 || page >= info.pageCount || !TIFFSetDirectory(m_tiff, tdir_t(page))) {
        *error
            = fileError(tr("page %1 does not exist (the image has %n page(s))", nullptr, info.pageCount).arg(page + 1));
        return false;
    }
    info.page = page;

    uint32_t width = 0;
    uint32_t height = 0;
    uint16_t bits = 0;
    uint16_t samples = 0;
    uint16_t sampleFormat = SAMPLEFORMAT_UINT;
    uint16_t planar = PLANARCONFIG_CONTIG;
    uint16_t photometric = 0;
    uint16_t compression = COMPRESSION_NONE;
    TIFFGetField(m_tiff, TIFFTAG_IMAGEWIDTH, &width);
    TIFFGetField(m_tiff, TIFFTAG_IMAGELENGTH, &height);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_BITSPERSAMPLE, &bits);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_SAMPLESPERPIXEL, &samples);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_SAMPLEFORMAT, &sampleFormat);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_PLANARCONFIG, &planar);
    TIFFGetFieldDefaulted(m_tiff, TIFFTAG_COMPRESSION, &compression);
    if (!TIFFGetField(m_tiff, TIFFTAG_PHOTOMETRIC, &photometric))
        photometric = samples >= 3 ? PHOTOMETRIC_RGB : PHOTOMETRIC_MINISBLACK;

    info.size = QSize(int(std::min<uint32_t>(width, MaxSide + 1)), int(std::min<uint32_t>(height, MaxSide + 1)));
    info.bitsPerSample = bits;
    info.channels = samples;
    if (bits != 8 && bits != 16) {
        *error = fileError(tr("%1 bits per sample are not supported (only 8 and 16)").arg(bits));
        return false;
    }
    if (sampleFormat != SAMPLEFORMAT_UINT) {
        *error = fileError(tr("floating-point and signed samples are not supported"));
        return false;
    }
    if (samples != 1 && samples != 3 && samples != 4) {
        *error = fileError(tr("%1 samples per pixel are not supported (only 1, 3 and 4)").arg(samples));
        return false;
    }
    if (samples > 1 && planar != PLANARCONFIG_CONTIG) {
        *error = fileError(tr("separate colour planes are not supported"));
        return false;
    }
    if (photometric == PHOTOMETRIC_YCBCR && compression == COMPRESSION_JPEG && bits == 8) {
        TIFFSetField(m_tiff, TIFFTAG_JPEGCOLORMODE, JPEGCOLORMODE_RGB);
        photometric = PHOTOMETRIC_RGB;
    }
    const bool gray = samples == 1 && (photometric == PHOTOMETRIC_MINISBLACK || photometric == PHOTOMETRIC_MINISWHITE);
    const bool rgb = samples >= 3 && photometric == PHOTOMETRIC_RGB;
    if (!gray && !rgb) {
        *error = fileError(
            tr("photometric interpretation %1 with %2 samples is not supported").arg(photometric).arg(samples));
        return false;
    }
    m_samples = samples;
    m_bytesPerSample = bits / 8;
    m_minIsWhite = photometric == PHOTOMETRIC_MINISWHITE;

    if (TIFFIsTiled(m_tiff)) {
        uint32_t tileWidth = 0;
        uint32_t tileHeight = 0;
        TIFFGetField(m_tiff, TIFFTAG_TILEWIDTH, &tileWidth);
        TIFFGetField(m_tiff, TIFFTAG_TILELENGTH, &tileHeight);
        if (tileWidth == 0 || tileHeight == 0 || tileWidth > 65536 || tileHeight > 65536) {
            *error = fileError(tr("invalid tile size %1 × %2").arg(tileWidth).arg(tileHeight));
            return false;
        }
        info.tiled = true;
        info.tileSize = QSize(int(tileWidth), int(tileHeight));
    } else {
        uint32_t rowsPerStrip = 0;
        TIFFGetFieldDefaulted(m_tiff, TIFFTAG_ROWSPERSTRIP, &rowsPerStrip);
        m_rowsPerStrip = int(std::clamp<uint32_t>(rowsPerStrip, 1, height ? height : 1));
        m_scanlines = qint64(TIFFScanlineSize64(m_tiff)) * m_rowsPerStrip > MaxStripBytes;
    }
    setInfo(info);
    return true;
}

bool TiffReader::loadRow(int row, QString *error)
{
    if (row >= m_bufferRow && row < m_bufferRow + m_bufferRows)
        return true;
    const RasterInfo &in = info();
    const qint64 fileRowBytes = qint64(in.size.width()) * m_samples * m_bytesPerSample;
    m_libraryError.clear();
    if (in.tiled) {
        const int tileWidth = in.tileSize.width();
        const int tileHeight = in.tileSize.height();
        const int firstRow = row / tileHeight * tileHeight;
        const int rows = std::min(tileHeight, in.size.height() - firstRow);
        const qint64 tileRowBytes = qint64(tileWidth) * m_samples * m_bytesPerSample;
        m_buffer.resize(size_t(fileRowBytes * rows));
        m_tile.resize(size_t(TIFFTileSize64(m_tiff)));
        for (int x = 0; x < in.size.width(); x += tileWidth) {
            const ttile_t tile = TIFFComputeTile(m_tiff, uint32_t(x), uint32_t(firstRow), 0, 0);
            if (TIFFReadEncodedTile(m_tiff, tile, m_tile.data(), tmsize_t(m_tile.size())) < 0) {
                m_bufferRows = 0;
                *error = fileError(tr("damaged TIFF tile at %1, %2 (%3)").arg(x).arg(firstRow).arg(libraryMessage()));
                return false;
            }
            const qint64 bytes = qint64(std::min(tileWidth, in.size.width() - x)) * m_samples * m_bytesPerSample;
            const qint64 offset = qint64(x) * m_samples * m_bytesPerSample;
            for (int r = 0; r < rows; ++r)
                std::memcpy(
                    m_buffer.data() + r * fileRowBytes + offset, m_tile.data() + r * tileRowBytes, size_t(bytes));
        }
        m_bufferRow = firstRow;
        m_bufferRows = rows;
        return true;
    }
    if (m_scanlines) {
        m_buffer.resize(size_t(std::max<qint64>(TIFFScanlineSize64(m_tiff), fileRowBytes)));
        if (TIFFReadScanline(m_tiff, m_buffer.data(), uint32_t(row), 0) < 0) {
            m_bufferRows = 0;
            *error = fileError(tr("damaged TIFF data at row %1 (%2)").arg(row).arg(libraryMessage()));
            return false;
        }
        m_bufferRow = row;
        m_bufferRows = 1;
        return true;
    }
    const int strip = row / m_rowsPerStrip;
    const int firstRow = strip * m_rowsPerStrip;
    const int rows = std::min(m_rowsPerStrip, in.size.height() - firstRow);
    m_buffer.resize(size_t(std::max<qint64>(TIFFStripSize64(m_tiff), fileRowBytes * rows)));
    const tmsize_t read = TIFFReadEncodedStrip(m_tiff, tstrip_t(strip), m_buffer.data(), tmsize_t(m_buffer.size()));
    if (read < fileRowBytes * rows) {
        m_bufferRows = 0;
        *error = read < 0 ? fileError(tr("damaged TIFF strip at row %1 (%2)").arg(firstRow).arg(libraryMessage()))
                          : fileError(tr("truncated TIFF strip at row %1").arg(firstRow));
        return false;
    }
    m_bufferRow = firstRow;
    m_bufferRows = rows;
    return true;
}

bool TiffReader::decodeRows(int y, QImage *rows, QString *error)
{
    const int width = info().size.width();
    const qint64 fileRowBytes = qint64(width) * m_samples * m_bytesPerSample;
    for (int i = 0; i < rows->height(); ++i) {
        const int row = y + i;
        if (!loadRow(row, error))
            return false;
        const unsigned char *src = m_buffer.data() + (row - m_bufferRow) * fileRowBytes;
        convertRow(src, rows->scanLine(i), width, m_samples, m_bytesPerSample, m_minIsWhite);
    }
    return true;
}

} // namespace rwb::image
