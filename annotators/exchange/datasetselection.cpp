#include "datasetselection.h"

#include <QJsonArray>

namespace rwb::exchange {

QJsonObject DatasetSelection::toJson() const
{
    QJsonArray s, k, a;
    for (auto status : statuses)
        s.append(project::toString(status));
    for (auto kind : kinds)
        k.append(project::toString(kind));
    for (auto id : annotators)
        a.append(id);
    QJsonObject json { { QStringLiteral("statuses"), s }, { QStringLiteral("kinds"), k },
        { QStringLiteral("classes"), QJsonArray::fromStringList(classes) }, { QStringLiteral("annotators"), a },
        { QStringLiteral("include_proposed"), includeProposed } };
    if (!from.isEmpty())
        json.insert(QStringLiteral("from"), from);
    if (!to.isEmpty())
        json.insert(QStringLiteral("to"), to);
    return json;
}

DatasetSelection DatasetSelection::reviewedOnly()
{
    DatasetSelection s;
    s.statuses = { project::AssetStatus::Accepted, project::AssetStatus::Done };
    return s;
}

} // namespace rwb::exchange
