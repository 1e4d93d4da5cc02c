#include "node.h"

#include "project/jsonutil.h"

#include <QJsonArray>

namespace rwb::knowledge {

QString Node::label(bool zh) const
{
    const QString &preferred = zh ? labelZh : labelEn;
    if (!preferred.isEmpty())
        return preferred;
    const QString &other = zh ? labelEn : labelZh;
    return other.isEmpty() ? key : other;
}

bool Node::isValidKey(const QString &key)
{
    if (key.isEmpty() || key.front() == QLatin1Char('-') || key.front() == QLatin1Char('.')
        || key.back() == QLatin1Char('.'))
        return false;
    for (QChar c : key) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

QJsonObject Node::toJson() const
{
    return { { QStringLiteral("id"), id }, { QStringLiteral("key"), key }, { QStringLiteral("type"), typeId },
        { QStringLiteral("label_en"), labelEn }, { QStringLiteral("label_zh"), labelZh },
        { QStringLiteral("aliases_en"), QJsonArray::fromStringList(aliasesEn) },
        { QStringLiteral("aliases_zh"), QJsonArray::fromStringList(aliasesZh) },
        { QStringLiteral("properties"), properties }, { QStringLiteral("author"), project::json::optional(author) },
        { QStringLiteral("created"), created }, { QStringLiteral("modified"), modified } };
}

Node Node::fromJson(const QJsonObject &o)
{
    Node n;
    n.id = qint64(o.value(QLatin1String("id")).toDouble());
    n.key = o.value(QLatin1String("key")).toString();
    n.typeId = qint64(o.value(QLatin1String("type")).toDouble());
    n.labelEn = o.value(QLatin1String("label_en")).toString();
    n.labelZh = o.value(QLatin1String("label_zh")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("aliases_en")).toArray())
        n.aliasesEn.append(v.toString());
    for (const QJsonValue &v : o.value(QLatin1String("aliases_zh")).toArray())
        n.aliasesZh.append(v.toString());
    n.properties = o.value(QLatin1String("properties")).toObject();
    n.author = project::json::optionalInt(o.value(QLatin1String("author")));
    n.created = o.value(QLatin1String("created")).toString();
    n.modified = o.value(QLatin1String("modified")).toString();
    return n;
}

} // namespace rwb::knowledge
