#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rwb::knowledge {

/// A typed edge between two nodes, with a confidence (0…1, unset: not assessed).
struct Edge
{
    qint64 id = 0;
    qint64 typeId = 0;
    qint64 fromId = 0;
    qint64 toId = 0;
    QJsonObject properties;
    std::optional<double> confidence;
    std::optional<qint64> author;
    QString created;
    QString modified;

    bool operator==(const Edge &other) const = default;
    QJsonObject toJson() const;
    static Edge fromJson(const QJsonObject &json);
};

} // namespace rwb::knowledge
