#include "imagecanvas.h"

#include "../raster/imagesource.h"
#include "toolcontroller.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QThread>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <optional>

namespace rwb::image {

namespace {
constexpr double MaxScale = 64.0;
const QColor Background(40, 42, 46); ///< around the image
constexpr double GridScale = 16.0; ///< from here on a pixel grid is drawn
constexpr double DotBelowPixels = 4.0; ///< shapes smaller than this on screen become a dot
constexpr int AntialiasBelow = 400; ///< outlines per frame drawn antialiased
constexpr int LabelsBelow = 300;
constexpr int MaxLabelWidth = 240; ///< widest label tag, in pixels
constexpr double DraftAboveMs = 12.0; ///< a full layer slower than this is drawn off the GUI thread on zoom
constexpr int ParallelAbove = 1000; ///< outlines from which the layer is drawn in bands on several threads
constexpr qint64 DisplayCacheKiB = 128 * 1024;

quint64 tileKey(int level, int tx, int ty)
{
    return (quint64(level) << 48) | (quint64(quint32(ty)) << 24) | quint64(quint32(tx));
}

/// An empty layer image of \a pixels device pixels.
QImage blankLayer(QSize pixels, qreal dpr, const QColor &fill)
{
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(fill);
    return image;
}

/// The whole-pixel shift of a pan by \a delta that leaves part of a \a view-sized layer in
/// view, or nullopt (fractional or too far: the layer is drawn anew).
std::optional<QPoint> panShift(QPointF delta, qreal dpr, QSize view)
{
    const bool integral = std::abs(delta.x() * dpr - std::round(delta.x() * dpr)) < 1e-6
        && std::abs(delta.y() * dpr - std::round(delta.y() * dpr)) < 1e-6;
    if (!integral || std::abs(delta.x()) >= view.width() || std::abs(delta.y()) >= view.height())
        return std::nullopt;
    return QPoint(int(std::lround(delta.x())), int(std::lround(delta.y())));
}

/// Draws \a exact, made at (\a exactScale, \a exactOffset), as the view (\a scale, \a offset)
/// would show it: the draft shown during a zoom.
void drawRescaled(
    QPainter &painter, const QImage &exact, double exactScale, QPointF exactOffset, double scale, QPointF offset)
{
    const double k = scale / exactScale;
    painter.setTransform(QTransform(k, 0, 0, k, offset.x() - exactOffset.x() * k, offset.y() - exactOffset.y() * k));
    painter.drawImage(QPointF(0, 0), exact);
    painter.resetTransform();
}
} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
    , m_displayTiles(DisplayCacheKiB)
    , m_tools(std::make_unique<ToolController>(*this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    m_drawn = std::make_shared<std::vector<DrawnItem>>();
    // An exact layer drawn on another thread is shown with the next frame.
    connect(&m_layerWatcher, &QFutureWatcher<ShapeLayer>::finished, this, qOverload<>(&QWidget::update));
    connect(&m_pixelWatcher, &QFutureWatcher<PixelLayer>::finished, this, qOverload<>(&QWidget::update));
}

ImageCanvas::~ImageCanvas()
{
    m_layerWatcher.disconnect(this);
    m_pixelWatcher.disconnect(this);
    if (m_layerJob.isValid())
        m_layerJob.waitForFinished();
    if (m_pixelJob.isValid())
        m_pixelJob.waitForFinished();
}

void ImageCanvas::setSource(std::shared_ptr<ImageSource> source)
{
    if (m_source)
        disconnect(m_source.get(), nullptr, this, nullptr);
    m_source = std::move(source);
    ++m_pixelsVersion;
    m_displayTiles.clear();
    m_displayPreview = QImage();
    m_preview.clear();
    m_tools->cancel();
    if (m_source) {
        m_renderer.setMapping(DisplayMapping::identity(m_source->info().bitsPerSample), m_source->info().bitsPerSample);
        connect(m_source.get(), &ImageSource::tilesReady, this, [this] {
            ++m_pixelsVersion;
            update();
        });
        connect(m_source.get(), &ImageSource::previewReady, this, [this] {
            m_displayPreview = QImage();
            ++m_pixelsVersion;
            update();
        });
        connect(m_source.get(), &ImageSource::completed, this, [this] {
            ++m_pixelsVersion;
            update();
        });
    }
    fitToWindow();
}

void ImageCanvas::setItems(const QList<Item> &items)
{
    m_items = items; // in drawing order (the store gives z-order, then id)
    ++m_itemsVersion;
    m_index.clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_index.insert(m_items[i].id, i);
    rebuildDrawn();
    QSet<qint64> kept;
    for (qint64 id : std::as_const(m_selection)) {
        if (m_index.contains(id))
            kept.insert(id);
    }
    if (kept != m_selection) {
        m_selection = kept;
        emit selectionChanged();
    }
    update();
}

const ImageCanvas::Item *ImageCanvas::item(qint64 id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.constEnd() ? nullptr : &m_items[*it];
}

void ImageCanvas::rebuildDrawn()
{
    // A new vector each time: a layer being drawn on another thread keeps the one it started with.
    auto drawn = std::make_shared<std::vector<DrawnItem>>();
    drawn->reserve(size_t(m_items.size()));
    for (const Item &item : std::as_const(m_items)) {
        DrawnItem d;
        d.path = item.shape.path();
        if (item.shape.kind() == Shape::Kind::Polygon && item.shape.holes().isEmpty()) {
            d.polygon = item.shape.points();
            // Counter-clockwise on screen (y down: negative shoelace sum), for the winding fill.
            double twiceArea = 0;
            for (qsizetype k = 0, n = d.polygon.size(); k < n; ++k) {
                const QPointF &p = d.polygon[k];
                const QPointF &q = d.polygon[(k + 1) % n];
                twiceArea += p.x() * q.y() - q.x() * p.y();
            }
            if (twiceArea > 0)
                std::reverse(d.polygon.begin(), d.polygon.end());
        }
        d.bounds = item.shape.extent();
        if (d.bounds.isEmpty())
            d.bounds = d.path.boundingRect();
        drawn->push_back(std::move(d));
    }
    m_drawn = std::move(drawn);
}

void ImageCanvas::setDisplayMapping(const DisplayMapping &mapping)
{
    if (!m_source || mapping == m_renderer.mapping())
        return;
    m_renderer.setMapping(mapping, m_source->info().bitsPerSample);
    ++m_pixelsVersion;
    m_displayTiles.clear();
    m_displayPreview = QImage();
    update();
}

void ImageCanvas::setShowLabels(bool show)
{
    m_showLabels = show;
    update();
}

QSize ImageCanvas::imageSize() const
{
    return m_source ? m_source->info().size : QSize();
}

QTransform ImageCanvas::viewTransform() const
{
    return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y());
}

QPointF ImageCanvas::toImage(QPointF widgetPos) const
{
    return (widgetPos - m_offset) / m_scale;
}

QPointF ImageCanvas::toWidget(QPointF imagePos) const
{
    return imagePos * m_scale + m_offset;
}

QRectF ImageCanvas::visibleImageRect() const
{
    return QRectF(toImage(QPointF(0, 0)), toImage(QPointF(width(), height())));
}

void ImageCanvas::fitToWindow()
{
    const QSize image = imageSize();
    if (image.isEmpty() || width() <= 0 || height() <= 0) {
        m_fitted = true;
        update();
        return;
    }
    m_scale = std::min(double(width()) / image.width(), double(height()) / image.height()) * 0.98;
    m_offset = QPointF((width() - image.width() * m_scale) / 2, (height() - image.height() * m_scale) / 2);
    m_fitted = true;
    emit viewChanged();
    update();
}

void ImageCanvas::setScale(double scale, QPointF anchorWidgetPos)
{
    const QSize image = imageSize();
    if (image.isEmpty())
        return;
    const double fit = std::min(double(width()) / image.width(), double(height()) / image.height());
    const double clamped = std::clamp(scale, std::min(fit / 4, 1.0), MaxScale);
    const QPointF anchorImage = toImage(anchorWidgetPos);
    m_scale = clamped;
    m_offset = anchorWidgetPos - anchorImage * m_scale;
    m_fitted = false;
    emit viewChanged();
    update();
}

void ImageCanvas::centerOn(QPointF imagePos, double scale)
{
    m_scale = std::clamp(scale, 1e-4, MaxScale);
    m_offset = QPointF(width() / 2.0, height() / 2.0) - imagePos * m_scale;
    m_fitted = false;
    emit viewChanged();
    update();
}

void ImageCanvas::panBy(QPointF widgetDelta)
{
    m_offset += widgetDelta;
    m_fitted = false;
    emit viewChanged();
    update();
}

void ImageCanvas::setSelection(const QSet<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    emit selectionChanged();
    update();
}

qint64 ImageCanvas::itemAt(QPointF imagePos, double tolerance) const
{
    // Topmost first: later items are drawn over earlier ones.
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        const Item &it = m_items[i];
        if (it.flags & 3) // hidden or locked
            continue;
        if (!(*m_drawn)[size_t(i)].bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(imagePos))
            continue;
        if (it.shape.contains(imagePos, tolerance))
            return it.id;
    }
    return 0;
}

