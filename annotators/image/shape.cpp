#include "shape.h"

#include "project/annotation.h"
#include "project/projecttypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLineF>
#include <QPainterPathStroker>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

namespace rwb::image {

namespace {

/// Width of the slit that splitPolygon() cuts along: thin enough to be invisible, wide enough
/// for QPainterPath's boolean operations to separate the parts.
constexpr double cutWidth = 1e-3;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool finite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

double normalizedAngle(double degrees)
{
    double a = std::fmod(degrees, 360.0);
    if (a <= -180.0)
        a += 360.0;
    else if (a > 180.0)
        a -= 360.0;
    return a;
}

/// Reads a finite number; \a fallback (when given) stands in for a missing key.
bool readNumber(
    const QJsonObject &o, const char *key, double *out, QString *error, std::optional<double> fallback = std::nullopt)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && fallback) {
        *out = *fallback;
        return true;
    }
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return fail(error,
            QCoreApplication::translate("rwb::image::Shape", "\"%1\" must be a finite number").arg(QLatin1String(key)));
    *out = v.toDouble();
    return true;
}

bool readSize(const QJsonObject &o, const char *key, double *out, QString *error)
{
    if (!readNumber(o, key, out, error))
        return false;
    if (*out < 0)
        return fail(error,
            QCoreApplication::translate("rwb::image::Shape", "\"%1\" must not be negative").arg(QLatin1String(key)));
    return true;
}

/// Reads [[x, y], …] (or [[x, y, v], …] with \a visibility) with at least \a minimum entries.
bool readPoints(const QJsonValue &value, qsizetype minimum, QPolygonF *points, QList<int> *visibility, QString *error)
{
    if (!value.isArray())
        return fail(error, QCoreApplication::translate("rwb::image::Shape", "\"points\" must be an array"));
    const QJsonArray array = value.toArray();
    if (array.size() < minimum)
        return fail(error,
            QCoreApplication::translate("rwb::image::Shape", "%1 points given, at least %2 needed")
                .arg(array.size())
                .arg(minimum));
    for (const QJsonValue &entry : array) {
        const QJsonArray xy = entry.toArray();
        const qsizetype expected = visibility ? 3 : 2;
        if (!entry.isArray() || (xy.size() != expected && !(visibility && xy.size() == 2)))
            return fail(error,
                QCoreApplication::translate("rwb::image::Shape", "each point must be an array of %1 numbers")
                    .arg(expected));
        const QPointF p(xy.at(0).toDouble(std::numeric_limits<double>::quiet_NaN()),
            xy.at(1).toDouble(std::numeric_limits<double>::quiet_NaN()));
        if (!finite(p))
            return fail(error, QCoreApplication::translate("rwb::image::Shape", "point coordinates must be finite"));
        points->append(p);
        if (visibility) {
            const int v = xy.size() == 3 ? xy.at(2).toInt(-1) : 2;
            if (v < 0 || v > 2 || (xy.size() == 3 && !xy.at(2).isDouble()))
                return fail(
                    error, QCoreApplication::translate("rwb::image::Shape", "keypoint visibility must be 0, 1 or 2"));
            visibility->append(v);
        }
    }
    return true;
}

QJsonArray pointsJson(const QPolygonF &points)
{
    QJsonArray out;
    for (const QPointF &p : points)
        out.append(QJsonArray { p.x(), p.y() });
    return out;
}

QPolygonF closed(QPolygonF ring)
{
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first());
    return ring;
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF q = a + t * d - p;
    return std::hypot(q.x(), q.y());
}

double distanceToPolyline(QPointF p, const QPolygonF &line)
{
    double best = std::numeric_limits<double>::infinity();
    if (line.size() == 1)
        return QLineF(p, line.first()).length();
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i], line[i + 1]));
    return best;
}

double signedArea(const QPolygonF &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[(i + 1) % ring.size()];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2;
}

/// Drops the closing vertex, repeated vertices and vertices on a straight line between their
/// neighbours, which QPainterPath's boolean operations leave behind.
QPolygonF cleanRing(const QPolygonF &ring)
{
    QPolygonF out;
    for (const QPointF &p : ring) {
        if (out.isEmpty() || QLineF(out.last(), p).length() > 1e-9)
            out.append(p);
    }
    if (out.size() > 1 && QLineF(out.first(), out.last()).length() <= 1e-9)
        out.removeLast();
    bool changed = true;
    while (changed && out.size() >= 3) {
        changed = false;
        for (qsizetype i = 0; i < out.size() && out.size() >= 3; ++i) {
            const QPointF a = out[(i + out.size() - 1) % out.size()];
            const QPointF b = out[i];
            const QPointF c = out[(i + 1) % out.size()];
            const double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
            const double scale = std::max(1.0, QLineF(a, c).length());
            if (std::abs(cross) <= 1e-9 * scale * scale) {
                out.remove(i);
                changed = true;
            }
        }
    }
    return out;
}

