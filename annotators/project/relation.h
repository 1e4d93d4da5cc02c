#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace rwb::project {

/// A typed, directed relation between two annotations (cause → failure mode, …).
struct Relation
{
    qint64 id = 0;
    QString type;
    qint64 fromId = 0;
    qint64 toId = 0;
    QJsonObject attributes;
    std::optional<qint64> author;
    QString created;

    bool operator==(const Relation &other) const = default;

    QJsonObject toJson() const;
    static Relation fromJson(const QJsonObject &json);
};

} // namespace rwb::project