QSet<qint64> ImageCanvas::itemsIn(const QRectF &imageRect) const
{
    QSet<qint64> out;
    const QRectF r = imageRect.normalized();
    for (int i = 0; i < m_items.size(); ++i) {
        if (!(m_items[i].flags & 3) && r.contains((*m_drawn)[size_t(i)].bounds))
            out.insert(m_items[i].id);
    }
    return out;
}

void ImageCanvas::setPreview(const QHash<qint64, Shape> &preview)
{
    m_preview = preview;
    // The shape layer leaves dragged shapes out; it is redrawn when that set changes, not on
    // every move of the drag.
    const QList<qint64> keys = preview.keys();
    const QSet<qint64> ids(keys.begin(), keys.end());
    if (ids != m_previewIds)
        m_previewIds = ids;
    update();
}

int ImageCanvas::levelForScale() const
{
    if (!m_source)
        return 0;
    int level = 0;
    // The coarsest level that still has at least one level pixel per screen pixel.
    while (level + 1 < m_source->levelCount() && double(1 << (level + 1)) * m_scale <= 1.0)
        ++level;
    return level;
}

QImage ImageCanvas::displayTile(int level, int tx, int ty) const
{
    const quint64 key = tileKey(level, tx, ty);
    if (const QImage *cached = m_displayTiles.object(key))
        return *cached;
    if (!m_source->isReady(level, tx, ty))
        return {};
    const QImage raw = m_source->tile(level, tx, ty);
    if (raw.isNull())
        return {};
    auto *shown = new QImage(m_renderer.render(raw));
    const QImage copy = *shown;
    m_displayTiles.insert(key, shown, int(std::max<qint64>(1, shown->sizeInBytes() / 1024)));
    return copy;
}

