#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace rwb::document {

/// The text of one PDF page with a box for every character, from the PDF's text layer or from
/// OCR. Offsets are Unicode code points of text(): a CJK character is one, a character outside
/// the BMP is one although QString holds it as two UTF-16 units. Boxes are in PDF points with
/// the origin at the page's top-left corner; separators added between words (space, line break)
/// get a thin box where they stand.
class PageText
{
public:
    PageText() = default;

    /// Appends a word whose code points have the boxes \a boxes (missing ones share the last).
    void appendWord(const QString &word, const QList<QRectF> &boxes);
    /// Appends a word of one box; its characters get equal shares of the width.
    void appendWord(const QString &word, const QRectF &box);
    /// Appends a space or a line break (\a c) standing at \a box.
    void appendSeparator(QChar c, const QRectF &box);

    const QString &text() const { return m_text; }
    qint64 size() const { return m_boxes.size(); } ///< in code points
    bool isEmpty() const { return m_boxes.isEmpty(); }
    QRectF box(qint64 codePoint) const { return m_boxes.at(codePoint); }
    const QList<QRectF> &boxes() const { return m_boxes; }

    /// The code points [\a start, \a end) as a string.
    QString slice(qint64 start, qint64 end) const;
    /// The code-point offset a click at \a point selects from: the character under it, else the
    /// nearest on the nearest line; -1 on an empty page. \a after: the offset after that
    /// character when the point lies in its right half (drag ends).
    qint64 offsetAt(const QPointF &point, bool after = false) const;
    /// One rectangle per line covering [\a start, \a end).
    QList<QRectF> rectsFor(qint64 start, qint64 end) const;
    /// Code-point offsets of every occurrence of \a needle.
    QList<qint64> find(const QString &needle, Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;
    /// The code-point offset of UTF-16 index \a index of text().
    qint64 codePointOfIndex(qsizetype index) const;
    /// The UTF-16 index of code point \a codePoint.
    qsizetype indexOfCodePoint(qint64 codePoint) const;

private:
    QString m_text;
    QList<QRectF> m_boxes;
    bool m_hasSurrogates = false;
};

} // namespace rwb::document
