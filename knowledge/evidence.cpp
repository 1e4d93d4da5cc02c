#include "evidence.h"

#include "project/jsonutil.h"

namespace rwb::knowledge {

QJsonObject Evidence::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("node"), project::json::optional(nodeId) },
        { QStringLiteral("edge"), project::json::optional(edgeId) }, { QStringLiteral("annotation"), annotationId },
        { QStringLiteral("note"), note }, { QStringLiteral("author"), project::json::optional(author) },
        { QStringLiteral("created"), created } };
}

Evidence Evidence::fromJson(const QJsonObject &o)
{
    Evidence e;
    e.id = qint64(o.value(QLatin1String("id")).toDouble());
    e.nodeId = project::json::optionalInt(o.value(QLatin1String("node")));
    e.edgeId = project::json::optionalInt(o.value(QLatin1String("edge")));
    e.annotationId = qint64(o.value(QLatin1String("annotation")).toDouble());
    e.note = o.value(QLatin1String("note")).toString();
    e.author = project::json::optionalInt(o.value(QLatin1String("author")));
    e.created = o.value(QLatin1String("created")).toString();
    return e;
}

} // namespace rwb::knowledge
