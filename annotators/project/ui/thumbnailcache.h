#pragma once

#include "project/projecttypes.h"

#include <QCache>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QThreadPool>

namespace rwb::project {

/// Thumbnails of assets, loaded off the GUI thread (QtConcurrent, QImageReader decoding at
/// the reduced size where the format allows) and kept in a bounded cache. Assets that are not
/// images, and images that cannot be read, get their kind's icon.
class ThumbnailCache : public QObject
{
    Q_OBJECT
public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /// Edge of the square thumbnails fit into (device-independent pixels); clears the cache.
    void setSize(int size);
    int size() const { return m_size; }
    /// Forgets every thumbnail (another project was opened); loads under way are dropped.
    void clear();

    /// The thumbnail of asset \a assetId when cached. Otherwise starts loading it from \a path
    /// (images only) and returns the kind's icon meanwhile; thumbnailReady() follows.
    QPixmap thumbnail(qint64 assetId, AssetKind kind, const QString &path);
    bool contains(qint64 assetId) const { return m_cache.contains(assetId); }
    int pendingCount() const { return int(m_pending.size()); }

    /// An icon for assets of \a kind, \a size pixels square, drawn in \a color.
    static QPixmap kindIcon(AssetKind kind, int size, const QColor &color, qreal devicePixelRatio = 1.0);

signals:
    void thumbnailReady(qint64 assetId);

private:
    QPixmap placeholder(AssetKind kind);

    int m_size = 128;
    QObject *m_batch = nullptr; ///< parent of the current loads' watchers
    qreal m_dpr = 1.0;
    QCache<qint64, QPixmap> m_cache;
    QSet<qint64> m_pending;
    QHash<int, QPixmap> m_placeholders; ///< by int(AssetKind)
    QThreadPool m_pool;
};

} // namespace rwb::project
