#include "qtrasterreader.h"

#include <QImageReader>

#include <cstring>

namespace rwb::image {

QtRasterReader::QtRasterReader(const QString &path)
    : RasterReader(path)
{ }

std::unique_ptr<QtRasterReader> QtRasterReader::open(const QString &path, QString *error)
{
    QImageReader source(path);
    source.setAutoTransform(false);
    if (!source.canRead()) {
        *error = fileError(path, tr("unsupported image format or damaged file"));
        return nullptr;
    }
    const QSize size = source.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels) {
        *error = fileError(path,
            tr("%1 × %2 pixels is too large for a %3 image; convert it to TIFF or PNG")
                .arg(size.width())
                .arg(size.height())
                .arg(QString::fromLatin1(source.format()).toUpper()));
        return nullptr;
    }
    const QString formatName = QString::fromLatin1(source.format()).toUpper();
    QImage image = source.read();
    if (image.isNull()) {
        *error = fileError(path, tr("the image cannot be decoded (%1)").arg(source.errorString()));
        return nullptr;
    }

    RasterInfo info;
    info.size = image.size();
    info.formatName = formatName;
    const bool deep = image.depth() > 32 || image.format() == QImage::Format_Grayscale16;
    info.bitsPerSample = deep ? 16 : 8;
    info.channels = image.hasAlphaChannel() ? 4 : image.isGrayscale() ? 1 : 3;
    image.convertTo(info.pixelFormat());

    std::unique_ptr<QtRasterReader> reader(new QtRasterReader(path));
    reader->setInfo(info);
    reader->m_image = image;
    return reader;
}

bool QtRasterReader::decodeRows(int y, QImage *rows, QString *)
{
    const size_t bytes = size_t(m_image.width()) * size_t(info().bytesPerPixel());
    for (int i = 0; i < rows->height(); ++i)
        std::memcpy(rows->scanLine(i), m_image.constScanLine(y + i), bytes);
    if (y + rows->height() >= m_image.height())
        m_image = QImage();
    return true;
}

} // namespace rwb::image
