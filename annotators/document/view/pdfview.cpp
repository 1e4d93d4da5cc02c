#include "pdfview.h"

#include "document/pagerenderer.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QtMath>

#include <algorithm>

namespace rwb::document {

namespace {

constexpr double PageGap = 12; // pixels between pages and around them
constexpr int DpiStep = 12; // renderings are requested at multiples of this, so zoom steps reuse them

} // namespace

PdfView::PdfView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setAutoFillBackground(false);
}

PdfView::~PdfView() = default;

void PdfView::setDocument(const QString &path, const QList<QSizeF> &pageSizes, TextSource text)
{
    m_renderer = std::make_unique<PageRenderer>(path, 2);
    connect(m_renderer.get(), &PageRenderer::pageReady, viewport(), [this] { viewport()->update(); });
    m_pageSizes = pageSizes;
    m_textSource = std::move(text);
    m_texts.clear();
    m_singlePage = 0;
    m_selection.reset();
    relayout();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

void PdfView::clear()
{
    m_renderer.reset();
    m_pageSizes.clear();
    m_texts.clear();
    m_spans.clear();
    m_spansByPage.clear();
    m_spanIndex.clear();
    m_regions.clear();
    m_relations.clear();
    m_highlights.clear();
    m_selection.reset();
    relayout();
    viewport()->update();
}

void PdfView::invalidateText(int page)
{
    m_texts.remove(page);
    viewport()->update();
}

const PageText &PdfView::pageText(int page) const
{
    auto it = m_texts.find(page);
    if (it == m_texts.end()) {
        // A page's text with its boxes takes about 100 KB: keep those near the current page.
        constexpr int Kept = 48;
        if (m_texts.size() >= Kept) {
            const int current = currentPage();
            for (auto i = m_texts.begin(); i != m_texts.end();)
                i = std::abs(i.key() - current) > Kept / 4 ? m_texts.erase(i) : std::next(i);
        }
        it = m_texts.insert(page, m_textSource ? m_textSource(page) : PageText());
    }
    return *it;
}

void PdfView::setSpans(const QList<SpanItem> &spans)
{
    m_spans = spans;
    m_spansByPage.clear();
    m_spanIndex.clear();
    for (int i = 0; i < m_spans.size(); ++i) {
        m_spansByPage[m_spans.at(i).page].append(i);
        m_spanIndex.insert(m_spans.at(i).id, i);
    }
    viewport()->update();
}

void PdfView::setRegions(const QList<RegionItem> &regions)
{
    m_regions = regions;
    viewport()->update();
}

void PdfView::setRelations(const QList<RelationItem> &relations)
{
    m_relations = relations;
    viewport()->update();
}

void PdfView::setSelectedAnnotation(std::optional<qint64> id)
{
    m_selected = id;
    viewport()->update();
}

void PdfView::setHighlights(const QList<SpanItem> &hits)
{
    m_highlights = hits;
    viewport()->update();
}

void PdfView::setZoom(double pixelsPerPoint)
{
    pixelsPerPoint = std::clamp(pixelsPerPoint, 0.1, 8.0);
    if (qFuzzyCompare(pixelsPerPoint, m_zoom))
        return;
    const int page = currentPage();
    m_zoom = pixelsPerPoint;
    if (m_renderer)
        m_renderer->cancelPending();
    relayout();
    goToPage(page);
    viewport()->update();
}

void PdfView::setContinuous(bool continuous)
{
    const int page = currentPage();
    m_continuous = continuous;
    relayout();
    goToPage(page);
}

int PdfView::dpi() const
{
    const double wanted = 72.0 * m_zoom * devicePixelRatioF();
    return std::max(DpiStep, int(std::ceil(wanted / DpiStep)) * DpiStep);
}

void PdfView::relayout()
{
    m_pageTops.clear();
    m_contentWidth = 0;
    double y = PageGap;
    for (const QSizeF &s : std::as_const(m_pageSizes)) {
        m_pageTops.append(m_continuous ? y : PageGap);
        y += s.height() * m_zoom + PageGap;
        m_contentWidth = std::max(m_contentWidth, s.width() * m_zoom + 2 * PageGap);
    }
    if (m_continuous)
        m_contentHeight = y;
    else
        m_contentHeight = m_pageSizes.isEmpty() ? 0 : m_pageSizes.value(m_singlePage).height() * m_zoom + 2 * PageGap;
    horizontalScrollBar()->setRange(0, std::max(0, int(m_contentWidth) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, int(m_contentHeight) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(40);
}

QRectF PdfView::pageRect(int page) const
{
    const QSizeF s = m_pageSizes.value(page) * m_zoom;
    const double x = std::max(PageGap, (std::max(m_contentWidth, double(viewport()->width())) - s.width()) / 2);
    return QRectF(QPointF(x, m_pageTops.value(page)), s);
}

QPointF PdfView::toViewport(int page, const QPointF &pt) const
{
    const QRectF r = pageRect(page);
    return QPointF(r.left() + pt.x() * m_zoom - horizontalScrollBar()->value(),
        r.top() + pt.y() * m_zoom - verticalScrollBar()->value());
}

std::optional<std::pair<int, QPointF>> PdfView::fromViewport(const QPointF &pos) const
{
    if (m_pageSizes.isEmpty())
        return std::nullopt;
    const QPointF content(pos.x() + horizontalScrollBar()->value(), pos.y() + verticalScrollBar()->value());
    int page = m_singlePage;
    if (m_continuous) {
        auto it = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), content.y());
        page = std::max(0, int(it - m_pageTops.begin()) - 1);
    }
    const QRectF r = pageRect(page);
    return std::make_pair(page, QPointF((content.x() - r.left()) / m_zoom, (content.y() - r.top()) / m_zoom));
}

int PdfView::currentPage() const
{
    if (!m_continuous || m_pageTops.isEmpty())
        return m_singlePage;
    const double y = verticalScrollBar()->value() + viewport()->height() / 3.0;
    auto it = std::upper_bound(m_pageTops.begin(), m_pageTops.end(), y);
    return std::clamp(int(it - m_pageTops.begin()) - 1, 0, int(m_pageTops.size()) - 1);
}

void PdfView::goToPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (!m_continuous) {
        m_singlePage = page;
        relayout();
        verticalScrollBar()->setValue(0);
    } else {
        verticalScrollBar()->setValue(int(m_pageTops.value(page) - PageGap));
    }
    viewport()->update();
    if (page != m_lastReportedPage) {
        m_lastReportedPage = page;
        emit currentPageChanged(page);
    }
}

