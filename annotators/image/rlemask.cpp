#include "rlemask.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace rwb::image {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Appends a run of \a set pixels, merging with the previous run of the same value.
void appendRun(QList<quint32> &runs, bool set, quint64 length)
{
    if (length == 0)
        return;
    if (runs.isEmpty()) {
        if (set)
            runs.append(0);
        runs.append(quint32(length));
        return;
    }
    const bool lastSet = (runs.size() - 1) % 2 == 1;
    if (lastSet == set)
        runs.back() += quint32(length);
    else
        runs.append(quint32(length));
}

using Span = std::pair<int, int>;

/// Boolean combination of two sorted, disjoint span lists by sweeping their boundaries.
template<typename Predicate> QList<Span> combineSpans(const QList<Span> &a, const QList<Span> &b, Predicate keep)
{
    std::vector<int> xs;
    xs.reserve(size_t(a.size() + b.size()) * 2);
    for (const Span &s : a) {
        xs.push_back(s.first);
        xs.push_back(s.second);
    }
    for (const Span &s : b) {
        xs.push_back(s.first);
        xs.push_back(s.second);
    }
    std::sort(xs.begin(), xs.end());
    xs.erase(std::unique(xs.begin(), xs.end()), xs.end());

    QList<Span> out;
    qsizetype i = 0;
    qsizetype j = 0;
    for (size_t k = 0; k + 1 < xs.size(); ++k) {
        const int x = xs[k];
        while (i < a.size() && a[i].second <= x)
            ++i;
        while (j < b.size() && b[j].second <= x)
            ++j;
        const bool inA = i < a.size() && a[i].first <= x;
        const bool inB = j < b.size() && b[j].first <= x;
        if (!keep(inA, inB))
            continue;
        if (!out.isEmpty() && out.back().second == x)
            out.back().second = xs[k + 1];
        else
            out.append({ x, xs[k + 1] });
    }
    return out;
}

/// x range where lo <= k * x + c <= hi; nullopt when empty.
std::optional<std::pair<double, double>> solveRange(double k, double c, double lo, double hi)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (std::abs(k) < 1e-12) {
        if (c >= lo && c <= hi)
            return std::pair { -inf, inf };
        return std::nullopt;
    }
    const double x1 = (lo - c) / k;
    const double x2 = (hi - c) / k;
    return std::pair { std::min(x1, x2), std::max(x1, x2) };
}

/// Where the horizontal line y = \a y crosses the capsule of \a radius around segment a–b (a
/// convex set, so the union of the pieces below is one interval).
std::optional<std::pair<double, double>> capsuleRow(QPointF a, QPointF b, double radius, double y)
{
    std::optional<std::pair<double, double>> hull;
    const auto add = [&hull](std::pair<double, double> r) {
        if (r.first > r.second)
            return;
        hull = hull ? std::pair { std::min(hull->first, r.first), std::max(hull->second, r.second) } : r;
    };
    for (const QPointF c : { a, b }) {
        const double dy = y - c.y();
        if (std::abs(dy) <= radius) {
            const double h = std::sqrt(radius * radius - dy * dy);
            add({ c.x() - h, c.x() + h });
        }
    }
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    if (length2 > 0) {
        const double length = std::sqrt(length2);
        // Projection parameter t in [0, 1] and signed distance from the segment's line in [-r, r].
        const auto t = solveRange(dx / length2, (-a.x() * dx + (y - a.y()) * dy) / length2, 0.0, 1.0);
        const auto s = solveRange(dy / length, (-a.x() * dy - (y - a.y()) * dx) / length, -radius, radius);
        if (t && s)
            add({ std::max(t->first, s->first), std::min(t->second, s->second) });
    }
    return hull;
}

} // namespace

RleMask RleMask::fromRect(const QRect &rect)
{
    RleMask mask;
    if (rect.isEmpty())
        return mask;
    mask.m_box = rect;
    mask.m_runs = { 0, quint32(qint64(rect.width()) * rect.height()) };
    return mask;
}

RleMask RleMask::fromData(QPoint origin, QSize size, const uchar *data, qsizetype bytesPerLine)
{
    SpanRows rows(std::max(0, size.height()));
    for (int y = 0; y < size.height(); ++y) {
        const uchar *line = data + y * bytesPerLine;
        int x = 0;
        while (x < size.width()) {
            while (x < size.width() && line[x] == 0)
                ++x;
            const int begin = x;
            while (x < size.width() && line[x] != 0)
                ++x;
            if (x > begin)
                rows[y].append({ origin.x() + begin, origin.x() + x });
        }
    }
    return fromSpans(origin.y(), rows);
}

