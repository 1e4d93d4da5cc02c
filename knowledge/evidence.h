#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rwb::knowledge {

/// Ties a node or an edge (exactly one of the two) to an annotation that supports it: an image
/// region, a time-series range, a document span.
struct Evidence
{
    qint64 id = 0;
    std::optional<qint64> nodeId;
    std::optional<qint64> edgeId;
    qint64 annotationId = 0;
    QString note;
    std::optional<qint64> author;
    QString created;

    bool operator==(const Evidence &other) const = default;
    QJsonObject toJson() const;
    static Evidence fromJson(const QJsonObject &json);
};

} // namespace rwb::knowledge