/// Polygons (with holes) from the result of a boolean operation: rings inside an even number of
/// other rings are outer boundaries, the others holes of the smallest ring around them.
QList<Shape> polygonsFromPath(const QPainterPath &path)
{
    QList<QPolygonF> rings;
    for (const QPolygonF &raw : path.toSubpathPolygons()) {
        QPolygonF ring = cleanRing(raw);
        if (ring.size() >= 3 && std::abs(signedArea(ring)) > 1e-6)
            rings.append(ring);
    }
    const auto inside = [](const QPolygonF &inner, const QPolygonF &outer) {
        // A vertex of the inner ring may lie on the outer one; the centre of an edge less so.
        for (qsizetype i = 0; i < inner.size(); ++i) {
            const QPointF probe = (inner[i] + inner[(i + 1) % inner.size()]) / 2;
            if (outer.containsPoint(probe, Qt::OddEvenFill))
                return true;
        }
        return false;
    };
    QList<int> depth(rings.size(), 0);
    QList<int> parent(rings.size(), -1);
    for (qsizetype i = 0; i < rings.size(); ++i) {
        double parentArea = std::numeric_limits<double>::infinity();
        for (qsizetype j = 0; j < rings.size(); ++j) {
            if (i == j || std::abs(signedArea(rings[j])) <= std::abs(signedArea(rings[i]))
                || !inside(rings[i], rings[j]))
                continue;
            ++depth[i];
            const double area = std::abs(signedArea(rings[j]));
            if (area < parentArea) {
                parentArea = area;
                parent[i] = int(j);
            }
        }
    }
    QList<Shape> out;
    QList<int> shapeOf(rings.size(), -1);
    for (qsizetype i = 0; i < rings.size(); ++i) {
        if (depth[i] % 2 == 0) {
            shapeOf[i] = int(out.size());
            out.append(Shape::polygon(rings[i]));
        }
    }
    for (qsizetype i = 0; i < rings.size(); ++i) {
        if (depth[i] % 2 == 1 && parent[i] >= 0 && shapeOf[parent[i]] >= 0) {
            Shape &owner = out[shapeOf[parent[i]]];
            QList<QPolygonF> holes = owner.holes();
            holes.append(rings[i]);
            owner = Shape::polygon(owner.points(), holes);
        }
    }
    return out;
}

/// The pixels whose centres the rings cover under \a rule (half-open: a centre on a left or top
/// edge is in, on a right or bottom edge out, so that shapes sharing an edge do not overlap).
RleMask rasterize(const QList<QPolygonF> &rings, Qt::FillRule rule, const QRect &clip)
{
    QRectF bounds;
    for (const QPolygonF &ring : rings)
        bounds |= ring.boundingRect();
    const QRect area = QRect(QPoint(int(std::floor(bounds.left())), int(std::floor(bounds.top()))),
        QPoint(int(std::ceil(bounds.right())), int(std::ceil(bounds.bottom()))))
                           .intersected(clip);
    if (area.isEmpty())
        return {};
    std::vector<uchar> pixels(size_t(area.width()) * size_t(area.height()), 0);
    struct Crossing
    {
        double x;
        int direction;
    };
    std::vector<Crossing> crossings;
    for (int row = 0; row < area.height(); ++row) {
        const double y = area.top() + row + 0.5;
        crossings.clear();
        for (const QPolygonF &ring : rings) {
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const QPointF a = ring[i];
                const QPointF b = ring[(i + 1) % ring.size()];
                if ((a.y() <= y && y < b.y()) || (b.y() <= y && y < a.y())) {
                    const double x = a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                    crossings.push_back({ x, a.y() < b.y() ? 1 : -1 });
                }
            }
        }
        std::sort(crossings.begin(), crossings.end(), [](const Crossing &l, const Crossing &r) { return l.x < r.x; });
        int winding = 0;
        uchar *line = pixels.data() + size_t(row) * size_t(area.width());
        for (size_t k = 0; k + 1 < crossings.size(); ++k) {
            winding += rule == Qt::OddEvenFill ? 1 : crossings[k].direction;
            const bool in = rule == Qt::OddEvenFill ? winding % 2 != 0 : winding != 0;
            if (!in)
                continue;
            const int x0 = std::max(area.left(), int(std::ceil(crossings[k].x - 0.5)));
            const int x1 = std::min(area.right() + 1, int(std::ceil(crossings[k + 1].x - 0.5)));
            for (int x = x0; x < x1; ++x)
                line[x - area.left()] = 1;
        }
    }
    return RleMask::fromData(area.topLeft(), area.size(), pixels.data(), area.width());
}

