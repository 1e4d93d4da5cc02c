#pragma once

#include "rasterinfo.h"

#include <QCache>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QRect>

#include <memory>
#include <vector>

class QTemporaryDir;

namespace rwb::image {

class PyramidBuildJob;
class TilePyramid;

/// The pixels of one image page as the view needs them: a pyramid of TileSize² tiles of raw
/// pixels (the source's format and depth; DisplayRenderer maps them for the screen). Small
/// images are decoded whole into memory at once (levels made on first use); large ones are
/// served from a TilePyramid on disk, built in the background by createBuildJob(), with only
/// the tiles asked for decoded, and recently used ones kept in a byte-bounded cache.
/// Reads are thread-safe. The signals are forwarded directly from the build's thread: cancel
/// a running build job and wait for it before destroying the source.
class ImageSource : public QObject
{
    Q_OBJECT
public:
    enum class Storage {
        Automatic, ///< in memory up to InMemoryMaxBytes and InMemoryMaxSide, else a pyramid
        InMemory,
        Pyramid,
    };
    /// Above these an image goes to a pyramid: decoding it whole would cost seconds before the
    /// first pixel and more memory than a quarter of its decoded size allows.
    static constexpr qint64 InMemoryMaxBytes = qint64(64) * 1024 * 1024;
    static constexpr int InMemoryMaxSide = 8192;
    static constexpr qint64 DefaultCacheBytes = qint64(256) * 1024 * 1024;

    /// Opens page `page` of `path`. A large image uses the tile cache in `cacheDirectory`
    /// (a private temporary folder when empty); a small one is decoded here, which for a
    /// 5 MP JPEG takes about 15 ms, so prefetching the next image works.
    /// Returns null with `error` (naming the file and the problem) on bad input.
    static std::shared_ptr<ImageSource> open(const QString &path, int page, const QString &cacheDirectory,
        QString *error, Storage storage = Storage::Automatic);
    ~ImageSource() override;

    QString path() const { return m_path; }
    const RasterInfo &info() const { return m_info; }
    bool isInMemory() const { return !m_pyramid; }

    int levelCount() const { return m_levelCount; }
    QSize levelSize(int level) const;
    static constexpr int tileSize() { return 256; }
    QSize tileCount(int level) const;
    QRect tileRect(int level, int tileX, int tileY) const;

    /// True when every tile can be read (always for in-memory images).
    bool isComplete() const;
    bool isReady(int level, int tileX, int tileY) const;
    /// The raw pixels of a tile; null when not built yet (wait for tilesReady()) or on a read
    /// error of the tile cache (then `error`).
    QImage tile(int level, int tileX, int tileY, QString *error = nullptr) const;
    /// A coarse view of the whole image to draw while tiles are missing; null until one
    /// exists (JPEG: soon after the build starts; other formats: when the build completes).
    QImage preview() const;

    /// The job that builds the pyramid; null when nothing is left to build. Run it on a
    /// JobManager (or execute() it); tilesReady() follows its progress.
    std::unique_ptr<PyramidBuildJob> createBuildJob() const;

    /// Bytes of decoded pyramid tiles kept in memory.
    void setCacheBudget(qint64 bytes);

signals:
    /// Emitted on the build's thread; connect queued (the default across threads).
    void tilesReady(int level, const QRect &tiles);
    void previewReady();
    void completed();

private:
    ImageSource(const QString &path, const RasterInfo &info);
    QImage levelImage(int level) const;

    QString m_path;
    RasterInfo m_info;
    int m_levelCount = 1;
    std::unique_ptr<QTemporaryDir> m_temporaryCache;
    std::shared_ptr<TilePyramid> m_pyramid;

    mutable QMutex m_mutex;
    mutable std::vector<QImage> m_levels; ///< in-memory images: level images made so far
    mutable QCache<quint64, QImage> m_tileCache;
};

} // namespace rwb::image
