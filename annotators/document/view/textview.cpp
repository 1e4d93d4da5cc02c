#include "textview.h"

#include "syntaxhighlighter.h"

#include "document/textdocument.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace rwb::document {

namespace {

constexpr int TabWidth = 4;
/// Highlighting needs every line before the one shown; beyond this size the file is shown plain
/// so that jumping to its end stays instant.
constexpr qint64 HighlightLimit = 4ll << 20;
constexpr int LayoutCacheLines = 2000;

} // namespace

TextView::TextView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    const QFontMetricsF fm(font);
    m_lineHeight = std::ceil(fm.height() + 2);
    m_ascent = fm.ascent() + 1;
    setFocusPolicy(Qt::StrongFocus);
    verticalScrollBar()->setSingleStep(1);
}

TextView::~TextView() = default;

void TextView::setDocument(const TextDocument *document)
{
    m_document = document;
    m_layouts.clear();
    m_maxWidth = 0;
    m_highlighter.reset();
    if (document && document->byteSize() <= HighlightLimit)
        m_highlighter = std::make_unique<SyntaxHighlighter>(QFileInfo(document->path()).fileName());
    m_gutter = QFontMetricsF(font()).horizontalAdvance(QStringLiteral("0000000")) + 8;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    viewport()->update();
}

bool TextView::isHighlighting() const
{
    return m_highlighter && m_highlighter->isActive();
}

void TextView::refreshLines()
{
    updateScrollBars();
    viewport()->update();
}

void TextView::setSpans(const QList<SpanItem> &spans)
{
    m_spans = spans;
    std::sort(m_spans.begin(), m_spans.end(), [](const SpanItem &a, const SpanItem &b) { return a.start < b.start; });
    m_maxSpanLength = 0;
    for (const SpanItem &s : std::as_const(m_spans))
        m_maxSpanLength = std::max(m_maxSpanLength, s.end - s.start);
    viewport()->update();
}

void TextView::setRelations(const QList<RelationItem> &relations)
{
    m_relations = relations;
    viewport()->update();
}

void TextView::setHighlights(const QList<SpanItem> &hits)
{
    m_highlights = hits;
    viewport()->update();
}

void TextView::setSelectedAnnotation(std::optional<qint64> id)
{
    m_selected = id;
    viewport()->update();
}

