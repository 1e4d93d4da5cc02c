#include "labelclass.h"

#include "jsonutil.h"

#include <QJsonArray>

namespace rwb::project {

QString LabelClass::title(bool zh) const
{
    const QString &preferred = zh ? titleZh : titleEn;
    if (!preferred.isEmpty())
        return preferred;
    const QString &other = zh ? titleEn : titleZh;
    return other.isEmpty() ? name : other;
}

QJsonObject LabelClass::toJson() const
{
    QJsonObject o;
    o[QLatin1String("id")] = id;
    o[QLatin1String("parent")] = json::optional(parentId);
    o[QLatin1String("name")] = name;
    o[QLatin1String("title_en")] = titleEn;
    o[QLatin1String("title_zh")] = titleZh;
    o[QLatin1String("color")] = color;
    o[QLatin1String("shortcut")] = shortcut;
    QJsonArray kinds;
    for (AssetKind k : assetKinds)
        kinds.append(toString(k));
    o[QLatin1String("asset_kinds")] = kinds;
    o[QLatin1String("shapes")] = QJsonArray::fromStringList(shapes);
    o[QLatin1String("knowledge_node")] = json::optional(knowledgeNode);
    o[QLatin1String("sort_order")] = sortOrder;
    o[QLatin1String("overlap")] = allowOverlap;
    return o;
}

LabelClass LabelClass::fromJson(const QJsonObject &o)
{
    LabelClass c;
    c.id = o.value(QLatin1String("id")).toInteger();
    c.parentId = json::optionalInt(o.value(QLatin1String("parent")));
    c.name = o.value(QLatin1String("name")).toString();
    c.titleEn = o.value(QLatin1String("title_en")).toString();
    c.titleZh = o.value(QLatin1String("title_zh")).toString();
    c.color = o.value(QLatin1String("color")).toString(c.color);
    c.shortcut = o.value(QLatin1String("shortcut")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("asset_kinds")).toArray()) {
        if (auto k = assetKindFromString(v.toString()))
            c.assetKinds.append(*k);
    }
    for (const QJsonValue &v : o.value(QLatin1String("shapes")).toArray())
        c.shapes.append(v.toString());
    c.knowledgeNode = json::optionalInt(o.value(QLatin1String("knowledge_node")));
    c.sortOrder = o.value(QLatin1String("sort_order")).toInt();
    c.allowOverlap = o.value(QLatin1String("overlap")).toBool(true);
    return c;
}

} // namespace rwb::project
