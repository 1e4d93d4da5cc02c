#pragma once

#include "../raster/displaymapping.h"
#include "../raster/displayrenderer.h"
#include "../shape.h"

#include <QCache>
#include <QColor>
#include <QFont>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <memory>

namespace rwb::image {

class ImageSource;
class ToolController;

/// The image view: pixels from an ImageSource drawn tile by tile at the pyramid level that
/// matches the zoom (only visible tiles, mapped for display through DisplayRenderer), the
/// annotations on top, and the active tool's interaction (ToolController). Zoom runs from
/// fit-to-window to pixel level (nearest neighbour and a pixel grid when magnified).
///
/// Frames cost what is visible, not what exists: shapes outside the window are skipped by
/// their bounds, and shapes smaller than a few screen pixels are drawn as a dot instead of
/// their outline. setNaiveDrawing() turns both off (the benchmark's baseline).
class ImageCanvas : public QWidget
{
    Q_OBJECT
public:
    /// One annotation as drawn.
    struct Item
    {
        qint64 id = 0;
        Shape shape;
        QColor color;
        QString label;
        int flags = 0; ///< project::Annotation::Flag
        int zOrder = 0;
        bool proposed = false;
    };

    explicit ImageCanvas(QWidget *parent = nullptr);
    ~ImageCanvas() override;

    void setSource(std::shared_ptr<ImageSource> source);
    std::shared_ptr<ImageSource> source() const { return m_source; }
    /// Replaces the drawn annotations (the selection keeps the ids that still exist).
    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    const Item *item(qint64 id) const;

    void setDisplayMapping(const DisplayMapping &mapping);
    DisplayMapping displayMapping() const { return m_renderer.mapping(); }

    ToolController *tools() const { return m_tools.get(); }

    // --- view ---
    double scale() const { return m_scale; }
    /// Image point under widget point, and back.
    QPointF toImage(QPointF widgetPos) const;
    QPointF toWidget(QPointF imagePos) const;
    QRectF visibleImageRect() const;
    void fitToWindow();
    void setScale(double scale, QPointF anchorWidgetPos);
    void zoomBy(double factor) { setScale(m_scale * factor, rect().center()); }
    void zoomBy(double factor, QPointF anchorWidgetPos) { setScale(m_scale * factor, anchorWidgetPos); }
    void panBy(QPointF widgetDelta);
    /// Centres the view on \a imagePos at \a scale.
    void centerOn(QPointF imagePos, double scale);
    QSize imageSize() const;

    // --- selection and per-item state used by the tools ---
    QSet<qint64> selection() const { return m_selection; }
    void setSelection(const QSet<qint64> &ids);
    /// Topmost visible, unlocked item at \a imagePos (within \a tolerance image pixels), or 0.
    qint64 itemAt(QPointF imagePos, double tolerance) const;
    /// Items whose bounds lie inside \a imageRect (rubber-band selection).
    QSet<qint64> itemsIn(const QRectF &imageRect) const;
    /// Draws \a shape instead of item \a id's stored shape while a drag is under way.
    void setPreview(const QHash<qint64, Shape> &preview);
    QColor currentColor() const { return m_currentColor; }
    void setCurrentColor(const QColor &color) { m_currentColor = color; }
    void setShowLabels(bool show);

    /// Level 0 pixels of \a imageRect (clipped to the image), composed from tiles; what the
    /// OpenCV helpers work on. Null when tiles are not available yet.
    QImage rawPixels(const QRect &imageRect) const;

