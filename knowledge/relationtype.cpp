#include "relationtype.h"

#include <QJsonArray>

namespace rwb::knowledge {

QString RelationType::title(bool zh) const
{
    const QString &preferred = zh ? nameZh : nameEn;
    if (!preferred.isEmpty())
        return preferred;
    const QString &other = zh ? nameEn : nameZh;
    return other.isEmpty() ? name : other;
}

QString RelationType::toString(Cardinality c)
{
    switch (c) {
    case Cardinality::ManyToOne:
        return QStringLiteral("many-to-one");
    case Cardinality::OneToMany:
        return QStringLiteral("one-to-many");
    case Cardinality::OneToOne:
        return QStringLiteral("one-to-one");
    case Cardinality::ManyToMany:
        break;
    }
    return QStringLiteral("many-to-many");
}

std::optional<RelationType::Cardinality> RelationType::cardinalityFromString(const QString &s)
{
    for (Cardinality c :
        { Cardinality::ManyToMany, Cardinality::ManyToOne, Cardinality::OneToMany, Cardinality::OneToOne }) {
        if (toString(c) == s)
            return c;
    }
    return std::nullopt;
}

QJsonObject RelationType::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("en"), nameEn },
        { QStringLiteral("zh"), nameZh }, { QStringLiteral("directed"), directed },
        { QStringLiteral("domain"), QJsonArray::fromStringList(domain) },
        { QStringLiteral("range"), QJsonArray::fromStringList(range) },
        { QStringLiteral("cardinality"), toString(cardinality) }, { QStringLiteral("symmetric"), symmetric },
        { QStringLiteral("transitive"), transitive }, { QStringLiteral("causal"), causal },
        { QStringLiteral("requiresEvidence"), requiresEvidence } };
    QJsonArray props;
    for (const PropertyDef &p : properties)
        props.append(p.toJson());
    if (!props.isEmpty())
        o[QLatin1String("properties")] = props;
    return o;
}

RelationType RelationType::fromJson(const QJsonObject &o)
{
    RelationType r;
    r.name = o.value(QLatin1String("name")).toString();
    r.nameEn = o.value(QLatin1String("en")).toString();
    r.nameZh = o.value(QLatin1String("zh")).toString();
    r.directed = o.value(QLatin1String("directed")).toBool(true);
    for (const QJsonValue &v : o.value(QLatin1String("domain")).toArray())
        r.domain.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("range")).toArray())
        r.range.append(v.toString());
    r.cardinality
        = cardinalityFromString(o.value(QLatin1String("cardinality")).toString()).value_or(Cardinality::ManyToMany);
    r.symmetric = o.value(QLatin1String("symmetric")).toBool();
    r.transitive = o.value(QLatin1String("transitive")).toBool();
    r.causal = o.value(QLatin1String("causal")).toBool();
    r.requiresEvidence = o.value(QLatin1String("requiresEvidence")).toBool();
    for (const QJsonValue &v : o.value(QLatin1String("properties")).toArray())
        r.properties.append(PropertyDef::fromJson(v.toObject()));
    return r;
}

} // namespace rwb::knowledge
