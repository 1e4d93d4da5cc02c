#pragma once

#include "rasterinfo.h"

#include <QByteArray>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QRect>

#include <memory>
#include <vector>

class QFile;

namespace rwb::image {

/// The on-disk tile pyramid of one large image (one page): level 0 is full resolution, level
/// k is 2^k times smaller, the last level fits in one tile. Tiles are TileSize² raw pixels in
/// the source's pixel format (edge tiles smaller), so display mapping and 16-bit data stay
/// exact.
///
/// Layout of the cache folder: `level-<k>.tiles` (tiles appended as they are built, each
/// zlib-compressed when that saves enough, else raw), `index.bin` (offset, length, flags
/// per tile) and `manifest.json`, written last: a folder without a valid manifest matching
/// the source (size, modification time, fingerprint, page, format version) is incomplete or
/// stale and gets rebuilt, so a crash mid-build never yields a half cache taken for whole.
///
/// Thread-safe: a PyramidBuilder writes on a worker thread while views read the tiles
/// already written (isReady(), tilesReady()). It receives no events, so it may be released
/// on whichever thread holds it last.
class TilePyramid : public QObject
{
    Q_OBJECT
public:
    static constexpr int TileSize = 256;
    static constexpr int FormatVersion = 1;

    /// What identifies the source file's content cheaply: size, modification time and a
    /// SHA-256 of its first and last 64 KiB (hashing a gigabyte would cost seconds per open).
    struct SourceStamp
    {
        qint64 size = -1;
        qint64 modifiedMs = 0;
        QByteArray fingerprint;
        bool operator==(const SourceStamp &) const = default;
    };
    static SourceStamp stampOf(const QString &path);

    /// The pyramid cache of `sourcePath` (as described by `info`) in `directory`. The result
    /// isComplete() when a valid cache is there; otherwise it waits for a build.
    static std::shared_ptr<TilePyramid> open(
        const QString &directory, const QString &sourcePath, const RasterInfo &info);
    ~TilePyramid() override;

    static int levelCountFor(const QSize &size);
    static QSize levelSizeFor(const QSize &size, int level);

    QString directory() const { return m_directory; }
    QString sourcePath() const { return m_sourcePath; }
    const RasterInfo &info() const { return m_info; }
    int levelCount() const { return m_levelCount; }
    QSize levelSize(int level) const { return levelSizeFor(m_info.size, level); }
    /// Tiles across and down at `level`.
    QSize tileCount(int level) const;
    /// The pixels of a tile in its level's coordinates.
    QRect tileRect(int level, int tileX, int tileY) const;

    bool isComplete() const;
    bool isReady(int level, int tileX, int tileY) const;
    /// The raw pixels of a tile; null when not ready yet, or on a read error (then `error`).
    QImage tile(int level, int tileX, int tileY, QString *error = nullptr) const;
    /// A coarse whole-image view: the JPEG quick preview while building, else the top level.
    QImage preview() const;

    // Build side, for PyramidBuilder.

    /// Empties the folder (manifest first) and prepares the level files.
    bool beginBuild(QString *error);
    /// Writes the tiles of tile row `tileY` of `level` from the first `rowCount` rows of
    /// `rows` (the level's full width), then announces them with tilesReady().
    bool writeTileRow(int level, int tileY, const QImage &rows, int rowCount, QString *error);
    void setPreview(const QImage &preview);
    /// Writes the index and, last, the manifest; announces completed().
    bool finishBuild(QString *error);

signals:
    /// Tiles in `tiles` (tile coordinates) of `level` can be read now. Emitted on the
    /// builder's thread.
    void tilesReady(int level, const QRect &tiles);
    void previewReady();
    void completed();

private:
    struct TileEntry
    {
        quint64 offset = 0;
        quint32 length = 0; ///< 0: not written yet
        quint32 flags = 0;
    };
    enum TileFlag : quint32 { Compressed = 1 };

    TilePyramid(const QString &directory, const QString &sourcePath, const RasterInfo &info);
    bool loadCache();
    QString levelFileName(int level) const;
    QString cacheError(const QString &problem) const;
    int tileIndex(int level, int tileX, int tileY) const;

    QString m_directory;
    QString m_sourcePath;
    RasterInfo m_info;
    SourceStamp m_stamp;
    int m_levelCount = 1;

    mutable QMutex m_mutex;
    bool m_complete = false;
    std::vector<std::vector<TileEntry>> m_index;
    mutable std::vector<std::unique_ptr<QFile>> m_readers;
    std::vector<std::unique_ptr<QFile>> m_writers; ///< the builder's thread only
    int m_compressionSkips = 0; ///< the builder's thread only
    QImage m_preview;
};

} // namespace rwb::image