    /// Benchmark baseline: every shape, every frame, full outline, antialiased.
    void setNaiveDrawing(bool naive) { m_naive = naive; }
    /// Paints one frame into \a painter (size()), as paintEvent does.
    void render(QPainter &painter);
    /// Shapes drawn (outline or dot) in the last frame.
    int lastDrawnCount() const { return m_lastDrawn; }
    /// Whether the frame shows a draft of the shapes (a zoom) while the exact layer is drawn.
    bool isLayerPending() const;

signals:
    void viewChanged();
    void selectionChanged();
    /// Pixel position under the mouse (for the status bar read-out).
    void cursorMoved(QPointF imagePos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct DrawnItem
    {
        QPainterPath path;
        QPolygonF polygon; ///< polygons without holes: the ring, drawn without the path
        QRectF bounds;
    };
    /// Everything a shape layer is drawn from, copied (cheaply: shared data) so that a layer
    /// can be drawn on any thread while the canvas goes on.
    struct LayerInput
    {
        QList<Item> items;
        std::shared_ptr<const std::vector<DrawnItem>> drawn;
        QSet<qint64> previewIds;
        QFont font;
        double scale = 1;
        QPointF offset;
        qreal dpr = 1;
        QSize size;
        bool showLabels = true;
        quint64 itemsVersion = 0;
        bool aliased = false; ///< level of detail (set by buildLayer)
        bool labels = false;
        QTransform view() const { return QTransform(scale, 0, 0, scale, offset.x(), offset.y()); }
    };
    struct Culled
    {
        std::vector<int> outlines; ///< positions in the items
        std::vector<std::pair<QRgb, QRectF>> dots; ///< colour, widget rectangle
    };
    void rebuildDrawn();
    void drawPixels(QPainter &painter);
    void drawTiles(QPainter &painter);
    /// Maps the source's preview for display once it exists (drawn where tiles are missing).
    void ensureDisplayPreview();
    /// What the pixels of a view are composed from, copied so that another thread can do it.
    struct PixelInput
    {
        std::shared_ptr<ImageSource> source;
        DisplayRenderer renderer;
        QImage preview; ///< mapped for display
        double scale = 1;
        QPointF offset;
        QSize size;
        qreal dpr = 1;
        quint64 version = 0;
        QTransform view() const { return QTransform(scale, 0, 0, scale, offset.x(), offset.y()); }
    };
    PixelInput pixelInput() const;
    /// Draws the tiles of \a in; through \a cache's display tiles when given (GUI thread only).
    static void paintTiles(const PixelInput &in, QPainter &painter, const ImageCanvas *cache);
    void startPixelJob();
    void drawGrid(QPainter &painter);
    /// Brings the cached composition of the finished pyramid's tiles up to date with the view.
    void updatePixelLayer();
    void drawItems(QPainter &painter);
    /// Brings the cached shape layer up to date with the view (a pan redraws only new strips;
    /// a zoom with many shapes shows a draft while the exact layer is drawn on another thread).
    void updateShapeLayer();
    void startLayerJob();
    int visibleShapeCount() const;
    void adoptFinishedLayer();
    void drawSelection(QPainter &painter);
    void clampView();
    QTransform viewTransform() const;
    int levelForScale() const;
    QImage displayTile(int level, int tx, int ty) const;

    std::shared_ptr<ImageSource> m_source;
    DisplayRenderer m_renderer;
    mutable QCache<quint64, QImage> m_displayTiles;
    mutable QImage m_displayPreview; ///< the source's preview, mapped; empty when stale
    /// The annotations drawn into an image for the current view, reused while nothing changes
    /// (a cursor move, a tool's rubber line, a selection) and shifted when the view is panned.
    struct ShapeLayer
    {
        QImage image;
        quint64 itemsVersion = 0;
        QSet<qint64> previewIds;
        bool showLabels = true;
        double scale = 0;
        QPointF offset;
        qreal dpr = 1;
        bool aliased = false; ///< level of detail chosen for the whole view
        bool labels = true;
        int drawn = 0;
        bool draft = false; ///< a scaled copy of an exact layer, while the exact one is drawn
        double buildMs = 0;
    };
    LayerInput layerInput() const;
    static ShapeLayer buildLayer(LayerInput in, QHash<QString, QImage> *labels, bool parallel);
    /// The shapes that reach into \a clip (widget coordinates).
    static Culled cull(const LayerInput &in, const QRect &clip);
    /// Draws \a culled into \a clip with the input's level of detail.
    static void paintCulled(
        const LayerInput &in, QPainter &painter, const QRect &clip, Culled culled, QHash<QString, QImage> *labels);
    static QImage labelImage(
        const QString &text, const QColor &color, const QFont &font, qreal dpr, QHash<QString, QImage> *cache);
    ShapeLayer m_layer;
    ShapeLayer m_precise; ///< the last exact layer (drafts are scaled from it)
    QFuture<ShapeLayer> m_layerJob;
    QFutureWatcher<ShapeLayer> m_layerWatcher;
    double m_lastBuildMs = 0;
    struct PixelLayer
    {
        QImage image;
        quint64 version = 0;
        double scale = 0;
        QPointF offset;
        qreal dpr = 1;
        bool draft = false;
    };
    PixelLayer m_pixelLayer;
    PixelLayer m_exactPixels; ///< the last exact composition (zoom drafts are scaled from it)
    QFuture<PixelLayer> m_pixelJob;
    QFutureWatcher<PixelLayer> m_pixelWatcher;
    double m_pixelBuildMs = 0;
    quint64 m_pixelsVersion = 1;
    quint64 m_itemsVersion = 1;
    QSet<qint64> m_previewIds;
    QHash<QString, QImage> m_labelImages;
    QList<Item> m_items;
    std::shared_ptr<const std::vector<DrawnItem>> m_drawn; ///< parallel to m_items
    QHash<qint64, int> m_index; ///< id → position in m_items
    QHash<qint64, Shape> m_preview;
    QSet<qint64> m_selection;
    QColor m_currentColor = QColor(230, 25, 75);
    std::unique_ptr<ToolController> m_tools;
    double m_scale = 1.0;
    QPointF m_offset; ///< widget position of image (0, 0)
    bool m_fitted = false; ///< follow the window size until the user zooms
    bool m_naive = false;
    bool m_showLabels = true;
    bool m_panning = false;
    QPointF m_panStart;
    int m_lastDrawn = 0;
};

} // namespace rwb::image
