#pragma once

#include "document/pagetext.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QHash>
#include <QList>
#include <QSizeF>

#include <functional>
#include <memory>
#include <optional>

namespace rwb::document {

class PageRenderer;

/// A PDF page view like a PDF reader's: continuous or single page, zoom, pages rendered in the
/// background (PageRenderer) and drawn when ready, text selected by dragging over the text
/// layer, rectangles drawn for page regions, and relations drawn as arrows from span to span.
/// It edits nothing: what the user draws leaves as signals (spanDrawn, regionDrawn,
/// relationDrawn) for the annotator to turn into undo commands.
class PdfView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Tool { Text, Region, Relation };
    Q_ENUM(Tool)

    struct SpanItem
    {
        qint64 id = 0;
        int page = 0;
        qint64 start = 0;
        qint64 end = 0;
        QColor color;
        bool proposed = false;
    };
    struct RegionItem
    {
        qint64 id = 0;
        int page = 0;
        QRectF rect;
        QColor color;
    };
    struct RelationItem
    {
        qint64 id = 0;
        qint64 from = 0;
        qint64 to = 0;
        QString type;
    };
    using TextSource = std::function<PageText(int page)>;

    explicit PdfView(QWidget *parent = nullptr);
    ~PdfView() override;

    /// Shows the PDF at \a path with \a pageSizes (points); \a text gives each page's text layer
    /// (called once per page, then cached).
    void setDocument(const QString &path, const QList<QSizeF> &pageSizes, TextSource text);
    void clear();
    int pageCount() const { return int(m_pageSizes.size()); }
    /// Drops the cached text of \a page (after OCR gave it one).
    void invalidateText(int page);
    const PageText &pageText(int page) const;

    void setSpans(const QList<SpanItem> &spans);
    void setRegions(const QList<RegionItem> &regions);
    void setRelations(const QList<RelationItem> &relations);
    void setSelectedAnnotation(std::optional<qint64> id);
    /// Search hits to highlight: (page, start, end).
    void setHighlights(const QList<SpanItem> &hits);

    void setTool(Tool tool) { m_tool = tool; }
    Tool tool() const { return m_tool; }
    void setZoom(double pixelsPerPoint);
    double zoom() const { return m_zoom; }
    void setContinuous(bool continuous);
    bool isContinuous() const { return m_continuous; }
    int currentPage() const;
    void goToPage(int page);
    /// Scrolls so that \a start of \a page is visible.
    void showOffset(int page, qint64 start);

    /// Viewport position of point \a pt (points) on \a page, and back.
    QPointF toViewport(int page, const QPointF &pt) const;
    std::optional<std::pair<int, QPointF>> fromViewport(const QPointF &pos) const;
    /// Whether every visible page is drawn from a finished rendering (tests, screenshots).
    bool isSettled() const;
    /// The current selection (page, start, end) while dragging or after (empty when none).
    std::optional<SpanItem> selection() const { return m_selection; }

signals:
    void spanDrawn(int page, qint64 start, qint64 end);
    void regionDrawn(int page, const QRectF &rect);
    void relationDrawn(qint64 fromId, qint64 toId);
    void annotationClicked(qint64 id);
    void currentPageChanged(int page);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void relayout();
    QRectF pageRect(int page) const; ///< in content coordinates
    int dpi() const;
    std::optional<qint64> spanAt(int page, const QPointF &pt) const;
    QList<QRectF> spanRects(const SpanItem &s) const;

    std::unique_ptr<PageRenderer> m_renderer;
    QList<QSizeF> m_pageSizes;
    QList<double> m_pageTops; ///< content y of each page (continuous)
    double m_contentWidth = 0;
    double m_contentHeight = 0;
    TextSource m_textSource;
    mutable QHash<int, PageText> m_texts;
    QList<SpanItem> m_spans;
    QHash<int, QList<int>> m_spansByPage;
    QHash<qint64, int> m_spanIndex;
    QList<RegionItem> m_regions;
    QList<RelationItem> m_relations;
    QList<SpanItem> m_highlights;
    std::optional<qint64> m_selected;
    Tool m_tool = Tool::Text;
    double m_zoom = 1.0;
    bool m_continuous = true;
    int m_singlePage = 0;
    int m_lastReportedPage = -1;
    // Drag state.
    bool m_dragging = false;
    int m_dragPage = -1;
    QPointF m_dragFrom; ///< page points
    QPointF m_dragTo;
    std::optional<qint64> m_dragSpan; ///< relation drags start on a span
    std::optional<SpanItem> m_selection;
};

} // namespace rwb::document