RleMask RleMask::fromImage(const QImage &image, QPoint origin)
{
    const QImage gray = image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Alpha8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    return fromData(origin, gray.size(), gray.constBits(), gray.bytesPerLine());
}

std::optional<RleMask> RleMask::fromJson(const QJsonObject &json, QString *error)
{
    int box[4] = {};
    const char *keys[4] = { "x", "y", "w", "h" };
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = json.value(QLatin1String(keys[i]));
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::abs(d) > 1e9) {
            fail(error,
                QCoreApplication::translate("rwb::image::RleMask", "mask: \"%1\" must be an integer")
                    .arg(QLatin1String(keys[i])));
            return std::nullopt;
        }
        box[i] = int(d);
    }
    if (box[2] < 0 || box[3] < 0) {
        fail(error,
            QCoreApplication::translate("rwb::image::RleMask", "mask: negative size %1 × %2").arg(box[2]).arg(box[3]));
        return std::nullopt;
    }
    const QJsonValue rleValue = json.value(QLatin1String("rle"));
    if (!rleValue.isArray()) {
        fail(
            error, QCoreApplication::translate("rwb::image::RleMask", "mask: \"rle\" must be an array of run lengths"));
        return std::nullopt;
    }
    const QJsonArray rle = rleValue.toArray();
    const quint64 total = quint64(box[2]) * quint64(box[3]);
    if (total > std::numeric_limits<quint32>::max()) {
        fail(error,
            QCoreApplication::translate("rwb::image::RleMask", "mask: %1 × %2 pixels is too large")
                .arg(box[2])
                .arg(box[3]));
        return std::nullopt;
    }
    QList<quint32> runs;
    runs.reserve(rle.size());
    quint64 sum = 0;
    for (const QJsonValue &v : rle) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d != std::floor(d) || d > double(total)) {
            fail(error,
                QCoreApplication::translate("rwb::image::RleMask", "mask: run lengths must be non-negative integers"));
            return std::nullopt;
        }
        runs.append(quint32(d));
        sum += quint32(d);
    }
    if (sum != total) {
        fail(error,
            QCoreApplication::translate("rwb::image::RleMask", "mask: the runs cover %1 pixels, the box %2")
                .arg(sum)
                .arg(total));
        return std::nullopt;
    }
    RleMask raw;
    raw.m_box = QRect(box[0], box[1], box[2], box[3]);
    raw.m_runs = runs;
    // Re-encode: the input may have a loose box or zero-length runs.
    return fromSpans(raw.m_box.top(), raw.toSpans(raw.m_box.top(), raw.m_box.height()));
}

std::optional<RleMask> RleMask::fromCocoRle(const QList<quint32> &counts, QSize imageSize, QString *error)
{
    const qint64 height = imageSize.height();
    const quint64 total = quint64(std::max(0, imageSize.width())) * quint64(std::max(0, imageSize.height()));
    quint64 sum = 0;
    for (quint32 c : counts)
        sum += c;
    if (imageSize.isEmpty() || sum != total) {
        fail(error,
            QCoreApplication::translate("rwb::image::RleMask", "COCO mask: the counts cover %1 pixels, the image %2")
                .arg(sum)
                .arg(total));
        return std::nullopt;
    }
    // First pass: the bounding box of the set runs, so that only it is decoded.
    int left = std::numeric_limits<int>::max();
    int right = -1;
    int top = std::numeric_limits<int>::max();
    int bottom = -1;
    quint64 pos = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const quint64 begin = pos;
        pos += counts[i];
        if (i % 2 == 0 || counts[i] == 0)
            continue;
        const int x0 = int(begin / height);
        const int x1 = int((pos - 1) / height);
        left = std::min(left, x0);
        right = std::max(right, x1);
        if (x0 == x1) {
            top = std::min(top, int(begin % height));
            bottom = std::max(bottom, int((pos - 1) % height));
        } else {
            top = 0;
            bottom = int(height - 1);
        }
    }
    if (right < 0)
        return RleMask();
    const QRect box(QPoint(left, top), QPoint(right, bottom));
    std::vector<uchar> pixels(size_t(box.width()) * size_t(box.height()), 0);
    pos = 0;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const quint64 begin = pos;
        pos += counts[i];
        if (i % 2 == 0)
            continue;
        for (quint64 p = begin; p < pos; ++p) {
            const int x = int(p / height) - box.left();
            const int y = int(p % height) - box.top();
            pixels[size_t(y) * size_t(box.width()) + size_t(x)] = 1;
        }
    }
    return fromData(box.topLeft(), box.size(), pixels.data(), box.width());
}