/// Resizes \a r by dragging \a handle to \a pos (see Shape::withHandleMoved).
QRectF resizeRect(const QRectF &r, int handle, QPointF pos, bool keepAspect)
{
    double left = r.left();
    double top = r.top();
    double right = r.right();
    double bottom = r.bottom();
    const bool movesLeft = handle == Shape::TopLeft || handle == Shape::Left || handle == Shape::BottomLeft;
    const bool movesRight = handle == Shape::TopRight || handle == Shape::Right || handle == Shape::BottomRight;
    const bool movesTop = handle == Shape::TopLeft || handle == Shape::Top || handle == Shape::TopRight;
    const bool movesBottom = handle == Shape::BottomLeft || handle == Shape::Bottom || handle == Shape::BottomRight;
    if (movesLeft)
        left = pos.x();
    if (movesRight)
        right = pos.x();
    if (movesTop)
        top = pos.y();
    if (movesBottom)
        bottom = pos.y();
    if (keepAspect && r.width() > 0 && r.height() > 0) {
        const auto sign = [](double v) { return v < 0 ? -1.0 : 1.0; };
        const bool horizontal = movesLeft || movesRight;
        const bool vertical = movesTop || movesBottom;
        if (horizontal && vertical) {
            const double w = right - left;
            const double h = bottom - top;
            const double scale = std::max(std::abs(w) / r.width(), std::abs(h) / r.height());
            const double nw = sign(w) * scale * r.width();
            const double nh = sign(h) * scale * r.height();
            if (movesLeft)
                left = right - nw;
            else
                right = left + nw;
            if (movesTop)
                top = bottom - nh;
            else
                bottom = top + nh;
        } else if (horizontal) {
            const double h = std::abs(right - left) * r.height() / r.width();
            top = r.center().y() - h / 2;
            bottom = r.center().y() + h / 2;
        } else {
            const double w = std::abs(bottom - top) * r.width() / r.height();
            left = r.center().x() - w / 2;
            right = r.center().x() + w / 2;
        }
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom)).normalized();
}

QList<QPointF> frameHandles(const QRectF &r)
{
    return { r.topLeft(), QPointF(r.center().x(), r.top()), r.topRight(), QPointF(r.right(), r.center().y()),
        r.bottomRight(), QPointF(r.center().x(), r.bottom()), r.bottomLeft(), QPointF(r.left(), r.center().y()) };
}

} // namespace

Shape::Shape(Kind kind)
    : m_kind(kind)
{ }

Shape Shape::box(const QRectF &rect)
{
    Shape s(Kind::Box);
    s.m_rect = rect.normalized();
    return s;
}

Shape Shape::rotatedBox(QPointF center, QSizeF size, double angle)
{
    Shape s(Kind::RotatedBox);
    s.m_center = center;
    s.m_size = QSizeF(std::abs(size.width()), std::abs(size.height()));
    s.m_angle = normalizedAngle(angle);
    return s;
}

Shape Shape::polygon(const QPolygonF &outer, const QList<QPolygonF> &holes)
{
    Shape s(Kind::Polygon);
    s.m_points = outer;
    s.m_holes = holes;
    return s;
}

Shape Shape::polyline(const QPolygonF &points, double thickness)
{
    Shape s(Kind::Polyline);
    s.m_points = points;
    s.m_thickness = std::max(0.0, thickness);
    return s;
}

Shape Shape::point(QPointF pos)
{
    Shape s(Kind::Point);
    s.m_points = { pos };
    return s;
}

Shape Shape::keypoints(const QList<Keypoint> &points, const QList<std::pair<int, int>> &edges)
{
    Shape s(Kind::Keypoints);
    for (const Keypoint &k : points) {
        s.m_points.append(k.pos);
        s.m_visibility.append(std::clamp(k.visibility, 0, 2));
    }
    s.m_edges = edges;
    return s;
}

