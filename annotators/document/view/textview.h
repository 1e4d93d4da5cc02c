#pragma once

#include <QAbstractScrollArea>
#include <QColor>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace rwb::document {

class TextDocument;
class SyntaxHighlighter;

/// A read-only text view over a TextDocument that lays out only the lines it shows, so a
/// 100 MB log scrolls as freely as a short file while its line index is still being built.
/// Spans are drawn as coloured backgrounds, relations as arrows; a drag selects text and leaves
/// as spanDrawn() with code-point offsets of the file; syntax colours come from KF6 Syntax
/// Highlighting when the build has it.
class TextView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    struct SpanItem
    {
        qint64 id = 0;
        qint64 start = 0;
        qint64 end = 0;
        QColor color;
        bool proposed = false;
    };
    struct RelationItem
    {
        qint64 id = 0;
        qint64 from = 0;
        qint64 to = 0;
        QString type;
    };

    explicit TextView(QWidget *parent = nullptr);
    ~TextView() override;

    /// Shows \a document (not owned; null clears). Call refreshLines() as its index grows.
    void setDocument(const TextDocument *document);
    void refreshLines();
    void setSpans(const QList<SpanItem> &spans);
    void setRelations(const QList<RelationItem> &relations);
    void setHighlights(const QList<SpanItem> &hits);
    void setSelectedAnnotation(std::optional<qint64> id);
    /// Relation mode: a drag from one span to another draws a relation instead of selecting.
    void setRelationMode(bool on) { m_relationMode = on; }
    void showOffset(qint64 offset);
    int firstVisibleLine() const;
    double lineHeight() const { return m_lineHeight; }
    /// Viewport position of code point \a offset (top-left of its character) and back.
    QPointF positionOf(qint64 offset) const;
    qint64 offsetAt(const QPointF &pos) const;
    /// Whether syntax colours are drawn (KF6 Syntax Highlighting found a definition).
    bool isHighlighting() const;

signals:
    void spanDrawn(qint64 start, qint64 end);
    void relationDrawn(qint64 fromId, qint64 toId);
    void annotationClicked(qint64 id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    struct Layout
    {
        QString text; ///< the line as shown (tabs expanded to spaces)
        QList<double> x; ///< left edge of each code point of the file's line, plus the end
    };
    const Layout &layout(qsizetype line) const;
    double advance(char32_t c) const;
    void updateScrollBars();
    std::optional<qint64> spanAt(qint64 offset) const;
    QList<QRectF> rectsFor(qint64 start, qint64 end, qsizetype firstLine, qsizetype lastLine) const;

    const TextDocument *m_document = nullptr;
    std::unique_ptr<SyntaxHighlighter> m_highlighter;
    double m_lineHeight = 16;
    double m_ascent = 12;
    double m_gutter = 60;
    mutable QHash<char32_t, double> m_advances;
    mutable QHash<qsizetype, Layout> m_layouts; ///< of recently shown lines
    mutable double m_maxWidth = 0;
    QList<SpanItem> m_spans; ///< by start
    qint64 m_maxSpanLength = 0;
    QList<RelationItem> m_relations;
    QList<SpanItem> m_highlights;
    std::optional<qint64> m_selected;
    bool m_relationMode = false;
    bool m_dragging = false;
    qint64 m_dragFrom = -1;
    qint64 m_dragTo = -1;
    QPointF m_dragPos;
    std::optional<qint64> m_dragSpan;
};

} // namespace rwb::document
