#include "labelattribute.h"

#include "jsonutil.h"

#include <QCoreApplication>

#include <cmath>

namespace rwb::project {

QString LabelAttribute::validate(const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return required
            ? QCoreApplication::translate("rwb::project::LabelAttribute", "attribute \"%1\" is required").arg(name)
            : QString();
    switch (type) {
    case AttributeType::Bool:
        return value.isBool()
            ? QString()
            : QCoreApplication::translate("rwb::project::LabelAttribute", "attribute \"%1\" must be true or false")
                  .arg(name);
    case AttributeType::Int:
        if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble())
            return {};
        return QCoreApplication::translate("rwb::project::LabelAttribute", "attribute \"%1\" must be a whole number")
            .arg(name);
    case AttributeType::Float:
        return value.isDouble()
            ? QString()
            : QCoreApplication::translate("rwb::project::LabelAttribute", "attribute \"%1\" must be a number")
                  .arg(name);
    case AttributeType::Enum:
        if (value.isString() && options.contains(value.toString()))
            return {};
        return QCoreApplication::translate("rwb::project::LabelAttribute", "attribute \"%1\" must be one of: %2")
            .arg(name, options.join(QLatin1String(", ")));
    case AttributeType::Text:
        return value.isString()
            ? QString()
            : QCoreApplication::translate("rwb::project::LabelAttribute", "attribute \"%1\" must be text").arg(name);
    }
    return {};
}

QJsonObject LabelAttribute::toJson() const
{
    QJsonObject o;
    o[QLatin1String("id")] = id;
    o[QLatin1String("class_id")] = json::optional(classId);
    o[QLatin1String("name")] = name;
    o[QLatin1String("title_en")] = titleEn;
    o[QLatin1String("title_zh")] = titleZh;
    o[QLatin1String("type")] = toString(type);
    o[QLatin1String("options")] = QJsonArray::fromStringList(options);
    o[QLatin1String("default")] = defaultValue;
    o[QLatin1String("required")] = required;
    o[QLatin1String("sort_order")] = sortOrder;
    return o;
}

LabelAttribute LabelAttribute::fromJson(const QJsonObject &o)
{
    LabelAttribute a;
    a.id = o.value(QLatin1String("id")).toInteger();
    a.classId = json::optionalInt(o.value(QLatin1String("class_id")));
    a.name = o.value(QLatin1String("name")).toString();
    a.titleEn = o.value(QLatin1String("title_en")).toString();
    a.titleZh = o.value(QLatin1String("title_zh")).toString();
    a.type = attributeTypeFromString(o.value(QLatin1String("type")).toString()).value_or(AttributeType::Text);
    for (const QJsonValue &v : o.value(QLatin1String("options")).toArray())
        a.options.append(v.toString());
    a.defaultValue = o.value(QLatin1String("default"));
    if (a.defaultValue.isUndefined())
        a.defaultValue = QJsonValue();
    a.required = o.value(QLatin1String("required")).toBool();
    a.sortOrder = o.value(QLatin1String("sort_order")).toInt();
    return a;
}

} // namespace rwb::project