void ImageCanvas::drawPixels(QPainter &painter)
{
    if (m_naive || !m_source->isComplete()) {
        // While tiles are still arriving (and in the benchmark's baseline) they are drawn as
        // they are; a finished pyramid is composed once per view and reused like the shapes.
        drawTiles(painter);
    } else {
        updatePixelLayer();
        painter.drawImage(QPointF(0, 0), m_pixelLayer.image);
    }
    drawGrid(painter);
}

void ImageCanvas::updatePixelLayer()
{
    if (m_pixelJob.isValid() && m_pixelJob.isFinished()) {
        PixelLayer done = m_pixelJob.result();
        m_pixelJob = {};
        if (done.version == m_pixelsVersion) {
            m_exactPixels = done;
            if (done.scale == m_scale && done.image.size() == m_pixelLayer.image.size())
                m_pixelLayer = done; // shifted below if the view was panned meanwhile
        }
    }
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    PixelLayer &l = m_pixelLayer;
    const bool sameImage = l.version == m_pixelsVersion && l.image.size() == pixels && l.dpr == dpr;
    const bool same = sameImage && l.scale == m_scale;
    if (same && l.offset == m_offset) {
        if (l.draft)
            startPixelJob();
        return;
    }
    QImage next = blankLayer(pixels, dpr, Background);
    QPainter p(&next);
    const std::optional<QPoint> shift = same ? panShift(m_offset - l.offset, dpr, size()) : std::nullopt;
    const bool pan = shift.has_value();
    if (pan) {
        p.drawImage(QPointF(*shift), l.image);
        p.setClipRegion(QRegion(rect()) - QRegion(rect().translated(*shift)));
    } else if (sameImage && m_pixelBuildMs > DraftAboveMs / 2 && !m_exactPixels.image.isNull()
        && m_exactPixels.version == m_pixelsVersion) {
        // A zoom: the last exact composition scaled now, the exact one from another thread.
        drawRescaled(p, m_exactPixels.image, m_exactPixels.scale, m_exactPixels.offset, m_scale, m_offset);
        p.end();
        l.image = std::move(next);
        l.version = m_pixelsVersion;
        l.scale = m_scale;
        l.offset = m_offset;
        l.dpr = dpr;
        l.draft = true;
        startPixelJob();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    drawTiles(p);
    p.end();
    const bool wasDraft = l.draft && pan;
    l.image = std::move(next);
    l.version = m_pixelsVersion;
    l.scale = m_scale;
    l.offset = m_offset;
    l.dpr = dpr;
    l.draft = wasDraft;
    if (!pan) {
        m_pixelBuildMs = double(clock.nsecsElapsed()) / 1e6;
        m_exactPixels = l;
    }
    if (l.draft)
        startPixelJob();
}

void ImageCanvas::startPixelJob()
{
    if (m_pixelJob.isValid() && !m_pixelJob.isFinished())
        return;
    ensureDisplayPreview();
    m_pixelJob = QtConcurrent::run([in = pixelInput()] {
        PixelLayer l;
        l.image = blankLayer((QSizeF(in.size) * in.dpr).toSize(), in.dpr, Background);
        QPainter p(&l.image);
        paintTiles(in, p, nullptr);
        p.end();
        l.version = in.version;
        l.scale = in.scale;
        l.offset = in.offset;
        l.dpr = in.dpr;
        return l;
    });
    m_pixelWatcher.setFuture(m_pixelJob);
}

ImageCanvas::PixelInput ImageCanvas::pixelInput() const
{
    PixelInput in;
    in.source = m_source;
    in.renderer = m_renderer;
    in.preview = m_displayPreview;
    in.scale = m_scale;
    in.offset = m_offset;
    in.size = size();
    in.dpr = devicePixelRatioF();
    in.version = m_pixelsVersion;
    return in;
}

void ImageCanvas::ensureDisplayPreview()
{
    if (m_displayPreview.isNull() && m_source) {
        const QImage raw = m_source->preview();
        if (!raw.isNull())
            m_displayPreview = m_renderer.render(raw);
    }
}

void ImageCanvas::drawTiles(QPainter &painter)
{
    ensureDisplayPreview();
    paintTiles(pixelInput(), painter, this);
}

void ImageCanvas::paintTiles(const PixelInput &in, QPainter &painter, const ImageCanvas *cache)
{
    const std::shared_ptr<ImageSource> &src = in.source;
    // Tiles through the canvas's cache on the GUI thread, mapped afresh on another.
    auto displayTile = [&](int level, int tx, int ty) -> QImage {
        if (cache)
            return cache->displayTile(level, tx, ty);
        if (!src->isReady(level, tx, ty))
            return {};
        const QImage raw = src->tile(level, tx, ty);
        return raw.isNull() ? QImage() : in.renderer.render(raw);
    };
    const QSize image = src->info().size;
    int level = 0;
    while (level + 1 < src->levelCount() && double(1 << (level + 1)) * in.scale <= 1.0)
        ++level;
    const QSize levelSize = src->levelSize(level);
    const double fx = double(image.width()) / levelSize.width();
    const double fy = double(image.height()) / levelSize.height();
    painter.save();
    const QTransform view = in.view() * painter.transform();
    painter.resetTransform();
    // Tiles go to device rectangles whose edges are rounded once, the same way for both tiles
    // that share an edge: at fractional offsets no seam of background shows between them.
    auto deviceRect = [&view](const QRectF &imageRect) {
        const QPointF a = view.map(imageRect.topLeft());
        const QPointF b = view.map(imageRect.bottomRight());
        return QRectF(QPointF(std::round(a.x()), std::round(a.y())), QPointF(std::round(b.x()), std::round(b.y())));
    };
    painter.setRenderHint(QPainter::SmoothPixmapTransform, in.scale * fx < 1.0);
    const QImage &preview = in.preview;
    const QRectF visible = QRectF(
        (QPointF(0, 0) - in.offset) / in.scale, (QPointF(in.size.width(), in.size.height()) - in.offset) / in.scale)
                               .intersected(QRectF(QPointF(0, 0), QSizeF(image)));
    if (visible.isEmpty()) {
        painter.restore();
        return;
    }
    const int ts = ImageSource::tileSize();
    const QSize tiles = src->tileCount(level);
    const int tx0 = std::max(0, int(std::floor(visible.left() / fx / ts)));
    const int ty0 = std::max(0, int(std::floor(visible.top() / fy / ts)));
    const int tx1 = std::min(tiles.width() - 1, int(std::floor((visible.right() - 1e-9) / fx / ts)));
    const int ty1 = std::min(tiles.height() - 1, int(std::floor((visible.bottom() - 1e-9) / fy / ts)));
    for (int ty = ty0; ty <= ty1; ++ty) {
        for (int tx = tx0; tx <= tx1; ++tx) {
            const QRect r = src->tileRect(level, tx, ty);
            const QRectF target(r.x() * fx, r.y() * fy, r.width() * fx, r.height() * fy);
            QImage tile = displayTile(level, tx, ty);
            const QRectF device = deviceRect(target);
            if (!tile.isNull()) {
                painter.drawImage(device, tile);
                continue;
            }
            // Not built yet: the nearest coarser tile that is, else the preview.
            bool drawn = false;
            for (int up = level + 1; up < src->levelCount() && !drawn; ++up) {
                const int shift = up - level;
                const QImage coarse = displayTile(up, tx >> shift, ty >> shift);
                if (coarse.isNull())
                    continue;
                const QRect cr = src->tileRect(up, tx >> shift, ty >> shift);
                const QSize upSize = src->levelSize(up);
                const double ux = double(image.width()) / upSize.width();
                const double uy = double(image.height()) / upSize.height();
                const QRectF source(
                    (target.x() / ux) - cr.x(), (target.y() / uy) - cr.y(), target.width() / ux, target.height() / uy);
                painter.drawImage(device, coarse, source);
                drawn = true;
            }
            if (!drawn && !preview.isNull()) {
                const double px = double(preview.width()) / image.width();
                const double py = double(preview.height()) / image.height();
                painter.drawImage(device, preview,
                    QRectF(target.x() * px, target.y() * py, target.width() * px, target.height() * py));
            }
        }
    }
    painter.restore();
}

void ImageCanvas::drawGrid(QPainter &painter)
{
    const QRectF visible = visibleImageRect().intersected(QRectF(QPointF(0, 0), QSizeF(imageSize())));
    if (m_scale >= GridScale && !visible.isEmpty()) {
        painter.save();
        painter.setPen(QPen(QColor(128, 128, 128, 90), 0));
        const int x0 = int(std::floor(visible.left()));
        const int x1 = int(std::ceil(visible.right()));
        const int y0 = int(std::floor(visible.top()));
        const int y1 = int(std::ceil(visible.bottom()));
        for (int x = x0; x <= x1; ++x) {
            const double wx = toWidget(QPointF(x, 0)).x();
            painter.drawLine(QPointF(wx, toWidget(QPointF(0, y0)).y()), QPointF(wx, toWidget(QPointF(0, y1)).y()));
        }
        for (int y = y0; y <= y1; ++y) {
            const double wy = toWidget(QPointF(0, y)).y();
            painter.drawLine(QPointF(toWidget(QPointF(x0, 0)).x(), wy), QPointF(toWidget(QPointF(x1, 0)).x(), wy));
        }
        painter.restore();
    }
}

void ImageCanvas::drawItems(QPainter &painter)
{
    m_lastDrawn = 0;
    if (m_items.isEmpty())
        return;
    if (m_naive) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setTransform(viewTransform());
        for (size_t i = 0; i < m_drawn->size(); ++i) {
            const Item &it = m_items[int(i)];
            QPen pen(it.color, 1.5);
            pen.setCosmetic(true);
            painter.setPen(pen);
            QColor fill = it.color;
            fill.setAlpha(it.shape.isArea() ? 45 : 0);
            painter.setBrush(fill);
            painter.drawPath((*m_drawn)[i].path);
            ++m_lastDrawn;
        }
        painter.restore();
        return;
    }

    updateShapeLayer();
    painter.drawImage(QPointF(0, 0), m_layer.image);
    m_lastDrawn = m_layer.drawn;

    // Live on top of the layer: shapes being dragged (left out of the layer) and the selection.
    if (m_preview.isEmpty() && m_selection.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QTransform view = viewTransform();
    painter.setTransform(view);
    auto drawLive = [&](const Item &it, const QPainterPath &path) {
        QPen pen(it.color, 2.5, it.proposed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        QColor fill = it.color;
        fill.setAlpha(it.shape.isArea() || it.shape.kind() == Shape::Kind::Polyline ? (it.proposed ? 25 : 45) : 0);
        painter.setBrush(fill);
        painter.drawPath(path);
    };
    for (auto it = m_preview.cbegin(); it != m_preview.cend(); ++it) {
        if (const Item *item = this->item(it.key()); item && !(item->flags & 1))
            drawLive(*item, it.value().path());
    }
    for (qint64 id : std::as_const(m_selection)) {
        const auto index = m_index.constFind(id);
        if (index == m_index.constEnd() || m_preview.contains(id) || (m_items[*index].flags & 1))
            continue;
        painter.setBrush(Qt::NoBrush);
        QPen pen(m_items[*index].color, 2.5, m_items[*index].proposed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.drawPath((*m_drawn)[size_t(*index)].path);
    }
    painter.restore();
}

ImageCanvas::LayerInput ImageCanvas::layerInput() const
{
    LayerInput in;
    in.items = m_items;
    in.drawn = m_drawn;
    in.previewIds = m_previewIds;
    in.font = font();
    in.scale = m_scale;
    in.offset = m_offset;
    in.dpr = devicePixelRatioF();
    in.size = size();
    in.showLabels = m_showLabels;
    in.itemsVersion = m_itemsVersion;
    return in;
}

ImageCanvas::ShapeLayer ImageCanvas::buildLayer(LayerInput in, QHash<QString, QImage> *labels, bool parallel)
{
    ShapeLayer l;
    const QSize pixels = (QSizeF(in.size) * in.dpr).toSize();
    l.image = blankLayer(pixels, in.dpr, Qt::transparent);
    l.itemsVersion = in.itemsVersion;
    l.previewIds = in.previewIds;
    l.showLabels = in.showLabels;
    l.scale = in.scale;
    l.offset = in.offset;
    l.dpr = in.dpr;
    const QRect whole(QPoint(0, 0), in.size);
    const Culled all = cull(in, whole);
    // Level of detail is chosen for the whole view and kept while it is panned.
    l.aliased = all.outlines.size() >= size_t(AntialiasBelow);
    l.labels = in.showLabels && all.outlines.size() < size_t(LabelsBelow);
    l.drawn = int(all.outlines.size() + all.dots.size());
    in.aliased = l.aliased;
    in.labels = l.labels;
    QPainter painter(&l.image);
    const int threads = std::min(QThread::idealThreadCount(), 8);
    if (!parallel || all.outlines.size() < size_t(ParallelAbove) || threads < 2 || l.labels) {
        paintCulled(in, painter, whole, all, labels);
        return l;
    }
    // Many shapes: horizontal bands of the layer are drawn at the same time, each into an image
    // of its own (a QPainter per image is safe across threads), then put together.
    struct Band
    {
        QRect rect;
        QImage image;
    };
    std::vector<Band> bands(size_t(threads) * 2);
    for (size_t k = 0; k < bands.size(); ++k) {
        const int top = int(whole.height() * k / bands.size());
        const int bottom = int(whole.height() * (k + 1) / bands.size());
        bands[k].rect = QRect(0, top, whole.width(), bottom - top);
    }
    QtConcurrent::blockingMap(bands, [&in](Band &band) {
        if (band.rect.isEmpty())
            return;
        band.image = blankLayer((QSizeF(band.rect.size()) * in.dpr).toSize(), in.dpr, Qt::transparent);
        QPainter p(&band.image);
        p.translate(-band.rect.topLeft());
        paintCulled(in, p, band.rect, cull(in, band.rect), nullptr);
    });
    for (const Band &band : bands) {
        if (!band.image.isNull())
            painter.drawImage(band.rect.topLeft(), band.image);
    }
    return l;
}

void ImageCanvas::adoptFinishedLayer()
{
    if (!m_layerJob.isValid() || !m_layerJob.isFinished())
        return;
    ShapeLayer done = m_layerJob.result();
    m_layerJob = {};
    if (done.itemsVersion != m_itemsVersion || done.previewIds != m_previewIds || done.showLabels != m_showLabels)
        return; // the shapes changed meanwhile
    m_precise = done;
    if (done.scale == m_scale && done.dpr == devicePixelRatioF() && done.image.size() == m_layer.image.size())
        m_layer = done; // shifted below if the view was panned meanwhile
}

void ImageCanvas::updateShapeLayer()
{
    adoptFinishedLayer();
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    ShapeLayer &l = m_layer;
    const bool sameShapes = l.itemsVersion == m_itemsVersion && l.previewIds == m_previewIds
        && l.showLabels == m_showLabels && l.image.size() == pixels && l.dpr == dpr;
    const bool sameContent = sameShapes && l.scale == m_scale;
    if (sameContent && l.offset == m_offset && !l.draft)
        return;
    if (sameContent && l.offset == m_offset && l.draft) {
        startLayerJob();
        return;
    }

    if (const std::optional<QPoint> shift = sameContent ? panShift(m_offset - l.offset, dpr, size()) : std::nullopt) {
        // A pan at the same zoom: move what is drawn and draw only the strips that came into view.
        QImage moved = blankLayer(pixels, dpr, Qt::transparent);
        {
            QPainter p(&moved);
            p.drawImage(QPointF(*shift), l.image);
        }
        const QRegion exposed = QRegion(rect()) - QRegion(rect().translated(*shift));
        l.image = std::move(moved);
        l.offset = m_offset;
        LayerInput in = layerInput();
        in.aliased = l.aliased;
        in.labels = l.labels;
        QPainter p(&l.image);
        for (const QRect &strip : exposed)
            paintCulled(in, p, strip, cull(in, strip), &m_labelImages);
        if (l.draft)
            startLayerJob();
        return;
    }

    // A new zoom of the same shapes while a full layer costs more than a frame: show the last
    // exact layer scaled (a draft) at once and draw the exact one on another thread; it replaces
    // the draft as soon as it is done (a wheel zoom stays fluid at any number of shapes).
    if (sameShapes && (m_lastBuildMs > DraftAboveMs || visibleShapeCount() >= ParallelAbove)
        && !m_precise.image.isNull() && m_precise.itemsVersion == m_itemsVersion) {
        QImage draft = blankLayer(pixels, dpr, Qt::transparent);
        {
            QPainter p(&draft);
            drawRescaled(p, m_precise.image, m_precise.scale, m_precise.offset, m_scale, m_offset);
        }
        const int drawn = l.drawn;
        l = m_precise;
        l.image = std::move(draft);
        l.scale = m_scale;
        l.offset = m_offset;
        l.draft = true;
        l.drawn = drawn;
        startLayerJob();
        return;
    }

    QElapsedTimer clock;
    clock.start();
    l = buildLayer(layerInput(), &m_labelImages, true);
    m_lastBuildMs = double(clock.nsecsElapsed()) / 1e6;
    m_precise = l;
}

int ImageCanvas::visibleShapeCount() const
{
    // What a layer of this view would have to draw, known before drawing it (a bounds test per
    // shape: microseconds for ten thousand).
    const QRectF visible = visibleImageRect();
    int count = 0;
    for (const DrawnItem &d : *m_drawn)
        count += d.bounds.intersects(visible) ? 1 : 0;
    return count;
}

void ImageCanvas::startLayerJob()
{
    if (m_layerJob.isValid() && !m_layerJob.isFinished())
        return; // the next frame starts another for the view of then
    m_layerJob = QtConcurrent::run([in = layerInput()] {
        QHash<QString, QImage> labels; // the canvas's cache stays on the GUI thread
        QElapsedTimer clock;
        clock.start();
        ShapeLayer l = buildLayer(in, &labels, false);
        l.buildMs = double(clock.nsecsElapsed()) / 1e6;
        return l;
    });
    m_layerWatcher.setFuture(m_layerJob);
}

bool ImageCanvas::isLayerPending() const
{
    return m_layer.draft || m_pixelLayer.draft || (m_layerJob.isValid() && !m_layerJob.isFinished())
        || (m_pixelJob.isValid() && !m_pixelJob.isFinished());
}

ImageCanvas::Culled ImageCanvas::cull(const LayerInput &in, const QRect &clip)
{
    const QTransform view = in.view();
    // Labels stand above a shape's top-left corner and may reach far to the right, so shapes a
    // little outside the clip can still put their label into it.
    const int labelHeight = QFontMetrics(in.font).height() + 2;
    const QRectF reach = QRectF(clip).adjusted(-MaxLabelWidth, 0, 0, labelHeight);
    const QRectF visible = view.inverted().mapRect(reach);
    Culled out;
    const std::vector<DrawnItem> &drawn = *in.drawn;
    for (size_t i = 0; i < drawn.size(); ++i) {
        const Item &it = in.items[qsizetype(i)];
        if ((it.flags & 1) || in.previewIds.contains(it.id))
            continue;
        const QRectF &b = drawn[i].bounds;
        if (!b.intersects(visible) && !(b.isEmpty() && visible.contains(b.topLeft())))
            continue;
        if (std::max(b.width(), b.height()) * in.scale < DotBelowPixels) {
            const QPointF c = view.map(b.center());
            out.dots.emplace_back(it.color.rgb(), QRectF(c.x() - 1.5, c.y() - 1.5, 3, 3));
        } else {
            out.outlines.push_back(int(i));
        }
    }
    return out;
}

void ImageCanvas::paintCulled(
    const LayerInput &in, QPainter &painter, const QRect &clip, Culled culled, QHash<QString, QImage> *labels)
{
    const QTransform view = in.view() * painter.transform();
    const int labelHeight = QFontMetrics(in.font).height() + 2;
    painter.save();
    painter.setClipRect(clip);
    const QTransform base = painter.transform();
    painter.resetTransform();
    for (const auto &[rgb, r] : culled.dots)
        painter.fillRect(base.mapRect(r), QColor::fromRgb(rgb));

    const bool aliased = in.aliased;
    std::vector<int> &outlines = culled.outlines;
    if (aliased) {
        // Many small outlines, grouped by colour so that the engine's pen and brush state changes
        // seldom (overlaps of different colours may stack in another order, unseen at this size).
        std::stable_sort(outlines.begin(), outlines.end(), [&in](int a, int b) {
            const Item &x = in.items[a];
            const Item &y = in.items[b];
            return std::pair(x.color.rgba(), x.proposed) < std::pair(y.color.rgba(), y.proposed);
        });
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    QRgb penColor = 0;
    int penProposed = -1;
    int brushAlpha = -1;
    for (int i : outlines) {
        const Item &it = in.items[i];
        QColor fill = it.color;
        fill.setAlpha(it.shape.isArea() || it.shape.kind() == Shape::Kind::Polyline ? (it.proposed ? 25 : 45) : 0);
        // Width 0 is the raster engine's fast one-pixel cosmetic line.
        QPen pen(it.color, aliased ? 0.0 : 1.0, it.proposed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        const DrawnItem &d = (*in.drawn)[size_t(i)];
        if (aliased && !d.polygon.isEmpty()) {
            // The dense case: the engine's pen and brush change only with the colour, and plain
            // polygons are mapped here (no path conversion per shape in the raster engine).
            if (it.color.rgba() != penColor || int(it.proposed) != penProposed) {
                penColor = it.color.rgba();
                penProposed = int(it.proposed);
                painter.setPen(pen);
                brushAlpha = -1;
            }
            if (fill.alpha() != brushAlpha) {
                brushAlpha = fill.alpha();
                painter.setBrush(fill);
            }
            painter.drawPolygon(view.map(d.polygon));
            continue;
        }
        penColor = 0;
        penProposed = -1;
        brushAlpha = -1;
        // Fills are never antialiased (their edge is under the outline anyway): antialiased
        // filling costs by area, and zoomed-in shapes are large.
        painter.setRenderHint(QPainter::Antialiasing, false);
        if (!d.polygon.isEmpty()) {
            const QPolygonF mapped = view.map(d.polygon);
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPolygon(mapped);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPolygon(mapped);
            continue;
        }
        painter.setTransform(view);
        if (aliased) {
            painter.setPen(pen);
            painter.setBrush(fill);
            painter.drawPath(d.path);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(fill);
            painter.drawPath(d.path);
            painter.setRenderHint(QPainter::Antialiasing, true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(d.path);
        }
        painter.resetTransform();
    }

    if (in.labels) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        for (int i : outlines) {
            const Item &it = in.items[i];
            if (it.label.isEmpty())
                continue;
            const QRectF b = view.mapRect((*in.drawn)[size_t(i)].bounds);
            if (b.width() < 24 && b.height() < 24)
                continue;
            const QImage tag = labelImage(it.label, it.color, in.font, in.dpr, labels);
            painter.drawImage(QPointF(std::round(b.left()), std::round(b.top()) - labelHeight), tag);
        }
    }
    painter.restore();
}

QImage ImageCanvas::labelImage(
    const QString &text, const QColor &color, const QFont &font, qreal dpr, QHash<QString, QImage> *cache)
{
    const QString key = text + QLatin1Char('\x1f') + QString::number(color.rgba(), 16);
    if (cache) {
        const auto it = cache->constFind(key);
        if (it != cache->constEnd())
            return it.value();
        if (cache->size() > 4096)
            cache->clear();
    }
    const QFontMetrics metrics(font);
    const QSize box(std::min(MaxLabelWidth, metrics.horizontalAdvance(text) + 6), metrics.height() + 2);
    QImage image((QSizeF(box) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(color);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setFont(font);
    p.setPen(color.lightness() > 150 ? Qt::black : Qt::white);
    p.drawText(QRect(QPoint(3, 0), box - QSize(3, 0)), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(text, Qt::ElideRight, box.width() - 6));
    p.end();
    if (cache)
        cache->insert(key, image);
    return image;
}

void ImageCanvas::drawSelection(QPainter &painter)
{
    if (m_selection.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (qint64 id : std::as_const(m_selection)) {
        const Item *it = item(id);
        if (!it || (it->flags & 1))
            continue;
        const Shape shape = m_preview.value(id, it->shape);
        const double rotationOffset = 20.0 / m_scale;
        const QList<QPointF> handles = shape.handles(rotationOffset);
        if (handles.size() > 400)
            continue; // a dense polygon: vertices would hide the outline
        painter.setPen(QPen(Qt::black, 1));
        painter.setBrush(it->flags & 2 ? QColor(160, 160, 160) : QColor(Qt::white));
        for (int h = 0; h < handles.size(); ++h) {
            const QPointF w = toWidget(handles[h]);
            if (shape.canRotate() && h == Shape::Rotation)
                painter.drawEllipse(w, 4.5, 4.5);
            else
                painter.drawRect(QRectF(w.x() - 3.5, w.y() - 3.5, 7, 7));
        }
    }
    painter.restore();
}

void ImageCanvas::render(QPainter &painter)
{
    painter.fillRect(QRect(QPoint(0, 0), size()), Background);
    if (!m_source)
        return;
    drawPixels(painter);
    drawItems(painter);
    drawSelection(painter);
    m_tools->paint(painter);
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter);
}

void ImageCanvas::changeEvent(QEvent *event)
{
    // Label tags are drawn with the widget's font: a new font needs new tags and a new layer.
    if (event->type() == QEvent::FontChange) {
        m_labelImages.clear();
        ++m_itemsVersion;
        update();
    }
    QWidget::changeEvent(event);
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fitted)
        fitToWindow();
}

QImage ImageCanvas::rawPixels(const QRect &imageRect) const
{
    if (!m_source)
        return {};
    const QRect r = imageRect.intersected(QRect(QPoint(0, 0), imageSize()));
    if (r.isEmpty())
        return {};
    const int ts = ImageSource::tileSize();
    QImage out;
    for (int ty = r.top() / ts; ty <= r.bottom() / ts; ++ty) {
        for (int tx = r.left() / ts; tx <= r.right() / ts; ++tx) {
            const QImage tile = m_source->tile(0, tx, ty);
            if (tile.isNull())
                return {};
            if (out.isNull())
                out = QImage(r.size(), tile.format());
            const QRect tileRect = m_source->tileRect(0, tx, ty);
            const QRect part = tileRect.intersected(r);
            const int bytesPerPixel = tile.depth() / 8;
            for (int y = part.top(); y <= part.bottom(); ++y) {
                const uchar *from
                    = tile.constScanLine(y - tileRect.top()) + (part.left() - tileRect.left()) * bytesPerPixel;
                uchar *to = out.scanLine(y - r.top()) + (part.left() - r.left()) * bytesPerPixel;
                std::memcpy(to, from, size_t(part.width() * bytesPerPixel));
            }
        }
    }
    return out;
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && event->modifiers() & Qt::AltModifier)) {
        m_panning = true;
        m_panStart = event->position();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (m_source && m_tools->mousePress(event))
        update();
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        panBy(event->position() - m_panStart);
        m_panStart = event->position();
        return;
    }
    if (m_source) {
        emit cursorMoved(toImage(event->position()));
        if (m_tools->mouseMove(event))
            update();
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    if (m_source && m_tools->mouseRelease(event))
        update();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_source && m_tools->mouseDoubleClick(event))
        update();
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (m_tools->keyPress(event)) {
        update();
        return;
    }
    const double step = std::max(width(), height()) * 0.1;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        return;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        return;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        return;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        if (event->modifiers() & Qt::ControlModifier) {
            setScale(1.0, rect().center());
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace rwb::image