Shape Shape::ellipse(QPointF center, double rx, double ry, double angle)
{
    Shape s(Kind::Ellipse);
    s.m_center = center;
    s.m_size = QSizeF(2 * std::abs(rx), 2 * std::abs(ry));
    s.m_angle = normalizedAngle(angle);
    return s;
}

Shape Shape::mask(const RleMask &mask)
{
    Shape s(Kind::Mask);
    s.m_mask = mask;
    return s;
}

Shape Shape::tag()
{
    return Shape(Kind::Tag);
}

std::optional<Shape::Kind> Shape::kindFromName(const QString &name)
{
    namespace ps = project::shape;
    static const std::pair<const char *, Kind> names[]
        = { { ps::Box, Kind::Box }, { ps::RotatedBox, Kind::RotatedBox }, { ps::Polygon, Kind::Polygon },
              { ps::Polyline, Kind::Polyline }, { ps::Point, Kind::Point }, { ps::Keypoints, Kind::Keypoints },
              { ps::Ellipse, Kind::Ellipse }, { ps::Mask, Kind::Mask }, { ps::Tag, Kind::Tag } };
    for (const auto &[text, kind] : names) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

QString Shape::kindName(Kind kind)
{
    namespace ps = project::shape;
    switch (kind) {
    case Kind::Box:
        return QLatin1String(ps::Box);
    case Kind::RotatedBox:
        return QLatin1String(ps::RotatedBox);
    case Kind::Polygon:
        return QLatin1String(ps::Polygon);
    case Kind::Polyline:
        return QLatin1String(ps::Polyline);
    case Kind::Point:
        return QLatin1String(ps::Point);
    case Kind::Keypoints:
        return QLatin1String(ps::Keypoints);
    case Kind::Ellipse:
        return QLatin1String(ps::Ellipse);
    case Kind::Mask:
        return QLatin1String(ps::Mask);
    case Kind::Tag:
        return QLatin1String(ps::Tag);
    }
    return {};
}

std::optional<Shape> Shape::fromAnnotation(const project::Annotation &annotation, QString *error)
{
    return fromJson(annotation.kind, annotation.geometry, error);
}

std::optional<Shape> Shape::fromJson(const QString &kindText, const QJsonObject &g, QString *error)
{
    const std::optional<Kind> kind = kindFromName(kindText);
    if (!kind) {
        fail(error, QCoreApplication::translate("rwb::image::Shape", "unknown image shape \"%1\"").arg(kindText));
        return std::nullopt;
    }
    QString detail;
    const auto invalid = [&]() -> std::optional<Shape> {
        fail(error, QCoreApplication::translate("rwb::image::Shape", "invalid %1 geometry: %2").arg(kindText, detail));
        return std::nullopt;
    };
    Shape s(*kind);
    switch (*kind) {
    case Kind::Box: {
        double x, y, w, h;
        if (!readNumber(g, "x", &x, &detail) || !readNumber(g, "y", &y, &detail) || !readSize(g, "w", &w, &detail)
            || !readSize(g, "h", &h, &detail))
            return invalid();
        s.m_rect = QRectF(x, y, w, h);
        break;
    }
    case Kind::RotatedBox:
    case Kind::Ellipse: {
        const bool box = *kind == Kind::RotatedBox;
        double cx, cy, w, h, angle;
        if (!readNumber(g, "cx", &cx, &detail) || !readNumber(g, "cy", &cy, &detail)
            || !readSize(g, box ? "w" : "rx", &w, &detail) || !readSize(g, box ? "h" : "ry", &h, &detail)
            || !readNumber(g, "angle", &angle, &detail, 0.0))
            return invalid();
        s.m_center = QPointF(cx, cy);
        s.m_size = box ? QSizeF(w, h) : QSizeF(2 * w, 2 * h);
        s.m_angle = normalizedAngle(angle);
        break;
    }
    case Kind::Polygon: {
        if (!readPoints(g.value(QLatin1String("points")), 3, &s.m_points, nullptr, &detail))
            return invalid();
        const QJsonValue holes = g.value(QLatin1String("holes"));
        if (!holes.isUndefined() && !holes.isArray()) {
            detail = QCoreApplication::translate("rwb::image::Shape", "\"holes\" must be an array of rings");
            return invalid();
        }
        for (const QJsonValue &ring : holes.toArray()) {
            QPolygonF hole;
            if (!readPoints(ring, 3, &hole, nullptr, &detail))
                return invalid();
            s.m_holes.append(hole);
        }
        break;
    }
    case Kind::Polyline:
        if (!readPoints(g.value(QLatin1String("points")), 2, &s.m_points, nullptr, &detail)
            || !readNumber(g, "thickness", &s.m_thickness, &detail, 1.0))
            return invalid();
        if (s.m_thickness < 0) {
            detail = QCoreApplication::translate("rwb::image::Shape", "\"thickness\" must not be negative");
            return invalid();
        }
        break;
    case Kind::Point: {
        double x, y;
        if (!readNumber(g, "x", &x, &detail) || !readNumber(g, "y", &y, &detail))
            return invalid();
        s.m_points = { QPointF(x, y) };
        break;
    }
    case Kind::Keypoints: {
        if (!readPoints(g.value(QLatin1String("points")), 1, &s.m_points, &s.m_visibility, &detail))
            return invalid();
        for (const QJsonValue &e : g.value(QLatin1String("edges")).toArray()) {
            const QJsonArray pair = e.toArray();
            const int i = pair.at(0).toInt(-1);
            const int j = pair.at(1).toInt(-1);
            if (pair.size() != 2 || i < 0 || j < 0 || i >= s.m_points.size() || j >= s.m_points.size()) {
                detail = QCoreApplication::translate("rwb::image::Shape", "edges must join existing keypoints");
                return invalid();
            }
            s.m_edges.append({ i, j });
        }
        break;
    }
    case Kind::Mask: {
        std::optional<RleMask> mask = RleMask::fromJson(g, &detail);
        if (!mask)
            return invalid();
        s.m_mask = *mask;
        break;
    }
    case Kind::Tag:
        break;
    }
    return s;
}

QJsonObject Shape::toJson() const
{
    switch (m_kind) {
    case Kind::Box:
        return { { QStringLiteral("x"), m_rect.x() }, { QStringLiteral("y"), m_rect.y() },
            { QStringLiteral("w"), m_rect.width() }, { QStringLiteral("h"), m_rect.height() } };
    case Kind::RotatedBox:
        return { { QStringLiteral("cx"), m_center.x() }, { QStringLiteral("cy"), m_center.y() },
            { QStringLiteral("w"), m_size.width() }, { QStringLiteral("h"), m_size.height() },
            { QStringLiteral("angle"), m_angle } };
    case Kind::Ellipse:
        return { { QStringLiteral("cx"), m_center.x() }, { QStringLiteral("cy"), m_center.y() },
            { QStringLiteral("rx"), m_size.width() / 2 }, { QStringLiteral("ry"), m_size.height() / 2 },
            { QStringLiteral("angle"), m_angle } };
    case Kind::Polygon: {
        QJsonObject o { { QStringLiteral("points"), pointsJson(m_points) } };
        if (!m_holes.isEmpty()) {
            QJsonArray holes;
            for (const QPolygonF &hole : m_holes)
                holes.append(pointsJson(hole));
            o.insert(QStringLiteral("holes"), holes);
        }
        return o;
    }
    case Kind::Polyline:
        return { { QStringLiteral("points"), pointsJson(m_points) }, { QStringLiteral("thickness"), m_thickness } };
    case Kind::Point:
        return { { QStringLiteral("x"), m_points.value(0).x() }, { QStringLiteral("y"), m_points.value(0).y() } };
    case Kind::Keypoints: {
        QJsonArray points;
        for (qsizetype i = 0; i < m_points.size(); ++i)
            points.append(QJsonArray { m_points[i].x(), m_points[i].y(), m_visibility.value(i, 2) });
        QJsonObject o { { QStringLiteral("points"), points } };
        if (!m_edges.isEmpty()) {
            QJsonArray edges;
            for (const auto &[i, j] : m_edges)
                edges.append(QJsonArray { i, j });
            o.insert(QStringLiteral("edges"), edges);
        }
        return o;
    }
    case Kind::Mask:
        return m_mask.toJson();
    case Kind::Tag:
        break;
    }
    return {};
}

void Shape::applyTo(project::Annotation &annotation) const
{
    annotation.kind = kindName();
    annotation.geometry = toJson();
    annotation.extent = extent();
}

bool Shape::isArea() const
{
    switch (m_kind) {
    case Kind::Box:
    case Kind::RotatedBox:
    case Kind::Polygon:
    case Kind::Ellipse:
    case Kind::Mask:
        return true;
    default:
        return false;
    }
}

QList<Shape::Keypoint> Shape::keypointList() const
{
    QList<Keypoint> out;
    for (qsizetype i = 0; i < m_points.size(); ++i)
        out.append({ m_points[i], m_visibility.value(i, 2) });
    return out;
}

QTransform Shape::frameTransform() const
{
    QTransform t;
    t.translate(m_center.x(), m_center.y());
    t.rotate(m_angle);
    return t;
}

QRectF Shape::localRect() const
{
    return QRectF(-m_size.width() / 2, -m_size.height() / 2, m_size.width(), m_size.height());
}

QRectF Shape::extent() const
{
    switch (m_kind) {
    case Kind::Box:
        return m_rect;
    case Kind::RotatedBox:
        return frameTransform().mapRect(localRect());
    case Kind::Ellipse: {
        const double a = qDegreesToRadians(m_angle);
        const double rx = m_size.width() / 2;
        const double ry = m_size.height() / 2;
        const double hw = std::hypot(rx * std::cos(a), ry * std::sin(a));
        const double hh = std::hypot(rx * std::sin(a), ry * std::cos(a));
        return QRectF(m_center.x() - hw, m_center.y() - hh, 2 * hw, 2 * hh);
    }
    case Kind::Polygon:
    case Kind::Point:
        return m_points.boundingRect();
    case Kind::Polyline: {
        const double r = m_thickness / 2;
        return m_points.boundingRect().adjusted(-r, -r, r, r);
    }
    case Kind::Keypoints: {
        QPolygonF labeled;
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            if (m_visibility.value(i, 2) > 0)
                labeled.append(m_points[i]);
        }
        return labeled.boundingRect();
    }
    case Kind::Mask:
        return QRectF(m_mask.boundingRect());
    case Kind::Tag:
        break;
    }
    return {};
}

