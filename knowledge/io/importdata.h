#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace rwb::knowledge {

/// A graph read from a file, before it is checked against the project: types by name,
/// nodes by key, edges by the keys of their ends.
struct ImportData
{
    struct TypeInfo
    {
        QString name;
        QString nameEn;
        QString nameZh;
    };
    struct ImportNode
    {
        QString key;
        QString type;
        QString labelEn;
        QString labelZh;
        QStringList aliasesEn;
        QStringList aliasesZh;
        QJsonObject properties;
    };
    struct ImportEdge
    {
        QString type;
        QString from;
        QString to;
        std::optional<double> confidence;
        QJsonObject properties;
    };

    QList<TypeInfo> nodeTypes; ///< classes the file describes (names for types the project may lack)
    QList<TypeInfo> relationTypes;
    QList<ImportNode> nodes;
    QList<ImportEdge> edges;
};

} // namespace rwb::knowledge
