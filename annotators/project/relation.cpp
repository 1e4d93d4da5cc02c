#include "relation.h"

#include "jsonutil.h"

namespace rwb::project {

QJsonObject Relation::toJson() const
{
    QJsonObject o;
    o[QLatin1String("id")] = id;
    o[QLatin1String("type")] = type;
    o[QLatin1String("from")] = fromId;
    o[QLatin1String("to")] = toId;
    o[QLatin1String("attributes")] = attributes;
    o[QLatin1String("author")] = json::optional(author);
    o[QLatin1String("created")] = created;
    return o;
}

Relation Relation::fromJson(const QJsonObject &o)
{
    Relation r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.type = o.value(QLatin1String("type")).toString();
    r.fromId = o.value(QLatin1String("from")).toInteger();
    r.toId = o.value(QLatin1String("to")).toInteger();
    r.attributes = o.value(QLatin1String("attributes")).toObject();
    r.author = json::optionalInt(o.value(QLatin1String("author")));
    r.created = o.value(QLatin1String("created")).toString();
    return r;
}

} // namespace rwb::project
