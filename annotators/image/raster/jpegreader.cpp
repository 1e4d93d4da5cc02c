#include "jpegreader.h"

#include <QFile>

#include <algorithm>
#include <csetjmp>
#include <cstdio>

#include <jerror.h>
#include <jpeglib.h>

namespace rwb::image {

/// libjpeg state. Plain C data only: errors leave libjpeg by longjmp (see below).
struct JpegDecoder
{
    struct ErrorManager
    {
        jpeg_error_mgr pub;
        std::jmp_buf jump;
        char message[JMSG_LENGTH_MAX];
    };

    jpeg_decompress_struct cinfo {};
    ErrorManager err {};
    std::FILE *file = nullptr;
    bool created = false;

    ~JpegDecoder()
    {
        if (created)
            jpeg_destroy_decompress(&cinfo);
        if (file)
            std::fclose(file);
    }
};

namespace {

/// libjpeg's own memory for one decoder; progressive files keep all coefficients, and a huge
/// one fails cleanly ("Insufficient memory") instead of taking the machine's memory.
constexpr long MaxDecoderMemory = 1024L * 1024 * 1024;
constexpr int PreviewDenominator = 8;

void errorExit(j_common_ptr cinfo)
{
    auto *err = reinterpret_cast<JpegDecoder::ErrorManager *>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, err->message);
    std::longjmp(err->jump, 1);
}

void emitMessage(j_common_ptr cinfo, int level)
{
    // libjpeg reports a truncated file only as a warning and pads with gray rows; here it is
    // the error it is. Other warnings (extraneous bytes, …) are harmless and stay quiet.
    if (level < 0 && cinfo->err->msg_code == JWRN_JPEG_EOF)
        errorExit(cinfo);
}

// The functions holding setjmp keep no C++ objects with destructors on their frames, so the
// longjmp out of libjpeg (plain C frames) skips nothing that needed cleaning up.

bool beginDecoder(JpegDecoder *d)
{
    if (setjmp(d->err.jump))
        return false;
    jpeg_create_decompress(&d->cinfo);
    d->created = true;
    d->cinfo.mem->max_memory_to_use = MaxDecoderMemory;
    jpeg_stdio_src(&d->cinfo, d->file);
    jpeg_read_header(&d->cinfo, TRUE);
    return true;
}

bool startDecoder(JpegDecoder *d)
{
    if (setjmp(d->err.jump))
        return false;
    jpeg_start_decompress(&d->cinfo);
    return true;
}

bool readScanlines(JpegDecoder *d, JSAMPARRAY rows, JDIMENSION count, JDIMENSION *read)
{
    if (setjmp(d->err.jump))
        return false;
    *read = jpeg_read_scanlines(&d->cinfo, rows, count);
    return true;
}

QString decoderMessage(const JpegDecoder &d)
{
    return QString::fromLocal8Bit(d.err.message);
}

/// Opens `path` and reads its header; null with `error` set on failure.
std::unique_ptr<JpegDecoder> openDecoder(const QString &path, QString *error)
{
    auto d = std::make_unique<JpegDecoder>();
    d->cinfo.err = jpeg_std_error(&d->err.pub);
    d->err.pub.error_exit = errorExit;
    d->err.pub.emit_message = emitMessage;
    d->file = std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!d->file) {
        *error = RasterReader::fileError(path, JpegReader::tr("the file cannot be opened"));
        return nullptr;
    }
    if (!beginDecoder(d.get())) {
        *error = RasterReader::fileError(path, JpegReader::tr("damaged JPEG header (%1)").arg(decoderMessage(*d)));
        return nullptr;
    }
    switch (d->cinfo.jpeg_color_space) {
    case JCS_GRAYSCALE:
        d->cinfo.out_color_space = JCS_GRAYSCALE;
        break;
    case JCS_YCbCr:
    case JCS_RGB:
        d->cinfo.out_color_space = JCS_RGB;
        break;
    default:
        *error = RasterReader::fileError(path, JpegReader::tr("CMYK and YCCK JPEG images are not supported"));
        return nullptr;
    }
    return d;
}

