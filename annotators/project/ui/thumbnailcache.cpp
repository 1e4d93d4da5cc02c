#include "thumbnailcache.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QtConcurrent/QtConcurrentRun>

namespace rwb::project {

namespace {

/// Cache budget in KiB of pixels (about 1000 thumbnails of 128 px).
constexpr int CacheKiB = 64 * 1024;

QImage loadScaled(const QString &path, int edge)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > edge || full.height() > edge))
        reader.setScaledSize(full.scaled(edge, edge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    // Formats without scaled decoding (and ones whose size was unknown) scale here, still
    // off the GUI thread.
    if (image.width() > edge || image.height() > edge)
        image = image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // 16-bit and indexed images convert once here rather than at every paint.
    if (image.format() != QImage::Format_ARGB32_Premultiplied && image.format() != QImage::Format_RGB32)
        image = image.convertToFormat(
            image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    return image;
}

} // namespace

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
{
    m_cache.setMaxCost(CacheKiB);
    m_batch = new QObject(this);
    // Decoding is I/O and memory bound; two threads keep the GUI responsive on small PCs.
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount() / 2, 4));
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        m_dpr = app->devicePixelRatio();
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setSize(int size)
{
    size = qMax(16, size);
    if (size == m_size)
        return;
    m_size = size;
    m_placeholders.clear();
    clear();
}

void ThumbnailCache::clear()
{
    // Loads not started yet are dropped; running ones finish unseen, their watchers gone.
    m_pool.clear();
    delete m_batch;
    m_batch = new QObject(this);
    m_pending.clear();
    m_cache.clear();
}

QPixmap ThumbnailCache::thumbnail(qint64 assetId, AssetKind kind, const QString &path)
{
    if (const QPixmap *cached = m_cache.object(assetId))
        return *cached;
    if (kind != AssetKind::Image || path.isEmpty())
        return placeholder(kind);
    if (!m_pending.contains(assetId)) {
        m_pending.insert(assetId);
        const int edge = qRound(m_size * m_dpr);
        auto *watcher = new QFutureWatcher<QImage>(m_batch);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, assetId, kind] {
            watcher->deleteLater();
            m_pending.remove(assetId);
            if (watcher->isCanceled())
                return;
            const QImage image = watcher->result();
            QPixmap pixmap = image.isNull() ? placeholder(kind) : QPixmap::fromImage(image);
            if (!image.isNull())
                pixmap.setDevicePixelRatio(m_dpr);
            const int cost = qMax(1, int(qint64(pixmap.width()) * pixmap.height() * 4 / 1024));
            m_cache.insert(assetId, new QPixmap(pixmap), cost);
            emit thumbnailReady(assetId);
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, loadScaled, path, edge));
    }
    return placeholder(kind);
}

QPixmap ThumbnailCache::placeholder(AssetKind kind)
{
    auto it = m_placeholders.constFind(int(kind));
    if (it != m_placeholders.constEnd())
        return *it;
    const QColor color = QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    const QPixmap pixmap = kindIcon(kind, qMax(16, m_size / 2), color, m_dpr);
    m_placeholders.insert(int(kind), pixmap);
    return pixmap;
}

QPixmap ThumbnailCache::kindIcon(AssetKind kind, int size, const QColor &color, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 32.0, size / 32.0); // drawn on a 32 × 32 grid
    QPen pen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    switch (kind) {
    case AssetKind::Image: {
        p.drawRoundedRect(QRectF(3, 6, 26, 20), 2, 2);
        p.setBrush(color);
        p.drawEllipse(QPointF(11, 12.5), 2.2, 2.2);
        QPainterPath hills;
        hills.moveTo(4, 25);
        hills.lineTo(12, 17);
        hills.lineTo(17, 21);
        hills.lineTo(22, 14);
        hills.lineTo(28, 22);
        hills.lineTo(28, 25);
        hills.closeSubpath();
        p.drawPath(hills);
        break;
    }
    case AssetKind::TimeSeries: {
        p.drawLine(QPointF(4, 4), QPointF(4, 28));
        p.drawLine(QPointF(4, 28), QPointF(29, 28));
        QPainterPath wave;
        wave.moveTo(6, 19);
        wave.lineTo(10, 12);
        wave.lineTo(13, 22);
        wave.lineTo(17, 8);
        wave.lineTo(21, 20);
        wave.lineTo(24, 15);
        wave.lineTo(28, 17);
        p.drawPath(wave);
        break;
    }
    case AssetKind::Document: {
        QPainterPath page;
        page.moveTo(7, 3);
        page.lineTo(20, 3);
        page.lineTo(26, 9);
        page.lineTo(26, 29);
        page.lineTo(7, 29);
        page.closeSubpath();
        p.drawPath(page);
        p.drawPolyline(QPolygonF({ QPointF(20, 3), QPointF(20, 9), QPointF(26, 9) }));
        for (qreal y : { 14.0, 18.5, 23.0 })
            p.drawLine(QPointF(11, y), QPointF(22, y));
        break;
    }
    }
    return pixmap;
}

} // namespace rwb::project
