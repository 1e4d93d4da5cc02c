#include "imagesource.h"

#include "downsample.h"
#include "pyramidbuildjob.h"
#include "rasterreader.h"
#include "tilepyramid.h"

#include <QMutexLocker>
#include <QTemporaryDir>

namespace rwb::image {

namespace {

static_assert(ImageSource::tileSize() == TilePyramid::TileSize);

quint64 tileKey(int level, int tileX, int tileY)
{
    return (quint64(level) << 48) | (quint64(quint32(tileY)) << 24) | quint64(quint32(tileX));
}

void releaseImage(void *image)
{
    delete static_cast<QImage *>(image);
}

/// A read-only view of `rect` of `image`, sharing its pixels (no copy).
QImage viewOf(const QImage &image, const QRect &rect)
{
    const int bytesPerPixel = image.depth() / 8;
    auto *keeper = new QImage(image);
    const uchar *bits
        = keeper->constBits() + qsizetype(rect.y()) * keeper->bytesPerLine() + qsizetype(rect.x()) * bytesPerPixel;
    return QImage(bits, rect.width(), rect.height(), keeper->bytesPerLine(), keeper->format(), releaseImage, keeper);
}

} // namespace

ImageSource::ImageSource(const QString &path, const RasterInfo &info)
    : m_path(path)
    , m_info(info)
    , m_levelCount(TilePyramid::levelCountFor(info.size))
{
    m_tileCache.setMaxCost(DefaultCacheBytes);
}

ImageSource::~ImageSource() = default;

std::shared_ptr<ImageSource> ImageSource::open(
    const QString &path, int page, const QString &cacheDirectory, QString *error, Storage storage)
{
    std::unique_ptr<RasterReader> reader = RasterReader::open(path, page, error);
    if (!reader)
        return nullptr;
    const RasterInfo &info = reader->info();
    std::shared_ptr<ImageSource> source(new ImageSource(path, info));

    const bool small = info.decodedBytes() <= InMemoryMaxBytes && info.size.width() <= InMemoryMaxSide
        && info.size.height() <= InMemoryMaxSide;
    if (storage == Storage::InMemory || (storage == Storage::Automatic && small)) {
        QImage image;
        if (!reader->readRows(info.size.height(), &image, error))
            return nullptr;
        source->m_levels.resize(size_t(source->m_levelCount));
        source->m_levels[0] = image;
        return source;
    }

    QString directory = cacheDirectory;
    if (directory.isEmpty()) {
        source->m_temporaryCache = std::make_unique<QTemporaryDir>();
        if (!source->m_temporaryCache->isValid()) {
            *error = RasterReader::fileError(
                path, tr("no temporary folder for the tile cache (%1)").arg(source->m_temporaryCache->errorString()));
            return nullptr;
        }
        directory = source->m_temporaryCache->path();
    }
    source->m_pyramid = TilePyramid::open(directory, path, info);
    ImageSource *raw = source.get();
    connect(source->m_pyramid.get(), &TilePyramid::tilesReady, raw, &ImageSource::tilesReady, Qt::DirectConnection);
    connect(source->m_pyramid.get(), &TilePyramid::previewReady, raw, &ImageSource::previewReady, Qt::DirectConnection);
    connect(source->m_pyramid.get(), &TilePyramid::completed, raw, &ImageSource::completed, Qt::DirectConnection);
    return source;
}

QSize ImageSource::levelSize(int level) const
{
    return TilePyramid::levelSizeFor(m_info.size, level);
}

QSize ImageSource::tileCount(int level) const
{
    const QSize size = levelSize(level);
    return QSize((size.width() + tileSize() - 1) / tileSize(), (size.height() + tileSize() - 1) / tileSize());
}

QRect ImageSource::tileRect(int level, int tileX, int tileY) const
{
    return QRect(tileX * tileSize(), tileY * tileSize(), tileSize(), tileSize())
        & QRect(QPoint(0, 0), levelSize(level));
}

bool ImageSource::isComplete() const
{
    return !m_pyramid || m_pyramid->isComplete();
}

bool ImageSource::isReady(int level, int tileX, int tileY) const
{
    if (m_pyramid)
        return m_pyramid->isReady(level, tileX, tileY);
    return level >= 0 && level < m_levelCount && !tileRect(level, tileX, tileY).isEmpty();
}

QImage ImageSource::levelImage(int level) const
{
    QMutexLocker lock(&m_mutex);
    int made = level;
    while (m_levels[size_t(made)].isNull())
        --made;
    for (; made < level; ++made)
        m_levels[size_t(made) + 1] = downsample(m_levels[size_t(made)]);
    return m_levels[size_t(level)];
}

QImage ImageSource::tile(int level, int tileX, int tileY, QString *error) const
{
    if (level < 0 || level >= m_levelCount)
        return {};
    const QRect rect = tileRect(level, tileX, tileY);
    if (rect.isEmpty() || rect.x() != tileX * tileSize() || rect.y() != tileY * tileSize())
        return {};
    if (!m_pyramid)
        return viewOf(levelImage(level), rect);

    const quint64 key = tileKey(level, tileX, tileY);
    {
        QMutexLocker lock(&m_mutex);
        if (const QImage *cached = m_tileCache.object(key))
            return *cached;
    }
    QImage image = m_pyramid->tile(level, tileX, tileY, error);
    if (!image.isNull()) {
        QMutexLocker lock(&m_mutex);
        m_tileCache.insert(key, new QImage(image), qsizetype(image.sizeInBytes()));
    }
    return image;
}

QImage ImageSource::preview() const
{
    if (m_pyramid)
        return m_pyramid->preview();
    return levelImage(m_levelCount - 1);
}

std::unique_ptr<PyramidBuildJob> ImageSource::createBuildJob() const
{
    if (!m_pyramid || m_pyramid->isComplete())
        return nullptr;
    return std::make_unique<PyramidBuildJob>(m_path, m_info.page, m_pyramid);
}

void ImageSource::setCacheBudget(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_tileCache.setMaxCost(qsizetype(bytes));
}

} // namespace rwb::image
