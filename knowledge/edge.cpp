#include "edge.h"

#include "project/jsonutil.h"

namespace rwb::knowledge {

QJsonObject Edge::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("type"), typeId }, { QStringLiteral("from"), fromId },
        { QStringLiteral("to"), toId }, { QStringLiteral("properties"), properties },
        { QStringLiteral("confidence"), project::json::optional(confidence) },
        { QStringLiteral("author"), project::json::optional(author) }, { QStringLiteral("created"), created },
        { QStringLiteral("modified"), modified } };
}

Edge Edge::fromJson(const QJsonObject &o)
{
    Edge e;
    e.id = qint64(o.value(QLatin1String("id")).toDouble());
    e.typeId = qint64(o.value(QLatin1String("type")).toDouble());
    e.fromId = qint64(o.value(QLatin1String("from")).toDouble());
    e.toId = qint64(o.value(QLatin1String("to")).toDouble());
    e.properties = o.value(QLatin1String("properties")).toObject();
    e.confidence = project::json::optionalReal(o.value(QLatin1String("confidence")));
    e.author = project::json::optionalInt(o.value(QLatin1String("author")));
    e.created = o.value(QLatin1String("created")).toString();
    e.modified = o.value(QLatin1String("modified")).toString();
    return e;
}

} // namespace rwb::knowledge
