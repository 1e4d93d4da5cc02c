#include "annotation.h"

#include "jsonutil.h"

#include <QJsonArray>

namespace rwb::project {

QJsonObject Annotation::toJson() const
{
    QJsonObject o;
    o[QLatin1String("id")] = id;
    o[QLatin1String("asset_id")] = assetId;
    o[QLatin1String("class_id")] = json::optional(classId);
    o[QLatin1String("kind")] = kind;
    o[QLatin1String("geometry")] = geometry;
    o[QLatin1String("attributes")] = attributes;
    o[QLatin1String("source")] = toString(source);
    o[QLatin1String("source_ref")] = sourceRef;
    o[QLatin1String("confidence")] = json::optional(confidence);
    o[QLatin1String("state")] = toString(state);
    o[QLatin1String("author")] = json::optional(author);
    o[QLatin1String("revision")] = revision;
    o[QLatin1String("z_order")] = zOrder;
    o[QLatin1String("flags")] = flags;
    o[QLatin1String("extent")] = QJsonArray { extent.left(), extent.top(), extent.right(), extent.bottom() };
    o[QLatin1String("created")] = created;
    o[QLatin1String("modified")] = modified;
    return o;
}

Annotation Annotation::fromJson(const QJsonObject &o)
{
    Annotation a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.assetId = o.value(QLatin1String("asset_id")).toInteger();
    a.classId = json::optionalInt(o.value(QLatin1String("class_id")));
    a.kind = o.value(QLatin1String("kind")).toString();
    a.geometry = o.value(QLatin1String("geometry")).toObject();
    a.attributes = o.value(QLatin1String("attributes")).toObject();
    a.source
        = annotationSourceFromString(o.value(QLatin1String("source")).toString()).value_or(AnnotationSource::Manual);
    a.sourceRef = o.value(QLatin1String("source_ref")).toString();
    a.confidence = json::optionalReal(o.value(QLatin1String("confidence")));
    a.state = annotationStateFromString(o.value(QLatin1String("state")).toString()).value_or(AnnotationState::Accepted);
    a.author = json::optionalInt(o.value(QLatin1String("author")));
    a.revision = o.value(QLatin1String("revision")).toInt(1);
    a.zOrder = o.value(QLatin1String("z_order")).toInt();
    a.flags = o.value(QLatin1String("flags")).toInt();
    const QJsonArray e = o.value(QLatin1String("extent")).toArray();
    if (e.size() == 4)
        a.extent = QRectF(QPointF(e[0].toDouble(), e[1].toDouble()), QPointF(e[2].toDouble(), e[3].toDouble()));
    a.created = o.value(QLatin1String("created")).toString();
    a.modified = o.value(QLatin1String("modified")).toString();
    return a;
}

} // namespace rwb::project
