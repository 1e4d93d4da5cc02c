#include "pagetext.h"

#include <QStringView>

#include <cmath>
#include <limits>

namespace rwb::document {

namespace {

int codePointCount(QStringView s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i)
        n += !s[i].isLowSurrogate();
    return n;
}

} // namespace

void PageText::appendWord(const QString &word, const QList<QRectF> &boxes)
{
    int k = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (word[i].isLowSurrogate()) {
            m_hasSurrogates = true;
            continue;
        }
        QRectF b = k < boxes.size() ? boxes.at(k) : (boxes.isEmpty() ? QRectF() : boxes.last());
        m_boxes.append(b);
        ++k;
    }
    m_text += word;
}

void PageText::appendWord(const QString &word, const QRectF &box)
{
    const int n = codePointCount(word);
    QList<QRectF> boxes;
    boxes.reserve(n);
    const double w = n > 0 ? box.width() / n : 0;
    for (int i = 0; i < n; ++i)
        boxes.append(QRectF(box.left() + i * w, box.top(), w, box.height()));
    appendWord(word, boxes);
}

void PageText::appendSeparator(QChar c, const QRectF &box)
{
    m_text += c;
    m_boxes.append(box);
}

qint64 PageText::codePointOfIndex(qsizetype index) const
{
    if (!m_hasSurrogates)
        return index;
    return codePointCount(QStringView(m_text).first(std::min(index, m_text.size())));
}

qsizetype PageText::indexOfCodePoint(qint64 codePoint) const
{
    if (!m_hasSurrogates)
        return qsizetype(std::min<qint64>(codePoint, m_text.size()));
    qint64 cp = 0;
    qsizetype i = 0;
    for (; i < m_text.size() && cp < codePoint; ++i) {
        if (!m_text[i].isHighSurrogate())
            ++cp;
    }
    return i;
}

QString PageText::slice(qint64 start, qint64 end) const
{
    const qsizetype a = indexOfCodePoint(std::max<qint64>(0, start));
    const qsizetype b = indexOfCodePoint(std::max(start, end));
    return m_text.mid(a, b - a);
}

qint64 PageText::offsetAt(const QPointF &point, bool after) const
{
    if (m_boxes.isEmpty())
        return -1;
    // Nearest by vertical distance first (the line), then horizontal: a drag in the margin of a
    // line selects to its end, as in a PDF reader.
    qint64 best = -1;
    double bestDy = std::numeric_limits<double>::max();
    double bestDx = std::numeric_limits<double>::max();
    for (qint64 i = 0; i < m_boxes.size(); ++i) {
        const QRectF &b = m_boxes.at(i);
        if (b.isNull() || m_text.at(indexOfCodePoint(i)) == QLatin1Char('\n'))
            continue;
        const double dy
            = point.y() < b.top() ? b.top() - point.y() : (point.y() > b.bottom() ? point.y() - b.bottom() : 0);
        const double dx
            = point.x() < b.left() ? b.left() - point.x() : (point.x() > b.right() ? point.x() - b.right() : 0);
        if (dy < bestDy - 0.5 || (std::abs(dy - bestDy) <= 0.5 && dx < bestDx)) {
            bestDy = dy;
            bestDx = dx;
            best = i;
        }
    }
    if (best < 0)
        return 0;
    if (after && point.x() > m_boxes.at(best).center().x())
        return best + 1;
    return best;
}

QList<QRectF> PageText::rectsFor(qint64 start, qint64 end) const
{
    QList<QRectF> rects;
    start = std::max<qint64>(0, start);
    end = std::min<qint64>(end, m_boxes.size());
    QRectF current;
    for (qint64 i = start; i < end; ++i) {
        const QRectF &b = m_boxes.at(i);
        if (b.isEmpty() && b.width() <= 0)
            continue;
        if (current.isNull()) {
            current = b;
        } else if (b.top() < current.bottom() && b.bottom() > current.top() && b.left() >= current.left() - 1) {
            current = current.united(b);
        } else {
            rects.append(current);
            current = b;
        }
    }
    if (!current.isNull())
        rects.append(current);
    return rects;
}

QList<qint64> PageText::find(const QString &needle, Qt::CaseSensitivity cs) const
{
    QList<qint64> hits;
    if (needle.isEmpty())
        return hits;
    qsizetype from = 0;
    while ((from = m_text.indexOf(needle, from, cs)) >= 0) {
        hits.append(codePointOfIndex(from));
        from += needle.size();
    }
    return hits;
}

} // namespace rwb::document
