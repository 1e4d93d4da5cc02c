#include "propertydef.h"

#include <QJsonArray>

namespace rwb::knowledge {

bool PropertyDef::isValidType(const QString &t)
{
    static const QStringList types { QStringLiteral("text"), QStringLiteral("int"), QStringLiteral("float"),
        QStringLiteral("bool"), QStringLiteral("enum") };
    return types.contains(t);
}

bool PropertyDef::accepts(const QJsonValue &v) const
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (type == QLatin1String("text"))
        return v.isString();
    if (type == QLatin1String("int"))
        return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == QLatin1String("float"))
        return v.isDouble();
    if (type == QLatin1String("bool"))
        return v.isBool();
    if (type == QLatin1String("enum"))
        return v.isString() && options.contains(v.toString());
    return false;
}

QJsonObject PropertyDef::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("type"), type } };
    if (!titleEn.isEmpty())
        o[QLatin1String("en")] = titleEn;
    if (!titleZh.isEmpty())
        o[QLatin1String("zh")] = titleZh;
    if (!options.isEmpty())
        o[QLatin1String("options")] = QJsonArray::fromStringList(options);
    if (!unit.isEmpty())
        o[QLatin1String("unit")] = unit;
    return o;
}

PropertyDef PropertyDef::fromJson(const QJsonObject &o)
{
    PropertyDef p;
    p.name = o.value(QLatin1String("name")).toString();
    p.titleEn = o.value(QLatin1String("en")).toString();
    p.titleZh = o.value(QLatin1String("zh")).toString();
    p.type = o.value(QLatin1String("type")).toString(QStringLiteral("text"));
    for (const QJsonValue &v : o.value(QLatin1String("options")).toArray())
        p.options.append(v.toString());
    p.unit = o.value(QLatin1String("unit")).toString();
    return p;
}

} // namespace rwb::knowledge