void TextView::updateScrollBars()
{
    const qsizetype lines = m_document ? m_document->lineCount() : 0;
    const int visible = std::max(1, int(viewport()->height() / m_lineHeight));
    verticalScrollBar()->setRange(0, std::max<int>(0, int(std::min<qsizetype>(lines, INT_MAX)) - visible + 1));
    verticalScrollBar()->setPageStep(visible);
    horizontalScrollBar()->setRange(0, std::max(0, int(m_gutter + m_maxWidth + 20) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

int TextView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

double TextView::advance(char32_t c) const
{
    auto it = m_advances.find(c);
    if (it == m_advances.end())
        it = m_advances.insert(c, QFontMetricsF(font()).horizontalAdvance(QString::fromUcs4(&c, 1)));
    return *it;
}

const TextView::Layout &TextView::layout(qsizetype line) const
{
    auto it = m_layouts.find(line);
    if (it != m_layouts.end())
        return *it;
    if (m_layouts.size() > LayoutCacheLines)
        m_layouts.clear();
    Layout l;
    const QString text = m_document->line(line);
    const QList<uint> ucs4 = text.toUcs4();
    l.x.reserve(ucs4.size() + 1);
    double x = 0;
    const double space = advance(U' ');
    int column = 0;
    for (const uint c : ucs4) {
        l.x.append(x);
        if (c == '\t') {
            const int n = TabWidth - column % TabWidth;
            l.text += QString(n, QLatin1Char(' '));
            x += n * space;
            column += n;
        } else {
            l.text += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            x += advance(c);
            ++column;
        }
    }
    l.x.append(x);
    m_maxWidth = std::max(m_maxWidth, x);
    return *m_layouts.insert(line, l);
}

QPointF TextView::positionOf(qint64 offset) const
{
    if (!m_document)
        return {};
    const qsizetype line = m_document->lineAt(offset);
    const Layout &l = layout(line);
    const qint64 column = std::clamp<qint64>(offset - m_document->lineStart(line), 0, l.x.size() - 1);
    return QPointF(
        m_gutter + l.x.at(column) - horizontalScrollBar()->value(), (line - firstVisibleLine()) * m_lineHeight);
}

qint64 TextView::offsetAt(const QPointF &pos) const
{
    if (!m_document || m_document->lineCount() == 0)
        return -1;
    const qsizetype line = std::clamp<qsizetype>(
        firstVisibleLine() + qsizetype(std::floor(pos.y() / m_lineHeight)), 0, m_document->lineCount() - 1);
    const Layout &l = layout(line);
    const double x = pos.x() - m_gutter + horizontalScrollBar()->value();
    qint64 column = 0;
    // The nearest character edge.
    while (column + 1 < l.x.size() && (l.x.at(column) + l.x.at(column + 1)) / 2 < x)
        ++column;
    return m_document->lineStart(line) + column;
}

QList<QRectF> TextView::rectsFor(qint64 start, qint64 end, qsizetype firstLine, qsizetype lastLine) const
{
    QList<QRectF> out;
    const qsizetype a = std::max(firstLine, m_document->lineAt(start));
    const qsizetype b = std::min(lastLine, m_document->lineAt(std::max(start, end - 1)));
    for (qsizetype line = a; line <= b; ++line) {
        const Layout &l = layout(line);
        const qint64 ls = m_document->lineStart(line);
        const qint64 c0 = std::clamp<qint64>(start - ls, 0, l.x.size() - 1);
        const qint64 c1 = std::clamp<qint64>(end - ls, 0, l.x.size() - 1);
        const double x0 = m_gutter + l.x.at(c0) - horizontalScrollBar()->value();
        const double x1 = m_gutter + l.x.at(c1) - horizontalScrollBar()->value();
        out.append(QRectF(x0, (line - firstVisibleLine()) * m_lineHeight, std::max(2.0, x1 - x0), m_lineHeight));
    }
    return out;
}

std::optional<qint64> TextView::spanAt(qint64 offset) const
{
    std::optional<qint64> best;
    qint64 bestLength = std::numeric_limits<qint64>::max();
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), offset - m_maxSpanLength,
        [](const SpanItem &s, qint64 v) { return s.start < v; });
    for (; it != m_spans.end() && it->start <= offset; ++it) {
        if (it->end > offset && it->end - it->start < bestLength) {
            best = it->id;
            bestLength = it->end - it->start;
        }
    }
    return best;
}

void TextView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Base));
    if (!m_document)
        return;
    const qsizetype first = firstVisibleLine();
    const qsizetype count = m_document->lineCount();
    const qsizetype last = std::min<qsizetype>(count - 1, first + qsizetype(viewport()->height() / m_lineHeight) + 1);
    if (last < first)
        return;
    const qint64 visibleStart = m_document->lineStart(first);
    const qint64 visibleEnd = m_document->lineStart(last) + m_document->lineLength(last);
    const double scrollX = horizontalScrollBar()->value();

    // Span backgrounds first, then text over them.
    QHash<qint64, QRectF> anchor;
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), visibleStart - m_maxSpanLength,
        [](const SpanItem &s, qint64 v) { return s.start < v; });
    for (; it != m_spans.end() && it->start < visibleEnd; ++it) {
        if (it->end <= visibleStart)
            continue;
        QColor fill = it->color;
        fill.setAlpha(it->proposed ? 45 : 80);
        const QList<QRectF> rects = rectsFor(it->start, it->end, first, last);
        for (const QRectF &r : rects) {
            p.fillRect(r, fill);
            p.setPen(QPen(it->color, m_selected == it->id ? 3 : 1.5, it->proposed ? Qt::DashLine : Qt::SolidLine));
            p.drawLine(r.bottomLeft() - QPointF(0, 1), r.bottomRight() - QPointF(0, 1));
        }
        if (!rects.isEmpty())
            anchor.insert(it->id, rects.first());
    }
    for (const SpanItem &h : std::as_const(m_highlights)) {
        if (h.end > visibleStart && h.start < visibleEnd)
            for (const QRectF &r : rectsFor(h.start, h.end, first, last))
                p.fillRect(r, QColor(255, 200, 0, 110));
    }
    if (m_dragging && !m_relationMode && m_dragFrom >= 0 && m_dragTo != m_dragFrom) {
        for (const QRectF &r : rectsFor(std::min(m_dragFrom, m_dragTo), std::max(m_dragFrom, m_dragTo), first, last))
            p.fillRect(r, QColor(60, 120, 255, 90));
    }

    const QColor textColor = palette().color(QPalette::Text);
    const QColor gutterColor = palette().color(QPalette::PlaceholderText);
    for (qsizetype line = first; line <= last; ++line) {
        const double y = (line - first) * m_lineHeight;
        const Layout &l = layout(line);
        p.setPen(gutterColor);
        p.drawText(
            QRectF(0, y, m_gutter - 8, m_lineHeight), Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
        const double x0 = m_gutter - scrollX;
        QList<SyntaxHighlighter::Run> runs;
        if (m_highlighter && m_highlighter->isActive())
            runs = m_highlighter->runs(
                line, m_document->line(line), [this](qsizetype i) { return m_document->line(i); });
        p.setClipRect(QRectF(m_gutter, y, viewport()->width(), m_lineHeight));
        if (runs.isEmpty()) {
            p.setPen(textColor);
            p.drawText(QPointF(x0, y + m_ascent), l.text);
        } else {
            // Runs index the line before tab expansion; where tabs shifted columns, x comes
            // from the layout.
            const QString raw = m_document->line(line);
            int at = 0;
            auto drawPiece = [&](int from, int to, const QColor &c, bool bold) {
                if (to <= from)
                    return;
                const qint64 cp = QStringView(raw).first(from).toUcs4().size();
                QFont f = font();
                f.setBold(bold);
                p.setFont(f);
                p.setPen(c);
                p.drawText(QPointF(x0 + l.x.value(cp), y + m_ascent), raw.mid(from, to - from));
            };
            for (const SyntaxHighlighter::Run &r : std::as_const(runs)) {
                drawPiece(at, r.offset, textColor, false);
                drawPiece(r.offset, r.offset + r.length, r.color, r.bold);
                at = std::max(at, r.offset + r.length);
            }
            drawPiece(at, int(raw.size()), textColor, false);
            p.setFont(font());
        }
        p.setClipping(false);
    }
    // Relation arrows between visible spans.
    p.setRenderHint(QPainter::Antialiasing);
    for (const RelationItem &rel : std::as_const(m_relations)) {
        if (!anchor.contains(rel.from) || !anchor.contains(rel.to))
            continue;
        const QPointF a(anchor.value(rel.from).center().x(), anchor.value(rel.from).top());
        const QPointF b(anchor.value(rel.to).center().x(), anchor.value(rel.to).top());
        QPainterPath path(a);
        path.cubicTo(a - QPointF(0, 14), b - QPointF(0, 14), b);
        p.setPen(QPen(QColor(40, 40, 160), m_selected == rel.id ? 2.5 : 1.5));
        p.drawPath(path);
        p.setBrush(QColor(40, 40, 160));
        p.drawPolygon(QPolygonF() << b << b + QPointF(-4, -7) << b + QPointF(4, -7));
        p.setBrush(Qt::NoBrush);
        p.drawText(path.pointAtPercent(0.5) + QPointF(3, -3), rel.type);
    }
    if (m_dragging && m_relationMode && m_dragSpan && anchor.contains(*m_dragSpan)) {
        p.setPen(QPen(QColor(40, 40, 160), 1.5, Qt::DashLine));
        p.drawLine(anchor.value(*m_dragSpan).center(), m_dragPos);
    }
}