QPainterPath Shape::path() const
{
    QPainterPath p;
    switch (m_kind) {
    case Kind::Box:
        p.addRect(m_rect);
        break;
    case Kind::RotatedBox:
        p.addPolygon(closed(frameTransform().map(QPolygonF(localRect()))));
        break;
    case Kind::Ellipse: {
        QPainterPath local;
        local.addEllipse(localRect());
        p = frameTransform().map(local);
        break;
    }
    case Kind::Polygon:
        p.setFillRule(Qt::OddEvenFill);
        p.addPolygon(closed(m_points));
        for (const QPolygonF &hole : m_holes)
            p.addPolygon(closed(hole));
        break;
    case Kind::Polyline: {
        QPainterPath line;
        line.addPolygon(m_points);
        QPainterPathStroker stroker;
        stroker.setWidth(std::max(m_thickness, 1e-3));
        stroker.setCapStyle(Qt::RoundCap);
        stroker.setJoinStyle(Qt::RoundJoin);
        p = stroker.createStroke(line);
        break;
    }
    case Kind::Point:
    case Kind::Keypoints:
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            if (m_visibility.value(i, 2) > 0)
                p.addEllipse(m_points[i], 0.5, 0.5);
        }
        break;
    case Kind::Mask: {
        const QImage image = m_mask.toImage();
        const QPoint origin = m_mask.boundingRect().topLeft();
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int x = 0; x < image.width();) {
                if (!line[x]) {
                    ++x;
                    continue;
                }
                const int begin = x;
                while (x < image.width() && line[x])
                    ++x;
                p.addRect(QRectF(origin.x() + begin, origin.y() + y, x - begin, 1));
            }
        }
        break;
    }
    case Kind::Tag:
        break;
    }
    return p;
}

