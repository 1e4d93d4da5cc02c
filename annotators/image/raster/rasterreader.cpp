#include "rasterreader.h"

#include "jpegreader.h"
#include "pngreader.h"
#include "qtrasterreader.h"
#include "tiffreader.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace rwb::image {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}
} // namespace

RasterReader::RasterReader(const QString &path)
    : m_path(path)
{ }

RasterReader::~RasterReader() = default;

QString RasterReader::fileError(const QString &path, const QString &problem)
{
    return tr("Cannot read image %1: %2").arg(QDir::toNativeSeparators(path), problem);
}

std::unique_ptr<RasterReader> RasterReader::open(const QString &path, int page, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        setError(error, fileError(path, tr("the file does not exist")));
        return nullptr;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, fileError(path, tr("the file cannot be opened (%1)").arg(file.errorString())));
        return nullptr;
    }
    const QByteArray head = file.read(8);
    file.close();
    if (head.size() < 4) {
        setError(error, fileError(path, tr("the file is empty or too short to be an image")));
        return nullptr;
    }

    std::unique_ptr<RasterReader> reader;
    const bool isTiff = head.startsWith("II*\0") || head.startsWith(QByteArray("MM\0*", 4))
        || head.startsWith(QByteArray("II+\0", 4)) || head.startsWith(QByteArray("MM\0+", 4));
    if (head.startsWith("\xFF\xD8\xFF"))
        reader = JpegReader::open(path, error);
    else if (head.startsWith("\x89PNG\r\n\x1A\n"))
        reader = PngReader::open(path, error);
    else if (isTiff)
        reader = TiffReader::open(path, page, error);
    else
        reader = QtRasterReader::open(path, error);
    if (!reader)
        return nullptr;

    const RasterInfo &info = reader->info();
    if (page != info.page) {
        setError(error,
            fileError(
                path, tr("page %1 does not exist (the image has %n page(s))", nullptr, info.pageCount).arg(page + 1)));
        return nullptr;
    }
    const QSize size = info.size;
    if (size.width() <= 0 || size.height() <= 0) {
        setError(error, fileError(path, tr("the image has no pixels")));
        return nullptr;
    }
    if (size.width() > MaxSide || size.height() > MaxSide || qint64(size.width()) * size.height() > MaxPixels) {
        setError(error,
            fileError(path,
                tr("%1 × %2 pixels is larger than the supported %3 megapixels")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(MaxPixels / 1000000)));
        return nullptr;
    }
    if (info.pixelFormat() == QImage::Format_Invalid) {
        setError(error,
            fileError(path, tr("%1 channels of %2 bits are not supported").arg(info.channels).arg(info.bitsPerSample)));
        return nullptr;
    }
    return reader;
}

bool RasterReader::readRows(int count, QImage *rows, QString *error)
{
    const int height = m_info.size.height();
    count = std::min(count, height - m_nextRow);
    if (count <= 0) {
        setError(error, fileError(tr("read past the last row")));
        return false;
    }
    const QImage::Format format = m_info.pixelFormat();
    if (rows->width() != m_info.size.width() || rows->height() != count || rows->format() != format) {
        *rows = QImage(m_info.size.width(), count, format);
        if (rows->isNull()) {
            setError(error, fileError(tr("not enough memory for %1 rows").arg(count)));
            return false;
        }
    }
    if (!decodeRows(m_nextRow, rows, error))
        return false;
    m_nextRow += count;
    return true;
}

bool RasterReader::readPreview(QImage *preview, QString *)
{
    *preview = QImage();
    return true;
}

} // namespace rwb::image