void PdfView::showOffset(int page, qint64 start)
{
    if (!m_continuous && page != m_singlePage)
        goToPage(page);
    const PageText &text = pageText(page);
    const double y = start < text.size() ? text.box(start).top() : 0;
    const QRectF r = pageRect(page);
    verticalScrollBar()->setValue(int(r.top() + y * m_zoom - viewport()->height() / 3.0));
    viewport()->update();
}

bool PdfView::isSettled() const
{
    if (!m_renderer)
        return true;
    const int d = dpi();
    const double top = verticalScrollBar()->value();
    const double bottom = top + viewport()->height();
    for (int p = 0; p < pageCount(); ++p) {
        if (!m_continuous && p != m_singlePage)
            continue;
        const QRectF r = pageRect(p);
        if (r.bottom() < top || r.top() > bottom)
            continue;
        if (!m_renderer->isCached(p, d))
            return false;
    }
    return true;
}

QList<QRectF> PdfView::spanRects(const SpanItem &s) const
{
    QList<QRectF> out;
    for (const QRectF &r : pageText(s.page).rectsFor(s.start, s.end)) {
        const QPointF a = toViewport(s.page, r.topLeft());
        out.append(QRectF(a, r.size() * m_zoom));
    }
    return out;
}

void PdfView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    if (!m_renderer)
        return;
    const int d = dpi();
    const double top = verticalScrollBar()->value();
    const double bottom = top + viewport()->height();
    QList<int> visible;
    for (int page = 0; page < pageCount(); ++page) {
        if (!m_continuous && page != m_singlePage)
            continue;
        const QRectF r = pageRect(page);
        if (r.bottom() < top || r.top() > bottom)
            continue;
        visible.append(page);
        const QRectF target(toViewport(page, QPointF(0, 0)), r.size());
        QImage image = m_renderer->page(page, d);
        if (image.isNull()) {
            // A rendering at another resolution stands in until the right one is ready.
            for (const int other : { d - DpiStep, d + DpiStep, 72, 36 }) {
                if (other > 0 && m_renderer->isCached(page, other)) {
                    image = m_renderer->page(page, other);
                    break;
                }
            }
        }
        if (image.isNull())
            p.fillRect(target, Qt::white);
        else
            p.drawImage(target, image);
        p.setPen(QPen(palette().color(QPalette::Shadow), 1));
        p.drawRect(target);
    }
    // Prefetch the pages around the visible ones.
    if (!visible.isEmpty()) {
        if (visible.first() > 0)
            m_renderer->request(visible.first() - 1, d);
        if (visible.last() + 1 < pageCount())
            m_renderer->request(visible.last() + 1, d);
    }
    p.setRenderHint(QPainter::Antialiasing);
    QHash<qint64, QRectF> anchor; // first rectangle of each visible span, for arrows
    for (const int page : std::as_const(visible)) {
        for (const int i : m_spansByPage.value(page)) {
            const SpanItem &s = m_spans.at(i);
            QColor fill = s.color;
            fill.setAlpha(s.proposed ? 45 : 80);
            const QList<QRectF> rects = spanRects(s);
            for (const QRectF &r : rects) {
                p.fillRect(r, fill);
                if (s.proposed) {
                    p.setPen(QPen(s.color, 1, Qt::DashLine));
                    p.drawRect(r);
                }
                QPen underline(s.color, m_selected == s.id ? 3 : 1.5);
                p.setPen(underline);
                p.drawLine(r.bottomLeft(), r.bottomRight());
            }
            if (!rects.isEmpty())
                anchor.insert(s.id, rects.first());
        }
        for (const RegionItem &r : std::as_const(m_regions)) {
            if (r.page != page)
                continue;
            const QRectF v(toViewport(page, r.rect.topLeft()), r.rect.size() * m_zoom);
            QColor fill = r.color;
            fill.setAlpha(30);
            p.fillRect(v, fill);
            p.setPen(QPen(r.color, m_selected == r.id ? 3 : 1.5));
            p.drawRect(v);
        }
        for (const SpanItem &h : std::as_const(m_highlights)) {
            if (h.page != page)
                continue;
            for (const QRectF &r : spanRects(h))
                p.fillRect(r, QColor(255, 200, 0, 110));
        }
    }
    // Relations between visible spans: arrows from the first line of one to the first of the other.
    QList<QRectF> labels; // placed so far: a label that would cover one moves up
    for (const RelationItem &rel : std::as_const(m_relations)) {
        if (!anchor.contains(rel.from) || !anchor.contains(rel.to))
            continue;
        const QRectF a = anchor.value(rel.from);
        const QRectF b = anchor.value(rel.to);
        const QPointF from(a.center().x(), a.top());
        const QPointF to(b.center().x(), b.top());
        QPainterPath path(from);
        const double lift = std::max(18.0, std::abs(to.x() - from.x()) / 5);
        path.cubicTo(from - QPointF(0, lift), to - QPointF(0, lift), to);
        p.setPen(QPen(QColor(40, 40, 160), m_selected == rel.id ? 2.5 : 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        const QPointF dir = to - path.pointAtPercent(0.95);
        const double angle = std::atan2(dir.y(), dir.x());
        QPolygonF head;
        head << to << to - QPointF(std::cos(angle - 0.4), std::sin(angle - 0.4)) * 8
             << to - QPointF(std::cos(angle + 0.4), std::sin(angle + 0.4)) * 8;
        p.setBrush(QColor(40, 40, 160));
        p.drawPolygon(head);
        p.setBrush(Qt::NoBrush);
        // The type on a light box over the arc's top, so that it reads over the page's text.
        const QRectF textRect = p.fontMetrics().boundingRect(rel.type).adjusted(-3, -1, 3, 1);
        QRectF box(QPointF(0, 0), textRect.size());
        box.moveCenter(path.pointAtPercent(0.5) - QPointF(0, box.height() / 2));
        for (int tries = 0; tries < 4; ++tries) {
            const auto covers = std::find_if(
                labels.cbegin(), labels.cend(), [&box](const QRectF &other) { return other.intersects(box); });
            if (covers == labels.cend())
                break;
            box.moveBottom(covers->top() - 1);
        }
        labels.append(box);
        p.fillRect(box, QColor(255, 255, 255, 210));
        p.drawText(box, Qt::AlignCenter, rel.type);
    }
    // The selection or rectangle being dragged.
    if (m_selection) {
        for (const QRectF &r : spanRects(*m_selection))
            p.fillRect(r, QColor(60, 120, 255, 90));
    }
    if (m_dragging && m_tool == Tool::Region) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5, Qt::DashLine));
        p.drawRect(QRectF(toViewport(m_dragPage, m_dragFrom), toViewport(m_dragPage, m_dragTo)).normalized());
    }
    if (m_dragging && m_tool == Tool::Relation && m_dragSpan && anchor.contains(*m_dragSpan)) {
        p.setPen(QPen(QColor(40, 40, 160), 1.5, Qt::DashLine));
        p.drawLine(anchor.value(*m_dragSpan).center(), toViewport(m_dragPage, m_dragTo));
    }
}