bool Shape::contains(QPointF pos, double tolerance) const
{
    switch (m_kind) {
    case Kind::Box:
    case Kind::RotatedBox:
    case Kind::Ellipse:
    case Kind::Polygon: {
        const QPainterPath outline = path();
        if (outline.contains(pos))
            return true;
        for (const QPolygonF &ring : outline.toSubpathPolygons()) {
            if (distanceToPolyline(pos, closed(ring)) <= tolerance)
                return true;
        }
        return false;
    }
    case Kind::Polyline:
        return distanceToPolyline(pos, m_points) <= m_thickness / 2 + tolerance;
    case Kind::Point:
    case Kind::Keypoints:
        for (qsizetype i = 0; i < m_points.size(); ++i) {
            if (m_visibility.value(i, 2) > 0 && QLineF(pos, m_points[i]).length() <= tolerance)
                return true;
        }
        return false;
    case Kind::Mask: {
        if (m_mask.contains(QPoint(int(std::floor(pos.x())), int(std::floor(pos.y())))))
            return true;
        if (tolerance <= 0)
            return false;
        RleMask near;
        near.paintCircle(pos, tolerance, false, m_mask.boundingRect());
        return !m_mask.intersected(near).isEmpty();
    }
    case Kind::Tag:
        break;
    }
    return false;
}