QJsonObject RleMask::toJson() const
{
    QJsonArray rle;
    for (quint32 r : m_runs)
        rle.append(qint64(r));
    return { { QStringLiteral("x"), m_box.x() }, { QStringLiteral("y"), m_box.y() },
        { QStringLiteral("w"), m_box.width() }, { QStringLiteral("h"), m_box.height() },
        { QStringLiteral("rle"), rle } };
}

QList<quint32> RleMask::toCocoRle(QSize imageSize) const
{
    QList<quint32> counts;
    const QRect image(QPoint(0, 0), imageSize);
    const RleMask inside = cropped(image);
    const quint64 height = quint64(std::max(0, imageSize.height()));
    const quint64 total = quint64(std::max(0, imageSize.width())) * height;
    quint64 pos = 0;
    if (!inside.isEmpty()) {
        const QImage pixels = inside.toImage();
        const QRect box = inside.m_box;
        for (int x = 0; x < box.width(); ++x) {
            int y = 0;
            while (y < box.height()) {
                while (y < box.height() && pixels.constScanLine(y)[x] == 0)
                    ++y;
                const int begin = y;
                while (y < box.height() && pixels.constScanLine(y)[x] != 0)
                    ++y;
                if (y == begin)
                    continue;
                const quint64 start = quint64(box.left() + x) * height + quint64(box.top() + begin);
                appendRun(counts, false, start - pos);
                appendRun(counts, true, quint64(y - begin));
                pos = start + quint64(y - begin);
            }
        }
    }
    appendRun(counts, false, total - pos);
    if (counts.isEmpty())
        counts.append(0);
    return counts;
}

qint64 RleMask::area() const
{
    qint64 sum = 0;
    for (qsizetype i = 1; i < m_runs.size(); i += 2)
        sum += m_runs[i];
    return sum;
}

bool RleMask::contains(QPoint pixel) const
{
    if (!m_box.contains(pixel))
        return false;
    const quint64 index = quint64(pixel.y() - m_box.top()) * quint64(m_box.width()) + quint64(pixel.x() - m_box.left());
    quint64 end = 0;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        end += m_runs[i];
        if (index < end)
            return i % 2 == 1;
    }
    return false;
}

QImage RleMask::toImage() const
{
    if (isEmpty())
        return {};
    QImage image(m_box.size(), QImage::Format_Grayscale8);
    image.fill(0);
    const SpanRows rows = toSpans(m_box.top(), m_box.height());
    for (int y = 0; y < rows.size(); ++y) {
        uchar *line = image.scanLine(y);
        for (const Span &s : rows[y])
            std::memset(line + (s.first - m_box.left()), 255, size_t(s.second - s.first));
    }
    return image;
}

void RleMask::paintCircle(QPointF center, double radius, bool erase, const QRect &clip)
{
    paintCapsule(center, center, radius, erase, clip);
}

void RleMask::paintStroke(QPointF from, QPointF to, double radius, bool erase, const QRect &clip)
{
    paintCapsule(from, to, radius, erase, clip);
}

void RleMask::paintCapsule(QPointF from, QPointF to, double radius, bool erase, const QRect &clip)
{
    if (clip.isEmpty() || !std::isfinite(radius) || !std::isfinite(from.x()) || !std::isfinite(from.y())
        || !std::isfinite(to.x()) || !std::isfinite(to.y()))
        return;
    // A radius below half a pixel would leave gaps between the pixel centres of a drag.
    radius = std::max(radius, 0.5);
    const int top = std::max(clip.top(), int(std::floor(std::min(from.y(), to.y()) - radius)));
    const int bottom = std::min(clip.bottom(), int(std::ceil(std::max(from.y(), to.y()) + radius)));
    if (top > bottom)
        return;
    SpanRows rows(bottom - top + 1);
    for (int y = top; y <= bottom; ++y) {
        const auto range = capsuleRow(from, to, radius, y + 0.5);
        if (!range)
            continue;
        const int x0 = std::max(clip.left(), int(std::ceil(range->first - 0.5)));
        const int x1 = std::min(clip.right() + 1, int(std::floor(range->second - 0.5)) + 1);
        if (x0 < x1)
            rows[y - top].append({ x0, x1 });
    }
    // The pixels under the end points are always hit, whatever the radius.
    for (const QPointF p : { from, to }) {
        const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
        if (clip.contains(pixel) && pixel.y() >= top && pixel.y() <= bottom) {
            QList<Span> &row = rows[pixel.y() - top];
            row = combineSpans(row, { { pixel.x(), pixel.x() + 1 } }, [](bool a, bool b) { return a || b; });
        }
    }
    *this = combined(top, rows, erase ? Op::Difference : Op::Union);
}