std::optional<qint64> PdfView::spanAt(int page, const QPointF &pt) const
{
    const QPointF v = toViewport(page, pt);
    std::optional<qint64> best;
    qint64 bestLength = std::numeric_limits<qint64>::max();
    for (const int i : m_spansByPage.value(page)) {
        const SpanItem &s = m_spans.at(i);
        for (const QRectF &r : spanRects(s)) {
            // The shortest span under the point: the inner one of nested spans.
            if (r.adjusted(-1, -1, 1, 1).contains(v) && s.end - s.start < bestLength) {
                best = s.id;
                bestLength = s.end - s.start;
            }
        }
    }
    if (!best) {
        for (const RegionItem &r : m_regions) {
            if (r.page == page && r.rect.contains(pt))
                return r.id;
        }
    }
    return best;
}

void PdfView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const auto at = fromViewport(event->position());
    if (!at)
        return;
    m_dragging = true;
    m_dragPage = at->first;
    m_dragFrom = m_dragTo = at->second;
    m_dragSpan.reset();
    m_selection.reset();
    if (m_tool == Tool::Relation)
        m_dragSpan = spanAt(at->first, at->second);
    viewport()->update();
}

void PdfView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const auto at = fromViewport(event->position());
    if (!at)
        return;
    // A drag stays on the page it began on; points beyond it clamp to its edges.
    const QPointF pt
        = at->first == m_dragPage ? at->second : QPointF(at->second.x(), at->first > m_dragPage ? 1e6 : -1e6);
    m_dragTo = pt;
    if (m_tool == Tool::Text) {
        const PageText &text = pageText(m_dragPage);
        const bool forward = m_dragTo.y() > m_dragFrom.y() + 2
            || (std::abs(m_dragTo.y() - m_dragFrom.y()) <= 2 && m_dragTo.x() >= m_dragFrom.x());
        const QPointF first = forward ? m_dragFrom : m_dragTo;
        const QPointF last = forward ? m_dragTo : m_dragFrom;
        const qint64 a = text.offsetAt(first, false);
        const qint64 b = text.offsetAt(last, true);
        if (a >= 0 && b > a)
            m_selection = SpanItem { 0, m_dragPage, a, b, {}, false };
        else
            m_selection.reset();
    }
    viewport()->update();
}

