#include "stripimagegenerator.h"

#include "samplerandom.h"

#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace rwb::sample {

namespace {

constexpr float kBaseLevel = 0.46f;
constexpr float kRollerTableLevel = 0.06f;
// Pitch of the roller table rolls in line-scan pixels.
constexpr float kRollPitch = 350.0f;

float smooth(float t)
{
    return t * t * (3.0f - 2.0f * t);
}

float smoothstep(float edge0, float edge1, float x)
{
    const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
    return smooth(t);
}

// Bilinear value noise in [-1, 1).
float valueNoise(quint64 seed, float x, float y)
{
    const float fx = std::floor(x);
    const float fy = std::floor(y);
    const auto ix = static_cast<qint64>(fx);
    const auto iy = static_cast<qint64>(fy);
    const float tx = smooth(x - fx);
    const float ty = smooth(y - fy);
    const float a = SampleRandom::hashToSigned(seed, ix, iy);
    const float b = SampleRandom::hashToSigned(seed, ix + 1, iy);
    const float c = SampleRandom::hashToSigned(seed, ix, iy + 1);
    const float d = SampleRandom::hashToSigned(seed, ix + 1, iy + 1);
    const float top = a + (b - a) * tx;
    const float bottom = c + (d - c) * tx;
    return top + (bottom - top) * ty;
}

float fractalNoise(quint64 seed, float x, float y)
{
    return 0.6f * valueNoise(seed, x, y) + 0.3f * valueNoise(seed + 1, 2.03f * x, 2.03f * y)
        + 0.1f * valueNoise(seed + 2, 4.07f * x, 4.07f * y);
}

// A thin line (scratch or crack) along a polyline.
struct Stroke
{
    QPolygonF path;
    float halfWidth = 1.0f;
    // Relative brightness change at the centre line: > 0 brighter, < 0 darker.
    float contrast = 0.5f;
    // Strength of the opposite-signed halo beside the line, relative to contrast.
    float halo = 0.0f;
    // Broken-up line: parts of its length fade out.
    bool intermittent = false;
    float taper = 30.0f;
    quint64 seed = 0;
};

// A star-shaped blob (patch, inclusion fragment or pit).
struct Blob
{
    QPointF center;
    float radiusX = 5.0f;
    float radiusY = 5.0f;
    float angle = 0.0f;
    // Relative brightness change at full strength (< 0 darker).
    float depth = -0.4f;
    std::array<float, 4> harmonics {};
    std::array<float, 4> phases {};
    // Flat interior with a soft edge (patches) or a Gaussian-like core (flecks, pits).
    bool flat = true;
    float softness = 0.08f;
    // Edge raggedness in units of the radius, and the scale of the noise that makes it.
    float ragged = 0.0f;
    float raggedScale = 6.0f;
    // Interior variation of the depth.
    float mottle = 0.0f;
    float mottleScale = 5.0f;
    quint64 seed = 0;

    float edge(float theta) const
    {
        float e = 1.0f;
        for (size_t k = 0; k < harmonics.size(); ++k)
            e += harmonics[k] * std::cos(static_cast<float>(k + 2) * theta + phases[k]);
        return std::max(e, 0.35f);
    }

    float outlineRadius(float theta) const
    {
        return flat ? edge(theta) + 0.5f * softness + 0.6f * ragged : 0.95f * edge(theta);
    }

    float maximumExtent() const
    {
        float sum = 1.0f;
        for (float h : harmonics)
            sum += std::abs(h);
        return std::max(radiusX, radiusY) * (sum + softness + ragged + (flat ? 0.0f : 0.6f)) + 2.0f;
    }

    QPointF pointAt(float theta, float radius) const
    {
        const float u = radiusX * radius * std::cos(theta);
        const float v = radiusY * radius * std::sin(theta);
        const float c = std::cos(angle);
        const float s = std::sin(angle);
        return center + QPointF(u * c - v * s, u * s + v * c);
    }
};

// A defect in the making: its ground truth plus the primitives that draw it.
struct Sketch
{
    Defect defect;
    std::vector<Stroke> strokes;
    std::vector<Blob> blobs;

