#include "annotationrow.h"

#include "jsonutil.h"
#include "statement.h"

#include <cmath>
#include <limits>

namespace rwb::project::annotationrow {

namespace {
qint64 clampToInt32(double v)
{
    constexpr double lo = std::numeric_limits<qint32>::min();
    constexpr double hi = std::numeric_limits<qint32>::max();
    return qint64(std::clamp(v, lo, hi));
}
} // namespace

// Static UTF-8 keys (bound without a copy); must match projecttypes.cpp and the CHECK constraints.
const char *sourceKey(AnnotationSource source)
{
    switch (source) {
    case AnnotationSource::Manual:
        return "manual";
    case AnnotationSource::Model:
        return "model";
    case AnnotationSource::Import:
        return "import";
    case AnnotationSource::Rule:
        return "rule";
    }
    return "manual";
}

const char *stateKey(AnnotationState state)
{
    switch (state) {
    case AnnotationState::Proposed:
        return "proposed";
    case AnnotationState::Accepted:
        return "accepted";
    case AnnotationState::Rejected:
        return "rejected";
    }
    return "accepted";
}

Annotation read(const Statement &s)
{
    Annotation a;
    a.id = s.int64(0);
    a.assetId = s.int64(1);
    a.classId = s.optionalInt64(2);
    a.kind = s.text(3);
    a.geometry = json::parseObject(s.utf8(4));
    a.attributes = json::parseObject(s.utf8(5));
    a.source = annotationSourceFromString(s.text(6)).value_or(AnnotationSource::Manual);
    a.sourceRef = s.text(7);
    a.confidence = s.optionalReal(8);
    a.state = annotationStateFromString(s.text(9)).value_or(AnnotationState::Accepted);
    a.author = s.optionalInt64(10);
    a.revision = s.int32(11);
    a.zOrder = s.int32(12);
    a.flags = s.int32(13);
    a.created = s.text(14);
    a.modified = s.text(15);
    return a;
}

void bind(Statement &s, const Annotation &a)
{
    if (a.id > 0)
        s.bind(1, a.id);
    else
        s.bindNull(1);
    s.bind(2, a.assetId).bind(3, a.classId).bind(4, a.kind).bind(5, json::compact(a.geometry));
    s.bind(6, json::compact(a.attributes)).bind(7, sourceKey(a.source)).bindOptional(8, a.sourceRef);
    s.bind(9, a.confidence).bind(10, stateKey(a.state)).bind(11, a.author).bind(12, qint64(a.revision));
    s.bind(13, qint64(a.zOrder)).bind(14, qint64(a.flags)).bind(15, a.created).bind(16, a.modified);
}

IntExtent intExtent(const QRectF &extent)
{
    const QRectF e = extent.normalized();
    return { clampToInt32(std::floor(e.left())), clampToInt32(std::ceil(e.right())), clampToInt32(std::floor(e.top())),
        clampToInt32(std::ceil(e.bottom())) };
}

void bindExtent(Statement &s, qint64 id, const Annotation &a)
{
    const IntExtent e = intExtent(a.extent);
    s.bind(1, id).bind(2, a.assetId).bind(3, e.x0).bind(4, e.x1).bind(5, e.y0).bind(6, e.y1);
}

} // namespace rwb::project::annotationrow