void PdfView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    mouseMoveEvent(event);
    m_dragging = false;
    const bool click = (m_dragTo - m_dragFrom).manhattanLength() * m_zoom < 3;
    if (click) {
        m_selection.reset();
        if (const std::optional<qint64> id = spanAt(m_dragPage, m_dragFrom))
            emit annotationClicked(*id);
    } else if (m_tool == Tool::Text && m_selection) {
        const SpanItem s = *m_selection;
        m_selection.reset();
        emit spanDrawn(s.page, s.start, s.end);
    } else if (m_tool == Tool::Region) {
        const QSizeF size = m_pageSizes.value(m_dragPage);
        const QRectF r = QRectF(m_dragFrom, m_dragTo).normalized().intersected(QRectF(QPointF(0, 0), size));
        if (r.width() > 1 && r.height() > 1)
            emit regionDrawn(m_dragPage, r);
    } else if (m_tool == Tool::Relation && m_dragSpan) {
        const std::optional<qint64> target = spanAt(m_dragPage, m_dragTo);
        if (target && *target != *m_dragSpan)
            emit relationDrawn(*m_dragSpan, *target);
    }
    m_dragSpan.reset();
    viewport()->update();
}

void PdfView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfView::keyPressEvent(QKeyEvent *event)
{
    if (!m_continuous && (event->key() == Qt::Key_PageDown || event->key() == Qt::Key_PageUp)) {
        goToPage(m_singlePage + (event->key() == Qt::Key_PageDown ? 1 : -1));
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void PdfView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void PdfView::scrollContentsBy(int, int)
{
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastReportedPage) {
        m_lastReportedPage = page;
        emit currentPageChanged(page);
    }
}

} // namespace rwb::document