    void translate(QPointF offset)
    {
        defect.points.translate(offset);
        defect.bounds.translate(offset);
        for (Stroke &stroke : strokes)
            stroke.path.translate(offset);
        for (Blob &blob : blobs)
            blob.center += offset;
    }
};

// Relative brightness change of one defect over the pixels it covers.
struct Patch
{
    QRect rect;
    std::vector<float> gain;
};

QRectF boundsOfStrokes(const std::vector<Stroke> &strokes, float margin)
{
    QRectF bounds;
    for (const Stroke &stroke : strokes) {
        const float reach = margin + stroke.halfWidth * 1.5f;
        bounds |= stroke.path.boundingRect().adjusted(-reach, -reach, reach, reach);
    }
    return bounds;
}

QString severityFor(double score)
{
    if (score < 1.0)
        return QStringLiteral("minor");
    if (score < 2.0)
        return QStringLiteral("moderate");
    return QStringLiteral("severe");
}

QPolygonF boxPolygon(const QRectF &rect)
{
    return QPolygonF({ rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft() });
}

// Andrew's monotone chain; returns the hull counter-clockwise in image coordinates (y down: clockwise on screen).
QPolygonF convexHull(std::vector<QPointF> points)
{
    std::sort(points.begin(), points.end(),
        [](const QPointF &a, const QPointF &b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    if (points.size() < 3)
        return QPolygonF(QList<QPointF>(points.begin(), points.end()));
    const auto cross = [](const QPointF &o, const QPointF &a, const QPointF &b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    };
    std::vector<QPointF> hull(2 * points.size());
    size_t k = 0;
    for (const QPointF &p : points) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (size_t i = points.size() - 1, lower = k + 1; i > 0; --i) {
        const QPointF &p = points[i - 1];
        while (k >= lower && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    hull.resize(k - 1);
    return QPolygonF(QList<QPointF>(hull.begin(), hull.end()));
}

Sketch makeScratch(SampleRandom &rng, const QRectF &area)
{
    Sketch sketch;
    const double maxLength = std::min(area.width() * 0.85, 3200.0);
    const double length = std::max(20.0, rng.uniform(0.3, 1.0) * maxLength);
    const double step = std::clamp(length / 24.0, 4.0, 40.0);
    const int segments = std::max(2, static_cast<int>(std::ceil(length / step)));
    // Mostly along the rolling direction (guide and roll marks); sometimes oblique.
    double angle = rng.chance(0.8) ? rng.normal(0.0, 0.05) : rng.uniform(-0.6, 0.6);
    if (rng.chance(0.5))
        angle += std::numbers::pi;
    const double bend = rng.uniform(-0.35, 0.35) / segments;
    QPolygonF path;
    QPointF point(0.0, 0.0);
    path << point;
    for (int i = 0; i < segments; ++i) {
        angle += bend + rng.normal(0.0, 0.012);
        point += QPointF(step * std::cos(angle), step * std::sin(angle));
        path << point;
    }
    Stroke stroke;
    stroke.path = path;
    stroke.halfWidth = static_cast<float>(rng.uniform(0.7, 2.2));
    const bool bright = rng.chance(0.65);
    stroke.contrast = static_cast<float>(bright ? rng.uniform(0.35, 0.9) : -rng.uniform(0.3, 0.6));
    stroke.halo = static_cast<float>(rng.uniform(0.1, 0.35));
    stroke.intermittent = rng.chance(0.35);
    stroke.taper = static_cast<float>(std::min(60.0, length / 5.0));
    stroke.seed = rng.next();
    sketch.strokes.push_back(stroke);

    sketch.defect.className = QStringLiteral("scratch");
    sketch.defect.shape = QStringLiteral("polyline");
    sketch.defect.points = path;
    sketch.defect.bounds = boundsOfStrokes(sketch.strokes, 1.0f);
    const double score = length / 450.0 * (std::abs(stroke.contrast) / 0.45) * (stroke.halfWidth / 1.3);
    sketch.defect.severity = severityFor(score);
    return sketch;
}

Sketch makePatches(SampleRandom &rng, const QRectF &area)
{
    Sketch sketch;
    const double maxRadius = std::min({ area.width(), area.height() }) / 4.0;
    const double radius = std::clamp(rng.uniform(18.0, 140.0), 6.0, std::max(6.0, maxRadius));
    Blob blob;
    // Patches tend to be drawn out along the rolling direction.
    blob.radiusX = static_cast<float>(radius * rng.uniform(1.0, 1.8));
    blob.radiusY = static_cast<float>(radius * rng.uniform(0.6, 1.0));
    blob.angle = static_cast<float>(rng.normal(0.0, 0.15));
    for (size_t k = 0; k < blob.harmonics.size(); ++k) {
        blob.harmonics[k] = static_cast<float>(rng.uniform(0.0, 0.22) / (1.0 + 0.5 * static_cast<double>(k)));
        blob.phases[k] = static_cast<float>(rng.uniform(0.0, 2.0 * std::numbers::pi));
    }
    blob.depth = static_cast<float>(-rng.uniform(0.18, 0.5));
    blob.flat = true;
    blob.softness = static_cast<float>(rng.uniform(0.06, 0.18));
    blob.ragged = static_cast<float>(rng.uniform(0.12, 0.3));
    blob.raggedScale = static_cast<float>(std::max(3.0, radius / 3.0));
    blob.mottle = static_cast<float>(rng.uniform(0.4, 0.8));
    blob.mottleScale = static_cast<float>(rng.uniform(4.0, 10.0));
    blob.seed = rng.next();
    sketch.blobs.push_back(blob);
    // Darker cores inside the patch make it blotchy.
    const int cores = rng.bounded(2, 6);
    for (int i = 0; i < cores; ++i) {
        Blob core;
        const float theta = static_cast<float>(rng.uniform(0.0, 2.0 * std::numbers::pi));
        core.center = blob.pointAt(theta, static_cast<float>(rng.uniform(0.0, 0.6)) * blob.edge(theta));
        core.radiusX = static_cast<float>(radius * rng.uniform(0.15, 0.4));
        core.radiusY = core.radiusX * static_cast<float>(rng.uniform(0.6, 1.0));
        core.angle = static_cast<float>(rng.uniform(0.0, std::numbers::pi));
        core.harmonics[0] = static_cast<float>(rng.uniform(0.0, 0.25));
        core.phases[0] = static_cast<float>(rng.uniform(0.0, 2.0 * std::numbers::pi));
        core.depth = blob.depth * static_cast<float>(rng.uniform(0.3, 0.7));
        core.softness = 0.3f;
        core.ragged = 0.2f;
        core.raggedScale = std::max(2.0f, core.radiusX / 2.0f);
        core.seed = rng.next();
        sketch.blobs.push_back(core);
    }

    QPolygonF outline;
    constexpr int kOutlinePoints = 28;
    for (int i = 0; i < kOutlinePoints; ++i) {
        const float theta = static_cast<float>(2.0 * std::numbers::pi * i / kOutlinePoints);
        outline << blob.pointAt(theta, blob.outlineRadius(theta));
    }
    sketch.defect.className = QStringLiteral("patches");
    sketch.defect.shape = QStringLiteral("polygon");
    sketch.defect.points = outline;
    const float extent = blob.maximumExtent();
    sketch.defect.bounds
        = outline.boundingRect().adjusted(-2, -2, 2, 2) & QRectF(-extent, -extent, 2.0 * extent, 2.0 * extent);
    const double score = (blob.radiusX * blob.radiusY) / 2500.0 * (-blob.depth / 0.3);
    sketch.defect.severity = severityFor(score);
    return sketch;
}

Sketch makeInclusion(SampleRandom &rng, const QRectF &area)
{
    Sketch sketch;
    const double length = std::min(rng.uniform(14.0, 130.0), area.width() * 0.5);
    const double width = std::min(rng.uniform(3.0, 9.0), length / 3.0);
    const int fragments = rng.bounded(1, length > 50.0 ? 4 : 2);
    const double angle = rng.normal(0.0, 0.04);
    std::vector<QPointF> hullPoints;
    double x = -length / 2.0;
    const double fragmentLength = length / fragments;
    const float depth = static_cast<float>(-rng.uniform(0.45, 0.8));
    for (int i = 0; i < fragments; ++i) {
        Blob blob;
        const double own = fragmentLength * rng.uniform(0.55, 0.95);
        const double along = x + own / 2.0 + rng.uniform(0.0, fragmentLength - own);
        const double across = rng.normal(0.0, width * 0.3);
        blob.center = QPointF(
            along * std::cos(angle) - across * std::sin(angle), along * std::sin(angle) + across * std::cos(angle));
        blob.radiusX = static_cast<float>(own / 2.0);
        blob.radiusY = static_cast<float>(width / 2.0 * rng.uniform(0.7, 1.1));
        blob.angle = static_cast<float>(angle + rng.normal(0.0, 0.02));
        blob.harmonics[0] = static_cast<float>(rng.uniform(0.0, 0.1));
        blob.phases[0] = static_cast<float>(rng.uniform(0.0, 2.0 * std::numbers::pi));
        blob.depth = depth * static_cast<float>(rng.uniform(0.8, 1.1));
        blob.flat = false;
        blob.mottle = 0.35f;
        blob.mottleScale = 3.0f;
        blob.seed = rng.next();
        sketch.blobs.push_back(blob);
        for (int j = 0; j < 16; ++j) {
            const float theta = static_cast<float>(2.0 * std::numbers::pi * j / 16);
            hullPoints.push_back(blob.pointAt(theta, blob.outlineRadius(theta) + 0.6f / blob.radiusY));
        }
        x += fragmentLength;
    }
    sketch.defect.className = QStringLiteral("inclusion");
    sketch.defect.shape = QStringLiteral("polygon");
    sketch.defect.points = convexHull(hullPoints);
    sketch.defect.bounds = sketch.defect.points.boundingRect().adjusted(-1, -1, 1, 1);
    const double score = length / 60.0 * (-depth / 0.5) * (width / 4.0);
    sketch.defect.severity = severityFor(score);
    return sketch;
}

Sketch makeCrazing(SampleRandom &rng, const QRectF &area)
{
    Sketch sketch;
    const double boxWidth = std::min(rng.uniform(70.0, 300.0), area.width() * 0.6);
    const double boxHeight = std::min(rng.uniform(50.0, 200.0), area.height() * 0.6);
    const int cracks = std::max(6, static_cast<int>(boxWidth * boxHeight / rng.uniform(180.0, 400.0)));
    const float contrast = static_cast<float>(-rng.uniform(0.3, 0.55));
    // Fire cracks printed from the roll: fairly straight cracks in two preferred directions that branch
    // off each other into a network.
    const double orientation = rng.uniform(0.0, std::numbers::pi);
    struct Branch
    {
        QPointF point;
        double angle;
    };
    std::vector<Branch> branches;
    for (int i = 0; i < cracks; ++i) {
        QPointF point;
        double angle;
        if (branches.empty() || i < 3 || rng.chance(0.3)) {
            point = QPointF(rng.uniform(0.0, boxWidth), rng.uniform(0.0, boxHeight));
            angle = orientation + (rng.chance(0.5) ? 0.0 : std::numbers::pi / 2.0) + rng.normal(0.0, 0.3);
        } else {
            const Branch &from = branches[static_cast<size_t>(rng.bounded(0, static_cast<int>(branches.size()) - 1))];
            point = from.point;
            angle = from.angle + (rng.chance(0.5) ? 1.0 : -1.0) * rng.uniform(0.9, 1.7);
        }
        Stroke stroke;
        stroke.path << point;
        const int steps = rng.bounded(3, 10);
        for (int s = 0; s < steps; ++s) {
            angle += rng.normal(0.0, 0.2);
            const double step = rng.uniform(3.0, 6.5);
            point += QPointF(step * std::cos(angle), step * std::sin(angle));
            if (point.x() < 0.0 || point.y() < 0.0 || point.x() > boxWidth || point.y() > boxHeight)
                break;
            stroke.path << point;
            branches.push_back({ point, angle });
        }
        if (stroke.path.size() < 2)
            continue;
        stroke.halfWidth = static_cast<float>(rng.uniform(0.45, 0.9));
        stroke.contrast = contrast * static_cast<float>(rng.uniform(0.7, 1.2));
        stroke.taper = 3.0f;
        stroke.seed = rng.next();
        sketch.strokes.push_back(stroke);
    }
    // The cracked area is a little darker as a whole.
    Blob shade;
    shade.center = QPointF(boxWidth / 2.0, boxHeight / 2.0);
    shade.radiusX = static_cast<float>(boxWidth * 0.42);
    shade.radiusY = static_cast<float>(boxHeight * 0.42);
    shade.depth = static_cast<float>(-rng.uniform(0.03, 0.08));
    shade.softness = 0.35f;
    shade.ragged = 0.15f;
    shade.raggedScale = static_cast<float>(std::max(4.0, std::min(boxWidth, boxHeight) / 6.0));
    shade.seed = rng.next();
    sketch.blobs.push_back(shade);

    sketch.defect.className = QStringLiteral("crazing");
    sketch.defect.shape = QStringLiteral("box");
    sketch.defect.bounds = boundsOfStrokes(sketch.strokes, 0.5f);
    sketch.defect.points = boxPolygon(sketch.defect.bounds);
    const double score = boxWidth * boxHeight / 12000.0 * (-contrast / 0.4);
    sketch.defect.severity = severityFor(score);
    return sketch;
}

Sketch makePittedSurface(SampleRandom &rng, const QRectF &area)
{
    Sketch sketch;
    const double limit = std::min(area.width(), area.height()) / 7.0;
    const double sigmaX = std::min(rng.uniform(12.0, 60.0), limit * 1.4);
    const double sigmaY = std::min(rng.uniform(8.0, 40.0), limit);
    const int pits = rng.bounded(20, 110);
    QRectF bounds;
    double depthSum = 0.0;
    for (int i = 0; i < pits; ++i) {
        Blob blob;
        blob.center = QPointF(std::clamp(rng.normal(0.0, sigmaX), -2.5 * sigmaX, 2.5 * sigmaX),
            std::clamp(rng.normal(0.0, sigmaY), -2.5 * sigmaY, 2.5 * sigmaY));
        const double radius = rng.uniform(0.7, 2.8);
        blob.radiusX = static_cast<float>(radius * rng.uniform(1.0, 1.5));
        blob.radiusY = static_cast<float>(radius);
        blob.depth = static_cast<float>(-rng.uniform(0.3, 0.75));
        blob.flat = false;
        blob.seed = rng.next();
        depthSum -= blob.depth;
        sketch.blobs.push_back(blob);
        const double reach = blob.radiusX * 1.2 + 1.0;
        bounds |= QRectF(blob.center.x() - reach, blob.center.y() - reach, 2 * reach, 2 * reach);
    }
    Blob shade;
    shade.radiusX = static_cast<float>(sigmaX * 1.6);
    shade.radiusY = static_cast<float>(sigmaY * 1.6);
    shade.depth = static_cast<float>(-rng.uniform(0.02, 0.07));
    shade.softness = 0.4f;
    shade.seed = rng.next();
    sketch.blobs.push_back(shade);

    sketch.defect.className = QStringLiteral("pitted_surface");
    sketch.defect.shape = QStringLiteral("box");
    sketch.defect.bounds = bounds;
    sketch.defect.points = boxPolygon(bounds);
    const double score = pits / 45.0 * (depthSum / pits / 0.5) * (sigmaX * sigmaY / 900.0 > 1.0 ? 1.3 : 1.0);
    sketch.defect.severity = severityFor(score);
    return sketch;
}

Sketch makeRolledInScale(SampleRandom &rng, const QRectF &area)
{
    Sketch sketch;
    // Flakes of secondary scale pressed into the surface: small, irregular, drawn out along the
    // rolling direction, scattered over an elongated area.
    const double spreadX = std::min(rng.uniform(30.0, 160.0), area.width() * 0.3);
    const double spreadY = std::min(rng.uniform(15.0, 70.0), area.height() * 0.3);
    const int flakes = rng.bounded(15, 80);
    QRectF bounds;
    double depthSum = 0.0;
    for (int i = 0; i < flakes; ++i) {
        Blob flake;
        flake.center
            = QPointF(rng.uniform(-spreadX, spreadX), std::clamp(rng.normal(0.0, spreadY / 2.0), -spreadY, spreadY));
        flake.radiusX = static_cast<float>(rng.uniform(2.0, 10.0));
        flake.radiusY = static_cast<float>(std::max(1.0, flake.radiusX * rng.uniform(0.2, 0.45)));
        flake.angle = static_cast<float>(rng.normal(0.0, 0.08));
        for (size_t k = 0; k < 2; ++k) {
            flake.harmonics[k] = static_cast<float>(rng.uniform(0.0, 0.12));
            flake.phases[k] = static_cast<float>(rng.uniform(0.0, 2.0 * std::numbers::pi));
        }
        flake.depth = static_cast<float>(-rng.uniform(0.15, 0.5));
        flake.softness = 0.35f;
        flake.ragged = 0.25f;
        flake.raggedScale = 3.0f;
        flake.mottle = 0.4f;
        flake.mottleScale = 2.5f;
        flake.seed = rng.next();
        depthSum -= flake.depth;
        sketch.blobs.push_back(flake);
        const double reach = flake.radiusX * 1.6 + 1.0;
        bounds |= QRectF(flake.center.x() - reach, flake.center.y() - reach, 2 * reach, 2 * reach);
    }
    Blob shade;
    shade.radiusX = static_cast<float>(spreadX * 0.9);
    shade.radiusY = static_cast<float>(spreadY * 0.7);
    shade.depth = static_cast<float>(-rng.uniform(0.03, 0.08));
    shade.softness = 0.4f;
    shade.ragged = 0.2f;
    shade.raggedScale = static_cast<float>(std::max(4.0, spreadY / 3.0));
    shade.seed = rng.next();
    sketch.blobs.push_back(shade);

    sketch.defect.className = QStringLiteral("rolled_in_scale");
    sketch.defect.shape = QStringLiteral("box");
    sketch.defect.bounds = bounds;
    sketch.defect.points = boxPolygon(bounds);
    const double score = flakes / 40.0 * (depthSum / flakes / 0.3) * (spreadX > 100.0 ? 1.3 : 1.0);
    sketch.defect.severity = severityFor(score);
    return sketch;
}

Sketch makeSketch(const QString &className, SampleRandom &rng, const QRectF &area)
{
    if (className == QLatin1String("scratch"))
        return makeScratch(rng, area);
    if (className == QLatin1String("patches"))
        return makePatches(rng, area);
    if (className == QLatin1String("inclusion"))
        return makeInclusion(rng, area);
    if (className == QLatin1String("crazing"))
        return makeCrazing(rng, area);
    if (className == QLatin1String("rolled_in_scale"))
        return makeRolledInScale(rng, area);
    return makePittedSurface(rng, area);
}

void renderStroke(Patch &patch, const Stroke &stroke)
{
    const float core = stroke.halfWidth;
    const float reach = core * (stroke.halo > 0.0f ? 5.0f : 2.5f) + 1.0f;
    const QRect box
        = stroke.path.boundingRect().adjusted(-reach, -reach, reach, reach).toAlignedRect().intersected(patch.rect);
    if (box.isEmpty())
        return;
    const int width = box.width();
    std::vector<float> distance(static_cast<size_t>(width) * box.height(), reach + 1.0f);
    std::vector<float> arc(distance.size(), 0.0f);
    float travelled = 0.0f;
    for (qsizetype i = 0; i + 1 < stroke.path.size(); ++i) {
        const QPointF a = stroke.path[i];
        const QPointF b = stroke.path[i + 1];
        const QPointF ab = b - a;
        const double lengthSquared = QPointF::dotProduct(ab, ab);
        const float length = static_cast<float>(std::sqrt(lengthSquared));
        const QRect segmentBox = QRectF(a, b).normalized().adjusted(-reach, -reach, reach, reach).toAlignedRect() & box;
        for (int y = segmentBox.top(); y <= segmentBox.bottom(); ++y) {
            for (int x = segmentBox.left(); x <= segmentBox.right(); ++x) {
                const QPointF p(x + 0.5, y + 0.5);
                double t = lengthSquared > 0.0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0.0;
                t = std::clamp(t, 0.0, 1.0);
                const QPointF d = p - (a + t * ab);
                const float dist = static_cast<float>(std::sqrt(QPointF::dotProduct(d, d)));
                const size_t index = static_cast<size_t>(y - box.top()) * width + (x - box.left());
                if (dist < distance[index]) {
                    distance[index] = dist;
                    arc[index] = travelled + static_cast<float>(t) * length;
                }
            }
        }
        travelled += length;
    }
    const float total = travelled;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        float *gain = patch.gain.data() + static_cast<size_t>(y - patch.rect.top()) * patch.rect.width();
        for (int x = box.left(); x <= box.right(); ++x) {
            const size_t index = static_cast<size_t>(y - box.top()) * width + (x - box.left());
            const float d = distance[index];
            if (d >= reach)
                continue;
            const float u = arc[index];
            float strength = 0.6f + 0.4f * valueNoise(stroke.seed, u / 70.0f, 0.5f);
            strength *= smoothstep(0.0f, stroke.taper, u) * smoothstep(0.0f, stroke.taper, total - u);
            if (stroke.intermittent)
                strength *= smoothstep(-0.15f, 0.2f, valueNoise(stroke.seed + 7, u / 40.0f, 0.5f));
            const float q = d / core;
            float shape = std::exp(-q * q);
            if (stroke.halo > 0.0f) {
                const float r = (d - 2.0f * core) / (1.5f * core);
                shape -= stroke.halo * std::exp(-r * r);
            }
            gain[x - patch.rect.left()] += stroke.contrast * strength * shape;
        }
    }
}

void renderBlob(Patch &patch, const Blob &blob)
{
    const float extent = blob.maximumExtent();
    const QRect box = QRectF(blob.center.x() - extent, blob.center.y() - extent, 2 * extent, 2 * extent).toAlignedRect()
        & patch.rect;
    const float c = std::cos(blob.angle);
    const float s = std::sin(blob.angle);
    for (int y = box.top(); y <= box.bottom(); ++y) {
        float *gain = patch.gain.data() + static_cast<size_t>(y - patch.rect.top()) * patch.rect.width();
        for (int x = box.left(); x <= box.right(); ++x) {
            const float px = static_cast<float>(x + 0.5 - blob.center.x());
            const float py = static_cast<float>(y + 0.5 - blob.center.y());
            const float nu = (px * c + py * s) / blob.radiusX;
            const float nv = (-px * s + py * c) / blob.radiusY;
            float rho = std::sqrt(nu * nu + nv * nv);
            const float edge = blob.edge(std::atan2(nv, nu));
            float value;
            if (blob.flat) {
                if (blob.ragged > 0.0f)
                    rho += blob.ragged * fractalNoise(blob.seed, x / blob.raggedScale, y / blob.raggedScale);
                value = 1.0f - smoothstep(edge - blob.softness, edge + blob.softness, rho);
            } else {
                const float r = rho / edge;
                value = r < 1.6f ? std::exp(-2.5f * r * r) : 0.0f;
            }
            if (value <= 0.0f)
                continue;
            if (blob.mottle > 0.0f) {
                const float n = fractalNoise(blob.seed + 11, x / blob.mottleScale, y / blob.mottleScale);
                value *= 1.0f - blob.mottle * (0.5f + 0.5f * n);
            }
            gain[x - patch.rect.left()] += blob.depth * value;
        }
    }
}

Patch renderSketch(const Sketch &sketch, const QRect &imageRect)
{
    Patch patch;
    QRectF cover = sketch.defect.bounds;
    for (const Stroke &stroke : sketch.strokes) {
        const float reach = stroke.halfWidth * 5.0f + 1.0f;
        cover |= stroke.path.boundingRect().adjusted(-reach, -reach, reach, reach);
    }
    for (const Blob &blob : sketch.blobs) {
        const float extent = blob.maximumExtent();
        cover |= QRectF(blob.center.x() - extent, blob.center.y() - extent, 2 * extent, 2 * extent);
    }
    patch.rect = cover.toAlignedRect() & imageRect;
    if (patch.rect.isEmpty())
        return patch;
    patch.gain.assign(static_cast<size_t>(patch.rect.width()) * patch.rect.height(), 0.0f);
    for (const Stroke &stroke : sketch.strokes)
        renderStroke(patch, stroke);
    for (const Blob &blob : sketch.blobs)
        renderBlob(patch, blob);
    return patch;
}

// Pixels whose brightness a patch changes visibly (by 3 % or more).
QRect visibleRect(const Patch &patch)
{
    constexpr float threshold = 0.03f;
    int left = patch.rect.right() + 1;
    int right = patch.rect.left() - 1;
    int top = patch.rect.bottom() + 1;
    int bottom = patch.rect.top() - 1;
    for (int y = 0; y < patch.rect.height(); ++y) {
        const float *gain = patch.gain.data() + static_cast<size_t>(y) * patch.rect.width();
        for (int x = 0; x < patch.rect.width(); ++x) {
            if (std::abs(gain[x]) < threshold)
                continue;
            left = std::min(left, patch.rect.left() + x);
            right = std::max(right, patch.rect.left() + x);
            top = std::min(top, patch.rect.top() + y);
            bottom = std::max(bottom, patch.rect.top() + y);
        }
    }
    if (right < left)
        return {};
    // Pixel (x, y) covers [x, x + 1) x [y, y + 1).
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

// Anisotropic value noise evaluated one image row at a time: knots every cellX pixels along x and
// cellY rows along y, smoothly interpolated. Long cells along x make the rolling-direction streaks.
class NoiseLayer
{
public:
    NoiseLayer(quint64 seed, int cellX, int cellY, float amplitude, int width)
        : m_seed(seed)
        , m_cellX(cellX)
        , m_cellY(cellY)
        , m_amplitude(amplitude)
        , m_knots(static_cast<size_t>(width / cellX + 2))
        , m_weights(static_cast<size_t>(cellX))
    {
        for (int i = 0; i < cellX; ++i)
            m_weights[static_cast<size_t>(i)] = smooth(static_cast<float>(i) / static_cast<float>(cellX));
    }

    // Adds amplitude * noise(x, y) to row[0..width).
    void addRow(int y, float *row, int width)
    {
        const qint64 gy = y / m_cellY;
        const float ty = smooth(static_cast<float>(y - gy * m_cellY) / static_cast<float>(m_cellY));
        for (size_t k = 0; k < m_knots.size(); ++k) {
            const auto kx = static_cast<qint64>(k);
            const float a = SampleRandom::hashToSigned(m_seed, kx, gy);
            const float b = ty > 0.0f ? SampleRandom::hashToSigned(m_seed, kx, gy + 1) : a;
            m_knots[k] = m_amplitude * (a + (b - a) * ty);
        }
        const float *weights = m_weights.data();
        for (int x0 = 0, k = 0; x0 < width; x0 += m_cellX, ++k) {
            const float a = m_knots[static_cast<size_t>(k)];
            const float d = m_knots[static_cast<size_t>(k) + 1] - a;
            const int count = std::min(m_cellX, width - x0);
            float *out = row + x0;
            for (int i = 0; i < count; ++i)
                out[i] += a + d * weights[i];
        }
    }

private:
    quint64 m_seed;
    int m_cellX;
    int m_cellY;
    float m_amplitude;
    std::vector<float> m_knots;
    std::vector<float> m_weights;
};

// The strip edges of a line-scan image wander slowly across the image.
struct StripEdges
{
    std::vector<float> top;
    std::vector<float> bottom;
    // Every column is strip between these rows.
    float fullTop = 0.0f;
    float fullBottom = 0.0f;
};

StripEdges makeStripEdges(SampleRandom &rng, QSize size)
{
    StripEdges edges;
    const float height = static_cast<float>(size.height());
    const float margin = height * static_cast<float>(rng.uniform(0.04, 0.07));
    const float wobble = height * 0.004f;
    const float period = static_cast<float>(size.width()) / static_cast<float>(rng.uniform(1.5, 3.5));
    const float phase = static_cast<float>(rng.uniform(0.0, 2.0 * std::numbers::pi));
    const quint64 seed = rng.next();
    edges.top.resize(static_cast<size_t>(size.width()));
    edges.bottom.resize(static_cast<size_t>(size.width()));
    edges.fullTop = 0.0f;
    edges.fullBottom = height;
    for (int x = 0; x < size.width(); ++x) {
        const float fx = static_cast<float>(x);
        // The strip drifts sideways as a whole; its width barely changes.
        const float drift = wobble * std::sin(2.0f * std::numbers::pi_v<float> * fx / period + phase)
            + 0.5f * wobble * valueNoise(seed, fx / 700.0f, 0.0f);
        const float top = margin + drift + 1.5f * valueNoise(seed + 1, fx / 40.0f, 0.0f);
        const float bottom = height - margin * 1.1f + drift + 1.5f * valueNoise(seed + 2, fx / 40.0f, 0.0f);
        edges.top[static_cast<size_t>(x)] = top;
        edges.bottom[static_cast<size_t>(x)] = bottom;
        edges.fullTop = std::max(edges.fullTop, top);
        edges.fullBottom = std::min(edges.fullBottom, bottom);
    }
    return edges;
}

} // namespace

StripImageGenerator::StripImageGenerator()
    : m_defectClasses(allDefectClasses())
{ }

QStringList StripImageGenerator::allDefectClasses()
{
    return { QStringLiteral("scratch"), QStringLiteral("patches"), QStringLiteral("inclusion"),
        QStringLiteral("crazing"), QStringLiteral("pitted_surface"), QStringLiteral("rolled_in_scale") };
}

QString StripImageGenerator::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Jpeg:
        return QStringLiteral("jpg");
    case Format::Tiff:
        return QStringLiteral("tif");
    }
    return QStringLiteral("png");
}

void StripImageGenerator::setDefectClasses(const QStringList &classes)
{
    m_defectClasses.clear();
    for (const QString &name : classes) {
        if (allDefectClasses().contains(name) && !m_defectClasses.contains(name))
            m_defectClasses << name;
    }
}

void StripImageGenerator::setDefectCountRange(int minimum, int maximum)
{
    m_minimumDefects = std::max(0, minimum);
    m_maximumDefects = std::max(m_minimumDefects, maximum);
}

void StripImageGenerator::setJpegQuality(int quality)
{
    m_jpegQuality = std::clamp(quality, 1, 100);
}

GeneratedImage StripImageGenerator::generate(
    const QString &dir, const QString &baseName, QSize size, int bitDepth, quint64 seed, Format format)
{
    SampleRandom rng(seed ^ 0x5eed0001ULL);
    const int count = rng.bounded(m_minimumDefects, m_maximumDefects);
    return render(dir, baseName, size, bitDepth, seed, format, false, count);
}

GeneratedImage StripImageGenerator::generateLineScan(
    const QString &dir, const QString &baseName, QSize size, quint64 seed, Format format)
{
    // About one defect per two megapixels of strip, as on a strip with a bad roll or guide.
    const double area = static_cast<double>(size.width()) * size.height();
    const int count = std::max(1, static_cast<int>(std::lround(area / 2.0e6)));
    return render(dir, baseName, size, 8, seed, format, true, count);
}

GeneratedImage StripImageGenerator::render(const QString &dir, const QString &baseName, QSize size, int bitDepth,
    quint64 seed, Format format, bool lineScan, int defectCount)
{
    m_errorString.clear();
    if (size.width() < 16 || size.height() < 16) {
        m_errorString = QStringLiteral("Image size must be at least 16 x 16 pixels");
        return {};
    }
    if (bitDepth != 8 && bitDepth != 16) {
        m_errorString = QStringLiteral("Bit depth must be 8 or 16");
        return {};
    }
    if (bitDepth == 16 && format == Format::Jpeg) {
        m_errorString = QStringLiteral("JPEG cannot hold 16-bit images");
        return {};
    }
    if (!QDir().mkpath(dir)) {
        m_errorString = QStringLiteral("Cannot create directory %1").arg(dir);
        return {};
    }

    SampleRandom rng(seed);
    const int width = size.width();
    const int height = size.height();
    const QRect imageRect(0, 0, width, height);

    StripEdges edges;
    QRectF defectArea(0, 0, width, height);
    if (lineScan) {
        edges = makeStripEdges(rng, size);
        defectArea = QRectF(0, edges.fullTop + 12, width, edges.fullBottom - edges.fullTop - 24);
    }

    // Defects first: their patches are applied while the rows are rendered.
    GeneratedImage result;
    std::vector<Patch> patches;
    if (!m_defectClasses.isEmpty()) {
        for (int i = 0; i < defectCount; ++i) {
            const QString className = m_defectClasses.at(rng.bounded(0, static_cast<int>(m_defectClasses.size()) - 1));
            for (int attempt = 0; attempt < 30; ++attempt) {
                Sketch sketch = makeSketch(className, rng, defectArea);
                const QRectF bounds = sketch.defect.bounds;
                const double minX = defectArea.left() - bounds.left();
                const double maxX = defectArea.right() - bounds.right();
                const double minY = defectArea.top() - bounds.top();
                const double maxY = defectArea.bottom() - bounds.bottom();
                if (maxX < minX || maxY < minY)
                    continue;
                const QPointF offset(std::floor(rng.uniform(minX, maxX)), std::floor(rng.uniform(minY, maxY)));
                const QRectF placed = bounds.translated(offset);
                const QRectF spaced = placed.adjusted(-6, -6, 6, 6);
                const bool overlaps = std::any_of(result.defects.cbegin(), result.defects.cend(),
                    [&spaced](const Defect &other) { return other.bounds.intersects(spaced); });
                if (overlaps)
                    continue;
                sketch.translate(offset);
                Patch patch = renderSketch(sketch, imageRect);
                // The ground truth box is what can be seen, plus the outline or centre line.
                const QRect visible = visibleRect(patch);
                if (visible.isEmpty())
                    continue;
                Defect &defect = sketch.defect;
                for (QPointF &point : defect.points) {
                    point.setX(std::clamp(point.x(), 0.0, static_cast<double>(width)));
                    point.setY(std::clamp(point.y(), 0.0, static_cast<double>(height)));
                }
                if (defect.shape == QLatin1String("box")) {
                    defect.bounds = QRectF(visible);
                    defect.points = boxPolygon(defect.bounds);
                } else {
                    defect.bounds = (QRectF(visible) | defect.points.boundingRect()) & QRectF(imageRect);
                }
                const QRectF gap = defect.bounds.adjusted(-3, -3, 3, 3);
                if (std::any_of(result.defects.cbegin(), result.defects.cend(),
                        [&gap](const Defect &other) { return other.bounds.intersects(gap); }))
                    continue;
                patches.push_back(std::move(patch));
                result.defects << defect;
                break;
            }
        }
    }

    // Background texture layers, from broad bands to fine oxide-scale mottle.
    // Independent of the defects, so that the same seed gives the same surface with or without them.
    const quint64 textureSeed = SampleRandom::mix(seed ^ 0x7e87a5ULL);
    std::vector<NoiseLayer> layers;
    layers.emplace_back(textureSeed + 1, 900, 6, 0.035f, width);
    layers.emplace_back(textureSeed + 2, 260, 1, 0.018f, width);
    layers.emplace_back(textureSeed + 3, 60, 1, 0.012f, width);
    layers.emplace_back(textureSeed + 4, 48, 16, 0.035f, width);
    layers.emplace_back(textureSeed + 5, 16, 6, 0.03f, width);
    layers.emplace_back(textureSeed + 9, 6, 3, 0.018f, width);
    const int illuminationCell = std::max(32, std::max(width, height) / 3);
    NoiseLayer illumination(textureSeed + 6, illuminationCell, illuminationCell, 0.07f, width);
    const double rowGainSigma = lineScan ? 0.008 : 0.004;
    const quint64 grainSeed = textureSeed + 7;
    const quint64 tableSeed = textureSeed + 8;

    QImage image(size, bitDepth == 16 ? QImage::Format_Grayscale16 : QImage::Format_Grayscale8);
    if (image.isNull()) {
        m_errorString = QStringLiteral("Out of memory for a %1 x %2 image").arg(width).arg(height);
        return {};
    }
    std::vector<float> texture(static_cast<size_t>(width));
    std::vector<float> light(static_cast<size_t>(width));
    const float scale = bitDepth == 16 ? 65535.0f : 255.0f;
    const float halfHeight = 0.5f * static_cast<float>(height);

    for (int y = 0; y < height; ++y) {
        std::fill(texture.begin(), texture.end(), kBaseLevel);
        for (NoiseLayer &layer : layers)
            layer.addRow(y, texture.data(), width);
        std::fill(light.begin(), light.end(), 1.0f);
        illumination.addRow(y, light.data(), width);

        // Light falls off towards the strip edges; every sensor pixel has its own small gain error.
        const float across = (static_cast<float>(y) + 0.5f - halfHeight) / halfHeight;
        const float rowGain = (1.0f - 0.12f * across * across)
            * (1.0f + static_cast<float>(rowGainSigma) * SampleRandom::hashToSigned(grainSeed, -1, y));
        SampleRandom grain(SampleRandom::hash(grainSeed, y, 0));
        for (int x = 0; x < width; x += 4) {
            const quint64 bits = grain.next();
            const int count = std::min(4, width - x);
            for (int i = 0; i < count; ++i) {
                // Sum of two 8-bit uniforms: a cheap triangular grain.
                const auto chunk = static_cast<unsigned>(bits >> (16 * i));
                const float noise = static_cast<float>((chunk & 0xffu) + ((chunk >> 8) & 0xffu)) / 255.0f - 1.0f;
                const size_t index = static_cast<size_t>(x + i);
                texture[index] = (texture[index] * light[index] + 0.016f * noise) * rowGain;
            }
        }

        for (const Patch &patch : patches) {
            if (y < patch.rect.top() || y > patch.rect.bottom())
                continue;
            const float *gain = patch.gain.data() + static_cast<size_t>(y - patch.rect.top()) * patch.rect.width();
            float *out = texture.data() + patch.rect.left();
            for (int i = 0; i < patch.rect.width(); ++i)
                out[i] *= std::max(0.03f, 1.0f + gain[i]);
        }

        if (lineScan && (y <= edges.fullTop + 2 || y >= edges.fullBottom - 2)) {
            const float fy = static_cast<float>(y) + 0.5f;
            for (int x = 0; x < width; ++x) {
                const size_t index = static_cast<size_t>(x);
                const float inside = smoothstep(edges.top[index] - 1.0f, edges.top[index] + 1.0f, fy)
                    * (1.0f - smoothstep(edges.bottom[index] - 1.0f, edges.bottom[index] + 1.0f, fy));
                if (inside >= 1.0f)
                    continue;
                // Beyond the strip edge: the dark roller table, its rolls across the image.
                const float roll
                    = 0.5f + 0.5f * std::cos(2.0f * std::numbers::pi_v<float> * static_cast<float>(x) / kRollPitch);
                const float table = kRollerTableLevel + 0.04f * roll * roll * roll * roll
                    + 0.02f * valueNoise(tableSeed, static_cast<float>(x) / 90.0f, fy / 30.0f);
                texture[index] = table + (texture[index] - table) * inside;
            }
        }

        if (bitDepth == 16) {
            auto *line = reinterpret_cast<quint16 *>(image.scanLine(y));
            for (int x = 0; x < width; ++x)
                line[x] = static_cast<quint16>(std::clamp(texture[static_cast<size_t>(x)], 0.0f, 1.0f) * scale + 0.5f);
        } else {
            uchar *line = image.scanLine(y);
            for (int x = 0; x < width; ++x)
                line[x] = static_cast<uchar>(std::clamp(texture[static_cast<size_t>(x)], 0.0f, 1.0f) * scale + 0.5f);
        }
    }
    patches.clear();

    const QString fileName = baseName + QLatin1Char('.') + suffix(format);
    QImageWriter writer(QDir(dir).filePath(fileName));
    switch (format) {
    case Format::Png:
        writer.setFormat("png");
        break;
    case Format::Jpeg:
        writer.setFormat("jpeg");
        writer.setQuality(m_jpegQuality);
        break;
    case Format::Tiff:
        writer.setFormat("tiff");
        break;
    }
    if (!writer.write(image)) {
        m_errorString = QStringLiteral("Cannot write %1: %2").arg(fileName, writer.errorString());
        return {};
    }
    result.fileName = fileName;
    result.width = width;
    result.height = height;
    result.bitDepth = bitDepth;
    return result;
}

} // namespace rwb::sample
