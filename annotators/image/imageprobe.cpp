#include "imageprobe.h"

#include <QCoreApplication>
#include <QImageReader>

namespace rwb::image {

namespace {
int bitDepthOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale16:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
        return 16;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        return 1;
    case QImage::Format_Invalid:
        return 0;
    default:
        return 8;
    }
}

int channelsOf(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Indexed8:
        return 1;
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA64:
        return 4;
    default:
        return 3;
    }
}
} // namespace

QStringList ImageProbe::suffixes() const
{
    return { QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp"),
        QStringLiteral("tif"), QStringLiteral("tiff") };
}

project::ProbeResult ImageProbe::probe(const QString &path) const
{
    project::ProbeResult r;
    r.kind = project::AssetKind::Image;
    QImageReader reader(path);
    reader.setAutoTransform(false);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid()) {
        r.error = QCoreApplication::translate("rwb::image::ImageProbe", "not a readable image (%1)")
                      .arg(reader.errorString());
        return r;
    }
    r.width = size.width();
    r.height = size.height();
    const QImage::Format format = reader.imageFormat();
    r.bitDepth = bitDepthOf(format);
    r.channels = channelsOf(format);
    const int pages = reader.imageCount();
    r.pages = pages > 1 ? pages : 1;
    r.mediaType = QStringLiteral("image/") + QString::fromLatin1(reader.format());
    return r;
}

} // namespace rwb::image