/// Reads the next image->height() rows of a started decoder into `image`.
bool readInto(JpegDecoder *d, QImage *image)
{
    constexpr int Batch = 16;
    JSAMPROW pointers[Batch];
    int done = 0;
    const int count = image->height();
    while (done < count) {
        const int n = std::min(Batch, count - done);
        for (int i = 0; i < n; ++i)
            pointers[i] = image->scanLine(done + i);
        JDIMENSION read = 0;
        if (!readScanlines(d, pointers, JDIMENSION(n), &read))
            return false;
        if (read == 0) {
            qstrncpy(d->err.message, "no more scanlines", sizeof d->err.message);
            return false;
        }
        done += int(read);
    }
    return true;
}

} // namespace

JpegReader::JpegReader(const QString &path)
    : RasterReader(path)
{ }

JpegReader::~JpegReader() = default;

std::unique_ptr<JpegReader> JpegReader::open(const QString &path, QString *error)
{
    std::unique_ptr<JpegReader> reader(new JpegReader(path));
    reader->m_decoder = openDecoder(path, error);
    if (!reader->m_decoder)
        return nullptr;
    const jpeg_decompress_struct &cinfo = reader->m_decoder->cinfo;
    RasterInfo info;
    info.size = QSize(int(std::min<JDIMENSION>(cinfo.image_width, MaxSide + 1)),
        int(std::min<JDIMENSION>(cinfo.image_height, MaxSide + 1)));
    info.channels = cinfo.out_color_space == JCS_GRAYSCALE ? 1 : 3;
    info.bitsPerSample = 8;
    info.formatName = QStringLiteral("JPEG");
    reader->setInfo(info);
    return reader;
}

bool JpegReader::decodeRows(int y, QImage *rows, QString *error)
{
    if (!m_started) {
        if (!startDecoder(m_decoder.get())) {
            *error = fileError(tr("damaged JPEG data (%1)").arg(decoderMessage(*m_decoder)));
            return false;
        }
        m_started = true;
    }
    if (int(m_decoder->cinfo.output_scanline) != y) {
        *error = fileError(tr("rows were requested out of order"));
        return false;
    }
    // Decode into the rows directly: RGB888 and Grayscale8 scanlines are libjpeg's layout.
    if (!readInto(m_decoder.get(), rows)) {
        *error = fileError(tr("damaged or truncated JPEG data near row %1 (%2)")
                               .arg(m_decoder->cinfo.output_scanline)
                               .arg(decoderMessage(*m_decoder)));
        return false;
    }
    return true;
}

bool JpegReader::readPreview(QImage *preview, QString *error)
{
    *preview = QImage();
    std::unique_ptr<JpegDecoder> d = openDecoder(path(), error);
    if (!d)
        return false;
    // Speed over quality: the preview is replaced by pyramid tiles as they are built.
    d->cinfo.scale_num = 1;
    d->cinfo.scale_denom = PreviewDenominator;
    d->cinfo.dct_method = JDCT_IFAST;
    d->cinfo.do_fancy_upsampling = FALSE;
    d->cinfo.do_block_smoothing = FALSE;
    if (!startDecoder(d.get())) {
        *error = fileError(tr("damaged JPEG data (%1)").arg(decoderMessage(*d)));
        return false;
    }
    QImage image(int(d->cinfo.output_width), int(d->cinfo.output_height), info().pixelFormat());
    if (image.isNull()) {
        *error = fileError(tr("not enough memory for the preview"));
        return false;
    }
    if (!readInto(d.get(), &image)) {
        *error = fileError(tr("damaged or truncated JPEG data (%1)").arg(decoderMessage(*d)));
        return false;
    }
    *preview = image;
    return true;
}

} // namespace rwb::image