void TextView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_document)
        return QAbstractScrollArea::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = m_dragTo = offsetAt(event->position());
    m_dragPos = event->position();
    m_dragSpan = m_relationMode ? spanAt(m_dragFrom) : std::nullopt;
    viewport()->update();
}

void TextView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    m_dragTo = offsetAt(event->position());
    m_dragPos = event->position();
    viewport()->update();
}

void TextView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    mouseMoveEvent(event);
    m_dragging = false;
    if (m_relationMode) {
        const std::optional<qint64> target = spanAt(m_dragTo);
        if (m_dragSpan && target && *target != *m_dragSpan)
            emit relationDrawn(*m_dragSpan, *target);
    } else if (m_dragTo == m_dragFrom) {
        if (const std::optional<qint64> id = spanAt(m_dragFrom))
            emit annotationClicked(*id);
    } else {
        emit spanDrawn(std::min(m_dragFrom, m_dragTo), std::max(m_dragFrom, m_dragTo));
    }
    m_dragSpan.reset();
    viewport()->update();
}

void TextView::showOffset(qint64 offset)
{
    if (!m_document)
        return;
    const qsizetype line = m_document->lineAt(offset);
    const int visible = int(viewport()->height() / m_lineHeight);
    if (line < firstVisibleLine() || line >= firstVisibleLine() + visible)
        verticalScrollBar()->setValue(int(std::max<qsizetype>(0, line - visible / 3)));
    viewport()->update();
}

void TextView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TextView::scrollContentsBy(int, int)
{
    viewport()->update();
}

} // namespace rwb::document
