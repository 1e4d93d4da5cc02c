#include "nodetype.h"

#include <QJsonArray>

namespace rwb::knowledge {

QString NodeType::title(bool zh) const
{
    const QString &preferred = zh ? nameZh : nameEn;
    if (!preferred.isEmpty())
        return preferred;
    const QString &other = zh ? nameEn : nameZh;
    return other.isEmpty() ? name : other;
}

const PropertyDef *NodeType::property(const QString &propertyName) const
{
    for (const PropertyDef &p : properties) {
        if (p.name == propertyName)
            return &p;
    }
    return nullptr;
}

QJsonObject NodeType::toJson() const
{
    QJsonArray props;
    for (const PropertyDef &p : properties)
        props.append(p.toJson());
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("en"), nameEn },
        { QStringLiteral("zh"), nameZh }, { QStringLiteral("color"), color }, { QStringLiteral("icon"), icon } };
    if (!props.isEmpty())
        o[QLatin1String("properties")] = props;
    return o;
}

NodeType NodeType::fromJson(const QJsonObject &o)
{
    NodeType t;
    t.name = o.value(QLatin1String("name")).toString();
    t.nameEn = o.value(QLatin1String("en")).toString();
    t.nameZh = o.value(QLatin1String("zh")).toString();
    t.color = o.value(QLatin1String("color")).toString(t.color);
    t.icon = o.value(QLatin1String("icon")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("properties")).toArray())
        t.properties.append(PropertyDef::fromJson(v.toObject()));
    return t;
}

} // namespace rwb::knowledge