RleMask RleMask::united(const RleMask &other) const
{
    if (other.isEmpty())
        return *this;
    return combined(other.m_box.top(), other.toSpans(other.m_box.top(), other.m_box.height()), Op::Union);
}

RleMask RleMask::intersected(const RleMask &other) const
{
    if (isEmpty() || other.isEmpty())
        return {};
    return combined(other.m_box.top(), other.toSpans(other.m_box.top(), other.m_box.height()), Op::Intersection);
}

RleMask RleMask::subtracted(const RleMask &other) const
{
    if (isEmpty() || other.isEmpty())
        return *this;
    return combined(other.m_box.top(), other.toSpans(other.m_box.top(), other.m_box.height()), Op::Difference);
}

RleMask RleMask::cropped(const QRect &rect) const
{
    if (m_box.isEmpty() || rect.contains(m_box))
        return *this;
    return intersected(fromRect(rect));
}

RleMask RleMask::translated(QPoint offset) const
{
    RleMask moved = *this;
    if (!moved.isEmpty())
        moved.m_box.translate(offset);
    return moved;
}

RleMask RleMask::fromSpans(int top, const SpanRows &rows)
{
    int first = -1;
    int last = -1;
    int left = std::numeric_limits<int>::max();
    int right = std::numeric_limits<int>::min();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].isEmpty())
            continue;
        if (first < 0)
            first = i;
        last = i;
        left = std::min(left, rows[i].front().first);
        right = std::max(right, rows[i].back().second);
    }
    RleMask mask;
    if (first < 0)
        return mask;
    mask.m_box = QRect(left, top + first, right - left, last - first + 1);
    const quint64 width = quint64(mask.m_box.width());
    quint64 written = 0;
    for (int i = first; i <= last; ++i) {
        const quint64 base = quint64(i - first) * width;
        for (const Span &s : rows[i]) {
            const quint64 begin = base + quint64(s.first - left);
            const quint64 end = base + quint64(s.second - left);
            appendRun(mask.m_runs, false, begin - written);
            appendRun(mask.m_runs, true, end - begin);
            written = end;
        }
    }
    appendRun(mask.m_runs, false, width * quint64(mask.m_box.height()) - written);
    return mask;
}

RleMask::SpanRows RleMask::toSpans(int top, int rowCount) const
{
    SpanRows rows(std::max(0, rowCount));
    const quint64 width = quint64(m_box.width());
    quint64 pos = 0;
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        quint64 begin = pos;
        pos += m_runs[i];
        if (i % 2 == 0)
            continue;
        while (begin < pos) {
            const quint64 row = begin / width;
            const quint64 x0 = begin % width;
            const quint64 x1 = std::min(width, x0 + (pos - begin));
            const int y = m_box.top() + int(row) - top;
            if (y >= 0 && y < rowCount)
                rows[y].append({ m_box.left() + int(x0), m_box.left() + int(x1) });
            begin = row * width + x1;
        }
    }
    return rows;
}

RleMask RleMask::combined(int top, const SpanRows &rows, Op op) const
{
    int newTop = top;
    int newBottom = top + int(rows.size()) - 1;
    if (!isEmpty()) {
        newTop = std::min(newTop, m_box.top());
        newBottom = std::max(newBottom, m_box.bottom());
    }
    SpanRows result = toSpans(newTop, newBottom - newTop + 1);
    for (int i = 0; i < result.size(); ++i) {
        const int j = newTop + i - top;
        const QList<Span> other = j >= 0 && j < rows.size() ? rows[j] : QList<Span>();
        switch (op) {
        case Op::Union:
            result[i] = combineSpans(result[i], other, [](bool a, bool b) { return a || b; });
            break;
        case Op::Intersection:
            result[i] = combineSpans(result[i], other, [](bool a, bool b) { return a && b; });
            break;
        case Op::Difference:
            result[i] = combineSpans(result[i], other, [](bool a, bool b) { return a && !b; });
            break;
        }
    }
    return fromSpans(newTop, result);
}

} // namespace rwb::image
