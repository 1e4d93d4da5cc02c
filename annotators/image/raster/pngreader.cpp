#include "pngreader.h"

#include <QFile>
#include <QSysInfo>

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include <png.h>

namespace rwb::image {

/// libpng state. Plain C data only: errors leave libpng by longjmp (see below).
struct PngDecoder
{
    png_structp png = nullptr;
    png_infop info = nullptr;
    std::FILE *file = nullptr;
    char message[256] = {};

    ~PngDecoder()
    {
        if (png)
            png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        if (file)
            std::fclose(file);
    }
};

namespace {

void errorHandler(png_structp png, png_const_charp message)
{
    auto *d = static_cast<PngDecoder *>(png_get_error_ptr(png));
    qstrncpy(d->message, message, sizeof d->message);
    png_longjmp(png, 1);
}

void warningHandler(png_structp, png_const_charp) { }

// The functions holding setjmp keep no C++ objects with destructors on their frames, so the
// longjmp out of libpng (plain C frames) skips nothing that needed cleaning up.

bool readHeader(PngDecoder *d)
{
    if (setjmp(png_jmpbuf(d->png)))
        return false;
    png_init_io(d->png, d->file);
    png_set_user_limits(d->png, RasterReader::MaxSide, RasterReader::MaxSide);
    png_read_info(d->png, d->info);
    return true;
}

/// Sets the expansions to the reader's pixel formats; returns the number of passes.
bool configure(PngDecoder *d, int *passes)
{
    if (setjmp(png_jmpbuf(d->png)))
        return false;
    const int colorType = png_get_color_type(d->png, d->info);
    const int depth = png_get_bit_depth(d->png, d->info);
    const bool transparency = png_get_valid(d->png, d->info, PNG_INFO_tRNS) != 0;
    if (colorType == PNG_COLOR_TYPE_PALETTE)
        png_set_palette_to_rgb(d->png);
    if (colorType == PNG_COLOR_TYPE_GRAY && depth < 8)
        png_set_expand_gray_1_2_4_to_8(d->png);
    if (transparency)
        png_set_tRNS_to_alpha(d->png);
    if (colorType == PNG_COLOR_TYPE_GRAY_ALPHA || (colorType == PNG_COLOR_TYPE_GRAY && transparency))
        png_set_gray_to_rgb(d->png);
    if (depth == 16 && QSysInfo::ByteOrder == QSysInfo::LittleEndian)
        png_set_swap(d->png);
    if (depth == 16 && colorType == PNG_COLOR_TYPE_RGB && !transparency)
        png_set_filler(d->png, 0xFFFF, PNG_FILLER_AFTER);
    *passes = png_set_interlace_handling(d->png);
    png_read_update_info(d->png, d->info);
    return true;
}

bool readPngRows(PngDecoder *d, png_bytepp rows, png_uint_32 count)
{
    if (setjmp(png_jmpbuf(d->png)))
        return false;
    png_read_rows(d->png, rows, nullptr, count);
    return true;
}

} // namespace

PngReader::PngReader(const QString &path)
    : RasterReader(path)
{ }

PngReader::~PngReader() = default;

std::unique_ptr<PngReader> PngReader::open(const QString &path, QString *error)
{
    std::unique_ptr<PngReader> reader(new PngReader(path));
    auto d = std::make_unique<PngDecoder>();
    d->file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!d->file) {
        *error = fileError(path, tr("the file cannot be opened"));
        return nullptr;
    }
    d->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, d.get(), errorHandler, warningHandler);
    if (d->png)
        d->info = png_create_info_struct(d->png);
    if (!d->png || !d->info) {
        *error = fileError(path, tr("not enough memory to start the PNG decoder"));
        return nullptr;
    }
    if (!readHeader(d.get()) || !configure(d.get(), &reader->m_passes)) {
        *error = fileError(path, tr("damaged PNG header (%1)").arg(QString::fromLocal8Bit(d->message)));
        return nullptr;
    }

    RasterInfo info;
    info.size = QSize(int(png_get_image_width(d->png, d->info)), int(png_get_image_height(d->png, d->info)));
    info.bitsPerSample = png_get_bit_depth(d->png, d->info);
    const int channels = png_get_channels(d->png, d->info);
    const bool filler
        = info.bitsPerSample == 16 && channels == 4 && png_get_color_type(d->png, d->info) == PNG_COLOR_TYPE_RGB;
    info.channels = filler ? 3 : channels;
    info.formatName = QStringLiteral("PNG");
    reader->setInfo(info);
    if (info.pixelFormat() == QImage::Format_Invalid
        || png_get_rowbytes(d->png, d->info) != size_t(info.size.width()) * size_t(info.bytesPerPixel())) {
        *error = fileError(
            path, tr("unsupported PNG layout (%1 channels of %2 bits)").arg(channels).arg(info.bitsPerSample));
        return nullptr;
    }
    if (reader->m_passes > 1 && info.decodedBytes() > MaxInterlacedBytes) {
        *error = fileError(path,
            tr("interlaced PNG images larger than %1 MB cannot be streamed; save it without "
               "interlacing")
                .arg(MaxInterlacedBytes / (1024 * 1024)));
        return nullptr;
    }
    reader->m_decoder = std::move(d);
    return reader;
}

bool PngReader::decodeInterlaced(QString *error)
{
    m_whole = QImage(info().size, info().pixelFormat());
    if (m_whole.isNull()) {
        *error = fileError(tr("not enough memory to decode the interlaced image"));
        return false;
    }
    std::vector<png_bytep> pointers(size_t(m_whole.height()));
    for (int y = 0; y < m_whole.height(); ++y)
        pointers[size_t(y)] = m_whole.scanLine(y);
    for (int pass = 0; pass < m_passes; ++pass) {
        if (!readPngRows(m_decoder.get(), pointers.data(), png_uint_32(pointers.size()))) {
            m_whole = QImage();
            *error
                = fileError(tr("damaged or truncated PNG data (%1)").arg(QString::fromLocal8Bit(m_decoder->message)));
            return false;
        }
    }
    return true;
}

bool PngReader::decodeRows(int y, QImage *rows, QString *error)
{
    if (m_passes > 1) {
        if (m_whole.isNull() && !decodeInterlaced(error))
            return false;
        const qsizetype bytes = qsizetype(info().size.width()) * info().bytesPerPixel();
        for (int i = 0; i < rows->height(); ++i)
            std::memcpy(rows->scanLine(i), m_whole.constScanLine(y + i), size_t(bytes));
        if (y + rows->height() >= info().size.height())
            m_whole = QImage();
        return true;
    }
    constexpr int Batch = 16;
    png_bytep pointers[Batch];
    for (int done = 0; done < rows->height(); done += Batch) {
        const int n = std::min(Batch, rows->height() - done);
        for (int i = 0; i < n; ++i)
            pointers[i] = rows->scanLine(done + i);
        if (!readPngRows(m_decoder.get(), pointers, png_uint_32(n))) {
            *error = fileError(tr("damaged or truncated PNG data near row %1 (%2)")
                                   .arg(y + done)
                                   .arg(QString::fromLocal8Bit(m_decoder->message)));
            return false;
        }
    }
    return true;
}

} // namespace rwb::image