QList<QPointF> Shape::handles(double rotationOffset) const
{
    switch (m_kind) {
    case Kind::Box:
        return frameHandles(m_rect);
    case Kind::RotatedBox:
    case Kind::Ellipse: {
        const QRectF local = localRect();
        QList<QPointF> out = frameHandles(local);
        out.append(QPointF(0, local.top() - rotationOffset));
        const QTransform t = frameTransform();
        for (QPointF &p : out)
            p = t.map(p);
        return out;
    }
    case Kind::Polygon:
    case Kind::Polyline:
    case Kind::Point:
    case Kind::Keypoints:
        return m_points;
    case Kind::Mask:
    case Kind::Tag:
        break;
    }
    return {};
}

int Shape::handleAt(QPointF pos, double tolerance, double rotationOffset) const
{
    const QList<QPointF> all = handles(rotationOffset);
    int best = -1;
    double bestDistance = tolerance;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const double d = QLineF(pos, all[i]).length();
        if (d <= bestDistance) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

int Shape::edgeAt(QPointF pos, double tolerance) const
{
    if (m_kind != Kind::Polygon && m_kind != Kind::Polyline)
        return -1;
    const qsizetype count = m_kind == Kind::Polygon ? m_points.size() : m_points.size() - 1;
    int best = -1;
    double bestDistance = tolerance;
    for (qsizetype i = 0; i < count; ++i) {
        const double d = distanceToSegment(pos, m_points[i], m_points[(i + 1) % m_points.size()]);
        if (d <= bestDistance) {
            best = int(i);
            bestDistance = d;
        }
    }
    return best;
}

Shape Shape::translated(double dx, double dy) const
{
    Shape s = *this;
    const QPointF d(dx, dy);
    switch (m_kind) {
    case Kind::Box:
        s.m_rect.translate(d);
        break;
    case Kind::RotatedBox:
    case Kind::Ellipse:
        s.m_center += d;
        break;
    case Kind::Polygon:
    case Kind::Polyline:
    case Kind::Point:
    case Kind::Keypoints:
        s.m_points.translate(d);
        for (QPolygonF &hole : s.m_holes)
            hole.translate(d);
        break;
    case Kind::Mask:
        s.m_mask = m_mask.translated(QPoint(int(std::lround(dx)), int(std::lround(dy))));
        break;
    case Kind::Tag:
        break;
    }
    return s;
}

Shape Shape::withHandleMoved(int handle, QPointF pos, bool keepAspect) const
{
    if (!finite(pos))
        return *this;
    switch (m_kind) {
    case Kind::Box:
        if (handle < TopLeft || handle > Left)
            return *this;
        return box(resizeRect(m_rect, handle, pos, keepAspect));
    case Kind::RotatedBox:
    case Kind::Ellipse: {
        Shape s = *this;
        if (handle == Rotation) {
            const QPointF d = pos - m_center;
            if (d.isNull())
                return *this;
            s.m_angle = normalizedAngle(qRadiansToDegrees(std::atan2(d.y(), d.x())) + 90.0);
            return s;
        }
        if (handle < TopLeft || handle > Left)
            return *this;
        const QTransform t = frameTransform();
        const QRectF local = resizeRect(localRect(), handle, t.inverted().map(pos), keepAspect);
        s.m_center = t.map(local.center());
        s.m_size = local.size();
        return s;
    }
    case Kind::Polygon:
    case Kind::Polyline:
    case Kind::Point:
    case Kind::Keypoints:
        return withVertexMoved(handle, pos);
    case Kind::Mask:
    case Kind::Tag:
        break;
    }
    return *this;
}

bool Shape::canRotate() const
{
    switch (m_kind) {
    case Kind::Box:
    case Kind::RotatedBox:
    case Kind::Ellipse:
    case Kind::Polygon:
    case Kind::Polyline:
    case Kind::Keypoints:
        return true;
    default:
        return false;
    }
}

Shape Shape::rotated(double degrees) const
{
    switch (m_kind) {
    case Kind::Box:
        return rotatedBox(m_rect.center(), m_rect.size(), degrees);
    case Kind::RotatedBox:
    case Kind::Ellipse: {
        Shape s = *this;
        s.m_angle = normalizedAngle(m_angle + degrees);
        return s;
    }
    case Kind::Polygon:
    case Kind::Polyline:
    case Kind::Keypoints: {
        const QPointF c = m_points.boundingRect().center();
        QTransform t;
        t.translate(c.x(), c.y());
        t.rotate(degrees);
        t.translate(-c.x(), -c.y());
        Shape s = *this;
        s.m_points = t.map(m_points);
        for (QPolygonF &hole : s.m_holes)
            hole = t.map(hole);
        return s;
    }
    default:
        return *this;
    }
}

Shape Shape::withVertexMoved(int index, QPointF pos) const
{
    const bool vertexKind
        = m_kind == Kind::Polygon || m_kind == Kind::Polyline || m_kind == Kind::Point || m_kind == Kind::Keypoints;
    if (!vertexKind || index < 0 || index >= m_points.size() || !finite(pos))
        return *this;
    Shape s = *this;
    s.m_points[index] = pos;
    return s;
}

std::optional<Shape> Shape::withVertexInserted(int index, QPointF pos) const
{
    if ((m_kind != Kind::Polygon && m_kind != Kind::Polyline) || index < 0 || index > m_points.size() || !finite(pos))
        return std::nullopt;
    Shape s = *this;
    s.m_points.insert(index, pos);
    return s;
}

std::optional<Shape> Shape::withVertexRemoved(int index) const
{
    const qsizetype minimum = m_kind == Kind::Polygon ? 3 : 2;
    if ((m_kind != Kind::Polygon && m_kind != Kind::Polyline) || index < 0 || index >= m_points.size()
        || m_points.size() <= minimum)
        return std::nullopt;
    Shape s = *this;
    s.m_points.remove(index);
    return s;
}

std::optional<Shape> Shape::toPolygon(int ellipseSegments) const
{
    switch (m_kind) {
    case Kind::Box:
        return polygon(QPolygonF({ m_rect.topLeft(), m_rect.topRight(), m_rect.bottomRight(), m_rect.bottomLeft() }));
    case Kind::RotatedBox: {
        const QRectF r = localRect();
        return polygon(frameTransform().map(QPolygonF({ r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft() })));
    }
    case Kind::Ellipse: {
        const int n = std::max(8, ellipseSegments);
        QPolygonF local;
        for (int i = 0; i < n; ++i) {
            const double t = 2 * std::numbers::pi * i / n;
            local.append(QPointF(m_size.width() / 2 * std::cos(t), m_size.height() / 2 * std::sin(t)));
        }
        return polygon(frameTransform().map(local));
    }
    case Kind::Polygon:
        return *this;
    default:
        return std::nullopt;
    }
}

std::optional<RleMask> Shape::toMask(const QRect &clip) const
{
    switch (m_kind) {
    case Kind::Box:
    case Kind::RotatedBox:
    case Kind::Ellipse:
        // Enough segments that the polygon is within a tenth of a pixel of the ellipse.
        return rasterize(
            { toPolygon(std::clamp(int(std::max(m_size.width(), m_size.height()) * 2), 64, 4096))->points() },
            Qt::OddEvenFill, clip);
    case Kind::Polygon: {
        QList<QPolygonF> rings { m_points };
        rings.append(m_holes);
        return rasterize(rings, Qt::OddEvenFill, clip);
    }
    case Kind::Polyline: {
        const QPainterPath stroke = path();
        return rasterize(stroke.toSubpathPolygons(), stroke.fillRule(), clip);
    }
    case Kind::Mask:
        return m_mask.cropped(clip);
    default:
        return std::nullopt;
    }
}

QList<Shape> Shape::mergePolygons(const QList<Shape> &polygons)
{
    QPainterPath united;
    united.setFillRule(Qt::OddEvenFill);
    for (const Shape &s : polygons) {
        if (s.kind() == Kind::Polygon)
            united = united.united(s.path());
    }
    return polygonsFromPath(united.simplified());
}

std::optional<QList<Shape>> Shape::splitPolygon(const Shape &polygon, const QPolygonF &cut)
{
    if (polygon.kind() != Kind::Polygon || cut.size() < 2)
        return std::nullopt;
    QPainterPath line;
    line.addPolygon(cut);
    QPainterPathStroker stroker;
    stroker.setWidth(cutWidth);
    stroker.setCapStyle(Qt::FlatCap);
    stroker.setJoinStyle(Qt::MiterJoin);
    const QList<Shape> parts = polygonsFromPath(polygon.path().subtracted(stroker.createStroke(line)).simplified());
    if (parts.size() < 2)
        return std::nullopt;
    return parts;
}

} // namespace rwb::image
